from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateTaskParameters")


@_attrs_define
class UpdateTaskParameters:
    """Parameters of update_task as a JSON object (the 2026 clients' form).

    Attributes:
        id_task (int | str): An id in a JSON body; the vendor's 2026 clients send it as a number or as digits.
        email_user_to (str | Unset): A member's e-mail address, `ANY` (assigned to "Anyone") or `NOONE` (not assigned).
        priority (int | str | Unset): A priority in a JSON body, 0 to 10, as a number or as digits.
        title (str | Unset): New name.
        datestart (str | Unset): A calendar date as the service takes it in parameters, `DD.MM.YYYY`.
        dateend (str | Unset): A calendar date as the service takes it in parameters, `DD.MM.YYYY`.
        dateclosed (str | Unset): A calendar date as the service takes it in parameters, `DD.MM.YYYY`.
        max_time (float | str | Unset): A non-negative amount in a JSON body, as a number or as text.
        max_money (float | str | Unset): A non-negative amount in a JSON body, as a number or as text.
        tags (str | Unset): Tags separated by commas, each a tag's id or its full name (spaces after commas are
            tolerated). May be empty (nothing to do).
    """

    id_task: int | str
    email_user_to: str | Unset = UNSET
    priority: int | str | Unset = UNSET
    title: str | Unset = UNSET
    datestart: str | Unset = UNSET
    dateend: str | Unset = UNSET
    dateclosed: str | Unset = UNSET
    max_time: float | str | Unset = UNSET
    max_money: float | str | Unset = UNSET
    tags: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id_task: int | str
        id_task = self.id_task

        email_user_to = self.email_user_to

        priority: int | str | Unset
        if isinstance(self.priority, Unset):
            priority = UNSET
        else:
            priority = self.priority

        title = self.title

        datestart = self.datestart

        dateend = self.dateend

        dateclosed = self.dateclosed

        max_time: float | str | Unset
        if isinstance(self.max_time, Unset):
            max_time = UNSET
        else:
            max_time = self.max_time

        max_money: float | str | Unset
        if isinstance(self.max_money, Unset):
            max_money = UNSET
        else:
            max_money = self.max_money

        tags = self.tags

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id_task": id_task,
            }
        )
        if email_user_to is not UNSET:
            field_dict["email_user_to"] = email_user_to
        if priority is not UNSET:
            field_dict["priority"] = priority
        if title is not UNSET:
            field_dict["title"] = title
        if datestart is not UNSET:
            field_dict["datestart"] = datestart
        if dateend is not UNSET:
            field_dict["dateend"] = dateend
        if dateclosed is not UNSET:
            field_dict["dateclosed"] = dateclosed
        if max_time is not UNSET:
            field_dict["max_time"] = max_time
        if max_money is not UNSET:
            field_dict["max_money"] = max_money
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_id_task(data: object) -> int | str:
            return cast(int | str, data)

        id_task = _parse_id_task(d.pop("id_task"))

        email_user_to = d.pop("email_user_to", UNSET)

        def _parse_priority(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        priority = _parse_priority(d.pop("priority", UNSET))

        title = d.pop("title", UNSET)

        datestart = d.pop("datestart", UNSET)

        dateend = d.pop("dateend", UNSET)

        dateclosed = d.pop("dateclosed", UNSET)

        def _parse_max_time(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        max_time = _parse_max_time(d.pop("max_time", UNSET))

        def _parse_max_money(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        max_money = _parse_max_money(d.pop("max_money", UNSET))

        tags = d.pop("tags", UNSET)

        update_task_parameters = cls(
            id_task=id_task,
            email_user_to=email_user_to,
            priority=priority,
            title=title,
            datestart=datestart,
            dateend=dateend,
            dateclosed=dateclosed,
            max_time=max_time,
            max_money=max_money,
            tags=tags,
        )

        return update_task_parameters
