from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.time_entry_status import TimeEntryStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.active_item import ActiveItem


T = TypeVar("T", bound="TimeEntry")


@_attrs_define
class TimeEntry:
    """Hours a person logged on one day, on exactly one of `company`, `project`, `subproject` or `absence` (the leaf it was
    logged on), optionally with a `task`.

        Attributes:
            id (int): Numeric id the service gives an entity.
            date (datetime.date): A calendar day, `YYYY-MM-DD`.
            hours (float): Time spent, in hours (decimals allowed).
            status (TimeEntryStatus): Approval state of a time entry, one letter: `d` draft (still editable by its owner),
                `s` submitted for approval, `a` approved, `r` rejected (sent back to the owner), `l` locked (no change possible
                until unlocked).
            comment (str | Unset):
            company (ActiveItem | Unset): An entity's id, name and whether it is active.
            project (ActiveItem | Unset): An entity's id, name and whether it is active.
            subproject (ActiveItem | Unset): An entity's id, name and whether it is active.
            absence (ActiveItem | Unset): An entity's id, name and whether it is active.
            task (ActiveItem | Unset): An entity's id, name and whether it is active.
    """

    id: int
    date: datetime.date
    hours: float
    status: TimeEntryStatus
    comment: str | Unset = UNSET
    company: ActiveItem | Unset = UNSET
    project: ActiveItem | Unset = UNSET
    subproject: ActiveItem | Unset = UNSET
    absence: ActiveItem | Unset = UNSET
    task: ActiveItem | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        date = self.date.isoformat()

        hours = self.hours

        status = self.status.value

        comment = self.comment

        company: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company, Unset):
            company = self.company.to_dict()

        project: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project, Unset):
            project = self.project.to_dict()

        subproject: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subproject, Unset):
            subproject = self.subproject.to_dict()

        absence: dict[str, Any] | Unset = UNSET
        if not isinstance(self.absence, Unset):
            absence = self.absence.to_dict()

        task: dict[str, Any] | Unset = UNSET
        if not isinstance(self.task, Unset):
            task = self.task.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "date": date,
                "hours": hours,
                "status": status,
            }
        )
        if comment is not UNSET:
            field_dict["comment"] = comment
        if company is not UNSET:
            field_dict["company"] = company
        if project is not UNSET:
            field_dict["project"] = project
        if subproject is not UNSET:
            field_dict["subproject"] = subproject
        if absence is not UNSET:
            field_dict["absence"] = absence
        if task is not UNSET:
            field_dict["task"] = task

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.active_item import ActiveItem  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        date = datetime.date.fromisoformat(d.pop("date"))

        hours = d.pop("hours")

        status = TimeEntryStatus(d.pop("status"))

        comment = d.pop("comment", UNSET)

        _company = d.pop("company", UNSET)
        company: ActiveItem | Unset
        if isinstance(_company, Unset):
            company = UNSET
        else:
            company = ActiveItem.from_dict(_company)

        _project = d.pop("project", UNSET)
        project: ActiveItem | Unset
        if isinstance(_project, Unset):
            project = UNSET
        else:
            project = ActiveItem.from_dict(_project)

        _subproject = d.pop("subproject", UNSET)
        subproject: ActiveItem | Unset
        if isinstance(_subproject, Unset):
            subproject = UNSET
        else:
            subproject = ActiveItem.from_dict(_subproject)

        _absence = d.pop("absence", UNSET)
        absence: ActiveItem | Unset
        if isinstance(_absence, Unset):
            absence = UNSET
        else:
            absence = ActiveItem.from_dict(_absence)

        _task = d.pop("task", UNSET)
        task: ActiveItem | Unset
        if isinstance(_task, Unset):
            task = UNSET
        else:
            task = ActiveItem.from_dict(_task)

        time_entry = cls(
            id=id,
            date=date,
            hours=hours,
            status=status,
            comment=comment,
            company=company,
            project=project,
            subproject=subproject,
            absence=absence,
            task=task,
        )

        time_entry.additional_properties = d
        return time_entry

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
