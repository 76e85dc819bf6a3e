from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetProjectParameters")


@_attrs_define
class GetProjectParameters:
    """Parameters of get_project as a JSON object (the 2026 clients' form).

    Attributes:
        id_project (int | str): An id in a JSON body; the vendor's 2026 clients send it as a number or as digits.
        extra (str | Unset): Comma-separated list of `text` or `html`, `options`, `users` (spaces around commas
            allowed). `text` and `html` are the two forms of the one description field, so a list names at most one of them.
    """

    id_project: int | str
    extra: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id_project: int | str
        id_project = self.id_project

        extra = self.extra

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id_project": id_project,
            }
        )
        if extra is not UNSET:
            field_dict["extra"] = extra

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_id_project(data: object) -> int | str:
            return cast(int | str, data)

        id_project = _parse_id_project(d.pop("id_project"))

        extra = d.pop("extra", UNSET)

        get_project_parameters = cls(
            id_project=id_project,
            extra=extra,
        )

        return get_project_parameters
