from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="QuotesMarkAsPendingBody")


@_attrs_define
class QuotesMarkAsPendingBody:
    """Request body of quotesMarkAsPending."""

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        quotes_mark_as_pending_body = cls()

        return quotes_mark_as_pending_body
