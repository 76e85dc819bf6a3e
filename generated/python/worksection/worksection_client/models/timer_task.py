from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.timer_task_status import TimerTaskStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.no_manager import NoManager
    from ..models.project_tags import ProjectTags
    from ..models.project_user import ProjectUser
    from ..models.timer_anyone import TimerAnyone
    from ..models.timer_task_project import TimerTaskProject


T = TypeVar("T", bound="TimerTask")


@_attrs_define
class TimerTask:
    """The task a timer runs on, in the form `get_task` gives a task (only the fields set are sent).

    Vendor-doc correction: the documentation's sample gives the task's `user_from` and `user_to`
    without `id`; recorded answers carry the id, and an assignee may be the "anyone" marker
    (`{"id": "2", "email": "ANY", "name": "Anyone"}`) rather than a person.

        Attributes:
            id (str): Id of the task, a string of digits.
            name (str): Name of the task.
            page (str): Link to the task inside the account, `/project/<project id>/<task id>/` (a subtask adds its own id).
            status (TimerTaskStatus): `active` (open) or `done` (closed). Only `active` is recorded for a timer's task.
            priority (str): Priority, a digit string from 0 to 10 (recorded `"1"` and `"8"`).
            user_from (ProjectUser): A person of the account (author, manager or team member).
            user_to (NoManager | ProjectUser | TimerAnyone): The assignee, the "anyone" marker, or the "no one" marker.
            project (TimerTaskProject): The project of a timer's task.
            date_added (str): A date and time to the minute, `YYYY-MM-DD HH:MM`, in the account's time zone (presumed).
            text (str | Unset): The task's description, when the service includes it.
            date_start (str | Unset): A calendar date, `YYYY-MM-DD`.
            date_end (str | Unset): A calendar date, `YYYY-MM-DD`.
            time_end (str | Unset): Due time of day, `HH:MM`, if set.
            max_time (float | Unset): Time estimate in hours, if set.
            max_money (float | Unset): Financial estimate in the account's currency, if set.
            tags (ProjectTags | Unset): Tag names by tag id (the ids are digit strings).
    """

    id: str
    name: str
    page: str
    status: TimerTaskStatus
    priority: str
    user_from: ProjectUser
    user_to: NoManager | ProjectUser | TimerAnyone
    project: TimerTaskProject
    date_added: str
    text: str | Unset = UNSET
    date_start: str | Unset = UNSET
    date_end: str | Unset = UNSET
    time_end: str | Unset = UNSET
    max_time: float | Unset = UNSET
    max_money: float | Unset = UNSET
    tags: ProjectTags | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.project_user import ProjectUser  # noqa: PLC0415
        from ..models.timer_anyone import TimerAnyone  # noqa: PLC0415

        id = self.id

        name = self.name

        page = self.page

        status = self.status.value

        priority = self.priority

        user_from = self.user_from.to_dict()

        user_to: dict[str, Any]
        if isinstance(self.user_to, ProjectUser):
            user_to = self.user_to.to_dict()
        elif isinstance(self.user_to, TimerAnyone):
            user_to = self.user_to.to_dict()
        else:
            user_to = self.user_to.to_dict()

        project = self.project.to_dict()

        date_added = self.date_added

        text = self.text

        date_start = self.date_start

        date_end = self.date_end

        time_end = self.time_end

        max_time = self.max_time

        max_money = self.max_money

        tags: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "page": page,
                "status": status,
                "priority": priority,
                "user_from": user_from,
                "user_to": user_to,
                "project": project,
                "date_added": date_added,
            }
        )
        if text is not UNSET:
            field_dict["text"] = text
        if date_start is not UNSET:
            field_dict["date_start"] = date_start
        if date_end is not UNSET:
            field_dict["date_end"] = date_end
        if time_end is not UNSET:
            field_dict["time_end"] = time_end
        if max_time is not UNSET:
            field_dict["max_time"] = max_time
        if max_money is not UNSET:
            field_dict["max_money"] = max_money
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.no_manager import NoManager  # noqa: PLC0415
        from ..models.project_tags import ProjectTags  # noqa: PLC0415
        from ..models.project_user import ProjectUser  # noqa: PLC0415
        from ..models.timer_anyone import TimerAnyone  # noqa: PLC0415
        from ..models.timer_task_project import TimerTaskProject  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        page = d.pop("page")

        status = TimerTaskStatus(d.pop("status"))

        priority = d.pop("priority")

        user_from = ProjectUser.from_dict(d.pop("user_from"))

        def _parse_user_to(data: object) -> NoManager | ProjectUser | TimerAnyone:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                user_to_type_0 = ProjectUser.from_dict(data)

                return user_to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                user_to_type_1 = TimerAnyone.from_dict(data)

                return user_to_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            user_to_type_2 = NoManager.from_dict(data)

            return user_to_type_2

        user_to = _parse_user_to(d.pop("user_to"))

        project = TimerTaskProject.from_dict(d.pop("project"))

        date_added = d.pop("date_added")

        text = d.pop("text", UNSET)

        date_start = d.pop("date_start", UNSET)

        date_end = d.pop("date_end", UNSET)

        time_end = d.pop("time_end", UNSET)

        max_time = d.pop("max_time", UNSET)

        max_money = d.pop("max_money", UNSET)

        _tags = d.pop("tags", UNSET)
        tags: ProjectTags | Unset
        if isinstance(_tags, Unset):
            tags = UNSET
        else:
            tags = ProjectTags.from_dict(_tags)

        timer_task = cls(
            id=id,
            name=name,
            page=page,
            status=status,
            priority=priority,
            user_from=user_from,
            user_to=user_to,
            project=project,
            date_added=date_added,
            text=text,
            date_start=date_start,
            date_end=date_end,
            time_end=time_end,
            max_time=max_time,
            max_money=max_money,
            tags=tags,
        )

        timer_task.additional_properties = d
        return timer_task

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
