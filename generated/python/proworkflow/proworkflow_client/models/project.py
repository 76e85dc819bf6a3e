from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_ref import ContactRef


T = TypeVar("T", bound="Project")


@_attrs_define
class Project:
    """A project.

    Attributes:
        id (int): Project id.
        number (str | Unset): Project number.
        title (str | Unset): Title.
        companyid (int | Unset): Company id.
        companyname (str | Unset): Company name.
        startdate (str | Unset): Date or date-time as the service returns it: ISO 8601 in the account's local time, no
            offset (e.g. `2026-06-24T00:00:00`).
        duedate (str | Unset): Date or date-time as the service returns it: ISO 8601 in the account's local time, no
            offset (e.g. `2026-06-24T00:00:00`).
        completedate (str | Unset): Date or date-time as the service returns it: ISO 8601 in the account's local time,
            no offset (e.g. `2026-06-24T00:00:00`).
        status (str | Unset): Status: `active` or `complete`.
        priority (int | Unset): Priority.
        percentcomplete (float | Unset): Share of finished tasks, in percent.
        description (str | Unset): Description.
        managerid (int | Unset): Project manager's contact id.
        managername (str | Unset): Project manager's name.
        timetracked (int | Unset): Minutes tracked on the project's tasks.
        timeallocated (int | Unset): Allocated time in minutes.
        quotetotal (float | Unset): Quoted value.
        invoicetotal (float | Unset): Invoiced value.
        expensestotal (float | Unset): Sum of the project's expenses.
        contacts (list[ContactRef] | Unset): Everyone on the project.
        lastmodified (str | Unset): Date or date-time as the service returns it: ISO 8601 in the account's local time,
            no offset (e.g. `2026-06-24T00:00:00`).
    """

    id: int
    number: str | Unset = UNSET
    title: str | Unset = UNSET
    companyid: int | Unset = UNSET
    companyname: str | Unset = UNSET
    startdate: str | Unset = UNSET
    duedate: str | Unset = UNSET
    completedate: str | Unset = UNSET
    status: str | Unset = UNSET
    priority: int | Unset = UNSET
    percentcomplete: float | Unset = UNSET
    description: str | Unset = UNSET
    managerid: int | Unset = UNSET
    managername: str | Unset = UNSET
    timetracked: int | Unset = UNSET
    timeallocated: int | Unset = UNSET
    quotetotal: float | Unset = UNSET
    invoicetotal: float | Unset = UNSET
    expensestotal: float | Unset = UNSET
    contacts: list[ContactRef] | Unset = UNSET
    lastmodified: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        number = self.number

        title = self.title

        companyid = self.companyid

        companyname = self.companyname

        startdate = self.startdate

        duedate = self.duedate

        completedate = self.completedate

        status = self.status

        priority = self.priority

        percentcomplete = self.percentcomplete

        description = self.description

        managerid = self.managerid

        managername = self.managername

        timetracked = self.timetracked

        timeallocated = self.timeallocated

        quotetotal = self.quotetotal

        invoicetotal = self.invoicetotal

        expensestotal = self.expensestotal

        contacts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.contacts, Unset):
            contacts = []
            for contacts_item_data in self.contacts:
                contacts_item = contacts_item_data.to_dict()
                contacts.append(contacts_item)

        lastmodified = self.lastmodified

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if number is not UNSET:
            field_dict["number"] = number
        if title is not UNSET:
            field_dict["title"] = title
        if companyid is not UNSET:
            field_dict["companyid"] = companyid
        if companyname is not UNSET:
            field_dict["companyname"] = companyname
        if startdate is not UNSET:
            field_dict["startdate"] = startdate
        if duedate is not UNSET:
            field_dict["duedate"] = duedate
        if completedate is not UNSET:
            field_dict["completedate"] = completedate
        if status is not UNSET:
            field_dict["status"] = status
        if priority is not UNSET:
            field_dict["priority"] = priority
        if percentcomplete is not UNSET:
            field_dict["percentcomplete"] = percentcomplete
        if description is not UNSET:
            field_dict["description"] = description
        if managerid is not UNSET:
            field_dict["managerid"] = managerid
        if managername is not UNSET:
            field_dict["managername"] = managername
        if timetracked is not UNSET:
            field_dict["timetracked"] = timetracked
        if timeallocated is not UNSET:
            field_dict["timeallocated"] = timeallocated
        if quotetotal is not UNSET:
            field_dict["quotetotal"] = quotetotal
        if invoicetotal is not UNSET:
            field_dict["invoicetotal"] = invoicetotal
        if expensestotal is not UNSET:
            field_dict["expensestotal"] = expensestotal
        if contacts is not UNSET:
            field_dict["contacts"] = contacts
        if lastmodified is not UNSET:
            field_dict["lastmodified"] = lastmodified

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contact_ref import ContactRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        number = d.pop("number", UNSET)

        title = d.pop("title", UNSET)

        companyid = d.pop("companyid", UNSET)

        companyname = d.pop("companyname", UNSET)

        startdate = d.pop("startdate", UNSET)

        duedate = d.pop("duedate", UNSET)

        completedate = d.pop("completedate", UNSET)

        status = d.pop("status", UNSET)

        priority = d.pop("priority", UNSET)

        percentcomplete = d.pop("percentcomplete", UNSET)

        description = d.pop("description", UNSET)

        managerid = d.pop("managerid", UNSET)

        managername = d.pop("managername", UNSET)

        timetracked = d.pop("timetracked", UNSET)

        timeallocated = d.pop("timeallocated", UNSET)

        quotetotal = d.pop("quotetotal", UNSET)

        invoicetotal = d.pop("invoicetotal", UNSET)

        expensestotal = d.pop("expensestotal", UNSET)

        _contacts = d.pop("contacts", UNSET)
        contacts: list[ContactRef] | Unset = UNSET
        if _contacts is not UNSET:
            contacts = []
            for contacts_item_data in _contacts:
                contacts_item = ContactRef.from_dict(contacts_item_data)

                contacts.append(contacts_item)

        lastmodified = d.pop("lastmodified", UNSET)

        project = cls(
            id=id,
            number=number,
            title=title,
            companyid=companyid,
            companyname=companyname,
            startdate=startdate,
            duedate=duedate,
            completedate=completedate,
            status=status,
            priority=priority,
            percentcomplete=percentcomplete,
            description=description,
            managerid=managerid,
            managername=managername,
            timetracked=timetracked,
            timeallocated=timeallocated,
            quotetotal=quotetotal,
            invoicetotal=invoicetotal,
            expensestotal=expensestotal,
            contacts=contacts,
            lastmodified=lastmodified,
        )

        project.additional_properties = d
        return project

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
