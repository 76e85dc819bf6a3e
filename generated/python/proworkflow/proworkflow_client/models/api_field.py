from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_field_type import ApiFieldType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiField")


@_attrs_define
class ApiField:
    """An API-only custom field of one item type.

    Attributes:
        id (int): Field id.
        name (str | Unset): Field name, unique within its type.
        type_ (ApiFieldType | Unset): The item type the field belongs to.
        private (bool | Unset): Whether only staff see the field's values.
    """

    id: int
    name: str | Unset = UNSET
    type_: ApiFieldType | Unset = UNSET
    private: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        private = self.private

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if private is not UNSET:
            field_dict["private"] = private

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: ApiFieldType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ApiFieldType(_type_)

        private = d.pop("private", UNSET)

        api_field = cls(
            id=id,
            name=name,
            type_=type_,
            private=private,
        )

        api_field.additional_properties = d
        return api_field

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
