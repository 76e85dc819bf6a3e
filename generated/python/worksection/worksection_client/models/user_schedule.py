from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_schedule_schedule_type_0 import UserScheduleScheduleType0


T = TypeVar("T", bound="UserSchedule")


@_attrs_define
class UserSchedule:
    """One member's marked days, as the member's "Schedule" window shows them.

    Attributes:
        id (str): The member's id.
        email (str): The member's e-mail address.
        name (str): The member's first and last name.
        schedule (list[str] | UserScheduleScheduleType0): The marked days by date (`YYYY-MM-DD`), each `vacation`,
            `sick-leave` or `workday`. Ordinary
            working days and ordinary days off are not listed. Presumed `[]` when nothing is marked.
        group (str | Unset): The member's team.
        department (str | Unset): The member's department (may be empty).
    """

    id: str
    email: str
    name: str
    schedule: list[str] | UserScheduleScheduleType0
    group: str | Unset = UNSET
    department: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.user_schedule_schedule_type_0 import UserScheduleScheduleType0  # noqa: PLC0415

        id = self.id

        email = self.email

        name = self.name

        schedule: dict[str, Any] | list[str]
        if isinstance(self.schedule, UserScheduleScheduleType0):
            schedule = self.schedule.to_dict()
        else:
            schedule = self.schedule

        group = self.group

        department = self.department

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "email": email,
                "name": name,
                "schedule": schedule,
            }
        )
        if group is not UNSET:
            field_dict["group"] = group
        if department is not UNSET:
            field_dict["department"] = department

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.user_schedule_schedule_type_0 import UserScheduleScheduleType0  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        email = d.pop("email")

        name = d.pop("name")

        def _parse_schedule(data: object) -> list[str] | UserScheduleScheduleType0:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                schedule_type_0 = UserScheduleScheduleType0.from_dict(data)

                return schedule_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            schedule_type_1 = cast(list[str], data)

            return schedule_type_1

        schedule = _parse_schedule(d.pop("schedule"))

        group = d.pop("group", UNSET)

        department = d.pop("department", UNSET)

        user_schedule = cls(
            id=id,
            email=email,
            name=name,
            schedule=schedule,
            group=group,
            department=department,
        )

        user_schedule.additional_properties = d
        return user_schedule

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
