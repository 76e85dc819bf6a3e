from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.cost_task import CostTask
    from ..models.project_user import ProjectUser


T = TypeVar("T", bound="Cost")


@_attrs_define
class Cost:
    """One cost line: time and/or money booked by one person on one task for one day.

    Attributes:
        id (str): Identifier of the cost line (the `id_costs` of update_costs and delete_costs).
        comment (str): The author's comment; empty when none.
        time (str): An amount of time as the service writes it: hours, a colon and two-digit minutes (`6:50`, `103:39`).
        money (str): An amount of money in the account's currency as the service writes it: a decimal string with two
            decimals (`75.17`, `0.00`).
        date (str): A calendar date, `YYYY-MM-DD`.
        is_timer (bool): true when the time came from the timer, false when entered by hand.
        user_from (ProjectUser): A person of the account (author, manager or team member).
        task (CostTask): The task (or subtask) a cost line is booked on, in the shape the task actions answer. Recorded
            answers carry the fields marked required, and `date_closed` once the task is done; the vendor's
            page adds the task's dates, end time, estimates and tags when they are set.
    """

    id: str
    comment: str
    time: str
    money: str
    date: str
    is_timer: bool
    user_from: ProjectUser
    task: CostTask
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        comment = self.comment

        time = self.time

        money = self.money

        date = self.date

        is_timer = self.is_timer

        user_from = self.user_from.to_dict()

        task = self.task.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "comment": comment,
                "time": time,
                "money": money,
                "date": date,
                "is_timer": is_timer,
                "user_from": user_from,
                "task": task,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cost_task import CostTask  # noqa: PLC0415
        from ..models.project_user import ProjectUser  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        comment = d.pop("comment")

        time = d.pop("time")

        money = d.pop("money")

        date = d.pop("date")

        is_timer = d.pop("is_timer")

        user_from = ProjectUser.from_dict(d.pop("user_from"))

        task = CostTask.from_dict(d.pop("task"))

        cost = cls(
            id=id,
            comment=comment,
            time=time,
            money=money,
            date=date,
            is_timer=is_timer,
            user_from=user_from,
            task=task,
        )

        cost.additional_properties = d
        return cost

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
