from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.get_users_schedule_result_data_type_0 import GetUsersScheduleResultDataType0


T = TypeVar("T", bound="GetUsersScheduleResult")


@_attrs_define
class GetUsersScheduleResult:
    """Success envelope of get_users_schedule.

    Attributes:
        status (Literal['ok']): Always `ok` on success.
        data (GetUsersScheduleResultDataType0 | list[str]): The members' schedules keyed by member id (a JSON object);
            presumed `[]` when there is none.
    """

    status: Literal["ok"]
    data: GetUsersScheduleResultDataType0 | list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.get_users_schedule_result_data_type_0 import GetUsersScheduleResultDataType0  # noqa: PLC0415

        status = self.status

        data: dict[str, Any] | list[str]
        if isinstance(self.data, GetUsersScheduleResultDataType0):
            data = self.data.to_dict()
        else:
            data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_users_schedule_result_data_type_0 import GetUsersScheduleResultDataType0  # noqa: PLC0415

        d = dict(src_dict)
        status = cast(Literal["ok"], d.pop("status"))
        if status != "ok":
            raise ValueError(f"status must match const 'ok', got '{status}'")

        def _parse_data(data: object) -> GetUsersScheduleResultDataType0 | list[str]:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = GetUsersScheduleResultDataType0.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            data_type_1 = cast(list[str], data)

            return data_type_1

        data = _parse_data(d.pop("data"))

        get_users_schedule_result = cls(
            status=status,
            data=data,
        )

        get_users_schedule_result.additional_properties = d
        return get_users_schedule_result

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
