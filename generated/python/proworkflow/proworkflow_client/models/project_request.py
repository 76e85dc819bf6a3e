from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.project_request_status import ProjectRequestStatus
from ..types import UNSET, Unset

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
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
