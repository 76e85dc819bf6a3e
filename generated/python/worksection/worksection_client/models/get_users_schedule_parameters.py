from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetUsersScheduleParameters")


@_attrs_define
class GetUsersScheduleParameters:
    """Parameters of get_users_schedule as a JSON object (the 2026 clients' form).

    Attributes:
        users (list[int | str] | str | Unset): Comma-separated text, or (the 2026 clients) a JSON array of e-mail
            addresses and ids. Members to include, comma-separated e-mail addresses or user ids
            (`jonas.berg@example.com,203`). Without it, every member.
        datestart (str | Unset): A calendar date as the service takes it in parameters, `DD.MM.YYYY`.
        dateend (str | Unset): A calendar date as the service takes it in parameters, `DD.MM.YYYY`.
    """

    users: list[int | str] | str | Unset = UNSET
    datestart: str | Unset = UNSET
    dateend: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        users: list[int | str] | str | Unset
        if isinstance(self.users, Unset):
            users = UNSET
        elif isinstance(self.users, list):
            users = []
            for users_type_1_item_data in self.users:
                users_type_1_item: int | str
                users_type_1_item = users_type_1_item_data
                users.append(users_type_1_item)

        else:
            users = self.users

        datestart = self.datestart

        dateend = self.dateend

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if users is not UNSET:
            field_dict["users"] = users
        if datestart is not UNSET:
            field_dict["datestart"] = datestart
        if dateend is not UNSET:
            field_dict["dateend"] = dateend

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_users(data: object) -> list[int | str] | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                users_type_1 = []
                _users_type_1 = data
                for users_type_1_item_data in _users_type_1:

                    def _parse_users_type_1_item(data: object) -> int | str:
                        return cast(int | str, data)

                    users_type_1_item = _parse_users_type_1_item(users_type_1_item_data)

                    users_type_1.append(users_type_1_item)

                return users_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int | str] | str | Unset, data)

        users = _parse_users(d.pop("users", UNSET))

        datestart = d.pop("datestart", UNSET)

        dateend = d.pop("dateend", UNSET)

        get_users_schedule_parameters = cls(
            users=users,
            datestart=datestart,
            dateend=dateend,
        )

        return get_users_schedule_parameters
