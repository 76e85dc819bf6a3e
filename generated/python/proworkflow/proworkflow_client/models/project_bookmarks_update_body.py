from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectBookmarksUpdateBody")


@_attrs_define
class ProjectBookmarksUpdateBody:
    """Request body of projectBookmarksUpdate.

    Attributes:
        title (str | Unset): Title (cannot be cleared).
        url (str | Unset): The address (cannot be cleared).
        description (str | Unset): Description; an empty string clears it.
    """

    title: str | Unset = UNSET
    url: str | Unset = UNSET
    description: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        url = self.url

        description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if url is not UNSET:
            field_dict["url"] = url
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title", UNSET)

        url = d.pop("url", UNSET)

        description = d.pop("description", UNSET)

        project_bookmarks_update_body = cls(
            title=title,
            url=url,
            description=description,
        )

        return project_bookmarks_update_body
