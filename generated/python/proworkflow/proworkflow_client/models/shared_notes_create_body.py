from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SharedNotesCreateBody")


@_attrs_define
class SharedNotesCreateBody:
    """Request body of sharedNotesCreate.

    Attributes:
        projectid (int): Project to share the note on.
        title (str): Title.
        content (None | str | Unset): Text.
    """

    projectid: int
    title: str
    content: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        projectid = self.projectid

        title = self.title

        content: None | str | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        else:
            content = self.content

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "projectid": projectid,
                "title": title,
            }
        )
        if content is not UNSET:
            field_dict["content"] = content

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        projectid = d.pop("projectid")

        title = d.pop("title")

        def _parse_content(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        content = _parse_content(d.pop("content", UNSET))

        shared_notes_create_body = cls(
            projectid=projectid,
            title=title,
            content=content,
        )

        return shared_notes_create_body
