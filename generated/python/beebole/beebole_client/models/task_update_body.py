from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.task_update import TaskUpdate


T = TypeVar("T", bound="TaskUpdateBody")


@_attrs_define
class TaskUpdateBody:
    """
    Attributes:
        service (Literal['task.update']): Names the service called. Default: 'task.update'.
        task (TaskUpdate): The task (by `id` or `xid`) and its new name.
    """

    task: TaskUpdate
    service: Literal["task.update"] = "task.update"

    def to_dict(self) -> dict[str, Any]:
        service = self.service

        task = self.task.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "service": service,
                "task": task,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.task_update import TaskUpdate  # noqa: PLC0415

        d = dict(src_dict)
        service = cast(Literal["task.update"], d.pop("service"))
        if service != "task.update":
            raise ValueError(f"service must match const 'task.update', got '{service}'")

        task = TaskUpdate.from_dict(d.pop("task"))

        task_update_body = cls(
            service=service,
            task=task,
        )

        return task_update_body
