from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_services import UserServices


T = TypeVar("T", bound="Contact")


@_attrs_define
class Contact:
    """One contact: a person outside the account's membership, kept for reference; contacts cannot sign
    in. Recorded answers always carry `id`, the names, `title` and `group`; the e-mail, phones and
    addresses only when filled in (a recorded contact has a phone and no e-mail).

        Attributes:
            id (str): Identifier of the contact, a string of digits.
            first_name (str): First name (may be empty).
            last_name (str): Last name (may be empty).
            name (str): First and last name as shown in the account.
            title (str): Position or job title; empty when not set.
            group (str): Name of the contact folder; contacts filed nowhere are in the preset folder `DEFAULT`.
            url (str | Unset): Web address entered in the profile (documented; not in any recording).
            services (UserServices | Unset): Messenger and social-network links of a person, as two maps of service name to
                link.
            contacts (str | Unset): Free text of the profile's "other contacts" field; left out when empty.
            date_added (str | Unset): A date and time to the minute, `YYYY-MM-DD HH:MM`, in the account's time zone
                (presumed).
            data_added (str | Unset): A date and time to the minute, `YYYY-MM-DD HH:MM`, in the account's time zone
                (presumed).
            email (str | Unset): The contact's e-mail address; absent when the contact has none (recorded).
            phone (str | Unset): Main phone number; only when set.
            phone2 (str | Unset): Office phone number; only when set.
            phone3 (str | Unset): Mobile phone number; only when set.
            phone4 (str | Unset): Home phone number; only when set.
            address (str | Unset): Address; only when set.
            address2 (str | Unset): Second address; only when set.
    """

    id: str
    first_name: str
    last_name: str
    name: str
    title: str
    group: str
    url: str | Unset = UNSET
    services: UserServices | Unset = UNSET
    contacts: str | Unset = UNSET
    date_added: str | Unset = UNSET
    data_added: str | Unset = UNSET
    email: str | Unset = UNSET
    phone: str | Unset = UNSET
    phone2: str | Unset = UNSET
    phone3: str | Unset = UNSET
    phone4: str | Unset = UNSET
    address: str | Unset = UNSET
    address2: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        first_name = self.first_name

        last_name = self.last_name

        name = self.name

        title = self.title

        group = self.group

        url = self.url

        services: dict[str, Any] | Unset = UNSET
        if not isinstance(self.services, Unset):
            services = self.services.to_dict()

        contacts = self.contacts

        date_added = self.date_added

        data_added = self.data_added

        email = self.email

        phone = self.phone

        phone2 = self.phone2

        phone3 = self.phone3

        phone4 = self.phone4

        address = self.address

        address2 = self.address2

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "first_name": first_name,
                "last_name": last_name,
                "name": name,
                "title": title,
                "group": group,
            }
        )
        if url is not UNSET:
            field_dict["url"] = url
        if services is not UNSET:
            field_dict["services"] = services
        if contacts is not UNSET:
            field_dict["contacts"] = contacts
        if date_added is not UNSET:
            field_dict["date_added"] = date_added
        if data_added is not UNSET:
            field_dict["data_added"] = data_added
        if email is not UNSET:
            field_dict["email"] = email
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
        from ..models.user_services import UserServices  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        first_name = d.pop("first_name")

        last_name = d.pop("last_name")

        name = d.pop("name")

        title = d.pop("title")

        group = d.pop("group")

        url = d.pop("url", UNSET)

        _services = d.pop("services", UNSET)
        services: UserServices | Unset
        if isinstance(_services, Unset):
            services = UNSET
        else:
            services = UserServices.from_dict(_services)

        contacts = d.pop("contacts", UNSET)

        date_added = d.pop("date_added", UNSET)

        data_added = d.pop("data_added", UNSET)

        email = d.pop("email", UNSET)

        phone = d.pop("phone", UNSET)

        phone2 = d.pop("phone2", UNSET)

        phone3 = d.pop("phone3", UNSET)

        phone4 = d.pop("phone4", UNSET)

        address = d.pop("address", UNSET)

        address2 = d.pop("address2", UNSET)

        contact = cls(
            id=id,
            first_name=first_name,
            last_name=last_name,
            name=name,
            title=title,
            group=group,
            url=url,
            services=services,
            contacts=contacts,
            date_added=date_added,
            data_added=data_added,
            email=email,
            phone=phone,
            phone2=phone2,
            phone3=phone3,
            phone4=phone4,
            address=address,
            address2=address2,
        )

        contact.additional_properties = d
        return contact

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
