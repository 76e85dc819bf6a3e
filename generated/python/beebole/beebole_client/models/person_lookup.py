from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="PersonLookup")


@_attrs_define
class PersonLookup:
    """Identifies an existing person (a team leader) by any of its keys. When several are given the service uses the first
    it can: `id`, then `xid`, then `email`, then `name`.

        Attributes:
            id (int | Unset): Numeric id the service gives an entity.
            xid (str | Unset): External id: the caller's own identifier, given when the entity was created. Once set, it can
                stand in for the numeric `id` wherever the entity is referred to.
            name (str | Unset): Display name.
            email (str | Unset):
    """

    id: int | Unset = UNSET
    xid: str | Unset = UNSET
    name: str | Unset = UNSET
    email: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        xid = self.xid

        name = self.name

        email = self.email

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if xid is not UNSET:
            field_dict["xid"] = xid
        if name is not UNSET:
            field_dict["name"] = name
        if email is not UNSET:
            field_dict["email"] = email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        xid = d.pop("xid", UNSET)

        name = d.pop("name", UNSET)

        email = d.pop("email", UNSET)

        person_lookup = cls(
            id=id,
            xid=xid,
            name=name,
            email=email,
        )

        return person_lookup
