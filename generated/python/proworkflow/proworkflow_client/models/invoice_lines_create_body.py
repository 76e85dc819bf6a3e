from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.invoice_lines_create_body_type import InvoiceLinesCreateBodyType
from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoiceLinesCreateBody")


@_attrs_define
class InvoiceLinesCreateBody:
    """Request body of invoiceLinesCreate.

    Attributes:
        type_ (InvoiceLinesCreateBodyType): Type; what else a line needs depends on it: `heading` a `name`; `lineitem` a
            `name` or a `description`, a `quantity` and a `rate`; `expense` a `name`, a `quantity` and a `rate`; `taskrate`
            and `staffrate` a `name`, a `time` (minutes) and a `rate` (per hour).
        description (str | Unset): Description.
        displayorder (float | None | str | Unset): Position of the line. Default: 'auto'.
        name (str | Unset): Name.
        quantity (float | Unset): Quantity (line items and expenses).
        rate (float | Unset): Rate; per hour for time lines.
        taxable (bool | None | Unset): Whether tax applies. Default: True.
        time (int | Unset): Minutes (task and staff rate lines).
    """

    type_: InvoiceLinesCreateBodyType
    description: str | Unset = UNSET
    displayorder: float | None | str | Unset = "auto"
    name: str | Unset = UNSET
    quantity: float | Unset = UNSET
    rate: float | Unset = UNSET
    taxable: bool | None | Unset = True
    time: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        description = self.description

        displayorder: float | None | str | Unset
        if isinstance(self.displayorder, Unset):
            displayorder = UNSET
        else:
            displayorder = self.displayorder

        name = self.name

        quantity = self.quantity

        rate = self.rate

        taxable: bool | None | Unset
        if isinstance(self.taxable, Unset):
            taxable = UNSET
        else:
            taxable = self.taxable

        time = self.time

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
            }
        )
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
        type_ = InvoiceLinesCreateBodyType(d.pop("type"))

        description = d.pop("description", UNSET)

        def _parse_displayorder(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        displayorder = _parse_displayorder(d.pop("displayorder", UNSET))

        name = d.pop("name", UNSET)

        quantity = d.pop("quantity", UNSET)

        rate = d.pop("rate", UNSET)

        def _parse_taxable(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        taxable = _parse_taxable(d.pop("taxable", UNSET))

        time = d.pop("time", UNSET)

        invoice_lines_create_body = cls(
            type_=type_,
            description=description,
            displayorder=displayorder,
            name=name,
            quantity=quantity,
            rate=rate,
            taxable=taxable,
            time=time,
        )

        return invoice_lines_create_body
