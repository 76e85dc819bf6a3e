from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateOk")


@_attrs_define
class CreateOk:
    """Answer to a create: the new entity's numeric `id`, or its `xid` when the request gave one.

    Attributes:
        status (Literal['ok']): Marks a successful answer; failures carry `error` (see ErrorEnvelope).
        id (int | Unset): Numeric id the service gives an entity.
        xid (str | Unset): External id: the caller's own identifier, given when the entity was created. Once set, it can
            stand in for the numeric `id` wherever the entity is referred to.
    """

    status: Literal["ok"]
    id: int | Unset = UNSET
    xid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        id = self.id

        xid = self.xid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
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
        status = cast(Literal["ok"], d.pop("status"))
        if status != "ok":
            raise ValueError(f"status must match const 'ok', got '{status}'")

        id = d.pop("id", UNSET)

        xid = d.pop("xid", UNSET)

        create_ok = cls(
            status=status,
            id=id,
            xid=xid,
        )

        create_ok.additional_properties = d
        return create_ok

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
