from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.project_type import ProjectType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_field_value import ApiFieldValue
    from ..models.contact_ref import ContactRef
    from ..models.custom_field_value import CustomFieldValue
    from ..models.project_tag import ProjectTag


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
        categoryid (int | Unset): Project category id (`fields` name `category`).
        categoryname (str | Unset): Project category name (`category`).
        customstatusid (int | Unset): Custom status id (`customstatus`, Advanced plan); absent when none is set.
        customstatusname (str | Unset): Custom status name (`customstatus`).
        customstatuscolor (str | Unset): Custom status colour, hex RGB such as `00FF00` (`customstatus`).
        groupid (int | Unset): Group in charge of the project (`group`, Advanced plan); absent when none.
        groupname (str | Unset): Name of that group (`group`).
        teamid (int | Unset): Team in charge of the project (`team`, Advanced plan); absent when none.
        teamname (str | Unset): Name of that team (`team`).
        type_ (ProjectType | Unset): `internal` for a project of an internal client (a staff contact), otherwise
            `external` (`type`, Advanced plan).
        internalclientteamid (int | Unset): Team of the internal client (`company` on internal projects).
        internalclientteamname (str | Unset): Its name.
        internalclientgroupid (int | Unset): Group of the internal client (`company` on internal projects).
        internalclientgroupname (str | Unset): Its name.
        accountedfor (bool | Unset): Accounted-for status (`accountedfor`).
        invoiced (bool | Unset): Invoiced status (`invoiced`).
        paid (bool | Unset): Paid status (`paid`).
        privatenotes (str | Unset): Private notes (`privatenotes`, staff callers only).
        purchaseordernumber (str | Unset): Purchase order number.
        customformtitle (str | Unset): Title of the project's custom form (`customform`, Advanced plan).
        customformcontent (str | Unset): Content of that form (`customform`).
        apifields (list[ApiFieldValue] | Unset): API-only custom fields (`apifields`, or `apifield<N>` for one).
        customfields (list[CustomFieldValue] | Unset): Custom fields (`customfields`, Advanced plan).
        tags (list[ProjectTag] | Unset): The project's tags (/settings/projects/tags), each with its current name.
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
    categoryid: int | Unset = UNSET
    categoryname: str | Unset = UNSET
    customstatusid: int | Unset = UNSET
    customstatusname: str | Unset = UNSET
    customstatuscolor: str | Unset = UNSET
    groupid: int | Unset = UNSET
    groupname: str | Unset = UNSET
    teamid: int | Unset = UNSET
    teamname: str | Unset = UNSET
    type_: ProjectType | Unset = UNSET
    internalclientteamid: int | Unset = UNSET
    internalclientteamname: str | Unset = UNSET
    internalclientgroupid: int | Unset = UNSET
    internalclientgroupname: str | Unset = UNSET
    accountedfor: bool | Unset = UNSET
    invoiced: bool | Unset = UNSET
    paid: bool | Unset = UNSET
    privatenotes: str | Unset = UNSET
    purchaseordernumber: str | Unset = UNSET
    customformtitle: str | Unset = UNSET
    customformcontent: str | Unset = UNSET
    apifields: list[ApiFieldValue] | Unset = UNSET
    customfields: list[CustomFieldValue] | Unset = UNSET
    tags: list[ProjectTag] | Unset = UNSET
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

        categoryid = self.categoryid

        categoryname = self.categoryname

        customstatusid = self.customstatusid

        customstatusname = self.customstatusname

        customstatuscolor = self.customstatuscolor

        groupid = self.groupid

        groupname = self.groupname

        teamid = self.teamid

        teamname = self.teamname

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        internalclientteamid = self.internalclientteamid

        internalclientteamname = self.internalclientteamname

        internalclientgroupid = self.internalclientgroupid

        internalclientgroupname = self.internalclientgroupname

        accountedfor = self.accountedfor

        invoiced = self.invoiced

        paid = self.paid

        privatenotes = self.privatenotes

        purchaseordernumber = self.purchaseordernumber

        customformtitle = self.customformtitle

        customformcontent = self.customformcontent

        apifields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.apifields, Unset):
            apifields = []
            for apifields_item_data in self.apifields:
                apifields_item = apifields_item_data.to_dict()
                apifields.append(apifields_item)

        customfields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.customfields, Unset):
            customfields = []
            for customfields_item_data in self.customfields:
                customfields_item = customfields_item_data.to_dict()
                customfields.append(customfields_item)

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
        if categoryid is not UNSET:
            field_dict["categoryid"] = categoryid
        if categoryname is not UNSET:
            field_dict["categoryname"] = categoryname
        if customstatusid is not UNSET:
            field_dict["customstatusid"] = customstatusid
        if customstatusname is not UNSET:
            field_dict["customstatusname"] = customstatusname
        if customstatuscolor is not UNSET:
            field_dict["customstatuscolor"] = customstatuscolor
        if groupid is not UNSET:
            field_dict["groupid"] = groupid
        if groupname is not UNSET:
            field_dict["groupname"] = groupname
        if teamid is not UNSET:
            field_dict["teamid"] = teamid
        if teamname is not UNSET:
            field_dict["teamname"] = teamname
        if type_ is not UNSET:
            field_dict["type"] = type_
        if internalclientteamid is not UNSET:
            field_dict["internalclientteamid"] = internalclientteamid
        if internalclientteamname is not UNSET:
            field_dict["internalclientteamname"] = internalclientteamname
        if internalclientgroupid is not UNSET:
            field_dict["internalclientgroupid"] = internalclientgroupid
        if internalclientgroupname is not UNSET:
            field_dict["internalclientgroupname"] = internalclientgroupname
        if accountedfor is not UNSET:
            field_dict["accountedfor"] = accountedfor
        if invoiced is not UNSET:
            field_dict["invoiced"] = invoiced
        if paid is not UNSET:
            field_dict["paid"] = paid
        if privatenotes is not UNSET:
            field_dict["privatenotes"] = privatenotes
        if purchaseordernumber is not UNSET:
            field_dict["purchaseordernumber"] = purchaseordernumber
        if customformtitle is not UNSET:
            field_dict["customformtitle"] = customformtitle
        if customformcontent is not UNSET:
            field_dict["customformcontent"] = customformcontent
        if apifields is not UNSET:
            field_dict["apifields"] = apifields
        if customfields is not UNSET:
            field_dict["customfields"] = customfields
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.api_field_value import ApiFieldValue  # noqa: PLC0415
        from ..models.contact_ref import ContactRef  # noqa: PLC0415
        from ..models.custom_field_value import CustomFieldValue  # noqa: PLC0415
        from ..models.project_tag import ProjectTag  # noqa: PLC0415

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

        categoryid = d.pop("categoryid", UNSET)

        categoryname = d.pop("categoryname", UNSET)

        customstatusid = d.pop("customstatusid", UNSET)

        customstatusname = d.pop("customstatusname", UNSET)

        customstatuscolor = d.pop("customstatuscolor", UNSET)

        groupid = d.pop("groupid", UNSET)

        groupname = d.pop("groupname", UNSET)

        teamid = d.pop("teamid", UNSET)

        teamname = d.pop("teamname", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: ProjectType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ProjectType(_type_)

        internalclientteamid = d.pop("internalclientteamid", UNSET)

        internalclientteamname = d.pop("internalclientteamname", UNSET)

        internalclientgroupid = d.pop("internalclientgroupid", UNSET)

        internalclientgroupname = d.pop("internalclientgroupname", UNSET)

        accountedfor = d.pop("accountedfor", UNSET)

        invoiced = d.pop("invoiced", UNSET)

        paid = d.pop("paid", UNSET)

        privatenotes = d.pop("privatenotes", UNSET)

        purchaseordernumber = d.pop("purchaseordernumber", UNSET)

        customformtitle = d.pop("customformtitle", UNSET)

        customformcontent = d.pop("customformcontent", UNSET)

        _apifields = d.pop("apifields", UNSET)
        apifields: list[ApiFieldValue] | Unset = UNSET
        if _apifields is not UNSET:
            apifields = []
            for apifields_item_data in _apifields:
                apifields_item = ApiFieldValue.from_dict(apifields_item_data)

                apifields.append(apifields_item)

        _customfields = d.pop("customfields", UNSET)
        customfields: list[CustomFieldValue] | Unset = UNSET
        if _customfields is not UNSET:
            customfields = []
            for customfields_item_data in _customfields:
                customfields_item = CustomFieldValue.from_dict(customfields_item_data)

                customfields.append(customfields_item)

        _tags = d.pop("tags", UNSET)
        tags: list[ProjectTag] | Unset = UNSET
        if _tags is not UNSET:
            tags = []
            for tags_item_data in _tags:
                tags_item = ProjectTag.from_dict(tags_item_data)

                tags.append(tags_item)

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
            categoryid=categoryid,
            categoryname=categoryname,
            customstatusid=customstatusid,
            customstatusname=customstatusname,
            customstatuscolor=customstatuscolor,
            groupid=groupid,
            groupname=groupname,
            teamid=teamid,
            teamname=teamname,
            type_=type_,
            internalclientteamid=internalclientteamid,
            internalclientteamname=internalclientteamname,
            internalclientgroupid=internalclientgroupid,
            internalclientgroupname=internalclientgroupname,
            accountedfor=accountedfor,
            invoiced=invoiced,
            paid=paid,
            privatenotes=privatenotes,
            purchaseordernumber=purchaseordernumber,
            customformtitle=customformtitle,
            customformcontent=customformcontent,
            apifields=apifields,
            customfields=customfields,
            tags=tags,
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
