from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.flag_value import FlagValue
from ..models.priority_value import PriorityValue
from ..models.status_value import StatusValue
from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskUpdate")


@_attrs_define
class TaskUpdate:
    """Fields for changing a task: `id` picks the task, every other field is optional and only the fields sent are changed.
    Sent as bracket arguments (`task[field]=value`). Only writable fields are accepted; fields the server fills (ids of
    owners, timestamps, names of related objects) are not part of it. How teams and `notifyUsers` lists are set through
    the API is not documented, so they are left out.

        Attributes:
            id (int): Id of the task to change.
            name (str | Unset): Display name of the task.
            project_id (int | Unset): Id of the project the task belongs to.
            group_id (int | Unset): Id of the project group to file the task under; a new task takes its project's group
                when this is not given.
            parent_id (int | Unset): Id of the parent task, to create or move a subtask.
            description (str | Unset): Free-text description.
            tags (str | Unset): Tags as one comma-separated string.
            start_date (str | Unset): Planned start. Format `YYYY-MM-DD HH:MM:SS`.
            end_date (str | Unset): Planned or actual end. Format `YYYY-MM-DD HH:MM:SS`.
            priority (PriorityValue | Unset): Priority of a project or task: 1 low, 2 normal, 3 high, 4 urgent. Objects
                created without a priority get 2 (normal).

                Vendor-doc correction: the documentation names the default by its label ("normal"); the value sent and returned
                is 2.
            progress (int | Unset): Completion in percent.
            status (StatusValue | Unset): Workflow status of a project or task: 10 open, 20 on hold, 30 done. New objects
                are open (10). These are the v2 values; the retired 2008 API used 1/2/3.

                Vendor-doc correction: the documentation names the default by its label ("open"); the value is 10.
            notify_project_team (bool | Unset): E-mail the whole project team about this change.
            notify_task_team (bool | Unset): E-mail the task team about this change.
            notify_client (bool | Unset): E-mail the project's clients about this change.
            hidden (bool | Unset): Hide the task from users outside its team (clients still see it).
            flag (FlagValue | Unset): Colour of the star marker shown next to the object: 0 none, 1 violet, 2 orange, 3 red.
            estimated_time (float | Unset): Expected effort in hours.
    """

    id: int
    name: str | Unset = UNSET
    project_id: int | Unset = UNSET
    group_id: int | Unset = UNSET
    parent_id: int | Unset = UNSET
    description: str | Unset = UNSET
    tags: str | Unset = UNSET
    start_date: str | Unset = UNSET
    end_date: str | Unset = UNSET
    priority: PriorityValue | Unset = UNSET
    progress: int | Unset = UNSET
    status: StatusValue | Unset = UNSET
    notify_project_team: bool | Unset = UNSET
    notify_task_team: bool | Unset = UNSET
    notify_client: bool | Unset = UNSET
    hidden: bool | Unset = UNSET
    flag: FlagValue | Unset = UNSET
    estimated_time: float | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        project_id = self.project_id

        group_id = self.group_id

        parent_id = self.parent_id

        description = self.description

        tags = self.tags

        start_date = self.start_date

        end_date = self.end_date

        priority: int | Unset = UNSET
        if not isinstance(self.priority, Unset):
            priority = self.priority.value

        progress = self.progress

        status: int | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        notify_project_team = self.notify_project_team

        notify_task_team = self.notify_task_team

        notify_client = self.notify_client

        hidden = self.hidden

        flag: int | Unset = UNSET
        if not isinstance(self.flag, Unset):
            flag = self.flag.value

        estimated_time = self.estimated_time

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if group_id is not UNSET:
            field_dict["groupId"] = group_id
        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id
        if description is not UNSET:
            field_dict["description"] = description
        if tags is not UNSET:
            field_dict["tags"] = tags
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if priority is not UNSET:
            field_dict["priority"] = priority
        if progress is not UNSET:
            field_dict["progress"] = progress
        if status is not UNSET:
            field_dict["status"] = status
        if notify_project_team is not UNSET:
            field_dict["notifyProjectTeam"] = notify_project_team
        if notify_task_team is not UNSET:
            field_dict["notifyTaskTeam"] = notify_task_team
        if notify_client is not UNSET:
            field_dict["notifyClient"] = notify_client
        if hidden is not UNSET:
            field_dict["hidden"] = hidden
        if flag is not UNSET:
            field_dict["flag"] = flag
        if estimated_time is not UNSET:
            field_dict["estimatedTime"] = estimated_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", UNSET)

        project_id = d.pop("projectId", UNSET)

        group_id = d.pop("groupId", UNSET)

        parent_id = d.pop("parentId", UNSET)

        description = d.pop("description", UNSET)

        tags = d.pop("tags", UNSET)

        start_date = d.pop("startDate", UNSET)

        end_date = d.pop("endDate", UNSET)

        _priority = d.pop("priority", UNSET)
        priority: PriorityValue | Unset
        if isinstance(_priority, Unset):
            priority = UNSET
        else:
            priority = PriorityValue(_priority)

        progress = d.pop("progress", UNSET)

        _status = d.pop("status", UNSET)
        status: StatusValue | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = StatusValue(_status)

        notify_project_team = d.pop("notifyProjectTeam", UNSET)

        notify_task_team = d.pop("notifyTaskTeam", UNSET)

        notify_client = d.pop("notifyClient", UNSET)

        hidden = d.pop("hidden", UNSET)

        _flag = d.pop("flag", UNSET)
        flag: FlagValue | Unset
        if isinstance(_flag, Unset):
            flag = UNSET
        else:
            flag = FlagValue(_flag)

        estimated_time = d.pop("estimatedTime", UNSET)

        task_update = cls(
            id=id,
            name=name,
            project_id=project_id,
            group_id=group_id,
            parent_id=parent_id,
            description=description,
            tags=tags,
            start_date=start_date,
            end_date=end_date,
            priority=priority,
            progress=progress,
            status=status,
            notify_project_team=notify_project_team,
            notify_task_team=notify_task_team,
            notify_client=notify_client,
            hidden=hidden,
            flag=flag,
            estimated_time=estimated_time,
        )

        return task_update
