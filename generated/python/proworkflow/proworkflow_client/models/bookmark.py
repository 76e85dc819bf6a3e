from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Bookmark")


@_attrs_define
class Bookmark:
    """A link bookmarked in a project (property names inferred).

    Attributes:
        id (int): Bookmark id.
        title (str | Unset): Title.
        url (str | Unset): The bookmarked address.
        description (str | Unset): Description.
        projectid (int | Unset): Project id.
        date (str | Unset): Date or date-time as the service returns it: ISO 8601 in the account's local time, no offset
            (e.g. `2026-06-24T00:00:00`).
        lastmodified (str | Unset): Date or date-time as the service returns it: ISO 8601 in the account's local time,
            no offset (e.g. `2026-06-24T00:00:00`).
    """

    id: int
    title: str | Unset = UNSET
    url: str | Unset = UNSET
    description: str | Unset = UNSET
    projectid: int | Unset = UNSET
    date: str | Unset = UNSET
    lastmodified: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        url = self.url

        description = self.description

        projectid = self.projectid

        date = self.date

        lastmodified = self.lastmodified

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if url is not UNSET:
            field_dict["url"] = url
        if description is not UNSET:
            field_dict["description"] = description
        if projectid is not UNSET:
            field_dict["projectid"] = projectid
        if date is not UNSET:
            field_dict["date"] = date
        if lastmodified is not UNSET:
            field_dict["lastmodified"] = lastmodified

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        title = d.pop("title", UNSET)

        url = d.pop("url", UNSET)

        description = d.pop("description", UNSET)

        projectid = d.pop("projectid", UNSET)

        date = d.pop("date", UNSET)

        lastmodified = d.pop("lastmodified", UNSET)

        bookmark = cls(
            id=id,
            title=title,
            url=url,
            description=description,
            projectid=projectid,
            date=date,
            lastmodified=lastmodified,
        )

        bookmark.additional_properties = d
        return bookmark

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
