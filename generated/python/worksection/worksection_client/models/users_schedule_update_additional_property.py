from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.users_schedule_update_additional_property_additional_property import (
    UsersScheduleUpdateAdditionalPropertyAdditionalProperty,
)

T = TypeVar("T", bound="UsersScheduleUpdateAdditionalProperty")


@_attrs_define
class UsersScheduleUpdateAdditionalProperty:
    additional_properties: dict[str, UsersScheduleUpdateAdditionalPropertyAdditionalProperty] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        users_schedule_update_additional_property = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = UsersScheduleUpdateAdditionalPropertyAdditionalProperty(prop_dict)

            additional_properties[prop_name] = additional_property

        users_schedule_update_additional_property.additional_properties = additional_properties
        return users_schedule_update_additional_property

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> UsersScheduleUpdateAdditionalPropertyAdditionalProperty:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: UsersScheduleUpdateAdditionalPropertyAdditionalProperty) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
