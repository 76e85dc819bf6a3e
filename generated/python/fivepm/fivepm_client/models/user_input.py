from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.security_level import SecurityLevel
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserInput")


@_attrs_define
class UserInput:
    """Fields for creating a user. `firstName`, `email`, `password` and `securityLevel` are required. Sent as bracket
    arguments (`user[field]=value`). Only writable fields are accepted; fields the server fills (ids of owners,
    timestamps, names of related objects) are not part of it. How teams and `notifyUsers` lists are set through the API
    is not documented, so they are left out.

        Attributes:
            first_name (str): Given name.
            email (str): E-mail address; becomes the login name.
            password (str): Password for signing in.
            security_level (SecurityLevel): Role of a user account: "0" administrator, "100" regular user, "150" external
                user, "200" client. The vendor types this field as a string although the values are numbers; whether JSON output
                carries a string or a number is an open question.
            last_name (str | Unset): Family name.
            title (str | Unset): Job title.
            address (str | Unset): Postal address.
            work_phone (str | Unset): Office phone number.
            cell_phone (str | Unset): Mobile phone number.
            company (str | Unset): Company the user works for.
            comment (str | Unset): Free-text notes about the user.
            can_view_profiles (bool | Unset): Allow the user to open other users' profiles.
    """

    first_name: str
    email: str
    password: str
    security_level: SecurityLevel
    last_name: str | Unset = UNSET
    title: str | Unset = UNSET
    address: str | Unset = UNSET
    work_phone: str | Unset = UNSET
    cell_phone: str | Unset = UNSET
    company: str | Unset = UNSET
    comment: str | Unset = UNSET
    can_view_profiles: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        first_name = self.first_name

        email = self.email

        password = self.password

        security_level = self.security_level.value

        last_name = self.last_name

        title = self.title

        address = self.address

        work_phone = self.work_phone

        cell_phone = self.cell_phone

        company = self.company

        comment = self.comment

        can_view_profiles = self.can_view_profiles

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "firstName": first_name,
                "email": email,
                "password": password,
                "securityLevel": security_level,
            }
        )
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if title is not UNSET:
            field_dict["title"] = title
        if address is not UNSET:
            field_dict["address"] = address
        if work_phone is not UNSET:
            field_dict["workPhone"] = work_phone
        if cell_phone is not UNSET:
            field_dict["cellPhone"] = cell_phone
        if company is not UNSET:
            field_dict["company"] = company
        if comment is not UNSET:
            field_dict["comment"] = comment
        if can_view_profiles is not UNSET:
            field_dict["canViewProfiles"] = can_view_profiles

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        first_name = d.pop("firstName")

        email = d.pop("email")

        password = d.pop("password")

        security_level = SecurityLevel(d.pop("securityLevel"))

        last_name = d.pop("lastName", UNSET)

        title = d.pop("title", UNSET)

        address = d.pop("address", UNSET)

        work_phone = d.pop("workPhone", UNSET)

        cell_phone = d.pop("cellPhone", UNSET)

        company = d.pop("company", UNSET)

        comment = d.pop("comment", UNSET)

        can_view_profiles = d.pop("canViewProfiles", UNSET)

        user_input = cls(
            first_name=first_name,
            email=email,
            password=password,
            security_level=security_level,
            last_name=last_name,
            title=title,
            address=address,
            work_phone=work_phone,
            cell_phone=cell_phone,
            company=company,
            comment=comment,
            can_view_profiles=can_view_profiles,
        )

        return user_input
