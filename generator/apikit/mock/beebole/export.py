"""The report behind ``time_entry.export``: the vendor's column names, what each holds in this mock, and
how entries become rows.

The vendor's export module offers four kinds of report (``show``): ``all`` time, ``work`` only,
``abs`` (absences) only, and ``quota`` (time-off allowances). The columns below are the report
columns of the first three; ``gid<ID>`` adds a column per group (the subgroup an entry falls under)
or per custom field (its value). The quota columns exist only in a quota report, which this mock
refuses: it keeps no time-off allowances.

The demo account sets no billing rates, costs or budgets, so the money columns (``billing``,
``cost``, ``profit``, the rates and their ratios) are 0, and all time is non-billable. A work day is
8 hours and a work week 40 (the mock keeps no work schedules): they give ``inDays``, the business
days and hours of the period, and overtime.

Rows group the entries by the asked dimension columns; measure columns are computed over each
row's entries (hours summed, their share of the report's hours, and so on).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from apikit.mock.beebole.state import (
    Absence,
    BeeboleError,
    BeeboleState,
    Cell,
    Company,
    CustomField,
    Entity,
    Group,
    Person,
    Project,
    Subproject,
    Task,
    TimeEntry,
)
from apikit.mock.params import shown

WORKDAY_HOURS = 8.0
WORKWEEK_HOURS = 40.0
SHOWS = ("all", "work", "abs", "quota")
QUOTA_COLUMNS = frozenset(
    {"available", "balance", "taken", "availableInDays", "balanceInDays", "takenInDays", "fromTo"}
)
GROUP_COLUMN = re.compile(r"gid([1-9][0-9]*)")


@dataclass(frozen=True)
class Report:
    """What a report's cells are computed from: the account, the period, the day it is made, and the
    entries it covers."""

    state: BeeboleState
    first: date
    last: date
    today: date
    entries: Sequence[TimeEntry]

    def total_hours(self) -> float:
        return sum(e.hours for e in self.entries)

    def day_hours(self, person_id: int, day: date) -> float:
        """Everything the person logged that day, in the report or not: overtime is the day's."""
        return sum(
            e.hours for e in self.state.time_entries.values() if e.person_id == person_id and e.day == day
        )

    def week_hours(self, person_id: int, day: date) -> float:
        monday = day - timedelta(days=day.weekday())
        return sum(
            e.hours
            for e in self.state.time_entries.values()
            if e.person_id == person_id and monday <= e.day <= monday + timedelta(days=6)
        )


Dimension = Callable[[Report, TimeEntry], Cell]
Measure = Callable[[Report, Sequence[TimeEntry]], Cell]


# --- dimensions: one value per entry; rows group the entries that agree on them ---------------------------


def on_chain(state: BeeboleState, entry: TimeEntry, cls: type[Entity]) -> Entity | None:
    target = state.get(Entity, entry.target_id)
    return next((e for e in state.chain(target) if isinstance(e, cls)), None)


def name_of(cls: type[Entity]) -> Dimension:
    def cell(report: Report, entry: TimeEntry) -> Cell:
        found = on_chain(report.state, entry, cls)
        return "" if found is None else found.name

    return cell


def id_of(cls: type[Entity]) -> Dimension:
    def cell(report: Report, entry: TimeEntry) -> Cell:
        found = on_chain(report.state, entry, cls)
        return "" if found is None else found.id

    return cell


def task_of(state: BeeboleState, entry: TimeEntry) -> Task | None:
    return None if entry.task_id is None else state.get(Task, entry.task_id)


def person_of(state: BeeboleState, entry: TimeEntry) -> Person:
    return state.get(Person, entry.person_id)


def is_absence(state: BeeboleState, entry: TimeEntry) -> bool:
    return isinstance(state.get(Entity, entry.target_id), Absence)


def related(state: BeeboleState, entry: TimeEntry) -> list[Entity]:
    """Everything an entry belongs to: its person, target and the target's parents, its task."""
    found: list[Entity] = [person_of(state, entry), *state.chain(state.get(Entity, entry.target_id))]
    task = task_of(state, entry)
    return found if task is None else [*found, task]


def business_days(first: date, last: date) -> int:
    return sum(1 for n in range((last - first).days + 1) if (first + timedelta(days=n)).weekday() < 5)


def remaining_business_days(report: Report) -> int:
    start = max(report.first, report.today + timedelta(days=1))
    return business_days(start, report.last) if start <= report.last else 0


def iso_week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def zero(report: Report, entry: TimeEntry) -> Cell:
    return 0.0


DIMENSIONS: dict[str, Dimension] = {
    "date": lambda r, e: e.day.isoformat(),
    "week": lambda r, e: iso_week(e.day),
    "month": lambda r, e: e.day.strftime("%Y-%m"),
    "person": lambda r, e: person_of(r.state, e).name,
    "personId": lambda r, e: e.person_id,
    "company": name_of(Company),
    "companyId": id_of(Company),
    "project": name_of(Project),
    "projectId": id_of(Project),
    "subproject": name_of(Subproject),
    "subprojectId": id_of(Subproject),
    "task": lambda r, e: "" if (t := task_of(r.state, e)) is None else t.name,
    "taskId": lambda r, e: "" if e.task_id is None else e.task_id,
    "absence": name_of(Absence),
    "absenceId": id_of(Absence),
    "activity": lambda r, e: r.state.get(Entity, e.target_id).name,
    "isAtWork": lambda r, e: not is_absence(r.state, e),
    "eventId": lambda r, e: e.id,
    "status": lambda r, e: e.status,
    "comment": lambda r, e: e.comment,
    # the mock logs hours, not clock times
    "stime": lambda r, e: "",
    "etime": lambda r, e: "",
    "billableSplit": lambda r, e: "non-billable",
    "workDays": lambda r, e: business_days(r.first, r.last),
    "workHours": lambda r, e: business_days(r.first, r.last) * WORKDAY_HOURS,
    "remWorkDays": lambda r, e: remaining_business_days(r),
    "remWorkHours": lambda r, e: remaining_business_days(r) * WORKDAY_HOURS,
    "budget": zero,
    "hourlyRate": zero,
    "dailyRate": zero,
    "hourlyCost": zero,
    "dailyCost": zero,
}


# --- measures: computed over the entries of a row ---------------------------------------------------------


def hours(report: Report, entries: Sequence[TimeEntry]) -> Cell:
    return float(sum(e.hours for e in entries))


def share_of_hours(report: Report, entries: Sequence[TimeEntry]) -> Cell:
    total = report.total_hours()
    return round(100 * float(hours(report, entries)) / total, 2) if total else 0.0


def overtime(report: Report, entries: Sequence[TimeEntry]) -> Cell:
    days = {(e.person_id, e.day) for e in entries}
    return float(sum(max(0.0, report.day_hours(p, d) - WORKDAY_HOURS) for p, d in days))


def weekly_overtime(report: Report, entries: Sequence[TimeEntry]) -> Cell:
    weeks = {(e.person_id, e.day - timedelta(days=e.day.weekday())) for e in entries}
    return float(sum(max(0.0, report.week_hours(p, monday) - WORKWEEK_HOURS) for p, monday in weeks))


def no_money(report: Report, entries: Sequence[TimeEntry]) -> Cell:
    return 0.0


MEASURES: dict[str, Measure] = {
    "hours": hours,
    "inDays": lambda r, entries: float(hours(r, entries)) / WORKDAY_HOURS,
    "hoursPercent": share_of_hours,
    "overtime": overtime,
    "weeklyOvertime": weekly_overtime,
    **{
        name: no_money
        for name in (
            "billing",
            "billingPercent",
            "billingRatio",
            "billability",
            "cost",
            "costsPercent",
            "profit",
            "profitPercent",
            "profitRatio",
        )
    },
}

COLUMNS = frozenset(DIMENSIONS) | frozenset(MEASURES)
"""The columns of an ``all``, ``work`` or ``abs`` report, besides ``gid<ID>``."""


# --- group and custom-field columns (gid<ID>) -------------------------------------------------------------


def group_column(state: BeeboleState, key: str) -> Dimension | None:
    """``gid<ID>``: for a group, the group beneath it an entry falls under (e.g. gid of Country gives
    France); for a custom field, its value on the entry's person, task or place. None: not one."""
    match = GROUP_COLUMN.fullmatch(key)
    if match is None:
        return None
    record = state.records.get(int(match.group(1)))
    if isinstance(record, Group):
        return subgroup_cell(record)
    if isinstance(record, CustomField):
        return custom_value_cell(record)
    return None


def subgroup_cell(group: Group) -> Dimension:
    def cell(report: Report, entry: TimeEntry) -> Cell:
        beneath = {g.id for g in report.state.subtree(group)} - {group.id}
        for entity in related(report.state, entry):
            for gid in entity.group_ids:
                if gid in beneath:
                    return report.state.get(Group, gid).name
        return ""

    return cell


def custom_value_cell(custom_field: CustomField) -> Dimension:
    def cell(report: Report, entry: TimeEntry) -> Cell:
        for entity in related(report.state, entry):
            if custom_field.id in entity.custom_values:
                return entity.custom_values[custom_field.id]
        return ""

    return cell


# --- the report -------------------------------------------------------------------------------------------


def checked_dimensions(state: BeeboleState, show: str, keys: Sequence[str]) -> dict[str, Dimension]:
    """The cell function of each asked dimension column; refuses a column the report cannot give."""
    if show == "quota":
        raise BeeboleError("show 'quota': this account keeps no time-off allowances to report on")
    dimensions: dict[str, Dimension] = {}
    for key in keys:
        if key in QUOTA_COLUMNS:
            raise BeeboleError(f"keys: {shown(key)} is a column of the quota report (show 'quota')")
        if key in MEASURES:
            continue
        found = DIMENSIONS.get(key) or group_column(state, key)
        if found is None:
            raise BeeboleError(f"keys: unknown column {shown(key)}")
        dimensions[key] = found
    return dimensions


def shown_entries(state: BeeboleState, show: str, entries: Sequence[TimeEntry]) -> list[TimeEntry]:
    """``work`` leaves absences out, ``abs`` keeps only them, ``all`` keeps everything."""
    if show == "work":
        return [e for e in entries if not is_absence(state, e)]
    if show == "abs":
        return [e for e in entries if is_absence(state, e)]
    return list(entries)


def report_table(
    report: Report, keys: Sequence[str], dimensions: Mapping[str, Dimension]
) -> list[list[Cell]]:
    """The header row (the keys), then one row per distinct combination of the dimension columns,
    with the measure columns computed over that row's entries (as the vendor's report groups by what
    is asked: company + hours gives hours per company)."""
    rows: dict[tuple[Cell, ...], list[TimeEntry]] = {}
    for entry in report.entries:
        group = tuple(cell(report, entry) for cell in dimensions.values())
        rows.setdefault(group, []).append(entry)
    table: list[list[Cell]] = [list[Cell](keys)]
    for group, entries in rows.items():
        by_dimension = dict(zip(dimensions, group, strict=True))
        table.append(
            [by_dimension[key] if key in by_dimension else MEASURES[key](report, entries) for key in keys]
        )
    return table
