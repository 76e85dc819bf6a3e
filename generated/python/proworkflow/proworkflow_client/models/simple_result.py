from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.simple_result_status import SimpleResultStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="SimpleResult")


@_attrs_define
class SimpleResult:
    """Minimal success answer for calls whose body is not documented.

    Attributes:
        status (SimpleResultStatus): `Success` when the request was accepted.
        message (str | Unset): Human-readable outcome.
        details (list[str] | Unset): Further messages, if any.
    """

    status: SimpleResultStatus
    message: str | Unset = UNSET
    details: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        message = self.message

        details: list[str] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = self.details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = SimpleResultStatus(d.pop("status"))

        message = d.pop("message", UNSET)

        details = cast(list[str], d.pop("details", UNSET))

        simple_result = cls(
            status=status,
            message=message,
            details=details,
        )

        simple_result.additional_properties = d
        return simple_result

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
