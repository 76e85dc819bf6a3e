from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SettingsTaskTemplateTasksCreateBody")


@_attrs_define
class SettingsTaskTemplateTasksCreateBody:
    """Request body of settingsTaskTemplateTasksCreate.

    Attributes:
        name (str): Name the task is given.
        description (None | str | Unset): Description the task is given.
        priority (int | None | Unset): Priority, 1 (highest) to 5; 3 (normal) by default.
        timeallocated (int | None | Unset): Minutes allocated to the task (0 by default).
        billable (bool | None | Unset): Whether time on the task is billable (true by default).
        taxable (bool | None | Unset): Whether the task is taxable (true by default).
    """

    name: str
    description: None | str | Unset = UNSET
    priority: int | None | Unset = UNSET
    timeallocated: int | None | Unset = UNSET
    billable: bool | None | Unset = UNSET
    taxable: bool | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        priority: int | None | Unset
        if isinstance(self.priority, Unset):
            priority = UNSET
        else:
            priority = self.priority

        timeallocated: int | None | Unset
        if isinstance(self.timeallocated, Unset):
            timeallocated = UNSET
        else:
            timeallocated = self.timeallocated

        billable: bool | None | Unset
        if isinstance(self.billable, Unset):
            billable = UNSET
        else:
            billable = self.billable

        taxable: bool | None | Unset
        if isinstance(self.taxable, Unset):
            taxable = UNSET
        else:
            taxable = self.taxable

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
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
        name = d.pop("name")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_priority(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        priority = _parse_priority(d.pop("priority", UNSET))

        def _parse_timeallocated(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        timeallocated = _parse_timeallocated(d.pop("timeallocated", UNSET))

        def _parse_billable(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        billable = _parse_billable(d.pop("billable", UNSET))

        def _parse_taxable(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        taxable = _parse_taxable(d.pop("taxable", UNSET))

        settings_task_template_tasks_create_body = cls(
            name=name,
            description=description,
            priority=priority,
            timeallocated=timeallocated,
            billable=billable,
            taxable=taxable,
        )

        return settings_task_template_tasks_create_body
