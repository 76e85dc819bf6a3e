from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="GetMyTimerParameters")


@_attrs_define
class GetMyTimerParameters:
    """Parameters of get_my_timer as a JSON object; the action takes none."""

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        get_my_timer_parameters = cls()

        return get_my_timer_parameters
