from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TimerAnyone")


@_attrs_define
class TimerAnyone:
    """What a task's `user_to` holds when the task is assigned to anyone.

    Attributes:
        id (str): A fixed id; `"2"` in every recorded answer.
        email (Literal['ANY']): Always "ANY".
        name (str): A notice in the account's language, e.g. "Anyone".
    """

    id: str
    email: Literal["ANY"]
    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        email = self.email

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "email": email,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        email = cast(Literal["ANY"], d.pop("email"))
        if email != "ANY":
            raise ValueError(f"email must match const 'ANY', got '{email}'")

        name = d.pop("name")

        timer_anyone = cls(
            id=id,
            email=email,
            name=name,
        )

        timer_anyone.additional_properties = d
        return timer_anyone

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
