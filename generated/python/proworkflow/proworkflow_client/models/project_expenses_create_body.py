from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectExpensesCreateBody")


@_attrs_define
class ProjectExpensesCreateBody:
    """Request body of projectExpensesCreate (that of expensesCreate without `projectid`).

    Attributes:
        cost (float): Cost amount.
        name (str): Name.
        date (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a sign, a count and a unit (`d`
            days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three weeks ago), `+1m` (a month ahead), `+0d` (today).
        description (str | Unset): Description.
        invoiced (bool | Unset): Whether the expense was invoiced. Default: False.
        taxable (bool | Unset): Whether tax applies. Default: True.
    """

    cost: float
    name: str
    date: str | Unset = UNSET
    description: str | Unset = UNSET
    invoiced: bool | Unset = False
    taxable: bool | Unset = True

    def to_dict(self) -> dict[str, Any]:
        cost = self.cost

        name = self.name

        date = self.date

        description = self.description

        invoiced = self.invoiced

        taxable = self.taxable

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "cost": cost,
                "name": name,
            }
        )
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
        cost = d.pop("cost")

        name = d.pop("name")

        date = d.pop("date", UNSET)

        description = d.pop("description", UNSET)

        invoiced = d.pop("invoiced", UNSET)

        taxable = d.pop("taxable", UNSET)

        project_expenses_create_body = cls(
            cost=cost,
            name=name,
            date=date,
            description=description,
            invoiced=invoiced,
            taxable=taxable,
        )

        return project_expenses_create_body
