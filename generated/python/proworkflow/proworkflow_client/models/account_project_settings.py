from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AccountProjectSettings")


@_attrs_define
class AccountProjectSettings:
    """The account's project settings (properties inferred).

    Attributes:
        clientaccess (bool): Whether a new project lets its clients see it, unless the project says otherwise.
        emailalerts (bool): Whether a new project sends e-mail alerts, unless the project says otherwise.
    """

    clientaccess: bool
    emailalerts: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        clientaccess = self.clientaccess

        emailalerts = self.emailalerts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "clientaccess": clientaccess,
                "emailalerts": emailalerts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        clientaccess = d.pop("clientaccess")

        emailalerts = d.pop("emailalerts")

        account_project_settings = cls(
            clientaccess=clientaccess,
            emailalerts=emailalerts,
        )

        account_project_settings.additional_properties = d
        return account_project_settings

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
