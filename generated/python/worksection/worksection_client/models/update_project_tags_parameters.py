from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateProjectTagsParameters")


@_attrs_define
class UpdateProjectTagsParameters:
    """Parameters of update_project_tags as a JSON object (the 2026 clients' form).

    Attributes:
        id_project (int | str): An id in a JSON body; the vendor's 2026 clients send it as a number or as digits.
        plus (str | Unset): Tag names or tag ids joined by commas (spaces around the commas are tolerated); may be
            empty, meaning none.
        minus (str | Unset): Tag names or tag ids joined by commas (spaces around the commas are tolerated); may be
            empty, meaning none.
    """

    id_project: int | str
    plus: str | Unset = UNSET
    minus: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id_project: int | str
        id_project = self.id_project

        plus = self.plus

        minus = self.minus

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id_project": id_project,
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

        def _parse_id_project(data: object) -> int | str:
            return cast(int | str, data)

        id_project = _parse_id_project(d.pop("id_project"))

        plus = d.pop("plus", UNSET)

        minus = d.pop("minus", UNSET)

        update_project_tags_parameters = cls(
            id_project=id_project,
            plus=plus,
            minus=minus,
        )

        return update_project_tags_parameters
