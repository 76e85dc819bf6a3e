from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.quotes_create_body_type import QuotesCreateBodyType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.field_value import FieldValue
    from ..models.quote_line_input import QuoteLineInput


T = TypeVar("T", bound="QuotesCreateBody")


@_attrs_define
class QuotesCreateBody:
    """Request body of quotesCreate.

    Attributes:
        contactid (int): Client contact the quote is for.
        lines (list[QuoteLineInput]): Quote lines.
        title (str): Title.
        address1 (None | str | Unset): First address line.
        address2 (None | str | Unset): Second address line.
        address3 (None | str | Unset): Third address line.
        city (None | str | Unset): City.
        state (None | str | Unset): State or region.
        zipcode (None | str | Unset): Postal code.
        country (None | str | Unset): Country.
        apifields (list[FieldValue] | None | Unset): API field values as `{id, value}` objects.
        companyid (int | None | Unset): Company the quote is for; the contact's company if left out.
        description (None | str | Unset): Description.
        number (None | str | Unset): Number, or `auto` for the next number of the autonumbering scheme. Default: 'auto'.
        projectid (int | None | Unset): Project the quote is attached to.
        quoteddate (None | str | Unset): Quote date (default today). An absolute `yyyy-mm-dd` date or a relative one
            such as `+1m`.
        taxable (bool | None | Unset): Whether tax applies. Default: True.
        taxrate (float | None | Unset): Tax rate in percent.
        type_ (QuotesCreateBodyType | Unset): Quote or estimate. Default: QuotesCreateBodyType.QUOTE.
        validtodate (None | str | Unset): Last day the quote is valid. An absolute `yyyy-mm-dd` date or a relative one
            such as `+1m`.
    """

    contactid: int
    lines: list[QuoteLineInput]
    title: str
    address1: None | str | Unset = UNSET
    address2: None | str | Unset = UNSET
    address3: None | str | Unset = UNSET
    city: None | str | Unset = UNSET
    state: None | str | Unset = UNSET
    zipcode: None | str | Unset = UNSET
    country: None | str | Unset = UNSET
    apifields: list[FieldValue] | None | Unset = UNSET
    companyid: int | None | Unset = UNSET
    description: None | str | Unset = UNSET
    number: None | str | Unset = "auto"
    projectid: int | None | Unset = UNSET
    quoteddate: None | str | Unset = UNSET
    taxable: bool | None | Unset = True
    taxrate: float | None | Unset = UNSET
    type_: QuotesCreateBodyType | Unset = QuotesCreateBodyType.QUOTE
    validtodate: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        contactid = self.contactid

        lines = []
        for lines_item_data in self.lines:
            lines_item = lines_item_data.to_dict()
            lines.append(lines_item)

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

        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        else:
            state = self.state

        zipcode: None | str | Unset
        if isinstance(self.zipcode, Unset):
            zipcode = UNSET
        else:
            zipcode = self.zipcode

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

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

        companyid: int | None | Unset
        if isinstance(self.companyid, Unset):
            companyid = UNSET
        else:
            companyid = self.companyid

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        number: None | str | Unset
        if isinstance(self.number, Unset):
            number = UNSET
        else:
            number = self.number

        projectid: int | None | Unset
        if isinstance(self.projectid, Unset):
            projectid = UNSET
        else:
            projectid = self.projectid

        quoteddate: None | str | Unset
        if isinstance(self.quoteddate, Unset):
            quoteddate = UNSET
        else:
            quoteddate = self.quoteddate

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

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        validtodate: None | str | Unset
        if isinstance(self.validtodate, Unset):
            validtodate = UNSET
        else:
            validtodate = self.validtodate

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "contactid": contactid,
                "lines": lines,
                "title": title,
            }
        )
        if address1 is not UNSET:
            field_dict["address1"] = address1
        if address2 is not UNSET:
            field_dict["address2"] = address2
        if address3 is not UNSET:
            field_dict["address3"] = address3
        if city is not UNSET:
            field_dict["city"] = city
        if state is not UNSET:
            field_dict["state"] = state
        if zipcode is not UNSET:
            field_dict["zipcode"] = zipcode
        if country is not UNSET:
            field_dict["country"] = country
        if apifields is not UNSET:
            field_dict["apifields"] = apifields
        if companyid is not UNSET:
            field_dict["companyid"] = companyid
        if description is not UNSET:
            field_dict["description"] = description
        if number is not UNSET:
            field_dict["number"] = number
        if projectid is not UNSET:
            field_dict["projectid"] = projectid
        if quoteddate is not UNSET:
            field_dict["quoteddate"] = quoteddate
        if taxable is not UNSET:
            field_dict["taxable"] = taxable
        if taxrate is not UNSET:
            field_dict["taxrate"] = taxrate
        if type_ is not UNSET:
            field_dict["type"] = type_
        if validtodate is not UNSET:
            field_dict["validtodate"] = validtodate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.field_value import FieldValue  # noqa: PLC0415
        from ..models.quote_line_input import QuoteLineInput  # noqa: PLC0415

        d = dict(src_dict)
        contactid = d.pop("contactid")

        lines = []
        _lines = d.pop("lines")
        for lines_item_data in _lines:
            lines_item = QuoteLineInput.from_dict(lines_item_data)

            lines.append(lines_item)

        title = d.pop("title")

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

        def _parse_city(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        city = _parse_city(d.pop("city", UNSET))

        def _parse_state(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        state = _parse_state(d.pop("state", UNSET))

        def _parse_zipcode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        zipcode = _parse_zipcode(d.pop("zipcode", UNSET))

        def _parse_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country = _parse_country(d.pop("country", UNSET))

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

        def _parse_companyid(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        companyid = _parse_companyid(d.pop("companyid", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        number = _parse_number(d.pop("number", UNSET))

        def _parse_projectid(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        projectid = _parse_projectid(d.pop("projectid", UNSET))

        def _parse_quoteddate(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        quoteddate = _parse_quoteddate(d.pop("quoteddate", UNSET))

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

        _type_ = d.pop("type", UNSET)
        type_: QuotesCreateBodyType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = QuotesCreateBodyType(_type_)

        def _parse_validtodate(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        validtodate = _parse_validtodate(d.pop("validtodate", UNSET))

        quotes_create_body = cls(
            contactid=contactid,
            lines=lines,
            title=title,
            address1=address1,
            address2=address2,
            address3=address3,
            city=city,
            state=state,
            zipcode=zipcode,
            country=country,
            apifields=apifields,
            companyid=companyid,
            description=description,
            number=number,
            projectid=projectid,
            quoteddate=quoteddate,
            taxable=taxable,
            taxrate=taxrate,
            type_=type_,
            validtodate=validtodate,
        )

        return quotes_create_body
