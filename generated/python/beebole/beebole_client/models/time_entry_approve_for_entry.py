from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="TimeEntryApproveForEntry")


@_attrs_define
class TimeEntryApproveForEntry:
    """One time entry.

    Attributes:
        service (Literal['time_entry.approve']): Names the service called. Default: 'time_entry.approve'.
        id (int): Numeric id the service gives an entity.
        date (datetime.date): A calendar day, `YYYY-MM-DD`.
    """

    id: int
    date: datetime.date
    service: Literal["time_entry.approve"] = "time_entry.approve"

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
        service = cast(Literal["time_entry.approve"], d.pop("service"))
        if service != "time_entry.approve":
            raise ValueError(f"service must match const 'time_entry.approve', got '{service}'")

        id = d.pop("id")

        date = datetime.date.fromisoformat(d.pop("date"))

        time_entry_approve_for_entry = cls(
            service=service,
            id=id,
            date=date,
        )

        return time_entry_approve_for_entry
