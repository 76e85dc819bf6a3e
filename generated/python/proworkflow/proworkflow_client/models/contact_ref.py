from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactRef")


@_attrs_define
class ContactRef:
    """A contact embedded in another item.

    Attributes:
        id (int): Contact id.
        name (str | Unset): Full name.
        firstname (str | Unset): First name.
        lastname (str | Unset): Last name.
        type_ (str | Unset): Contact type.
        email (str | Unset): E-mail address (with contactdetails=true).
        phone (str | Unset): Phone (with contactdetails=true).
        image (str | Unset): Image URL (with contactdetails=true).
    """

    id: int
    name: str | Unset = UNSET
    firstname: str | Unset = UNSET
    lastname: str | Unset = UNSET
    type_: str | Unset = UNSET
    email: str | Unset = UNSET
    phone: str | Unset = UNSET
    image: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        firstname = self.firstname

        lastname = self.lastname

        type_ = self.type_

        email = self.email

        phone = self.phone

        image = self.image

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if firstname is not UNSET:
            field_dict["firstname"] = firstname
        if lastname is not UNSET:
            field_dict["lastname"] = lastname
        if type_ is not UNSET:
            field_dict["type"] = type_
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone
        if image is not UNSET:
            field_dict["image"] = image

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", UNSET)

        firstname = d.pop("firstname", UNSET)

        lastname = d.pop("lastname", UNSET)

        type_ = d.pop("type", UNSET)

        email = d.pop("email", UNSET)

        phone = d.pop("phone", UNSET)

        image = d.pop("image", UNSET)

        contact_ref = cls(
            id=id,
            name=name,
            firstname=firstname,
            lastname=lastname,
            type_=type_,
            email=email,
            phone=phone,
            image=image,
        )

        contact_ref.additional_properties = d
        return contact_ref

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
