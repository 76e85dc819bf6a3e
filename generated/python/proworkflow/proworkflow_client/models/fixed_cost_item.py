from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FixedCostItem")


@_attrs_define
class FixedCostItem:
    """A ready-made priced item for quote and invoice lines (properties inferred).

    Attributes:
        id (int): Item id.
        name (str | Unset): Name.
        description (str | Unset): Description.
        rate (float | Unset): Price of one unit.
        taxable (bool | Unset): Whether tax applies.
    """

    id: int
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    rate: float | Unset = UNSET
    taxable: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description = self.description

        rate = self.rate

        taxable = self.taxable

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
        if rate is not UNSET:
            field_dict["rate"] = rate
        if taxable is not UNSET:
            field_dict["taxable"] = taxable

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        rate = d.pop("rate", UNSET)

        taxable = d.pop("taxable", UNSET)

        fixed_cost_item = cls(
            id=id,
            name=name,
            description=description,
            rate=rate,
            taxable=taxable,
        )

        fixed_cost_item.additional_properties = d
        return fixed_cost_item

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
