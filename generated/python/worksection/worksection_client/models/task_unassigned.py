from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TaskUnassigned")


@_attrs_define
class TaskUnassigned:
    """What `user_to` holds when the task is assigned to nobody.

    Attributes:
        id (Literal['1']): Always "1".
        email (Literal['NOONE']): Always "NOONE".
        name (str): A notice in the account's language, e.g. "Executive isn't assigned".
    """

    id: Literal["1"]
    email: Literal["NOONE"]
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
        id = cast(Literal["1"], d.pop("id"))
        if id != "1":
            raise ValueError(f"id must match const '1', got '{id}'")

        email = cast(Literal["NOONE"], d.pop("email"))
        if email != "NOONE":
            raise ValueError(f"email must match const 'NOONE', got '{email}'")

        name = d.pop("name")

        task_unassigned = cls(
            id=id,
            email=email,
            name=name,
        )

        task_unassigned.additional_properties = d
        return task_unassigned

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
