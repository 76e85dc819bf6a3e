from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoice_line_type import InvoiceLineType
from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoiceLine")


@_attrs_define
class InvoiceLine:
    """A line of an invoice.

    Attributes:
        id (int): Line id.
        type_ (InvoiceLineType | Unset): Line type.
        name (str | Unset): Name.
        description (str | Unset): Description.
        quantity (float | Unset): Quantity.
        rate (float | Unset): Rate (per hour for time lines).
        time (int | Unset): Minutes (time lines).
        taxable (bool | Unset): Whether tax applies.
        displayorder (float | Unset): Display order.
        total (float | Unset): What the line is worth, before tax (quantity x rate, or minutes / 60 x hourly rate).
    """

    id: int
    type_: InvoiceLineType | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    quantity: float | Unset = UNSET
    rate: float | Unset = UNSET
    time: int | Unset = UNSET
    taxable: bool | Unset = UNSET
    displayorder: float | Unset = UNSET
    total: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        name = self.name

        description = self.description

        quantity = self.quantity

        rate = self.rate

        time = self.time

        taxable = self.taxable

        displayorder = self.displayorder

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if rate is not UNSET:
            field_dict["rate"] = rate
        if time is not UNSET:
            field_dict["time"] = time
        if taxable is not UNSET:
            field_dict["taxable"] = taxable
        if displayorder is not UNSET:
            field_dict["displayorder"] = displayorder
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        _type_ = d.pop("type", UNSET)
        type_: InvoiceLineType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = InvoiceLineType(_type_)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        quantity = d.pop("quantity", UNSET)

        rate = d.pop("rate", UNSET)

        time = d.pop("time", UNSET)

        taxable = d.pop("taxable", UNSET)

        displayorder = d.pop("displayorder", UNSET)

        total = d.pop("total", UNSET)

        invoice_line = cls(
            id=id,
            type_=type_,
            name=name,
            description=description,
            quantity=quantity,
            rate=rate,
            time=time,
            taxable=taxable,
            displayorder=displayorder,
            total=total,
        )

        invoice_line.additional_properties = d
        return invoice_line

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
