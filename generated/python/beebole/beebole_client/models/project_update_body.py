from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.project_update import ProjectUpdate


T = TypeVar("T", bound="ProjectUpdateBody")


@_attrs_define
class ProjectUpdateBody:
    """
    Attributes:
        service (Literal['project.update']): Names the service called. Default: 'project.update'.
        project (ProjectUpdate): The project (by `id` or `xid`) and the values that change; a left-out `name`,
            `startDate` or `description` keeps its value.
    """

    project: ProjectUpdate
    service: Literal["project.update"] = "project.update"

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
        from ..models.project_update import ProjectUpdate  # noqa: PLC0415

        d = dict(src_dict)
        service = cast(Literal["project.update"], d.pop("service"))
        if service != "project.update":
            raise ValueError(f"service must match const 'project.update', got '{service}'")

        project = ProjectUpdate.from_dict(d.pop("project"))

        project_update_body = cls(
            service=service,
            project=project,
        )

        return project_update_body
