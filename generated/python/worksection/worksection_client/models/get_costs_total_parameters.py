from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.costs_is_timer import CostsIsTimer
from ..models.costs_is_timer_value_type_0 import CostsIsTimerValueType0
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetCostsTotalParameters")


@_attrs_define
class GetCostsTotalParameters:
    """Parameters of get_costs_total as a JSON object (the 2026 clients' form).

    Attributes:
        id_project (int | str | Unset): An id in a JSON body; the vendor's 2026 clients send it as a number or as
            digits.
        id_task (int | str | Unset): An id in a JSON body; the vendor's 2026 clients send it as a number or as digits.
        datestart (str | Unset): A calendar date as the service takes it in parameters, `DD.MM.YYYY`.
        dateend (str | Unset): A calendar date as the service takes it in parameters, `DD.MM.YYYY`.
        is_timer (CostsIsTimer | CostsIsTimerValueType0 | Unset): `is_timer` in a JSON body: 1 or 0, as a number or as
            text.
        filter_ (str | Unset): A project selection for get_costs_total: `project=ID`, `project in (ID, ID, ...)`,
            combined with
            `and`, `or` (lower case) and parentheses, e.g. `project=3301 or project in (3302, 3303)`. The
            pattern checks its words only.
        extra (str | Unset): Comma-separated list of `projects`, `tasks`, `tasks_top_level` (spaces around commas
            allowed).
    """

    id_project: int | str | Unset = UNSET
    id_task: int | str | Unset = UNSET
    datestart: str | Unset = UNSET
    dateend: str | Unset = UNSET
    is_timer: CostsIsTimer | CostsIsTimerValueType0 | Unset = UNSET
    filter_: str | Unset = UNSET
    extra: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id_project: int | str | Unset
        if isinstance(self.id_project, Unset):
            id_project = UNSET
        else:
            id_project = self.id_project

        id_task: int | str | Unset
        if isinstance(self.id_task, Unset):
            id_task = UNSET
        else:
            id_task = self.id_task

        datestart = self.datestart

        dateend = self.dateend

        is_timer: int | str | Unset
        if isinstance(self.is_timer, Unset):
            is_timer = UNSET
        elif isinstance(self.is_timer, CostsIsTimerValueType0):
            is_timer = self.is_timer.value
        else:
            is_timer = self.is_timer.value

        filter_ = self.filter_

        extra = self.extra

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if id_project is not UNSET:
            field_dict["id_project"] = id_project
        if id_task is not UNSET:
            field_dict["id_task"] = id_task
        if datestart is not UNSET:
            field_dict["datestart"] = datestart
        if dateend is not UNSET:
            field_dict["dateend"] = dateend
        if is_timer is not UNSET:
            field_dict["is_timer"] = is_timer
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if extra is not UNSET:
            field_dict["extra"] = extra

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_id_project(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        id_project = _parse_id_project(d.pop("id_project", UNSET))

        def _parse_id_task(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        id_task = _parse_id_task(d.pop("id_task", UNSET))

        datestart = d.pop("datestart", UNSET)

        dateend = d.pop("dateend", UNSET)

        def _parse_is_timer(data: object) -> CostsIsTimer | CostsIsTimerValueType0 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                componentsschemas_costs_is_timer_value_type_0 = CostsIsTimerValueType0(data)

                return componentsschemas_costs_is_timer_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            componentsschemas_costs_is_timer_value_type_1 = CostsIsTimer(data)

            return componentsschemas_costs_is_timer_value_type_1

        is_timer = _parse_is_timer(d.pop("is_timer", UNSET))

        filter_ = d.pop("filter", UNSET)

        extra = d.pop("extra", UNSET)

        get_costs_total_parameters = cls(
            id_project=id_project,
            id_task=id_task,
            datestart=datestart,
            dateend=dateend,
            is_timer=is_timer,
            filter_=filter_,
            extra=extra,
        )

        return get_costs_total_parameters
