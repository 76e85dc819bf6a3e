from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.group_list import GroupList


T = TypeVar("T", bound="GroupListEnvelope")


@_attrs_define
class GroupListEnvelope:
    """Success body carrying the list of project groups. In XML the `data` element is the document root; in JSON
    (`retType=json`) it is the single top-level key.

        Attributes:
            data (GroupList): A page of project groups. Mirrors the XML `<items><item>…</item></items><count/><total/>`;
                `items` has no `item` key when the page is empty.
    """

    data: GroupList
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.group_list import GroupList  # noqa: PLC0415

        d = dict(src_dict)
        data = GroupList.from_dict(d.pop("data"))

        group_list_envelope = cls(
            data=data,
        )

        group_list_envelope.additional_properties = d
        return group_list_envelope

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
