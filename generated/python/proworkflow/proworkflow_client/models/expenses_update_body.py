from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExpensesUpdateBody")


@_attrs_define
class ExpensesUpdateBody:
    """Request body of expensesUpdate.

    Attributes:
        cost (float | Unset): Cost amount.
        name (str | Unset): Name.
        date (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a sign, a count and a unit (`d`
            days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three weeks ago), `+1m` (a month ahead), `+0d` (today).
        description (str | Unset): Description.
        invoiced (bool | Unset): Whether the expense was invoiced.
        taxable (bool | Unset): Whether tax applies.
    """

    cost: float | Unset = UNSET
    name: str | Unset = UNSET
    date: str | Unset = UNSET
    description: str | Unset = UNSET
    invoiced: bool | Unset = UNSET
    taxable: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        cost = self.cost

        name = self.name

        date = self.date

        description = self.description

        invoiced = self.invoiced

        taxable = self.taxable

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if cost is not UNSET:
            field_dict["cost"] = cost
        if name is not UNSET:
            field_dict["name"] = name
        if date is not UNSET:
            field_dict["date"] = date
        if description is not UNSET:
            field_dict["description"] = description
        if invoiced is not UNSET:
            field_dict["invoiced"] = invoiced
        if taxable is not UNSET:
            field_dict["taxable"] = taxable

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cost = d.pop("cost", UNSET)

        name = d.pop("name", UNSET)

        date = d.pop("date", UNSET)

        description = d.pop("description", UNSET)

        invoiced = d.pop("invoiced", UNSET)

        taxable = d.pop("taxable", UNSET)

        expenses_update_body = cls(
            cost=cost,
            name=name,
            date=date,
            description=description,
            invoiced=invoiced,
            taxable=taxable,
        )

        return expenses_update_body
