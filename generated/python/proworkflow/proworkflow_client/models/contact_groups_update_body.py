from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactGroupsUpdateBody")


@_attrs_define
class ContactGroupsUpdateBody:
    """Request body of contactGroupsUpdate.

    Attributes:
        groupid (str): One id or several ids separated by commas, without spaces (`1` or `1,2,3`). Several ids mean "any
            of them".
        remove (bool | Unset): `true` removes the listed ids; `false` (default) adds them. Default: False.
    """

    groupid: str
    remove: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        groupid = self.groupid

        remove = self.remove

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "groupid": groupid,
            }
        )
        if remove is not UNSET:
            field_dict["remove"] = remove

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        groupid = d.pop("groupid")

        remove = d.pop("remove", UNSET)

        contact_groups_update_body = cls(
            groupid=groupid,
            remove=remove,
        )

        return contact_groups_update_body
