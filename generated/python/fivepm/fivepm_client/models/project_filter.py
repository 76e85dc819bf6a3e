from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectFilter")


@_attrs_define
class ProjectFilter:
    """Conditions for `projects/getList`. Whether `name` must match the whole name or a part of it is not documented.
    Conditions combine: all given ones must hold (assumed).

    Vendor-doc correction: the documentation calls the filter an array; it is a keyed map sent as `filter[key]=value`.

        Attributes:
            group_id (int | Unset): Only projects in this project group.
            owner_id (int | Unset): Only projects owned by this user.
            name (str | Unset): Only projects whose name matches this text.
            assigned_to (int | Unset): Only projects this user is on the team of (by user id).
            active (bool | Unset): When true, only projects that are still active (not closed).
            hide_old_object_period (int | Unset): Leave out projects closed more than this many days ago.
    """

    group_id: int | Unset = UNSET
    owner_id: int | Unset = UNSET
    name: str | Unset = UNSET
    assigned_to: int | Unset = UNSET
    active: bool | Unset = UNSET
    hide_old_object_period: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        group_id = self.group_id

        owner_id = self.owner_id

        name = self.name

        assigned_to = self.assigned_to

        active = self.active

        hide_old_object_period = self.hide_old_object_period

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if group_id is not UNSET:
            field_dict["groupId"] = group_id
        if owner_id is not UNSET:
            field_dict["ownerId"] = owner_id
        if name is not UNSET:
            field_dict["name"] = name
        if assigned_to is not UNSET:
            field_dict["assignedTo"] = assigned_to
        if active is not UNSET:
            field_dict["active"] = active
        if hide_old_object_period is not UNSET:
            field_dict["hide_old_object_period"] = hide_old_object_period

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        group_id = d.pop("groupId", UNSET)

        owner_id = d.pop("ownerId", UNSET)

        name = d.pop("name", UNSET)

        assigned_to = d.pop("assignedTo", UNSET)

        active = d.pop("active", UNSET)

        hide_old_object_period = d.pop("hide_old_object_period", UNSET)

        project_filter = cls(
            group_id=group_id,
            owner_id=owner_id,
            name=name,
            assigned_to=assigned_to,
            active=active,
            hide_old_object_period=hide_old_object_period,
        )

        return project_filter
