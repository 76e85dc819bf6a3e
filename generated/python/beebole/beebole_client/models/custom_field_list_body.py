from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="CustomFieldListBody")


@_attrs_define
class CustomFieldListBody:
    """
    Attributes:
        service (Literal['custom_field.list']): Names the service called. Default: 'custom_field.list'.
    """

    service: Literal["custom_field.list"] = "custom_field.list"

    def to_dict(self) -> dict[str, Any]:
        service = self.service

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "service": service,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        service = cast(Literal["custom_field.list"], d.pop("service"))
        if service != "custom_field.list":
            raise ValueError(f"service must match const 'custom_field.list', got '{service}'")

        custom_field_list_body = cls(
            service=service,
        )

        return custom_field_list_body
