from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.field_value import FieldValue
    from ..models.invoice_line_input import InvoiceLineInput


T = TypeVar("T", bound="ProjectInvoicesCreateBody")


@_attrs_define
class ProjectInvoicesCreateBody:
    """Request body of projectInvoicesCreate (that of invoicesCreate without `projectid`).

    Attributes:
        contactid (int): Contact id.
        lines (list[InvoiceLineInput]): Invoice lines.
        companyid (int | Unset): companyid.
        title (str | Unset): Title.
        address1 (str | Unset): First address line.
        address2 (str | Unset): Second address line.
        address3 (str | Unset): Third address line.
        apifields (list[FieldValue] | Unset): API field values as `{id, value}` objects.
        city (str | Unset): City.
        companyname (str | Unset): Company name.
        contactname (str | Unset): Contact name printed on the invoice.
        country (str | Unset): Country.
        description (str | Unset): Description.
        discountdescription (str | Unset): Label of the discount line. Default: 'Discount'.
        discountvalue (float | str | Unset): A fixed discount (`500`) or a percentage (`10%`).
        duedate (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a sign, a count and a unit
            (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three weeks ago), `+1m` (a month ahead), `+0d`
            (today).
        invoiceddate (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a sign, a count and a
            unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three weeks ago), `+1m` (a month ahead), `+0d`
            (today).
        markprojectasinvoiced (bool | Unset): Also flag the project as invoiced. Default: False.
        number (str | Unset): Number, or `auto` for the next number of the autonumbering scheme. Default: 'auto'.
        showcostbreakdown (bool | Unset): Show the cost breakdown on the invoice. Default: True.
        state (str | Unset): State or region.
        taxable (bool | Unset): Whether tax applies. Default: True.
        taxrate (float | Unset): Tax rate in percent.
        terms (str | Unset): Payment terms text.
        zipcode (str | Unset): Postal code.
    """

    contactid: int
    lines: list[InvoiceLineInput]
    companyid: int | Unset = UNSET
    title: str | Unset = UNSET
    address1: str | Unset = UNSET
    address2: str | Unset = UNSET
    address3: str | Unset = UNSET
    apifields: list[FieldValue] | Unset = UNSET
    city: str | Unset = UNSET
    companyname: str | Unset = UNSET
    contactname: str | Unset = UNSET
    country: str | Unset = UNSET
    description: str | Unset = UNSET
    discountdescription: str | Unset = "Discount"
    discountvalue: float | str | Unset = UNSET
    duedate: str | Unset = UNSET
    invoiceddate: str | Unset = UNSET
    markprojectasinvoiced: bool | Unset = False
    number: str | Unset = "auto"
    showcostbreakdown: bool | Unset = True
    state: str | Unset = UNSET
    taxable: bool | Unset = True
    taxrate: float | Unset = UNSET
    terms: str | Unset = UNSET
    zipcode: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        contactid = self.contactid

        lines = []
        for lines_item_data in self.lines:
            lines_item = lines_item_data.to_dict()
            lines.append(lines_item)

        companyid = self.companyid

        title = self.title

        address1 = self.address1

        address2 = self.address2

        address3 = self.address3

        apifields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.apifields, Unset):
            apifields = []
            for apifields_item_data in self.apifields:
                apifields_item = apifields_item_data.to_dict()
                apifields.append(apifields_item)

        city = self.city

        companyname = self.companyname

        contactname = self.contactname

        country = self.country

        description = self.description

        discountdescription = self.discountdescription

        discountvalue: float | str | Unset
        if isinstance(self.discountvalue, Unset):
            discountvalue = UNSET
        else:
            discountvalue = self.discountvalue

        duedate = self.duedate

        invoiceddate = self.invoiceddate

        markprojectasinvoiced = self.markprojectasinvoiced

        number = self.number

        showcostbreakdown = self.showcostbreakdown

        state = self.state

        taxable = self.taxable

        taxrate = self.taxrate

        terms = self.terms

        zipcode = self.zipcode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "contactid": contactid,
                "lines": lines,
            }
        )
        if companyid is not UNSET:
            field_dict["companyid"] = companyid
        if title is not UNSET:
            field_dict["title"] = title
        if address1 is not UNSET:
            field_dict["address1"] = address1
        if address2 is not UNSET:
            field_dict["address2"] = address2
        if address3 is not UNSET:
            field_dict["address3"] = address3
        if apifields is not UNSET:
            field_dict["apifields"] = apifields
        if city is not UNSET:
            field_dict["city"] = city
        if companyname is not UNSET:
            field_dict["companyname"] = companyname
        if contactname is not UNSET:
            field_dict["contactname"] = contactname
        if country is not UNSET:
            field_dict["country"] = country
        if description is not UNSET:
            field_dict["description"] = description
        if discountdescription is not UNSET:
            field_dict["discountdescription"] = discountdescription
        if discountvalue is not UNSET:
            field_dict["discountvalue"] = discountvalue
        if duedate is not UNSET:
            field_dict["duedate"] = duedate
        if invoiceddate is not UNSET:
            field_dict["invoiceddate"] = invoiceddate
        if markprojectasinvoiced is not UNSET:
            field_dict["markprojectasinvoiced"] = markprojectasinvoiced
        if number is not UNSET:
            field_dict["number"] = number
        if showcostbreakdown is not UNSET:
            field_dict["showcostbreakdown"] = showcostbreakdown
        if state is not UNSET:
            field_dict["state"] = state
        if taxable is not UNSET:
            field_dict["taxable"] = taxable
        if taxrate is not UNSET:
            field_dict["taxrate"] = taxrate
        if terms is not UNSET:
            field_dict["terms"] = terms
        if zipcode is not UNSET:
            field_dict["zipcode"] = zipcode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.field_value import FieldValue  # noqa: PLC0415
        from ..models.invoice_line_input import InvoiceLineInput  # noqa: PLC0415

        d = dict(src_dict)
        contactid = d.pop("contactid")

        lines = []
        _lines = d.pop("lines")
        for lines_item_data in _lines:
            lines_item = InvoiceLineInput.from_dict(lines_item_data)

            lines.append(lines_item)

        companyid = d.pop("companyid", UNSET)

        title = d.pop("title", UNSET)

        address1 = d.pop("address1", UNSET)

        address2 = d.pop("address2", UNSET)

        address3 = d.pop("address3", UNSET)

        _apifields = d.pop("apifields", UNSET)
        apifields: list[FieldValue] | Unset = UNSET
        if _apifields is not UNSET:
            apifields = []
            for apifields_item_data in _apifields:
                apifields_item = FieldValue.from_dict(apifields_item_data)

                apifields.append(apifields_item)

        city = d.pop("city", UNSET)

        companyname = d.pop("companyname", UNSET)

        contactname = d.pop("contactname", UNSET)

        country = d.pop("country", UNSET)

        description = d.pop("description", UNSET)

        discountdescription = d.pop("discountdescription", UNSET)

        def _parse_discountvalue(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        discountvalue = _parse_discountvalue(d.pop("discountvalue", UNSET))

        duedate = d.pop("duedate", UNSET)

        invoiceddate = d.pop("invoiceddate", UNSET)

        markprojectasinvoiced = d.pop("markprojectasinvoiced", UNSET)

        number = d.pop("number", UNSET)

        showcostbreakdown = d.pop("showcostbreakdown", UNSET)

        state = d.pop("state", UNSET)

        taxable = d.pop("taxable", UNSET)

        taxrate = d.pop("taxrate", UNSET)

        terms = d.pop("terms", UNSET)

        zipcode = d.pop("zipcode", UNSET)

        project_invoices_create_body = cls(
            contactid=contactid,
            lines=lines,
            companyid=companyid,
            title=title,
            address1=address1,
            address2=address2,
            address3=address3,
            apifields=apifields,
            city=city,
            companyname=companyname,
            contactname=contactname,
            country=country,
            description=description,
            discountdescription=discountdescription,
            discountvalue=discountvalue,
            duedate=duedate,
            invoiceddate=invoiceddate,
            markprojectasinvoiced=markprojectasinvoiced,
            number=number,
            showcostbreakdown=showcostbreakdown,
            state=state,
            taxable=taxable,
            taxrate=taxrate,
            terms=terms,
            zipcode=zipcode,
        )

        return project_invoices_create_body
