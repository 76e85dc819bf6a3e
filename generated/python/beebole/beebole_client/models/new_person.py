from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.user_group import UserGroup
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.id_ref import IdRef
    from ..models.person_lookup import PersonLookup
    from ..models.xid_ref import XidRef


T = TypeVar("T", bound="NewPerson")


@_attrs_define
class NewPerson:
    """A person to create, in a company.

    Attributes:
        name (str): Display name.
        company (IdRef | XidRef): A reference to another entity: `{"id": n}`, or `{"xid": "..."}` for an entity created
            with an external id. Exactly one of the two.
        xid (str | Unset): External id: the caller's own identifier, given when the entity was created. Once set, it can
            stand in for the numeric `id` wherever the entity is referred to.
        email (str | Unset): Gives the person a login with this user name.
        invite (bool | Unset): Send the person an invitation e-mail; needs `email`.
        user_group (UserGroup | Unset): The person's role: administrator, contractor, employee (the default), project
            manager or team leader.
        leaders (list[PersonLookup] | Unset): The person's team leaders, existing people.
    """

    name: str
    company: IdRef | XidRef
    xid: str | Unset = UNSET
    email: str | Unset = UNSET
    invite: bool | Unset = UNSET
    user_group: UserGroup | Unset = UNSET
    leaders: list[PersonLookup] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.id_ref import IdRef  # noqa: PLC0415

        name = self.name

        company: dict[str, Any]
        if isinstance(self.company, IdRef):
            company = self.company.to_dict()
        else:
            company = self.company.to_dict()

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
                "company": company,
            }
        )
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
        from ..models.id_ref import IdRef  # noqa: PLC0415
        from ..models.person_lookup import PersonLookup  # noqa: PLC0415
        from ..models.xid_ref import XidRef  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        def _parse_company(data: object) -> IdRef | XidRef:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_ref_type_0 = IdRef.from_dict(data)

                return componentsschemas_ref_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_ref_type_1 = XidRef.from_dict(data)

            return componentsschemas_ref_type_1

        company = _parse_company(d.pop("company"))

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

        new_person = cls(
            name=name,
            company=company,
            xid=xid,
            email=email,
            invite=invite,
            user_group=user_group,
            leaders=leaders,
        )

        return new_person
