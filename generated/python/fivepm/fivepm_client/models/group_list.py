from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.group_list_items import GroupListItems


T = TypeVar("T", bound="GroupList")


@_attrs_define
class GroupList:
    """A page of project groups. Mirrors the XML `<items><item>…</item></items><count/><total/>`; `items` has no `item` key
    when the page is empty.

        Attributes:
            items (GroupListItems): Wrapper element holding one `item` per group.
            count (int): Number of entries in this response.
            total (int): Number of entries that match overall, across all pages.
    """

    items: GroupListItems
    count: int
    total: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = self.items.to_dict()

        count = self.count

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
                "count": count,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.group_list_items import GroupListItems  # noqa: PLC0415

        d = dict(src_dict)
        items = GroupListItems.from_dict(d.pop("items"))

        count = d.pop("count")

        total = d.pop("total")

        group_list = cls(
            items=items,
            count=count,
            total=total,
        )

        group_list.additional_properties = d
        return group_list

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
