from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectSettings")


@_attrs_define
class ProjectSettings:
    """The options of one project (only the options named by public sources are listed).

    Attributes:
        id (int): Project id.
        clientaccess (bool | Unset): Whether the project's clients can see it.
        emailalerts (bool | Unset): Whether e-mail alerts go out about the project.
    """

    id: int
    clientaccess: bool | Unset = UNSET
    emailalerts: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        clientaccess = self.clientaccess

        emailalerts = self.emailalerts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if clientaccess is not UNSET:
            field_dict["clientaccess"] = clientaccess
        if emailalerts is not UNSET:
            field_dict["emailalerts"] = emailalerts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        clientaccess = d.pop("clientaccess", UNSET)

        emailalerts = d.pop("emailalerts", UNSET)

        project_settings = cls(
            id=id,
            clientaccess=clientaccess,
            emailalerts=emailalerts,
        )

        project_settings.additional_properties = d
        return project_settings

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
