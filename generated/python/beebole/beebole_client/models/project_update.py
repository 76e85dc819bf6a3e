from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectUpdate")


@_attrs_define
class ProjectUpdate:
    """The project (by `id` or `xid`) and its new values; a left-out `startDate` or `description` keeps its value.

    Attributes:
        name (str): Display name.
        id (int | Unset): Numeric id the service gives an entity.
        xid (str | Unset): External id: the caller's own identifier, given when the entity was created. Once set, it can
            stand in for the numeric `id` wherever the entity is referred to.
        start_date (datetime.date | Unset): A calendar day, `YYYY-MM-DD`.
        description (str | Unset):
    """

    name: str
    id: int | Unset = UNSET
    xid: str | Unset = UNSET
    start_date: datetime.date | Unset = UNSET
    description: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        id = self.id

        xid = self.xid

        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.isoformat()

        description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if xid is not UNSET:
            field_dict["xid"] = xid
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        id = d.pop("id", UNSET)

        xid = d.pop("xid", UNSET)

        _start_date = d.pop("startDate", UNSET)
        start_date: datetime.date | Unset
        if isinstance(_start_date, Unset):
            start_date = UNSET
        else:
            start_date = datetime.date.fromisoformat(_start_date)

        description = d.pop("description", UNSET)

        project_update = cls(
            name=name,
            id=id,
            xid=xid,
            start_date=start_date,
            description=description,
        )

        return project_update
