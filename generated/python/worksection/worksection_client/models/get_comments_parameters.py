from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.get_comments_extra import GetCommentsExtra
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetCommentsParameters")


@_attrs_define
class GetCommentsParameters:
    """Parameters of get_comments as a JSON object (the 2026 clients' form).

    Attributes:
        id_task (int | str): An id in a JSON body; the vendor's 2026 clients send it as a number or as digits.
        extra (GetCommentsExtra | Unset): The only value, `files`.
    """

    id_task: int | str
    extra: GetCommentsExtra | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id_task: int | str
        id_task = self.id_task

        extra: str | Unset = UNSET
        if not isinstance(self.extra, Unset):
            extra = self.extra.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id_task": id_task,
            }
        )
        if extra is not UNSET:
            field_dict["extra"] = extra

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_id_task(data: object) -> int | str:
            return cast(int | str, data)

        id_task = _parse_id_task(d.pop("id_task"))

        _extra = d.pop("extra", UNSET)
        extra: GetCommentsExtra | Unset
        if isinstance(_extra, Unset):
            extra = UNSET
        else:
            extra = GetCommentsExtra(_extra)

        get_comments_parameters = cls(
            id_task=id_task,
            extra=extra,
        )

        return get_comments_parameters
