from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_group import UserGroup
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.count_ref import CountRef
    from ..models.id_ref import IdRef
    from ..models.xid_ref import XidRef


T = TypeVar("T", bound="Person")


@_attrs_define
class Person:
    """A person (employee, contractor...) of a company. Carries `id`, or `xid` instead when the entity was created with an
    external id.

        Attributes:
            name (str): Display name.
            company (IdRef | XidRef): A reference to another entity: `{"id": n}`, or `{"xid": "..."}` for an entity created
                with an external id. Exactly one of the two.
            active (bool):
            user_group (UserGroup): The person's role: administrator, contractor, employee (the default), project manager or
                team leader.
            leaders (CountRef): A count of related entities, given instead of the entities themselves.
            id (int | Unset): Numeric id the service gives an entity.
            xid (str | Unset): External id: the caller's own identifier, given when the entity was created. Once set, it can
                stand in for the numeric `id` wherever the entity is referred to.
            email (str | Unset): User name of the person's login; absent without one.
    """

    name: str
    company: IdRef | XidRef
    active: bool
    user_group: UserGroup
    leaders: CountRef
    id: int | Unset = UNSET
    xid: str | Unset = UNSET
    email: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.id_ref import IdRef  # noqa: PLC0415

        name = self.name

        company: dict[str, Any]
        if isinstance(self.company, IdRef):
            company = self.company.to_dict()
        else:
            company = self.company.to_dict()

        active = self.active

        user_group = self.user_group.value

        leaders = self.leaders.to_dict()

        id = self.id

        xid = self.xid

        email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "company": company,
                "active": active,
                "userGroup": user_group,
                "leaders": leaders,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if xid is not UNSET:
            field_dict["xid"] = xid
        if email is not UNSET:
            field_dict["email"] = email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.count_ref import CountRef  # noqa: PLC0415
        from ..models.id_ref import IdRef  # noqa: PLC0415
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

        active = d.pop("active")

        user_group = UserGroup(d.pop("userGroup"))

        leaders = CountRef.from_dict(d.pop("leaders"))

        id = d.pop("id", UNSET)

        xid = d.pop("xid", UNSET)

        email = d.pop("email", UNSET)

        person = cls(
            name=name,
            company=company,
            active=active,
            user_group=user_group,
            leaders=leaders,
            id=id,
            xid=xid,
            email=email,
        )

        person.additional_properties = d
        return person

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
