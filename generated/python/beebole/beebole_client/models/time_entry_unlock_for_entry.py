from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="TimeEntryUnlockForEntry")


@_attrs_define
class TimeEntryUnlockForEntry:
    """One time entry.

    Attributes:
        service (Literal['time_entry.unlock']): Names the service called. Default: 'time_entry.unlock'.
        id (int): Numeric id the service gives an entity.
        date (datetime.date): A calendar day, `YYYY-MM-DD`.
    """

    id: int
    date: datetime.date
    service: Literal["time_entry.unlock"] = "time_entry.unlock"

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
        service = cast(Literal["time_entry.unlock"], d.pop("service"))
        if service != "time_entry.unlock":
            raise ValueError(f"service must match const 'time_entry.unlock', got '{service}'")

        id = d.pop("id")

        date = datetime.date.fromisoformat(d.pop("date"))

        time_entry_unlock_for_entry = cls(
            service=service,
            id=id,
            date=date,
        )

        return time_entry_unlock_for_entry
