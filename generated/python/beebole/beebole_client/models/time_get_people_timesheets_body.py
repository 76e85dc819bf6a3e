from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..models.export_show import ExportShow
from ..models.time_entry_status import TimeEntryStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="TimeGetPeopleTimesheetsBody")


@_attrs_define
class TimeGetPeopleTimesheetsBody:
    """
    Attributes:
        service (Literal['time.get_people_timesheets']): Names the service called. Default:
            'time.get_people_timesheets'.
        from_ (list[str]): A day as `[year, month, day]`, each a string of digits (`["2026", "03", "01"]`).
        to (list[str]): A day as `[year, month, day]`, each a string of digits (`["2026", "03", "01"]`).
        undoc (bool | Unset): Marks the call of an undocumented service, as the integration that uses it does.
        show (ExportShow | Unset): The kind of report: `all` time, `work` only, `abs` (absences) only, or `quota` (time-
            off allowances, with columns of its own).
        status_filters (list[TimeEntryStatus] | Unset): Only entries in these approval states (all when left out).
        show_all (bool | Unset): List every active person, those without hours too. Default: False.
        details (list[str] | Unset): Breakdown of each person's hours; only the empty list is known.
    """

    from_: list[str]
    to: list[str]
    service: Literal["time.get_people_timesheets"] = "time.get_people_timesheets"
    undoc: bool | Unset = UNSET
    show: ExportShow | Unset = UNSET
    status_filters: list[TimeEntryStatus] | Unset = UNSET
    show_all: bool | Unset = False
    details: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        service = self.service

        from_ = self.from_

        to = self.to

        undoc = self.undoc

        show: str | Unset = UNSET
        if not isinstance(self.show, Unset):
            show = self.show.value

        status_filters: list[str] | Unset = UNSET
        if not isinstance(self.status_filters, Unset):
            status_filters = []
            for status_filters_item_data in self.status_filters:
                status_filters_item = status_filters_item_data.value
                status_filters.append(status_filters_item)

        show_all = self.show_all

        details: list[str] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = self.details

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "service": service,
                "from": from_,
                "to": to,
            }
        )
        if undoc is not UNSET:
            field_dict["undoc"] = undoc
        if show is not UNSET:
            field_dict["show"] = show
        if status_filters is not UNSET:
            field_dict["statusFilters"] = status_filters
        if show_all is not UNSET:
            field_dict["showAll"] = show_all
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        service = cast(Literal["time.get_people_timesheets"], d.pop("service"))
        if service != "time.get_people_timesheets":
            raise ValueError(f"service must match const 'time.get_people_timesheets', got '{service}'")

        from_ = cast(list[str], d.pop("from"))

        to = cast(list[str], d.pop("to"))

        undoc = d.pop("undoc", UNSET)

        _show = d.pop("show", UNSET)
        show: ExportShow | Unset
        if isinstance(_show, Unset):
            show = UNSET
        else:
            show = ExportShow(_show)

        _status_filters = d.pop("statusFilters", UNSET)
        status_filters: list[TimeEntryStatus] | Unset = UNSET
        if _status_filters is not UNSET:
            status_filters = []
            for status_filters_item_data in _status_filters:
                status_filters_item = TimeEntryStatus(status_filters_item_data)

                status_filters.append(status_filters_item)

        show_all = d.pop("showAll", UNSET)

        details = cast(list[str], d.pop("details", UNSET))

        time_get_people_timesheets_body = cls(
            service=service,
            from_=from_,
            to=to,
            undoc=undoc,
            show=show,
            status_filters=status_filters,
            show_all=show_all,
            details=details,
        )

        return time_get_people_timesheets_body
