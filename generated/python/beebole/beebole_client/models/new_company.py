from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="NewCompany")


@_attrs_define
class NewCompany:
    """A company to create.

    Attributes:
        name (str): Display name.
        xid (str | Unset): External id: the caller's own identifier, given when the entity was created. Once set, it can
            stand in for the numeric `id` wherever the entity is referred to.
        corporate (bool | Unset): True for one of the account's own companies, false (the default) for a customer.
            Default: False.
    """

    name: str
    xid: str | Unset = UNSET
    corporate: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        xid = self.xid

        corporate = self.corporate

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if xid is not UNSET:
            field_dict["xid"] = xid
        if corporate is not UNSET:
            field_dict["corporate"] = corporate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        xid = d.pop("xid", UNSET)

        corporate = d.pop("corporate", UNSET)

        new_company = cls(
            name=name,
            xid=xid,
            corporate=corporate,
        )

        return new_company
