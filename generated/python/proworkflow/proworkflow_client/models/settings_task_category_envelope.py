from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.settings_task_category import SettingsTaskCategory


T = TypeVar("T", bound="SettingsTaskCategoryEnvelope")


@_attrs_define
class SettingsTaskCategoryEnvelope:
    """Single-item envelope: the item sits under `category`.

    Attributes:
        category (SettingsTaskCategory): A category general tasks are filed under.
        status (Literal['Success']): Always `Success`.
        count (int | Unset): Always 1.
    """

    category: SettingsTaskCategory
    status: Literal["Success"]
    count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        category = self.category.to_dict()

        status = self.status

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "category": category,
                "status": status,
            }
        )
        if count is not UNSET:
            field_dict["count"] = count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.settings_task_category import SettingsTaskCategory  # noqa: PLC0415

        d = dict(src_dict)
        category = SettingsTaskCategory.from_dict(d.pop("category"))

        status = cast(Literal["Success"], d.pop("status"))
        if status != "Success":
            raise ValueError(f"status must match const 'Success', got '{status}'")

        count = d.pop("count", UNSET)

        settings_task_category_envelope = cls(
            category=category,
            status=status,
            count=count,
        )

        settings_task_category_envelope.additional_properties = d
        return settings_task_category_envelope

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
