from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectTemplate")


@_attrs_define
class ProjectTemplate:
    """A project template (properties besides id and name inferred).

    Attributes:
        id (int): Template id.
        name (str | Unset): Name.
        description (str | Unset): Description a project made from the template starts with.
        categoryid (int | Unset): Project category a project made from the template is filed under; absent when none.
        categoryname (str | Unset): Name of that category.
    """

    id: int
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    categoryid: int | Unset = UNSET
    categoryname: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description = self.description

        categoryid = self.categoryid

        categoryname = self.categoryname

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if categoryid is not UNSET:
            field_dict["categoryid"] = categoryid
        if categoryname is not UNSET:
            field_dict["categoryname"] = categoryname

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        categoryid = d.pop("categoryid", UNSET)

        categoryname = d.pop("categoryname", UNSET)

        project_template = cls(
            id=id,
            name=name,
            description=description,
            categoryid=categoryid,
            categoryname=categoryname,
        )

        project_template.additional_properties = d
        return project_template

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
