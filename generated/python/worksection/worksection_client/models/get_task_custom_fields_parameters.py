from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="GetTaskCustomFieldsParameters")


@_attrs_define
class GetTaskCustomFieldsParameters:
    """Parameters of get_task_custom_fields as a JSON object (the 2026 clients' form)."""

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get_task_custom_fields_parameters = cls()

        return get_task_custom_fields_parameters
