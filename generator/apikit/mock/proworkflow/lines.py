"""Typed lines of invoices and quotes: what each type needs, where a new line goes, what it is worth.

Invoices and quotes keep their lines in tables of their own (:class:`LineOwner` says which, and
which row key names the owner); the rules are the same for both:

- a line needs, by type: heading ``name``; line item ``name`` or ``description`` plus ``quantity``
  and ``rate``; expense (invoices only) ``name``, ``quantity``, ``rate``; task/staff rate ``name``,
  ``time`` (minutes) and ``rate`` (per hour);
- ``displayorder`` ``auto`` appends, ``after<id>``/``before<id>`` insert next to a line of the same
  owner and renumber the owner's lines 1, 2, 3...; a number is used as it is;
- a line is worth quantity x rate, or minutes / 60 x hourly rate (:meth:`Store.line_amount`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from apikit.mock.engine import ApiError, Call
from apikit.mock.proworkflow.handlers import Api, Caller, MissingReference
from apikit.mock.proworkflow.store import LINE_TIME_TYPES, Store
from apikit.mock.table import Row, Table

LINE_REQUIREMENTS: dict[str, tuple[str, ...]] = {
    "heading": ("name",),
    "lineitem": ("quantity", "rate"),
    "expense": ("name", "quantity", "rate"),
    "taskrate": ("name", "time", "rate"),
    "staffrate": ("name", "time", "rate"),
}
NUMBER_KEYS = ("quantity", "rate", "displayorder")


@dataclass(frozen=True)
class LineOwner:
    """Which lines an invoice or a quote has: their table and the row key naming the owner."""

    label: str
    """The owner in messages: ``invoice`` / ``quote``."""
    key: str
    """The line row's key holding the owner's id: ``invoiceid`` / ``quoteid``."""
    table: Callable[[Store], Table]

    def lines(self, store: Store, owner_id: int) -> list[Row]:
        """The owner's lines in display order."""
        return store.owned_lines(self.table(store), self.key, owner_id)


def check_line(fields: Mapping[str, Any], where: str) -> None:
    line_type = str(fields["type"])
    missing = [key for key in LINE_REQUIREMENTS[line_type] if key not in fields]
    if line_type == "lineitem" and not (fields.get("name") or fields.get("description")):
        missing.insert(0, "name")
    if missing:
        raise ApiError(400, f"{where}: '{missing[0]}' is a required field for a {line_type} line")


def check_lines(items: list[Mapping[str, Any]]) -> None:
    for number, fields in enumerate(items, start=1):
        check_line(fields, f"line {number}")


def new_line(fields: Mapping[str, Any]) -> Row:
    line_type = str(fields["type"])
    timed = line_type in LINE_TIME_TYPES
    return {
        "type": line_type,
        "name": fields.get("name", ""),
        "description": fields.get("description", ""),
        "quantity": 0.0 if timed or line_type == "heading" else float(fields["quantity"]),
        "rate": 0.0 if line_type == "heading" else float(fields["rate"]),
        "time": int(fields["time"]) if timed else 0,
        "taxable": bool(fields.get("taxable", True)),
    }


def add_lines(api: Api, owner: LineOwner, parent: Row, items: list[Mapping[str, Any]]) -> list[Row]:
    """Check every line first, then store them in order, each placed by its ``displayorder``."""
    check_lines(items)
    for fields in items:
        _placement(api, owner, parent["id"], fields.get("displayorder", "auto"))
    stored = []
    for fields in items:
        row = {**new_line(fields), owner.key: parent["id"], "displayorder": 0.0}
        line = api.store.insert(owner.table(api.store), row)
        _place(api, owner, parent["id"], line, fields.get("displayorder", "auto"))
        stored.append(line)
    api.store.touch(parent)
    return stored


def _placement(api: Api, owner: LineOwner, owner_id: int, order: Any) -> tuple[str, float | int]:
    """``("end", 0)``, ``("at", number)``, ``("after", line id)`` or ``("before", line id)``."""
    text = str(order)
    if isinstance(order, int | float) and not isinstance(order, bool):
        return "at", float(order)
    if text == "auto":
        return "end", 0
    for keyword in ("after", "before"):
        if text.startswith(keyword):
            line_id = int(text.removeprefix(keyword))
            line = owner.table(api.store).find(line_id)
            if line is None or line[owner.key] != owner_id:
                raise MissingReference(f"'displayorder': line {line_id} not found in this {owner.label}")
            return keyword, line_id
    return "at", float(text)


def _place(api: Api, owner: LineOwner, owner_id: int, line: Row, order: Any) -> None:
    where, value = _placement(api, owner, owner_id, order)
    others = [other for other in owner.lines(api.store, owner_id) if other["id"] != line["id"]]
    if where == "at":
        line["displayorder"] = float(value)
        return
    if where == "end":
        line["displayorder"] = max((o["displayorder"] for o in others), default=0.0) + 1.0
        return
    index = next(i for i, other in enumerate(others) if other["id"] == value)
    others.insert(index + 1 if where == "after" else index, line)
    for position, row in enumerate(others, start=1):
        row["displayorder"] = float(position)


def owned_line(api: Api, call: Call[Caller], owner: LineOwner, parent: Row) -> Row:
    """The line the path names, if it belongs to ``parent`` (404 otherwise)."""
    line_id = call.params["lineid"]
    line = owner.table(api.store).find(line_id)
    if line is None or line[owner.key] != parent["id"]:
        raise ApiError(404, f"Line {line_id} not found in {owner.label} {parent['id']}")
    return line


def change_line(api: Api, parent: Row, line: Row, changes: Mapping[str, Any]) -> None:
    """A partial line edit; ``time`` only on task and staff rate lines."""
    if "time" in changes and line["type"] not in LINE_TIME_TYPES:
        raise ApiError(400, f"'time' applies to task and staff rate lines, not to a {line['type']} line")
    for key, value in changes.items():
        line[key] = float(value) if key in NUMBER_KEYS else value
    api.store.touch(line)
    api.store.touch(parent)
