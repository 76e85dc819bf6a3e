from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.keyword_me import KeywordMe
from ..types import UNSET, Unset

T = TypeVar("T", bound="TimeUpdateBody")


@_attrs_define
class TimeUpdateBody:
    """Request body of timeUpdate: only the properties sent change; an empty `notes` clears them.

    Attributes:
        starttime (str | Unset): A local date and time `yyyy-mm-ddThh:mm`, or `now` for the current time.
        endtime (str | Unset): A local date and time `yyyy-mm-ddThh:mm`, or `now` for the current time.
        timetracked (int | Unset): Minutes tracked.
        date (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a sign, a count and a unit (`d`
            days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three weeks ago), `+1m` (a month ahead), `+0d` (today).
        contactid (int | KeywordMe | Unset): A single contact id, or `me` for the caller.
        notes (str | Unset): Notes.
        billable (bool | Unset): Whether the time is billable (the task's setting by default).
    """

    starttime: str | Unset = UNSET
    endtime: str | Unset = UNSET
    timetracked: int | Unset = UNSET
    date: str | Unset = UNSET
    contactid: int | KeywordMe | Unset = UNSET
    notes: str | Unset = UNSET
    billable: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        starttime = self.starttime

        endtime = self.endtime

        timetracked = self.timetracked

        date = self.date

        contactid: int | str | Unset
        if isinstance(self.contactid, Unset):
            contactid = UNSET
        elif isinstance(self.contactid, KeywordMe):
            contactid = self.contactid.value
        else:
            contactid = self.contactid

        notes = self.notes

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
        starttime = d.pop("starttime", UNSET)

        endtime = d.pop("endtime", UNSET)

        timetracked = d.pop("timetracked", UNSET)

        date = d.pop("date", UNSET)

        def _parse_contactid(data: object) -> int | KeywordMe | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_contact_id_or_me_type_1 = KeywordMe(data)

                return componentsschemas_contact_id_or_me_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | KeywordMe | Unset, data)

        contactid = _parse_contactid(d.pop("contactid", UNSET))

        notes = d.pop("notes", UNSET)

        billable = d.pop("billable", UNSET)

        time_update_body = cls(
            starttime=starttime,
            endtime=endtime,
            timetracked=timetracked,
            date=date,
            contactid=contactid,
            notes=notes,
            billable=billable,
        )

        return time_update_body
