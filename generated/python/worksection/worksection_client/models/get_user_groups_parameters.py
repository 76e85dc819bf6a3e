from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="GetUserGroupsParameters")


@_attrs_define
class GetUserGroupsParameters:
    """Parameters of get_user_groups as a JSON object (the 2026 clients' form); the action takes none, so the object is
    empty.

    """

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get_user_groups_parameters = cls()

        return get_user_groups_parameters
