from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.task_tag_access import TaskTagAccess
from ..models.task_tag_group_type import TaskTagGroupType
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetTaskTagGroupsParameters")


@_attrs_define
class GetTaskTagGroupsParameters:
    """Parameters of get_task_tag_groups as a JSON object (the 2026 clients' form).

    Attributes:
        type_ (TaskTagGroupType | Unset): `status` (a task carries at most one status of the group) or `label` (any
            number).
        access (TaskTagAccess | Unset): `public` (visible to every team, client teams included) or `private` (the
            company's own teams only).
    """

    type_: TaskTagGroupType | Unset = UNSET
    access: TaskTagAccess | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        access: str | Unset = UNSET
        if not isinstance(self.access, Unset):
            access = self.access.value

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if access is not UNSET:
            field_dict["access"] = access

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: TaskTagGroupType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = TaskTagGroupType(_type_)

        _access = d.pop("access", UNSET)
        access: TaskTagAccess | Unset
        if isinstance(_access, Unset):
            access = UNSET
        else:
            access = TaskTagAccess(_access)

        get_task_tag_groups_parameters = cls(
            type_=type_,
            access=access,
        )

        return get_task_tag_groups_parameters
