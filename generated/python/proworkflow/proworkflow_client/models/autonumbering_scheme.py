from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AutonumberingScheme")


@_attrs_define
class AutonumberingScheme:
    """How items numbered `auto` are numbered (properties inferred).

    Attributes:
        id (int): Scheme id.
        name (str | Unset): Name.
        prefix (str | Unset): Text before the counter (`INV-`).
        digits (int | Unset): Minimum digits of the counter, zero-padded (4 gives `0004`).
        nextnumber (int | Unset): The counter value the next item numbered `auto` gets.
    """

    id: int
    name: str | Unset = UNSET
    prefix: str | Unset = UNSET
    digits: int | Unset = UNSET
    nextnumber: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        prefix = self.prefix

        digits = self.digits

        nextnumber = self.nextnumber

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
        if digits is not UNSET:
            field_dict["digits"] = digits
        if nextnumber is not UNSET:
            field_dict["nextnumber"] = nextnumber

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", UNSET)

        prefix = d.pop("prefix", UNSET)

        digits = d.pop("digits", UNSET)

        nextnumber = d.pop("nextnumber", UNSET)

        autonumbering_scheme = cls(
            id=id,
            name=name,
            prefix=prefix,
            digits=digits,
            nextnumber=nextnumber,
        )

        autonumbering_scheme.additional_properties = d
        return autonumbering_scheme

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
