from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SettingsContactGroupsUpdateBody")


@_attrs_define
class SettingsContactGroupsUpdateBody:
    """Request body of settingsContactGroupsUpdate.

    Attributes:
        name (str | Unset): New name, unique within the group's team (cannot be cleared).
        teamid (int | Unset): The team to move the group under.
    """

    name: str | Unset = UNSET
    teamid: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        teamid = self.teamid

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if teamid is not UNSET:
            field_dict["teamid"] = teamid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        teamid = d.pop("teamid", UNSET)

        settings_contact_groups_update_body = cls(
            name=name,
            teamid=teamid,
        )

        return settings_contact_groups_update_body
