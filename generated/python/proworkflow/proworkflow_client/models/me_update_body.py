from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="MeUpdateBody")


@_attrs_define
class MeUpdateBody:
    """Request body of meUpdate.

    Attributes:
        address1 (str | Unset): First address line.
        address2 (str | Unset): Second address line.
        address3 (str | Unset): Third address line.
        city (str | Unset): City.
        country (str | Unset): Country.
        email (str | Unset): E-mail address.
        firstname (str | Unset): First name.
        lastname (str | Unset): Last name.
        mobilephone (str | Unset): Mobile phone number.
        password (str | Unset): Login password.
        state (str | Unset): State or region.
        title (str | Unset): Title.
        username (str | Unset): Login name.
        workphone (str | Unset): Work phone number.
        zipcode (str | Unset): Postal code.
    """

    address1: str | Unset = UNSET
    address2: str | Unset = UNSET
    address3: str | Unset = UNSET
    city: str | Unset = UNSET
    country: str | Unset = UNSET
    email: str | Unset = UNSET
    firstname: str | Unset = UNSET
    lastname: str | Unset = UNSET
    mobilephone: str | Unset = UNSET
    password: str | Unset = UNSET
    state: str | Unset = UNSET
    title: str | Unset = UNSET
    username: str | Unset = UNSET
    workphone: str | Unset = UNSET
    zipcode: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        address1 = self.address1

        address2 = self.address2

        address3 = self.address3

        city = self.city

        country = self.country

        email = self.email

        firstname = self.firstname

        lastname = self.lastname

        mobilephone = self.mobilephone

        password = self.password

        state = self.state

        title = self.title

        username = self.username

        workphone = self.workphone

        zipcode = self.zipcode

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if address1 is not UNSET:
            field_dict["address1"] = address1
        if address2 is not UNSET:
            field_dict["address2"] = address2
        if address3 is not UNSET:
            field_dict["address3"] = address3
        if city is not UNSET:
            field_dict["city"] = city
        if country is not UNSET:
            field_dict["country"] = country
        if email is not UNSET:
            field_dict["email"] = email
        if firstname is not UNSET:
            field_dict["firstname"] = firstname
        if lastname is not UNSET:
            field_dict["lastname"] = lastname
        if mobilephone is not UNSET:
            field_dict["mobilephone"] = mobilephone
        if password is not UNSET:
            field_dict["password"] = password
        if state is not UNSET:
            field_dict["state"] = state
        if title is not UNSET:
            field_dict["title"] = title
        if username is not UNSET:
            field_dict["username"] = username
        if workphone is not UNSET:
            field_dict["workphone"] = workphone
        if zipcode is not UNSET:
            field_dict["zipcode"] = zipcode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        address1 = d.pop("address1", UNSET)

        address2 = d.pop("address2", UNSET)

        address3 = d.pop("address3", UNSET)

        city = d.pop("city", UNSET)

        country = d.pop("country", UNSET)

        email = d.pop("email", UNSET)

        firstname = d.pop("firstname", UNSET)

        lastname = d.pop("lastname", UNSET)

        mobilephone = d.pop("mobilephone", UNSET)

        password = d.pop("password", UNSET)

        state = d.pop("state", UNSET)

        title = d.pop("title", UNSET)

        username = d.pop("username", UNSET)

        workphone = d.pop("workphone", UNSET)

        zipcode = d.pop("zipcode", UNSET)

        me_update_body = cls(
            address1=address1,
            address2=address2,
            address3=address3,
            city=city,
            country=country,
            email=email,
            firstname=firstname,
            lastname=lastname,
            mobilephone=mobilephone,
            password=password,
            state=state,
            title=title,
            username=username,
            workphone=workphone,
            zipcode=zipcode,
        )

        return me_update_body
