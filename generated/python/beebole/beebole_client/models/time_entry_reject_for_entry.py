from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="TimeEntryRejectForEntry")


@_attrs_define
class TimeEntryRejectForEntry:
    """One time entry.

    Attributes:
        service (Literal['time_entry.reject']): Names the service called. Default: 'time_entry.reject'.
        id (int): Numeric id the service gives an entity.
        date (datetime.date): A calendar day, `YYYY-MM-DD`.
        memo (str | Unset): The reason, e-mailed to the person.
    """

    id: int
    date: datetime.date
    service: Literal["time_entry.reject"] = "time_entry.reject"
    memo: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        service = self.service

        id = self.id

        date = self.date.isoformat()

        memo = self.memo

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "service": service,
                "id": id,
                "date": date,
            }
        )
        if memo is not UNSET:
            field_dict["memo"] = memo

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        service = cast(Literal["time_entry.reject"], d.pop("service"))
        if service != "time_entry.reject":
            raise ValueError(f"service must match const 'time_entry.reject', got '{service}'")

        id = d.pop("id")

        date = datetime.date.fromisoformat(d.pop("date"))

        memo = d.pop("memo", UNSET)

        time_entry_reject_for_entry = cls(
            service=service,
            id=id,
            date=date,
            memo=memo,
        )

        return time_entry_reject_for_entry
