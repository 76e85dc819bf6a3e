from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.timer import Timer


T = TypeVar("T", bound="TimerList")


@_attrs_define
class TimerList:
    """List envelope of the running timers: the rows sit under `timerecords`.

    Attributes:
        count (int): Rows in this answer.
        status (Literal['Success']): Always `Success`.
        timerecords (list[Timer]): The running timers; always an array.
        totalcount (int | Unset): Running timers in total.
    """

    count: int
    status: Literal["Success"]
    timerecords: list[Timer]
    totalcount: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        status = self.status

        timerecords = []
        for timerecords_item_data in self.timerecords:
            timerecords_item = timerecords_item_data.to_dict()
            timerecords.append(timerecords_item)

        totalcount = self.totalcount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
                "status": status,
                "timerecords": timerecords,
            }
        )
        if totalcount is not UNSET:
            field_dict["totalcount"] = totalcount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.timer import Timer  # noqa: PLC0415

        d = dict(src_dict)
        count = d.pop("count")

        status = cast(Literal["Success"], d.pop("status"))
        if status != "Success":
            raise ValueError(f"status must match const 'Success', got '{status}'")

        timerecords = []
        _timerecords = d.pop("timerecords")
        for timerecords_item_data in _timerecords:
            timerecords_item = Timer.from_dict(timerecords_item_data)

            timerecords.append(timerecords_item)

        totalcount = d.pop("totalcount", UNSET)

        timer_list = cls(
            count=count,
            status=status,
            timerecords=timerecords,
            totalcount=totalcount,
        )

        timer_list.additional_properties = d
        return timer_list

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
