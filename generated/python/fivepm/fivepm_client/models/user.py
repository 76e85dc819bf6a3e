from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.security_level import SecurityLevel
from ..types import UNSET, Unset

T = TypeVar("T", bound="User")


@_attrs_define
class User:
    """A user account of the 5pm account (staff, external user or client). The password is never returned.

    Attributes:
        id (str): Identifier of the user. The vendor types object ids as strings of digits, while every argument that
            takes such an id is an integer.
        title (str | Unset): Job title.
        email (str | Unset): E-mail address; also the login name.
        password (str | Unset): Password. Only sent by the client on add/update; never present in output.
        first_name (str | Unset): Given name.
        last_name (str | Unset): Family name.
        address (str | Unset): Postal address.
        work_phone (str | Unset): Office phone number.
        cell_phone (str | Unset): Mobile phone number.
        company (str | Unset): Company the user works for.
        security_level (SecurityLevel | Unset): Role of a user account: "0" administrator, "100" regular user, "150"
            external user, "200" client. The vendor types this field as a string although the values are numbers; whether
            JSON output carries a string or a number is an open question.
        comment (str | Unset): Free-text notes about the user.
        can_view_profiles (bool | Unset): Whether the user may open other users' profiles.
        avatar (str | Unset): Reference to the user's picture (URL or file name; the format is not documented). Empty
            when none is set.
    """

    id: str
    title: str | Unset = UNSET
    email: str | Unset = UNSET
    password: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    address: str | Unset = UNSET
    work_phone: str | Unset = UNSET
    cell_phone: str | Unset = UNSET
    company: str | Unset = UNSET
    security_level: SecurityLevel | Unset = UNSET
    comment: str | Unset = UNSET
    can_view_profiles: bool | Unset = UNSET
    avatar: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        email = self.email

        password = self.password

        first_name = self.first_name

        last_name = self.last_name

        address = self.address

        work_phone = self.work_phone

        cell_phone = self.cell_phone

        company = self.company

        security_level: str | Unset = UNSET
        if not isinstance(self.security_level, Unset):
            security_level = self.security_level.value

        comment = self.comment

        can_view_profiles = self.can_view_profiles

        avatar = self.avatar

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if email is not UNSET:
            field_dict["email"] = email
        if password is not UNSET:
            field_dict["password"] = password
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if address is not UNSET:
            field_dict["address"] = address
        if work_phone is not UNSET:
            field_dict["workPhone"] = work_phone
        if cell_phone is not UNSET:
            field_dict["cellPhone"] = cell_phone
        if company is not UNSET:
            field_dict["company"] = company
        if security_level is not UNSET:
            field_dict["securityLevel"] = security_level
        if comment is not UNSET:
            field_dict["comment"] = comment
        if can_view_profiles is not UNSET:
            field_dict["canViewProfiles"] = can_view_profiles
        if avatar is not UNSET:
            field_dict["avatar"] = avatar

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        title = d.pop("title", UNSET)

        email = d.pop("email", UNSET)

        password = d.pop("password", UNSET)

        first_name = d.pop("firstName", UNSET)

        last_name = d.pop("lastName", UNSET)

        address = d.pop("address", UNSET)

        work_phone = d.pop("workPhone", UNSET)

        cell_phone = d.pop("cellPhone", UNSET)

        company = d.pop("company", UNSET)

        _security_level = d.pop("securityLevel", UNSET)
        security_level: SecurityLevel | Unset
        if isinstance(_security_level, Unset):
            security_level = UNSET
        else:
            security_level = SecurityLevel(_security_level)

        comment = d.pop("comment", UNSET)

        can_view_profiles = d.pop("canViewProfiles", UNSET)

        avatar = d.pop("avatar", UNSET)

        user = cls(
            id=id,
            title=title,
            email=email,
            password=password,
            first_name=first_name,
            last_name=last_name,
            address=address,
            work_phone=work_phone,
            cell_phone=cell_phone,
            company=company,
            security_level=security_level,
            comment=comment,
            can_view_profiles=can_view_profiles,
            avatar=avatar,
        )

        user.additional_properties = d
        return user

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
