from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_field_definition import CustomFieldDefinition


T = TypeVar("T", bound="CustomFieldListOk")


@_attrs_define
class CustomFieldListOk:
    """The custom fields of the account.

    Attributes:
        custom_fields (list[CustomFieldDefinition]):
        status (Literal['ok'] | Unset): Marks a successful answer; failures carry `error` (see ErrorEnvelope).
    """

    custom_fields: list[CustomFieldDefinition]
    status: Literal["ok"] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custom_fields = []
        for custom_fields_item_data in self.custom_fields:
            custom_fields_item = custom_fields_item_data.to_dict()
            custom_fields.append(custom_fields_item)

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customFields": custom_fields,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_field_definition import CustomFieldDefinition  # noqa: PLC0415

        d = dict(src_dict)
        custom_fields = []
        _custom_fields = d.pop("customFields")
        for custom_fields_item_data in _custom_fields:
            custom_fields_item = CustomFieldDefinition.from_dict(custom_fields_item_data)

            custom_fields.append(custom_fields_item)

        status = cast(Literal["ok"] | Unset, d.pop("status", UNSET))
        if status != "ok" and not isinstance(status, Unset):
            raise ValueError(f"status must match const 'ok', got '{status}'")

        custom_field_list_ok = cls(
            custom_fields=custom_fields,
            status=status,
        )

        custom_field_list_ok.additional_properties = d
        return custom_field_list_ok

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
