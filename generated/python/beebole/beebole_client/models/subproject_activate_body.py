from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubprojectActivateBody")


@_attrs_define
class SubprojectActivateBody:
    """
    Attributes:
        service (Literal['subproject.activate']): Names the service called. Default: 'subproject.activate'.
        id (int | Unset): Numeric id the service gives an entity.
        xid (str | Unset): External id: the caller's own identifier, given when the entity was created. Once set, it can
            stand in for the numeric `id` wherever the entity is referred to.
    """

    service: Literal["subproject.activate"] = "subproject.activate"
    id: int | Unset = UNSET
    xid: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        service = self.service

        id = self.id

        xid = self.xid

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        service = cast(Literal["subproject.activate"], d.pop("service"))
        if service != "subproject.activate":
            raise ValueError(f"service must match const 'subproject.activate', got '{service}'")

        id = d.pop("id", UNSET)

        xid = d.pop("xid", UNSET)

        subproject_activate_body = cls(
            service=service,
            id=id,
            xid=xid,
        )

        return subproject_activate_body
