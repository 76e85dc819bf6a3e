from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.project_user import ProjectUser
    from ..models.timer_task import TimerTask


T = TypeVar("T", bound="Timer")


@_attrs_define
class Timer:
    """A running timer as the admin sees it.

    Vendor-doc correction: the documentation prints `date_started` as `YYYY—MM—DD HH:II` with em-dashes
    (and the task's dates likewise); the service sends ASCII hyphens and `II` means minutes:
    `YYYY-MM-DD HH:MM`.

        Attributes:
            id (str): Id of the timer, a string of digits (what `stop_timer` takes).
            time (str): A duration as `HH:MM:SS` (hours may run past 99).
            date_started (str): A date and time to the minute, `YYYY-MM-DD HH:MM`, in the account's time zone (presumed).
            user_from (ProjectUser): A person of the account (author, manager or team member).
            task (TimerTask): The task a timer runs on, in the form `get_task` gives a task (only the fields set are sent).

                Vendor-doc correction: the documentation's sample gives the task's `user_from` and `user_to`
                without `id`; recorded answers carry the id, and an assignee may be the "anyone" marker
                (`{"id": "2", "email": "ANY", "name": "Anyone"}`) rather than a person.
    """

    id: str
    time: str
    date_started: str
    user_from: ProjectUser
    task: TimerTask
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        time = self.time

        date_started = self.date_started

        user_from = self.user_from.to_dict()

        task = self.task.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "time": time,
                "date_started": date_started,
                "user_from": user_from,
                "task": task,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.project_user import ProjectUser  # noqa: PLC0415
        from ..models.timer_task import TimerTask  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        time = d.pop("time")

        date_started = d.pop("date_started")

        user_from = ProjectUser.from_dict(d.pop("user_from"))

        task = TimerTask.from_dict(d.pop("task"))

        timer = cls(
            id=id,
            time=time,
            date_started=date_started,
            user_from=user_from,
            task=task,
        )

        timer.additional_properties = d
        return timer

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
