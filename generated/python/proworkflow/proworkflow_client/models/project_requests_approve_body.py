from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectRequestsApproveBody")


@_attrs_define
class ProjectRequestsApproveBody:
    """Request body of projectRequestsApprove.

    Attributes:
        autonumberid (int | Unset): Autonumbering scheme for the project number (settings).
        clientaccess (bool | Unset): Give the requesting client access to the new project. Default: False.
        emailalerts (bool | Unset): Send the usual new-project e-mail alerts. Default: True.
        number (str | Unset): Project number, or `auto` for the next number. Default: 'auto'.
    """

    autonumberid: int | Unset = UNSET
    clientaccess: bool | Unset = False
    emailalerts: bool | Unset = True
    number: str | Unset = "auto"

    def to_dict(self) -> dict[str, Any]:
        autonumberid = self.autonumberid

        clientaccess = self.clientaccess

        emailalerts = self.emailalerts

        number = self.number

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if autonumberid is not UNSET:
            field_dict["autonumberid"] = autonumberid
        if clientaccess is not UNSET:
            field_dict["clientaccess"] = clientaccess
        if emailalerts is not UNSET:
            field_dict["emailalerts"] = emailalerts
        if number is not UNSET:
            field_dict["number"] = number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        autonumberid = d.pop("autonumberid", UNSET)

        clientaccess = d.pop("clientaccess", UNSET)

        emailalerts = d.pop("emailalerts", UNSET)

        number = d.pop("number", UNSET)

        project_requests_approve_body = cls(
            autonumberid=autonumberid,
            clientaccess=clientaccess,
            emailalerts=emailalerts,
            number=number,
        )

        return project_requests_approve_body
