from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.settings_apifields_create_body_type import SettingsApifieldsCreateBodyType
from ..types import UNSET, Unset

T = TypeVar("T", bound="SettingsApifieldsCreateBody")


@_attrs_define
class SettingsApifieldsCreateBody:
    """Request body of settingsApifieldsCreate.

    Attributes:
        name (str): Field name, unique within the type.
        type_ (SettingsApifieldsCreateBodyType): Item type (cannot change later).
        private (bool | None | Unset): Whether only staff see the values (default false).
    """

    name: str
    type_: SettingsApifieldsCreateBodyType
    private: bool | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_.value

        private: bool | None | Unset
        if isinstance(self.private, Unset):
            private = UNSET
        else:
            private = self.private

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "type": type_,
            }
        )
        if private is not UNSET:
            field_dict["private"] = private

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        type_ = SettingsApifieldsCreateBodyType(d.pop("type"))

        def _parse_private(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        private = _parse_private(d.pop("private", UNSET))

        settings_apifields_create_body = cls(
            name=name,
            type_=type_,
            private=private,
        )

        return settings_apifields_create_body
