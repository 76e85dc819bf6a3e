from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountLicense")


@_attrs_define
class AccountLicense:
    """The account's staff licences (properties inferred).

    Attributes:
        stafflicenses (int): Staff licences of the account.
        staffused (int | Unset): Staff contacts who may log in.
        stafffree (int | Unset): Licences not in use.
    """

    stafflicenses: int
    staffused: int | Unset = UNSET
    stafffree: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stafflicenses = self.stafflicenses

        staffused = self.staffused

        stafffree = self.stafffree

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stafflicenses": stafflicenses,
            }
        )
        if staffused is not UNSET:
            field_dict["staffused"] = staffused
        if stafffree is not UNSET:
            field_dict["stafffree"] = stafffree

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        stafflicenses = d.pop("stafflicenses")

        staffused = d.pop("staffused", UNSET)

        stafffree = d.pop("stafffree", UNSET)

        account_license = cls(
            stafflicenses=stafflicenses,
            staffused=staffused,
            stafffree=stafffree,
        )

        account_license.additional_properties = d
        return account_license

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
