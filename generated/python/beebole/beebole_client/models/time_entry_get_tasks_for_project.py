from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.id_ref import IdRef
    from ..models.xid_ref import XidRef


T = TypeVar("T", bound="TimeEntryGetTasksForProject")


@_attrs_define
class TimeEntryGetTasksForProject:
    """Tasks for time on a project.

    Attributes:
        service (Literal['time_entry.get_tasks']): Names the service called. Default: 'time_entry.get_tasks'.
        project (IdRef | XidRef): A reference to another entity: `{"id": n}`, or `{"xid": "..."}` for an entity created
            with an external id. Exactly one of the two.
        date (datetime.date): A calendar day, `YYYY-MM-DD`.
    """

    project: IdRef | XidRef
    date: datetime.date
    service: Literal["time_entry.get_tasks"] = "time_entry.get_tasks"

    def to_dict(self) -> dict[str, Any]:
        from ..models.id_ref import IdRef  # noqa: PLC0415

        service = self.service

        project: dict[str, Any]
        if isinstance(self.project, IdRef):
            project = self.project.to_dict()
        else:
            project = self.project.to_dict()

        date = self.date.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "service": service,
                "project": project,
                "date": date,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.id_ref import IdRef  # noqa: PLC0415
        from ..models.xid_ref import XidRef  # noqa: PLC0415

        d = dict(src_dict)
        service = cast(Literal["time_entry.get_tasks"], d.pop("service"))
        if service != "time_entry.get_tasks":
            raise ValueError(f"service must match const 'time_entry.get_tasks', got '{service}'")

        def _parse_project(data: object) -> IdRef | XidRef:
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

        project = _parse_project(d.pop("project"))

        date = datetime.date.fromisoformat(d.pop("date"))

        time_entry_get_tasks_for_project = cls(
            service=service,
            project=project,
            date=date,
        )

        return time_entry_get_tasks_for_project
