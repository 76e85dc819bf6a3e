from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoice_status import InvoiceStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invoice_totals import InvoiceTotals


T = TypeVar("T", bound="Invoice")


@_attrs_define
class Invoice:
    """An invoice.

    Attributes:
        id (int): Invoice id.
        number (str | Unset): Invoice number.
        title (str | Unset): Title.
        companyid (int | Unset): Company id.
        companyname (str | Unset): Company name.
        status (InvoiceStatus | Unset): Payment status.
        projectid (int | Unset): Project id.
        invoiceddate (str | Unset): Date or date-time as the service returns it: ISO 8601 in the account's local time,
            no offset (e.g. `2026-06-24T00:00:00`).
        duedate (str | Unset): Date or date-time as the service returns it: ISO 8601 in the account's local time, no
            offset (e.g. `2026-06-24T00:00:00`).
        paiddate (str | Unset): Date or date-time as the service returns it: ISO 8601 in the account's local time, no
            offset (e.g. `2026-06-24T00:00:00`).
        totals (InvoiceTotals | Unset): Money totals (key names inferred from the separate subtotal/taxtotal/grandtotal
            fields).
        subtotal (float | Unset): Total before tax.
        taxtotal (float | Unset): Tax.
        grandtotal (float | Unset): Total with tax.
        description (str | Unset): Description.
        taxable (bool | Unset): Whether tax applies.
        taxrate (float | Unset): Tax rate in percent.
        purchaseordernumber (str | Unset): Purchase order number.
        lastmodified (str | Unset): Date or date-time as the service returns it: ISO 8601 in the account's local time,
            no offset (e.g. `2026-06-24T00:00:00`).
    """

    id: int
    number: str | Unset = UNSET
    title: str | Unset = UNSET
    companyid: int | Unset = UNSET
    companyname: str | Unset = UNSET
    status: InvoiceStatus | Unset = UNSET
    projectid: int | Unset = UNSET
    invoiceddate: str | Unset = UNSET
    duedate: str | Unset = UNSET
    paiddate: str | Unset = UNSET
    totals: InvoiceTotals | Unset = UNSET
    subtotal: float | Unset = UNSET
    taxtotal: float | Unset = UNSET
    grandtotal: float | Unset = UNSET
    description: str | Unset = UNSET
    taxable: bool | Unset = UNSET
    taxrate: float | Unset = UNSET
    purchaseordernumber: str | Unset = UNSET
    lastmodified: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        number = self.number

        title = self.title

        companyid = self.companyid

        companyname = self.companyname

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        projectid = self.projectid

        invoiceddate = self.invoiceddate

        duedate = self.duedate

        paiddate = self.paiddate

        totals: dict[str, Any] | Unset = UNSET
        if not isinstance(self.totals, Unset):
            totals = self.totals.to_dict()

        subtotal = self.subtotal

        taxtotal = self.taxtotal

        grandtotal = self.grandtotal

        description = self.description

        taxable = self.taxable

        taxrate = self.taxrate

        purchaseordernumber = self.purchaseordernumber

        lastmodified = self.lastmodified

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
        if companyid is not UNSET:
            field_dict["companyid"] = companyid
        if companyname is not UNSET:
            field_dict["companyname"] = companyname
        if status is not UNSET:
            field_dict["status"] = status
        if projectid is not UNSET:
            field_dict["projectid"] = projectid
        if invoiceddate is not UNSET:
            field_dict["invoiceddate"] = invoiceddate
        if duedate is not UNSET:
            field_dict["duedate"] = duedate
        if paiddate is not UNSET:
            field_dict["paiddate"] = paiddate
        if totals is not UNSET:
            field_dict["totals"] = totals
        if subtotal is not UNSET:
            field_dict["subtotal"] = subtotal
        if taxtotal is not UNSET:
            field_dict["taxtotal"] = taxtotal
        if grandtotal is not UNSET:
            field_dict["grandtotal"] = grandtotal
        if description is not UNSET:
            field_dict["description"] = description
        if taxable is not UNSET:
            field_dict["taxable"] = taxable
        if taxrate is not UNSET:
            field_dict["taxrate"] = taxrate
        if purchaseordernumber is not UNSET:
            field_dict["purchaseordernumber"] = purchaseordernumber
        if lastmodified is not UNSET:
            field_dict["lastmodified"] = lastmodified

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.invoice_totals import InvoiceTotals  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        number = d.pop("number", UNSET)

        title = d.pop("title", UNSET)

        companyid = d.pop("companyid", UNSET)

        companyname = d.pop("companyname", UNSET)

        _status = d.pop("status", UNSET)
        status: InvoiceStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = InvoiceStatus(_status)

        projectid = d.pop("projectid", UNSET)

        invoiceddate = d.pop("invoiceddate", UNSET)

        duedate = d.pop("duedate", UNSET)

        paiddate = d.pop("paiddate", UNSET)

        _totals = d.pop("totals", UNSET)
        totals: InvoiceTotals | Unset
        if isinstance(_totals, Unset):
            totals = UNSET
        else:
            totals = InvoiceTotals.from_dict(_totals)

        subtotal = d.pop("subtotal", UNSET)

        taxtotal = d.pop("taxtotal", UNSET)

        grandtotal = d.pop("grandtotal", UNSET)

        description = d.pop("description", UNSET)

        taxable = d.pop("taxable", UNSET)

        taxrate = d.pop("taxrate", UNSET)

        purchaseordernumber = d.pop("purchaseordernumber", UNSET)

        lastmodified = d.pop("lastmodified", UNSET)

        invoice = cls(
            id=id,
            number=number,
            title=title,
            companyid=companyid,
            companyname=companyname,
            status=status,
            projectid=projectid,
            invoiceddate=invoiceddate,
            duedate=duedate,
            paiddate=paiddate,
            totals=totals,
            subtotal=subtotal,
            taxtotal=taxtotal,
            grandtotal=grandtotal,
            description=description,
            taxable=taxable,
            taxrate=taxrate,
            purchaseordernumber=purchaseordernumber,
            lastmodified=lastmodified,
        )

        invoice.additional_properties = d
        return invoice

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
