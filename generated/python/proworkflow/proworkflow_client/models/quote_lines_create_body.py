from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.quote_lines_create_body_type import QuoteLinesCreateBodyType
from ..types import UNSET, Unset

T = TypeVar("T", bound="QuoteLinesCreateBody")


@_attrs_define
class QuoteLinesCreateBody:
    """Request body of quoteLinesCreate: one line (see QuoteLineInput for what each type needs).

    Attributes:
        type_ (QuoteLinesCreateBodyType): Line type.
        name (str | Unset): Name.
        description (str | Unset): Description.
        quantity (float | Unset): Quantity.
        rate (float | Unset): Rate; per hour for time lines.
        time (int | Unset): Minutes (time lines).
        taxable (bool | None | Unset): Whether tax applies. Default: True.
        displayorder (float | None | str | Unset): Position of the line. Default: 'auto'.
    """

    type_: QuoteLinesCreateBodyType
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    quantity: float | Unset = UNSET
    rate: float | Unset = UNSET
    time: int | Unset = UNSET
    taxable: bool | None | Unset = True
    displayorder: float | None | str | Unset = "auto"

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        name = self.name

        description = self.description

        quantity = self.quantity

        rate = self.rate

        time = self.time

        taxable: bool | None | Unset
        if isinstance(self.taxable, Unset):
            taxable = UNSET
        else:
            taxable = self.taxable

        displayorder: float | None | str | Unset
        if isinstance(self.displayorder, Unset):
            displayorder = UNSET
        else:
            displayorder = self.displayorder

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
            }
        )
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = QuoteLinesCreateBodyType(d.pop("type"))

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        quantity = d.pop("quantity", UNSET)

        rate = d.pop("rate", UNSET)

        time = d.pop("time", UNSET)

        def _parse_taxable(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        taxable = _parse_taxable(d.pop("taxable", UNSET))

        def _parse_displayorder(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        displayorder = _parse_displayorder(d.pop("displayorder", UNSET))

        quote_lines_create_body = cls(
            type_=type_,
            name=name,
            description=description,
            quantity=quantity,
            rate=rate,
            time=time,
            taxable=taxable,
            displayorder=displayorder,
        )

        return quote_lines_create_body
