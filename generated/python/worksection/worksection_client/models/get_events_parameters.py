from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetEventsParameters")


@_attrs_define
class GetEventsParameters:
    """Parameters of get_events as a JSON object (the 2026 clients' form).

    Attributes:
        period (str): A look-back period: a whole number and a unit letter, `m` minutes (up to 360), `h` hours (up to
            72) or `d` days (up to 30). The pattern takes any number so that an out-of-range value reaches the service,
            which refuses it with code 10.
        id_project (int | str | Unset): An id in a JSON body; the vendor's 2026 clients send it as a number or as
            digits.
    """

    period: str
    id_project: int | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        period = self.period

        id_project: int | str | Unset
        if isinstance(self.id_project, Unset):
            id_project = UNSET
        else:
            id_project = self.id_project

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "period": period,
            }
        )
        if id_project is not UNSET:
            field_dict["id_project"] = id_project

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        period = d.pop("period")

        def _parse_id_project(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        id_project = _parse_id_project(d.pop("id_project", UNSET))

        get_events_parameters = cls(
            period=period,
            id_project=id_project,
        )

        return get_events_parameters
