from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="GroupDeleteBody")


@_attrs_define
class GroupDeleteBody:
    """
    Attributes:
        service (Literal['group.delete']): Names the service called. Default: 'group.delete'.
        id (int | Unset): Numeric id the service gives an entity.
        xid (str | Unset): External id: the caller's own identifier, given when the entity was created. Once set, it can
            stand in for the numeric `id` wherever the entity is referred to.
        force (bool | Unset): Delete the group even while entities are assigned to it. Default: False.
    """

    service: Literal["group.delete"] = "group.delete"
    id: int | Unset = UNSET
    xid: str | Unset = UNSET
    force: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        service = self.service

        id = self.id

        xid = self.xid

        force = self.force

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "service": service,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if xid is not UNSET:
            field_dict["xid"] = xid
        if force is not UNSET:
            field_dict["force"] = force

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        service = cast(Literal["group.delete"], d.pop("service"))
        if service != "group.delete":
            raise ValueError(f"service must match const 'group.delete', got '{service}'")

        id = d.pop("id", UNSET)

        xid = d.pop("xid", UNSET)

        force = d.pop("force", UNSET)

        group_delete_body = cls(
            service=service,
            id=id,
            xid=xid,
            force=force,
        )

        return group_delete_body
