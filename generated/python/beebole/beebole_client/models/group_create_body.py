from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.new_group import NewGroup


T = TypeVar("T", bound="GroupCreateBody")


@_attrs_define
class GroupCreateBody:
    """
    Attributes:
        service (Literal['group.create']): Names the service called. Default: 'group.create'.
        group (NewGroup): A group to create.
    """

    group: NewGroup
    service: Literal["group.create"] = "group.create"

    def to_dict(self) -> dict[str, Any]:
        service = self.service

        group = self.group.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "service": service,
                "group": group,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.new_group import NewGroup  # noqa: PLC0415

        d = dict(src_dict)
        service = cast(Literal["group.create"], d.pop("service"))
        if service != "group.create":
            raise ValueError(f"service must match const 'group.create', got '{service}'")

        group = NewGroup.from_dict(d.pop("group"))

        group_create_body = cls(
            service=service,
            group=group,
        )

        return group_create_body
