from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Subtotal")


@_attrs_define
class Subtotal:
    """One subtotal row: the grouping keys asked for in `subtotals` plus the sum. Only non-zero groups are returned.

    Attributes:
        contactname (str | Unset): Contact name of the group.
        projectid (int | Unset): Project id of the group.
        projecttitle (str | Unset): Project title of the group.
        taskid (int | Unset): Task id of the group.
        taskname (str | Unset): Task name of the group.
        categoryid (int | Unset): Category id of the group.
        categoryname (str | Unset): Category name of the group.
        groupid (int | Unset): Group id of the group.
        groupname (str | Unset): Group name of the group.
        teamid (int | Unset): Team id of the group.
        teamname (str | Unset): Team name of the group.
        internalclientgroupid (int | Unset): Internal client's group id of the group.
        internalclientgroupname (str | Unset): Internal client's group name of the group.
        internalclientteamid (int | Unset): Internal client's team id of the group.
        internalclientteamname (str | Unset): Internal client's team name of the group.
        projectnumber (str | Unset): Project number of the group.
        status (str | Unset): Status of the group (paid/unpaid, approved/pending/declined...).
        billable (bool | Unset): Billable flag of the group (time).
        day (str | Unset): The day of the group (`yyyy-mm-dd`).
        week (str | Unset): The week of the group (its first day, `yyyy-mm-dd`).
        month (str | Unset): The month of the group (`yyyy-mm`).
        year (str | Unset): The year of the group (`yyyy`).
        subtotal (float | Unset): Sum for the group.
        companyid (int | Unset): Company id of the group.
        companyname (str | Unset): Company name of the group.
        contactid (int | Unset): Contact id of the group.
    """

    contactname: str | Unset = UNSET
    projectid: int | Unset = UNSET
    projecttitle: str | Unset = UNSET
    taskid: int | Unset = UNSET
    taskname: str | Unset = UNSET
    categoryid: int | Unset = UNSET
    categoryname: str | Unset = UNSET
    groupid: int | Unset = UNSET
    groupname: str | Unset = UNSET
    teamid: int | Unset = UNSET
    teamname: str | Unset = UNSET
    internalclientgroupid: int | Unset = UNSET
    internalclientgroupname: str | Unset = UNSET
    internalclientteamid: int | Unset = UNSET
    internalclientteamname: str | Unset = UNSET
    projectnumber: str | Unset = UNSET
    status: str | Unset = UNSET
    billable: bool | Unset = UNSET
    day: str | Unset = UNSET
    week: str | Unset = UNSET
    month: str | Unset = UNSET
    year: str | Unset = UNSET
    subtotal: float | Unset = UNSET
    companyid: int | Unset = UNSET
    companyname: str | Unset = UNSET
    contactid: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contactname = self.contactname

        projectid = self.projectid

        projecttitle = self.projecttitle

        taskid = self.taskid

        taskname = self.taskname

        categoryid = self.categoryid

        categoryname = self.categoryname

        groupid = self.groupid

        groupname = self.groupname

        teamid = self.teamid

        teamname = self.teamname

        internalclientgroupid = self.internalclientgroupid

        internalclientgroupname = self.internalclientgroupname

        internalclientteamid = self.internalclientteamid

        internalclientteamname = self.internalclientteamname

        projectnumber = self.projectnumber

        status = self.status

        billable = self.billable

        day = self.day

        week = self.week

        month = self.month

        year = self.year

        subtotal = self.subtotal

        companyid = self.companyid

        companyname = self.companyname

        contactid = self.contactid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if contactname is not UNSET:
            field_dict["contactname"] = contactname
        if projectid is not UNSET:
            field_dict["projectid"] = projectid
        if projecttitle is not UNSET:
            field_dict["projecttitle"] = projecttitle
        if taskid is not UNSET:
            field_dict["taskid"] = taskid
        if taskname is not UNSET:
            field_dict["taskname"] = taskname
        if categoryid is not UNSET:
            field_dict["categoryid"] = categoryid
        if categoryname is not UNSET:
            field_dict["categoryname"] = categoryname
        if groupid is not UNSET:
            field_dict["groupid"] = groupid
        if groupname is not UNSET:
            field_dict["groupname"] = groupname
        if teamid is not UNSET:
            field_dict["teamid"] = teamid
        if teamname is not UNSET:
            field_dict["teamname"] = teamname
        if internalclientgroupid is not UNSET:
            field_dict["internalclientgroupid"] = internalclientgroupid
        if internalclientgroupname is not UNSET:
            field_dict["internalclientgroupname"] = internalclientgroupname
        if internalclientteamid is not UNSET:
            field_dict["internalclientteamid"] = internalclientteamid
        if internalclientteamname is not UNSET:
            field_dict["internalclientteamname"] = internalclientteamname
        if projectnumber is not UNSET:
            field_dict["projectnumber"] = projectnumber
        if status is not UNSET:
            field_dict["status"] = status
        if billable is not UNSET:
            field_dict["billable"] = billable
        if day is not UNSET:
            field_dict["day"] = day
        if week is not UNSET:
            field_dict["week"] = week
        if month is not UNSET:
            field_dict["month"] = month
        if year is not UNSET:
            field_dict["year"] = year
        if subtotal is not UNSET:
            field_dict["subtotal"] = subtotal
        if companyid is not UNSET:
            field_dict["companyid"] = companyid
        if companyname is not UNSET:
            field_dict["companyname"] = companyname
        if contactid is not UNSET:
            field_dict["contactid"] = contactid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        contactname = d.pop("contactname", UNSET)

        projectid = d.pop("projectid", UNSET)

        projecttitle = d.pop("projecttitle", UNSET)

        taskid = d.pop("taskid", UNSET)

        taskname = d.pop("taskname", UNSET)

        categoryid = d.pop("categoryid", UNSET)

        categoryname = d.pop("categoryname", UNSET)

        groupid = d.pop("groupid", UNSET)

        groupname = d.pop("groupname", UNSET)

        teamid = d.pop("teamid", UNSET)

        teamname = d.pop("teamname", UNSET)

        internalclientgroupid = d.pop("internalclientgroupid", UNSET)

        internalclientgroupname = d.pop("internalclientgroupname", UNSET)

        internalclientteamid = d.pop("internalclientteamid", UNSET)

        internalclientteamname = d.pop("internalclientteamname", UNSET)

        projectnumber = d.pop("projectnumber", UNSET)

        status = d.pop("status", UNSET)

        billable = d.pop("billable", UNSET)

        day = d.pop("day", UNSET)

        week = d.pop("week", UNSET)

        month = d.pop("month", UNSET)

        year = d.pop("year", UNSET)

        subtotal = d.pop("subtotal", UNSET)

        companyid = d.pop("companyid", UNSET)

        companyname = d.pop("companyname", UNSET)

        contactid = d.pop("contactid", UNSET)

        subtotal = cls(
            contactname=contactname,
            projectid=projectid,
            projecttitle=projecttitle,
            taskid=taskid,
            taskname=taskname,
            categoryid=categoryid,
            categoryname=categoryname,
            groupid=groupid,
            groupname=groupname,
            teamid=teamid,
            teamname=teamname,
            internalclientgroupid=internalclientgroupid,
            internalclientgroupname=internalclientgroupname,
            internalclientteamid=internalclientteamid,
            internalclientteamname=internalclientteamname,
            projectnumber=projectnumber,
            status=status,
            billable=billable,
            day=day,
            week=week,
            month=month,
            year=year,
            subtotal=subtotal,
            companyid=companyid,
            companyname=companyname,
            contactid=contactid,
        )

        subtotal.additional_properties = d
        return subtotal

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
