from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SettingsTaskTemplateTasksUpdateBody")


@_attrs_define
class SettingsTaskTemplateTasksUpdateBody:
    """Request body of settingsTaskTemplateTasksUpdate: only the properties sent change.

    Attributes:
        name (str | Unset): Name the task is given.
        description (str | Unset): Description the task is given.
        priority (int | Unset): Priority, 1 (highest) to 5; 3 (normal) by default.
        timeallocated (int | Unset): Minutes allocated to the task (0 by default).
        billable (bool | Unset): Whether time on the task is billable (true by default).
        taxable (bool | Unset): Whether the task is taxable (true by default).
    """

    name: str | Unset = UNSET
    description: str | Unset = UNSET
    priority: int | Unset = UNSET
    timeallocated: int | Unset = UNSET
    billable: bool | Unset = UNSET
    taxable: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        priority = self.priority

        timeallocated = self.timeallocated

        billable = self.billable

        taxable = self.taxable

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if priority is not UNSET:
            field_dict["priority"] = priority
        if timeallocated is not UNSET:
            field_dict["timeallocated"] = timeallocated
        if billable is not UNSET:
            field_dict["billable"] = billable
        if taxable is not UNSET:
            field_dict["taxable"] = taxable

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        priority = d.pop("priority", UNSET)

        timeallocated = d.pop("timeallocated", UNSET)

        billable = d.pop("billable", UNSET)

        taxable = d.pop("taxable", UNSET)

        settings_task_template_tasks_update_body = cls(
            name=name,
            description=description,
            priority=priority,
            timeallocated=timeallocated,
            billable=billable,
            taxable=taxable,
        )

        return settings_task_template_tasks_update_body
