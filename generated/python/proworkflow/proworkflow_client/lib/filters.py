"""The filter mini-language of list calls, spelt by typed helpers.

    contacts_list.sync(client=c, companyid=filters.not_in([4, 5]), lastmodifiedfrom=filters.days(-7))
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping

ME = "me"
ALL = "all"


def ids(values: Iterable[int]) -> str:
    """``1,2,3``: any of these ids."""
    return _joined(values)


def not_in(values: Iterable[int]) -> str:
    """``!1,2``: none of these ids."""
    return "!" + _joined(values)


def excluding(text: str) -> str:
    """``!layout``: a search that must not match."""
    if not text or text.startswith("!"):
        raise ValueError("give the text to exclude, without a leading '!'")
    return "!" + text


def gte(amount: float) -> str:
    """``gte3000``: at least this much."""
    return "gte" + _number(amount)


def lte(amount: float) -> str:
    """``lte3000``: at most this much."""
    return "lte" + _number(amount)


def on(day: datetime.date) -> str:
    """``2014-01-18``: a calendar date."""
    return day.isoformat()


def days(count: int) -> str:
    """``-3d`` / ``+2d``: relative to today (``days(0)`` is today)."""
    return _relative(count, "d")


def weeks(count: int) -> str:
    return _relative(count, "w")


def months(count: int) -> str:
    return _relative(count, "m")


def years(count: int) -> str:
    return _relative(count, "y")


def at(moment: datetime.datetime) -> str:
    """``2014-01-18T13:20``: a local date and time, to the minute."""
    return moment.strftime("%Y-%m-%dT%H:%M")


def ago(*, minutes: int = 0, hours: int = 0, days: int = 0, weeks: int = 0, months: int = 0) -> str:
    """``12h``: that long ago; give exactly one unit."""
    given = [(n, unit) for n, unit in ((minutes, "n"), (hours, "h"), (days, "d"), (weeks, "w"), (months, "m")) if n]
    if len(given) != 1 or given[0][0] < 0:
        raise ValueError("give exactly one positive unit, e.g. ago(hours=12)")
    return f"{given[0][0]}{given[0][1]}"


def api_fields(values: Mapping[int, str]) -> str:
    """``2,Europe||3,Industrial``: custom field id → value (use with ``apifieldsmode``)."""
    if not values or any("|" in v or not v for v in values.values()):
        raise ValueError("give at least one field, with non-empty values that contain no '|'")
    return "||".join(f"{field},{value}" for field, value in values.items())


def fields(*names: str) -> str:
    """``name,company``: the fields (or bundles) a list call should return."""
    return ",".join(names)


def _joined(values: Iterable[int]) -> str:
    items = [int(v) for v in values]
    if not items or any(v < 0 for v in items):
        raise ValueError("give at least one id, none negative")
    return ",".join(str(v) for v in items)


def _number(amount: float) -> str:
    return str(int(amount)) if float(amount).is_integer() else str(amount)


def _relative(count: int, unit: str) -> str:
    return f"{count:+d}{unit}"
