from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.task_status import TaskStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskShortEntry")


@_attrs_define
class TaskShortEntry:
    """A subtask as get_task lists it under `child`, its own subtasks nested the same way.

    Attributes:
        id (str): Id of the subtask.
        name (str): Name of the subtask.
        page (str): Link of a task inside the account: `/project/<project id>/<task id>/` for a task and
            `/project/<project id>/<parent id>/<subtask id>/` for a subtask. A sub-subtask is linked under its
            top-level task as well (`/project/<project id>/<top-level task id>/<sub-subtask id>/`), as recorded.
        status (TaskStatus): `active` (open) or `done` (completed).
        priority (str): A priority as the service returns it, `"0"` to `"10"`.
        child (list[TaskShortEntry] | Unset): Its own subtasks, when there are any.
    """

    id: str
    name: str
    page: str
    status: TaskStatus
    priority: str
    child: list[TaskShortEntry] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        page = self.page

        status = self.status.value

        priority = self.priority

        child: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.child, Unset):
            child = []
            for child_item_data in self.child:
                child_item = child_item_data.to_dict()
                child.append(child_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "name": name,
                "page": page,
                "status": status,
                "priority": priority,
            }
        )
        if child is not UNSET:
            field_dict["child"] = child

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        page = d.pop("page")

        status = TaskStatus(d.pop("status"))

        priority = d.pop("priority")

        _child = d.pop("child", UNSET)
        child: list[TaskShortEntry] | Unset = UNSET
        if _child is not UNSET:
            child = []
            for child_item_data in _child:
                child_item = TaskShortEntry.from_dict(child_item_data)

                child.append(child_item)

        task_short_entry = cls(
            id=id,
            name=name,
            page=page,
            status=status,
            priority=priority,
            child=child,
        )

        return task_short_entry
