from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.user_group import UserGroup
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.person_lookup import PersonLookup


T = TypeVar("T", bound="PersonUpdate")


@_attrs_define
class PersonUpdate:
    """The person (by `id` or `xid`) and its new values; left-out optional fields keep their value.

    Attributes:
        name (str): Display name.
        id (int | Unset): Numeric id the service gives an entity.
        xid (str | Unset): External id: the caller's own identifier, given when the entity was created. Once set, it can
            stand in for the numeric `id` wherever the entity is referred to.
        email (str | Unset):
        invite (bool | Unset):
        user_group (UserGroup | Unset): The person's role: administrator, contractor, employee (the default), project
            manager or team leader.
        leaders (list[PersonLookup] | Unset): Replaces the person's team leaders.
    """

    name: str
    id: int | Unset = UNSET
    xid: str | Unset = UNSET
    email: str | Unset = UNSET
    invite: bool | Unset = UNSET
    user_group: UserGroup | Unset = UNSET
    leaders: list[PersonLookup] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        id = self.id

        xid = self.xid

        email = self.email

        invite = self.invite

        user_group: str | Unset = UNSET
        if not isinstance(self.user_group, Unset):
            user_group = self.user_group.value

        leaders: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.leaders, Unset):
            leaders = []
            for leaders_item_data in self.leaders:
                leaders_item = leaders_item_data.to_dict()
                leaders.append(leaders_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if xid is not UNSET:
            field_dict["xid"] = xid
        if email is not UNSET:
            field_dict["email"] = email
        if invite is not UNSET:
            field_dict["invite"] = invite
        if user_group is not UNSET:
            field_dict["userGroup"] = user_group
        if leaders is not UNSET:
            field_dict["leaders"] = leaders

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.person_lookup import PersonLookup  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        id = d.pop("id", UNSET)

        xid = d.pop("xid", UNSET)

        email = d.pop("email", UNSET)

        invite = d.pop("invite", UNSET)

        _user_group = d.pop("userGroup", UNSET)
        user_group: UserGroup | Unset
        if isinstance(_user_group, Unset):
            user_group = UNSET
        else:
            user_group = UserGroup(_user_group)

        _leaders = d.pop("leaders", UNSET)
        leaders: list[PersonLookup] | Unset = UNSET
        if _leaders is not UNSET:
            leaders = []
            for leaders_item_data in _leaders:
                leaders_item = PersonLookup.from_dict(leaders_item_data)

                leaders.append(leaders_item)

        person_update = cls(
            name=name,
            id=id,
            xid=xid,
            email=email,
            invite=invite,
            user_group=user_group,
            leaders=leaders,
        )

        return person_update
