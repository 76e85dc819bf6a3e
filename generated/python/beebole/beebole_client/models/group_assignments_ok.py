from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.active_item import ActiveItem
    from ..models.assigned_person import AssignedPerson


T = TypeVar("T", bound="GroupAssignmentsOk")


@_attrs_define
class GroupAssignmentsOk:
    """The entities filed under a group, by kind. A kind with no entity may be left out.

    Attributes:
        status (Literal['ok']): Marks a successful answer; failures carry `error` (see ErrorEnvelope).
        companies (list[ActiveItem] | Unset):
        people (list[AssignedPerson] | Unset):
        projects (list[ActiveItem] | Unset):
        subprojects (list[ActiveItem] | Unset):
        tasks (list[ActiveItem] | Unset):
        absences (list[ActiveItem] | Unset):
    """

    status: Literal["ok"]
    companies: list[ActiveItem] | Unset = UNSET
    people: list[AssignedPerson] | Unset = UNSET
    projects: list[ActiveItem] | Unset = UNSET
    subprojects: list[ActiveItem] | Unset = UNSET
    tasks: list[ActiveItem] | Unset = UNSET
    absences: list[ActiveItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        companies: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.companies, Unset):
            companies = []
            for companies_item_data in self.companies:
                companies_item = companies_item_data.to_dict()
                companies.append(companies_item)

        people: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.people, Unset):
            people = []
            for people_item_data in self.people:
                people_item = people_item_data.to_dict()
                people.append(people_item)

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

        tasks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tasks, Unset):
            tasks = []
            for tasks_item_data in self.tasks:
                tasks_item = tasks_item_data.to_dict()
                tasks.append(tasks_item)

        absences: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.absences, Unset):
            absences = []
            for absences_item_data in self.absences:
                absences_item = absences_item_data.to_dict()
                absences.append(absences_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if companies is not UNSET:
            field_dict["companies"] = companies
        if people is not UNSET:
            field_dict["people"] = people
        if projects is not UNSET:
            field_dict["projects"] = projects
        if subprojects is not UNSET:
            field_dict["subprojects"] = subprojects
        if tasks is not UNSET:
            field_dict["tasks"] = tasks
        if absences is not UNSET:
            field_dict["absences"] = absences

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.active_item import ActiveItem  # noqa: PLC0415
        from ..models.assigned_person import AssignedPerson  # noqa: PLC0415

        d = dict(src_dict)
        status = cast(Literal["ok"], d.pop("status"))
        if status != "ok":
            raise ValueError(f"status must match const 'ok', got '{status}'")

        _companies = d.pop("companies", UNSET)
        companies: list[ActiveItem] | Unset = UNSET
        if _companies is not UNSET:
            companies = []
            for companies_item_data in _companies:
                companies_item = ActiveItem.from_dict(companies_item_data)

                companies.append(companies_item)

        _people = d.pop("people", UNSET)
        people: list[AssignedPerson] | Unset = UNSET
        if _people is not UNSET:
            people = []
            for people_item_data in _people:
                people_item = AssignedPerson.from_dict(people_item_data)

                people.append(people_item)

        _projects = d.pop("projects", UNSET)
        projects: list[ActiveItem] | Unset = UNSET
        if _projects is not UNSET:
            projects = []
            for projects_item_data in _projects:
                projects_item = ActiveItem.from_dict(projects_item_data)

                projects.append(projects_item)

        _subprojects = d.pop("subprojects", UNSET)
        subprojects: list[ActiveItem] | Unset = UNSET
        if _subprojects is not UNSET:
            subprojects = []
            for subprojects_item_data in _subprojects:
                subprojects_item = ActiveItem.from_dict(subprojects_item_data)

                subprojects.append(subprojects_item)

        _tasks = d.pop("tasks", UNSET)
        tasks: list[ActiveItem] | Unset = UNSET
        if _tasks is not UNSET:
            tasks = []
            for tasks_item_data in _tasks:
                tasks_item = ActiveItem.from_dict(tasks_item_data)

                tasks.append(tasks_item)

        _absences = d.pop("absences", UNSET)
        absences: list[ActiveItem] | Unset = UNSET
        if _absences is not UNSET:
            absences = []
            for absences_item_data in _absences:
                absences_item = ActiveItem.from_dict(absences_item_data)

                absences.append(absences_item)

        group_assignments_ok = cls(
            status=status,
            companies=companies,
            people=people,
            projects=projects,
            subprojects=subprojects,
            tasks=tasks,
            absences=absences,
        )

        group_assignments_ok.additional_properties = d
        return group_assignments_ok

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
