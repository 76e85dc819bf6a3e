from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TaskAnyone")


@_attrs_define
class TaskAnyone:
    """What `user_to` holds when the task is assigned to "Anyone" (whoever takes it).

    Attributes:
        id (Literal['2']): Always "2".
        email (Literal['ANY']): Always "ANY".
        name (str): A label in the account's language, e.g. "Anyone".
    """

    id: Literal["2"]
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
        id = cast(Literal["2"], d.pop("id"))
        if id != "2":
            raise ValueError(f"id must match const '2', got '{id}'")

        email = cast(Literal["ANY"], d.pop("email"))
        if email != "ANY":
            raise ValueError(f"email must match const 'ANY', got '{email}'")

        name = d.pop("name")

        task_anyone = cls(
            id=id,
            email=email,
            name=name,
        )

        task_anyone.additional_properties = d
        return task_anyone

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
