from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CustomFieldDefinition")


@_attrs_define
class CustomFieldDefinition:
    """A custom field defined on the account.

    Attributes:
        id (int): Numeric id the service gives an entity.
        name (str): Display name.
        available_for (str): Which kind of entity the field applies to, as a label (e.g. `Company - Customer`).
    """

    id: int
    name: str
    available_for: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        available_for = self.available_for

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "availableFor": available_for,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        available_for = d.pop("availableFor")

        custom_field_definition = cls(
            id=id,
            name=name,
            available_for=available_for,
        )

        custom_field_definition.additional_properties = d
        return custom_field_definition

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
