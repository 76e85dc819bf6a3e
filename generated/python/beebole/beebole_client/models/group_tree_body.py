from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="GroupTreeBody")


@_attrs_define
class GroupTreeBody:
    """
    Attributes:
        service (Literal['group.tree']): Names the service called. Default: 'group.tree'.
    """

    service: Literal["group.tree"] = "group.tree"

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
        service = cast(Literal["group.tree"], d.pop("service"))
        if service != "group.tree":
            raise ValueError(f"service must match const 'group.tree', got '{service}'")

        group_tree_body = cls(
            service=service,
        )

        return group_tree_body
