from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.group_update import GroupUpdate


T = TypeVar("T", bound="GroupUpdateBody")


@_attrs_define
class GroupUpdateBody:
    """
    Attributes:
        service (Literal['group.update']): Names the service called. Default: 'group.update'.
        group (GroupUpdate): The group (by `id` or `xid`) and its new name.
    """

    group: GroupUpdate
    service: Literal["group.update"] = "group.update"

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
        from ..models.group_update import GroupUpdate  # noqa: PLC0415

        d = dict(src_dict)
        service = cast(Literal["group.update"], d.pop("service"))
        if service != "group.update":
            raise ValueError(f"service must match const 'group.update', got '{service}'")

        group = GroupUpdate.from_dict(d.pop("group"))

        group_update_body = cls(
            service=service,
            group=group,
        )

        return group_update_body
