from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cost_task_assignee_marker_email import CostTaskAssigneeMarkerEmail

T = TypeVar("T", bound="CostTaskAssigneeMarker")


@_attrs_define
class CostTaskAssigneeMarker:
    """What a task's `user_to` holds when the task is not assigned to one person: `ANY` (anyone may
    take it; recorded as id "2", name "Anyone") or `NOONE` (nobody; presumed to look like the project's
    "no manager" marker, id "0"). The name is in the account's language.

        Attributes:
            id (str): "2" for anyone (recorded); "0" presumed for nobody.
            email (CostTaskAssigneeMarkerEmail): `ANY` or `NOONE` instead of an address.
            name (str): A label such as "Anyone".
    """

    id: str
    email: CostTaskAssigneeMarkerEmail
    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        email = self.email.value

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "email": email,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        email = CostTaskAssigneeMarkerEmail(d.pop("email"))

        name = d.pop("name")

        cost_task_assignee_marker = cls(
            id=id,
            email=email,
            name=name,
        )

        cost_task_assignee_marker.additional_properties = d
        return cost_task_assignee_marker

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
