from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectAutonumbering")


@_attrs_define
class ProjectAutonumbering:
    """A scheme for numbering new projects (properties inferred).

    Attributes:
        id (int): Scheme id (a project write's `autonumberid`).
        name (str | Unset): Name.
        prefix (str | Unset): Text before the digits (may be empty).
        nextnumber (str | Unset): The number the next project numbered by this scheme gets.
        default (bool | Unset): Whether projects sent without `autonumberid` use it.
    """

    id: int
    name: str | Unset = UNSET
    prefix: str | Unset = UNSET
    nextnumber: str | Unset = UNSET
    default: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        prefix = self.prefix

        nextnumber = self.nextnumber

        default = self.default

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if prefix is not UNSET:
            field_dict["prefix"] = prefix
        if nextnumber is not UNSET:
            field_dict["nextnumber"] = nextnumber
        if default is not UNSET:
            field_dict["default"] = default

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", UNSET)

        prefix = d.pop("prefix", UNSET)

        nextnumber = d.pop("nextnumber", UNSET)

        default = d.pop("default", UNSET)

        project_autonumbering = cls(
            id=id,
            name=name,
            prefix=prefix,
            nextnumber=nextnumber,
            default=default,
        )

        project_autonumbering.additional_properties = d
        return project_autonumbering

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
