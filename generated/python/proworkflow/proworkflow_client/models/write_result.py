from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.write_result_item import WriteResultItem


T = TypeVar("T", bound="WriteResult")


@_attrs_define
class WriteResult:
    """Answer to every create, update, delete and action call.

    Attributes:
        status (Literal['Success']): Always `Success`.
        details (list[WriteResultItem]): One entry per affected item, in input order for batch creates.
        message (str | Unset): Short human-readable outcome such as `Contact Updated` or `Contact/s Added`; the wording
            varies, so do not match on it.
    """

    status: Literal["Success"]
    details: list[WriteResultItem]
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        details = []
        for details_item_data in self.details:
            details_item = details_item_data.to_dict()
            details.append(details_item)

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "details": details,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.write_result_item import WriteResultItem  # noqa: PLC0415

        d = dict(src_dict)
        status = cast(Literal["Success"], d.pop("status"))
        if status != "Success":
            raise ValueError(f"status must match const 'Success', got '{status}'")

        details = []
        _details = d.pop("details")
        for details_item_data in _details:
            details_item = WriteResultItem.from_dict(details_item_data)

            details.append(details_item)

        message = d.pop("message", UNSET)

        write_result = cls(
            status=status,
            details=details,
            message=message,
        )

        write_result.additional_properties = d
        return write_result

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
