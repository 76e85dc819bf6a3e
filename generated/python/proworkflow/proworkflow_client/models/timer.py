from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Timer")


@_attrs_define
class Timer:
    """A running timer.

    Attributes:
        id (int): Time record id of the running timer.
        timetrackedseconds (int): Seconds the timer has run.
        timetracked (int): Whole minutes the timer has run.
        contactid (int | Unset): Whose timer it is.
        contactname (str | Unset): Name of that contact.
        taskid (int | Unset): Task id.
        taskname (str | Unset): Task name.
        projectid (int | Unset): Project id (project tasks only).
        projecttitle (str | Unset): Project title.
        starttime (str | Unset): Date or date-time as the service returns it: ISO 8601 in the account's local time, no
            offset (e.g. `2026-06-24T00:00:00`).
        notes (str | Unset): Notes.
    """

    id: int
    timetrackedseconds: int
    timetracked: int
    contactid: int | Unset = UNSET
    contactname: str | Unset = UNSET
    taskid: int | Unset = UNSET
    taskname: str | Unset = UNSET
    projectid: int | Unset = UNSET
    projecttitle: str | Unset = UNSET
    starttime: str | Unset = UNSET
    notes: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        timetrackedseconds = self.timetrackedseconds

        timetracked = self.timetracked

        contactid = self.contactid

        contactname = self.contactname

        taskid = self.taskid

        taskname = self.taskname

        projectid = self.projectid

        projecttitle = self.projecttitle

        starttime = self.starttime

        notes = self.notes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "timetrackedseconds": timetrackedseconds,
                "timetracked": timetracked,
            }
        )
        if contactid is not UNSET:
            field_dict["contactid"] = contactid
        if contactname is not UNSET:
            field_dict["contactname"] = contactname
        if taskid is not UNSET:
            field_dict["taskid"] = taskid
        if taskname is not UNSET:
            field_dict["taskname"] = taskname
        if projectid is not UNSET:
            field_dict["projectid"] = projectid
        if projecttitle is not UNSET:
            field_dict["projecttitle"] = projecttitle
        if starttime is not UNSET:
            field_dict["starttime"] = starttime
        if notes is not UNSET:
            field_dict["notes"] = notes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        timetrackedseconds = d.pop("timetrackedseconds")

        timetracked = d.pop("timetracked")

        contactid = d.pop("contactid", UNSET)

        contactname = d.pop("contactname", UNSET)

        taskid = d.pop("taskid", UNSET)

        taskname = d.pop("taskname", UNSET)

        projectid = d.pop("projectid", UNSET)

        projecttitle = d.pop("projecttitle", UNSET)

        starttime = d.pop("starttime", UNSET)

        notes = d.pop("notes", UNSET)

        timer = cls(
            id=id,
            timetrackedseconds=timetrackedseconds,
            timetracked=timetracked,
            contactid=contactid,
            contactname=contactname,
            taskid=taskid,
            taskname=taskname,
            projectid=projectid,
            projecttitle=projecttitle,
            starttime=starttime,
            notes=notes,
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
