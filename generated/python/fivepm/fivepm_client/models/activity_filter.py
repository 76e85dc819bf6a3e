from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.activity_type import ActivityType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ActivityFilter")


@_attrs_define
class ActivityFilter:
    """Conditions for `activity/getList`. The project/task conditions apply to the task the activity was posted to. Note
    the age filter is called `hide_non_active` here, not `hide_old_object_period` as elsewhere (kept as documented).
    Conditions combine: all given ones must hold (assumed).

    Vendor-doc correction: the documentation calls the filter an array; it is a keyed map sent as `filter[key]=value`.

        Attributes:
            project_id (int | Unset): Only activities posted to tasks of this project.
            task_id (int | Unset): Only activities posted to this task.
            type_ (ActivityType | Unset): Kind of activity: `msg` message, `progress` progress note, `file` note carrying
                files, `googledocs` link to a Google document, `ss_boards` SpiderScribe board, `ff_boards` FireFly screen.
            group_id (int | Unset): Only activities in projects of this project group.
            assigned_to (int | Unset): Only activities on projects/tasks this user is assigned to (by user id).
            active (bool | Unset): When true, only activities on projects/tasks that are still active.
            hide_non_active (int | Unset): Leave out activities on projects/tasks closed more than this many days ago.
    """

    project_id: int | Unset = UNSET
    task_id: int | Unset = UNSET
    type_: ActivityType | Unset = UNSET
    group_id: int | Unset = UNSET
    assigned_to: int | Unset = UNSET
    active: bool | Unset = UNSET
    hide_non_active: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        task_id = self.task_id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        group_id = self.group_id

        assigned_to = self.assigned_to

        active = self.active

        hide_non_active = self.hide_non_active

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if task_id is not UNSET:
            field_dict["taskId"] = task_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if group_id is not UNSET:
            field_dict["groupId"] = group_id
        if assigned_to is not UNSET:
            field_dict["assignedTo"] = assigned_to
        if active is not UNSET:
            field_dict["active"] = active
        if hide_non_active is not UNSET:
            field_dict["hide_non_active"] = hide_non_active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        project_id = d.pop("projectId", UNSET)

        task_id = d.pop("taskId", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: ActivityType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ActivityType(_type_)

        group_id = d.pop("groupId", UNSET)

        assigned_to = d.pop("assignedTo", UNSET)

        active = d.pop("active", UNSET)

        hide_non_active = d.pop("hide_non_active", UNSET)

        activity_filter = cls(
            project_id=project_id,
            task_id=task_id,
            type_=type_,
            group_id=group_id,
            assigned_to=assigned_to,
            active=active,
            hide_non_active=hide_non_active,
        )

        return activity_filter
