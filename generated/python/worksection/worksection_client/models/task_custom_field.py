from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskCustomField")


@_attrs_define
class TaskCustomField:
    """A custom field that tasks of the account can carry.

    Attributes:
        id (int | str): An id that the vendor's clients read as an integer; whether the service sends it as a number or
            as digits is not recorded, so both are accepted.
        name (str): Name of the field.
        type_ (str | Unset): Kind of the field (values not documented).
        descr (str | Unset): Description of the field.
        options (list[str] | Unset): The choices of a field with choices (form not documented; presumed their names).
    """

    id: int | str
    name: str
    type_: str | Unset = UNSET
    descr: str | Unset = UNSET
    options: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | str
        id = self.id

        name = self.name

        type_ = self.type_

        descr = self.descr

        options: list[str] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if descr is not UNSET:
            field_dict["descr"] = descr
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_id(data: object) -> int | str:
            return cast(int | str, data)

        id = _parse_id(d.pop("id"))

        name = d.pop("name")

        type_ = d.pop("type", UNSET)

        descr = d.pop("descr", UNSET)

        options = cast(list[str], d.pop("options", UNSET))

        task_custom_field = cls(
            id=id,
            name=name,
            type_=type_,
            descr=descr,
            options=options,
        )

        task_custom_field.additional_properties = d
        return task_custom_field

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
