from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

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
        address1 (None | str | Unset): First address line.
        address2 (None | str | Unset): Second address line.
        address3 (None | str | Unset): Third address line.
        apifields (list[FieldValue] | None | Unset): API field values as `{id, value}` objects.
        city (None | str | Unset): City.
        code (None | str | Unset): Short code (abbreviation of the company name).
        country (None | str | Unset): Country.
        email (None | str | Unset): E-mail address.
        facebook (None | str | Unset): Facebook page address.
        fax (None | str | Unset): Fax number.
        imagecontent (None | str | Unset): Base64 PNG image, 80x80 pixels, at most 100 KB; ignored on batch creates.
        linkedin (None | str | Unset): LinkedIn page address.
        phone (None | str | Unset): Phone number.
        state (None | str | Unset): State or region.
        tagid (None | str | Unset): Tag ids, comma-separated.
        twitter (None | str | Unset): Twitter page address.
        website (None | str | Unset): Website address.
        zipcode (None | str | Unset): Postal code.
    """

    name: str
    type_: CompaniesCreateBodyType
    address1: None | str | Unset = UNSET
    address2: None | str | Unset = UNSET
    address3: None | str | Unset = UNSET
    apifields: list[FieldValue] | None | Unset = UNSET
    city: None | str | Unset = UNSET
    code: None | str | Unset = UNSET
    country: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    facebook: None | str | Unset = UNSET
    fax: None | str | Unset = UNSET
    imagecontent: None | str | Unset = UNSET
    linkedin: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    state: None | str | Unset = UNSET
    tagid: None | str | Unset = UNSET
    twitter: None | str | Unset = UNSET
    website: None | str | Unset = UNSET
    zipcode: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_.value

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

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        facebook: None | str | Unset
        if isinstance(self.facebook, Unset):
            facebook = UNSET
        else:
            facebook = self.facebook

        fax: None | str | Unset
        if isinstance(self.fax, Unset):
            fax = UNSET
        else:
            fax = self.fax

        imagecontent: None | str | Unset
        if isinstance(self.imagecontent, Unset):
            imagecontent = UNSET
        else:
            imagecontent = self.imagecontent

        linkedin: None | str | Unset
        if isinstance(self.linkedin, Unset):
            linkedin = UNSET
        else:
            linkedin = self.linkedin

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        else:
            state = self.state

        tagid: None | str | Unset
        if isinstance(self.tagid, Unset):
            tagid = UNSET
        else:
            tagid = self.tagid

        twitter: None | str | Unset
        if isinstance(self.twitter, Unset):
            twitter = UNSET
        else:
            twitter = self.twitter

        website: None | str | Unset
        if isinstance(self.website, Unset):
            website = UNSET
        else:
            website = self.website

        zipcode: None | str | Unset
        if isinstance(self.zipcode, Unset):
            zipcode = UNSET
        else:
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

        def _parse_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        code = _parse_code(d.pop("code", UNSET))

        def _parse_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country = _parse_country(d.pop("country", UNSET))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_facebook(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        facebook = _parse_facebook(d.pop("facebook", UNSET))

        def _parse_fax(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fax = _parse_fax(d.pop("fax", UNSET))

        def _parse_imagecontent(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        imagecontent = _parse_imagecontent(d.pop("imagecontent", UNSET))

        def _parse_linkedin(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        linkedin = _parse_linkedin(d.pop("linkedin", UNSET))

        def _parse_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))

        def _parse_state(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        state = _parse_state(d.pop("state", UNSET))

        def _parse_tagid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tagid = _parse_tagid(d.pop("tagid", UNSET))

        def _parse_twitter(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        twitter = _parse_twitter(d.pop("twitter", UNSET))

        def _parse_website(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        website = _parse_website(d.pop("website", UNSET))

        def _parse_zipcode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        zipcode = _parse_zipcode(d.pop("zipcode", UNSET))

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
