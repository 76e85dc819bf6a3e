"""How a family module adds actions: ``@action("post_task")`` on a function of a :class:`Ctx`.

A handler reads the call's parameters from ``ctx`` (the same names in the query form and in the JSON
form, see :class:`Ctx`), changes ``ctx.account`` (the behaviour holds its lock around every call) and
returns the whole success document, usually :func:`ok`. It refuses with a
:class:`~apikit.mock.worksection.errors.WorksectionError` carrying the vendor's code. The engine has
already checked every parameter against the spec, so a handler only checks what a schema cannot say
(that an id names a record, that a task is open ...).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from starlette.responses import Response

from apikit.mock.worksection.account import Account, Row
from apikit.mock.worksection.errors import invalid_value, required

INPUT_DATE_FORMAT = "%d.%m.%Y"

Meaning = Callable[[Any], object]


@dataclass(frozen=True)
class Admin:
    """A call signed with the account's admin API key; ``scheme`` says how (``hash`` or ``hmac``)."""

    scheme: str


@dataclass(frozen=True)
class User:
    """A call made with a user's OAuth access token (the user-token actions)."""

    user_id: int


@dataclass(frozen=True)
class Upload:
    """One file of a multipart upload."""

    name: str
    """The form field the file came in."""
    filename: str
    content_type: str
    data: bytes = field(repr=False)


@dataclass
class Ctx:
    """One call as a handler sees it."""

    account: Account
    params: Mapping[str, Any] = field(repr=False)
    """The call's parameters by name, ``action`` left out: the query's (query form) or the JSON body's
    merged with the query's (JSON form). Values are as the spec typed them: strings in the query
    form, strings or numbers in the JSON form."""
    now: datetime
    """The mock's clock, as the account's local time."""
    caller: Admin | User
    uploads: list[Upload] = field(default_factory=list, repr=False)

    def given(self, name: str) -> bool:
        value = self.params.get(name)
        return value is not None and value != ""

    def text(self, name: str, default: str | None = None) -> str | None:
        """The parameter as text (a number sent in JSON as its digits); ``default`` when absent or empty."""
        value = self.params.get(name)
        if value is None or value == "":
            return default
        return str(value)

    def need(self, name: str) -> str:
        """The parameter as text; refused with code 10 (``Field is required``) when absent or empty."""
        value = self.text(name)
        if value is None:
            raise required(name)
        return value

    def id(self, name: str) -> int | None:
        value = self.text(name)
        if value is None:
            return None
        if not value.isascii() or not value.isdigit():
            raise invalid_value(f"{name} must be an id, a string of digits")
        return int(value)

    def need_id(self, name: str) -> int:
        value = self.id(name)
        if value is None:
            raise required(name)
        return value

    def number(self, name: str) -> float | int | None:
        """A number parameter; a decimal comma (``1,5``) is read as a point, as the service does."""
        value = self.text(name)
        if value is None:
            return None
        try:
            number = float(value.replace(",", "."))
        except ValueError:
            raise invalid_value(f"{name} must be a number") from None
        return int(number) if number.is_integer() else number

    def date(self, name: str) -> date | None:
        """A ``DD.MM.YYYY`` date parameter (the spec's pattern has checked its form)."""
        value = self.text(name)
        if value is None:
            return None
        try:
            return datetime.strptime(value, INPUT_DATE_FORMAT).date()
        except ValueError:
            raise invalid_value(f"{name}: {value} is not a date (DD.MM.YYYY)") from None

    def flag(self, name: str) -> bool | None:
        value = self.text(name)
        return None if value is None else value not in ("0", "false")

    def words(self, name: str) -> set[str]:
        """A comma-separated list parameter as a set of its trimmed, non-empty words."""
        value = self.text(name)
        return {word.strip() for word in value.split(",") if word.strip()} if value else set()


Handler = Callable[[Ctx], Row | Response]


@dataclass(frozen=True)
class Action:
    name: str
    handler: Handler
    meanings: Mapping[str, Meaning]
    """How to compare a parameter given both in the query and the JSON body (default: as text)."""


ACTIONS: dict[str, Action] = {}


def action(name: str, meanings: Mapping[str, Meaning] | None = None) -> Callable[[Handler], Handler]:
    """Register the decorated function as the handler of the action ``name``."""

    def register(handler: Handler) -> Handler:
        if name in ACTIONS:
            raise ValueError(f"action {name!r} has two handlers")
        ACTIONS[name] = Action(name, handler, dict(meanings or {}))
        return handler

    return register


_NOTHING: Any = object()


def ok(data: Any = _NOTHING, **fields: Any) -> Row:
    """A success document: ``{"status": "ok"}``, with ``data`` and any other top-level fields given."""
    document: Row = {"status": "ok"}
    if data is not _NOTHING:
        document["data"] = data
    document.update(fields)
    return document


def date_time_out(value: datetime) -> str:
    return f"{date_out(value)} {value.hour:02d}:{value.minute:02d}"


def date_out(value: date) -> str:
    # Not strftime: it writes the year 65 as "65", and the service's dates always have four digits.
    return f"{value.year:04d}-{value.month:02d}-{value.day:02d}"
