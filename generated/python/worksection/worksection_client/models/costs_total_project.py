from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.costs_total_project_monthly_type_0 import CostsTotalProjectMonthlyType0
    from ..models.costs_total_project_tasks_type_0 import CostsTotalProjectTasksType0


T = TypeVar("T", bound="CostsTotalProject")


@_attrs_define
class CostsTotalProject:
    """Costs of one project (`extra=projects`): its totals, its totals per month, and with `tasks` or `tasks_top_level` per
    task.

        Attributes:
            id (str): The project's id.
            name (str): The project's name.
            page (str): Link to the project.
            time (str): An amount of time as the service writes it: hours, a colon and two-digit minutes (`6:50`, `103:39`).
            money (str): An amount of money in the account's currency as the service writes it: a decimal string with two
                decimals (`75.17`, `0.00`).
            monthly (CostsTotalProjectMonthlyType0 | list[str]): Totals per calendar month, keyed `YYYY-MM`, newest first in
                the vendor's sample; presumed `[]` when empty.
            tasks (CostsTotalProjectTasksType0 | list[str] | Unset): Costs per task keyed by task id; only with
                `extra=projects,tasks` (every task and subtask) or `projects,tasks_top_level` (top-level tasks, subtasks' costs
                included).
    """

    id: str
    name: str
    page: str
    time: str
    money: str
    monthly: CostsTotalProjectMonthlyType0 | list[str]
    tasks: CostsTotalProjectTasksType0 | list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.costs_total_project_monthly_type_0 import CostsTotalProjectMonthlyType0  # noqa: PLC0415
        from ..models.costs_total_project_tasks_type_0 import CostsTotalProjectTasksType0  # noqa: PLC0415

        id = self.id

        name = self.name

        page = self.page

        time = self.time

        money = self.money

        monthly: dict[str, Any] | list[str]
        if isinstance(self.monthly, CostsTotalProjectMonthlyType0):
            monthly = self.monthly.to_dict()
        else:
            monthly = self.monthly

        tasks: dict[str, Any] | list[str] | Unset
        if isinstance(self.tasks, Unset):
            tasks = UNSET
        elif isinstance(self.tasks, CostsTotalProjectTasksType0):
            tasks = self.tasks.to_dict()
        else:
            tasks = self.tasks

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "page": page,
                "time": time,
                "money": money,
                "monthly": monthly,
            }
        )
        if tasks is not UNSET:
            field_dict["tasks"] = tasks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.costs_total_project_monthly_type_0 import CostsTotalProjectMonthlyType0  # noqa: PLC0415
        from ..models.costs_total_project_tasks_type_0 import CostsTotalProjectTasksType0  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        page = d.pop("page")

        time = d.pop("time")

        money = d.pop("money")

        def _parse_monthly(data: object) -> CostsTotalProjectMonthlyType0 | list[str]:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                monthly_type_0 = CostsTotalProjectMonthlyType0.from_dict(data)

                return monthly_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            monthly_type_1 = cast(list[str], data)

            return monthly_type_1

        monthly = _parse_monthly(d.pop("monthly"))

        def _parse_tasks(data: object) -> CostsTotalProjectTasksType0 | list[str] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tasks_type_0 = CostsTotalProjectTasksType0.from_dict(data)

                return tasks_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            tasks_type_1 = cast(list[str], data)

            return tasks_type_1

        tasks = _parse_tasks(d.pop("tasks", UNSET))

        costs_total_project = cls(
            id=id,
            name=name,
            page=page,
            time=time,
            money=money,
            monthly=monthly,
            tasks=tasks,
        )

        costs_total_project.additional_properties = d
        return costs_total_project

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
