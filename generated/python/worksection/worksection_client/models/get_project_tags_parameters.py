from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.project_tag_access import ProjectTagAccess
from ..models.project_tag_type import ProjectTagType
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetProjectTagsParameters")


@_attrs_define
class GetProjectTagsParameters:
    """Parameters of get_project_tags as a JSON object (the 2026 clients' form); all optional.

    Attributes:
        group (int | str | Unset): A tag group in a JSON body: its name, or its id as digits or as a number.
        type_ (ProjectTagType | Unset): Kind of tag group: `status` (a set of statuses) or `label` (a set of labels).
        access (ProjectTagAccess | Unset): Visibility of a tag group: `public` (every team, client teams included) or
            `private` (the company's own teams only).
    """

    group: int | str | Unset = UNSET
    type_: ProjectTagType | Unset = UNSET
    access: ProjectTagAccess | Unset = UNSET

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
        type_: ProjectTagType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ProjectTagType(_type_)

        _access = d.pop("access", UNSET)
        access: ProjectTagAccess | Unset
        if isinstance(_access, Unset):
            access = UNSET
        else:
            access = ProjectTagAccess(_access)

        get_project_tags_parameters = cls(
            group=group,
            type_=type_,
            access=access,
        )

        return get_project_tags_parameters
