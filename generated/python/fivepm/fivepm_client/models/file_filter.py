from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="FileFilter")


@_attrs_define
class FileFilter:
    """Conditions for `activity/getFilesList`; they apply to the project/task the file was posted to. Conditions combine:
    all given ones must hold (assumed).

    Vendor-doc correction: the documentation calls the filter an array; it is a keyed map sent as `filter[key]=value`.

        Attributes:
            project_id (int | Unset): Only files posted in this project.
            task_id (int | Unset): Only files posted to this task.
            assigned_to (int | Unset): Only files on projects/tasks this user is assigned to (by user id).
            active (bool | Unset): When true, only files on projects/tasks that are still active.
            hide_old_object_period (int | Unset): Leave out files on projects/tasks closed more than this many days ago.
    """

    project_id: int | Unset = UNSET
    task_id: int | Unset = UNSET
    assigned_to: int | Unset = UNSET
    active: bool | Unset = UNSET
    hide_old_object_period: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        task_id = self.task_id

        assigned_to = self.assigned_to

        active = self.active

        hide_old_object_period = self.hide_old_object_period

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if task_id is not UNSET:
            field_dict["taskId"] = task_id
        if assigned_to is not UNSET:
            field_dict["assignedTo"] = assigned_to
        if active is not UNSET:
            field_dict["active"] = active
        if hide_old_object_period is not UNSET:
            field_dict["hide_old_object_period"] = hide_old_object_period

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        project_id = d.pop("projectId", UNSET)

        task_id = d.pop("taskId", UNSET)

        assigned_to = d.pop("assignedTo", UNSET)

        active = d.pop("active", UNSET)

        hide_old_object_period = d.pop("hide_old_object_period", UNSET)

        file_filter = cls(
            project_id=project_id,
            task_id=task_id,
            assigned_to=assigned_to,
            active=active,
            hide_old_object_period=hide_old_object_period,
        )

        return file_filter
