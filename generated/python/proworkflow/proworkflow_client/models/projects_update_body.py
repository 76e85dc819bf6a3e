from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..models.keyword_me import KeywordMe
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.field_value import FieldValue


T = TypeVar("T", bound="ProjectsUpdateBody")


@_attrs_define
class ProjectsUpdateBody:
    """Request body of projectsUpdate. Every property is optional; an empty string clears a text or date.

    Attributes:
        accountedfor (bool | Unset): Marked as accounted for.
        apifields (list[FieldValue] | Unset): API field values as `{id, value}` objects.
        categoryid (int | Unset): Project category id (/settings/projects/categories).
        clientaccess (bool | Unset): Whether clients may see the project.
        clients (str | Unset): One id or several ids separated by commas, without spaces (`1` or `1,2,3`). Several ids
            mean "any of them".
        companyid (int | Unset): Client company the project is for (external projects).
        completedate (Literal[''] | str | Unset): Completion date. An absolute `yyyy-mm-dd` date or a relative one such
            as `+1m`. An empty string clears it.
        contractors (str | Unset): One id or several ids separated by commas, without spaces (`1` or `1,2,3`). Several
            ids mean "any of them".
        customfields (list[FieldValue] | Unset): Project custom field values as `{id, value}` objects (ids from
            /settings/projects/customfields, Advanced plan).
        customformcontent (str | Unset): Custom form content.
        customformtitle (str | Unset): Custom form title.
        customstatusid (int | Unset): Custom status id (/settings/projects/customstatuses, Advanced plan).
        description (str | Unset): Description.
        duedate (Literal[''] | str | Unset): Due date. An absolute `yyyy-mm-dd` date or a relative one such as `+1m`. An
            empty string clears it.
        emailalerts (bool | Unset): Send e-mail alerts about the new project.
        groupid (int | Unset): Group ids, comma-separated.
        internalclientcontactid (int | Unset): Staff contact the project is for (internal projects, Advanced plan).
        invoiced (bool | Unset): Marked as invoiced.
        invoicetotal (float | str | Unset): An amount, or `auto` to let the service total the related quotes/invoices.
        managerid (int | KeywordMe | Unset): A single contact id, or `me` for the caller.
        number (str | Unset): Number.
        paid (bool | Unset): Marked as paid.
        priority (int | Unset): Priority number.
        privatenotes (str | Unset): Notes only staff can read.
        purchaseordernumber (str | Unset): Purchase order number.
        quotetotal (float | str | Unset): An amount, or `auto` to let the service total the related quotes/invoices.
        staff (KeywordMe | str | Unset): An id list or the keyword `me`.
        startdate (Literal[''] | str | Unset): Start date. An absolute `yyyy-mm-dd` date or a relative one such as
            `+1m`. An empty string clears it.
        tagid (str | Unset): One id or several ids separated by commas, without spaces (`1` or `1,2,3`). Several ids
            mean "any of them".
        timeallocated (int | Unset): Allocated time in minutes.
        title (str | Unset): Title (cannot be cleared).
    """

    accountedfor: bool | Unset = UNSET
    apifields: list[FieldValue] | Unset = UNSET
    categoryid: int | Unset = UNSET
    clientaccess: bool | Unset = UNSET
    clients: str | Unset = UNSET
    companyid: int | Unset = UNSET
    completedate: Literal[""] | str | Unset = UNSET
    contractors: str | Unset = UNSET
    customfields: list[FieldValue] | Unset = UNSET
    customformcontent: str | Unset = UNSET
    customformtitle: str | Unset = UNSET
    customstatusid: int | Unset = UNSET
    description: str | Unset = UNSET
    duedate: Literal[""] | str | Unset = UNSET
    emailalerts: bool | Unset = UNSET
    groupid: int | Unset = UNSET
    internalclientcontactid: int | Unset = UNSET
    invoiced: bool | Unset = UNSET
    invoicetotal: float | str | Unset = UNSET
    managerid: int | KeywordMe | Unset = UNSET
    number: str | Unset = UNSET
    paid: bool | Unset = UNSET
    priority: int | Unset = UNSET
    privatenotes: str | Unset = UNSET
    purchaseordernumber: str | Unset = UNSET
    quotetotal: float | str | Unset = UNSET
    staff: KeywordMe | str | Unset = UNSET
    startdate: Literal[""] | str | Unset = UNSET
    tagid: str | Unset = UNSET
    timeallocated: int | Unset = UNSET
    title: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        accountedfor = self.accountedfor

        apifields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.apifields, Unset):
            apifields = []
            for apifields_item_data in self.apifields:
                apifields_item = apifields_item_data.to_dict()
                apifields.append(apifields_item)

        categoryid = self.categoryid

        clientaccess = self.clientaccess

        clients = self.clients

        companyid = self.companyid

        completedate: Literal[""] | str | Unset
        if isinstance(self.completedate, Unset):
            completedate = UNSET
        else:
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

        duedate: Literal[""] | str | Unset
        if isinstance(self.duedate, Unset):
            duedate = UNSET
        else:
            duedate = self.duedate

        emailalerts = self.emailalerts

        groupid = self.groupid

        internalclientcontactid = self.internalclientcontactid

        invoiced = self.invoiced

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

        paid = self.paid

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

        startdate: Literal[""] | str | Unset
        if isinstance(self.startdate, Unset):
            startdate = UNSET
        else:
            startdate = self.startdate

        tagid = self.tagid

        timeallocated = self.timeallocated

        title = self.title

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if accountedfor is not UNSET:
            field_dict["accountedfor"] = accountedfor
        if apifields is not UNSET:
            field_dict["apifields"] = apifields
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
        if invoiced is not UNSET:
            field_dict["invoiced"] = invoiced
        if invoicetotal is not UNSET:
            field_dict["invoicetotal"] = invoicetotal
        if managerid is not UNSET:
            field_dict["managerid"] = managerid
        if number is not UNSET:
            field_dict["number"] = number
        if paid is not UNSET:
            field_dict["paid"] = paid
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
        if timeallocated is not UNSET:
            field_dict["timeallocated"] = timeallocated
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.field_value import FieldValue  # noqa: PLC0415

        d = dict(src_dict)
        accountedfor = d.pop("accountedfor", UNSET)

        _apifields = d.pop("apifields", UNSET)
        apifields: list[FieldValue] | Unset = UNSET
        if _apifields is not UNSET:
            apifields = []
            for apifields_item_data in _apifields:
                apifields_item = FieldValue.from_dict(apifields_item_data)

                apifields.append(apifields_item)

        categoryid = d.pop("categoryid", UNSET)

        clientaccess = d.pop("clientaccess", UNSET)

        clients = d.pop("clients", UNSET)

        companyid = d.pop("companyid", UNSET)

        def _parse_completedate(data: object) -> Literal[""] | str | Unset:
            if isinstance(data, Unset):
                return data
            completedate_type_1 = cast(Literal[""], data)
            if completedate_type_1 != "":
                raise ValueError(f"completedate_type_1 must match const '', got '{completedate_type_1}'")
            return completedate_type_1
            return cast(Literal[""] | str | Unset, data)

        completedate = _parse_completedate(d.pop("completedate", UNSET))

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

        def _parse_duedate(data: object) -> Literal[""] | str | Unset:
            if isinstance(data, Unset):
                return data
            duedate_type_1 = cast(Literal[""], data)
            if duedate_type_1 != "":
                raise ValueError(f"duedate_type_1 must match const '', got '{duedate_type_1}'")
            return duedate_type_1
            return cast(Literal[""] | str | Unset, data)

        duedate = _parse_duedate(d.pop("duedate", UNSET))

        emailalerts = d.pop("emailalerts", UNSET)

        groupid = d.pop("groupid", UNSET)

        internalclientcontactid = d.pop("internalclientcontactid", UNSET)

        invoiced = d.pop("invoiced", UNSET)

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

        paid = d.pop("paid", UNSET)

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

        def _parse_startdate(data: object) -> Literal[""] | str | Unset:
            if isinstance(data, Unset):
                return data
            startdate_type_1 = cast(Literal[""], data)
            if startdate_type_1 != "":
                raise ValueError(f"startdate_type_1 must match const '', got '{startdate_type_1}'")
            return startdate_type_1
            return cast(Literal[""] | str | Unset, data)

        startdate = _parse_startdate(d.pop("startdate", UNSET))

        tagid = d.pop("tagid", UNSET)

        timeallocated = d.pop("timeallocated", UNSET)

        title = d.pop("title", UNSET)

        projects_update_body = cls(
            accountedfor=accountedfor,
            apifields=apifields,
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
            invoiced=invoiced,
            invoicetotal=invoicetotal,
            managerid=managerid,
            number=number,
            paid=paid,
            priority=priority,
            privatenotes=privatenotes,
            purchaseordernumber=purchaseordernumber,
            quotetotal=quotetotal,
            staff=staff,
            startdate=startdate,
            tagid=tagid,
            timeallocated=timeallocated,
            title=title,
        )

        return projects_update_body
