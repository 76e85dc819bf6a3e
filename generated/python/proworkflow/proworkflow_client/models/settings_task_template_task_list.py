from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.settings_task_template_task import SettingsTaskTemplateTask


T = TypeVar("T", bound="SettingsTaskTemplateTaskList")


@_attrs_define
class SettingsTaskTemplateTaskList:
    """List envelope: the rows sit under `tasks`.

    Attributes:
        count (int): Rows in this answer.
        status (Literal['Success']): Always `Success`.
        tasks (list[SettingsTaskTemplateTask]): The rows; always an array, even for one row.
        totalcount (int | Unset): Rows matching the filters in total (paging ignored).
    """

    count: int
    status: Literal["Success"]
    tasks: list[SettingsTaskTemplateTask]
    totalcount: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        status = self.status

        tasks = []
        for tasks_item_data in self.tasks:
            tasks_item = tasks_item_data.to_dict()
            tasks.append(tasks_item)

        totalcount = self.totalcount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
                "status": status,
                "tasks": tasks,
            }
        )
        if totalcount is not UNSET:
            field_dict["totalcount"] = totalcount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.settings_task_template_task import SettingsTaskTemplateTask  # noqa: PLC0415

        d = dict(src_dict)
        count = d.pop("count")

        status = cast(Literal["Success"], d.pop("status"))
        if status != "Success":
            raise ValueError(f"status must match const 'Success', got '{status}'")

        tasks = []
        _tasks = d.pop("tasks")
        for tasks_item_data in _tasks:
            tasks_item = SettingsTaskTemplateTask.from_dict(tasks_item_data)

            tasks.append(tasks_item)

        totalcount = d.pop("totalcount", UNSET)

        settings_task_template_task_list = cls(
            count=count,
            status=status,
            tasks=tasks,
            totalcount=totalcount,
        )

        settings_task_template_task_list.additional_properties = d
        return settings_task_template_task_list

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
