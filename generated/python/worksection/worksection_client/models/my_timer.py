from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.timer_task import TimerTask


T = TypeVar("T", bound="MyTimer")


@_attrs_define
class MyTimer:
    """The timer the token's user runs (no id and no `user_from`, unlike the admin's `Timer`).

    Attributes:
        time (int): How long the timer has run, in seconds.

            Vendor-doc correction: the documentation shows the value as the placeholder `TIMER_VALUE`
            without a type; the recorded answer has a number of seconds (4360 for a timer that `get_timers`
            showed at 01:12:45), not the `HH:MM:SS` text of `get_timers`.
        date_started (str): A date and time to the minute, `YYYY-MM-DD HH:MM`, in the account's time zone (presumed).
        task (TimerTask): The task a timer runs on, in the form `get_task` gives a task (only the fields set are sent).

            Vendor-doc correction: the documentation's sample gives the task's `user_from` and `user_to`
            without `id`; recorded answers carry the id, and an assignee may be the "anyone" marker
            (`{"id": "2", "email": "ANY", "name": "Anyone"}`) rather than a person.
    """

    time: int
    date_started: str
    task: TimerTask
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        time = self.time

        date_started = self.date_started

        task = self.task.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "time": time,
                "date_started": date_started,
                "task": task,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.timer_task import TimerTask  # noqa: PLC0415

        d = dict(src_dict)
        time = d.pop("time")

        date_started = d.pop("date_started")

        task = TimerTask.from_dict(d.pop("task"))

        my_timer = cls(
            time=time,
            date_started=date_started,
            task=task,
        )

        my_timer.additional_properties = d
        return my_timer

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
