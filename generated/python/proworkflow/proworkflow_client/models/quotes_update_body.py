from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..models.quotes_update_body_type import QuotesUpdateBodyType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.field_value import FieldValue
    from ..models.quote_line_input import QuoteLineInput


T = TypeVar("T", bound="QuotesUpdateBody")


@_attrs_define
class QuotesUpdateBody:
    """Request body of quotesUpdate.

    Attributes:
        lines (list[QuoteLineInput] | Unset): Lines to add to the quote.
        title (str | Unset): Title (cannot be emptied).
        address1 (str | Unset): First address line.
        address2 (str | Unset): Second address line.
        address3 (str | Unset): Third address line.
        city (str | Unset): City.
        state (str | Unset): State or region.
        zipcode (str | Unset): Postal code.
        country (str | Unset): Country.
        apifields (list[FieldValue] | Unset): API field values as `{id, value}` objects.
        description (str | Unset): Description.
        number (str | Unset): Number, or `auto` for the next number of the autonumbering scheme.
        projectid (int | Literal[''] | Unset): Project the quote is attached to; an empty string detaches it.
        quoteddate (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a sign, a count and a unit
            (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three weeks ago), `+1m` (a month ahead), `+0d`
            (today).
        taxable (bool | Unset): Whether tax applies.
        taxrate (float | Unset): Tax rate in percent.
        type_ (QuotesUpdateBodyType | Unset): Quote or estimate.
        validtodate (Literal[''] | str | Unset): Last day the quote is valid; an empty string clears it.
    """

    lines: list[QuoteLineInput] | Unset = UNSET
    title: str | Unset = UNSET
    address1: str | Unset = UNSET
    address2: str | Unset = UNSET
    address3: str | Unset = UNSET
    city: str | Unset = UNSET
    state: str | Unset = UNSET
    zipcode: str | Unset = UNSET
    country: str | Unset = UNSET
    apifields: list[FieldValue] | Unset = UNSET
    description: str | Unset = UNSET
    number: str | Unset = UNSET
    projectid: int | Literal[""] | Unset = UNSET
    quoteddate: str | Unset = UNSET
    taxable: bool | Unset = UNSET
    taxrate: float | Unset = UNSET
    type_: QuotesUpdateBodyType | Unset = UNSET
    validtodate: Literal[""] | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.lines, Unset):
            lines = []
            for lines_item_data in self.lines:
                lines_item = lines_item_data.to_dict()
                lines.append(lines_item)

        title = self.title

        address1 = self.address1

        address2 = self.address2

        address3 = self.address3

        city = self.city

        state = self.state

        zipcode = self.zipcode

        country = self.country

        apifields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.apifields, Unset):
            apifields = []
            for apifields_item_data in self.apifields:
                apifields_item = apifields_item_data.to_dict()
                apifields.append(apifields_item)

        description = self.description

        number = self.number

        projectid: int | Literal[""] | Unset
        if isinstance(self.projectid, Unset):
            projectid = UNSET
        else:
            projectid = self.projectid

        quoteddate = self.quoteddate

        taxable = self.taxable

        taxrate = self.taxrate

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        validtodate: Literal[""] | str | Unset
        if isinstance(self.validtodate, Unset):
            validtodate = UNSET
        else:
            validtodate = self.validtodate

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if lines is not UNSET:
            field_dict["lines"] = lines
        if title is not UNSET:
            field_dict["title"] = title
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
        _lines = d.pop("lines", UNSET)
        lines: list[QuoteLineInput] | Unset = UNSET
        if _lines is not UNSET:
            lines = []
            for lines_item_data in _lines:
                lines_item = QuoteLineInput.from_dict(lines_item_data)

                lines.append(lines_item)

        title = d.pop("title", UNSET)

        address1 = d.pop("address1", UNSET)

        address2 = d.pop("address2", UNSET)

        address3 = d.pop("address3", UNSET)

        city = d.pop("city", UNSET)

        state = d.pop("state", UNSET)

        zipcode = d.pop("zipcode", UNSET)

        country = d.pop("country", UNSET)

        _apifields = d.pop("apifields", UNSET)
        apifields: list[FieldValue] | Unset = UNSET
        if _apifields is not UNSET:
            apifields = []
            for apifields_item_data in _apifields:
                apifields_item = FieldValue.from_dict(apifields_item_data)

                apifields.append(apifields_item)

        description = d.pop("description", UNSET)

        number = d.pop("number", UNSET)

        def _parse_projectid(data: object) -> int | Literal[""] | Unset:
            if isinstance(data, Unset):
                return data
            projectid_type_1 = cast(Literal[""], data)
            if projectid_type_1 != "":
                raise ValueError(f"projectid_type_1 must match const '', got '{projectid_type_1}'")
            return projectid_type_1
            return cast(int | Literal[""] | Unset, data)

        projectid = _parse_projectid(d.pop("projectid", UNSET))

        quoteddate = d.pop("quoteddate", UNSET)

        taxable = d.pop("taxable", UNSET)

        taxrate = d.pop("taxrate", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: QuotesUpdateBodyType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = QuotesUpdateBodyType(_type_)

        def _parse_validtodate(data: object) -> Literal[""] | str | Unset:
            if isinstance(data, Unset):
                return data
            validtodate_type_1 = cast(Literal[""], data)
            if validtodate_type_1 != "":
                raise ValueError(f"validtodate_type_1 must match const '', got '{validtodate_type_1}'")
            return validtodate_type_1
            return cast(Literal[""] | str | Unset, data)

        validtodate = _parse_validtodate(d.pop("validtodate", UNSET))

        quotes_update_body = cls(
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
            description=description,
            number=number,
            projectid=projectid,
            quoteddate=quoteddate,
            taxable=taxable,
            taxrate=taxrate,
            type_=type_,
            validtodate=validtodate,
        )

        return quotes_update_body
