from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="CloseProjectParameters")


@_attrs_define
class CloseProjectParameters:
    """Parameters of close_project as a JSON object (the 2026 clients' form).

    Attributes:
        id_project (int | str): An id in a JSON body; the vendor's 2026 clients send it as a number or as digits.
    """

    id_project: int | str

    def to_dict(self) -> dict[str, Any]:
        id_project: int | str
        id_project = self.id_project

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id_project": id_project,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_id_project(data: object) -> int | str:
            return cast(int | str, data)

        id_project = _parse_id_project(d.pop("id_project"))

        close_project_parameters = cls(
            id_project=id_project,
        )

        return close_project_parameters
