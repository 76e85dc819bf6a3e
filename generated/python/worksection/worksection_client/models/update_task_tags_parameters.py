from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateTaskTagsParameters")


@_attrs_define
class UpdateTaskTagsParameters:
    """Parameters of update_task_tags as a JSON object (the 2026 clients' form).

    Attributes:
        id_task (int | str): An id in a JSON body; the vendor's 2026 clients send it as a number or as digits.
        plus (str | Unset): Tags separated by commas, each a tag's id or its full name (spaces after commas are
            tolerated). May be empty (nothing to do).
        minus (str | Unset): Tags separated by commas, each a tag's id or its full name (spaces after commas are
            tolerated). May be empty (nothing to do).
    """

    id_task: int | str
    plus: str | Unset = UNSET
    minus: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id_task: int | str
        id_task = self.id_task

        plus = self.plus

        minus = self.minus

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id_task": id_task,
            }
        )
        if plus is not UNSET:
            field_dict["plus"] = plus
        if minus is not UNSET:
            field_dict["minus"] = minus

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_id_task(data: object) -> int | str:
            return cast(int | str, data)

        id_task = _parse_id_task(d.pop("id_task"))

        plus = d.pop("plus", UNSET)

        minus = d.pop("minus", UNSET)

        update_task_tags_parameters = cls(
            id_task=id_task,
            plus=plus,
            minus=minus,
        )

        return update_task_tags_parameters
