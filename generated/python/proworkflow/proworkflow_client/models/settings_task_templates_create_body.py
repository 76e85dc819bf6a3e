from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="SettingsTaskTemplatesCreateBody")


@_attrs_define
class SettingsTaskTemplatesCreateBody:
    """Request body of settingsTaskTemplatesCreate.

    Attributes:
        name (str): Name, unique among task templates.
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

        settings_task_templates_create_body = cls(
            name=name,
        )

        return settings_task_templates_create_body
