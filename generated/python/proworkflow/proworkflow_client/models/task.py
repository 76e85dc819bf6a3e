from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_dependentstatus import TaskDependentstatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_field_value import ApiFieldValue
    from ..models.contact_ref import ContactRef
    from ..models.tag import Tag


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
        categoryname (str | Unset): Task category name (`category`, general tasks).
        creatorid (int | Unset): Contact who added the task (`creator`).
        creatorname (str | Unset): That contact's name (`creator`).
        dependent (bool | Unset): Whether the task depends on another task (`dependent`).
        dependentstatus (TaskDependentstatus | Unset): Whether a dependent task can be worked on now (`dependent`; only
            on dependent tasks).
        projectcategoryid (int | Unset): Category of the task's project (`projectcategory`).
        projectcategoryname (str | Unset): Its name (`projectcategory`).
        projectmanagerid (int | Unset): Manager of the task's project (`projectmanager`).
        projectmanagername (str | Unset): Its name (`projectmanager`).
        taxable (bool | Unset): Whether time on the task is taxable.
        apifields (list[ApiFieldValue] | Unset): API-only custom fields (`apifields`).
        tags (list[Tag] | Unset): The task tags it carries (`/settings/tasks/tags`), shown when the task is read by id.
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
    categoryname: str | Unset = UNSET
    creatorid: int | Unset = UNSET
    creatorname: str | Unset = UNSET
    dependent: bool | Unset = UNSET
    dependentstatus: TaskDependentstatus | Unset = UNSET
    projectcategoryid: int | Unset = UNSET
    projectcategoryname: str | Unset = UNSET
    projectmanagerid: int | Unset = UNSET
    projectmanagername: str | Unset = UNSET
    taxable: bool | Unset = UNSET
    apifields: list[ApiFieldValue] | Unset = UNSET
    tags: list[Tag] | Unset = UNSET
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

        categoryname = self.categoryname

        creatorid = self.creatorid

        creatorname = self.creatorname

        dependent = self.dependent

        dependentstatus: str | Unset = UNSET
        if not isinstance(self.dependentstatus, Unset):
            dependentstatus = self.dependentstatus.value

        projectcategoryid = self.projectcategoryid

        projectcategoryname = self.projectcategoryname

        projectmanagerid = self.projectmanagerid

        projectmanagername = self.projectmanagername

        taxable = self.taxable

        apifields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.apifields, Unset):
            apifields = []
            for apifields_item_data in self.apifields:
                apifields_item = apifields_item_data.to_dict()
                apifields.append(apifields_item)

        tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = []
            for tags_item_data in self.tags:
                tags_item = tags_item_data.to_dict()
                tags.append(tags_item)

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
        if categoryname is not UNSET:
            field_dict["categoryname"] = categoryname
        if creatorid is not UNSET:
            field_dict["creatorid"] = creatorid
        if creatorname is not UNSET:
            field_dict["creatorname"] = creatorname
        if dependent is not UNSET:
            field_dict["dependent"] = dependent
        if dependentstatus is not UNSET:
            field_dict["dependentstatus"] = dependentstatus
        if projectcategoryid is not UNSET:
            field_dict["projectcategoryid"] = projectcategoryid
        if projectcategoryname is not UNSET:
            field_dict["projectcategoryname"] = projectcategoryname
        if projectmanagerid is not UNSET:
            field_dict["projectmanagerid"] = projectmanagerid
        if projectmanagername is not UNSET:
            field_dict["projectmanagername"] = projectmanagername
        if taxable is not UNSET:
            field_dict["taxable"] = taxable
        if apifields is not UNSET:
            field_dict["apifields"] = apifields
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.api_field_value import ApiFieldValue  # noqa: PLC0415
        from ..models.contact_ref import ContactRef  # noqa: PLC0415
        from ..models.tag import Tag  # noqa: PLC0415

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

        categoryname = d.pop("categoryname", UNSET)

        creatorid = d.pop("creatorid", UNSET)

        creatorname = d.pop("creatorname", UNSET)

        dependent = d.pop("dependent", UNSET)

        _dependentstatus = d.pop("dependentstatus", UNSET)
        dependentstatus: TaskDependentstatus | Unset
        if isinstance(_dependentstatus, Unset):
            dependentstatus = UNSET
        else:
            dependentstatus = TaskDependentstatus(_dependentstatus)

        projectcategoryid = d.pop("projectcategoryid", UNSET)

        projectcategoryname = d.pop("projectcategoryname", UNSET)

        projectmanagerid = d.pop("projectmanagerid", UNSET)

        projectmanagername = d.pop("projectmanagername", UNSET)

        taxable = d.pop("taxable", UNSET)

        _apifields = d.pop("apifields", UNSET)
        apifields: list[ApiFieldValue] | Unset = UNSET
        if _apifields is not UNSET:
            apifields = []
            for apifields_item_data in _apifields:
                apifields_item = ApiFieldValue.from_dict(apifields_item_data)

                apifields.append(apifields_item)

        _tags = d.pop("tags", UNSET)
        tags: list[Tag] | Unset = UNSET
        if _tags is not UNSET:
            tags = []
            for tags_item_data in _tags:
                tags_item = Tag.from_dict(tags_item_data)

                tags.append(tags_item)

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
            categoryname=categoryname,
            creatorid=creatorid,
            creatorname=creatorname,
            dependent=dependent,
            dependentstatus=dependentstatus,
            projectcategoryid=projectcategoryid,
            projectcategoryname=projectcategoryname,
            projectmanagerid=projectmanagerid,
            projectmanagername=projectmanagername,
            taxable=taxable,
            apifields=apifields,
            tags=tags,
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
