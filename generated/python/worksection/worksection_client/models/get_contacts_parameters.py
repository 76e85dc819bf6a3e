from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="GetContactsParameters")


@_attrs_define
class GetContactsParameters:
    """Parameters of get_contacts as a JSON object (the 2026 clients' form); the action takes none, so the object is empty."""

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get_contacts_parameters = cls()

        return get_contacts_parameters
