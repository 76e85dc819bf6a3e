from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="AddProjectTagsParameters")


@_attrs_define
class AddProjectTagsParameters:
    """Parameters of add_project_tags as a JSON object (the 2026 clients' form).

    Attributes:
        group (int | str): A tag group in a JSON body: its name, or its id as digits or as a number.
        title (str): Names joined by commas (spaces after the commas are tolerated). The service refuses an empty list
            (code 10); it is still a string here because recorded calls send empty values to get that refusal.
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

        add_project_tags_parameters = cls(
            group=group,
            title=title,
        )

        return add_project_tags_parameters
