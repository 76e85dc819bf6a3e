from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Subtotal")


@_attrs_define
class Subtotal:
    """One subtotal row: the grouping keys asked for in `subtotals` plus the sum. Only non-zero groups are returned.

    Attributes:
        subtotal (float | Unset): Sum for the group.
        companyid (int | Unset): Company id of the group.
        companyname (str | Unset): Company name of the group.
        contactid (int | Unset): Contact id of the group.
    """

    subtotal: float | Unset = UNSET
    companyid: int | Unset = UNSET
    companyname: str | Unset = UNSET
    contactid: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        subtotal = self.subtotal

        companyid = self.companyid

        companyname = self.companyname

        contactid = self.contactid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subtotal is not UNSET:
            field_dict["subtotal"] = subtotal
        if companyid is not UNSET:
            field_dict["companyid"] = companyid
        if companyname is not UNSET:
            field_dict["companyname"] = companyname
        if contactid is not UNSET:
            field_dict["contactid"] = contactid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        subtotal = d.pop("subtotal", UNSET)

        companyid = d.pop("companyid", UNSET)

        companyname = d.pop("companyname", UNSET)

        contactid = d.pop("contactid", UNSET)

        subtotal = cls(
            subtotal=subtotal,
            companyid=companyid,
            companyname=companyname,
            contactid=contactid,
        )

        subtotal.additional_properties = d
        return subtotal

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
