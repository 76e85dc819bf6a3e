from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="GetProjectGroupsParameters")


@_attrs_define
class GetProjectGroupsParameters:
    """get_project_groups takes no parameters: an empty JSON object, or no body."""

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get_project_groups_parameters = cls()

        return get_project_groups_parameters
