from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectSettingsUpdateBody")


@_attrs_define
class ProjectSettingsUpdateBody:
    """Request body of projectSettingsUpdate.

    Attributes:
        clientaccess (bool | Unset): Whether the project's clients can see it.
        emailalerts (bool | Unset): Whether e-mail alerts go out about the project.
    """

    clientaccess: bool | Unset = UNSET
    emailalerts: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        clientaccess = self.clientaccess

        emailalerts = self.emailalerts

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if clientaccess is not UNSET:
            field_dict["clientaccess"] = clientaccess
        if emailalerts is not UNSET:
            field_dict["emailalerts"] = emailalerts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        clientaccess = d.pop("clientaccess", UNSET)

        emailalerts = d.pop("emailalerts", UNSET)

        project_settings_update_body = cls(
            clientaccess=clientaccess,
            emailalerts=emailalerts,
        )

        return project_settings_update_body
