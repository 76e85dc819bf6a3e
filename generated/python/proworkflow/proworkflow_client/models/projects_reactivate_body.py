from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="ProjectsReactivateBody")


@_attrs_define
class ProjectsReactivateBody:
    """Request body of projectsReactivate."""

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        projects_reactivate_body = cls()

        return projects_reactivate_body
