from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.priority import Priority


T = TypeVar("T", bound="PriorityList")


@_attrs_define
class PriorityList:
    """The priority catalogue: one `item` element per entry directly under `data` (no count or total). Shape taken from
    captured runtime output; the vendor references this object but never defines it.

    Vendor-doc correction: the reference page says the call returns a field `list` holding a PriorityList object;
    captured output has no `list` element, the entries sit directly under `data`.

        Attributes:
            item (list[Priority]): The priority entries.
    """

    item: list[Priority]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        item = []
        for item_item_data in self.item:
            item_item = item_item_data.to_dict()
            item.append(item_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "item": item,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.priority import Priority  # noqa: PLC0415

        d = dict(src_dict)
        item = []
        _item = d.pop("item")
        for item_item_data in _item:
            item_item = Priority.from_dict(item_item_data)

            item.append(item_item)

        priority_list = cls(
            item=item,
        )

        priority_list.additional_properties = d
        return priority_list

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
