from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SettingsProjectCustomStatusesUpdateBody")


@_attrs_define
class SettingsProjectCustomStatusesUpdateBody:
    """Request body of settingsProjectCustomStatusesUpdate.

    Attributes:
        name (str | Unset): New name (cannot be cleared).
        color (str | Unset): New colour, hex RGB.
    """

    name: str | Unset = UNSET
    color: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        color = self.color

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if color is not UNSET:
            field_dict["color"] = color

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        color = d.pop("color", UNSET)

        settings_project_custom_statuses_update_body = cls(
            name=name,
            color=color,
        )

        return settings_project_custom_statuses_update_body
