from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.project_tag_group import ProjectTagGroup


T = TypeVar("T", bound="ProjectTag")


@_attrs_define
class ProjectTag:
    """A project tag (a status or a label). get_project_tags sends its group too; add_project_tags only the id and title.

    Attributes:
        id (int): Id of the tag, a JSON number (a project's `tags` object uses it, as text, for a key).

            Vendor-doc correction: the tags page prints a tag's id once quoted (`"id": "LABEL_ID"`) and once bare;
            the service sends a number.
        title (str): Name of the tag.
        group (ProjectTagGroup | Unset): A group of project tags: a set of statuses or of labels.
        color (str | Unset): Declared by the tag model of the vendor's 2026 clients; never seen in a recorded answer.
    """

    id: int
    title: str
    group: ProjectTagGroup | Unset = UNSET
    color: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        group: dict[str, Any] | Unset = UNSET
        if not isinstance(self.group, Unset):
            group = self.group.to_dict()

        color = self.color

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
            }
        )
        if group is not UNSET:
            field_dict["group"] = group
        if color is not UNSET:
            field_dict["color"] = color

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.project_tag_group import ProjectTagGroup  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        title = d.pop("title")

        _group = d.pop("group", UNSET)
        group: ProjectTagGroup | Unset
        if isinstance(_group, Unset):
            group = UNSET
        else:
            group = ProjectTagGroup.from_dict(_group)

        color = d.pop("color", UNSET)

        project_tag = cls(
            id=id,
            title=title,
            group=group,
            color=color,
        )

        project_tag.additional_properties = d
        return project_tag

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
