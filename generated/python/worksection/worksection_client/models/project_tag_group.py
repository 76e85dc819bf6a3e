from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.project_tag_access import ProjectTagAccess
from ..models.project_tag_group_type import ProjectTagGroupType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectTagGroup")


@_attrs_define
class ProjectTagGroup:
    """A group of project tags: a set of statuses or of labels.

    Attributes:
        id (int): Id of the group, a JSON number.
        title (str): Name of the group.
        type_ (ProjectTagGroupType): `status` or `label`; empty for a group created without a type.
        access (ProjectTagAccess): Visibility of a tag group: `public` (every team, client teams included) or `private`
            (the company's own teams only).
        id_group (str | Unset): Sent only inside a tag's `group` by get_project_tags: an undocumented number as text,
            `-4` for the
            built-in "Project status" group in the recording. Its meaning is not known.

            Vendor-doc correction: the documentation describes a tag's group by id, title, type and access only; the
            service also sends `id_group`.
    """

    id: int
    title: str
    type_: ProjectTagGroupType
    access: ProjectTagAccess
    id_group: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        type_ = self.type_.value

        access = self.access.value

        id_group = self.id_group

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "type": type_,
                "access": access,
            }
        )
        if id_group is not UNSET:
            field_dict["id_group"] = id_group

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        title = d.pop("title")

        type_ = ProjectTagGroupType(d.pop("type"))

        access = ProjectTagAccess(d.pop("access"))

        id_group = d.pop("id_group", UNSET)

        project_tag_group = cls(
            id=id,
            title=title,
            type_=type_,
            access=access,
            id_group=id_group,
        )

        project_tag_group.additional_properties = d
        return project_tag_group

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
