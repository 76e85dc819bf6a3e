from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_field_value import ApiFieldValue


T = TypeVar("T", bound="TimeRecord")


@_attrs_define
class TimeRecord:
    """A time record.

    Attributes:
        id (int): Time record id.
        timetracked (int | Unset): Minutes tracked.
        date (str | Unset): Date or date-time as the service returns it: ISO 8601 in the account's local time, no offset
            (e.g. `2026-06-24T00:00:00`).
        contactid (int | Unset): Contact id.
        taskid (int | Unset): Task id.
        projectid (int | Unset): Project id.
        billable (bool | Unset): Billable flag.
        contactname (str | Unset): Name of who tracked the time.
        taskname (str | Unset): Task name.
        projecttitle (str | Unset): Project title.
        starttime (str | Unset): Date or date-time as the service returns it: ISO 8601 in the account's local time, no
            offset (e.g. `2026-06-24T00:00:00`).
        endtime (str | Unset): Date or date-time as the service returns it: ISO 8601 in the account's local time, no
            offset (e.g. `2026-06-24T00:00:00`).
        notes (str | Unset): Notes.
        running (bool | Unset): Whether a timer is still running on this record.
        lastmodified (str | Unset): Date or date-time as the service returns it: ISO 8601 in the account's local time,
            no offset (e.g. `2026-06-24T00:00:00`).
        companyid (int | Unset): Company of the record's project (`company`).
        companyname (str | Unset): Its name (`company`).
        projectnumber (str | Unset): Project number (`project`).
        categoryid (int | Unset): Category of the record's project (`category`).
        categoryname (str | Unset): Its name (`category`).
        tasktimeallocated (int | Unset): Minutes allocated to the record's task (`tasktimetotals`).
        tasktimetracked (int | Unset): Minutes tracked on the record's task by everyone (`tasktimetotals`).
        apifields (list[ApiFieldValue] | Unset): API-only custom fields (`apifields`).
    """

    id: int
    timetracked: int | Unset = UNSET
    date: str | Unset = UNSET
    contactid: int | Unset = UNSET
    taskid: int | Unset = UNSET
    projectid: int | Unset = UNSET
    billable: bool | Unset = UNSET
    contactname: str | Unset = UNSET
    taskname: str | Unset = UNSET
    projecttitle: str | Unset = UNSET
    starttime: str | Unset = UNSET
    endtime: str | Unset = UNSET
    notes: str | Unset = UNSET
    running: bool | Unset = UNSET
    lastmodified: str | Unset = UNSET
    companyid: int | Unset = UNSET
    companyname: str | Unset = UNSET
    projectnumber: str | Unset = UNSET
    categoryid: int | Unset = UNSET
    categoryname: str | Unset = UNSET
    tasktimeallocated: int | Unset = UNSET
    tasktimetracked: int | Unset = UNSET
    apifields: list[ApiFieldValue] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        timetracked = self.timetracked

        date = self.date

        contactid = self.contactid

        taskid = self.taskid

        projectid = self.projectid

        billable = self.billable

        contactname = self.contactname

        taskname = self.taskname

        projecttitle = self.projecttitle

        starttime = self.starttime

        endtime = self.endtime

        notes = self.notes

        running = self.running

        lastmodified = self.lastmodified

        companyid = self.companyid

        companyname = self.companyname

        projectnumber = self.projectnumber

        categoryid = self.categoryid

        categoryname = self.categoryname

        tasktimeallocated = self.tasktimeallocated

        tasktimetracked = self.tasktimetracked

        apifields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.apifields, Unset):
            apifields = []
            for apifields_item_data in self.apifields:
                apifields_item = apifields_item_data.to_dict()
                apifields.append(apifields_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if timetracked is not UNSET:
            field_dict["timetracked"] = timetracked
        if date is not UNSET:
            field_dict["date"] = date
        if contactid is not UNSET:
            field_dict["contactid"] = contactid
        if taskid is not UNSET:
            field_dict["taskid"] = taskid
        if projectid is not UNSET:
            field_dict["projectid"] = projectid
        if billable is not UNSET:
            field_dict["billable"] = billable
        if contactname is not UNSET:
            field_dict["contactname"] = contactname
        if taskname is not UNSET:
            field_dict["taskname"] = taskname
        if projecttitle is not UNSET:
            field_dict["projecttitle"] = projecttitle
        if starttime is not UNSET:
            field_dict["starttime"] = starttime
        if endtime is not UNSET:
            field_dict["endtime"] = endtime
        if notes is not UNSET:
            field_dict["notes"] = notes
        if running is not UNSET:
            field_dict["running"] = running
        if lastmodified is not UNSET:
            field_dict["lastmodified"] = lastmodified
        if companyid is not UNSET:
            field_dict["companyid"] = companyid
        if companyname is not UNSET:
            field_dict["companyname"] = companyname
        if projectnumber is not UNSET:
            field_dict["projectnumber"] = projectnumber
        if categoryid is not UNSET:
            field_dict["categoryid"] = categoryid
        if categoryname is not UNSET:
            field_dict["categoryname"] = categoryname
        if tasktimeallocated is not UNSET:
            field_dict["tasktimeallocated"] = tasktimeallocated
        if tasktimetracked is not UNSET:
            field_dict["tasktimetracked"] = tasktimetracked
        if apifields is not UNSET:
            field_dict["apifields"] = apifields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.api_field_value import ApiFieldValue  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        timetracked = d.pop("timetracked", UNSET)

        date = d.pop("date", UNSET)

        contactid = d.pop("contactid", UNSET)

        taskid = d.pop("taskid", UNSET)

        projectid = d.pop("projectid", UNSET)

        billable = d.pop("billable", UNSET)

        contactname = d.pop("contactname", UNSET)

        taskname = d.pop("taskname", UNSET)

        projecttitle = d.pop("projecttitle", UNSET)

        starttime = d.pop("starttime", UNSET)

        endtime = d.pop("endtime", UNSET)

        notes = d.pop("notes", UNSET)

        running = d.pop("running", UNSET)

        lastmodified = d.pop("lastmodified", UNSET)

        companyid = d.pop("companyid", UNSET)

        companyname = d.pop("companyname", UNSET)

        projectnumber = d.pop("projectnumber", UNSET)

        categoryid = d.pop("categoryid", UNSET)

        categoryname = d.pop("categoryname", UNSET)

        tasktimeallocated = d.pop("tasktimeallocated", UNSET)

        tasktimetracked = d.pop("tasktimetracked", UNSET)

        _apifields = d.pop("apifields", UNSET)
        apifields: list[ApiFieldValue] | Unset = UNSET
        if _apifields is not UNSET:
            apifields = []
            for apifields_item_data in _apifields:
                apifields_item = ApiFieldValue.from_dict(apifields_item_data)

                apifields.append(apifields_item)

        time_record = cls(
            id=id,
            timetracked=timetracked,
            date=date,
            contactid=contactid,
            taskid=taskid,
            projectid=projectid,
            billable=billable,
            contactname=contactname,
            taskname=taskname,
            projecttitle=projecttitle,
            starttime=starttime,
            endtime=endtime,
            notes=notes,
            running=running,
            lastmodified=lastmodified,
            companyid=companyid,
            companyname=companyname,
            projectnumber=projectnumber,
            categoryid=categoryid,
            categoryname=categoryname,
            tasktimeallocated=tasktimeallocated,
            tasktimetracked=tasktimetracked,
            apifields=apifields,
        )

        time_record.additional_properties = d
        return time_record

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
