from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.project_tag_access import ProjectTagAccess
from ..models.project_tag_type import ProjectTagType
from ..types import UNSET, Unset

T = TypeVar("T", bound="AddProjectTagGroupsParameters")


@_attrs_define
class AddProjectTagGroupsParameters:
    """Parameters of add_project_tag_groups as a JSON object (the 2026 clients' form).

    Attributes:
        title (str): Names joined by commas (spaces after the commas are tolerated). The service refuses an empty list
            (code 10); it is still a string here because recorded calls send empty values to get that refusal.
        access (ProjectTagAccess): Visibility of a tag group: `public` (every team, client teams included) or `private`
            (the company's own teams only).
        type_ (ProjectTagType | Unset): Kind of tag group: `status` (a set of statuses) or `label` (a set of labels).
    """

    title: str
    access: ProjectTagAccess
    type_: ProjectTagType | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        access = self.access.value

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "title": title,
                "access": access,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title")

        access = ProjectTagAccess(d.pop("access"))

        _type_ = d.pop("type", UNSET)
        type_: ProjectTagType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ProjectTagType(_type_)

        add_project_tag_groups_parameters = cls(
            title=title,
            access=access,
            type_=type_,
        )

        return add_project_tag_groups_parameters
