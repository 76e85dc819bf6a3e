"""The search_tasks filter language: a small query language over a task's id, project, parent, name and
dates, parsed into a tree that tells whether a task matches.

The language, as the vendor documents it (Postman collection, 2023 SDK)::

    expression   = term { ("and" | "or") term }          keywords in lower case only
    term         = "(" expression ")" | condition
    condition    = number-field "=" integer
                 | number-field "in" "(" integer { "," integer } ")"
                 | "name" ( "=" | "has" ) text
                 | date-field ( "=" | "!=" | "<" | ">" | "<=" | ">=" ) date
    number-field = "id" | "project" | "parent"
    date-field   = "dateadd" | "datestart" | "dateend" | "dateclose"
                   (also spelt date_added, date_start, date_end, date_closed)
    text         = "'" { any character but "'" } "'"
    date         = "'" DD.MM.YYYY "'"

Spaces between tokens are optional (``dateend>'25.05.2021'``). What the vendor leaves open is settled
here as the spec's notes assume: ``and`` binds tighter than ``or``; names match ignoring letter case
(``=`` the whole name, ``has`` a part); a quote cannot occur inside a text; a condition on a date the
task does not have is false; integers are written without quotes; the not-equal operator is ``!=``
(the documentation prints it ``! =``). Anything else - an unknown field such as ``priority``, an
unknown operator, ``AND`` in capitals, unbalanced parentheses, a date that does not exist - is refused
with a :class:`FilterError` that says what is wrong and where (1-based character position).

Nothing here knows the account: :func:`parse_filter` gives a :class:`Filter`, whose ``matches`` takes the
few facts of one task (:class:`TaskFacts`).
"""

from __future__ import annotations

import operator
import re
from abc import ABC, abstractmethod
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from apikit.mock.worksection.actions import INPUT_DATE_FORMAT

NUMBER_FIELDS = ("id", "project", "parent")
DATE_FIELDS: Mapping[str, str] = {
    "dateadd": "dateadd",
    "datestart": "datestart",
    "dateend": "dateend",
    "dateclose": "dateclose",
    "date_added": "dateadd",
    "date_start": "datestart",
    "date_end": "dateend",
    "date_closed": "dateclose",
}
"""Every spelling of a date field (the 2023 SDK's aliases too), by the field it means."""
KEYWORDS = ("and", "or", "in", "has")
FIELDS = (*NUMBER_FIELDS, "name", *DATE_FIELDS)

DATE_OPERATORS: Mapping[str, Callable[[date, date], bool]] = {
    "=": operator.eq,
    "!=": operator.ne,
    "<": operator.lt,
    ">": operator.gt,
    "<=": operator.le,
    ">=": operator.ge,
}


class FilterError(ValueError):
    """A malformed search expression; the message says what is wrong and at which character."""


@dataclass(frozen=True)
class TaskFacts:
    """What a search expression can ask about one task."""

    id: int
    project: int
    parent: int | None
    name: str
    dates: Mapping[str, date | None]
    """By date field (``dateadd``, ``datestart``, ``dateend``, ``dateclose``); None when not set."""


# --- the tree ---------------------------------------------------------------------------------------------


class Filter(ABC):
    """A parsed search expression."""

    @abstractmethod
    def matches(self, task: TaskFacts) -> bool:
        """Whether the task meets the expression."""


@dataclass(frozen=True)
class AnyOf(Filter):
    parts: tuple[Filter, ...]

    def matches(self, task: TaskFacts) -> bool:
        return any(part.matches(task) for part in self.parts)


@dataclass(frozen=True)
class AllOf(Filter):
    parts: tuple[Filter, ...]

    def matches(self, task: TaskFacts) -> bool:
        return all(part.matches(task) for part in self.parts)


@dataclass(frozen=True)
class NumberIn(Filter):
    """``id = 5`` or ``id in (5, 6)``; ``parent`` of a top-level task matches nothing."""

    field: str
    values: frozenset[int]

    def matches(self, task: TaskFacts) -> bool:
        value = {"id": task.id, "project": task.project, "parent": task.parent}[self.field]
        return value in self.values


@dataclass(frozen=True)
class NameMatch(Filter):
    """``name = 'x'`` (the whole name) or ``name has 'x'`` (a part of it), letter case ignored."""

    text: str
    whole: bool

    def matches(self, task: TaskFacts) -> bool:
        name, wanted = task.name.casefold(), self.text.casefold()
        return name == wanted if self.whole else wanted in name


@dataclass(frozen=True)
class DateCompare(Filter):
    """``dateend < '31.05.2021'``: false for a task without that date."""

    field: str
    operator: str
    value: date

    def matches(self, task: TaskFacts) -> bool:
        own = task.dates.get(self.field)
        return own is not None and DATE_OPERATORS[self.operator](own, self.value)


# --- tokens -----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Token:
    kind: str
    """``word``, ``integer``, ``text``, ``operator``, ``(``, ``)``, ``,``, ``bare_date`` or ``end``."""
    value: str
    position: int
    """1-based character position in the expression."""

    def shown(self) -> str:
        if self.kind == "end":
            return "the end of the expression"
        if self.kind == "text":
            return f"'{self.value}' at character {self.position}"
        return f"{self.value!r} at character {self.position}"


_TOKEN = re.compile(
    r"(?P<space>\s+)"
    r"|(?P<word>[A-Za-z_][A-Za-z0-9_]*)"
    r"|(?P<bare_date>[0-9]+\.[0-9]+\.[0-9]+)"  # a date without its quotes, to say so
    r"|(?P<integer>[0-9]+)"
    r"|(?P<text>'[^']*')"
    r"|(?P<operator>!=|<=|>=|=|<|>)"
    r"|(?P<punctuation>[(),])"
)


def tokens(expression: str) -> list[Token]:
    """The expression's tokens, ending with an ``end`` token."""
    found: list[Token] = []
    position = 0
    while position < len(expression):
        match = _TOKEN.match(expression, position)
        if match is None:
            raise FilterError(_unreadable(expression, position))
        kind = match.lastgroup or ""
        if kind == "text":
            found.append(Token("text", match.group()[1:-1], position + 1))
        elif kind == "punctuation":
            found.append(Token(match.group(), match.group(), position + 1))
        elif kind != "space":
            found.append(Token(kind, match.group(), position + 1))
        position = match.end()
    found.append(Token("end", "", len(expression) + 1))
    return found


def _unreadable(expression: str, position: int) -> str:
    where = f"at character {position + 1}"
    if expression[position] == "'":
        return f"a text opened with ' {where} is never closed"
    if expression[position] == "!":
        return f"'!' {where} is not an operator (not equal is written '!=', without a space)"
    return f"unexpected {expression[position]!r} {where}"


# --- the parser -------------------------------------------------------------------------------------------


def parse_filter(expression: str) -> Filter:
    """The expression as a :class:`Filter`; :class:`FilterError` when it is not one."""
    if not expression.strip():
        raise FilterError("the expression is empty")
    return _Parser(tokens(expression)).whole_expression()


class _Parser:
    """Recursive descent over the tokens: ``or`` of ``and`` of terms (``and`` binds tighter)."""

    def __init__(self, found: Sequence[Token]) -> None:
        self.tokens = found
        self.index = 0

    @property
    def next(self) -> Token:
        return self.tokens[self.index]

    def take(self) -> Token:
        token = self.tokens[self.index]
        self.index += 1
        return token

    def at_keyword(self, keyword: str) -> bool:
        return self.next.kind == "word" and self.next.value == keyword

    def whole_expression(self) -> Filter:
        parsed = self.expression()
        if self.next.kind != "end":
            in_capitals = self.next.kind == "word" and self.next.value.lower() in KEYWORDS
            hint = " (keywords are written in lower case)" if in_capitals else ""
            raise FilterError(
                f"expected 'and', 'or' or the end of the expression, found {self.next.shown()}{hint}"
            )
        return parsed

    def expression(self) -> Filter:
        parts = [self.conjunction()]
        while self.at_keyword("or"):
            self.take()
            parts.append(self.conjunction())
        return parts[0] if len(parts) == 1 else AnyOf(tuple(parts))

    def conjunction(self) -> Filter:
        parts = [self.term()]
        while self.at_keyword("and"):
            self.take()
            parts.append(self.term())
        return parts[0] if len(parts) == 1 else AllOf(tuple(parts))

    def term(self) -> Filter:
        if self.next.kind == "(":
            opening = self.take()
            inner = self.expression()
            if self.next.kind != ")":
                raise FilterError(
                    f"the parenthesis opened at character {opening.position} is not closed "
                    f"(found {self.next.shown()})"
                )
            self.take()
            return inner
        return self.condition()

    def condition(self) -> Filter:
        field = self.take()
        if field.kind != "word" or field.value in KEYWORDS:
            raise FilterError(f"expected a field ({', '.join(FIELDS)}), found {field.shown()}")
        name = field.value
        if name in NUMBER_FIELDS:
            return self.number_condition(name)
        if name == "name":
            return self.name_condition()
        if name in DATE_FIELDS:
            return self.date_condition(DATE_FIELDS[name])
        in_capitals = name.lower() in (*FIELDS, *KEYWORDS)
        hint = " (keywords and fields are written in lower case)" if in_capitals else ""
        raise FilterError(f"unknown field {field.shown()}{hint}; the fields are {', '.join(FIELDS)}")

    def number_condition(self, field: str) -> Filter:
        operator_token = self.take()
        if operator_token.kind == "operator" and operator_token.value == "=":
            return NumberIn(field, frozenset([self.integer(field)]))
        if operator_token.kind == "word" and operator_token.value == "in":
            return NumberIn(field, frozenset(self.integer_list(field)))
        raise FilterError(f"{field} takes '=' or 'in', found {operator_token.shown()}")

    def integer(self, field: str) -> int:
        token = self.take()
        if token.kind != "integer":
            raise FilterError(f"{field} takes an integer, written without quotes, found {token.shown()}")
        return int(token.value)

    def integer_list(self, field: str) -> list[int]:
        opening = self.take()
        if opening.kind != "(":
            raise FilterError(f"'in' takes a list in parentheses, e.g. (1, 2), found {opening.shown()}")
        values = [self.integer(field)]
        while self.next.kind == ",":
            self.take()
            values.append(self.integer(field))
        closing = self.take()
        if closing.kind != ")":
            raise FilterError(
                f"the list opened at character {opening.position} is not closed, found {closing.shown()}"
            )
        return values

    def name_condition(self) -> Filter:
        operator_token = self.take()
        whole = operator_token.kind == "operator" and operator_token.value == "="
        if not whole and not (operator_token.kind == "word" and operator_token.value == "has"):
            raise FilterError(f"name takes '=' or 'has', found {operator_token.shown()}")
        text = self.take()
        if text.kind != "text":
            raise FilterError(f"name compares with a text in single quotes, found {text.shown()}")
        return NameMatch(text.value, whole)

    def date_condition(self, field: str) -> Filter:
        operator_token = self.take()
        if operator_token.kind != "operator":
            raise FilterError(
                f"a date field takes one of {', '.join(DATE_OPERATORS)}, found {operator_token.shown()}"
            )
        value = self.take()
        if value.kind != "text":
            raise FilterError(f"a date is written in single quotes ('DD.MM.YYYY'), found {value.shown()}")
        return DateCompare(field, operator_token.value, _date(value))


def _date(token: Token) -> date:
    if re.fullmatch(r"[0-9]{2}\.[0-9]{2}\.[0-9]{4}", token.value):
        try:
            return datetime.strptime(token.value, INPUT_DATE_FORMAT).date()
        except ValueError:
            pass
    raise FilterError(f"{token.shown()} is not a date DD.MM.YYYY")
