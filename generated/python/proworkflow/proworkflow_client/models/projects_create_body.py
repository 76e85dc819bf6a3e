from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.keyword_me import KeywordMe
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.field_value import FieldValue


T = TypeVar("T", bound="ProjectsCreateBody")


@_attrs_define
class ProjectsCreateBody:
    """Request body of projectsCreate.

    Attributes:
        title (str): Title.
        apifields (list[FieldValue] | Unset): API field values as `{id, value}` objects.
        autonumberid (int | Unset): Autonumbering option id.
        categoryid (int | Unset): Category id.
        clientaccess (bool | Unset): Whether clients may see the project.
        clients (str | Unset): One id or several ids separated by commas, without spaces (`1` or `1,2,3`). Several ids
            mean "any of them".
        companyid (int | Unset): Client company the project is for (external projects).
        completedate (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a sign, a count and a
            unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three weeks ago), `+1m` (a month ahead), `+0d`
            (today).
        contractors (str | Unset): One id or several ids separated by commas, without spaces (`1` or `1,2,3`). Several
            ids mean "any of them".
        customfields (list[FieldValue] | Unset): Project custom field values as `{id, value}` objects (Advanced plan).
        customformcontent (str | Unset): Custom form content.
        customformtitle (str | Unset): Custom form title.
        customstatusid (int | Unset): Custom status id (Advanced plan).
        description (str | Unset): Description.
        duedate (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a sign, a count and a unit
            (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three weeks ago), `+1m` (a month ahead), `+0d`
            (today).
        emailalerts (bool | Unset): Send e-mail alerts about the new project.
        groupid (int | Unset): Group ids, comma-separated.
        internalclientcontactid (int | Unset): Staff contact the project is for (internal projects, Advanced plan).
        internalclientgroupid (int | Unset): Group of the internal client, when that contact is in several groups.
        invoicetotal (float | str | Unset): An amount, or `auto` to let the service total the related quotes/invoices.
        managerid (int | KeywordMe | Unset): A single contact id, or `me` for the caller. Default: KeywordMe.ME.
        number (str | Unset): Number, or `auto` for the next number of the autonumbering scheme. Default: 'auto'.
        priority (int | Unset): Priority number.
        privatenotes (str | Unset): Notes only staff can read.
        purchaseordernumber (str | Unset): Purchase order number.
        quotetotal (float | str | Unset): An amount, or `auto` to let the service total the related quotes/invoices.
        staff (KeywordMe | str | Unset): An id list or the keyword `me`.
        startdate (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a sign, a count and a unit
            (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three weeks ago), `+1m` (a month ahead), `+0d`
            (today).
        templateid (int | Unset): Project template id (Advanced plan); values sent override the template.
        timeallocated (int | Unset): Allocated time in minutes.
    """

    title: str
    apifields: list[FieldValue] | Unset = UNSET
    autonumberid: int | Unset = UNSET
    categoryid: int | Unset = UNSET
    clientaccess: bool | Unset = UNSET
    clients: str | Unset = UNSET
    companyid: int | Unset = UNSET
    completedate: str | Unset = UNSET
    contractors: str | Unset = UNSET
    customfields: list[FieldValue] | Unset = UNSET
    customformcontent: str | Unset = UNSET
    customformtitle: str | Unset = UNSET
    customstatusid: int | Unset = UNSET
    description: str | Unset = UNSET
    duedate: str | Unset = UNSET
    emailalerts: bool | Unset = UNSET
    groupid: int | Unset = UNSET
    internalclientcontactid: int | Unset = UNSET
    internalclientgroupid: int | Unset = UNSET
    invoicetotal: float | str | Unset = UNSET
    managerid: int | KeywordMe | Unset = KeywordMe.ME
    number: str | Unset = "auto"
    priority: int | Unset = UNSET
    privatenotes: str | Unset = UNSET
    purchaseordernumber: str | Unset = UNSET
    quotetotal: float | str | Unset = UNSET
    staff: KeywordMe | str | Unset = UNSET
    startdate: str | Unset = UNSET
    templateid: int | Unset = UNSET
    timeallocated: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        apifields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.apifields, Unset):
            apifields = []
            for apifields_item_data in self.apifields:
                apifields_item = apifields_item_data.to_dict()
                apifields.append(apifields_item)

        autonumberid = self.autonumberid

        categoryid = self.categoryid

        clientaccess = self.clientaccess

        clients = self.clients

        companyid = self.companyid

        completedate = self.completedate

        contractors = self.contractors

        customfields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.customfields, Unset):
            customfields = []
            for customfields_item_data in self.customfields:
                customfields_item = customfields_item_data.to_dict()
                customfields.append(customfields_item)

        customformcontent = self.customformcontent

        customformtitle = self.customformtitle

        customstatusid = self.customstatusid

        description = self.description

        duedate = self.duedate

        emailalerts = self.emailalerts

        groupid = self.groupid

        internalclientcontactid = self.internalclientcontactid

        internalclientgroupid = self.internalclientgroupid

        invoicetotal: float | str | Unset
        if isinstance(self.invoicetotal, Unset):
            invoicetotal = UNSET
        else:
            invoicetotal = self.invoicetotal

        managerid: int | str | Unset
        if isinstance(self.managerid, Unset):
            managerid = UNSET
        elif isinstance(self.managerid, KeywordMe):
            managerid = self.managerid.value
        else:
            managerid = self.managerid

        number = self.number

        priority = self.priority

        privatenotes = self.privatenotes

        purchaseordernumber = self.purchaseordernumber

        quotetotal: float | str | Unset
        if isinstance(self.quotetotal, Unset):
            quotetotal = UNSET
        else:
            quotetotal = self.quotetotal

        staff: str | Unset
        if isinstance(self.staff, Unset):
            staff = UNSET
        elif isinstance(self.staff, KeywordMe):
            staff = self.staff.value
        else:
            staff = self.staff

        startdate = self.startdate

        templateid = self.templateid

        timeallocated = self.timeallocated

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "title": title,
            }
        )
        if apifields is not UNSET:
            field_dict["apifields"] = apifields
        if autonumberid is not UNSET:
            field_dict["autonumberid"] = autonumberid
        if categoryid is not UNSET:
            field_dict["categoryid"] = categoryid
        if clientaccess is not UNSET:
            field_dict["clientaccess"] = clientaccess
        if clients is not UNSET:
            field_dict["clients"] = clients
        if companyid is not UNSET:
            field_dict["companyid"] = companyid
        if completedate is not UNSET:
            field_dict["completedate"] = completedate
        if contractors is not UNSET:
            field_dict["contractors"] = contractors
        if customfields is not UNSET:
            field_dict["customfields"] = customfields
        if customformcontent is not UNSET:
            field_dict["customformcontent"] = customformcontent
        if customformtitle is not UNSET:
            field_dict["customformtitle"] = customformtitle
        if customstatusid is not UNSET:
            field_dict["customstatusid"] = customstatusid
        if description is not UNSET:
            field_dict["description"] = description
        if duedate is not UNSET:
            field_dict["duedate"] = duedate
        if emailalerts is not UNSET:
            field_dict["emailalerts"] = emailalerts
        if groupid is not UNSET:
            field_dict["groupid"] = groupid
        if internalclientcontactid is not UNSET:
            field_dict["internalclientcontactid"] = internalclientcontactid
        if internalclientgroupid is not UNSET:
            field_dict["internalclientgroupid"] = internalclientgroupid
        if invoicetotal is not UNSET:
            field_dict["invoicetotal"] = invoicetotal
        if managerid is not UNSET:
            field_dict["managerid"] = managerid
        if number is not UNSET:
            field_dict["number"] = number
        if priority is not UNSET:
            field_dict["priority"] = priority
        if privatenotes is not UNSET:
            field_dict["privatenotes"] = privatenotes
        if purchaseordernumber is not UNSET:
            field_dict["purchaseordernumber"] = purchaseordernumber
        if quotetotal is not UNSET:
            field_dict["quotetotal"] = quotetotal
        if staff is not UNSET:
            field_dict["staff"] = staff
        if startdate is not UNSET:
            field_dict["startdate"] = startdate
        if templateid is not UNSET:
            field_dict["templateid"] = templateid
        if timeallocated is not UNSET:
            field_dict["timeallocated"] = timeallocated

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.field_value import FieldValue  # noqa: PLC0415

        d = dict(src_dict)
        title = d.pop("title")

        _apifields = d.pop("apifields", UNSET)
        apifields: list[FieldValue] | Unset = UNSET
        if _apifields is not UNSET:
            apifields = []
            for apifields_item_data in _apifields:
                apifields_item = FieldValue.from_dict(apifields_item_data)

                apifields.append(apifields_item)

        autonumberid = d.pop("autonumberid", UNSET)

        categoryid = d.pop("categoryid", UNSET)

        clientaccess = d.pop("clientaccess", UNSET)

        clients = d.pop("clients", UNSET)

        companyid = d.pop("companyid", UNSET)

        completedate = d.pop("completedate", UNSET)

        contractors = d.pop("contractors", UNSET)

        _customfields = d.pop("customfields", UNSET)
        customfields: list[FieldValue] | Unset = UNSET
        if _customfields is not UNSET:
            customfields = []
            for customfields_item_data in _customfields:
                customfields_item = FieldValue.from_dict(customfields_item_data)

                customfields.append(customfields_item)

        customformcontent = d.pop("customformcontent", UNSET)

        customformtitle = d.pop("customformtitle", UNSET)

        customstatusid = d.pop("customstatusid", UNSET)

        description = d.pop("description", UNSET)

        duedate = d.pop("duedate", UNSET)

        emailalerts = d.pop("emailalerts", UNSET)

        groupid = d.pop("groupid", UNSET)

        internalclientcontactid = d.pop("internalclientcontactid", UNSET)

        internalclientgroupid = d.pop("internalclientgroupid", UNSET)

        def _parse_invoicetotal(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        invoicetotal = _parse_invoicetotal(d.pop("invoicetotal", UNSET))

        def _parse_managerid(data: object) -> int | KeywordMe | Unset:
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

        managerid = _parse_managerid(d.pop("managerid", UNSET))

        number = d.pop("number", UNSET)

        priority = d.pop("priority", UNSET)

        privatenotes = d.pop("privatenotes", UNSET)

        purchaseordernumber = d.pop("purchaseordernumber", UNSET)

        def _parse_quotetotal(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        quotetotal = _parse_quotetotal(d.pop("quotetotal", UNSET))

        def _parse_staff(data: object) -> KeywordMe | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_id_list_or_me_type_1 = KeywordMe(data)

                return componentsschemas_id_list_or_me_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(KeywordMe | str | Unset, data)

        staff = _parse_staff(d.pop("staff", UNSET))

        startdate = d.pop("startdate", UNSET)

        templateid = d.pop("templateid", UNSET)

        timeallocated = d.pop("timeallocated", UNSET)

        projects_create_body = cls(
            title=title,
            apifields=apifields,
            autonumberid=autonumberid,
            categoryid=categoryid,
            clientaccess=clientaccess,
            clients=clients,
            companyid=companyid,
            completedate=completedate,
            contractors=contractors,
            customfields=customfields,
            customformcontent=customformcontent,
            customformtitle=customformtitle,
            customstatusid=customstatusid,
            description=description,
            duedate=duedate,
            emailalerts=emailalerts,
            groupid=groupid,
            internalclientcontactid=internalclientcontactid,
            internalclientgroupid=internalclientgroupid,
            invoicetotal=invoicetotal,
            managerid=managerid,
            number=number,
            priority=priority,
            privatenotes=privatenotes,
            purchaseordernumber=purchaseordernumber,
            quotetotal=quotetotal,
            staff=staff,
            startdate=startdate,
            templateid=templateid,
            timeallocated=timeallocated,
        )

        return projects_create_body
