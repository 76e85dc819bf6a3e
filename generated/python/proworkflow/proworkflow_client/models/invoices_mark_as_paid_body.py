from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoicesMarkAsPaidBody")


@_attrs_define
class InvoicesMarkAsPaidBody:
    """Request body of invoicesMarkAsPaid.

    Attributes:
        paiddate (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a sign, a count and a unit
            (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three weeks ago), `+1m` (a month ahead), `+0d`
            (today).
    """

    paiddate: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        paiddate = self.paiddate

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if paiddate is not UNSET:
            field_dict["paiddate"] = paiddate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        paiddate = d.pop("paiddate", UNSET)

        invoices_mark_as_paid_body = cls(
            paiddate=paiddate,
        )

        return invoices_mark_as_paid_body
