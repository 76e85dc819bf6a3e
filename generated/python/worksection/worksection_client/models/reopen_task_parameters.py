from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="ReopenTaskParameters")


@_attrs_define
class ReopenTaskParameters:
    """Parameters of reopen_task as a JSON object (the 2026 clients' form).

    Attributes:
        id_task (int | str): An id in a JSON body; the vendor's 2026 clients send it as a number or as digits.
    """

    id_task: int | str

    def to_dict(self) -> dict[str, Any]:
        id_task: int | str
        id_task = self.id_task

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id_task": id_task,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_id_task(data: object) -> int | str:
            return cast(int | str, data)

        id_task = _parse_id_task(d.pop("id_task"))

        reopen_task_parameters = cls(
            id_task=id_task,
        )

        return reopen_task_parameters
