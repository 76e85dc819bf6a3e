from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateUsersScheduleResult")


@_attrs_define
class UpdateUsersScheduleResult:
    """Success envelope of update_users_schedule.

    Attributes:
        status (Literal['ok']): Always `ok` on success.
        data (list[str] | Unset): Always empty.
        message (str | Unset): How many days were newly marked and how many changed, e.g. `Days added: 2, days updated:
            1`.
    """

    status: Literal["ok"]
    data: list[str] | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        data: list[str] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if data is not UNSET:
            field_dict["data"] = data
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = cast(Literal["ok"], d.pop("status"))
        if status != "ok":
            raise ValueError(f"status must match const 'ok', got '{status}'")

        data = cast(list[str], d.pop("data", UNSET))

        message = d.pop("message", UNSET)

        update_users_schedule_result = cls(
            status=status,
            data=data,
            message=message,
        )

        update_users_schedule_result.additional_properties = d
        return update_users_schedule_result

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
