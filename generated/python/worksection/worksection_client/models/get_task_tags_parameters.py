from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.task_tag_access import TaskTagAccess
from ..models.task_tag_group_type import TaskTagGroupType
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetTaskTagsParameters")


@_attrs_define
class GetTaskTagsParameters:
    """Parameters of get_task_tags as a JSON object (the 2026 clients' form).

    Attributes:
        group (int | str | Unset): A tag group in a JSON body, by name or by id.
        type_ (TaskTagGroupType | Unset): `status` (a task carries at most one status of the group) or `label` (any
            number).
        access (TaskTagAccess | Unset): `public` (visible to every team, client teams included) or `private` (the
            company's own teams only).
    """

    group: int | str | Unset = UNSET
    type_: TaskTagGroupType | Unset = UNSET
    access: TaskTagAccess | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        group: int | str | Unset
        if isinstance(self.group, Unset):
            group = UNSET
        else:
            group = self.group

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        access: str | Unset = UNSET
        if not isinstance(self.access, Unset):
            access = self.access.value

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if group is not UNSET:
            field_dict["group"] = group
        if type_ is not UNSET:
            field_dict["type"] = type_
        if access is not UNSET:
            field_dict["access"] = access

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_group(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        group = _parse_group(d.pop("group", UNSET))

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

        get_task_tags_parameters = cls(
            group=group,
            type_=type_,
            access=access,
        )

        return get_task_tags_parameters
