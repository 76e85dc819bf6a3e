from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="SettingsProjectCustomStatusesCreateBody")


@_attrs_define
class SettingsProjectCustomStatusesCreateBody:
    """Request body of settingsProjectCustomStatusesCreate.

    Attributes:
        name (str): Name, unique among custom statuses.
        color (str): Colour, hex RGB such as `3366FF`.
    """

    name: str
    color: str

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        color = self.color

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "color": color,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        color = d.pop("color")

        settings_project_custom_statuses_create_body = cls(
            name=name,
            color=color,
        )

        return settings_project_custom_statuses_create_body
