from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectCustomField")


@_attrs_define
class ProjectCustomField:
    """A custom field defined for projects. Known only from the model of the vendor's 2026 clients (no documentation page,
    no recorded answer): which fields are always present, and the types of `id` and `options`, are not settled.

        Attributes:
            id (int | str | Unset): Id of the field (the clients read it as an integer).
            type_ (str | Unset): Kind of field (values not published).
            name (str | Unset): Name of the field.
            descr (str | Unset): Description of the field.
            options (list[Any] | Unset): The choices of a list-type field (shape of an item not published).
    """

    id: int | str | Unset = UNSET
    type_: str | Unset = UNSET
    name: str | Unset = UNSET
    descr: str | Unset = UNSET
    options: list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        type_ = self.type_

        name = self.name

        descr = self.descr

        options: list[Any] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if name is not UNSET:
            field_dict["name"] = name
        if descr is not UNSET:
            field_dict["descr"] = descr
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        type_ = d.pop("type", UNSET)

        name = d.pop("name", UNSET)

        descr = d.pop("descr", UNSET)

        options = cast(list[Any], d.pop("options", UNSET))

        project_custom_field = cls(
            id=id,
            type_=type_,
            name=name,
            descr=descr,
            options=options,
        )

        project_custom_field.additional_properties = d
        return project_custom_field

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
