from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.project_tag_access import ProjectTagAccess
from ..models.project_tag_type import ProjectTagType
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetProjectTagGroupsParameters")


@_attrs_define
class GetProjectTagGroupsParameters:
    """Parameters of get_project_tag_groups as a JSON object (the 2026 clients' form); all optional.

    Attributes:
        type_ (ProjectTagType | Unset): Kind of tag group: `status` (a set of statuses) or `label` (a set of labels).
        access (ProjectTagAccess | Unset): Visibility of a tag group: `public` (every team, client teams included) or
            `private` (the company's own teams only).
    """

    type_: ProjectTagType | Unset = UNSET
    access: ProjectTagAccess | Unset = UNSET

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

        get_project_tag_groups_parameters = cls(
            type_=type_,
            access=access,
        )

        return get_project_tag_groups_parameters
