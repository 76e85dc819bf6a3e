from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="AddContactParameters")


@_attrs_define
class AddContactParameters:
    """Parameters of add_contact as a JSON object (the 2026 clients' form).

    Attributes:
        email (str): The contact's e-mail address, one address (required).
        name (str): First and last name, separated by a space (required).
        title (str | Unset): Position.
        group (str | Unset): Name of the contact folder; without it presumably `DEFAULT`.
        phone (str | Unset): Main phone number.
        phone2 (str | Unset): Office phone number.
        phone3 (str | Unset): Mobile phone number.
        phone4 (str | Unset): Home phone number.
        address (str | Unset): Address.
        address2 (str | Unset): Second address.
    """

    email: str
    name: str
    title: str | Unset = UNSET
    group: str | Unset = UNSET
    phone: str | Unset = UNSET
    phone2: str | Unset = UNSET
    phone3: str | Unset = UNSET
    phone4: str | Unset = UNSET
    address: str | Unset = UNSET
    address2: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        name = self.name

        title = self.title

        group = self.group

        phone = self.phone

        phone2 = self.phone2

        phone3 = self.phone3

        phone4 = self.phone4

        address = self.address

        address2 = self.address2

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "email": email,
                "name": name,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if group is not UNSET:
            field_dict["group"] = group
        if phone is not UNSET:
            field_dict["phone"] = phone
        if phone2 is not UNSET:
            field_dict["phone2"] = phone2
        if phone3 is not UNSET:
            field_dict["phone3"] = phone3
        if phone4 is not UNSET:
            field_dict["phone4"] = phone4
        if address is not UNSET:
            field_dict["address"] = address
        if address2 is not UNSET:
            field_dict["address2"] = address2

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email")

        name = d.pop("name")

        title = d.pop("title", UNSET)

        group = d.pop("group", UNSET)

        phone = d.pop("phone", UNSET)

        phone2 = d.pop("phone2", UNSET)

        phone3 = d.pop("phone3", UNSET)

        phone4 = d.pop("phone4", UNSET)

        address = d.pop("address", UNSET)

        address2 = d.pop("address2", UNSET)

        add_contact_parameters = cls(
            email=email,
            name=name,
            title=title,
            group=group,
            phone=phone,
            phone2=phone2,
            phone3=phone3,
            phone4=phone4,
            address=address,
            address2=address2,
        )

        return add_contact_parameters
