from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_relation_type import TaskRelationType

if TYPE_CHECKING:
    from ..models.task_summary import TaskSummary


T = TypeVar("T", bound="TaskRelation")


@_attrs_define
class TaskRelation:
    """One dependency between two tasks.

    Attributes:
        type_ (TaskRelationType): `finish-to-start` (one ends, the other starts) or `start-to-start` (both start
            together).
        task (TaskSummary): The short form of a task, as a parent or as the other end of a dependency.
    """

    type_: TaskRelationType
    task: TaskSummary
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        task = self.task.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "task": task,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.task_summary import TaskSummary  # noqa: PLC0415

        d = dict(src_dict)
        type_ = TaskRelationType(d.pop("type"))

        task = TaskSummary.from_dict(d.pop("task"))

        task_relation = cls(
            type_=type_,
            task=task,
        )

        task_relation.additional_properties = d
        return task_relation

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
