from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.active_item import ActiveItem
    from ..models.project_node import ProjectNode


T = TypeVar("T", bound="TimeEntryEntitiesOk")


@_attrs_define
class TimeEntryEntitiesOk:
    """What lies beneath the given entity: the projects of a company, or the subprojects of a project.

    Attributes:
        status (Literal['ok'] | Unset): Marks a successful answer; failures carry `error` (see ErrorEnvelope).
        projects (list[ProjectNode] | Unset): Answer for a company.
        subprojects (list[ActiveItem] | Unset): Answer for a project.
    """

    status: Literal["ok"] | Unset = UNSET
    projects: list[ProjectNode] | Unset = UNSET
    subprojects: list[ActiveItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        projects: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.projects, Unset):
            projects = []
            for projects_item_data in self.projects:
                projects_item = projects_item_data.to_dict()
                projects.append(projects_item)

        subprojects: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.subprojects, Unset):
            subprojects = []
            for subprojects_item_data in self.subprojects:
                subprojects_item = subprojects_item_data.to_dict()
                subprojects.append(subprojects_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if projects is not UNSET:
            field_dict["projects"] = projects
        if subprojects is not UNSET:
            field_dict["subprojects"] = subprojects

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.active_item import ActiveItem  # noqa: PLC0415
        from ..models.project_node import ProjectNode  # noqa: PLC0415

        d = dict(src_dict)
        status = cast(Literal["ok"] | Unset, d.pop("status", UNSET))
        if status != "ok" and not isinstance(status, Unset):
            raise ValueError(f"status must match const 'ok', got '{status}'")

        _projects = d.pop("projects", UNSET)
        projects: list[ProjectNode] | Unset = UNSET
        if _projects is not UNSET:
            projects = []
            for projects_item_data in _projects:
                projects_item = ProjectNode.from_dict(projects_item_data)

                projects.append(projects_item)

        _subprojects = d.pop("subprojects", UNSET)
        subprojects: list[ActiveItem] | Unset = UNSET
        if _subprojects is not UNSET:
            subprojects = []
            for subprojects_item_data in _subprojects:
                subprojects_item = ActiveItem.from_dict(subprojects_item_data)

                subprojects.append(subprojects_item)

        time_entry_entities_ok = cls(
            status=status,
            projects=projects,
            subprojects=subprojects,
        )

        time_entry_entities_ok.additional_properties = d
        return time_entry_entities_ok

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
