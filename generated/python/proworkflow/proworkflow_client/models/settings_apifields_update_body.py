from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SettingsApifieldsUpdateBody")


@_attrs_define
class SettingsApifieldsUpdateBody:
    """Request body of settingsApifieldsUpdate (`type` cannot change).

    Attributes:
        name (str | Unset): New name (cannot be cleared).
        private (bool | Unset): Whether only staff see the values.
    """

    name: str | Unset = UNSET
    private: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        private = self.private

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if private is not UNSET:
            field_dict["private"] = private

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        private = d.pop("private", UNSET)

        settings_apifields_update_body = cls(
            name=name,
            private=private,
        )

        return settings_apifields_update_body
