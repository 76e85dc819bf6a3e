from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CostsTotal")


@_attrs_define
class CostsTotal:
    """Sum of the selected cost lines: time and money.

    Attributes:
        time (str): An amount of time as the service writes it: hours, a colon and two-digit minutes (`6:50`, `103:39`).
        money (str): An amount of money in the account's currency as the service writes it: a decimal string with two
            decimals (`75.17`, `0.00`).
    """

    time: str
    money: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        time = self.time

        money = self.money

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "time": time,
                "money": money,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        time = d.pop("time")

        money = d.pop("money")

        costs_total = cls(
            time=time,
            money=money,
        )

        costs_total.additional_properties = d
        return costs_total

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
