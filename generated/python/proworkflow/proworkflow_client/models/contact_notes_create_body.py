from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactNotesCreateBody")


@_attrs_define
class ContactNotesCreateBody:
    """Request body of contactNotesCreate.

    Attributes:
        content (str): Text content.
        title (None | str | Unset): Optional title (accepted per the NUMA live tests; not in the vendor list).
    """

    content: str
    title: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        content = self.content

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "content": content,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        content = d.pop("content")

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        contact_notes_create_body = cls(
            content=content,
            title=title,
        )

        return contact_notes_create_body
