from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.new_task import NewTask


T = TypeVar("T", bound="TaskCreateBody")


@_attrs_define
class TaskCreateBody:
    """
    Attributes:
        service (Literal['task.create']): Names the service called. Default: 'task.create'.
        task (NewTask): A general task to create for a company.
    """

    task: NewTask
    service: Literal["task.create"] = "task.create"

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
        from ..models.new_task import NewTask  # noqa: PLC0415

        d = dict(src_dict)
        service = cast(Literal["task.create"], d.pop("service"))
        if service != "task.create":
            raise ValueError(f"service must match const 'task.create', got '{service}'")

        task = NewTask.from_dict(d.pop("task"))

        task_create_body = cls(
            service=service,
            task=task,
        )

        return task_create_body
