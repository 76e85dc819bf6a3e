from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.task_active_filter import TaskActiveFilter
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetAllTasksParameters")


@_attrs_define
class GetAllTasksParameters:
    """Parameters of get_all_tasks as a JSON object (the 2026 clients' form).

    Attributes:
        filter_ (TaskActiveFilter | Unset): The only filter value, `active` (open tasks only).
        extra (str | Unset): Comma-separated list of `text` or `html` (not both), `files`, `comments`, `relations`,
            `subtasks`, `archive` (spaces around commas allowed).
    """

    filter_: TaskActiveFilter | Unset = UNSET
    extra: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        filter_: str | Unset = UNSET
        if not isinstance(self.filter_, Unset):
            filter_ = self.filter_.value

        extra = self.extra

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if extra is not UNSET:
            field_dict["extra"] = extra

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _filter_ = d.pop("filter", UNSET)
        filter_: TaskActiveFilter | Unset
        if isinstance(_filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = TaskActiveFilter(_filter_)

        extra = d.pop("extra", UNSET)

        get_all_tasks_parameters = cls(
            filter_=filter_,
            extra=extra,
        )

        return get_all_tasks_parameters
