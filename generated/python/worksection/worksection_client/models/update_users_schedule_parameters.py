from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.users_schedule_update import UsersScheduleUpdate


T = TypeVar("T", bound="UpdateUsersScheduleParameters")


@_attrs_define
class UpdateUsersScheduleParameters:
    """Parameters of update_users_schedule as a JSON object (the 2026 clients' form).

    Attributes:
        data (UsersScheduleUpdate): Changes to members' schedules: an object whose keys name members (an e-mail address
            or a user id
            as digits) and whose values map dates to what they become. Dates may be written `DD.MM.YYYY` or
            `YYYY-MM-DD`. Values: `vacation`, `sick-leave`, `workday` (work on a day off), or `unset` (clear
            the day). A value replaces whatever the day had; no `unset` is needed first.
    """

    data: UsersScheduleUpdate

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.users_schedule_update import UsersScheduleUpdate  # noqa: PLC0415

        d = dict(src_dict)
        data = UsersScheduleUpdate.from_dict(d.pop("data"))

        update_users_schedule_parameters = cls(
            data=data,
        )

        return update_users_schedule_parameters
