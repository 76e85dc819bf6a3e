from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.project_group import ProjectGroup


T = TypeVar("T", bound="GetProjectGroupsResult")


@_attrs_define
class GetProjectGroupsResult:
    """Success envelope of get_project_groups: the folders in `data`.

    Attributes:
        status (Literal['ok']): Always `ok` on success.
        data (list[ProjectGroup]): The folders.
    """

    status: Literal["ok"]
    data: list[ProjectGroup]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.project_group import ProjectGroup  # noqa: PLC0415

        d = dict(src_dict)
        status = cast(Literal["ok"], d.pop("status"))
        if status != "ok":
            raise ValueError(f"status must match const 'ok', got '{status}'")

        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = ProjectGroup.from_dict(data_item_data)

            data.append(data_item)

        get_project_groups_result = cls(
            status=status,
            data=data,
        )

        get_project_groups_result.additional_properties = d
        return get_project_groups_result

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
