from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.activity_type import ActivityType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.file_list import FileList
    from ..models.user_list import UserList


T = TypeVar("T", bound="Activity")


@_attrs_define
class Activity:
    """An entry in a task's activity stream: a message, a progress report, or a note carrying files or links to documents.

    Attributes:
        id (str): Identifier of the activity. The vendor types object ids as strings of digits, while every argument
            that takes such an id is an integer.
        task_id (int | Unset): Id of the task the activity was posted to.
        task_name (str | Unset): Name of that task. Filled by the server; list calls include it when `withNames=true`.
        project_id (int | Unset): Id of the project of that task.
        project_name (str | Unset): Name of that project. Filled by the server; list calls include it when
            `withNames=true`.
        type_ (ActivityType | Unset): Kind of activity: `msg` message, `progress` progress note, `file` note carrying
            files, `googledocs` link to a Google document, `ss_boards` SpiderScribe board, `ff_boards` FireFly screen.
        text (str | Unset): Body text of the activity.
        owner_id (int | Unset): Id of the user who posted the activity.
        progress (int | Unset): Task progress in percent reported with this activity.
        hours_done (float | Unset): Hours spent on the task that this activity reports.
        created_at (str | Unset): When the activity was created. Format `YYYY-MM-DD HH:MM:SS`.
        updated_at (str | Unset): When the activity was last changed. Format `YYYY-MM-DD HH:MM:SS`.
        notify_project_team (bool | Unset): Whether the project team is e-mailed about the activity. Mostly meaningful
            as an argument of add/update calls; echoed in output.
        notify_task_team (bool | Unset): Whether the task team is e-mailed about the activity. Mostly meaningful as an
            argument of add/update calls; echoed in output.
        notify_client (bool | Unset): Whether the project's clients are e-mailed about the activity. Mostly meaningful
            as an argument of add/update calls; echoed in output.
        notify_users (UserList | Unset): A page of users. Mirrors the XML
            `<items><item>…</item></items><count/><total/>`; `items` has no `item` key when the page is empty.
        hide_from_clients (bool | Unset): When true, clients do not see the activity. Ignored for progress notes, which
            always stay visible because they can change the task's status.
        date (str | Unset): Date and time the activity is posted under. Format `YYYY-MM-DD HH:MM:SS`.
        files (FileList | Unset): A page of files. Mirrors the XML `<items><item>…</item></items><count/><total/>`;
            `items` has no `item` key when the page is empty.
    """

    id: str
    task_id: int | Unset = UNSET
    task_name: str | Unset = UNSET
    project_id: int | Unset = UNSET
    project_name: str | Unset = UNSET
    type_: ActivityType | Unset = UNSET
    text: str | Unset = UNSET
    owner_id: int | Unset = UNSET
    progress: int | Unset = UNSET
    hours_done: float | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    notify_project_team: bool | Unset = UNSET
    notify_task_team: bool | Unset = UNSET
    notify_client: bool | Unset = UNSET
    notify_users: UserList | Unset = UNSET
    hide_from_clients: bool | Unset = UNSET
    date: str | Unset = UNSET
    files: FileList | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        task_id = self.task_id

        task_name = self.task_name

        project_id = self.project_id

        project_name = self.project_name

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        text = self.text

        owner_id = self.owner_id

        progress = self.progress

        hours_done = self.hours_done

        created_at = self.created_at

        updated_at = self.updated_at

        notify_project_team = self.notify_project_team

        notify_task_team = self.notify_task_team

        notify_client = self.notify_client

        notify_users: dict[str, Any] | Unset = UNSET
        if not isinstance(self.notify_users, Unset):
            notify_users = self.notify_users.to_dict()

        hide_from_clients = self.hide_from_clients

        date = self.date

        files: dict[str, Any] | Unset = UNSET
        if not isinstance(self.files, Unset):
            files = self.files.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if task_id is not UNSET:
            field_dict["taskId"] = task_id
        if task_name is not UNSET:
            field_dict["taskName"] = task_name
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if project_name is not UNSET:
            field_dict["projectName"] = project_name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if text is not UNSET:
            field_dict["text"] = text
        if owner_id is not UNSET:
            field_dict["ownerId"] = owner_id
        if progress is not UNSET:
            field_dict["progress"] = progress
        if hours_done is not UNSET:
            field_dict["hoursDone"] = hours_done
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
        if hide_from_clients is not UNSET:
            field_dict["hideFromClients"] = hide_from_clients
        if date is not UNSET:
            field_dict["date"] = date
        if files is not UNSET:
            field_dict["files"] = files

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.file_list import FileList  # noqa: PLC0415
        from ..models.user_list import UserList  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        task_id = d.pop("taskId", UNSET)

        task_name = d.pop("taskName", UNSET)

        project_id = d.pop("projectId", UNSET)

        project_name = d.pop("projectName", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: ActivityType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ActivityType(_type_)

        text = d.pop("text", UNSET)

        owner_id = d.pop("ownerId", UNSET)

        progress = d.pop("progress", UNSET)

        hours_done = d.pop("hoursDone", UNSET)

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

        hide_from_clients = d.pop("hideFromClients", UNSET)

        date = d.pop("date", UNSET)

        _files = d.pop("files", UNSET)
        files: FileList | Unset
        if isinstance(_files, Unset):
            files = UNSET
        else:
            files = FileList.from_dict(_files)

        activity = cls(
            id=id,
            task_id=task_id,
            task_name=task_name,
            project_id=project_id,
            project_name=project_name,
            type_=type_,
            text=text,
            owner_id=owner_id,
            progress=progress,
            hours_done=hours_done,
            created_at=created_at,
            updated_at=updated_at,
            notify_project_team=notify_project_team,
            notify_task_team=notify_task_team,
            notify_client=notify_client,
            notify_users=notify_users,
            hide_from_clients=hide_from_clients,
            date=date,
            files=files,
        )

        activity.additional_properties = d
        return activity

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
