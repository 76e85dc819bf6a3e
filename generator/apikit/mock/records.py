"""Typed records as plain data and back: what the mocks that keep their accounts as dataclasses
(Beebole, Worksection) share to give a snapshot and to load one.

A record becomes a mapping of its fields under their snapshot names; a mapping becomes a record only
once every value fits its field's type hint (str, int, float, bool, date, datetime, None, lists,
mappings, unions of those), so a bad snapshot is refused with :class:`StateError` naming the place of
the first problem, before anything is used. A field's metadata adds what its type cannot say: its
name in a snapshot (:func:`wire`), the kinds of record its ids name (:func:`refers_to`), what else its
value must meet (:func:`checked`, :func:`one_of`). Which names, kinds and checks apply stays beside
each mock's records; this module only reads them.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator, Mapping
from dataclasses import MISSING, dataclass, fields
from datetime import date, datetime
from types import NoneType, UnionType
from typing import Any, TypeVar, Union, get_args, get_origin, get_type_hints

from apikit.mock.engine import StateError

T = TypeVar("T")
Check = Callable[[Any], str | None]
"""What is wrong with a field's (well-typed) value, or None."""
Naming = Callable[[str], str]
"""A field's name in a snapshot, from its name in Python, when its metadata names none."""
IsKnown = Callable[[int, tuple[str, ...]], bool]
"""Whether a record of one of the kinds has the id: how a mock answers a reference."""

_WIRE, _REFERS_TO, _CHECK = "wire", "refers_to", "check"
_SCALAR_NAMES: dict[Any, str] = {
    str: "a string",
    int: "an integer",
    float: "a number",
    bool: "true or false",
    date: "a date (YYYY-MM-DD)",
    datetime: "a date and time without a time zone (YYYY-MM-DDTHH:MM:SS)",
    NoneType: "null",
}


# --- field metadata ---------------------------------------------------------------------------------------


def wire(name: str) -> dict[str, Any]:
    """Metadata of a field shown under another name than its own (the name the vendor's API uses)."""
    return {_WIRE: name}


def refers_to(*kinds: str) -> dict[str, Any]:
    """Metadata of a field holding the id(s) of records of ``kinds`` (a list's items, a dict's keys)."""
    return {_REFERS_TO: kinds}


def checked(check: Check) -> dict[str, Any]:
    """Metadata of a field whose value must pass ``check`` beyond its type."""
    return {_CHECK: check}


def one_of(*values: str) -> dict[str, Any]:
    """Metadata of a field whose value (when not None) is one of ``values`` (an enum's wire values)."""

    def check(value: Any) -> str | None:
        return None if value is None or value in values else f"expected one of {', '.join(values)}"

    return checked(check)


@dataclass(frozen=True)
class Described:
    """One field of a record class, as the converter uses it."""

    name: str
    wire: str
    """The field's name in a snapshot: its metadata's ``wire``, else its name as the naming gives it."""
    hint: Any
    required: bool
    refers_to: tuple[str, ...]
    check: Check | None


def same_name(name: str) -> str:
    return name


# --- the converter ----------------------------------------------------------------------------------------


class Converter:
    """Records <-> plain data for one mock, with its way of naming fields; each record class's fields
    are worked out once, on first use (their type hints can name classes defined later)."""

    def __init__(self, naming: Naming = same_name) -> None:
        self._naming = naming
        self._fields: dict[type[Any], tuple[Described, ...]] = {}

    def fields_of(self, cls: type[Any]) -> tuple[Described, ...]:
        described = self._fields.get(cls)
        if described is None:
            described = self._fields[cls] = self._described(cls)
        return described

    def _described(self, cls: type[Any]) -> tuple[Described, ...]:
        hints = get_type_hints(cls)
        return tuple(
            Described(
                name=f.name,
                wire=f.metadata.get(_WIRE) or self._naming(f.name),
                hint=hints[f.name],
                # Every record needs its id, whatever its default: references name it.
                required=f.name == "id" or (f.default is MISSING and f.default_factory is MISSING),
                refers_to=f.metadata.get(_REFERS_TO, ()),
                check=f.metadata.get(_CHECK),
            )
            for f in fields(cls)
        )

    def row_of(self, record: object) -> dict[str, Any]:
        """A record as plain data: every field under its snapshot name; a new object all the way down."""
        return {d.wire: _plain(getattr(record, d.name)) for d in self.fields_of(type(record))}

    def record_of(self, cls: type[T], row: Any, place: str) -> T:
        """The record of class ``cls`` that ``row`` describes; StateError names what does not fit."""
        if not isinstance(row, Mapping):
            raise StateError(f"{place}: expected a record (a mapping), got {type(row).__name__}")
        described = {d.wire: d for d in self.fields_of(cls)}
        unknown = [name for name in row if name not in described]
        if unknown:
            raise StateError(
                f"{place}[{unknown[0]}]: not a field of this record; its fields: {', '.join(described)}"
            )
        values: dict[str, Any] = {}
        for wire_name, d in described.items():
            if wire_name in row:
                values[d.name] = _field_value(d, row[wire_name], f"{place}[{wire_name}]")
            elif d.required:
                raise StateError(f"{place}[{wire_name}]: missing")
        return cls(**values)

    def check_references(self, record: object, place: str, is_known: IsKnown) -> None:
        """Refuses the first id in ``record``'s reference fields that names no record of their kinds."""
        for d in self.fields_of(type(record)):
            for suffix, record_id in _ids_in(getattr(record, d.name)) if d.refers_to else ():
                if not is_known(record_id, d.refers_to):
                    raise StateError(
                        f"{place}[{d.wire}]{suffix}: no {' or '.join(d.refers_to)} has the id {record_id}"
                    )


# --- values <-> plain data --------------------------------------------------------------------------------


def _plain(value: Any) -> Any:
    if isinstance(value, date):  # a datetime too
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(key): _plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return value  # str, int, float, bool, None: immutable


def _field_value(d: Described, value: Any, place: str) -> Any:
    """``value`` as field ``d`` holds it, once it fits the field's type and passes its check."""
    kept = _value_of(value, d.hint, place)
    problem = d.check(kept) if d.check is not None else None
    if d.name == "id" and kept < 1:
        problem = "expected a positive integer"
    if problem is not None:
        raise StateError(f"{place}: {problem}")
    return kept


def _value_of(value: Any, hint: Any, place: str) -> Any:
    """``value`` as a field of type ``hint`` holds it (a copy); StateError when it does not fit."""
    origin, args = get_origin(hint), get_args(hint)
    if origin in (Union, UnionType):
        for arm in args:
            try:
                return _value_of(value, arm, place)
            except StateError:
                continue
        raise StateError(f"{place}: expected {_one_of_names(args)}")
    if origin is list:
        if not isinstance(value, list):
            raise StateError(f"{place}: expected a list")
        return [_value_of(item, args[0], f"{place}[{i}]") for i, item in enumerate(value)]
    if origin in (dict, Mapping):
        if not isinstance(value, Mapping):
            raise StateError(f"{place}: expected a mapping")
        return {
            _value_of(_key(key, args[0]), args[0], f"{place}[{key}]"): _value_of(
                item, args[1], f"{place}[{key}]"
            )
            for key, item in value.items()
        }
    return _scalar_of(value, hint, place)


def _one_of_names(arms: tuple[Any, ...]) -> str:
    """``a number or null`` for ``int | float | None``: an integer is a number too."""
    return " or ".join(_SCALAR_NAMES[arm] for arm in arms if not (arm is int and float in arms))


def _key(key: Any, hint: Any) -> Any:
    """A mapping key as its field's key type has it: JSON keys are text, ids are integers."""
    return int(key) if hint is int and isinstance(key, str) and key.isascii() and key.isdigit() else key


def _scalar_of(value: Any, hint: Any, place: str) -> Any:
    if hint is NoneType and value is None:
        return None
    if hint in (bool, str) and isinstance(value, hint):
        return value
    number = isinstance(value, int | float) and not isinstance(value, bool)
    if hint is int and number and isinstance(value, int):
        return value
    if hint is float and number and math.isfinite(value):
        return float(value)
    if hint in (date, datetime) and isinstance(value, str):
        parsed = _parsed_time(value, hint)
        if parsed is not None:
            return parsed
    raise StateError(f"{place}: expected {_SCALAR_NAMES[hint]}")


def _parsed_time(text: str, hint: type[date]) -> date | None:
    """A date exactly as YYYY-MM-DD, or a date and time without a zone (the mocks' clocks have none)."""
    try:
        if hint is date:
            return date.fromisoformat(text) if len(text) == 10 else None
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return None
    return parsed if parsed.tzinfo is None else None


def _ids_in(value: Any) -> Iterator[tuple[str, int]]:
    """The ids a reference field holds, each with where it sits below the field."""
    if isinstance(value, int):
        yield "", value
    elif isinstance(value, list):
        yield from ((f"[{i}]", item) for i, item in enumerate(value))
    elif isinstance(value, Mapping):
        yield from ((f"[{key}]", key) for key in value)
