from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="StopTimerParameters")


@_attrs_define
class StopTimerParameters:
    """Parameters of stop_timer as a JSON object (the 2026 clients' form).

    Attributes:
        timer (int | str): An id in a JSON body; the vendor's 2026 clients send it as a number or as digits.
    """

    timer: int | str

    def to_dict(self) -> dict[str, Any]:
        timer: int | str
        timer = self.timer

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "timer": timer,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_timer(data: object) -> int | str:
            return cast(int | str, data)

        timer = _parse_timer(d.pop("timer"))

        stop_timer_parameters = cls(
            timer=timer,
        )

        return stop_timer_parameters
