from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.task_adjust_dates_body_dates import TaskAdjustDatesBodyDates
from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskAdjustDatesBody")


@_attrs_define
class TaskAdjustDatesBody:
    """Request body of tasksAdjustDates.

    Attributes:
        adjustment (str): How far to move: a sign, a count and `d`/`w`/`m`/`y` (`+1w`, `-3d`).
        dates (TaskAdjustDatesBodyDates | Unset): Which dates move: both (`all`), the start date or the due date.
            Default: TaskAdjustDatesBodyDates.ALL.
    """

    adjustment: str
    dates: TaskAdjustDatesBodyDates | Unset = TaskAdjustDatesBodyDates.ALL

    def to_dict(self) -> dict[str, Any]:
        adjustment = self.adjustment

        dates: str | Unset = UNSET
        if not isinstance(self.dates, Unset):
            dates = self.dates.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "adjustment": adjustment,
            }
        )
        if dates is not UNSET:
            field_dict["dates"] = dates

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        adjustment = d.pop("adjustment")

        _dates = d.pop("dates", UNSET)
        dates: TaskAdjustDatesBodyDates | Unset
        if isinstance(_dates, Unset):
            dates = UNSET
        else:
            dates = TaskAdjustDatesBodyDates(_dates)

        task_adjust_dates_body = cls(
            adjustment=adjustment,
            dates=dates,
        )

        return task_adjust_dates_body
