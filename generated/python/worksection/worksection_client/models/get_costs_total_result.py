from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.costs_total import CostsTotal
    from ..models.get_costs_total_result_projects_type_0 import GetCostsTotalResultProjectsType0


T = TypeVar("T", bound="GetCostsTotalResult")


@_attrs_define
class GetCostsTotalResult:
    """Success envelope of get_costs_total (no `data`: the sum is in `total`).

    Attributes:
        status (Literal['ok']): Always `ok` on success.
        total (CostsTotal): Sum of the selected cost lines: time and money.
        projects (GetCostsTotalResultProjectsType0 | list[str] | Unset): Per-project totals keyed by project id; only
            with `extra=projects` (presumed `[]` when no project has costs).
    """

    status: Literal["ok"]
    total: CostsTotal
    projects: GetCostsTotalResultProjectsType0 | list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.get_costs_total_result_projects_type_0 import GetCostsTotalResultProjectsType0  # noqa: PLC0415

        status = self.status

        total = self.total.to_dict()

        projects: dict[str, Any] | list[str] | Unset
        if isinstance(self.projects, Unset):
            projects = UNSET
        elif isinstance(self.projects, GetCostsTotalResultProjectsType0):
            projects = self.projects.to_dict()
        else:
            projects = self.projects

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "total": total,
            }
        )
        if projects is not UNSET:
            field_dict["projects"] = projects

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.costs_total import CostsTotal  # noqa: PLC0415
        from ..models.get_costs_total_result_projects_type_0 import GetCostsTotalResultProjectsType0  # noqa: PLC0415

        d = dict(src_dict)
        status = cast(Literal["ok"], d.pop("status"))
        if status != "ok":
            raise ValueError(f"status must match const 'ok', got '{status}'")

        total = CostsTotal.from_dict(d.pop("total"))

        def _parse_projects(data: object) -> GetCostsTotalResultProjectsType0 | list[str] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                projects_type_0 = GetCostsTotalResultProjectsType0.from_dict(data)

                return projects_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            projects_type_1 = cast(list[str], data)

            return projects_type_1

        projects = _parse_projects(d.pop("projects", UNSET))

        get_costs_total_result = cls(
            status=status,
            total=total,
            projects=projects,
        )

        get_costs_total_result.additional_properties = d
        return get_costs_total_result

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
