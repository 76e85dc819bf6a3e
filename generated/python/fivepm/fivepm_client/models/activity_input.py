from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.activity_type import ActivityType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ActivityInput")


@_attrs_define
class ActivityInput:
    """Fields for posting an activity to a task. `taskId`, `type` and `text` are required. Sent as bracket arguments
    (`activity[field]=value`). Only writable fields are accepted; fields the server fills (ids of owners, timestamps,
    names of related objects) are not part of it. How teams and `notifyUsers` lists are set through the API is not
    documented, so they are left out.

        Attributes:
            task_id (int): Id of the task to post the activity to.
            type_ (ActivityType): Kind of activity: `msg` message, `progress` progress note, `file` note carrying files,
                `googledocs` link to a Google document, `ss_boards` SpiderScribe board, `ff_boards` FireFly screen.
            text (str): Body text.
            progress (int | Unset): Task progress in percent to report (progress notes).
            hours_done (float | Unset): Hours spent on the task to report.
            notify_project_team (bool | Unset): E-mail the project team about the activity.
            notify_task_team (bool | Unset): E-mail the task team about the activity.
            notify_client (bool | Unset): E-mail the project's clients about the activity.
            hide_from_clients (bool | Unset): Hide the activity from clients (has no effect on progress notes).
            date (str | Unset): Date and time to post the activity under. Format `YYYY-MM-DD HH:MM:SS`.
    """

    task_id: int
    type_: ActivityType
    text: str
    progress: int | Unset = UNSET
    hours_done: float | Unset = UNSET
    notify_project_team: bool | Unset = UNSET
    notify_task_team: bool | Unset = UNSET
    notify_client: bool | Unset = UNSET
    hide_from_clients: bool | Unset = UNSET
    date: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        task_id = self.task_id

        type_ = self.type_.value

        text = self.text

        progress = self.progress

        hours_done = self.hours_done

        notify_project_team = self.notify_project_team

        notify_task_team = self.notify_task_team

        notify_client = self.notify_client

        hide_from_clients = self.hide_from_clients

        date = self.date

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "taskId": task_id,
                "type": type_,
                "text": text,
            }
        )
        if progress is not UNSET:
            field_dict["progress"] = progress
        if hours_done is not UNSET:
            field_dict["hoursDone"] = hours_done
        if notify_project_team is not UNSET:
            field_dict["notifyProjectTeam"] = notify_project_team
        if notify_task_team is not UNSET:
            field_dict["notifyTaskTeam"] = notify_task_team
        if notify_client is not UNSET:
            field_dict["notifyClient"] = notify_client
        if hide_from_clients is not UNSET:
            field_dict["hideFromClients"] = hide_from_clients
        if date is not UNSET:
            field_dict["date"] = date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        task_id = d.pop("taskId")

        type_ = ActivityType(d.pop("type"))

        text = d.pop("text")

        progress = d.pop("progress", UNSET)

        hours_done = d.pop("hoursDone", UNSET)

        notify_project_team = d.pop("notifyProjectTeam", UNSET)

        notify_task_team = d.pop("notifyTaskTeam", UNSET)

        notify_client = d.pop("notifyClient", UNSET)

        hide_from_clients = d.pop("hideFromClients", UNSET)

        date = d.pop("date", UNSET)

        activity_input = cls(
            task_id=task_id,
            type_=type_,
            text=text,
            progress=progress,
            hours_done=hours_done,
            notify_project_team=notify_project_team,
            notify_task_team=notify_task_team,
            notify_client=notify_client,
            hide_from_clients=hide_from_clients,
            date=date,
        )

        return activity_input
