from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.task_active_filter import TaskActiveFilter
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetTaskParameters")


@_attrs_define
class GetTaskParameters:
    """Parameters of get_task as a JSON object (the 2026 clients' form).

    Attributes:
        id_task (int | str): An id in a JSON body; the vendor's 2026 clients send it as a number or as digits.
        filter_ (TaskActiveFilter | Unset): The only filter value, `active` (open tasks only).
        extra (str | Unset): Comma-separated list of `text` or `html` (not both), `files`, `comments`, `relations`,
            `subtasks`, `subscribers`, `custom_fields` (spaces around commas allowed).
    """

    id_task: int | str
    filter_: TaskActiveFilter | Unset = UNSET
    extra: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id_task: int | str
        id_task = self.id_task

        filter_: str | Unset = UNSET
        if not isinstance(self.filter_, Unset):
            filter_ = self.filter_.value

        extra = self.extra

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id_task": id_task,
            }
        )
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if extra is not UNSET:
            field_dict["extra"] = extra

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_id_task(data: object) -> int | str:
            return cast(int | str, data)

        id_task = _parse_id_task(d.pop("id_task"))

        _filter_ = d.pop("filter", UNSET)
        filter_: TaskActiveFilter | Unset
        if isinstance(_filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = TaskActiveFilter(_filter_)

        extra = d.pop("extra", UNSET)

        get_task_parameters = cls(
            id_task=id_task,
            filter_=filter_,
            extra=extra,
        )

        return get_task_parameters
