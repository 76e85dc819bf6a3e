from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_services import UserServices


T = TypeVar("T", bound="User")


@_attrs_define
class User:
    """One member (user) of the account. The recorded answers always carry `id`, the names, `title`,
    `rate`, `avatar`, `group`, `department`, `role` and `email`; phones and addresses only when
    filled in. `url`, `services`, `contacts` and `date_added` are documented by the vendor's current
    page but absent from the January 2024 recordings.

        Attributes:
            id (str): Identifier of the user, a string of digits.
            first_name (str): First name (may be empty).
            last_name (str): Last name (may be empty).
            name (str): First and last name as shown in the account.
            title (str): Position or job title; empty when not set.
            rate (float): Hourly rate in the account's currency (a JSON number). Always sent; a member invited without a
                rate has the account's default one (add_user answered `rate` 11 to a call that named none).
            avatar (str): Absolute URL of the avatar image (a stock picture when none was uploaded).
            group (str): Name of the member's team (user group).
            department (str): Department within the team; empty when none.
            role (str): A member's role: owner, account admin, team admin, department admin, user, guest or reader. The
                vendor's pages write them in lower case (`owner`, `account admin` ...); the recorded answers of the
                service capitalise the first letter (`Owner`, `Account admin`, `User`). Both spellings are accepted
                (a pattern rather than an enum, so that generated clients need no two constants for one role); the
                mock answers the capitalised form, as recorded.
            email (str): The member's e-mail address, which is also their login.
            url (str | Unset): Web address entered in the profile (documented; not in any recording).
            services (UserServices | Unset): Messenger and social-network links of a person, as two maps of service name to
                link.
            contacts (str | Unset): Free text of the profile's "other contacts" field; left out when empty.
            date_added (str | Unset): A date and time to the minute, `YYYY-MM-DD HH:MM`, in the account's time zone
                (presumed).
            data_added (str | Unset): A date and time to the minute, `YYYY-MM-DD HH:MM`, in the account's time zone
                (presumed).
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
    rate: float
    avatar: str
    group: str
    department: str
    role: str
    email: str
    url: str | Unset = UNSET
    services: UserServices | Unset = UNSET
    contacts: str | Unset = UNSET
    date_added: str | Unset = UNSET
    data_added: str | Unset = UNSET
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

        rate = self.rate

        avatar = self.avatar

        group = self.group

        department = self.department

        role = self.role

        email = self.email

        url = self.url

        services: dict[str, Any] | Unset = UNSET
        if not isinstance(self.services, Unset):
            services = self.services.to_dict()

        contacts = self.contacts

        date_added = self.date_added

        data_added = self.data_added

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
                "rate": rate,
                "avatar": avatar,
                "group": group,
                "department": department,
                "role": role,
                "email": email,
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

        rate = d.pop("rate")

        avatar = d.pop("avatar")

        group = d.pop("group")

        department = d.pop("department")

        role = d.pop("role")

        email = d.pop("email")

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

        phone = d.pop("phone", UNSET)

        phone2 = d.pop("phone2", UNSET)

        phone3 = d.pop("phone3", UNSET)

        phone4 = d.pop("phone4", UNSET)

        address = d.pop("address", UNSET)

        address2 = d.pop("address2", UNSET)

        user = cls(
            id=id,
            first_name=first_name,
            last_name=last_name,
            name=name,
            title=title,
            rate=rate,
            avatar=avatar,
            group=group,
            department=department,
            role=role,
            email=email,
            url=url,
            services=services,
            contacts=contacts,
            date_added=date_added,
            data_added=data_added,
            phone=phone,
            phone2=phone2,
            phone3=phone3,
            phone4=phone4,
            address=address,
            address2=address2,
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
