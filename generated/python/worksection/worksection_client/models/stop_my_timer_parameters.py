from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="StopMyTimerParameters")


@_attrs_define
class StopMyTimerParameters:
    """Parameters of stop_my_timer as a JSON object (the 2026 clients' form).

    Attributes:
        comment (str | Unset): Comment of the cost entry the stopped timer books; may be empty.
    """

    comment: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        comment = self.comment

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if comment is not UNSET:
            field_dict["comment"] = comment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        comment = d.pop("comment", UNSET)

        stop_my_timer_parameters = cls(
            comment=comment,
        )

        return stop_my_timer_parameters
