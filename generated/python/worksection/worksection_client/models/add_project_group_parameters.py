from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="AddProjectGroupParameters")


@_attrs_define
class AddProjectGroupParameters:
    """Parameters of add_project_group as a JSON object (the 2026 clients' form).

    Attributes:
        title (str): Name of the folder.
    """

    title: str

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "title": title,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title")

        add_project_group_parameters = cls(
            title=title,
        )

        return add_project_group_parameters
