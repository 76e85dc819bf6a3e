from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.project_filter import ProjectFilter
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetProjectsParameters")


@_attrs_define
class GetProjectsParameters:
    """Parameters of get_projects as a JSON object (the 2026 clients' form).

    Attributes:
        filter_ (ProjectFilter | Unset): Project state to list: `active`, `pending`, `archive` (the values of a
            project's `status`).
        extra (str | Unset): Comma-separated list of `text` or `html`, `options`, `users` (spaces around commas
            allowed). `text` and `html` are the two forms of the one description field, so a list names at most one of them.
    """

    filter_: ProjectFilter | Unset = UNSET
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
        filter_: ProjectFilter | Unset
        if isinstance(_filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = ProjectFilter(_filter_)

        extra = d.pop("extra", UNSET)

        get_projects_parameters = cls(
            filter_=filter_,
            extra=extra,
        )

        return get_projects_parameters
