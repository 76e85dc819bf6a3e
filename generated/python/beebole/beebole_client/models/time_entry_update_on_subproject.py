from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.id_ref import IdRef
    from ..models.xid_ref import XidRef


T = TypeVar("T", bound="TimeEntryUpdateOnSubproject")


@_attrs_define
class TimeEntryUpdateOnSubproject:
    """Time on a subproject.

    Attributes:
        service (Literal['time_entry.update']): Names the service called. Default: 'time_entry.update'.
        id (int): Numeric id the service gives an entity.
        subproject (IdRef | XidRef): A reference to another entity: `{"id": n}`, or `{"xid": "..."}` for an entity
            created with an external id. Exactly one of the two.
        task (IdRef | Unset | XidRef): A reference to another entity: `{"id": n}`, or `{"xid": "..."}` for an entity
            created with an external id. Exactly one of the two.
        date (datetime.date | Unset): A calendar day, `YYYY-MM-DD`.
        hours (float | Unset): Time spent, in hours (decimals allowed).
        comment (str | Unset): Free text kept with the entry.
    """

    id: int
    subproject: IdRef | XidRef
    service: Literal["time_entry.update"] = "time_entry.update"
    task: IdRef | Unset | XidRef = UNSET
    date: datetime.date | Unset = UNSET
    hours: float | Unset = UNSET
    comment: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.id_ref import IdRef  # noqa: PLC0415

        service = self.service

        id = self.id

        subproject: dict[str, Any]
        if isinstance(self.subproject, IdRef):
            subproject = self.subproject.to_dict()
        else:
            subproject = self.subproject.to_dict()

        task: dict[str, Any] | Unset
        if isinstance(self.task, Unset):
            task = UNSET
        elif isinstance(self.task, IdRef):
            task = self.task.to_dict()
        else:
            task = self.task.to_dict()

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        hours = self.hours

        comment = self.comment

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "service": service,
                "id": id,
                "subproject": subproject,
            }
        )
        if task is not UNSET:
            field_dict["task"] = task
        if date is not UNSET:
            field_dict["date"] = date
        if hours is not UNSET:
            field_dict["hours"] = hours
        if comment is not UNSET:
            field_dict["comment"] = comment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.id_ref import IdRef  # noqa: PLC0415
        from ..models.xid_ref import XidRef  # noqa: PLC0415

        d = dict(src_dict)
        service = cast(Literal["time_entry.update"], d.pop("service"))
        if service != "time_entry.update":
            raise ValueError(f"service must match const 'time_entry.update', got '{service}'")

        id = d.pop("id")

        def _parse_subproject(data: object) -> IdRef | XidRef:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_ref_type_0 = IdRef.from_dict(data)

                return componentsschemas_ref_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_ref_type_1 = XidRef.from_dict(data)

            return componentsschemas_ref_type_1

        subproject = _parse_subproject(d.pop("subproject"))

        def _parse_task(data: object) -> IdRef | Unset | XidRef:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_ref_type_0 = IdRef.from_dict(data)

                return componentsschemas_ref_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_ref_type_1 = XidRef.from_dict(data)

            return componentsschemas_ref_type_1

        task = _parse_task(d.pop("task", UNSET))

        _date = d.pop("date", UNSET)
        date: datetime.date | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = datetime.date.fromisoformat(_date)

        hours = d.pop("hours", UNSET)

        comment = d.pop("comment", UNSET)

        time_entry_update_on_subproject = cls(
            service=service,
            id=id,
            subproject=subproject,
            task=task,
            date=date,
            hours=hours,
            comment=comment,
        )

        return time_entry_update_on_subproject
