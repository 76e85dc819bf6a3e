from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.quote_settings_type import QuoteSettingsType
from ..types import UNSET, Unset

T = TypeVar("T", bound="QuoteSettings")


@_attrs_define
class QuoteSettings:
    """The defaults new quotes take (properties inferred).

    Attributes:
        type_ (QuoteSettingsType | Unset): What a new quote is unless its create call says.
        taxable (bool | Unset): Whether a new quote is taxable unless its create call says.
        taxrate (float | Unset): Tax rate (percent) of a new quote unless its create call says.
    """

    type_: QuoteSettingsType | Unset = UNSET
    taxable: bool | Unset = UNSET
    taxrate: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        taxable = self.taxable

        taxrate = self.taxrate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if taxable is not UNSET:
            field_dict["taxable"] = taxable
        if taxrate is not UNSET:
            field_dict["taxrate"] = taxrate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: QuoteSettingsType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = QuoteSettingsType(_type_)

        taxable = d.pop("taxable", UNSET)

        taxrate = d.pop("taxrate", UNSET)

        quote_settings = cls(
            type_=type_,
            taxable=taxable,
            taxrate=taxrate,
        )

        quote_settings.additional_properties = d
        return quote_settings

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
