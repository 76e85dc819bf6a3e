from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ProjectAccess")


@_attrs_define
class ProjectAccess:
    """Whether one contact can access one project.

    Attributes:
        projectid (int): Project id.
        contactid (int): Contact id.
        access (bool): Whether the contact can open the project.
    """

    projectid: int
    contactid: int
    access: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        projectid = self.projectid

        contactid = self.contactid

        access = self.access

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "projectid": projectid,
                "contactid": contactid,
                "access": access,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        projectid = d.pop("projectid")

        contactid = d.pop("contactid")

        access = d.pop("access")

        project_access = cls(
            projectid=projectid,
            contactid=contactid,
            access=access,
        )

        project_access.additional_properties = d
        return project_access

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
