from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_ref import ContactRef


T = TypeVar("T", bound="Task")


@_attrs_define
class Task:
    """A task.

    Attributes:
        id (int): Task id.
        name (str | Unset): Task name.
        type_ (str | Unset): Task type.
        order (float | Unset): Position in the project.
        status (str | Unset): Status.
        projectid (int | Unset): Project id.
        startdate (str | Unset): Date or date-time as the service returns it: ISO 8601 in the account's local time, no
            offset (e.g. `2026-06-24T00:00:00`).
        duedate (str | Unset): Date or date-time as the service returns it: ISO 8601 in the account's local time, no
            offset (e.g. `2026-06-24T00:00:00`).
        completedate (str | Unset): Date or date-time as the service returns it: ISO 8601 in the account's local time,
            no offset (e.g. `2026-06-24T00:00:00`).
        projectnumber (str | Unset): Project number.
        projecttitle (str | Unset): Project title.
        companyid (int | Unset): Company of the project.
        companyname (str | Unset): Company name.
        categoryid (int | Unset): Task category (general tasks).
        description (str | Unset): Description.
        priority (int | Unset): Priority, 1 (highest) to 5.
        billable (bool | Unset): Whether time on the task is billable.
        contacts (list[ContactRef] | Unset): Assigned contacts.
        timeallocated (int | Unset): Minutes allocated.
        timetracked (int | Unset): Minutes tracked.
        lastmodified (str | Unset): Date or date-time as the service returns it: ISO 8601 in the account's local time,
            no offset (e.g. `2026-06-24T00:00:00`).
    """

    id: int
    name: str | Unset = UNSET
    type_: str | Unset = UNSET
    order: float | Unset = UNSET
    status: str | Unset = UNSET
    projectid: int | Unset = UNSET
    startdate: str | Unset = UNSET
    duedate: str | Unset = UNSET
    completedate: str | Unset = UNSET
    projectnumber: str | Unset = UNSET
    projecttitle: str | Unset = UNSET
    companyid: int | Unset = UNSET
    companyname: str | Unset = UNSET
    categoryid: int | Unset = UNSET
    description: str | Unset = UNSET
    priority: int | Unset = UNSET
    billable: bool | Unset = UNSET
    contacts: list[ContactRef] | Unset = UNSET
    timeallocated: int | Unset = UNSET
    timetracked: int | Unset = UNSET
    lastmodified: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        type_ = self.type_

        order = self.order

        status = self.status

        projectid = self.projectid

        startdate = self.startdate

        duedate = self.duedate

        completedate = self.completedate

        projectnumber = self.projectnumber

        projecttitle = self.projecttitle

        companyid = self.companyid

        companyname = self.companyname

        categoryid = self.categoryid

        description = self.description

        priority = self.priority

        billable = self.billable

        contacts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.contacts, Unset):
            contacts = []
            for contacts_item_data in self.contacts:
                contacts_item = contacts_item_data.to_dict()
                contacts.append(contacts_item)

        timeallocated = self.timeallocated

        timetracked = self.timetracked

        lastmodified = self.lastmodified

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if order is not UNSET:
            field_dict["order"] = order
        if status is not UNSET:
            field_dict["status"] = status
        if projectid is not UNSET:
            field_dict["projectid"] = projectid
        if startdate is not UNSET:
            field_dict["startdate"] = startdate
        if duedate is not UNSET:
            field_dict["duedate"] = duedate
        if completedate is not UNSET:
            field_dict["completedate"] = completedate
        if projectnumber is not UNSET:
            field_dict["projectnumber"] = projectnumber
        if projecttitle is not UNSET:
            field_dict["projecttitle"] = projecttitle
        if companyid is not UNSET:
            field_dict["companyid"] = companyid
        if companyname is not UNSET:
            field_dict["companyname"] = companyname
        if categoryid is not UNSET:
            field_dict["categoryid"] = categoryid
        if description is not UNSET:
            field_dict["description"] = description
        if priority is not UNSET:
            field_dict["priority"] = priority
        if billable is not UNSET:
            field_dict["billable"] = billable
        if contacts is not UNSET:
            field_dict["contacts"] = contacts
        if timeallocated is not UNSET:
            field_dict["timeallocated"] = timeallocated
        if timetracked is not UNSET:
            field_dict["timetracked"] = timetracked
        if lastmodified is not UNSET:
            field_dict["lastmodified"] = lastmodified

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_ref import ContactRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", UNSET)

        type_ = d.pop("type", UNSET)

        order = d.pop("order", UNSET)

        status = d.pop("status", UNSET)

        projectid = d.pop("projectid", UNSET)

        startdate = d.pop("startdate", UNSET)

        duedate = d.pop("duedate", UNSET)

        completedate = d.pop("completedate", UNSET)

        projectnumber = d.pop("projectnumber", UNSET)

        projecttitle = d.pop("projecttitle", UNSET)

        companyid = d.pop("companyid", UNSET)

        companyname = d.pop("companyname", UNSET)

        categoryid = d.pop("categoryid", UNSET)

        description = d.pop("description", UNSET)

        priority = d.pop("priority", UNSET)

        billable = d.pop("billable", UNSET)

        _contacts = d.pop("contacts", UNSET)
        contacts: list[ContactRef] | Unset = UNSET
        if _contacts is not UNSET:
            contacts = []
            for contacts_item_data in _contacts:
                contacts_item = ContactRef.from_dict(contacts_item_data)

                contacts.append(contacts_item)

        timeallocated = d.pop("timeallocated", UNSET)

        timetracked = d.pop("timetracked", UNSET)

        lastmodified = d.pop("lastmodified", UNSET)

        task = cls(
            id=id,
            name=name,
            type_=type_,
            order=order,
            status=status,
            projectid=projectid,
            startdate=startdate,
            duedate=duedate,
            completedate=completedate,
            projectnumber=projectnumber,
            projecttitle=projecttitle,
            companyid=companyid,
            companyname=companyname,
            categoryid=categoryid,
            description=description,
            priority=priority,
            billable=billable,
            contacts=contacts,
            timeallocated=timeallocated,
            timetracked=timetracked,
            lastmodified=lastmodified,
        )

        task.additional_properties = d
        return task

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
