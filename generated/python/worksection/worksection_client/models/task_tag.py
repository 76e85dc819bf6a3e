from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.task_tag_group import TaskTagGroup


T = TypeVar("T", bound="TaskTag")


@_attrs_define
class TaskTag:
    """A task status or label. `get_task_tags` returns each with its `group`; `add_task_tags` returns only
    `title` and `id` of the tags it created.

        Attributes:
            title (str): Name of the tag.
            id (int): Id of the tag, a JSON number.

                Vendor-doc correction: the documentation's sample quotes the tag's id (`"LABEL_ID"`) but not the
                group's; the service sends both as JSON numbers (the ids of `tags` on a task are object keys, so
                strings there).
            group (TaskTagGroup | Unset): A group of task tags, either statuses or labels.
            color (str | Unset): Colour of the tag; a field of the vendor's 2026 clients' model, never recorded.
    """

    title: str
    id: int
    group: TaskTagGroup | Unset = UNSET
    color: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        id = self.id

        group: dict[str, Any] | Unset = UNSET
        if not isinstance(self.group, Unset):
            group = self.group.to_dict()

        color = self.color

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "id": id,
            }
        )
        if group is not UNSET:
            field_dict["group"] = group
        if color is not UNSET:
            field_dict["color"] = color

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.task_tag_group import TaskTagGroup  # noqa: PLC0415

        d = dict(src_dict)
        title = d.pop("title")

        id = d.pop("id")

        _group = d.pop("group", UNSET)
        group: TaskTagGroup | Unset
        if isinstance(_group, Unset):
            group = UNSET
        else:
            group = TaskTagGroup.from_dict(_group)

        color = d.pop("color", UNSET)

        task_tag = cls(
            title=title,
            id=id,
            group=group,
            color=color,
        )

        task_tag.additional_properties = d
        return task_tag

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
