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
        companyid (int | None | Unset): companyid.
        title (None | str | Unset): Title.
        address1 (None | str | Unset): First address line.
        address2 (None | str | Unset): Second address line.
        address3 (None | str | Unset): Third address line.
        apifields (list[FieldValue] | None | Unset): API field values as `{id, value}` objects.
        city (None | str | Unset): City.
        companyname (None | str | Unset): Company name.
        contactname (None | str | Unset): Contact name printed on the invoice.
        country (None | str | Unset): Country.
        description (None | str | Unset): Description.
        discountdescription (None | str | Unset): Label of the discount line. Default: 'Discount'.
        discountvalue (float | None | str | Unset): Discount: an amount or a percentage such as `10%`.
        duedate (None | str | Unset): Due date. An absolute `yyyy-mm-dd` date or a relative one such as `+1m`.
        invoiceddate (None | str | Unset): Invoice date. An absolute `yyyy-mm-dd` date or a relative one such as `+1m`.
        markprojectasinvoiced (bool | None | Unset): Also flag the project as invoiced. Default: False.
        number (None | str | Unset): Number, or `auto` for the next number of the autonumbering scheme. Default: 'auto'.
        showcostbreakdown (bool | None | Unset): Show the cost breakdown on the invoice. Default: True.
        state (None | str | Unset): State or region.
        taxable (bool | None | Unset): Whether tax applies. Default: True.
        taxrate (float | None | Unset): Tax rate in percent.
        terms (None | str | Unset): Payment terms text.
        zipcode (None | str | Unset): Postal code.
    """

    contactid: int
    lines: list[InvoiceLineInput]
    companyid: int | None | Unset = UNSET
    title: None | str | Unset = UNSET
    address1: None | str | Unset = UNSET
    address2: None | str | Unset = UNSET
    address3: None | str | Unset = UNSET
    apifields: list[FieldValue] | None | Unset = UNSET
    city: None | str | Unset = UNSET
    companyname: None | str | Unset = UNSET
    contactname: None | str | Unset = UNSET
    country: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    discountdescription: None | str | Unset = "Discount"
    discountvalue: float | None | str | Unset = UNSET
    duedate: None | str | Unset = UNSET
    invoiceddate: None | str | Unset = UNSET
    markprojectasinvoiced: bool | None | Unset = False
    number: None | str | Unset = "auto"
    showcostbreakdown: bool | None | Unset = True
    state: None | str | Unset = UNSET
    taxable: bool | None | Unset = True
    taxrate: float | None | Unset = UNSET
    terms: None | str | Unset = UNSET
    zipcode: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        contactid = self.contactid

        lines = []
        for lines_item_data in self.lines:
            lines_item = lines_item_data.to_dict()
            lines.append(lines_item)

        companyid: int | None | Unset
        if isinstance(self.companyid, Unset):
            companyid = UNSET
        else:
            companyid = self.companyid

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        address1: None | str | Unset
        if isinstance(self.address1, Unset):
            address1 = UNSET
        else:
            address1 = self.address1

        address2: None | str | Unset
        if isinstance(self.address2, Unset):
            address2 = UNSET
        else:
            address2 = self.address2

        address3: None | str | Unset
        if isinstance(self.address3, Unset):
            address3 = UNSET
        else:
            address3 = self.address3

        apifields: list[dict[str, Any]] | None | Unset
        if isinstance(self.apifields, Unset):
            apifields = UNSET
        elif isinstance(self.apifields, list):
            apifields = []
            for apifields_type_0_item_data in self.apifields:
                apifields_type_0_item = apifields_type_0_item_data.to_dict()
                apifields.append(apifields_type_0_item)

        else:
            apifields = self.apifields

        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        companyname: None | str | Unset
        if isinstance(self.companyname, Unset):
            companyname = UNSET
        else:
            companyname = self.companyname

        contactname: None | str | Unset
        if isinstance(self.contactname, Unset):
            contactname = UNSET
        else:
            contactname = self.contactname

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        discountdescription: None | str | Unset
        if isinstance(self.discountdescription, Unset):
            discountdescription = UNSET
        else:
            discountdescription = self.discountdescription

        discountvalue: float | None | str | Unset
        if isinstance(self.discountvalue, Unset):
            discountvalue = UNSET
        else:
            discountvalue = self.discountvalue

        duedate: None | str | Unset
        if isinstance(self.duedate, Unset):
            duedate = UNSET
        else:
            duedate = self.duedate

        invoiceddate: None | str | Unset
        if isinstance(self.invoiceddate, Unset):
            invoiceddate = UNSET
        else:
            invoiceddate = self.invoiceddate

        markprojectasinvoiced: bool | None | Unset
        if isinstance(self.markprojectasinvoiced, Unset):
            markprojectasinvoiced = UNSET
        else:
            markprojectasinvoiced = self.markprojectasinvoiced

        number: None | str | Unset
        if isinstance(self.number, Unset):
            number = UNSET
        else:
            number = self.number

        showcostbreakdown: bool | None | Unset
        if isinstance(self.showcostbreakdown, Unset):
            showcostbreakdown = UNSET
        else:
            showcostbreakdown = self.showcostbreakdown

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        else:
            state = self.state

        taxable: bool | None | Unset
        if isinstance(self.taxable, Unset):
            taxable = UNSET
        else:
            taxable = self.taxable

        taxrate: float | None | Unset
        if isinstance(self.taxrate, Unset):
            taxrate = UNSET
        else:
            taxrate = self.taxrate

        terms: None | str | Unset
        if isinstance(self.terms, Unset):
            terms = UNSET
        else:
            terms = self.terms

        zipcode: None | str | Unset
        if isinstance(self.zipcode, Unset):
            zipcode = UNSET
        else:
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

        def _parse_companyid(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        companyid = _parse_companyid(d.pop("companyid", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_address1(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address1 = _parse_address1(d.pop("address1", UNSET))

        def _parse_address2(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address2 = _parse_address2(d.pop("address2", UNSET))

        def _parse_address3(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address3 = _parse_address3(d.pop("address3", UNSET))

        def _parse_apifields(data: object) -> list[FieldValue] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                apifields_type_0 = []
                _apifields_type_0 = data
                for apifields_type_0_item_data in _apifields_type_0:
                    apifields_type_0_item = FieldValue.from_dict(apifields_type_0_item_data)

                    apifields_type_0.append(apifields_type_0_item)

                return apifields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[FieldValue] | None | Unset, data)

        apifields = _parse_apifields(d.pop("apifields", UNSET))

        def _parse_city(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        city = _parse_city(d.pop("city", UNSET))

        def _parse_companyname(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        companyname = _parse_companyname(d.pop("companyname", UNSET))

        def _parse_contactname(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contactname = _parse_contactname(d.pop("contactname", UNSET))

        def _parse_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country = _parse_country(d.pop("country", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_discountdescription(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        discountdescription = _parse_discountdescription(d.pop("discountdescription", UNSET))

        def _parse_discountvalue(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        discountvalue = _parse_discountvalue(d.pop("discountvalue", UNSET))

        def _parse_duedate(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        duedate = _parse_duedate(d.pop("duedate", UNSET))

        def _parse_invoiceddate(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        invoiceddate = _parse_invoiceddate(d.pop("invoiceddate", UNSET))

        def _parse_markprojectasinvoiced(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        markprojectasinvoiced = _parse_markprojectasinvoiced(d.pop("markprojectasinvoiced", UNSET))

        def _parse_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        number = _parse_number(d.pop("number", UNSET))

        def _parse_showcostbreakdown(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        showcostbreakdown = _parse_showcostbreakdown(d.pop("showcostbreakdown", UNSET))

        def _parse_state(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        state = _parse_state(d.pop("state", UNSET))

        def _parse_taxable(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        taxable = _parse_taxable(d.pop("taxable", UNSET))

        def _parse_taxrate(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        taxrate = _parse_taxrate(d.pop("taxrate", UNSET))

        def _parse_terms(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        terms = _parse_terms(d.pop("terms", UNSET))

        def _parse_zipcode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        zipcode = _parse_zipcode(d.pop("zipcode", UNSET))

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
