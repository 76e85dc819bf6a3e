from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LookAndFeel")


@_attrs_define
class LookAndFeel:
    """The account's branding (properties inferred).

    Attributes:
        name (str | Unset): Account name shown on the login page.
        logo (str | Unset): Address of the account's logo (empty when none).
        headercolor (str | Unset): Header colour (hex).
        textcolor (str | Unset): Header text colour (hex).
    """

    name: str | Unset = UNSET
    logo: str | Unset = UNSET
    headercolor: str | Unset = UNSET
    textcolor: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        logo = self.logo

        headercolor = self.headercolor

        textcolor = self.textcolor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if logo is not UNSET:
            field_dict["logo"] = logo
        if headercolor is not UNSET:
            field_dict["headercolor"] = headercolor
        if textcolor is not UNSET:
            field_dict["textcolor"] = textcolor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        logo = d.pop("logo", UNSET)

        headercolor = d.pop("headercolor", UNSET)

        textcolor = d.pop("textcolor", UNSET)

        look_and_feel = cls(
            name=name,
            logo=logo,
            headercolor=headercolor,
            textcolor=textcolor,
        )

        look_and_feel.additional_properties = d
        return look_and_feel

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
