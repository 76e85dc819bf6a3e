from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.users_schedule_update_additional_property import UsersScheduleUpdateAdditionalProperty


T = TypeVar("T", bound="UsersScheduleUpdate")


@_attrs_define
class UsersScheduleUpdate:
    """Changes to members' schedules: an object whose keys name members (an e-mail address or a user id
    as digits) and whose values map dates to what they become. Dates may be written `DD.MM.YYYY` or
    `YYYY-MM-DD`. Values: `vacation`, `sick-leave`, `workday` (work on a day off), or `unset` (clear
    the day). A value replaces whatever the day had; no `unset` is needed first.

    """

    additional_properties: dict[str, UsersScheduleUpdateAdditionalProperty] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.users_schedule_update_additional_property import UsersScheduleUpdateAdditionalProperty  # noqa: PLC0415

        d = dict(src_dict)
        users_schedule_update = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = UsersScheduleUpdateAdditionalProperty.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        users_schedule_update.additional_properties = additional_properties
        return users_schedule_update

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> UsersScheduleUpdateAdditionalProperty:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: UsersScheduleUpdateAdditionalProperty) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
