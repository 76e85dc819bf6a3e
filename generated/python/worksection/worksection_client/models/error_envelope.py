from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrorEnvelope")


@_attrs_define
class ErrorEnvelope:
    """How the service reports a failure, with HTTP 200. Codes seen in vendor material: 2 signature
    (`hash` or `Authorization: Admin`) missing or wrong; 4 project or file not found; 5 task not
    found; 6 timer already running; 7 timer not found or not running; 8 task is closed; 10 a required
    field is missing, or none of several alternatives given, or a webhook not found; 11 a value is
    invalid (an e-mail address, conflicting cost options, a webhook URL); 12 project or task already
    in the requested state; 13 task has subtasks; 14 parent task is done; 16 tag not found. Codes 0,
    1, 3, 9 and 15 are not documented (the mock uses 1 for an unknown action and 9 for too many
    requests).

        Attributes:
            status (Literal['error']): Always `error` in this envelope.
            status_code (int): The service's error code (see above).
            message (str): Short English explanation of the code.
            message_details (str | Unset): Sometimes sent, the field or value concerned (e.g. a field name or an e-mail
                address).
    """

    status: Literal["error"]
    status_code: int
    message: str
    message_details: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        status_code = self.status_code

        message = self.message

        message_details = self.message_details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "status_code": status_code,
                "message": message,
            }
        )
        if message_details is not UNSET:
            field_dict["message_details"] = message_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = cast(Literal["error"], d.pop("status"))
        if status != "error":
            raise ValueError(f"status must match const 'error', got '{status}'")

        status_code = d.pop("status_code")

        message = d.pop("message")

        message_details = d.pop("message_details", UNSET)

        error_envelope = cls(
            status=status,
            status_code=status_code,
            message=message,
            message_details=message_details,
        )

        error_envelope.additional_properties = d
        return error_envelope

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
