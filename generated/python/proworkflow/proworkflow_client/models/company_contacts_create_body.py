from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.field_value import FieldValue


T = TypeVar("T", bound="CompanyContactsCreateBody")


@_attrs_define
class CompanyContactsCreateBody:
    """Request body of companyContactsCreate.

    Attributes:
        firstname (str): First name.
        lastname (str): Last name.
        address1 (None | str | Unset): First address line.
        address2 (None | str | Unset): Second address line.
        address3 (None | str | Unset): Third address line.
        allowlogin (bool | None | Unset): Grant (`true`) or deny (`false`) login access.
        apifields (list[FieldValue] | None | Unset): API field values as `{id, value}` objects.
        city (None | str | Unset): City.
        country (None | str | Unset): Country.
        email (None | str | Unset): E-mail address.
        facebook (None | str | Unset): Facebook page address.
        fax (None | str | Unset): Fax number.
        groupid (None | str | Unset): Group ids, comma-separated.
        linkedin (None | str | Unset): LinkedIn page address.
        mobilephone (None | str | Unset): Mobile phone number.
        password (None | str | Unset): Login password.
        roleid (None | str | Unset): Role ids, comma-separated.
        state (None | str | Unset): State or region.
        tagid (None | str | Unset): Tag ids, comma-separated.
        title (None | str | Unset): Title.
        twitter (None | str | Unset): Twitter page address.
        username (None | str | Unset): Login name.
        workphone (None | str | Unset): Work phone number.
        zipcode (None | str | Unset): Postal code.
    """

    firstname: str
    lastname: str
    address1: None | str | Unset = UNSET
    address2: None | str | Unset = UNSET
    address3: None | str | Unset = UNSET
    allowlogin: bool | None | Unset = UNSET
    apifields: list[FieldValue] | None | Unset = UNSET
    city: None | str | Unset = UNSET
    country: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    facebook: None | str | Unset = UNSET
    fax: None | str | Unset = UNSET
    groupid: None | str | Unset = UNSET
    linkedin: None | str | Unset = UNSET
    mobilephone: None | str | Unset = UNSET
    password: None | str | Unset = UNSET
    roleid: None | str | Unset = UNSET
    state: None | str | Unset = UNSET
    tagid: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    twitter: None | str | Unset = UNSET
    username: None | str | Unset = UNSET
    workphone: None | str | Unset = UNSET
    zipcode: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        firstname = self.firstname

        lastname = self.lastname

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

        allowlogin: bool | None | Unset
        if isinstance(self.allowlogin, Unset):
            allowlogin = UNSET
        else:
            allowlogin = self.allowlogin

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

        groupid: None | str | Unset
        if isinstance(self.groupid, Unset):
            groupid = UNSET
        else:
            groupid = self.groupid

        linkedin: None | str | Unset
        if isinstance(self.linkedin, Unset):
            linkedin = UNSET
        else:
            linkedin = self.linkedin

        mobilephone: None | str | Unset
        if isinstance(self.mobilephone, Unset):
            mobilephone = UNSET
        else:
            mobilephone = self.mobilephone

        password: None | str | Unset
        if isinstance(self.password, Unset):
            password = UNSET
        else:
            password = self.password

        roleid: None | str | Unset
        if isinstance(self.roleid, Unset):
            roleid = UNSET
        else:
            roleid = self.roleid

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

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        twitter: None | str | Unset
        if isinstance(self.twitter, Unset):
            twitter = UNSET
        else:
            twitter = self.twitter

        username: None | str | Unset
        if isinstance(self.username, Unset):
            username = UNSET
        else:
            username = self.username

        workphone: None | str | Unset
        if isinstance(self.workphone, Unset):
            workphone = UNSET
        else:
            workphone = self.workphone

        zipcode: None | str | Unset
        if isinstance(self.zipcode, Unset):
            zipcode = UNSET
        else:
            zipcode = self.zipcode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "firstname": firstname,
                "lastname": lastname,
            }
        )
        if address1 is not UNSET:
            field_dict["address1"] = address1
        if address2 is not UNSET:
            field_dict["address2"] = address2
        if address3 is not UNSET:
            field_dict["address3"] = address3
        if allowlogin is not UNSET:
            field_dict["allowlogin"] = allowlogin
        if apifields is not UNSET:
            field_dict["apifields"] = apifields
        if city is not UNSET:
            field_dict["city"] = city
        if country is not UNSET:
            field_dict["country"] = country
        if email is not UNSET:
            field_dict["email"] = email
        if facebook is not UNSET:
            field_dict["facebook"] = facebook
        if fax is not UNSET:
            field_dict["fax"] = fax
        if groupid is not UNSET:
            field_dict["groupid"] = groupid
        if linkedin is not UNSET:
            field_dict["linkedin"] = linkedin
        if mobilephone is not UNSET:
            field_dict["mobilephone"] = mobilephone
        if password is not UNSET:
            field_dict["password"] = password
        if roleid is not UNSET:
            field_dict["roleid"] = roleid
        if state is not UNSET:
            field_dict["state"] = state
        if tagid is not UNSET:
            field_dict["tagid"] = tagid
        if title is not UNSET:
            field_dict["title"] = title
        if twitter is not UNSET:
            field_dict["twitter"] = twitter
        if username is not UNSET:
            field_dict["username"] = username
        if workphone is not UNSET:
            field_dict["workphone"] = workphone
        if zipcode is not UNSET:
            field_dict["zipcode"] = zipcode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.field_value import FieldValue  # noqa: PLC0415

        d = dict(src_dict)
        firstname = d.pop("firstname")

        lastname = d.pop("lastname")

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

        def _parse_allowlogin(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        allowlogin = _parse_allowlogin(d.pop("allowlogin", UNSET))

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

        def _parse_groupid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        groupid = _parse_groupid(d.pop("groupid", UNSET))

        def _parse_linkedin(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        linkedin = _parse_linkedin(d.pop("linkedin", UNSET))

        def _parse_mobilephone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mobilephone = _parse_mobilephone(d.pop("mobilephone", UNSET))

        def _parse_password(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        password = _parse_password(d.pop("password", UNSET))

        def _parse_roleid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        roleid = _parse_roleid(d.pop("roleid", UNSET))

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

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_twitter(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        twitter = _parse_twitter(d.pop("twitter", UNSET))

        def _parse_username(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        username = _parse_username(d.pop("username", UNSET))

        def _parse_workphone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        workphone = _parse_workphone(d.pop("workphone", UNSET))

        def _parse_zipcode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        zipcode = _parse_zipcode(d.pop("zipcode", UNSET))

        company_contacts_create_body = cls(
            firstname=firstname,
            lastname=lastname,
            address1=address1,
            address2=address2,
            address3=address3,
            allowlogin=allowlogin,
            apifields=apifields,
            city=city,
            country=country,
            email=email,
            facebook=facebook,
            fax=fax,
            groupid=groupid,
            linkedin=linkedin,
            mobilephone=mobilephone,
            password=password,
            roleid=roleid,
            state=state,
            tagid=tagid,
            title=title,
            twitter=twitter,
            username=username,
            workphone=workphone,
            zipcode=zipcode,
        )

        return company_contacts_create_body
