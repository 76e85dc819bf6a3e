from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactRolesUpdateBody")


@_attrs_define
class ContactRolesUpdateBody:
    """Request body of contactRolesUpdate.

    Attributes:
        roleid (str): One id or several ids separated by commas, without spaces (`1` or `1,2,3`). Several ids mean "any
            of them".
        remove (bool | Unset): `true` removes the listed ids; `false` (default) adds them. Default: False.
    """

    roleid: str
    remove: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        roleid = self.roleid

        remove = self.remove

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "roleid": roleid,
            }
        )
        if remove is not UNSET:
            field_dict["remove"] = remove

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        roleid = d.pop("roleid")

        remove = d.pop("remove", UNSET)

        contact_roles_update_body = cls(
            roleid=roleid,
            remove=remove,
        )

        return contact_roles_update_body
