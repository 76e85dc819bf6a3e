from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.task_tag_access import TaskTagAccess
from ..models.task_tag_group_type import TaskTagGroupType

T = TypeVar("T", bound="AddTaskTagGroupsParameters")


@_attrs_define
class AddTaskTagGroupsParameters:
    """Parameters of add_task_tag_groups as a JSON object (the 2026 clients' form).

    Attributes:
        type_ (TaskTagGroupType): `status` (a task carries at most one status of the group) or `label` (any number).
        access (TaskTagAccess): `public` (visible to every team, client teams included) or `private` (the company's own
            teams only).
        title (str): Comma-separated names of the groups to create.
    """

    type_: TaskTagGroupType
    access: TaskTagAccess
    title: str

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        access = self.access.value

        title = self.title

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "access": access,
                "title": title,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = TaskTagGroupType(d.pop("type"))

        access = TaskTagAccess(d.pop("access"))

        title = d.pop("title")

        add_task_tag_groups_parameters = cls(
            type_=type_,
            access=access,
            title=title,
        )

        return add_task_tag_groups_parameters
