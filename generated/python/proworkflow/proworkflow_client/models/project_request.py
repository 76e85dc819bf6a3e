from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.project_request_status import ProjectRequestStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_field_value import ApiFieldValue
    from ..models.custom_field_value import CustomFieldValue
    from ..models.named_ref import NamedRef


T = TypeVar("T", bound="ProjectRequest")


@_attrs_define
class ProjectRequest:
    """A project request.

    Attributes:
        id (int): Request id.
        title (str | Unset): Title.
        description (str | Unset): Description.
        budget (float | Unset): Budget.
        startdate (str | Unset): Date or date-time as the service returns it: ISO 8601 in the account's local time, no
            offset (e.g. `2026-06-24T00:00:00`).
        duedate (str | Unset): Date or date-time as the service returns it: ISO 8601 in the account's local time, no
            offset (e.g. `2026-06-24T00:00:00`).
        submitteddate (str | Unset): Date or date-time as the service returns it: ISO 8601 in the account's local time,
            no offset (e.g. `2026-06-24T00:00:00`).
        lastmodified (str | Unset): Date or date-time as the service returns it: ISO 8601 in the account's local time,
            no offset (e.g. `2026-06-24T00:00:00`).
        status (ProjectRequestStatus | Unset): Where the request stands.
        projectid (int | Unset): Project made when the request was approved.
        companyid (int | Unset): Company the request is for.
        clientid (int | Unset): Contact who made the request.
        recipientid (int | Unset): Contact the request was sent to.
        company (NamedRef | Unset): A linked item (company, contact, task, file, template) embedded as its id and name.
        client (NamedRef | Unset): A linked item (company, contact, task, file, template) embedded as its id and name.
        recipient (NamedRef | Unset): A linked item (company, contact, task, file, template) embedded as its id and
            name.
        templateid (int | Unset): Project template the request uses (`template`, Advanced plan); absent when none.
        templatename (str | Unset): Its name (`template`).
        customformtitle (str | Unset): Title of the request's custom form (`customform`, Advanced plan).
        customformcontent (str | Unset): Content of that form (`customform`).
        files (list[NamedRef] | Unset): Files attached to the request (`files`).
        apifields (list[ApiFieldValue] | Unset): API-only custom fields (`apifields`).
        customfields (list[CustomFieldValue] | Unset): Custom fields (`customfields`, Advanced plan).
    """

    id: int
    title: str | Unset = UNSET
    description: str | Unset = UNSET
    budget: float | Unset = UNSET
    startdate: str | Unset = UNSET
    duedate: str | Unset = UNSET
    submitteddate: str | Unset = UNSET
    lastmodified: str | Unset = UNSET
    status: ProjectRequestStatus | Unset = UNSET
    projectid: int | Unset = UNSET
    companyid: int | Unset = UNSET
    clientid: int | Unset = UNSET
    recipientid: int | Unset = UNSET
    company: NamedRef | Unset = UNSET
    client: NamedRef | Unset = UNSET
    recipient: NamedRef | Unset = UNSET
    templateid: int | Unset = UNSET
    templatename: str | Unset = UNSET
    customformtitle: str | Unset = UNSET
    customformcontent: str | Unset = UNSET
    files: list[NamedRef] | Unset = UNSET
    apifields: list[ApiFieldValue] | Unset = UNSET
    customfields: list[CustomFieldValue] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        description = self.description

        budget = self.budget

        startdate = self.startdate

        duedate = self.duedate

        submitteddate = self.submitteddate

        lastmodified = self.lastmodified

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        projectid = self.projectid

        companyid = self.companyid

        clientid = self.clientid

        recipientid = self.recipientid

        company: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company, Unset):
            company = self.company.to_dict()

        client: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client, Unset):
            client = self.client.to_dict()

        recipient: dict[str, Any] | Unset = UNSET
        if not isinstance(self.recipient, Unset):
            recipient = self.recipient.to_dict()

        templateid = self.templateid

        templatename = self.templatename

        customformtitle = self.customformtitle

        customformcontent = self.customformcontent

        files: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.files, Unset):
            files = []
            for files_item_data in self.files:
                files_item = files_item_data.to_dict()
                files.append(files_item)

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if budget is not UNSET:
            field_dict["budget"] = budget
        if startdate is not UNSET:
            field_dict["startdate"] = startdate
        if duedate is not UNSET:
            field_dict["duedate"] = duedate
        if submitteddate is not UNSET:
            field_dict["submitteddate"] = submitteddate
        if lastmodified is not UNSET:
            field_dict["lastmodified"] = lastmodified
        if status is not UNSET:
            field_dict["status"] = status
        if projectid is not UNSET:
            field_dict["projectid"] = projectid
        if companyid is not UNSET:
            field_dict["companyid"] = companyid
        if clientid is not UNSET:
            field_dict["clientid"] = clientid
        if recipientid is not UNSET:
            field_dict["recipientid"] = recipientid
        if company is not UNSET:
            field_dict["company"] = company
        if client is not UNSET:
            field_dict["client"] = client
        if recipient is not UNSET:
            field_dict["recipient"] = recipient
        if templateid is not UNSET:
            field_dict["templateid"] = templateid
        if templatename is not UNSET:
            field_dict["templatename"] = templatename
        if customformtitle is not UNSET:
            field_dict["customformtitle"] = customformtitle
        if customformcontent is not UNSET:
            field_dict["customformcontent"] = customformcontent
        if files is not UNSET:
            field_dict["files"] = files
        if apifields is not UNSET:
            field_dict["apifields"] = apifields
        if customfields is not UNSET:
            field_dict["customfields"] = customfields

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.api_field_value import ApiFieldValue  # noqa: PLC0415
        from ..models.custom_field_value import CustomFieldValue  # noqa: PLC0415
        from ..models.named_ref import NamedRef  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        title = d.pop("title", UNSET)

        description = d.pop("description", UNSET)

        budget = d.pop("budget", UNSET)

        startdate = d.pop("startdate", UNSET)

        duedate = d.pop("duedate", UNSET)

        submitteddate = d.pop("submitteddate", UNSET)

        lastmodified = d.pop("lastmodified", UNSET)

        _status = d.pop("status", UNSET)
        status: ProjectRequestStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ProjectRequestStatus(_status)

        projectid = d.pop("projectid", UNSET)

        companyid = d.pop("companyid", UNSET)

        clientid = d.pop("clientid", UNSET)

        recipientid = d.pop("recipientid", UNSET)

        _company = d.pop("company", UNSET)
        company: NamedRef | Unset
        if isinstance(_company, Unset):
            company = UNSET
        else:
            company = NamedRef.from_dict(_company)

        _client = d.pop("client", UNSET)
        client: NamedRef | Unset
        if isinstance(_client, Unset):
            client = UNSET
        else:
            client = NamedRef.from_dict(_client)

        _recipient = d.pop("recipient", UNSET)
        recipient: NamedRef | Unset
        if isinstance(_recipient, Unset):
            recipient = UNSET
        else:
            recipient = NamedRef.from_dict(_recipient)

        templateid = d.pop("templateid", UNSET)

        templatename = d.pop("templatename", UNSET)

        customformtitle = d.pop("customformtitle", UNSET)

        customformcontent = d.pop("customformcontent", UNSET)

        _files = d.pop("files", UNSET)
        files: list[NamedRef] | Unset = UNSET
        if _files is not UNSET:
            files = []
            for files_item_data in _files:
                files_item = NamedRef.from_dict(files_item_data)

                files.append(files_item)

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

        project_request = cls(
            id=id,
            title=title,
            description=description,
            budget=budget,
            startdate=startdate,
            duedate=duedate,
            submitteddate=submitteddate,
            lastmodified=lastmodified,
            status=status,
            projectid=projectid,
            companyid=companyid,
            clientid=clientid,
            recipientid=recipientid,
            company=company,
            client=client,
            recipient=recipient,
            templateid=templateid,
            templatename=templatename,
            customformtitle=customformtitle,
            customformcontent=customformcontent,
            files=files,
            apifields=apifields,
            customfields=customfields,
        )

        project_request.additional_properties = d
        return project_request

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
