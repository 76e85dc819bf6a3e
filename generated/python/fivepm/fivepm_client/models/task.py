from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flag_value import FlagValue
from ..models.priority_value import PriorityValue
from ..models.status_value import StatusValue
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_list import UserList


T = TypeVar("T", bound="Task")


@_attrs_define
class Task:
    """A task inside a project. Tasks can be nested: a subtask names its parent in `parentId`. Captured output shows every
    field below plus an undocumented `prev`.

        Attributes:
            id (str): Identifier of the task. The vendor types object ids as strings of digits, while every argument that
                takes such an id is an integer.
            name (str | Unset): Display name of the task.
            parent_id (int | None | Unset): Id of the parent task for a subtask; null for a top-level task.
            parent_name (None | str | Unset): Name of the parent task; null for a top-level task. Filled by the server.
            description (None | str | Unset): Free-text description; null (an empty element in XML) when there is none.
            tags (None | str | Unset): Tags as one comma-separated string; null when the task has no tags.
            project_id (int | Unset): Id of the project the task belongs to.
            owner_id (int | Unset): Id of the user who owns the task.
            group_id (int | None | Unset): Id of the project group the task is filed under; null (an empty element in XML)
                when none. A new task takes its project's group unless `task[groupId]` says otherwise. The vendor lists it among
                the task's fields without marking it read-only (as it marks `parentName`), so it is an argument of add and
                update too; captured add/update/getById output lists it.
            start_date (None | str | Unset): Planned start; null when not set. Format `YYYY-MM-DD HH:MM:SS`.
            end_date (None | str | Unset): Date the task ended or is due to end; null when not set. Format `YYYY-MM-DD
                HH:MM:SS`.
            priority (PriorityValue | Unset): Priority of a project or task: 1 low, 2 normal, 3 high, 4 urgent. Objects
                created without a priority get 2 (normal).

                Vendor-doc correction: the documentation names the default by its label ("normal"); the value sent and returned
                is 2.
            progress (int | Unset): Completion in percent.
            status (StatusValue | Unset): Workflow status of a project or task: 10 open, 20 on hold, 30 done. New objects
                are open (10). These are the v2 values; the retired 2008 API used 1/2/3.

                Vendor-doc correction: the documentation names the default by its label ("open"); the value is 10.
            created_at (str | Unset): When the task was created. Format `YYYY-MM-DD HH:MM:SS`.
            updated_at (str | Unset): When the task was last changed. Format `YYYY-MM-DD HH:MM:SS`.
            notify_project_team (bool | Unset): Whether the whole project team is e-mailed about the change. Mostly
                meaningful as an argument of add/update calls; echoed in output.
            notify_task_team (bool | Unset): Whether the users on the task's team are e-mailed about the change. Mostly
                meaningful as an argument of add/update calls; echoed in output.
            notify_client (bool | Unset): Whether the clients attached to the project are e-mailed about the change. Mostly
                meaningful as an argument of add/update calls; echoed in output.
            notify_users (UserList | Unset): A page of users. Mirrors the XML
                `<items><item>…</item></items><count/><total/>`; `items` has no `item` key when the page is empty.
            hidden (bool | Unset): When true, users outside the task team cannot see the task; clients still can.
            flag (FlagValue | Unset): Colour of the star marker shown next to the object: 0 none, 1 violet, 2 orange, 3 red.
            hours_done (float | Unset): Hours booked on the task so far, summed over its activities.
            estimated_time (float | Unset): Expected effort in hours.
            team (UserList | Unset): A page of users. Mirrors the XML `<items><item>…</item></items><count/><total/>`;
                `items` has no `item` key when the page is empty.
            can_edit (bool | Unset): Whether the calling user is allowed to change the task.
            prev (None | str | Unset): Not in the vendor documentation; seen in captured add/update/getById output. Its
                meaning is unknown (perhaps the id of the preceding task in the display order). Do not rely on it.
    """

    id: str
    name: str | Unset = UNSET
    parent_id: int | None | Unset = UNSET
    parent_name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    tags: None | str | Unset = UNSET
    project_id: int | Unset = UNSET
    owner_id: int | Unset = UNSET
    group_id: int | None | Unset = UNSET
    start_date: None | str | Unset = UNSET
    end_date: None | str | Unset = UNSET
    priority: PriorityValue | Unset = UNSET
    progress: int | Unset = UNSET
    status: StatusValue | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    notify_project_team: bool | Unset = UNSET
    notify_task_team: bool | Unset = UNSET
    notify_client: bool | Unset = UNSET
    notify_users: UserList | Unset = UNSET
    hidden: bool | Unset = UNSET
    flag: FlagValue | Unset = UNSET
    hours_done: float | Unset = UNSET
    estimated_time: float | Unset = UNSET
    team: UserList | Unset = UNSET
    can_edit: bool | Unset = UNSET
    prev: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        parent_id: int | None | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        parent_name: None | str | Unset
        if isinstance(self.parent_name, Unset):
            parent_name = UNSET
        else:
            parent_name = self.parent_name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        tags: None | str | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        else:
            tags = self.tags

        project_id = self.project_id

        owner_id = self.owner_id

        group_id: int | None | Unset
        if isinstance(self.group_id, Unset):
            group_id = UNSET
        else:
            group_id = self.group_id

        start_date: None | str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        else:
            start_date = self.start_date

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        else:
            end_date = self.end_date

        priority: int | Unset = UNSET
        if not isinstance(self.priority, Unset):
            priority = self.priority.value

        progress = self.progress

        status: int | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        created_at = self.created_at

        updated_at = self.updated_at

        notify_project_team = self.notify_project_team

        notify_task_team = self.notify_task_team

        notify_client = self.notify_client

        notify_users: dict[str, Any] | Unset = UNSET
        if not isinstance(self.notify_users, Unset):
            notify_users = self.notify_users.to_dict()

        hidden = self.hidden

        flag: int | Unset = UNSET
        if not isinstance(self.flag, Unset):
            flag = self.flag.value

        hours_done = self.hours_done

        estimated_time = self.estimated_time

        team: dict[str, Any] | Unset = UNSET
        if not isinstance(self.team, Unset):
            team = self.team.to_dict()

        can_edit = self.can_edit

        prev: None | str | Unset
        if isinstance(self.prev, Unset):
            prev = UNSET
        else:
            prev = self.prev

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id
        if parent_name is not UNSET:
            field_dict["parentName"] = parent_name
        if description is not UNSET:
            field_dict["description"] = description
        if tags is not UNSET:
            field_dict["tags"] = tags
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if owner_id is not UNSET:
            field_dict["ownerId"] = owner_id
        if group_id is not UNSET:
            field_dict["groupId"] = group_id
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
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if notify_project_team is not UNSET:
            field_dict["notifyProjectTeam"] = notify_project_team
        if notify_task_team is not UNSET:
            field_dict["notifyTaskTeam"] = notify_task_team
        if notify_client is not UNSET:
            field_dict["notifyClient"] = notify_client
        if notify_users is not UNSET:
            field_dict["notifyUsers"] = notify_users
        if hidden is not UNSET:
            field_dict["hidden"] = hidden
        if flag is not UNSET:
            field_dict["flag"] = flag
        if hours_done is not UNSET:
            field_dict["hoursDone"] = hours_done
        if estimated_time is not UNSET:
            field_dict["estimatedTime"] = estimated_time
        if team is not UNSET:
            field_dict["team"] = team
        if can_edit is not UNSET:
            field_dict["can_edit"] = can_edit
        if prev is not UNSET:
            field_dict["prev"] = prev

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_list import UserList  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", UNSET)

        def _parse_parent_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        parent_id = _parse_parent_id(d.pop("parentId", UNSET))

        def _parse_parent_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parent_name = _parse_parent_name(d.pop("parentName", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_tags(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        project_id = d.pop("projectId", UNSET)

        owner_id = d.pop("ownerId", UNSET)

        def _parse_group_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        group_id = _parse_group_id(d.pop("groupId", UNSET))

        def _parse_start_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        start_date = _parse_start_date(d.pop("startDate", UNSET))

        def _parse_end_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        end_date = _parse_end_date(d.pop("endDate", UNSET))

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

        created_at = d.pop("createdAt", UNSET)

        updated_at = d.pop("updatedAt", UNSET)

        notify_project_team = d.pop("notifyProjectTeam", UNSET)

        notify_task_team = d.pop("notifyTaskTeam", UNSET)

        notify_client = d.pop("notifyClient", UNSET)

        _notify_users = d.pop("notifyUsers", UNSET)
        notify_users: UserList | Unset
        if isinstance(_notify_users, Unset):
            notify_users = UNSET
        else:
            notify_users = UserList.from_dict(_notify_users)

        hidden = d.pop("hidden", UNSET)

        _flag = d.pop("flag", UNSET)
        flag: FlagValue | Unset
        if isinstance(_flag, Unset):
            flag = UNSET
        else:
            flag = FlagValue(_flag)

        hours_done = d.pop("hoursDone", UNSET)

        estimated_time = d.pop("estimatedTime", UNSET)

        _team = d.pop("team", UNSET)
        team: UserList | Unset
        if isinstance(_team, Unset):
            team = UNSET
        else:
            team = UserList.from_dict(_team)

        can_edit = d.pop("can_edit", UNSET)

        def _parse_prev(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prev = _parse_prev(d.pop("prev", UNSET))

        task = cls(
            id=id,
            name=name,
            parent_id=parent_id,
            parent_name=parent_name,
            description=description,
            tags=tags,
            project_id=project_id,
            owner_id=owner_id,
            group_id=group_id,
            start_date=start_date,
            end_date=end_date,
            priority=priority,
            progress=progress,
            status=status,
            created_at=created_at,
            updated_at=updated_at,
            notify_project_team=notify_project_team,
            notify_task_team=notify_task_team,
            notify_client=notify_client,
            notify_users=notify_users,
            hidden=hidden,
            flag=flag,
            hours_done=hours_done,
            estimated_time=estimated_time,
            team=team,
            can_edit=can_edit,
            prev=prev,
        )

        task.additional_properties = d
        return task

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
