from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.contacts_request_access_body_type import ContactsRequestAccessBodyType

T = TypeVar("T", bound="ContactsRequestAccessBody")


@_attrs_define
class ContactsRequestAccessBody:
    """Request body of contactsRequestAccess.

    Attributes:
        companyname (str): Company name.
        email (str): E-mail address.
        firstname (str): First name.
        lastname (str): Last name.
        type_ (ContactsRequestAccessBodyType): Type. Default: ContactsRequestAccessBodyType.CLIENT.
    """

    companyname: str
    email: str
    firstname: str
    lastname: str
    type_: ContactsRequestAccessBodyType = ContactsRequestAccessBodyType.CLIENT

    def to_dict(self) -> dict[str, Any]:
        companyname = self.companyname

        email = self.email

        firstname = self.firstname

        lastname = self.lastname

        type_ = self.type_.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "companyname": companyname,
                "email": email,
                "firstname": firstname,
                "lastname": lastname,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        companyname = d.pop("companyname")

        email = d.pop("email")

        firstname = d.pop("firstname")

        lastname = d.pop("lastname")

        type_ = ContactsRequestAccessBodyType(d.pop("type"))

        contacts_request_access_body = cls(
            companyname=companyname,
            email=email,
            firstname=firstname,
            lastname=lastname,
            type_=type_,
        )

        return contacts_request_access_body
