from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="SettingsContactGroupsCreateBody")


@_attrs_define
class SettingsContactGroupsCreateBody:
    """Request body of settingsContactGroupsCreate.

    Attributes:
        name (str): Name, unique within its team.
        teamid (int): The team the group sits under.
    """

    name: str
    teamid: int

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        teamid = self.teamid

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "teamid": teamid,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        teamid = d.pop("teamid")

        settings_contact_groups_create_body = cls(
            name=name,
            teamid=teamid,
        )

        return settings_contact_groups_create_body
