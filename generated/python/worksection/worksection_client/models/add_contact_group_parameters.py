from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="AddContactGroupParameters")


@_attrs_define
class AddContactGroupParameters:
    """Parameters of add_contact_group as a JSON object (the 2026 clients' form).

    Attributes:
        title (str): Name of the folder (required).
    """

    title: str

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "title": title,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title")

        add_contact_group_parameters = cls(
            title=title,
        )

        return add_contact_group_parameters
