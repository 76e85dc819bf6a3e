from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_tag_access import TaskTagAccess
from ..models.task_tag_group_type import TaskTagGroupType
from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskTagGroup")


@_attrs_define
class TaskTagGroup:
    """A group of task tags, either statuses or labels.

    Attributes:
        title (str): Name of the group.
        id (int): Id of the group, a JSON number.
        type_ (TaskTagGroupType): `status` (a task carries at most one status of the group) or `label` (any number).
        access (TaskTagAccess): `public` (visible to every team, client teams included) or `private` (the company's own
            teams only).
        id_group (str | Unset): A second number, as digits, that recorded answers carry in the group of each tag of
            `get_task_tags` (not in `get_task_tag_groups`); its meaning is not documented.

            Vendor-doc correction: the documentation describes the group of a tag with title, id, type and
            access only; recorded answers add `id_group`.
    """

    title: str
    id: int
    type_: TaskTagGroupType
    access: TaskTagAccess
    id_group: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        id = self.id

        type_ = self.type_.value

        access = self.access.value

        id_group = self.id_group

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "id": id,
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
        title = d.pop("title")

        id = d.pop("id")

        type_ = TaskTagGroupType(d.pop("type"))

        access = TaskTagAccess(d.pop("access"))

        id_group = d.pop("id_group", UNSET)

        task_tag_group = cls(
            title=title,
            id=id,
            type_=type_,
            access=access,
            id_group=id_group,
        )

        task_tag_group.additional_properties = d
        return task_tag_group

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
