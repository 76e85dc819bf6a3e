"""Walk a ``pagenumber``/``pagesize`` list call until ``totalcount`` rows have been seen."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any

import attrs

NOT_ROWS = frozenset({"subtotals"})  # list-valued envelope members that are not the page's rows


def iter_items(fetch: Callable[..., Any], *, page_size: int = 100, **arguments: Any) -> Iterator[Any]:
    """Every row of a list call: ``iter_items(contacts_list.sync, client=c, page_size=50)``."""
    page_number, seen = 1, 0
    while True:
        rows, total = _unpack(fetch(pagenumber=page_number, pagesize=page_size, **arguments))
        yield from rows
        seen += len(rows)
        if len(rows) < page_size or (total is not None and seen >= total):
            return
        page_number += 1


async def aiter_items(
    fetch: Callable[..., Awaitable[Any]], *, page_size: int = 100, **arguments: Any
) -> AsyncIterator[Any]:
    """The async twin of ``iter_items``: ``aiter_items(contacts_list.asyncio, client=c)``."""
    page_number, seen = 1, 0
    while True:
        rows, total = _unpack(await fetch(pagenumber=page_number, pagesize=page_size, **arguments))
        for row in rows:
            yield row
        seen += len(rows)
        if len(rows) < page_size or (total is not None and seen >= total):
            return
        page_number += 1


def _unpack(page: Any) -> tuple[list[Any], int | None]:
    """The rows (the envelope's one list member named after the resource) and ``totalcount``."""
    if not attrs.has(type(page)):
        raise TypeError(f"expected a list envelope, got {type(page).__name__}: is this a list call?")
    lists = [
        getattr(page, field.name)
        for field in attrs.fields(type(page))
        if field.name not in NOT_ROWS and isinstance(getattr(page, field.name), list)
    ]
    if len(lists) != 1:
        raise TypeError(f"{type(page).__name__} has no single list of rows: is this a list call?")
    total = getattr(page, "totalcount", None)
    return list(lists[0]), total if isinstance(total, int) else None
