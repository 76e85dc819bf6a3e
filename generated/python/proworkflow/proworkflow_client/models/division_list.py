from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.division import Division


T = TypeVar("T", bound="DivisionList")


@_attrs_define
class DivisionList:
    """List envelope: the rows sit under `divisions`.

    Attributes:
        count (int): Rows in this answer.
        status (Literal['Success']): Always `Success`.
        divisions (list[Division]): The rows; always an array, even for one row.
        totalcount (int | Unset): Rows matching the filters in total (paging ignored).
    """

    count: int
    status: Literal["Success"]
    divisions: list[Division]
    totalcount: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        status = self.status

        divisions = []
        for divisions_item_data in self.divisions:
            divisions_item = divisions_item_data.to_dict()
            divisions.append(divisions_item)

        totalcount = self.totalcount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
                "status": status,
                "divisions": divisions,
            }
        )
        if totalcount is not UNSET:
            field_dict["totalcount"] = totalcount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.division import Division  # noqa: PLC0415

        d = dict(src_dict)
        count = d.pop("count")

        status = cast(Literal["Success"], d.pop("status"))
        if status != "Success":
            raise ValueError(f"status must match const 'Success', got '{status}'")

        divisions = []
        _divisions = d.pop("divisions")
        for divisions_item_data in _divisions:
            divisions_item = Division.from_dict(divisions_item_data)

            divisions.append(divisions_item)

        totalcount = d.pop("totalcount", UNSET)

        division_list = cls(
            count=count,
            status=status,
            divisions=divisions,
            totalcount=totalcount,
        )

        division_list.additional_properties = d
        return division_list

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
