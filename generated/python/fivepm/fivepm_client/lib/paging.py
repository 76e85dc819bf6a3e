"""Walk an ``offset``/``count`` list call (projects, tasks, activities, files) page by page."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from typing import Any, Protocol, TypeVar

from ..types import Unset

T_co = TypeVar("T_co", covariant=True)


class _Items(Protocol[T_co]):
    @property
    def item(self) -> Sequence[T_co] | Unset: ...


class _Page(Protocol[T_co]):
    @property
    def items(self) -> _Items[T_co]: ...
    @property
    def total(self) -> int: ...


class _Envelope(Protocol[T_co]):
    @property
    def data(self) -> _Page[T_co]: ...


def iter_items(
    fetch: Callable[..., _Envelope[T_co] | Any], *, page_size: int = 100, **arguments: Any
) -> Iterator[T_co]:
    """Every item of a list call: ``iter_items(projects_get_list.sync, client=c, filter_=...)``."""
    offset = 0
    while True:
        items, total = _unpack(fetch(offset=offset, count=page_size, **arguments))
        yield from items
        offset += len(items)
        if not items or offset >= total:
            return


async def aiter_items(
    fetch: Callable[..., Awaitable[_Envelope[T_co] | Any]], *, page_size: int = 100, **arguments: Any
) -> AsyncIterator[T_co]:
    """The async twin of ``iter_items``: ``aiter_items(projects_get_list.asyncio, client=c)``."""
    offset = 0
    while True:
        items, total = _unpack(await fetch(offset=offset, count=page_size, **arguments))
        for item in items:
            yield item
        offset += len(items)
        if not items or offset >= total:
            return


def _unpack(page: _Envelope[T_co] | Any) -> tuple[list[T_co], int]:
    data = getattr(page, "data", None)
    if data is None or not hasattr(data, "items"):
        raise TypeError(f"expected a list envelope, got {type(page).__name__}: is this a list call?")
    items = data.items.item
    return ([] if isinstance(items, Unset) else list(items)), int(data.total)
