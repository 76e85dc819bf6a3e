from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="SettingsContactTeamsCreateBody")


@_attrs_define
class SettingsContactTeamsCreateBody:
    """Request body of settingsContactTeamsCreate.

    Attributes:
        name (str): Name, unique among teams.
    """

    name: str

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        settings_contact_teams_create_body = cls(
            name=name,
        )

        return settings_contact_teams_create_body
