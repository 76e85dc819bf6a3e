from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.cost_is_rate import CostIsRate
from ..models.cost_is_rate_value_type_0 import CostIsRateValueType0
from ..types import UNSET, Unset

T = TypeVar("T", bound="AddCostsParameters")


@_attrs_define
class AddCostsParameters:
    """Parameters of add_costs as a JSON object (the 2026 clients' form).

    Attributes:
        id_task (int | str): An id in a JSON body; the vendor's 2026 clients send it as a number or as digits.
        time (float | str | Unset): Time to book in a JSON body: the text forms of `CostTimeInput`, or a JSON number of
            hours.
        money (float | str | Unset): Money to book in a JSON body: the text forms of `CostMoneyInput`, or a JSON number.
        is_rate (CostIsRate | CostIsRateValueType0 | Unset): `is_rate` in a JSON body: 1 or 0, as a number or as text.
        email_user_from (str | Unset): E-mail address of the member the cost is booked for. The vendor calls it required
            with an admin
            signature, but the recorded admin call without it succeeded; who is then the author is not
            known (the mock takes the account owner).
        comment (str | Unset): Comment on the cost line.
        date (str | Unset): A calendar date as the service takes it in parameters, `DD.MM.YYYY`.
    """

    id_task: int | str
    time: float | str | Unset = UNSET
    money: float | str | Unset = UNSET
    is_rate: CostIsRate | CostIsRateValueType0 | Unset = UNSET
    email_user_from: str | Unset = UNSET
    comment: str | Unset = UNSET
    date: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id_task: int | str
        id_task = self.id_task

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

        email_user_from = self.email_user_from

        comment = self.comment

        date = self.date

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id_task": id_task,
            }
        )
        if time is not UNSET:
            field_dict["time"] = time
        if money is not UNSET:
            field_dict["money"] = money
        if is_rate is not UNSET:
            field_dict["is_rate"] = is_rate
        if email_user_from is not UNSET:
            field_dict["email_user_from"] = email_user_from
        if comment is not UNSET:
            field_dict["comment"] = comment
        if date is not UNSET:
            field_dict["date"] = date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_id_task(data: object) -> int | str:
            return cast(int | str, data)

        id_task = _parse_id_task(d.pop("id_task"))

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

        email_user_from = d.pop("email_user_from", UNSET)

        comment = d.pop("comment", UNSET)

        date = d.pop("date", UNSET)

        add_costs_parameters = cls(
            id_task=id_task,
            time=time,
            money=money,
            is_rate=is_rate,
            email_user_from=email_user_from,
            comment=comment,
            date=date,
        )

        return add_costs_parameters
