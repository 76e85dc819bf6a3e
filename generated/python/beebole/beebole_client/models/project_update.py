from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectUpdate")


@_attrs_define
class ProjectUpdate:
    """The project (by `id` or `xid`) and the values that change; a left-out `name`, `startDate` or `description` keeps its
    value.

        Attributes:
            id (int | Unset): Numeric id the service gives an entity.
            xid (str | Unset): External id: the caller's own identifier, given when the entity was created. Once set, it can
                stand in for the numeric `id` wherever the entity is referred to.
            name (str | Unset): Display name.
            start_date (datetime.date | Unset): A calendar day, `YYYY-MM-DD`.
            description (str | Unset):
    """

    id: int | Unset = UNSET
    xid: str | Unset = UNSET
    name: str | Unset = UNSET
    start_date: datetime.date | Unset = UNSET
    description: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        xid = self.xid

        name = self.name

        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.isoformat()

        description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if xid is not UNSET:
            field_dict["xid"] = xid
        if name is not UNSET:
            field_dict["name"] = name
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        xid = d.pop("xid", UNSET)

        name = d.pop("name", UNSET)

        _start_date = d.pop("startDate", UNSET)
        start_date: datetime.date | Unset
        if isinstance(_start_date, Unset):
            start_date = UNSET
        else:
            start_date = datetime.date.fromisoformat(_start_date)

        description = d.pop("description", UNSET)

        project_update = cls(
            id=id,
            xid=xid,
            name=name,
            start_date=start_date,
            description=description,
        )

        return project_update
