from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="TimeEntryDeleteBody")


@_attrs_define
class TimeEntryDeleteBody:
    """
    Attributes:
        service (Literal['time_entry.delete']): Names the service called. Default: 'time_entry.delete'.
        id (int): Numeric id the service gives an entity.
        date (datetime.date): A calendar day, `YYYY-MM-DD`.
    """

    id: int
    date: datetime.date
    service: Literal["time_entry.delete"] = "time_entry.delete"

    def to_dict(self) -> dict[str, Any]:
        service = self.service

        id = self.id

        date = self.date.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "service": service,
                "id": id,
                "date": date,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        service = cast(Literal["time_entry.delete"], d.pop("service"))
        if service != "time_entry.delete":
            raise ValueError(f"service must match const 'time_entry.delete', got '{service}'")

        id = d.pop("id")

        date = datetime.date.fromisoformat(d.pop("date"))

        time_entry_delete_body = cls(
            service=service,
            id=id,
            date=date,
        )

        return time_entry_delete_body
