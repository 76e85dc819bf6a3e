from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.cost_is_rate import CostIsRate
from ..models.cost_is_rate_value_type_0 import CostIsRateValueType0
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateCostsParameters")


@_attrs_define
class UpdateCostsParameters:
    """Parameters of update_costs as a JSON object (the 2026 clients' form).

    Attributes:
        id_costs (int | str): An id in a JSON body; the vendor's 2026 clients send it as a number or as digits.
        time (float | str | Unset): Time to book in a JSON body: the text forms of `CostTimeInput`, or a JSON number of
            hours.
        money (float | str | Unset): Money to book in a JSON body: the text forms of `CostMoneyInput`, or a JSON number.
        is_rate (CostIsRate | CostIsRateValueType0 | Unset): `is_rate` in a JSON body: 1 or 0, as a number or as text.
        comment (str | Unset): Comment on the cost line.
        date (str | Unset): A calendar date as the service takes it in parameters, `DD.MM.YYYY`.
    """

    id_costs: int | str
    time: float | str | Unset = UNSET
    money: float | str | Unset = UNSET
    is_rate: CostIsRate | CostIsRateValueType0 | Unset = UNSET
    comment: str | Unset = UNSET
    date: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id_costs: int | str
        id_costs = self.id_costs

        time: float | str | Unset
        if isinstance(self.time, Unset):
            time = UNSET
        else:
            time = self.time

        money: float | str | Unset
        if isinstance(self.money, Unset):
            money = UNSET
        else:
            money = self.money

        is_rate: int | str | Unset
        if isinstance(self.is_rate, Unset):
            is_rate = UNSET
        elif isinstance(self.is_rate, CostIsRateValueType0):
            is_rate = self.is_rate.value
        else:
            is_rate = self.is_rate.value

        comment = self.comment

        date = self.date

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id_costs": id_costs,
            }
        )
        if time is not UNSET:
            field_dict["time"] = time
        if money is not UNSET:
            field_dict["money"] = money
        if is_rate is not UNSET:
            field_dict["is_rate"] = is_rate
        if comment is not UNSET:
            field_dict["comment"] = comment
        if date is not UNSET:
            field_dict["date"] = date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_id_costs(data: object) -> int | str:
            return cast(int | str, data)

        id_costs = _parse_id_costs(d.pop("id_costs"))

        def _parse_time(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        time = _parse_time(d.pop("time", UNSET))

        def _parse_money(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        money = _parse_money(d.pop("money", UNSET))

        def _parse_is_rate(data: object) -> CostIsRate | CostIsRateValueType0 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                componentsschemas_cost_is_rate_value_type_0 = CostIsRateValueType0(data)

                return componentsschemas_cost_is_rate_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            componentsschemas_cost_is_rate_value_type_1 = CostIsRate(data)

            return componentsschemas_cost_is_rate_value_type_1

        is_rate = _parse_is_rate(d.pop("is_rate", UNSET))

        comment = d.pop("comment", UNSET)

        date = d.pop("date", UNSET)

        update_costs_parameters = cls(
            id_costs=id_costs,
            time=time,
            money=money,
            is_rate=is_rate,
            comment=comment,
            date=date,
        )

        return update_costs_parameters
