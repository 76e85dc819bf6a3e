from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskFilter")


@_attrs_define
class TaskFilter:
    """Conditions for `tasks/getList`. Whether `name` must match the whole name or a part of it is not documented. Whether
    the From/Before date bounds include the given day is not documented. Conditions combine: all given ones must hold
    (assumed).

    Vendor-doc correction: the documentation calls the filter an array; it is a keyed map sent as `filter[key]=value`.

        Attributes:
            project_id (int | Unset): Only tasks of this project.
            parent_id (int | Unset): Only subtasks of this task.
            started_from (str | Unset): Earliest start date. Format `YYYY-MM-DD`.
            started_before (str | Unset): Latest start date. Format `YYYY-MM-DD`.
            deadline_from (str | Unset): Earliest end (deadline) date. Format `YYYY-MM-DD`.
            deadline_before (str | Unset): Latest end (deadline) date. Format `YYYY-MM-DD`.
            progress_less_than (int | Unset): Only tasks with progress below this percentage.
            progress_more_than (int | Unset): Only tasks with progress above this percentage.
            created_from (str | Unset): Earliest creation date. Format `YYYY-MM-DD`.
            created_before (str | Unset): Latest creation date. Format `YYYY-MM-DD`.
            updated_from (str | Unset): Earliest date of last change. Format `YYYY-MM-DD`.
            updated_before (str | Unset): Latest date of last change. Format `YYYY-MM-DD`.
            group_id (int | Unset): Only tasks filed under this project group.
            owner_id (int | Unset): Only tasks owned by this user.
            name (str | Unset): Only tasks whose name matches this text.
            assigned_to (int | Unset): Only tasks this user is assigned to (by user id).
            active (bool | Unset): When true, only tasks that are still active (not closed).
            hide_old_object_period (int | Unset): Leave out tasks closed more than this many days ago.
    """

    project_id: int | Unset = UNSET
    parent_id: int | Unset = UNSET
    started_from: str | Unset = UNSET
    started_before: str | Unset = UNSET
    deadline_from: str | Unset = UNSET
    deadline_before: str | Unset = UNSET
    progress_less_than: int | Unset = UNSET
    progress_more_than: int | Unset = UNSET
    created_from: str | Unset = UNSET
    created_before: str | Unset = UNSET
    updated_from: str | Unset = UNSET
    updated_before: str | Unset = UNSET
    group_id: int | Unset = UNSET
    owner_id: int | Unset = UNSET
    name: str | Unset = UNSET
    assigned_to: int | Unset = UNSET
    active: bool | Unset = UNSET
    hide_old_object_period: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        parent_id = self.parent_id

        started_from = self.started_from

        started_before = self.started_before

        deadline_from = self.deadline_from

        deadline_before = self.deadline_before

        progress_less_than = self.progress_less_than

        progress_more_than = self.progress_more_than

        created_from = self.created_from

        created_before = self.created_before

        updated_from = self.updated_from

        updated_before = self.updated_before

        group_id = self.group_id

        owner_id = self.owner_id

        name = self.name

        assigned_to = self.assigned_to

        active = self.active

        hide_old_object_period = self.hide_old_object_period

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id
        if started_from is not UNSET:
            field_dict["startedFrom"] = started_from
        if started_before is not UNSET:
            field_dict["startedBefore"] = started_before
        if deadline_from is not UNSET:
            field_dict["deadlineFrom"] = deadline_from
        if deadline_before is not UNSET:
            field_dict["deadlineBefore"] = deadline_before
        if progress_less_than is not UNSET:
            field_dict["progressLessThan"] = progress_less_than
        if progress_more_than is not UNSET:
            field_dict["progressMoreThan"] = progress_more_than
        if created_from is not UNSET:
            field_dict["createdFrom"] = created_from
        if created_before is not UNSET:
            field_dict["createdBefore"] = created_before
        if updated_from is not UNSET:
            field_dict["updatedFrom"] = updated_from
        if updated_before is not UNSET:
            field_dict["updatedBefore"] = updated_before
        if group_id is not UNSET:
            field_dict["groupId"] = group_id
        if owner_id is not UNSET:
            field_dict["ownerId"] = owner_id
        if name is not UNSET:
            field_dict["name"] = name
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

        parent_id = d.pop("parentId", UNSET)

        started_from = d.pop("startedFrom", UNSET)

        started_before = d.pop("startedBefore", UNSET)

        deadline_from = d.pop("deadlineFrom", UNSET)

        deadline_before = d.pop("deadlineBefore", UNSET)

        progress_less_than = d.pop("progressLessThan", UNSET)

        progress_more_than = d.pop("progressMoreThan", UNSET)

        created_from = d.pop("createdFrom", UNSET)

        created_before = d.pop("createdBefore", UNSET)

        updated_from = d.pop("updatedFrom", UNSET)

        updated_before = d.pop("updatedBefore", UNSET)

        group_id = d.pop("groupId", UNSET)

        owner_id = d.pop("ownerId", UNSET)

        name = d.pop("name", UNSET)

        assigned_to = d.pop("assignedTo", UNSET)

        active = d.pop("active", UNSET)

        hide_old_object_period = d.pop("hide_old_object_period", UNSET)

        task_filter = cls(
            project_id=project_id,
            parent_id=parent_id,
            started_from=started_from,
            started_before=started_before,
            deadline_from=deadline_from,
            deadline_before=deadline_before,
            progress_less_than=progress_less_than,
            progress_more_than=progress_more_than,
            created_from=created_from,
            created_before=created_before,
            updated_from=updated_from,
            updated_before=updated_before,
            group_id=group_id,
            owner_id=owner_id,
            name=name,
            assigned_to=assigned_to,
            active=active,
            hide_old_object_period=hide_old_object_period,
        )

        return task_filter
