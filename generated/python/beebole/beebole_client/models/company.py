from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.count_ref import CountRef


T = TypeVar("T", bound="Company")


@_attrs_define
class Company:
    """A company: a customer, or the account's own (corporate) company. Carries `id`, or `xid` instead when the entity was
    created with an external id.

        Attributes:
            name (str): Display name.
            projects (CountRef): A count of related entities, given instead of the entities themselves.
            active (bool):
            id (int | Unset): Numeric id the service gives an entity.
            xid (str | Unset): External id: the caller's own identifier, given when the entity was created. Once set, it can
                stand in for the numeric `id` wherever the entity is referred to.
    """

    name: str
    projects: CountRef
    active: bool
    id: int | Unset = UNSET
    xid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        projects = self.projects.to_dict()

        active = self.active

        id = self.id

        xid = self.xid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "projects": projects,
                "active": active,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if xid is not UNSET:
            field_dict["xid"] = xid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.count_ref import CountRef  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        projects = CountRef.from_dict(d.pop("projects"))

        active = d.pop("active")

        id = d.pop("id", UNSET)

        xid = d.pop("xid", UNSET)

        company = cls(
            name=name,
            projects=projects,
            active=active,
            id=id,
            xid=xid,
        )

        company.additional_properties = d
        return company

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
