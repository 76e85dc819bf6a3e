from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_status import TaskStatus

T = TypeVar("T", bound="TaskSummary")


@_attrs_define
class TaskSummary:
    """The short form of a task, as a parent or as the other end of a dependency.

    Attributes:
        id (str): Id of the task.
        name (str): Name of the task.
        page (str): Link of a task inside the account: `/project/<project id>/<task id>/` for a task and
            `/project/<project id>/<parent id>/<subtask id>/` for a subtask. A sub-subtask is linked under its
            top-level task as well (`/project/<project id>/<top-level task id>/<sub-subtask id>/`), as recorded.
        status (TaskStatus): `active` (open) or `done` (completed).
        priority (str): A priority as the service returns it, `"0"` to `"10"`.
    """

    id: str
    name: str
    page: str
    status: TaskStatus
    priority: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        page = self.page

        status = self.status.value

        priority = self.priority

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "page": page,
                "status": status,
                "priority": priority,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        page = d.pop("page")

        status = TaskStatus(d.pop("status"))

        priority = d.pop("priority")

        task_summary = cls(
            id=id,
            name=name,
            page=page,
            status=status,
            priority=priority,
        )

        task_summary.additional_properties = d
        return task_summary

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
