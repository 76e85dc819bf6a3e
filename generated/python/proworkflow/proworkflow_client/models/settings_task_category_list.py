from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.settings_task_category import SettingsTaskCategory


T = TypeVar("T", bound="SettingsTaskCategoryList")


@_attrs_define
class SettingsTaskCategoryList:
    """List envelope: the rows sit under `categories`.

    Attributes:
        count (int): Rows in this answer.
        status (Literal['Success']): Always `Success`.
        categories (list[SettingsTaskCategory]): The rows; always an array, even for one row.
        totalcount (int | Unset): Rows matching the filters in total (paging ignored).
    """

    count: int
    status: Literal["Success"]
    categories: list[SettingsTaskCategory]
    totalcount: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        status = self.status

        categories = []
        for categories_item_data in self.categories:
            categories_item = categories_item_data.to_dict()
            categories.append(categories_item)

        totalcount = self.totalcount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
                "status": status,
                "categories": categories,
            }
        )
        if totalcount is not UNSET:
            field_dict["totalcount"] = totalcount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.settings_task_category import SettingsTaskCategory  # noqa: PLC0415

        d = dict(src_dict)
        count = d.pop("count")

        status = cast(Literal["Success"], d.pop("status"))
        if status != "Success":
            raise ValueError(f"status must match const 'Success', got '{status}'")

        categories = []
        _categories = d.pop("categories")
        for categories_item_data in _categories:
            categories_item = SettingsTaskCategory.from_dict(categories_item_data)

            categories.append(categories_item)

        totalcount = d.pop("totalcount", UNSET)

        settings_task_category_list = cls(
            count=count,
            status=status,
            categories=categories,
            totalcount=totalcount,
        )

        settings_task_category_list.additional_properties = d
        return settings_task_category_list

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
