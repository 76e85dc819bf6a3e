from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.companies_create_body_type import CompaniesCreateBodyType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.field_value import FieldValue


T = TypeVar("T", bound="CompaniesCreateBody")


@_attrs_define
class CompaniesCreateBody:
    """Request body of companiesCreate.

    Attributes:
        name (str): Name.
        type_ (CompaniesCreateBodyType): Type.
        address1 (str | Unset): First address line.
        address2 (str | Unset): Second address line.
        address3 (str | Unset): Third address line.
        apifields (list[FieldValue] | Unset): API field values as `{id, value}` objects.
        city (str | Unset): City.
        code (str | Unset): Short code (abbreviation of the company name).
        country (str | Unset): Country.
        email (str | Unset): E-mail address.
        facebook (str | Unset): Facebook page address.
        fax (str | Unset): Fax number.
        imagecontent (str | Unset): Base64 PNG image, 80x80 pixels, at most 100 KB; ignored on batch creates.
        linkedin (str | Unset): LinkedIn page address.
        phone (str | Unset): Phone number.
        state (str | Unset): State or region.
        tagid (str | Unset): One id or several ids separated by commas, without spaces (`1` or `1,2,3`). Several ids
            mean "any of them".
        twitter (str | Unset): Twitter page address.
        website (str | Unset): Website address.
        zipcode (str | Unset): Postal code.
    """

    name: str
    type_: CompaniesCreateBodyType
    address1: str | Unset = UNSET
    address2: str | Unset = UNSET
    address3: str | Unset = UNSET
    apifields: list[FieldValue] | Unset = UNSET
    city: str | Unset = UNSET
    code: str | Unset = UNSET
    country: str | Unset = UNSET
    email: str | Unset = UNSET
    facebook: str | Unset = UNSET
    fax: str | Unset = UNSET
    imagecontent: str | Unset = UNSET
    linkedin: str | Unset = UNSET
    phone: str | Unset = UNSET
    state: str | Unset = UNSET
    tagid: str | Unset = UNSET
    twitter: str | Unset = UNSET
    website: str | Unset = UNSET
    zipcode: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_.value

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

        code = self.code

        country = self.country

        email = self.email

        facebook = self.facebook

        fax = self.fax

        imagecontent = self.imagecontent

        linkedin = self.linkedin

        phone = self.phone

        state = self.state

        tagid = self.tagid

        twitter = self.twitter

        website = self.website

        zipcode = self.zipcode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "type": type_,
            }
        )
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
        if code is not UNSET:
            field_dict["code"] = code
        if country is not UNSET:
            field_dict["country"] = country
        if email is not UNSET:
            field_dict["email"] = email
        if facebook is not UNSET:
            field_dict["facebook"] = facebook
        if fax is not UNSET:
            field_dict["fax"] = fax
        if imagecontent is not UNSET:
            field_dict["imagecontent"] = imagecontent
        if linkedin is not UNSET:
            field_dict["linkedin"] = linkedin
        if phone is not UNSET:
            field_dict["phone"] = phone
        if state is not UNSET:
            field_dict["state"] = state
        if tagid is not UNSET:
            field_dict["tagid"] = tagid
        if twitter is not UNSET:
            field_dict["twitter"] = twitter
        if website is not UNSET:
            field_dict["website"] = website
        if zipcode is not UNSET:
            field_dict["zipcode"] = zipcode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.field_value import FieldValue  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        type_ = CompaniesCreateBodyType(d.pop("type"))

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

        code = d.pop("code", UNSET)

        country = d.pop("country", UNSET)

        email = d.pop("email", UNSET)

        facebook = d.pop("facebook", UNSET)

        fax = d.pop("fax", UNSET)

        imagecontent = d.pop("imagecontent", UNSET)

        linkedin = d.pop("linkedin", UNSET)

        phone = d.pop("phone", UNSET)

        state = d.pop("state", UNSET)

        tagid = d.pop("tagid", UNSET)

        twitter = d.pop("twitter", UNSET)

        website = d.pop("website", UNSET)

        zipcode = d.pop("zipcode", UNSET)

        companies_create_body = cls(
            name=name,
            type_=type_,
            address1=address1,
            address2=address2,
            address3=address3,
            apifields=apifields,
            city=city,
            code=code,
            country=country,
            email=email,
            facebook=facebook,
            fax=fax,
            imagecontent=imagecontent,
            linkedin=linkedin,
            phone=phone,
            state=state,
            tagid=tagid,
            twitter=twitter,
            website=website,
            zipcode=zipcode,
        )

        return companies_create_body
