from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.user_invite_role import UserInviteRole
from ..types import UNSET, Unset

T = TypeVar("T", bound="AddUserParameters")


@_attrs_define
class AddUserParameters:
    """Parameters of add_user as a JSON object (the 2026 clients' form).

    Attributes:
        email (str): E-mail address of the person to invite (required).
        first_name (str | Unset): First name.
        last_name (str | Unset): Last name.
        title (str | Unset): Position or job title.
        group (str | Unset): Name of the team to join; without it the owner's own team.
        department (str | Unset): Name of the department within the team.
        role (UserInviteRole | Unset): Role given to an invited member: `user` (a full member), `guest` or `reader`
            (read-only). Without
            it the new member is a `user`. The vendor documents no other values (no owner or administrator roles).
    """

    email: str
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    title: str | Unset = UNSET
    group: str | Unset = UNSET
    department: str | Unset = UNSET
    role: UserInviteRole | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        first_name = self.first_name

        last_name = self.last_name

        title = self.title

        group = self.group

        department = self.department

        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "email": email,
            }
        )
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if title is not UNSET:
            field_dict["title"] = title
        if group is not UNSET:
            field_dict["group"] = group
        if department is not UNSET:
            field_dict["department"] = department
        if role is not UNSET:
            field_dict["role"] = role

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email")

        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        title = d.pop("title", UNSET)

        group = d.pop("group", UNSET)

        department = d.pop("department", UNSET)

        _role = d.pop("role", UNSET)
        role: UserInviteRole | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = UserInviteRole(_role)

        add_user_parameters = cls(
            email=email,
            first_name=first_name,
            last_name=last_name,
            title=title,
            group=group,
            department=department,
            role=role,
        )

        return add_user_parameters
