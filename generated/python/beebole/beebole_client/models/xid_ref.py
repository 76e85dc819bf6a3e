from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="XidRef")


@_attrs_define
class XidRef:
    """Reference by external id.

    Attributes:
        xid (str): External id: the caller's own identifier, given when the entity was created. Once set, it can stand
            in for the numeric `id` wherever the entity is referred to.
    """

    xid: str

    def to_dict(self) -> dict[str, Any]:
        xid = self.xid

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "xid": xid,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        xid = d.pop("xid")

        xid_ref = cls(
            xid=xid,
        )

        return xid_ref
