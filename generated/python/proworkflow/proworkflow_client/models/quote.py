from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invoice_totals import InvoiceTotals


T = TypeVar("T", bound="Quote")


@_attrs_define
class Quote:
    """A quote or estimate.

    Attributes:
        id (int): Quote id.
        number (str | Unset): Quote number.
        title (str | Unset): Title.
        status (str | Unset): Quote status.
        projectid (int | Unset): Project id.
        quoteddate (str | Unset): Date or date-time as the service returns it: ISO 8601 in the account's local time, no
            offset (e.g. `2026-06-24T00:00:00`).
        totals (InvoiceTotals | Unset): Money totals (key names inferred from the separate subtotal/taxtotal/grandtotal
            fields).
    """

    id: int
    number: str | Unset = UNSET
    title: str | Unset = UNSET
    status: str | Unset = UNSET
    projectid: int | Unset = UNSET
    quoteddate: str | Unset = UNSET
    totals: InvoiceTotals | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        number = self.number

        title = self.title

        status = self.status

        projectid = self.projectid

        quoteddate = self.quoteddate

        totals: dict[str, Any] | Unset = UNSET
        if not isinstance(self.totals, Unset):
            totals = self.totals.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if number is not UNSET:
            field_dict["number"] = number
        if title is not UNSET:
            field_dict["title"] = title
        if status is not UNSET:
            field_dict["status"] = status
        if projectid is not UNSET:
            field_dict["projectid"] = projectid
        if quoteddate is not UNSET:
            field_dict["quoteddate"] = quoteddate
        if totals is not UNSET:
            field_dict["totals"] = totals

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.invoice_totals import InvoiceTotals  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        number = d.pop("number", UNSET)

        title = d.pop("title", UNSET)

        status = d.pop("status", UNSET)

        projectid = d.pop("projectid", UNSET)

        quoteddate = d.pop("quoteddate", UNSET)

        _totals = d.pop("totals", UNSET)
        totals: InvoiceTotals | Unset
        if isinstance(_totals, Unset):
            totals = UNSET
        else:
            totals = InvoiceTotals.from_dict(_totals)

        quote = cls(
            id=id,
            number=number,
            title=title,
            status=status,
            projectid=projectid,
            quoteddate=quoteddate,
            totals=totals,
        )

        quote.additional_properties = d
        return quote

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
