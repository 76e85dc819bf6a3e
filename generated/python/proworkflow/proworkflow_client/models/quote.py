from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.quote_status import QuoteStatus
from ..models.quote_type import QuoteType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address import Address
    from ..models.invoice_totals import InvoiceTotals
    from ..models.quote_apifields_item import QuoteApifieldsItem
    from ..models.quote_project import QuoteProject


T = TypeVar("T", bound="Quote")


@_attrs_define
class Quote:
    """A quote or estimate; its totals are computed from its lines.

    Attributes:
        id (int): Quote id.
        number (str | Unset): Quote number.
        title (str | Unset): Title.
        status (QuoteStatus | Unset): Quote status.
        type_ (QuoteType | Unset): Quote or estimate.
        projectid (int | Unset): Project id.
        project (QuoteProject | Unset): The project (id, number, title).
        companyid (int | Unset): Company id.
        companyname (str | Unset): Company name.
        contactid (int | Unset): Client contact the quote is for.
        contactname (str | Unset): Name of that contact.
        description (str | Unset): Description.
        quoteddate (str | Unset): Date or date-time as the service returns it: ISO 8601 in the account's local time, no
            offset (e.g. `2026-06-24T00:00:00`).
        validtodate (str | Unset): Date or date-time as the service returns it: ISO 8601 in the account's local time, no
            offset (e.g. `2026-06-24T00:00:00`).
        approveddate (str | Unset): Date or date-time as the service returns it: ISO 8601 in the account's local time,
            no offset (e.g. `2026-06-24T00:00:00`).
        quotedby (str | Unset): Name of the staff contact who made the quote.
        taxable (bool | Unset): Whether tax applies.
        taxrate (float | Unset): Tax rate in percent.
        totals (InvoiceTotals | Unset): Money totals (key names inferred from the separate subtotal/taxtotal/grandtotal
            fields).
        subtotal (float | Unset): Total before tax.
        taxtotal (float | Unset): Tax.
        grandtotal (float | Unset): Total with tax.
        apifields (list[QuoteApifieldsItem] | Unset): API field values.
        lastmodified (str | Unset): Date or date-time as the service returns it: ISO 8601 in the account's local time,
            no offset (e.g. `2026-06-24T00:00:00`).
        emaileddate (str | Unset): Date or date-time as the service returns it: ISO 8601 in the account's local time, no
            offset (e.g. `2026-06-24T00:00:00`).
        emailedto (str | Unset): Addresses the quote was last e-mailed to (`emailedto`); empty when never sent.
        quotedbyid (int | Unset): Staff contact who made the quote (`quotedby`).
        address (Address | Unset): Postal address (key names inferred from the write parameters).
    """

    id: int
    number: str | Unset = UNSET
    title: str | Unset = UNSET
    status: QuoteStatus | Unset = UNSET
    type_: QuoteType | Unset = UNSET
    projectid: int | Unset = UNSET
    project: QuoteProject | Unset = UNSET
    companyid: int | Unset = UNSET
    companyname: str | Unset = UNSET
    contactid: int | Unset = UNSET
    contactname: str | Unset = UNSET
    description: str | Unset = UNSET
    quoteddate: str | Unset = UNSET
    validtodate: str | Unset = UNSET
    approveddate: str | Unset = UNSET
    quotedby: str | Unset = UNSET
    taxable: bool | Unset = UNSET
    taxrate: float | Unset = UNSET
    totals: InvoiceTotals | Unset = UNSET
    subtotal: float | Unset = UNSET
    taxtotal: float | Unset = UNSET
    grandtotal: float | Unset = UNSET
    apifields: list[QuoteApifieldsItem] | Unset = UNSET
    lastmodified: str | Unset = UNSET
    emaileddate: str | Unset = UNSET
    emailedto: str | Unset = UNSET
    quotedbyid: int | Unset = UNSET
    address: Address | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        number = self.number

        title = self.title

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        projectid = self.projectid

        project: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project, Unset):
            project = self.project.to_dict()

        companyid = self.companyid

        companyname = self.companyname

        contactid = self.contactid

        contactname = self.contactname

        description = self.description

        quoteddate = self.quoteddate

        validtodate = self.validtodate

        approveddate = self.approveddate

        quotedby = self.quotedby

        taxable = self.taxable

        taxrate = self.taxrate

        totals: dict[str, Any] | Unset = UNSET
        if not isinstance(self.totals, Unset):
            totals = self.totals.to_dict()

        subtotal = self.subtotal

        taxtotal = self.taxtotal

        grandtotal = self.grandtotal

        apifields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.apifields, Unset):
            apifields = []
            for apifields_item_data in self.apifields:
                apifields_item = apifields_item_data.to_dict()
                apifields.append(apifields_item)

        lastmodified = self.lastmodified

        emaileddate = self.emaileddate

        emailedto = self.emailedto

        quotedbyid = self.quotedbyid

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

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
        if type_ is not UNSET:
            field_dict["type"] = type_
        if projectid is not UNSET:
            field_dict["projectid"] = projectid
        if project is not UNSET:
            field_dict["project"] = project
        if companyid is not UNSET:
            field_dict["companyid"] = companyid
        if companyname is not UNSET:
            field_dict["companyname"] = companyname
        if contactid is not UNSET:
            field_dict["contactid"] = contactid
        if contactname is not UNSET:
            field_dict["contactname"] = contactname
        if description is not UNSET:
            field_dict["description"] = description
        if quoteddate is not UNSET:
            field_dict["quoteddate"] = quoteddate
        if validtodate is not UNSET:
            field_dict["validtodate"] = validtodate
        if approveddate is not UNSET:
            field_dict["approveddate"] = approveddate
        if quotedby is not UNSET:
            field_dict["quotedby"] = quotedby
        if taxable is not UNSET:
            field_dict["taxable"] = taxable
        if taxrate is not UNSET:
            field_dict["taxrate"] = taxrate
        if totals is not UNSET:
            field_dict["totals"] = totals
        if subtotal is not UNSET:
            field_dict["subtotal"] = subtotal
        if taxtotal is not UNSET:
            field_dict["taxtotal"] = taxtotal
        if grandtotal is not UNSET:
            field_dict["grandtotal"] = grandtotal
        if apifields is not UNSET:
            field_dict["apifields"] = apifields
        if lastmodified is not UNSET:
            field_dict["lastmodified"] = lastmodified
        if emaileddate is not UNSET:
            field_dict["emaileddate"] = emaileddate
        if emailedto is not UNSET:
            field_dict["emailedto"] = emailedto
        if quotedbyid is not UNSET:
            field_dict["quotedbyid"] = quotedbyid
        if address is not UNSET:
            field_dict["address"] = address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.address import Address  # noqa: PLC0415
        from ..models.invoice_totals import InvoiceTotals  # noqa: PLC0415
        from ..models.quote_apifields_item import QuoteApifieldsItem  # noqa: PLC0415
        from ..models.quote_project import QuoteProject  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        number = d.pop("number", UNSET)

        title = d.pop("title", UNSET)

        _status = d.pop("status", UNSET)
        status: QuoteStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = QuoteStatus(_status)

        _type_ = d.pop("type", UNSET)
        type_: QuoteType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = QuoteType(_type_)

        projectid = d.pop("projectid", UNSET)

        _project = d.pop("project", UNSET)
        project: QuoteProject | Unset
        if isinstance(_project, Unset):
            project = UNSET
        else:
            project = QuoteProject.from_dict(_project)

        companyid = d.pop("companyid", UNSET)

        companyname = d.pop("companyname", UNSET)

        contactid = d.pop("contactid", UNSET)

        contactname = d.pop("contactname", UNSET)

        description = d.pop("description", UNSET)

        quoteddate = d.pop("quoteddate", UNSET)

        validtodate = d.pop("validtodate", UNSET)

        approveddate = d.pop("approveddate", UNSET)

        quotedby = d.pop("quotedby", UNSET)

        taxable = d.pop("taxable", UNSET)

        taxrate = d.pop("taxrate", UNSET)

        _totals = d.pop("totals", UNSET)
        totals: InvoiceTotals | Unset
        if isinstance(_totals, Unset):
            totals = UNSET
        else:
            totals = InvoiceTotals.from_dict(_totals)

        subtotal = d.pop("subtotal", UNSET)

        taxtotal = d.pop("taxtotal", UNSET)

        grandtotal = d.pop("grandtotal", UNSET)

        _apifields = d.pop("apifields", UNSET)
        apifields: list[QuoteApifieldsItem] | Unset = UNSET
        if _apifields is not UNSET:
            apifields = []
            for apifields_item_data in _apifields:
                apifields_item = QuoteApifieldsItem.from_dict(apifields_item_data)

                apifields.append(apifields_item)

        lastmodified = d.pop("lastmodified", UNSET)

        emaileddate = d.pop("emaileddate", UNSET)

        emailedto = d.pop("emailedto", UNSET)

        quotedbyid = d.pop("quotedbyid", UNSET)

        _address = d.pop("address", UNSET)
        address: Address | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = Address.from_dict(_address)

        quote = cls(
            id=id,
            number=number,
            title=title,
            status=status,
            type_=type_,
            projectid=projectid,
            project=project,
            companyid=companyid,
            companyname=companyname,
            contactid=contactid,
            contactname=contactname,
            description=description,
            quoteddate=quoteddate,
            validtodate=validtodate,
            approveddate=approveddate,
            quotedby=quotedby,
            taxable=taxable,
            taxrate=taxrate,
            totals=totals,
            subtotal=subtotal,
            taxtotal=taxtotal,
            grandtotal=grandtotal,
            apifields=apifields,
            lastmodified=lastmodified,
            emaileddate=emaileddate,
            emailedto=emailedto,
            quotedbyid=quotedbyid,
            address=address,
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
