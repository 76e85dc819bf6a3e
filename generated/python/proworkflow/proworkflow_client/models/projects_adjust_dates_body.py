from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.projects_adjust_dates_body_dates import ProjectsAdjustDatesBodyDates
from ..models.projects_adjust_dates_body_taskdates import ProjectsAdjustDatesBodyTaskdates
from ..models.projects_adjust_dates_body_tasks import ProjectsAdjustDatesBodyTasks
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectsAdjustDatesBody")


@_attrs_define
class ProjectsAdjustDatesBody:
    """Request body of projectsAdjustDates.

    Attributes:
        adjustment (str): Shift: a sign, a count and a unit (`d`, `w`, `m`, `y`), e.g. `+1w` (a week later) or `-3d`
            (three days earlier).
        dates (ProjectsAdjustDatesBodyDates | Unset): Which of the project's own dates move; none when left out.
        tasks (ProjectsAdjustDatesBodyTasks | Unset): Which tasks of the project have their dates moved; none when left
            out.
        taskdates (ProjectsAdjustDatesBodyTaskdates | Unset): Which dates of those tasks move. Default:
            ProjectsAdjustDatesBodyTaskdates.ALL.
    """

    adjustment: str
    dates: ProjectsAdjustDatesBodyDates | Unset = UNSET
    tasks: ProjectsAdjustDatesBodyTasks | Unset = UNSET
    taskdates: ProjectsAdjustDatesBodyTaskdates | Unset = ProjectsAdjustDatesBodyTaskdates.ALL

    def to_dict(self) -> dict[str, Any]:
        adjustment = self.adjustment

        dates: str | Unset = UNSET
        if not isinstance(self.dates, Unset):
            dates = self.dates.value

        tasks: str | Unset = UNSET
        if not isinstance(self.tasks, Unset):
            tasks = self.tasks.value

        taskdates: str | Unset = UNSET
        if not isinstance(self.taskdates, Unset):
            taskdates = self.taskdates.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "adjustment": adjustment,
            }
        )
        if dates is not UNSET:
            field_dict["dates"] = dates
        if tasks is not UNSET:
            field_dict["tasks"] = tasks
        if taskdates is not UNSET:
            field_dict["taskdates"] = taskdates

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        adjustment = d.pop("adjustment")

        _dates = d.pop("dates", UNSET)
        dates: ProjectsAdjustDatesBodyDates | Unset
        if isinstance(_dates, Unset):
            dates = UNSET
        else:
            dates = ProjectsAdjustDatesBodyDates(_dates)

        _tasks = d.pop("tasks", UNSET)
        tasks: ProjectsAdjustDatesBodyTasks | Unset
        if isinstance(_tasks, Unset):
            tasks = UNSET
        else:
            tasks = ProjectsAdjustDatesBodyTasks(_tasks)

        _taskdates = d.pop("taskdates", UNSET)
        taskdates: ProjectsAdjustDatesBodyTaskdates | Unset
        if isinstance(_taskdates, Unset):
            taskdates = UNSET
        else:
            taskdates = ProjectsAdjustDatesBodyTaskdates(_taskdates)

        projects_adjust_dates_body = cls(
            adjustment=adjustment,
            dates=dates,
            tasks=tasks,
            taskdates=taskdates,
        )

        return projects_adjust_dates_body
