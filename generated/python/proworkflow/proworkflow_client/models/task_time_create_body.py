from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.keyword_me import KeywordMe
from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskTimeCreateBody")


@_attrs_define
class TaskTimeCreateBody:
    """Request body of taskTimeCreate (the task comes from the path). The period must be one of the combinations
    `starttime` & `endtime`, `starttime` & `timetracked`, `endtime` & `timetracked` or `timetracked` (with or without
    `date`); the service checks this itself and answers 400 otherwise.

        Attributes:
            starttime (None | str | Unset): Start (`yyyy-mm-ddThh:mm` or `now`).
            endtime (None | str | Unset): End (`yyyy-mm-ddThh:mm` or `now`).
            timetracked (int | None | Unset): Minutes tracked.
            date (None | str | Unset): Day the time is booked on, with `timetracked` alone (absolute or relative).
            contactid (int | KeywordMe | None | Unset): Who tracked the time; `me` by default.
            notes (None | str | Unset): Notes.
            billable (bool | None | Unset): Whether the time is billable (the task's setting by default).
    """

    starttime: None | str | Unset = UNSET
    endtime: None | str | Unset = UNSET
    timetracked: int | None | Unset = UNSET
    date: None | str | Unset = UNSET
    contactid: int | KeywordMe | None | Unset = UNSET
    notes: None | str | Unset = UNSET
    billable: bool | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        starttime: None | str | Unset
        if isinstance(self.starttime, Unset):
            starttime = UNSET
        else:
            starttime = self.starttime

        endtime: None | str | Unset
        if isinstance(self.endtime, Unset):
            endtime = UNSET
        else:
            endtime = self.endtime

        timetracked: int | None | Unset
        if isinstance(self.timetracked, Unset):
            timetracked = UNSET
        else:
            timetracked = self.timetracked

        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        else:
            date = self.date

        contactid: int | None | str | Unset
        if isinstance(self.contactid, Unset):
            contactid = UNSET
        elif isinstance(self.contactid, KeywordMe):
            contactid = self.contactid.value
        else:
            contactid = self.contactid

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        billable: bool | None | Unset
        if isinstance(self.billable, Unset):
            billable = UNSET
        else:
            billable = self.billable

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if starttime is not UNSET:
            field_dict["starttime"] = starttime
        if endtime is not UNSET:
            field_dict["endtime"] = endtime
        if timetracked is not UNSET:
            field_dict["timetracked"] = timetracked
        if date is not UNSET:
            field_dict["date"] = date
        if contactid is not UNSET:
            field_dict["contactid"] = contactid
        if notes is not UNSET:
            field_dict["notes"] = notes
        if billable is not UNSET:
            field_dict["billable"] = billable

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_starttime(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        starttime = _parse_starttime(d.pop("starttime", UNSET))

        def _parse_endtime(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        endtime = _parse_endtime(d.pop("endtime", UNSET))

        def _parse_timetracked(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        timetracked = _parse_timetracked(d.pop("timetracked", UNSET))

        def _parse_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date = _parse_date(d.pop("date", UNSET))

        def _parse_contactid(data: object) -> int | KeywordMe | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_contact_id_or_me_type_1 = KeywordMe(data)

                return componentsschemas_contact_id_or_me_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | KeywordMe | None | Unset, data)

        contactid = _parse_contactid(d.pop("contactid", UNSET))

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))

        def _parse_billable(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        billable = _parse_billable(d.pop("billable", UNSET))

        task_time_create_body = cls(
            starttime=starttime,
            endtime=endtime,
            timetracked=timetracked,
            date=date,
            contactid=contactid,
            notes=notes,
            billable=billable,
        )

        return task_time_create_body
