from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExpensesCreateBody")


@_attrs_define
class ExpensesCreateBody:
    """Request body of expensesCreate.

    Attributes:
        cost (float): Cost amount.
        name (str): Name.
        projectid (int): Project id.
        date (None | str | Unset): Date. An absolute `yyyy-mm-dd` date or a relative one such as `+1m`.
        description (None | str | Unset): Description.
        invoiced (bool | None | Unset): Whether the expense was invoiced. Default: False.
        taxable (bool | None | Unset): Whether tax applies. Default: True.
    """

    cost: float
    name: str
    projectid: int
    date: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    invoiced: bool | None | Unset = False
    taxable: bool | None | Unset = True

    def to_dict(self) -> dict[str, Any]:
        cost = self.cost

        name = self.name

        projectid = self.projectid

        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        else:
            date = self.date

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        invoiced: bool | None | Unset
        if isinstance(self.invoiced, Unset):
            invoiced = UNSET
        else:
            invoiced = self.invoiced

        taxable: bool | None | Unset
        if isinstance(self.taxable, Unset):
            taxable = UNSET
        else:
            taxable = self.taxable

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "cost": cost,
                "name": name,
                "projectid": projectid,
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

        projectid = d.pop("projectid")

        def _parse_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date = _parse_date(d.pop("date", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_invoiced(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        invoiced = _parse_invoiced(d.pop("invoiced", UNSET))

        def _parse_taxable(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        taxable = _parse_taxable(d.pop("taxable", UNSET))

        expenses_create_body = cls(
            cost=cost,
            name=name,
            projectid=projectid,
            date=date,
            description=description,
            invoiced=invoiced,
            taxable=taxable,
        )

        return expenses_create_body
