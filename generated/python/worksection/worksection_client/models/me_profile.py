from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MeProfile")


@_attrs_define
class MeProfile:
    """A member's profile, as `me` gives it. Phones and addresses come only when filled in.

    Vendor-doc correction: the documentation's field list names `phone4` but its sample lacks it and
    shows a `rate` the list does not name; the recorded answer has `phone4` and no `rate`. Both are
    described here as optional.

        Attributes:
            id (str): Id of the user, a string of digits.
            name (str): First and last name.
            role (str): The user's role: owner, account admin, team admin, department admin, user, guest or reader.

                Vendor-doc correction: the documentation lists the roles in lower case; the recorded answer
                reads `Owner`, capitalised. Both spellings are accepted here.
            email (str): E-mail address (the login).
            first_name (str | Unset): First name.
            last_name (str | Unset): Last name.
            title (str | Unset): Position.
            rate (float | str | Unset): The user's rate, shown only in the documentation's sample (type not stated there).
            avatar (str | Unset): Address of the user's avatar image.
            group (str | Unset): Team name.
            department (str | Unset): Department name.
            phone (str | Unset): Main phone number, if set.
            phone2 (str | Unset): Office phone number, if set.
            phone3 (str | Unset): Mobile phone number, if set.
            phone4 (str | Unset): Home phone number, if set.
            address (str | Unset): Address, if set.
            address2 (str | Unset): Additional address, if set.
    """

    id: str
    name: str
    role: str
    email: str
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    title: str | Unset = UNSET
    rate: float | str | Unset = UNSET
    avatar: str | Unset = UNSET
    group: str | Unset = UNSET
    department: str | Unset = UNSET
    phone: str | Unset = UNSET
    phone2: str | Unset = UNSET
    phone3: str | Unset = UNSET
    phone4: str | Unset = UNSET
    address: str | Unset = UNSET
    address2: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        role = self.role

        email = self.email

        first_name = self.first_name

        last_name = self.last_name

        title = self.title

        rate: float | str | Unset
        if isinstance(self.rate, Unset):
            rate = UNSET
        else:
            rate = self.rate

        avatar = self.avatar

        group = self.group

        department = self.department

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
                "name": name,
                "role": role,
                "email": email,
            }
        )
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if title is not UNSET:
            field_dict["title"] = title
        if rate is not UNSET:
            field_dict["rate"] = rate
        if avatar is not UNSET:
            field_dict["avatar"] = avatar
        if group is not UNSET:
            field_dict["group"] = group
        if department is not UNSET:
            field_dict["department"] = department
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
        id = d.pop("id")

        name = d.pop("name")

        role = d.pop("role")

        email = d.pop("email")

        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        title = d.pop("title", UNSET)

        def _parse_rate(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        rate = _parse_rate(d.pop("rate", UNSET))

        avatar = d.pop("avatar", UNSET)

        group = d.pop("group", UNSET)

        department = d.pop("department", UNSET)

        phone = d.pop("phone", UNSET)

        phone2 = d.pop("phone2", UNSET)

        phone3 = d.pop("phone3", UNSET)

        phone4 = d.pop("phone4", UNSET)

        address = d.pop("address", UNSET)

        address2 = d.pop("address2", UNSET)

        me_profile = cls(
            id=id,
            name=name,
            role=role,
            email=email,
            first_name=first_name,
            last_name=last_name,
            title=title,
            rate=rate,
            avatar=avatar,
            group=group,
            department=department,
            phone=phone,
            phone2=phone2,
            phone3=phone3,
            phone4=phone4,
            address=address,
            address2=address2,
        )

        me_profile.additional_properties = d
        return me_profile

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
