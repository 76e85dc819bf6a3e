from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TaskFile")


@_attrs_define
class TaskFile:
    """A file attached to a task's description or to a comment.

    Attributes:
        id (str): Id of the file (for `download`).
        page (str): Download link, to put after the account's address (`/download/<id>/`).
        name (str): File name with its extension.
        size (str): Size in bytes, as a string of digits.
    """

    id: str
    page: str
    name: str
    size: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        page = self.page

        name = self.name

        size = self.size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "page": page,
                "name": name,
                "size": size,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        page = d.pop("page")

        name = d.pop("name")

        size = d.pop("size")

        task_file = cls(
            id=id,
            page=page,
            name=name,
            size=size,
        )

        task_file.additional_properties = d
        return task_file

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
