from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Status")


@_attrs_define
class Status:
    """One entry of the account's status catalogue. Shape taken from captured runtime output (not in the vendor
    documentation).

        Attributes:
            id (int): Status value as used in the `status` field of projects and tasks.
            name (str): Human-readable status name. In XML the text is a CDATA section, as captured output shows it.
            alias (str | Unset): Short machine name of the status. In XML the text is a CDATA section, as captured output
                shows it.
            is_final (bool | Unset): Whether an object in this status counts as finished.
    """

    id: int
    name: str
    alias: str | Unset = UNSET
    is_final: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        alias = self.alias

        is_final = self.is_final

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if alias is not UNSET:
            field_dict["alias"] = alias
        if is_final is not UNSET:
            field_dict["is_final"] = is_final

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        alias = d.pop("alias", UNSET)

        is_final = d.pop("is_final", UNSET)

        status = cls(
            id=id,
            name=name,
            alias=alias,
            is_final=is_final,
        )

        status.additional_properties = d
        return status

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
