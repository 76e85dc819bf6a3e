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
        apifields (list[FieldValue] | None | Unset): API field values as `{id, value}` objects.
        autonumberid (int | None | Unset): Autonumbering scheme id (/settings/projects/autonumbering) for an `auto`
            number; the default scheme when left out.
        categoryid (int | None | Unset): Project category id (/settings/projects/categories).
        clientaccess (bool | None | Unset): Whether clients may see the project.
        clients (None | str | Unset): Client contacts to assign (ids).
        companyid (int | Unset): Client company the project is for (external projects).
        completedate (None | str | Unset): Completion date. An absolute `yyyy-mm-dd` date or a relative one such as
            `+1m`.
        contractors (None | str | Unset): Contractor contacts to assign (ids).
        customfields (list[FieldValue] | None | Unset): Project custom field values as `{id, value}` objects (ids from
            /settings/projects/customfields, Advanced plan).
        customformcontent (None | str | Unset): Custom form content.
        customformtitle (None | str | Unset): Custom form title.
        customstatusid (int | None | Unset): Custom status id (/settings/projects/customstatuses, Advanced plan).
        description (None | str | Unset): Description.
        duedate (None | str | Unset): Due date. An absolute `yyyy-mm-dd` date or a relative one such as `+1m`.
        emailalerts (bool | None | Unset): Send e-mail alerts about the new project.
        groupid (int | None | Unset): Group ids, comma-separated.
        internalclientcontactid (int | Unset): Staff contact the project is for (internal projects, Advanced plan).
        internalclientgroupid (int | None | Unset): Group of the internal client, when that contact is in several
            groups.
        invoicetotal (float | None | str | Unset): Invoiced value, or `auto` to use the sum of the project invoices.
        managerid (int | KeywordMe | None | Unset): Project manager: a contact id or `me`. Default: KeywordMe.ME.
        number (None | str | Unset): Number, or `auto` for the next number of the autonumbering scheme. Default: 'auto'.
        priority (int | None | Unset): Priority number.
        privatenotes (None | str | Unset): Notes only staff can read.
        purchaseordernumber (None | str | Unset): Purchase order number.
        quotetotal (float | None | str | Unset): Quoted value, or `auto` to use the sum of the project quotes.
        staff (KeywordMe | None | str | Unset): Staff to assign: contact ids or `me`.
        startdate (None | str | Unset): Start date. An absolute `yyyy-mm-dd` date or a relative one such as `+1m`.
        tagid (None | str | Unset): Project tag ids (/settings/projects/tags), comma-separated.
        templateid (int | None | Unset): Project template id (/settings/projects/templates, Advanced plan); values sent
            override the template's.
        timeallocated (int | None | Unset): Allocated time in minutes.
    """

    title: str
    apifields: list[FieldValue] | None | Unset = UNSET
    autonumberid: int | None | Unset = UNSET
    categoryid: int | None | Unset = UNSET
    clientaccess: bool | None | Unset = UNSET
    clients: None | str | Unset = UNSET
    companyid: int | Unset = UNSET
    completedate: None | str | Unset = UNSET
    contractors: None | str | Unset = UNSET
    customfields: list[FieldValue] | None | Unset = UNSET
    customformcontent: None | str | Unset = UNSET
    customformtitle: None | str | Unset = UNSET
    customstatusid: int | None | Unset = UNSET
    description: None | str | Unset = UNSET
    duedate: None | str | Unset = UNSET
    emailalerts: bool | None | Unset = UNSET
    groupid: int | None | Unset = UNSET
    internalclientcontactid: int | Unset = UNSET
    internalclientgroupid: int | None | Unset = UNSET
    invoicetotal: float | None | str | Unset = UNSET
    managerid: int | KeywordMe | None | Unset = KeywordMe.ME
    number: None | str | Unset = "auto"
    priority: int | None | Unset = UNSET
    privatenotes: None | str | Unset = UNSET
    purchaseordernumber: None | str | Unset = UNSET
    quotetotal: float | None | str | Unset = UNSET
    staff: KeywordMe | None | str | Unset = UNSET
    startdate: None | str | Unset = UNSET
    tagid: None | str | Unset = UNSET
    templateid: int | None | Unset = UNSET
    timeallocated: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        apifields: list[dict[str, Any]] | None | Unset
        if isinstance(self.apifields, Unset):
            apifields = UNSET
        elif isinstance(self.apifields, list):
            apifields = []
            for apifields_type_0_item_data in self.apifields:
                apifields_type_0_item = apifields_type_0_item_data.to_dict()
                apifields.append(apifields_type_0_item)

        else:
            apifields = self.apifields

        autonumberid: int | None | Unset
        if isinstance(self.autonumberid, Unset):
            autonumberid = UNSET
        else:
            autonumberid = self.autonumberid

        categoryid: int | None | Unset
        if isinstance(self.categoryid, Unset):
            categoryid = UNSET
        else:
            categoryid = self.categoryid

        clientaccess: bool | None | Unset
        if isinstance(self.clientaccess, Unset):
            clientaccess = UNSET
        else:
            clientaccess = self.clientaccess

        clients: None | str | Unset
        if isinstance(self.clients, Unset):
            clients = UNSET
        else:
            clients = self.clients

        companyid = self.companyid

        completedate: None | str | Unset
        if isinstance(self.completedate, Unset):
            completedate = UNSET
        else:
            completedate = self.completedate

        contractors: None | str | Unset
        if isinstance(self.contractors, Unset):
            contractors = UNSET
        else:
            contractors = self.contractors

        customfields: list[dict[str, Any]] | None | Unset
        if isinstance(self.customfields, Unset):
            customfields = UNSET
        elif isinstance(self.customfields, list):
            customfields = []
            for customfields_type_0_item_data in self.customfields:
                customfields_type_0_item = customfields_type_0_item_data.to_dict()
                customfields.append(customfields_type_0_item)

        else:
            customfields = self.customfields

        customformcontent: None | str | Unset
        if isinstance(self.customformcontent, Unset):
            customformcontent = UNSET
        else:
            customformcontent = self.customformcontent

        customformtitle: None | str | Unset
        if isinstance(self.customformtitle, Unset):
            customformtitle = UNSET
        else:
            customformtitle = self.customformtitle

        customstatusid: int | None | Unset
        if isinstance(self.customstatusid, Unset):
            customstatusid = UNSET
        else:
            customstatusid = self.customstatusid

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        duedate: None | str | Unset
        if isinstance(self.duedate, Unset):
            duedate = UNSET
        else:
            duedate = self.duedate

        emailalerts: bool | None | Unset
        if isinstance(self.emailalerts, Unset):
            emailalerts = UNSET
        else:
            emailalerts = self.emailalerts

        groupid: int | None | Unset
        if isinstance(self.groupid, Unset):
            groupid = UNSET
        else:
            groupid = self.groupid

        internalclientcontactid = self.internalclientcontactid

        internalclientgroupid: int | None | Unset
        if isinstance(self.internalclientgroupid, Unset):
            internalclientgroupid = UNSET
        else:
            internalclientgroupid = self.internalclientgroupid

        invoicetotal: float | None | str | Unset
        if isinstance(self.invoicetotal, Unset):
            invoicetotal = UNSET
        else:
            invoicetotal = self.invoicetotal

        managerid: int | None | str | Unset
        if isinstance(self.managerid, Unset):
            managerid = UNSET
        elif isinstance(self.managerid, KeywordMe):
            managerid = self.managerid.value
        else:
            managerid = self.managerid

        number: None | str | Unset
        if isinstance(self.number, Unset):
            number = UNSET
        else:
            number = self.number

        priority: int | None | Unset
        if isinstance(self.priority, Unset):
            priority = UNSET
        else:
            priority = self.priority

        privatenotes: None | str | Unset
        if isinstance(self.privatenotes, Unset):
            privatenotes = UNSET
        else:
            privatenotes = self.privatenotes

        purchaseordernumber: None | str | Unset
        if isinstance(self.purchaseordernumber, Unset):
            purchaseordernumber = UNSET
        else:
            purchaseordernumber = self.purchaseordernumber

        quotetotal: float | None | str | Unset
        if isinstance(self.quotetotal, Unset):
            quotetotal = UNSET
        else:
            quotetotal = self.quotetotal

        staff: None | str | Unset
        if isinstance(self.staff, Unset):
            staff = UNSET
        elif isinstance(self.staff, KeywordMe):
            staff = self.staff.value
        else:
            staff = self.staff

        startdate: None | str | Unset
        if isinstance(self.startdate, Unset):
            startdate = UNSET
        else:
            startdate = self.startdate

        tagid: None | str | Unset
        if isinstance(self.tagid, Unset):
            tagid = UNSET
        else:
            tagid = self.tagid

        templateid: int | None | Unset
        if isinstance(self.templateid, Unset):
            templateid = UNSET
        else:
            templateid = self.templateid

        timeallocated: int | None | Unset
        if isinstance(self.timeallocated, Unset):
            timeallocated = UNSET
        else:
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
        if tagid is not UNSET:
            field_dict["tagid"] = tagid
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

        def _parse_apifields(data: object) -> list[FieldValue] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                apifields_type_0 = []
                _apifields_type_0 = data
                for apifields_type_0_item_data in _apifields_type_0:
                    apifields_type_0_item = FieldValue.from_dict(apifields_type_0_item_data)

                    apifields_type_0.append(apifields_type_0_item)

                return apifields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[FieldValue] | None | Unset, data)

        apifields = _parse_apifields(d.pop("apifields", UNSET))

        def _parse_autonumberid(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        autonumberid = _parse_autonumberid(d.pop("autonumberid", UNSET))

        def _parse_categoryid(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        categoryid = _parse_categoryid(d.pop("categoryid", UNSET))

        def _parse_clientaccess(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        clientaccess = _parse_clientaccess(d.pop("clientaccess", UNSET))

        def _parse_clients(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        clients = _parse_clients(d.pop("clients", UNSET))

        companyid = d.pop("companyid", UNSET)

        def _parse_completedate(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        completedate = _parse_completedate(d.pop("completedate", UNSET))

        def _parse_contractors(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contractors = _parse_contractors(d.pop("contractors", UNSET))

        def _parse_customfields(data: object) -> list[FieldValue] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                customfields_type_0 = []
                _customfields_type_0 = data
                for customfields_type_0_item_data in _customfields_type_0:
                    customfields_type_0_item = FieldValue.from_dict(customfields_type_0_item_data)

                    customfields_type_0.append(customfields_type_0_item)

                return customfields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[FieldValue] | None | Unset, data)

        customfields = _parse_customfields(d.pop("customfields", UNSET))

        def _parse_customformcontent(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customformcontent = _parse_customformcontent(d.pop("customformcontent", UNSET))

        def _parse_customformtitle(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customformtitle = _parse_customformtitle(d.pop("customformtitle", UNSET))

        def _parse_customstatusid(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        customstatusid = _parse_customstatusid(d.pop("customstatusid", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_duedate(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        duedate = _parse_duedate(d.pop("duedate", UNSET))

        def _parse_emailalerts(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        emailalerts = _parse_emailalerts(d.pop("emailalerts", UNSET))

        def _parse_groupid(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        groupid = _parse_groupid(d.pop("groupid", UNSET))

        internalclientcontactid = d.pop("internalclientcontactid", UNSET)

        def _parse_internalclientgroupid(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        internalclientgroupid = _parse_internalclientgroupid(d.pop("internalclientgroupid", UNSET))

        def _parse_invoicetotal(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        invoicetotal = _parse_invoicetotal(d.pop("invoicetotal", UNSET))

        def _parse_managerid(data: object) -> int | KeywordMe | None | Unset:
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

        managerid = _parse_managerid(d.pop("managerid", UNSET))

        def _parse_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        number = _parse_number(d.pop("number", UNSET))

        def _parse_priority(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        priority = _parse_priority(d.pop("priority", UNSET))

        def _parse_privatenotes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        privatenotes = _parse_privatenotes(d.pop("privatenotes", UNSET))

        def _parse_purchaseordernumber(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        purchaseordernumber = _parse_purchaseordernumber(d.pop("purchaseordernumber", UNSET))

        def _parse_quotetotal(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        quotetotal = _parse_quotetotal(d.pop("quotetotal", UNSET))

        def _parse_staff(data: object) -> KeywordMe | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_id_list_or_me_type_1 = KeywordMe(data)

                return componentsschemas_id_list_or_me_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(KeywordMe | None | str | Unset, data)

        staff = _parse_staff(d.pop("staff", UNSET))

        def _parse_startdate(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        startdate = _parse_startdate(d.pop("startdate", UNSET))

        def _parse_tagid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tagid = _parse_tagid(d.pop("tagid", UNSET))

        def _parse_templateid(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        templateid = _parse_templateid(d.pop("templateid", UNSET))

        def _parse_timeallocated(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        timeallocated = _parse_timeallocated(d.pop("timeallocated", UNSET))

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
            tagid=tagid,
            templateid=templateid,
            timeallocated=timeallocated,
        )

        return projects_create_body
