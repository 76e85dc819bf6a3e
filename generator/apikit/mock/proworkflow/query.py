"""ProWorkflow v3 list calls: the filter mini-language, ``fields``, sorting, paging and totals.

Every list call of the vendor takes flat query parameters that narrow the rows. Different parameters
combine with AND; inside one parameter a comma list means "any of these". This module reproduces
that language for the mock, reading per-call facts from the spec's parameters (which filters a call
has, their kinds via the schema they reference, defaults, the ``sortby`` whitelist and default, the
default and accepted ``fields``) and keeping small tables only for what the spec cannot say: which
record key a filter reads and which ``fields`` name expands to which keys.

The language (parameter kind is the component schema the spec parameter references):

- ``IdList`` ``1,2,3`` (any of them); ``NegatableIdList`` ``!1,2`` (none of them). A row without the
  linked value does not match a positive list and does match a negated one.
- Contact filters (``ContactIdList``, ``NegatableContactIdList``, ``TaskContactFilter``,
  ``IdListOrMe``): ids, ``me`` (the caller), ``all`` (no restriction), ``unassigned`` (tasks with
  nobody assigned); with a ``<name>mode`` parameter (``any`` default / ``all``) a row must carry any
  or every listed contact; ``!`` turns the whole test round.
- ``NegatableSearch``: case-insensitive substring; ``!text`` keeps the rows where none of the
  searched keys contains the text (the vendor: "Name and Code do not contain").
- ``Comparison``: ``3000.00`` exact, ``gte3000`` at least, ``lte3000`` at most. ``TotalComparison``
  adds ``gte30%``/``lte30%`` (share of a reference amount) and ``over``/``under`` (``>`` / ``<=``
  the reference); rows whose reference is 0 never match those forms. ``invoicetotal`` refers to the
  quote total; ``timetracked`` to the allocated time.
- ``DateFilter``: ``yyyy-mm-dd`` or ``+/-N`` with ``d``/``w``/``m``/``y`` relative to today
  (``-3w``, ``+1m``, ``+0d``); ``...from`` keeps rows on or after that day, ``...to`` on or before.
- ``DateTimeFilter``: ``yyyy-mm-ddThh:mm`` (or ``now``) or an age ``N`` + ``n`` (minutes) / ``h`` /
  ``d`` / ``w`` / ``m`` (months), meaning that long before now (``12h``).
- ``ApiFieldFilter`` / ``CustomFieldFilter``: ``<id>,<text>`` pairs joined by ``||`` with
  ``apifieldsmode`` / ``customfieldsmode`` ``any`` (default) or ``all``.
- ``idfrom``/``idto`` id bounds; enumerations (``status``, ``type``, ``invoiced``, ``taxable``...)
  and booleans (``pending``, ``allowlogin``, ``generaltasks``...) with the spec's defaults, so
  ``/invoices`` without ``status`` lists unpaid invoices and ``/companies`` hides pending ones.

Answers: ``fields`` (a call's default from the spec) selects keys per row; ``id`` always comes back;
bundle names expand (``company`` -> ``companyid`` + ``companyname``, ``project`` -> project id,
number and title, ``dates``, ``totals``, ``times``, ``location`` -> ``latitude``/``longitude``/
``locationtime``, ``logindetails`` -> ``allowlogin``/``username``, contact ``name`` -> first and
last name...); ``apifields`` returns every API field, ``apifield<N>`` only field N; ``none``
returns no rows at all (``ListPage.has_rows`` is False), only totals. ``sortby`` must be in the
call's whitelist (default from the spec), ``sortorder`` ``asc``/``desc``; ties keep id order.
``pagenumber``/``pagesize`` go together (otherwise 400 with the vendor's sentence); without them
every match comes back, silently cut at 5,000 rows (a page is cut the same way), while
``totalcount`` always counts every match. Invoice, quote and time lists add ``total`` (the sum of
all matches: invoice/quote grand totals, time minutes) and, with ``subtotals``, grouped sums
(non-zero groups only; paging is refused then). Company/Contact Summary (:func:`summary_lists`)
return up to ``pagesize`` (default 10) rows of each requested type, page ``pagenumber`` (default 1).

Records come from the core shaped like the spec's single-item schema; keys starting with ``_`` are
private (never output). Wherever this module reads key ``k`` it also accepts ``_k``, so the core
may keep link data private. Keys read besides the public ones: ``contactids``/``contacts[].id``
(assignments), ``tagids``/``tags[].id``, ``roleids``/``roles[].id``, ``managerid``,
``projectmanagerid``, ``projectstatus``, ``taskstatus``, ``projectcategoryid``,
``project<start|due|complete>date``, ``task<start|due|complete>date``, ``divisionid`` (missing
means division 1), ``pending``, ``dependentstatus`` (``current``/``noncurrent``, only on dependent
tasks), ``clienttype`` (missing: ``external``), ``customfields`` and ``apifields`` (lists of
``{id, value}``), ``customform``, ``quotetotal``, ``invoicetotal``, ``timeallocated``,
``timetracked`` and ``time`` (the row's time entries ``{contactid, date, timetracked, billable}``
for the ``timetracked*`` filters).

Choices where the vendor text is ambiguous (candidates for ``x-open-questions``):

1. ``idfrom`` is the lower and ``idto`` the upper bound (the vendor wording reads the other way).
2. A row that lacks the date/value a date or comparison filter reads never matches it, except the
   sums ``timeallocated``, ``quotetotal``, ``invoicetotal`` (and tracked time), which count as 0;
   project and task *status* filters (``projectstatus``, ``taskstatus``) do not restrict rows
   without a linked project/task (general tasks, files in custom folders).
3. ``...to`` date-time bounds given to the minute include that whole minute; ages are exact instants.
4. Relative months and years keep the day of month, clamped to the month's last day.
5. ``customfields`` pairs match the whole value (case-insensitive: the vendor says "matches"),
   ``apifields`` pairs match a substring ("contains").
6. ``timetrackedby``/``timetrackedfrom``/``timetrackedto``/``timebillable`` shape the time counted by
   the number forms of ``timetracked``; given without ``timetracked`` they keep the rows with some
   time in that window. ``over``/``under``/``%`` always use the total time tracked.
7. The messages ``contacts`` filter matches recipients and the author ("to/from"); ``originalmessageid``
   keeps the opening message and its replies.
8. ``total`` and invoice/quote subtotals sum grand totals (with tax); date subtotals skip rows without
   that date; weeks start on the ``...from`` date; groups are labelled ``day`` ``yyyy-mm-dd``,
   ``week`` (first day) ``yyyy-mm-dd``, ``month`` ``yyyy-mm``, ``year`` ``yyyy``; rows are ordered by
   their group values. A date grouping without its ``...from`` filter is a 400.
9. Overdue invoices are unpaid invoices whose due date is before today.
10. Sorting compares text case-insensitively; rows without the value sort first ascending.
11. The 5,000-row cap also applies to a page (``pagesize`` larger than 5,000).
12. Summary calls accept ``pagenumber`` or ``pagesize`` alone (the other takes its default).
13. ``apifield<N>`` returns ``apifields`` holding only the entries with those ids.
14. Without ``contactdetails=true`` embedded contacts lose ``email``, ``phone`` and ``image``.
15. A task whose ``type`` is not ``bold`` or ``heading`` counts as ``normal`` for the ``type`` filter.
16. An item assigned to ``all`` (public notes, files, folders) matches every contact id in a contact
    filter and is never ``unassigned``.
17. Date-time filters also read ``now`` (the vendor documents it for date-time body fields); the
    spec's filter pattern does not list it, so through the engine it is refused before it gets here.
18. ``lastmodifiedutcfrom``/``lastmodifiedutcto`` take the forms of ``lastmodifiedfrom``/``...to`` with an
    absolute moment read in UTC (the stored times are the account's local time, shifted by its offset).
"""

from __future__ import annotations

import calendar
import copy
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from apikit.mock.engine import ApiError
from apikit.spec import Operation

Record = Mapping[str, Any]
Row = dict[str, Any]
Predicate = Callable[[Record], bool]

MAX_ROWS = 5000
PAGING_PAIR_MESSAGE = "pagesize and pagenumber must both be provided in order to use paging"
PAGING_WITH_SUBTOTALS_MESSAGE = "paging options are not available when 'subtotals' is used"
UTC_PREFIX = "lastmodifiedutc"
DEFAULT_DIVISION = 1


# --- the contract with the core ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Viewer:
    contact_id: int
    """What ``me`` means in filters."""
    contact_type: str
    """``staff`` | ``client`` | ``contractor``."""
    company_id: int | None


@dataclass(frozen=True)
class ListPage:
    rows: list[dict[str, Any]]
    """After filter, sort, the 5,000-row cap, paging and ``fields`` selection (``id`` always kept)."""
    totalcount: int
    """Rows matching the filters (before paging and the cap)."""
    extras: dict[str, Any]
    """Extra envelope keys: ``{"total": ..., "subtotals": [...]}`` on invoice/quote/time lists."""
    has_rows: bool = True
    """False for ``fields=none`` (and time lists without ``fields``): the envelope has no row array."""


# --- reading records --------------------------------------------------------------------------------------


def _own(node: Mapping[str, Any], name: str) -> Any:
    """A key of a record, or its private twin ``_name``."""
    if name in node:
        return node[name]
    return node.get("_" + name)


def lookup(record: Record, path: str) -> list[Any]:
    """Values at ``path``: ``a``, ``a.b`` (nested object), ``a[]`` / ``a[].b`` (every list item).

    A bare integer where ``.id`` is asked for counts as the id (lists of ids and lists of refs look
    alike to filters). None and empty strings count as missing.
    """
    nodes: list[Any] = [record]
    for depth, segment in enumerate(path.split(".")):
        many = segment.endswith("[]")
        name = segment[:-2] if many else segment
        found: list[Any] = []
        for node in nodes:
            if isinstance(node, Mapping):
                value = _own(node, name) if depth == 0 else node.get(name)
            elif name == "id" and _is_int(node):
                value = node
            else:
                continue
            if many and isinstance(value, list | tuple):
                found.extend(value)
            elif not many:
                found.append(value)
        nodes = [value for value in found if value is not None and value != ""]
    return nodes


def first(record: Record, paths: Sequence[str]) -> Any:
    """The value at the first of ``paths`` that has one (None when none has)."""
    for path in paths:
        values = lookup(record, path)
        if values:
            return values[0]
    return None


def id_set(record: Record, paths: Sequence[str]) -> set[int]:
    """Every id found under any of ``paths`` (for assignments that several keys describe)."""
    ids: set[int] = set()
    for path in paths:
        for value in lookup(record, path):
            for item in value if isinstance(value, list | tuple) else (value,):
                number = _as_int(item.get("id") if isinstance(item, Mapping) else item)
                if number is not None:
                    ids.add(number)
    return ids


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _as_int(value: Any) -> int | None:
    if _is_int(value):
        return int(value)
    if isinstance(value, str) and value.isdigit():
        return int(value)
    return None


def _as_number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value)
        except ValueError:
            return None
    return None


def _as_bool(value: Any, default: bool) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.lower() in ("true", "false"):
        return value.lower() == "true"
    if _is_int(value):
        return bool(value)
    return default


def record_date(value: Any) -> date | None:
    """The day of a stored timestamp (``2026-06-24`` or ``2026-06-24T10:00[:00]``)."""
    moment = record_datetime(value)
    return None if moment is None else moment.date()


def record_datetime(value: Any) -> datetime | None:
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    if not isinstance(value, str) or not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


# --- parsing the language ---------------------------------------------------------------------------------

_ID_LIST = re.compile(r"(!)?([0-9]+(?:,[0-9]+)*)")
_ABSOLUTE_DATE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
_RELATIVE_DATE = re.compile(r"([+-])([0-9]+)([dwmy])")
_ABSOLUTE_DATETIME = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2})")
_AGE = re.compile(r"([0-9]+)([nhdwm])")
_COMPARISON = re.compile(r"(gte|lte)?([0-9]+(?:\.[0-9]+)?)")
_PERCENT = re.compile(r"(gte|lte)([0-9]+(?:\.[0-9]+)?)%")
_FIELD_PAIR = re.compile(r"([0-9]+),([^|]+)")
_MAX_OFFSET = 100_000


def bad_value(name: str, value: Any, expected: str) -> ApiError:
    text = value if isinstance(value, str) else repr(value)
    if len(text) > 40:
        text = text[:37] + "..."
    return ApiError(400, f"'{name}' has an invalid value '{text}': expected {expected}")


@dataclass(frozen=True)
class IdSelection:
    ids: frozenset[int]
    negated: bool = False

    def matches(self, linked: set[int]) -> bool:
        hit = bool(linked & self.ids)
        return not hit if self.negated else hit


def parse_id_list(name: str, value: Any, *, negatable: bool = False) -> IdSelection:
    """``1,2,3`` (any of them) or, when ``negatable``, ``!1,2`` (none of them)."""
    if _is_int(value):
        return IdSelection(frozenset({int(value)}))
    text = value if isinstance(value, str) else ""
    match = _ID_LIST.fullmatch(text)
    if not match or (match.group(1) and not negatable):
        expected = "ids separated by commas" + (", optionally after '!'" if negatable else "")
        raise bad_value(name, value, expected)
    return IdSelection(frozenset(int(part) for part in match.group(2).split(",")), bool(match.group(1)))


@dataclass(frozen=True)
class ContactSelection:
    """A contact filter: ``everyone`` (``all``), ``unassigned``, or ids (``me`` resolved)."""

    ids: frozenset[int] = frozenset()
    negated: bool = False
    everyone: bool = False
    unassigned: bool = False

    def matches(self, assigned: set[int] | None, mode: str = "any") -> bool:
        """``assigned`` None stands for a public item: assigned to everyone."""
        if self.everyone:
            return True
        if self.unassigned:
            return assigned is not None and not assigned
        if assigned is None:
            hit = True
        else:
            hit = self.ids <= assigned if mode == "all" else bool(assigned & self.ids)
        return not hit if self.negated else hit


def parse_contacts(
    name: str, value: Any, viewer: Viewer, *, negatable: bool = False, unassigned: bool = False
) -> ContactSelection:
    """Contact ids, ``me``, ``all`` (and ``unassigned`` or a ``!`` prefix where the call allows)."""
    if value == "all":
        return ContactSelection(everyone=True)
    if value == "me":
        return ContactSelection(frozenset({viewer.contact_id}))
    if value == "unassigned" and unassigned:
        return ContactSelection(unassigned=True)
    try:
        selection = parse_id_list(name, value, negatable=negatable)
    except ApiError:
        words = "'me', 'all'" + (", 'unassigned'" if unassigned else "")
        raise bad_value(name, value, f"contact ids separated by commas, {words}") from None
    return ContactSelection(selection.ids, selection.negated)


@dataclass(frozen=True)
class Search:
    text: str
    negated: bool = False

    def matches(self, values: Iterable[Any]) -> bool:
        hit = any(self.text in str(value).casefold() for value in values if value not in (None, ""))
        return not hit if self.negated else hit


def parse_search(name: str, value: Any) -> Search:
    """``text`` (rows containing it, any case) or ``!text`` (rows not containing it)."""
    if not isinstance(value, str):
        raise bad_value(name, value, "a search string")
    negated = value.startswith("!")
    text = value[1:] if negated else value
    if not text or text.startswith("!"):
        raise bad_value(name, value, "a search string, optionally after one '!'")
    return Search(text.casefold(), negated)


@dataclass(frozen=True)
class Comparison:
    """``op`` is ``eq``, ``gte``, ``lte`` (with ``percent`` for ``gte30%``), ``over`` or ``under``."""

    op: str
    amount: float = 0.0
    percent: bool = False

    @property
    def against_reference(self) -> bool:
        return self.percent or self.op in ("over", "under")

    def matches(self, value: float | None, reference: float | None = None) -> bool:
        if value is None:
            return False
        if self.against_reference:
            return self._matches_reference(value, reference)
        return _compare(self.op, value, self.amount)

    def _matches_reference(self, value: float, reference: float | None) -> bool:
        if not reference:  # the vendor ignores rows whose reference amount is 0
            return False
        if self.op == "over":
            return value > reference
        if self.op == "under":
            return value <= reference
        return _compare(self.op, value, reference * self.amount / 100)


def _compare(op: str, value: float, bound: float) -> bool:
    epsilon = 1e-9
    if op == "gte":
        return value >= bound - epsilon
    if op == "lte":
        return value <= bound + epsilon
    return abs(value - bound) <= epsilon


def parse_comparison(name: str, value: Any, *, totals: bool = False) -> Comparison:
    """``3000.00``, ``gte3000``, ``lte3000``; ``totals`` adds ``gte30%``, ``lte30%``, ``over``, ``under``."""
    if _is_int(value) or isinstance(value, float):
        return Comparison("eq", float(value))
    text = value if isinstance(value, str) else ""
    match = _COMPARISON.fullmatch(text)
    if match:
        return Comparison(match.group(1) or "eq", float(match.group(2)))
    if totals:
        percent = _PERCENT.fullmatch(text)
        if percent:
            return Comparison(percent.group(1), float(percent.group(2)), percent=True)
        if text in ("over", "under"):
            return Comparison(text)
    expected = "a number, gte<number> or lte<number>"
    raise bad_value(name, value, expected + (", gte<n>%, lte<n>%, over or under" if totals else ""))


def parse_date(name: str, value: Any, today: date) -> date:
    """``yyyy-mm-dd`` or ``+/-N`` and ``d``/``w``/``m``/``y`` from ``today``."""
    text = value if isinstance(value, str) else ""
    absolute = _ABSOLUTE_DATE.fullmatch(text)
    if absolute:
        try:
            return date(int(absolute.group(1)), int(absolute.group(2)), int(absolute.group(3)))
        except ValueError:
            raise bad_value(name, value, "a real calendar date yyyy-mm-dd") from None
    relative = _RELATIVE_DATE.fullmatch(text)
    if not relative:
        raise bad_value(name, value, "a date yyyy-mm-dd or a relative date such as -3w or +1m")
    count = int(relative.group(2)) * (1 if relative.group(1) == "+" else -1)
    try:
        return shift(today, count, relative.group(3))
    except (OverflowError, ValueError):
        raise bad_value(name, value, "a relative date within the calendar") from None


def shift(day: date, count: int, unit: str) -> date:
    """``day`` moved by ``count`` days/weeks/months/years (month ends clamp: 31 Jan + 1m = 28/29 Feb)."""
    if abs(count) > _MAX_OFFSET:
        raise OverflowError(count)
    if unit == "d":
        return day + timedelta(days=count)
    if unit == "w":
        return day + timedelta(weeks=count)
    months = count * (12 if unit == "y" else 1)
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


@dataclass(frozen=True)
class Moment:
    """A date-time bound; ``minute`` marks a value given to the minute (a ``...to`` bound covers it)."""

    at: datetime
    minute: bool = False

    def upper(self) -> datetime:
        if not self.minute:
            return self.at
        return self.at.replace(second=59, microsecond=999999)


def parse_datetime(name: str, value: Any, now: datetime) -> Moment:
    """``yyyy-mm-ddThh:mm``, ``now``, or an age ``N`` + ``n``/``h``/``d``/``w``/``m`` before ``now``."""
    text = value if isinstance(value, str) else ""
    if text == "now":
        return Moment(now)
    absolute = _ABSOLUTE_DATETIME.fullmatch(text)
    if absolute:
        try:
            year, month, day, hour, minute = (int(group) for group in absolute.groups())
            return Moment(datetime(year, month, day, hour, minute), minute=True)
        except ValueError:
            raise bad_value(name, value, "a real date and time yyyy-mm-ddThh:mm") from None
    age = _AGE.fullmatch(text)
    if not age:
        raise bad_value(name, value, "a date and time yyyy-mm-ddThh:mm or an age such as 12h")
    count, unit = int(age.group(1)), age.group(2)
    try:
        if unit == "m":
            back = shift(now.date(), -count, "m")
            return Moment(datetime.combine(back, now.time()))
        minutes = {"n": 1, "h": 60, "d": 1440, "w": 10080}[unit] * count
        if minutes > _MAX_OFFSET * 1440:
            raise OverflowError(count)
        return Moment(now - timedelta(minutes=minutes))
    except (OverflowError, ValueError):
        raise bad_value(name, value, "an age within the calendar") from None


def parse_field_pairs(name: str, value: Any) -> tuple[tuple[int, str], ...]:
    """``2,Europe||3,Industrial`` -> ``((2, "europe"), (3, "industrial"))`` (text folded for matching)."""
    text = value if isinstance(value, str) else ""
    pairs = []
    for part in text.split("||"):
        match = _FIELD_PAIR.fullmatch(part)
        if not match:
            raise bad_value(name, value, "<field id>,<text> pairs joined by '||'")
        pairs.append((int(match.group(1)), match.group(2).casefold()))
    return tuple(pairs)


def parse_names(name: str, value: Any, pattern: str | None) -> tuple[str, ...]:
    """A comma list of names (``fields``, ``subtotals``, ``types``) checked against the spec's pattern."""
    if not isinstance(value, str) or (pattern is not None and not re.search(pattern, value)):
        raise bad_value(name, value, "a comma-separated list of the names this call accepts")
    names = tuple(part for part in value.split(",") if part)
    if not names:
        raise bad_value(name, value, "at least one name")
    return names


def page_bounds(pagenumber: Any, pagesize: Any) -> tuple[int, int] | None:
    """``(offset, size)`` for a page, None without paging; a lone half of the pair is a 400."""
    if pagenumber is None and pagesize is None:
        return None
    if pagenumber is None or pagesize is None:
        raise ApiError(400, PAGING_PAIR_MESSAGE)
    number, size = _as_int(pagenumber), _as_int(pagesize)
    if number is None or number < 1:
        raise bad_value("pagenumber", pagenumber, "a page number from 1")
    if size is None or size < 1:
        raise bad_value("pagesize", pagesize, "a page size from 1")
    return (number - 1) * size, size


# --- what the spec says about one operation ---------------------------------------------------------------


@dataclass(frozen=True)
class ParamInfo:
    name: str
    kind: str
    """The referenced component schema (``DateFilter``...), or ``enum``/``boolean``/``integer``/``string``."""
    default: Any = None
    enum: tuple[Any, ...] = ()
    pattern: str | None = None


@dataclass(frozen=True)
class CallInfo:
    operation_id: str
    resource: str
    """The row schema's name: ``Company``, ``Contact``, ``Invoice``, ``TimeRecord``..."""
    last_segment: str
    params: Mapping[str, ParamInfo]

    def has(self, name: str) -> bool:
        return name in self.params


_REF_NAME = re.compile(r"#/components/schemas/([A-Za-z0-9_]+)$")
_KIND_DEFAULTS = {"MatchMode": "any", "SortOrder": "asc"}
_CALLS: dict[tuple[str, str, str], CallInfo] = {}


def call_info(operation: Operation) -> CallInfo:
    key = (operation.operation_id, operation.path, operation.method)
    info = _CALLS.get(key)
    if info is None or info.params.keys() != {p.get("name") for p in _query_params(operation)}:
        info = _CALLS[key] = _read_call(operation)
    return info


def _query_params(operation: Operation) -> list[Mapping[str, Any]]:
    return [p for p in operation.parameters if p.get("in") == "query"]


def _read_call(operation: Operation) -> CallInfo:
    params = {str(p["name"]): _read_param(p) for p in _query_params(operation)}
    segments = [s for s in operation.wire_path.split("/") if s and not s.startswith("{")]
    return CallInfo(operation.operation_id, _resource_of(operation), segments[-1] if segments else "", params)


def _read_param(param: Mapping[str, Any]) -> ParamInfo:
    schema = param.get("schema") or {}
    ref = schema.get("$ref") or next(
        (part.get("$ref") for part in schema.get("allOf") or () if isinstance(part, Mapping)), None
    )
    match = _REF_NAME.search(ref) if isinstance(ref, str) else None
    kind = match.group(1) if match else ("enum" if "enum" in schema else str(schema.get("type", "string")))
    default = schema.get("default", _KIND_DEFAULTS.get(kind))
    return ParamInfo(
        str(param["name"]), kind, default, tuple(schema.get("enum") or ()), schema.get("pattern")
    )


def _resource_of(operation: Operation) -> str:
    response = (operation.definition.get("responses") or {}).get("200") or {}
    schema = ((response.get("content") or {}).get("application/json") or {}).get("schema") or {}
    match = _REF_NAME.search(str(schema.get("$ref", "")))
    name = match.group(1) if match else ""
    return name[: -len("List")] if name.endswith("List") else name


# --- which record keys a filter reads ---------------------------------------------------------------------

# Assignments: who a row is "assigned to" for the ``contacts`` filters.
ASSIGNED = ("contactids", "contacts[].id")
# Search targets per resource for the plain ``search`` parameter (vendor: "Name or Code" etc.).
SEARCH_TARGETS: dict[str, tuple[str, ...]] = {
    "Company": ("name", "code"),
    "Contact": ("@fullname", "email"),
    "Note": ("title", "content"),
    "Project": ("number", "title"),
    "Quote": ("number", "title"),
    "Invoice": ("number", "title"),
    "Expense": ("name",),
    "File": ("name",),
    "Folder": ("name",),
    "Message": ("title",),
    "Task": ("name",),
    "SharedNote": ("title", "content"),
}
# The top-level notes list searches titles only; notes under a company or contact search the text.
SEARCH_TARGETS_BY_CALL: dict[str, tuple[str, ...]] = {"notesList": ("title",)}
SEARCH_FIELD_TARGETS: dict[str, tuple[str, ...]] = {
    "name": ("name",),
    "code": ("code",),
    "email": ("email",),
    "number": ("number",),
    "title": ("title",),
    "description": ("description",),
    "customform": ("customform", "customform.title", "customform.content", "customformtitle",
                   "customformcontent"),
}  # fmt: skip

# (resource, parameter) -> paths, where the parameter name alone does not say which key it reads.
TARGET_OVERRIDES: dict[tuple[str, str], tuple[str, ...]] = {
    ("Expense", "categoryid"): ("projectcategoryid", "project.categoryid"),
    ("TimeRecord", "categoryid"): ("projectcategoryid", "project.categoryid"),
    ("Invoice", "managerid"): ("projectmanagerid", "managerid", "project.managerid"),
    ("Task", "managerid"): ("projectmanagerid", "managerid", "project.managerid"),
    ("Task", "companyid"): ("companyid", "company.id", "projectcompanyid", "project.companyid"),
    ("Project", "managerid"): ("managerid", "manager.id"),
    ("Expense", "contacts"): ("contactid", "contact.id"),
    ("TimeRecord", "contacts"): ("contactid", "contact.id"),
    ("Timer", "contacts"): ("contactid",),
    ("Message", "contacts"): ("contactids", "contacts[].id", "authorid", "author.id"),
    ("Company", "tagid"): ("tagids", "tags[].id"),
    ("Contact", "tagid"): ("tagids", "tags[].id"),
    ("Contact", "roleid"): ("roleids", "roles[].id"),
}


def target_paths(resource: str, param: str) -> tuple[str, ...]:
    """The record paths a filter parameter reads (first found wins for single values)."""
    override = TARGET_OVERRIDES.get((resource, param))
    if override:
        return override
    if param == "contacts":
        return ASSIGNED
    if param.endswith("id") and len(param) > 2:
        base = param[:-2]
        return (param, f"{base}.id", *_linked(param))
    return (param, *_linked(param))


def _linked(key: str) -> tuple[str, ...]:
    """``projectstatus`` may also sit in a nested ``project`` object (``project.status``)."""
    for owner in ("project", "task"):
        if key.startswith(owner) and len(key) > len(owner):
            return (f"{owner}.{key[len(owner) :]}",)
    return ()


def date_target(param: str) -> tuple[str, ...]:
    """``duedatefrom`` -> ``duedate``; ``datefrom`` -> ``date``; ``trackedfrom`` -> the entry ``date``."""
    base = param[:-4] if param.endswith("from") else param[:-2]
    if base == "tracked":
        base = "date"
    return (base, *_linked(base))


# --- building the filters ---------------------------------------------------------------------------------

# Parameters that shape the answer (or another filter) rather than select rows on their own.
NOT_FILTERS = frozenset({
    "fields", "sortby", "sortorder", "pagenumber", "pagesize", "subtotals", "subtotalsdateoption",
    "contactdetails", "types", "apifieldsmode", "customfieldsmode", "contactsmode",
    "timetrackedby", "timetrackedfrom", "timetrackedto", "timebillable",
})  # fmt: skip


@dataclass
class _Context:
    info: CallInfo
    params: Mapping[str, Any]
    viewer: Viewer
    now: datetime
    utc_offset: timedelta = timedelta(0)
    """The account's time zone: local time minus this is UTC (the ``lastmodifiedutc...`` filters)."""

    @property
    def today(self) -> date:
        return self.now.date()

    def value(self, name: str) -> Any:
        """The sent value, else the spec's default (None when neither)."""
        if name in self.params and self.params[name] is not None:
            return self.params[name]
        param = self.info.params.get(name)
        return None if param is None else param.default

    def sent(self, name: str) -> bool:
        return self.params.get(name) is not None


def build_filters(
    info: CallInfo,
    params: Mapping[str, Any],
    viewer: Viewer,
    now: datetime,
    utc_offset: timedelta = timedelta(0),
) -> list[Predicate]:
    """One predicate per filter in effect (sent, or defaulted by the spec), plus the call's own rule."""
    ctx = _Context(info, params, viewer, now, utc_offset)
    predicates = [pred for pred in _fixed_filters(ctx) if pred is not None]
    for name, param in info.params.items():
        if name in NOT_FILTERS or ctx.value(name) is None:
            continue
        predicate = _build_filter(ctx, param)
        if predicate is not None:
            predicates.append(predicate)
    time_filter = _time_window_filter(ctx)
    if time_filter is not None:
        predicates.append(time_filter)
    return predicates


def _fixed_filters(ctx: _Context) -> list[Predicate | None]:
    """What the path itself restricts: ``/companies/client``, ``/invoices/overdue``, locations."""
    segment, resource = ctx.info.last_segment, ctx.info.resource
    if segment in ("client", "contractor", "staff") and resource in ("Company", "Contact"):
        return [lambda row: first(row, ("type",)) == segment]
    if segment == "overdue" and resource == "Invoice":
        today = ctx.today
        return [lambda row: not invoice_is_paid(row) and _before(first(row, ("duedate",)), today)]
    if resource == "ContactLocation":
        return [lambda row: first(row, ("locationtime", "location.locationtime")) is not None]
    return []


def _before(value: Any, day: date) -> bool:
    when = record_date(value)
    return when is not None and when < day


def _build_filter(ctx: _Context, param: ParamInfo) -> Predicate | None:
    name, value, resource = param.name, ctx.value(param.name), ctx.info.resource
    builder = _KIND_BUILDERS.get(param.kind)
    if builder is not None:
        return builder(ctx, name, value)
    special = _NAMED_BUILDERS.get(name)
    if special is not None:
        return special(ctx, name, value)
    if param.kind == "enum":
        return _enum_filter(resource, name, value)
    if param.kind == "boolean":
        return _boolean_filter(name, value)
    if param.kind == "integer":
        return _integer_filter(resource, name, value)
    raise ApiError(400, f"'{name}' is not a filter this mock understands")  # a spec/table mismatch


def _search_filter(ctx: _Context, name: str, value: Any) -> Predicate:
    search = parse_search(name, value)
    if name == "search":
        targets = SEARCH_TARGETS_BY_CALL.get(ctx.info.operation_id) or SEARCH_TARGETS.get(
            ctx.info.resource, ("name", "title")
        )
    else:
        field_name = name[len("search") :]
        targets = (
            ("@fullname",)
            if (field_name, ctx.info.resource) == ("name", "Contact")
            else (SEARCH_FIELD_TARGETS.get(field_name, (field_name,)))
        )
    return lambda row: search.matches(_search_values(row, targets))


def _search_values(row: Record, targets: Sequence[str]) -> list[Any]:
    values: list[Any] = []
    for target in targets:
        if target == "@fullname":
            values.append(full_name(row))
        else:
            values.extend(lookup(row, target))
    return values


def full_name(row: Record) -> str:
    parts = [str(part) for part in (first(row, ("firstname",)), first(row, ("lastname",))) if part]
    return " ".join(parts) or str(first(row, ("name",)) or "")


def _id_list_filter(ctx: _Context, name: str, value: Any) -> Predicate:
    selection = parse_id_list(name, value, negatable=False)
    return _linked_ids_filter(ctx, name, selection)


def _negatable_id_list_filter(ctx: _Context, name: str, value: Any) -> Predicate:
    selection = parse_id_list(name, value, negatable=True)
    return _linked_ids_filter(ctx, name, selection)


def _linked_ids_filter(ctx: _Context, name: str, selection: IdSelection) -> Predicate:
    paths = target_paths(ctx.info.resource, name)
    return lambda row: selection.matches(id_set(row, paths))


def _contact_filter(ctx: _Context, name: str, value: Any) -> Predicate | None:
    kind = ctx.info.params[name].kind
    selection = parse_contacts(
        name,
        value,
        ctx.viewer,
        negatable=kind == "NegatableContactIdList",
        unassigned=kind == "TaskContactFilter",
    )
    if selection.everyone:
        return None
    mode = str(ctx.value(name + "mode") or "any")
    paths = target_paths(ctx.info.resource, name)
    return lambda row: selection.matches(assigned_contacts(row, paths), mode)


def assigned_contacts(row: Record, paths: Sequence[str]) -> set[int] | None:
    """The contact ids a row is assigned to; None when it is public (assigned ``"all"``)."""
    if any(_own(row, path.split(".")[0].removesuffix("[]")) == "all" for path in paths):
        return None
    return id_set(row, paths)


def _date_filter(ctx: _Context, name: str, value: Any) -> Predicate:
    bound = parse_date(name, value, ctx.today)
    paths = date_target(name)
    lower = name.endswith("from")

    def keep(row: Record) -> bool:
        when = record_date(first(row, paths))
        if when is None:
            return False
        return when >= bound if lower else when <= bound

    return keep


def _datetime_filter(ctx: _Context, name: str, value: Any) -> Predicate:
    # ``lastmodifiedutcfrom``/``...to`` read the stored local time in UTC; an age is the same instant
    shift = ctx.utc_offset if name.startswith(UTC_PREFIX) else timedelta(0)
    moment = parse_datetime(name, value, ctx.now - shift)
    base = "lastmodified" if name.startswith(UTC_PREFIX) else date_target(name)[0]
    paths = (base, "location." + base) if base == "locationtime" else (base,)
    lower = name.endswith("from")

    def keep(row: Record) -> bool:
        when = record_datetime(first(row, paths))
        if when is None:
            return False
        when -= shift
        return when >= moment.at if lower else when <= moment.upper()

    return keep


# Sums that are 0 when nothing was allocated, quoted or invoiced (other amounts, e.g. a budget, may be unset).
ZERO_WHEN_MISSING = frozenset({"timeallocated", "quotetotal", "invoicetotal", "expensestotal"})


def _comparison_filter(ctx: _Context, name: str, value: Any) -> Predicate:
    kind = ctx.info.params[name].kind
    comparison = parse_comparison(name, value, totals=kind == "TotalComparison")
    if name == "timetracked":
        return _timetracked_filter(ctx, comparison)
    paths = (name, f"totals.{name}")
    reference = ("quotetotal",) if name == "invoicetotal" else ()
    fallback = 0.0 if name in ZERO_WHEN_MISSING else None

    def keep(row: Record) -> bool:
        amount = _as_number(first(row, paths))
        ref = _as_number(first(row, reference)) if reference else None
        return comparison.matches(fallback if amount is None else amount, ref)

    return keep


def _pairs_filter(ctx: _Context, name: str, value: Any) -> Predicate:
    pairs = parse_field_pairs(name, value)
    mode = str(ctx.value(name + "mode") or "any")
    exact = name == "customfields"

    def keep(row: Record) -> bool:
        stored = _field_values(row, name)
        hits = [_pair_matches(stored, field_id, text, exact) for field_id, text in pairs]
        return all(hits) if mode == "all" else any(hits)

    return keep


def _field_values(row: Record, name: str) -> dict[int, list[str]]:
    values: dict[int, list[str]] = {}
    for entry in lookup(row, name + "[]"):
        if isinstance(entry, Mapping):
            field_id = _as_int(entry.get("id"))
            if field_id is not None and entry.get("value") is not None:
                values.setdefault(field_id, []).append(str(entry["value"]).casefold())
    return values


def _pair_matches(stored: Mapping[int, list[str]], field_id: int, text: str, exact: bool) -> bool:
    return any((value == text) if exact else (text in value) for value in stored.get(field_id, ()))


_KIND_BUILDERS: dict[str, Callable[[_Context, str, Any], Predicate | None]] = {
    "NegatableSearch": _search_filter,
    "IdList": _id_list_filter,
    "NegatableIdList": _negatable_id_list_filter,
    "ContactIdList": _contact_filter,
    "NegatableContactIdList": _contact_filter,
    "TaskContactFilter": _contact_filter,
    "IdListOrMe": _contact_filter,
    "DateFilter": _date_filter,
    "DateTimeFilter": _datetime_filter,
    "Comparison": _comparison_filter,
    "TotalComparison": _comparison_filter,
    "ApiFieldFilter": _pairs_filter,
    "CustomFieldFilter": _pairs_filter,
}


def _id_bound_filter(ctx: _Context, name: str, value: Any) -> Predicate:
    bound = _as_int(value)
    if bound is None:
        raise bad_value(name, value, "an id")
    if name == "idfrom":
        return lambda row: (_as_int(row.get("id")) or 0) >= bound
    return lambda row: (_as_int(row.get("id")) or 0) <= bound


def _original_message_filter(ctx: _Context, name: str, value: Any) -> Predicate:
    thread = _as_int(value)
    if thread is None:
        raise bad_value(name, value, "a message id")
    return lambda row: _as_int(row.get("id")) == thread or _as_int(first(row, (name,))) == thread


def _division_filter(ctx: _Context, name: str, value: Any) -> Predicate:
    division = _as_int(value)
    if division is None:
        raise bad_value(name, value, "a division id")
    return lambda row: _as_int(first(row, ("divisionid",)) or DEFAULT_DIVISION) == division


_NAMED_BUILDERS: dict[str, Callable[[_Context, str, Any], Predicate | None]] = {
    "idfrom": _id_bound_filter,
    "idto": _id_bound_filter,
    "originalmessageid": _original_message_filter,
    "divisionid": _division_filter,
}


# Enumerations: value -> test of the row. ``all`` never restricts.
def _status_is_complete(row: Record, paths: Sequence[str] = ("status",)) -> bool | None:
    status = first(row, paths)
    if status is None:
        return None
    return str(status).casefold() in ("complete", "completed")


def invoice_is_paid(row: Record) -> bool:
    status = first(row, ("status",))
    if status is not None:
        return str(status).casefold() == "paid"
    return first(row, ("paiddate",)) is not None


def _completion_filter(paths: Sequence[str], wanted: str, *, unlinked_pass: bool) -> Predicate:
    def keep(row: Record) -> bool:
        complete = _status_is_complete(row, paths)
        if complete is None:
            return unlinked_pass or wanted == "active"
        return complete if wanted == "complete" else not complete

    return keep


def _flag_filter(key: str, wanted: bool, default: bool) -> Predicate:
    return lambda row: _as_bool(first(row, (key,)), default) == wanted


def _enum_filter(resource: str, name: str, value: Any) -> Predicate | None:
    text = str(value)
    if name == "dependentstatus":  # ``all`` still means "dependent tasks only"
        return lambda row: _dependent_matches(first(row, ("dependentstatus", "dependent.status")), text)
    if text == "all":
        return None
    if name == "status":
        return _status_filter(resource, text)
    if name in ("projectstatus", "taskstatus"):
        return _completion_filter(target_paths(resource, name), text, unlinked_pass=True)
    if name == "type":
        return _type_filter(resource, text)
    flags = {
        "accountedfor": ("accountedfor", "accountedfor"),
        "invoiced": ("invoiced", "invoiced"),
        "paid": ("paid", "paid"),
        "taxable": ("taxable", "true" if resource != "Expense" else "taxable"),
        "billable": ("billable", "true" if resource != "TimeRecord" else "billable"),
    }
    if name in flags:
        key, yes = flags[name]
        return _flag_filter(key, text == yes, default=name in ("taxable", "billable"))
    if name == "clienttype":
        return lambda row: str(first(row, ("clienttype",)) or "external") == text
    raise ApiError(400, f"'{name}' is not a filter this mock understands")


def _dependent_matches(status: Any, wanted: str) -> bool:
    if status is None:
        return False  # only dependent tasks answer this filter
    return wanted == "all" or str(status) == wanted


def _status_filter(resource: str, wanted: str) -> Predicate:
    if resource == "Invoice":
        return lambda row: invoice_is_paid(row) == (wanted == "paid")
    if resource == "Quote":
        accepted = {"pending", "approved"} if wanted == "active" else {wanted}
        return lambda row: str(first(row, ("status",)) or "pending").casefold() in accepted
    return _completion_filter(("status",), wanted, unlinked_pass=False)


def _type_filter(resource: str, wanted: str) -> Predicate:
    if resource == "Task":
        accepted = {"normal", "bold"} if wanted == "nonheading" else {wanted}
        return lambda row: _task_type(row) in accepted
    if resource == "Quote":
        return lambda row: str(first(row, ("type",)) or "quote") == wanted
    return lambda row: first(row, ("type",)) == wanted


def _task_type(row: Record) -> str:
    """``normal``, ``bold`` or ``heading``; a task of any other (or no) type is a normal one."""
    value = str(first(row, ("type",)) or "normal")
    return value if value in ("bold", "heading") else "normal"


def _boolean_filter(name: str, value: Any) -> Predicate | None:
    wanted = _as_bool(value, default=False)
    if name in ("generaltasks", "projecttasks"):
        if wanted:
            return None  # "include" is the default: it adds nothing
        general = name == "generaltasks"
        return lambda row: _is_general(row) != general
    if name in ("pending", "allowlogin"):
        return _flag_filter(name, wanted, default=False)
    raise ApiError(400, f"'{name}' is not a filter this mock understands")


def _is_general(row: Record) -> bool:
    """A general task (or time on one) belongs to no project."""
    return not _as_int(first(row, ("projectid", "project.id")))


def _integer_filter(resource: str, name: str, value: Any) -> Predicate:
    wanted = _as_int(value)
    if wanted is None:
        raise bad_value(name, value, "an id")
    paths = target_paths(resource, name)
    return lambda row: wanted in id_set(row, paths)


# --- time tracked on projects and tasks -------------------------------------------------------------------


@dataclass(frozen=True)
class TimeWindow:
    """Which time entries count: by whom, between which days, billable or not (None: any)."""

    contacts: ContactSelection | None = None
    start: date | None = None
    end: date | None = None
    billable: bool | None = None

    @property
    def restricted(self) -> bool:
        return (
            self.contacts is not None
            or self.start is not None
            or self.end is not None
            or (self.billable is not None)
        )

    def counts(self, entry: Mapping[str, Any]) -> bool:
        if self.contacts is not None:
            contact = _as_int(entry.get("contactid"))
            if not self.contacts.matches(set() if contact is None else {contact}):
                return False
        day = record_date(entry.get("date"))
        if (self.start is not None or self.end is not None) and day is None:
            return False
        if day is not None and (
            (self.start is not None and day < self.start) or (self.end is not None and day > self.end)
        ):
            return False
        return self.billable is None or _as_bool(entry.get("billable"), True) == self.billable


def _time_window(ctx: _Context) -> TimeWindow:
    contacts = None
    if ctx.sent("timetrackedby"):
        selection = parse_contacts("timetrackedby", ctx.params["timetrackedby"], ctx.viewer, negatable=True)
        contacts = None if selection.everyone else selection
    start = (
        parse_date("timetrackedfrom", ctx.params["timetrackedfrom"], ctx.today)
        if ctx.sent("timetrackedfrom")
        else None
    )
    end = (
        parse_date("timetrackedto", ctx.params["timetrackedto"], ctx.today)
        if ctx.sent("timetrackedto")
        else None
    )
    billable = None
    if ctx.sent("timebillable") and ctx.params["timebillable"] != "all":
        billable = ctx.params["timebillable"] == "billable"
    return TimeWindow(contacts, start, end, billable)


def tracked_minutes(row: Record, window: TimeWindow) -> float:
    entries = [entry for entry in lookup(row, "time[]") if isinstance(entry, Mapping)]
    if not entries and not window.restricted:
        return _as_number(first(row, ("timetracked",))) or 0.0
    return float(sum(_as_number(e.get("timetracked")) or 0.0 for e in entries if window.counts(e)))


def _timetracked_filter(ctx: _Context, comparison: Comparison) -> Predicate:
    window = _time_window(ctx)

    def keep(row: Record) -> bool:
        if comparison.against_reference:
            total = tracked_minutes(row, TimeWindow())
            return comparison.matches(total, _as_number(first(row, ("timeallocated",))))
        return comparison.matches(tracked_minutes(row, window))

    return keep


def _time_window_filter(ctx: _Context) -> Predicate | None:
    """The window parameters without ``timetracked``: rows with some time in the window."""
    if ctx.sent("timetracked") or not ctx.info.has("timetrackedby"):
        return None
    window = _time_window(ctx)
    if not window.restricted:
        return None
    return lambda row: tracked_minutes(row, window) > 0


# --- sorting, paging, fields ------------------------------------------------------------------------------

SORT_TARGETS: dict[str, tuple[str, ...]] = {
    "companyname": ("companyname", "company.name"),
    "projectid": ("projectid", "project.id"),
    "projectnumber": ("projectnumber", "project.number"),
    "projecttitle": ("projecttitle", "project.title"),
    "taskid": ("taskid", "task.id"),
    "folderid": ("folderid", "folder.id"),
    "companyid": ("companyid", "company.id"),
}


def sort_rows(info: CallInfo, rows: list[Record], params: Mapping[str, Any]) -> list[Record]:
    param = info.params.get("sortby")
    ordered = sorted(rows, key=lambda row: _sort_key(row.get("id")))
    if param is None:
        return ordered
    sortby = params.get("sortby") or param.default or "id"
    if param.enum and sortby not in param.enum:
        allowed = ", ".join(str(value) for value in param.enum)
        raise ApiError(400, f"'sortby' must be one of: {allowed}")
    sortorder = params.get("sortorder") or "asc"
    if sortorder not in ("asc", "desc"):
        raise bad_value("sortorder", sortorder, "asc or desc")
    paths = SORT_TARGETS.get(str(sortby), (str(sortby),))
    return sorted(ordered, key=lambda row: _sort_key(first(row, paths)), reverse=sortorder == "desc")


def _sort_key(value: Any) -> tuple[int, Any]:
    """Missing values first, then numbers, then text (case-insensitive)."""
    if value is None or value == "":
        return (0, 0)
    if isinstance(value, bool):
        return (1, int(value))
    if isinstance(value, int | float):
        return (1, value)
    return (2, str(value).casefold())


# ``fields`` names that stand for several keys; any name not listed is the key of the same name.
BUNDLES: dict[str, tuple[str, ...]] = {
    "company": ("company", "companyid", "companyname", "internalclientteamid", "internalclientteamname",
                "internalclientgroupid", "internalclientgroupname"),
    "project": ("project", "projectid", "projectnumber", "projecttitle"),
    "task": ("task", "taskid", "taskname"),
    "folder": ("folder", "folderid", "foldername"),
    "contact": ("contact", "contactid", "contactname"),
    "manager": ("manager", "managerid", "managername"),
    "client": ("client", "clientid", "clientname"),
    "recipient": ("recipient", "recipientid", "recipientname"),
    "template": ("template", "templateid", "templatename"),
    "category": ("category", "categoryid", "categoryname"),
    "customstatus": ("customstatus", "customstatusid", "customstatusname"),
    "group": ("group", "groupid", "groupname"),
    "team": ("team", "teamid", "teamname"),
    "creator": ("creator", "creatorid", "creatorname"),
    "author": ("author", "authorid", "authorname"),
    "invoicedby": ("invoicedby", "invoicedbyid", "invoicedbyname"),
    "quotedby": ("quotedby", "quotedbyid", "quotedbyname"),
    "projectcategory": ("projectcategory", "projectcategoryid", "projectcategoryname"),
    "projectmanager": ("projectmanager", "projectmanagerid", "projectmanagername"),
    "dependent": ("dependent", "dependentstatus"),
    "dates": ("startdate", "duedate", "completedate", "invoiceddate", "paiddate", "quoteddate",
              "validtodate", "approveddate", "submitteddate", "date"),
    "times": ("starttime", "endtime"),
    "totals": ("totals",),
    "tasktimetotals": ("tasktimetotals", "tasktimeallocated", "tasktimetracked"),
    "location": ("latitude", "longitude", "locationtime"),
    "logindetails": ("allowlogin", "username"),
    "phone": ("phone", "workphone", "mobilephone"),
    "customfield": ("customfieldname", "customfieldvalue"),
    "customform": ("customform", "customformtitle", "customformcontent"),
}  # fmt: skip
# Contacts are people: their ``name`` is the two name parts.
CONTACT_BUNDLES: dict[str, tuple[str, ...]] = {"name": ("name", "firstname", "lastname")}
_API_FIELD = re.compile(r"apifield([0-9]+)")
CONTACT_DETAIL_KEYS = ("email", "phone", "image")


def parse_fields(info: CallInfo, params: Mapping[str, Any]) -> tuple[str, ...] | None:
    """The requested names, the call's default, or None for "no rows" (``none`` / no default)."""
    param = info.params.get("fields")
    if param is None:
        return ("*",)
    value = params.get("fields")
    if value is None:
        value = param.default
        if value is None:
            return None
    names = parse_names("fields", value, param.pattern)
    return None if "none" in names else names


def select_fields(row: Record, names: Sequence[str], resource: str, *, contact_details: bool = True) -> Row:
    """``id`` plus the keys ``names`` stand for, copied (private keys never leave)."""
    if names == ("*",):
        out: Row = {key: value for key, value in row.items() if not key.startswith("_")}
    else:
        out = {"id": row.get("id")}
        wanted_api_fields: set[int] = set()
        for name in names:
            api_field = _API_FIELD.fullmatch(name)
            if api_field:
                wanted_api_fields.add(int(api_field.group(1)))
                continue
            for key in _bundle(name, resource):
                if key in row and not key.startswith("_"):
                    out[key] = row[key]
        if wanted_api_fields and "apifields" not in out:
            out["apifields"] = [
                entry for entry in row.get("apifields") or ()
                if isinstance(entry, Mapping) and _as_int(entry.get("id")) in wanted_api_fields
            ]  # fmt: skip
    cleaned: Row = _without_private(copy.deepcopy(out))
    if not contact_details:
        _drop_contact_details(cleaned)
    return cleaned


def _bundle(name: str, resource: str) -> tuple[str, ...]:
    if resource in ("Contact", "ContactLocation") and name in CONTACT_BUNDLES:
        return CONTACT_BUNDLES[name]
    return BUNDLES.get(name, (name,))


def _without_private(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _without_private(v) for k, v in value.items() if not str(k).startswith("_")}
    if isinstance(value, list):
        return [_without_private(item) for item in value]
    return value


def _drop_contact_details(row: Row) -> None:
    for key in ("contacts", "author"):
        embedded = row.get(key)
        people = embedded if isinstance(embedded, list) else [embedded]
        for person in people:
            if isinstance(person, dict):
                for detail in CONTACT_DETAIL_KEYS:
                    person.pop(detail, None)


# --- totals and subtotals ---------------------------------------------------------------------------------

# Subtotal groupings: name -> (value paths, label key and label paths) per resource family.
GROUP_KEYS: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "company": (("companyid", ("companyid", "company.id")), ("companyname", ("companyname", "company.name"))),
    "project": (("projectid", ("projectid", "project.id")),
                ("projectnumber", ("projectnumber", "project.number")),
                ("projecttitle", ("projecttitle", "project.title"))),
    "contact": (("contactid", ("contactid", "contact.id")), ("contactname", ("contactname", "contact.name"))),
    "task": (("taskid", ("taskid", "task.id")), ("taskname", ("taskname", "task.name"))),
    "category": (("categoryid", ("projectcategoryid", "categoryid", "category.id")),
                 ("categoryname", ("projectcategoryname", "categoryname", "category.name"))),
    "group": (("groupid", ("groupid", "group.id")), ("groupname", ("groupname", "group.name"))),
    "team": (("teamid", ("teamid", "team.id")), ("teamname", ("teamname", "team.name"))),
    "internalclientgroup": (("internalclientgroupid", ("internalclientgroupid",)),
                            ("internalclientgroupname", ("internalclientgroupname",))),
    "internalclientteam": (("internalclientteamid", ("internalclientteamid",)),
                           ("internalclientteamname", ("internalclientteamname",))),
}  # fmt: skip
DATE_GROUPS = ("day", "week", "month", "year")
# subtotalsdateoption -> the row's date key (and the ``...from`` filter that anchors weeks).
DATE_OPTIONS = {
    "invoiced": "invoiceddate",
    "due": "duedate",
    "paid": "paiddate",
    "quoted": "quoteddate",
    "approved": "approveddate",
}
AMOUNT_PATHS = {
    "Invoice": ("grandtotal", "totals.grandtotal"),
    "Quote": ("grandtotal", "totals.grandtotal"),
    "TimeRecord": ("timetracked",),
}


def amount_of(row: Record, resource: str) -> float:
    return _as_number(first(row, AMOUNT_PATHS.get(resource, ("total",)))) or 0.0


def _money(value: float, resource: str) -> float | int:
    return round(value) if resource == "TimeRecord" else round(value, 2)


def subtotals(
    info: CallInfo, rows: Sequence[Record], groups: Sequence[str], params: Mapping[str, Any], now: datetime
) -> list[Row]:
    """Sums per combination of ``groups`` (in the order given), non-zero groups only."""
    date_key, anchor = _date_grouping(info, groups, params, now)
    sums: dict[tuple[Any, ...], tuple[Row, float]] = {}
    for row in rows:
        labels = _group_labels(info, row, groups, date_key, anchor)
        if labels is None:
            continue
        key = tuple(labels.values())
        previous = sums.get(key, (labels, 0.0))
        sums[key] = (previous[0], previous[1] + amount_of(row, info.resource))
    result = []
    for key in sorted(sums, key=lambda k: tuple(_sort_key(part) for part in k)):
        labels, total = sums[key]
        if abs(total) > 1e-9:
            result.append({**labels, "subtotal": _money(total, info.resource)})
    return result


def _date_grouping(
    info: CallInfo, groups: Sequence[str], params: Mapping[str, Any], now: datetime
) -> tuple[str, date | None]:
    if info.resource == "TimeRecord":
        date_key, anchor_param = "date", "trackedfrom"
    else:
        option_param = info.params.get("subtotalsdateoption")
        option = params.get("subtotalsdateoption") or (option_param.default if option_param else None)
        date_key = DATE_OPTIONS.get(str(option), "date")
        anchor_param = date_key + "from"
    if not any(group in DATE_GROUPS for group in groups):
        return date_key, None
    anchor_value = params.get(anchor_param)
    if anchor_value is None and anchor_param in info.params:
        anchor_value = info.params[anchor_param].default
    if anchor_value is None:
        raise ApiError(400, f"'{anchor_param}' must be provided to use date subtotals")
    return date_key, parse_date(anchor_param, anchor_value, now.date())


def _group_labels(
    info: CallInfo, row: Record, groups: Sequence[str], date_key: str, anchor: date | None
) -> Row | None:
    labels: Row = {}
    for group in groups:
        if group in DATE_GROUPS:
            day = record_date(first(row, (date_key,)))
            if day is None or anchor is None:
                return None
            labels[group] = _date_label(group, day, anchor)
        elif group == "status":
            labels["status"] = _status_label(info.resource, row)
        elif group == "billable":
            labels["billable"] = _as_bool(first(row, ("billable",)), True)
        else:
            for label, paths in GROUP_KEYS.get(group, ((group, (group,)),)):
                value = first(row, paths)
                if value is not None:
                    labels[label] = value
    return labels


def _status_label(resource: str, row: Record) -> str:
    if resource == "Invoice":
        return "paid" if invoice_is_paid(row) else "unpaid"
    return str(first(row, ("status",)) or "")


def _date_label(group: str, day: date, anchor: date) -> str:
    if group == "day":
        return day.isoformat()
    if group == "week":
        return (anchor + timedelta(weeks=(day - anchor).days // 7)).isoformat()
    if group == "month":
        return f"{day.year:04d}-{day.month:02d}"
    return f"{day.year:04d}"


# --- the list call ----------------------------------------------------------------------------------------


def list_rows(
    operation: Operation,
    records: Sequence[Mapping[str, Any]],
    params: Mapping[str, Any],
    viewer: Viewer,
    now: datetime,
    utc_offset: timedelta = timedelta(0),
) -> ListPage:
    """Filter, total, sort, cap, page and shape the rows of one list call (see the module docstring);
    ``now`` is the account's local time, ``utc_offset`` its time zone."""
    info = call_info(operation)
    names = parse_fields(info, params)
    groups = _requested_subtotals(info, params)
    bounds = page_bounds(params.get("pagenumber"), params.get("pagesize"))
    if groups is not None and bounds is not None:
        raise ApiError(400, PAGING_WITH_SUBTOTALS_MESSAGE)
    predicates = build_filters(info, params, viewer, now, utc_offset)
    matched = [row for row in records if all(keep(row) for keep in predicates)]
    extras = _totals(info, matched, groups, params, now)
    ordered = sort_rows(info, matched, params)
    window = ordered if bounds is None else ordered[bounds[0] : bounds[0] + bounds[1]]
    details = _as_bool(params.get("contactdetails"), False) if info.has("contactdetails") else True
    shown = [
        select_fields(row, names, info.resource, contact_details=details) for row in window[:MAX_ROWS]
    ] if names is not None else []  # fmt: skip
    return ListPage(shown, len(matched), extras, has_rows=names is not None)


def _requested_subtotals(info: CallInfo, params: Mapping[str, Any]) -> tuple[str, ...] | None:
    param = info.params.get("subtotals")
    value = params.get("subtotals")
    if param is None or value is None:
        return None
    return parse_names("subtotals", value, param.pattern)


def _totals(
    info: CallInfo,
    matched: Sequence[Record],
    groups: Sequence[str] | None,
    params: Mapping[str, Any],
    now: datetime,
) -> dict[str, Any]:
    if info.resource not in AMOUNT_PATHS:
        return {}
    extras: dict[str, Any] = {
        "total": _money(sum(amount_of(row, info.resource) for row in matched), info.resource)
    }
    if groups is not None:
        extras["subtotals"] = subtotals(info, matched, groups, params, now)
    return extras


# --- Company and Contact Summary --------------------------------------------------------------------------


@dataclass(frozen=True)
class SummarySection:
    fields: tuple[str, ...]
    resource: str
    sortby: str
    keep: Predicate = field(default=lambda row: True)


SUMMARY_SECTIONS: dict[str, SummarySection] = {
    "contacts": SummarySection(("name", "company", "email", "phone"), "Contact", "firstname",
                               lambda row: not _as_bool(first(row, ("pending",)), False)),
    "invoices": SummarySection(("number", "title", "company", "totals"), "Invoice", "number",
                               lambda row: not invoice_is_paid(row)),
    "projects": SummarySection(("number", "title", "company"), "Project", "number",
                               lambda row: _status_is_complete(row) is not True),
    "quotes": SummarySection(("number", "title", "company", "totals"), "Quote", "number",
                             lambda row: str(first(row, ("status",)) or "pending") == "pending"),
    "tasks": SummarySection(("name", "order", "project"), "Task", "id",
                            lambda row: _status_is_complete(row) is not True),
}  # fmt: skip
_SUMMARY_TYPES = re.compile(r"\(\?:([a-z]+(?:\|[a-z]+)+)\)")


def summary_types(operation: Operation, params: Mapping[str, Any]) -> tuple[str, ...]:
    """The data types asked for (``all`` = every type the call offers, from the spec's pattern)."""
    info = call_info(operation)
    param = info.params.get("types")
    if param is None:
        return tuple(SUMMARY_SECTIONS)
    names = parse_names("types", params.get("types") or param.default or "all", param.pattern)
    offered = _offered_types(param.pattern)
    if "all" in names:
        return offered
    return tuple(dict.fromkeys(name for name in names if name in offered))


def _offered_types(pattern: str | None) -> tuple[str, ...]:
    for match in _SUMMARY_TYPES.finditer(pattern or ""):
        words = match.group(1).split("|")
        if "all" not in words:
            return tuple(word for word in words if word in SUMMARY_SECTIONS)
    return tuple(SUMMARY_SECTIONS)


def summary_lists(
    operation: Operation,
    sections: Mapping[str, Sequence[Mapping[str, Any]]],
    params: Mapping[str, Any],
    viewer: Viewer,
    now: datetime,
) -> dict[str, list[dict[str, Any]]]:
    """Company/Contact Summary: per requested type (that ``sections`` holds) one page of rows.

    ``sections`` maps a type (``contacts``, ``invoices``, ``projects``, ``quotes``, ``tasks``) to the
    records the caller may see for the company or contact; this applies the summary's own rules
    (unpaid invoices, active projects and tasks, pending quotes, active contacts), its short field
    sets and the default page 1 of 10 rows.
    """
    info = call_info(operation)
    number = params.get("pagenumber") or _default(info, "pagenumber", 1)
    size = params.get("pagesize") or _default(info, "pagesize", 10)
    bounds = page_bounds(number, size)
    assert bounds is not None  # both halves have defaults
    offset, count = bounds
    result: dict[str, list[dict[str, Any]]] = {}
    for name in summary_types(operation, params):
        section = SUMMARY_SECTIONS[name]
        if name not in sections:
            continue
        kept = [row for row in sections[name] if section.keep(row)]
        ordered = sorted(sorted(kept, key=lambda r: _sort_key(r.get("id"))),
                         key=lambda r: _sort_key(first(r, (section.sortby,))))  # fmt: skip
        result[name] = [
            select_fields(row, section.fields, section.resource) for row in ordered[offset : offset + count]
        ]
    return result


def _default(info: CallInfo, name: str, fallback: int) -> int:
    param = info.params.get(name)
    value = _as_int(param.default) if param is not None else None
    return fallback if value is None else value
