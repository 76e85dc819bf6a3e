from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="AddTaskTagsParameters")


@_attrs_define
class AddTaskTagsParameters:
    """Parameters of add_task_tags as a JSON object (the 2026 clients' form).

    Attributes:
        group (int | str): A tag group in a JSON body, by name or by id.
        title (str): Comma-separated names of the tags to create.
    """

    group: int | str
    title: str

    def to_dict(self) -> dict[str, Any]:
        group: int | str
        group = self.group

        title = self.title

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "group": group,
                "title": title,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_group(data: object) -> int | str:
            return cast(int | str, data)

        group = _parse_group(d.pop("group"))

        title = d.pop("title")

        add_task_tags_parameters = cls(
            group=group,
            title=title,
        )

        return add_task_tags_parameters
