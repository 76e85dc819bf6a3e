from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.task_custom_value_value_type_4 import TaskCustomValueValueType4


T = TypeVar("T", bound="TaskCustomValue")


@_attrs_define
class TaskCustomValue:
    """One custom field value of a task (get_task with `extra=custom_fields`). Known only from the
    vendor's 2026 clients' models; no recorded answer shows one.

        Attributes:
            id (int | str): An id that the vendor's clients read as an integer; whether the service sends it as a number or
                as digits is not recorded, so both are accepted.
            type_ (str | Unset): Kind of the field (values not documented).
            name (str | Unset): Name of the field.
            value (bool | float | list[str] | None | str | TaskCustomValueValueType4 | Unset): The value; its form depends
                on the field's kind (not documented; a list is presumed to hold the chosen options' names).
    """

    id: int | str
    type_: str | Unset = UNSET
    name: str | Unset = UNSET
    value: bool | float | list[str] | None | str | TaskCustomValueValueType4 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.task_custom_value_value_type_4 import TaskCustomValueValueType4  # noqa: PLC0415

        id: int | str
        id = self.id

        type_ = self.type_

        name = self.name

        value: bool | dict[str, Any] | float | list[str] | None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        elif isinstance(self.value, list):
            value = self.value

        elif isinstance(self.value, TaskCustomValueValueType4):
            value = self.value.to_dict()
        else:
            value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if name is not UNSET:
            field_dict["name"] = name
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.task_custom_value_value_type_4 import TaskCustomValueValueType4  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_id(data: object) -> int | str:
            return cast(int | str, data)

        id = _parse_id(d.pop("id"))

        type_ = d.pop("type", UNSET)

        name = d.pop("name", UNSET)

        def _parse_value(data: object) -> bool | float | list[str] | None | str | TaskCustomValueValueType4 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                value_type_3 = cast(list[str], data)

                return value_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                value_type_4 = TaskCustomValueValueType4.from_dict(data)

                return value_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | float | list[str] | None | str | TaskCustomValueValueType4 | Unset, data)

        value = _parse_value(d.pop("value", UNSET))

        task_custom_value = cls(
            id=id,
            type_=type_,
            name=name,
            value=value,
        )

        task_custom_value.additional_properties = d
        return task_custom_value

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
