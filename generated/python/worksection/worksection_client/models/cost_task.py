from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cost_task_status import CostTaskStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cost_task_assignee_marker import CostTaskAssigneeMarker
    from ..models.cost_task_project import CostTaskProject
    from ..models.project_tags import ProjectTags
    from ..models.project_user import ProjectUser


T = TypeVar("T", bound="CostTask")


@_attrs_define
class CostTask:
    """The task (or subtask) a cost line is booked on, in the shape the task actions answer. Recorded
    answers carry the fields marked required, and `date_closed` once the task is done; the vendor's
    page adds the task's dates, end time, estimates and tags when they are set.

        Attributes:
            id (str): The task's id.
            name (str): The task's title.
            page (str): Link to the task, `/project/<project id>/<task id>/` (a subtask adds its own id).
            status (CostTaskStatus): `active` (open) or `done` (closed).
            priority (str): Priority from 0 to 10, as a string of digits (`"1"`).

                Vendor-doc correction: the documentation's sample shows `"0..10"`, the range, not a value;
                the service sends one number as a string.
            user_from (ProjectUser): A person of the account (author, manager or team member).
            user_to (CostTaskAssigneeMarker | ProjectUser): Who the task is assigned to, or the anyone/nobody marker.
            project (CostTaskProject): The project a cost line's task belongs to.
            date_added (str): A date and time to the minute, `YYYY-MM-DD HH:MM`, in the account's time zone (presumed).
            date_closed (str | Unset): A date and time to the minute, `YYYY-MM-DD HH:MM`, in the account's time zone
                (presumed).
            date_start (str | Unset): A calendar date, `YYYY-MM-DD`.
            date_end (str | Unset): A calendar date, `YYYY-MM-DD`.
            time_end (str | Unset): Due time of day `HH:MM`, if set.
            max_time (float | Unset): Time estimate in hours, if set.
            max_money (float | Unset): Money estimate, if set.
            tags (ProjectTags | Unset): Tag names by tag id (the ids are digit strings).
    """

    id: str
    name: str
    page: str
    status: CostTaskStatus
    priority: str
    user_from: ProjectUser
    user_to: CostTaskAssigneeMarker | ProjectUser
    project: CostTaskProject
    date_added: str
    date_closed: str | Unset = UNSET
    date_start: str | Unset = UNSET
    date_end: str | Unset = UNSET
    time_end: str | Unset = UNSET
    max_time: float | Unset = UNSET
    max_money: float | Unset = UNSET
    tags: ProjectTags | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.project_user import ProjectUser  # noqa: PLC0415

        id = self.id

        name = self.name

        page = self.page

        status = self.status.value

        priority = self.priority

        user_from = self.user_from.to_dict()

        user_to: dict[str, Any]
        if isinstance(self.user_to, ProjectUser):
            user_to = self.user_to.to_dict()
        else:
            user_to = self.user_to.to_dict()

        project = self.project.to_dict()

        date_added = self.date_added

        date_closed = self.date_closed

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
        if date_closed is not UNSET:
            field_dict["date_closed"] = date_closed
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
        from ..models.cost_task_assignee_marker import CostTaskAssigneeMarker  # noqa: PLC0415
        from ..models.cost_task_project import CostTaskProject  # noqa: PLC0415
        from ..models.project_tags import ProjectTags  # noqa: PLC0415
        from ..models.project_user import ProjectUser  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        page = d.pop("page")

        status = CostTaskStatus(d.pop("status"))

        priority = d.pop("priority")

        user_from = ProjectUser.from_dict(d.pop("user_from"))

        def _parse_user_to(data: object) -> CostTaskAssigneeMarker | ProjectUser:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                user_to_type_0 = ProjectUser.from_dict(data)

                return user_to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            user_to_type_1 = CostTaskAssigneeMarker.from_dict(data)

            return user_to_type_1

        user_to = _parse_user_to(d.pop("user_to"))

        project = CostTaskProject.from_dict(d.pop("project"))

        date_added = d.pop("date_added")

        date_closed = d.pop("date_closed", UNSET)

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

        cost_task = cls(
            id=id,
            name=name,
            page=page,
            status=status,
            priority=priority,
            user_from=user_from,
            user_to=user_to,
            project=project,
            date_added=date_added,
            date_closed=date_closed,
            date_start=date_start,
            date_end=date_end,
            time_end=time_end,
            max_time=max_time,
            max_money=max_money,
            tags=tags,
        )

        cost_task.additional_properties = d
        return cost_task

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
