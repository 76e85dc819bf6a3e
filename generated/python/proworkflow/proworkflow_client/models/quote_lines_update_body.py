from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="QuoteLinesUpdateBody")


@_attrs_define
class QuoteLinesUpdateBody:
    """Request body of quoteLinesUpdate.

    Attributes:
        description (str | Unset): Description.
        displayorder (float | Unset): Position of the line.
        name (str | Unset): Name.
        quantity (float | Unset): Quantity (line items).
        rate (float | Unset): Rate; per hour for time lines.
        taxable (bool | Unset): Whether tax applies.
        time (int | Unset): Minutes (task and staff rate lines).
    """

    description: str | Unset = UNSET
    displayorder: float | Unset = UNSET
    name: str | Unset = UNSET
    quantity: float | Unset = UNSET
    rate: float | Unset = UNSET
    taxable: bool | Unset = UNSET
    time: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        displayorder = self.displayorder

        name = self.name

        quantity = self.quantity

        rate = self.rate

        taxable = self.taxable

        time = self.time

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if displayorder is not UNSET:
            field_dict["displayorder"] = displayorder
        if name is not UNSET:
            field_dict["name"] = name
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if rate is not UNSET:
            field_dict["rate"] = rate
        if taxable is not UNSET:
            field_dict["taxable"] = taxable
        if time is not UNSET:
            field_dict["time"] = time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        description = d.pop("description", UNSET)

        displayorder = d.pop("displayorder", UNSET)

        name = d.pop("name", UNSET)

        quantity = d.pop("quantity", UNSET)

        rate = d.pop("rate", UNSET)

        taxable = d.pop("taxable", UNSET)

        time = d.pop("time", UNSET)

        quote_lines_update_body = cls(
            description=description,
            displayorder=displayorder,
            name=name,
            quantity=quantity,
            rate=rate,
            taxable=taxable,
            time=time,
        )

        return quote_lines_update_body
