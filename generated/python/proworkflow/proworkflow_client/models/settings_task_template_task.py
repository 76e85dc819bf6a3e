from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SettingsTaskTemplateTask")


@_attrs_define
class SettingsTaskTemplateTask:
    """One task of a task template: what each task added from the template is given.

    Attributes:
        id (int): Id of the template's task.
        tasktemplateid (int | Unset): The template it belongs to.
        name (str | Unset): Name.
        description (str | Unset): Description.
        priority (int | Unset): Priority, 1 (highest) to 5; 3 (normal) by default.
        timeallocated (int | Unset): Minutes allocated to the task (0 by default).
        billable (bool | Unset): Whether time on the task is billable (true by default).
        taxable (bool | Unset): Whether the task is taxable (true by default).
    """

    id: int
    tasktemplateid: int | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    priority: int | Unset = UNSET
    timeallocated: int | Unset = UNSET
    billable: bool | Unset = UNSET
    taxable: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        tasktemplateid = self.tasktemplateid

        name = self.name

        description = self.description

        priority = self.priority

        timeallocated = self.timeallocated

        billable = self.billable

        taxable = self.taxable

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if tasktemplateid is not UNSET:
            field_dict["tasktemplateid"] = tasktemplateid
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
        id = d.pop("id")

        tasktemplateid = d.pop("tasktemplateid", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        priority = d.pop("priority", UNSET)

        timeallocated = d.pop("timeallocated", UNSET)

        billable = d.pop("billable", UNSET)

        taxable = d.pop("taxable", UNSET)

        settings_task_template_task = cls(
            id=id,
            tasktemplateid=tasktemplateid,
            name=name,
            description=description,
            priority=priority,
            timeallocated=timeallocated,
            billable=billable,
            taxable=taxable,
        )

        settings_task_template_task.additional_properties = d
        return settings_task_template_task

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
