from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.people_timesheets_item import PeopleTimesheetsItem


T = TypeVar("T", bound="PeopleTimesheetsOk")


@_attrs_define
class PeopleTimesheetsOk:
    """The people's hours over the period, in one item.

    Attributes:
        status (Literal['ok']): Marks a successful answer; failures carry `error` (see ErrorEnvelope).
        items (list[PeopleTimesheetsItem]):
    """

    status: Literal["ok"]
    items: list[PeopleTimesheetsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "items": items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.people_timesheets_item import PeopleTimesheetsItem  # noqa: PLC0415

        d = dict(src_dict)
        status = cast(Literal["ok"], d.pop("status"))
        if status != "ok":
            raise ValueError(f"status must match const 'ok', got '{status}'")

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = PeopleTimesheetsItem.from_dict(items_item_data)

            items.append(items_item)

        people_timesheets_ok = cls(
            status=status,
            items=items,
        )

        people_timesheets_ok.additional_properties = d
        return people_timesheets_ok

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
