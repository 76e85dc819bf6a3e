from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.new_project import NewProject


T = TypeVar("T", bound="ProjectCreateBody")


@_attrs_define
class ProjectCreateBody:
    """
    Attributes:
        service (Literal['project.create']): Names the service called. Default: 'project.create'.
        project (NewProject): A project to create, under a company.
    """

    project: NewProject
    service: Literal["project.create"] = "project.create"

    def to_dict(self) -> dict[str, Any]:
        service = self.service

        project = self.project.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "service": service,
                "project": project,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.new_project import NewProject  # noqa: PLC0415

        d = dict(src_dict)
        service = cast(Literal["project.create"], d.pop("service"))
        if service != "project.create":
            raise ValueError(f"service must match const 'project.create', got '{service}'")

        project = NewProject.from_dict(d.pop("project"))

        project_create_body = cls(
            service=service,
            project=project,
        )

        return project_create_body
