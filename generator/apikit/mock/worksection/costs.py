"""Cost lines, the time and money members book on tasks: get_costs, get_costs_total, add_costs,
update_costs, delete_costs. Timers (:mod:`.timers`) book their time here too, with :func:`book`.

A line keeps its time in minutes and its money in cents, so that sums are exact; answers show them as
``H:MM`` and ``0.00`` text. ``time`` parameters are hours: ``1.5``, ``1,5``, ``2`` or ``2:15``
(``0.15``, ``0,15`` and ``0:09`` are the same 9 minutes, as the vendor's page says).

Demo data: seven lines on the demo tasks, by Priya Raman, Olivia Brandt, Marcus Lee and Tomás Ortega,
from December 2023 to March 2024: timer lines (their money is the author's rate times the time, as
the recorded timer line shows) and hand-entered ones (time only, money only, or both), on a task, a
subtask, a closed task and a task of the archived project.

Choices where the vendor is silent (see the family notes): ``filter`` binds ``and`` tighter than
``or``, ``has`` ignores letter case, an unparsable filter is refused with 11 naming ``filter``;
``id_task`` selects the task's own lines, not its subtasks'; add_costs without ``email_user_from``
books for the account owner, and does not enforce the project's booking rules or a closed task;
``is_rate`` acts only together with a ``time``; an unknown ``id_costs`` is 10 ``Costs not found``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from apikit.mock.records import checked, refers_to, wire
from apikit.mock.worksection.account import Account, Row, collection
from apikit.mock.worksection.actions import INPUT_DATE_FORMAT, Ctx, action, date_out, date_time_out, ok
from apikit.mock.worksection.errors import (
    CODE_REQUIRED,
    WorksectionError,
    invalid_email,
    invalid_value,
    project_not_found,
    required,
    task_not_found,
)
from apikit.mock.worksection.people import Person, account_owner, person_by_email, person_out
from apikit.mock.worksection.tasks import Task, assignee_out, task_brief

MAX_HOURS = 1_000_000
"""Beyond this a ``time`` is refused: no line is that long, and the text must stay printable."""
MAX_MONEY = Decimal(1_000_000_000)


def _not_negative(value: int) -> str | None:
    return "expected a number of at least 0" if value < 0 else None


@collection("costs", kind="cost", first_id=4101)
@dataclass
class Cost:
    id: int
    task: int = field(metadata=refers_to("task"))
    author: int = field(metadata=wire("user_from") | refers_to("person"))
    minutes: int = field(metadata=checked(_not_negative))
    cents: int = field(metadata=wire("money_cents") | checked(_not_negative))
    day: date = field(metadata=wire("date"))
    comment: str = ""
    from_timer: bool = field(default=False, metadata=wire("is_timer"))


def seed(account: Account) -> None:
    for cost in (
        Cost(4101, 3101, 103, 390, 26000, date(2024, 1, 22), "Wireframes for the home page", True),
        Cost(4102, 3101, 101, 60, 0, date(2024, 1, 23), "Review of the wireframes"),
        Cost(4103, 3102, 103, 135, 9000, date(2024, 1, 25), "Hero image sketches", True),
        Cost(4104, 3103, 102, 180, 15000, date(2024, 1, 30), "Pricing copy draft"),
        Cost(4105, 3104, 104, 285, 18050, date(2024, 2, 12), "Form validation", True),
        Cost(4106, 3106, 103, 0, 32000, date(2023, 12, 20), "Printing of the draft report"),
        Cost(4107, 3104, 104, 80, 0, date(2024, 3, 4)),
    ):
        account.add("costs", cost)


# --- values -------------------------------------------------------------------------------------------


def minutes_of(text: str) -> int:
    """``H:MM``, or hours with a decimal point or comma, as whole minutes (half a minute rounds up)."""
    if ":" in text:
        hours, _, minutes = text.partition(":")
        return int(hours) * 60 + int(minutes)
    hours_value = decimal_of(text, "time")
    if hours_value > MAX_HOURS:
        raise invalid_value(f"time: more than {MAX_HOURS} hours")
    return int((hours_value * 60).quantize(Decimal(1), ROUND_HALF_UP))


def cents_of(text: str) -> int:
    amount = decimal_of(text, "money")
    if amount > MAX_MONEY:
        raise invalid_value(f"money: more than {MAX_MONEY}")
    return int((amount * 100).quantize(Decimal(1), ROUND_HALF_UP))


def decimal_of(text: str, name: str) -> Decimal:
    """A number the spec's pattern (or JSON) allowed: digits with ``.`` or ``,``, or a JSON number."""
    try:
        value = Decimal(text.replace(",", "."))
    except InvalidOperation:
        raise invalid_value(f"{name}: {text} is not a number") from None
    if not value.is_finite() or value < 0:
        raise invalid_value(f"{name}: {text} is not a number of at least 0")
    return value


def rate_cents(person: Person, minutes: int) -> int:
    """The member's hourly rate times the time, to the cent (half a cent rounds up)."""
    amount = Decimal(str(person.rate)) * minutes / 60
    return int((amount * 100).quantize(Decimal(1), ROUND_HALF_UP))


def time_out(minutes: int) -> str:
    return f"{minutes // 60}:{minutes % 60:02d}"


def money_out(cents: int) -> str:
    return f"{cents // 100}.{cents % 100:02d}"


def total_out(costs: Iterable[Cost]) -> Row:
    lines = list(costs)
    return {
        "time": time_out(sum(line.minutes for line in lines)),
        "money": money_out(sum(line.cents for line in lines)),
    }


# --- answers ------------------------------------------------------------------------------------------


def project_brief(account: Account, project_id: int) -> Row:
    project = account.find("projects", project_id)
    name = project.name if project is not None else ""
    return {"id": str(project_id), "name": name, "page": f"/project/{project_id}/"}


def task_card(account: Account, task: Task, *, with_closed: bool = True) -> Row:
    """A task as cost lines and timers embed it: brief, state, people, project, dates (the closing date
    only where the answer's schema has it: cost lines, not timers)."""
    out = task_brief(account, task) | {
        "status": task.state,
        "priority": str(min(max(task.priority, 0), 10)),
        "user_from": person_out(account.table("people")[task.author]),
        "user_to": assignee_out(account, task),  # a member, or the "Anyone" / "nobody" marker
        "project": project_brief(account, task.project),
        "date_added": date_time_out(task.added),
    }
    if with_closed and task.state == "done" and task.closed is not None:
        out["date_closed"] = date_time_out(task.closed)
    return out


def cost_out(account: Account, cost: Cost) -> Row:
    return {
        "id": str(cost.id),
        "comment": cost.comment,
        "time": time_out(cost.minutes),
        "money": money_out(cost.cents),
        "date": date_out(cost.day),
        "is_timer": cost.from_timer,
        "user_from": person_out(account.table("people")[cost.author]),
        "task": task_card(account, account.table("tasks")[cost.task]),
    }


# --- the filter ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class LineFacts:
    """What a filter can ask of a cost line."""

    task: int
    project: int
    comment: str
    day: date


LineTest = Callable[[LineFacts], bool]
TOKEN = re.compile(r"\s*(!=|<=|>=|[()<>=,]|[0-9]+|'[^']*'|[a-z_]+)")
COMPARISONS: dict[str, Callable[[date, date], bool]] = {
    "=": lambda a, b: a == b,
    "!=": lambda a, b: a != b,
    "<": lambda a, b: a < b,
    "<=": lambda a, b: a <= b,
    ">": lambda a, b: a > b,
    ">=": lambda a, b: a >= b,
}
ID_FIELDS: dict[str, Callable[[LineFacts], int]] = {
    "id": lambda facts: facts.task,
    "task": lambda facts: facts.task,
    "project": lambda facts: facts.project,
}
DATE_FIELDS = ("dateadd", "date_added")
MAX_NESTING = 32
"""Parentheses deeper than this are refused (11) rather than left to exhaust Python's stack."""


class FilterParser:
    """get_costs' ``filter`` (and get_costs_total's, which knows only ``project``) as a test of a line:

    expr := term {"or" term};  term := factor {"and" factor};  factor := "(" expr ")" | condition;
    condition := idfield "=" INT | idfield "in" "(" INT {"," INT} ")" | "comment" ("=" | "has") 'text'
               | datefield ("=" | "!=" | "<" | "<=" | ">" | ">=") 'DD.MM.YYYY'
    """

    def __init__(self, text: str, *, projects_only: bool = False) -> None:
        self.tokens = tokens_of(text)
        self.position = 0
        self.projects_only = projects_only
        self.depth = 0

    def parse(self) -> LineTest:
        test = self.expression()
        if self.peek() is not None:
            raise self.problem(f"unexpected {self.peek()!r}")
        return test

    def expression(self) -> LineTest:
        tests = [self.term()]
        while self.accept("or"):
            tests.append(self.term())
        return tests[0] if len(tests) == 1 else lambda facts: any(test(facts) for test in tests)

    def term(self) -> LineTest:
        tests = [self.factor()]
        while self.accept("and"):
            tests.append(self.factor())
        return tests[0] if len(tests) == 1 else lambda facts: all(test(facts) for test in tests)

    def factor(self) -> LineTest:
        if self.accept("("):
            self.depth += 1
            if self.depth > MAX_NESTING:
                raise self.problem(f"parentheses nested more than {MAX_NESTING} deep")
            test = self.expression()
            self.expect(")")
            self.depth -= 1
            return test
        name = self.take("a field name")
        if name in ID_FIELDS and (name == "project" or not self.projects_only):
            return self.id_condition(ID_FIELDS[name])
        if self.projects_only:
            raise self.problem(f"{name!r} is not a field here (only project)")
        if name == "comment":
            return self.comment_condition()
        if name in DATE_FIELDS:
            return self.date_condition()
        raise self.problem(f"{name!r} is not a field")

    def id_condition(self, field_of: Callable[[LineFacts], int]) -> LineTest:
        if self.accept("in"):
            self.expect("(")
            wanted = {self.number()}
            while self.accept(","):
                wanted.add(self.number())
            self.expect(")")
            return lambda facts: field_of(facts) in wanted
        self.expect("=")
        one = self.number()
        return lambda facts: field_of(facts) == one

    def comment_condition(self) -> LineTest:
        if self.accept("has"):
            part = self.quoted().lower()
            return lambda facts: part in facts.comment.lower()
        self.expect("=")
        whole = self.quoted()
        return lambda facts: facts.comment == whole

    def date_condition(self) -> LineTest:
        operator = self.take("a comparison")
        if operator not in COMPARISONS:
            raise self.problem(f"{operator!r} is not a comparison")
        text = self.quoted()
        try:
            wanted = datetime.strptime(text, INPUT_DATE_FORMAT).date()
        except ValueError:
            raise self.problem(f"{text!r} is not a date (DD.MM.YYYY)") from None
        compare = COMPARISONS[operator]
        return lambda facts: compare(facts.day, wanted)

    # tokens

    def peek(self) -> str | None:
        return self.tokens[self.position] if self.position < len(self.tokens) else None

    def take(self, what: str) -> str:
        token = self.peek()
        if token is None:
            raise self.problem(f"ends where {what} was expected")
        self.position += 1
        return token

    def accept(self, token: str) -> bool:
        if self.peek() == token:
            self.position += 1
            return True
        return False

    def expect(self, token: str) -> None:
        if not self.accept(token):
            raise self.problem(f"expected {token!r}, found {self.peek() or 'the end'!r}")

    def number(self) -> int:
        token = self.take("a number")
        if not token.isdigit():
            raise self.problem(f"expected a number, found {token!r}")
        return int(token)

    def quoted(self) -> str:
        token = self.take("a quoted value")
        if len(token) < 2 or token[0] != "'" or token[-1] != "'":
            raise self.problem(f"expected a value in single quotes, found {token!r}")
        return token[1:-1]

    @staticmethod
    def problem(what: str) -> WorksectionError:
        return invalid_value(f"filter: {what}")


def tokens_of(text: str) -> list[str]:
    tokens: list[str] = []
    position = 0
    while position < len(text.rstrip()):
        found = TOKEN.match(text, position)
        if found is None:
            raise invalid_value(f"filter: cannot read {text[position:].strip()[:20]!r}")
        tokens.append(found.group(1))
        position = found.end()
    return tokens


# --- selection ----------------------------------------------------------------------------------------


def facts_of(account: Account, cost: Cost) -> LineFacts:
    task: Task = account.table("tasks")[cost.task]
    return LineFacts(cost.task, task.project, cost.comment, cost.day)


def selected_lines(ctx: Ctx, *, projects_only_filter: bool) -> list[Cost]:
    """The lines every given criterion lets through (all of them combined with "and"), by ascending id;
    an unknown project or task is refused (4, 5) before anything is read."""
    account = ctx.account
    project_id, task_id = ctx.id("id_project"), ctx.id("id_task")
    if project_id is not None and account.find("projects", project_id) is None:
        raise project_not_found()
    if task_id is not None and account.find("tasks", task_id) is None:
        raise task_not_found()
    start, end, from_timer = ctx.date("datestart"), ctx.date("dateend"), ctx.flag("is_timer")
    text = ctx.text("filter")
    test = FilterParser(text, projects_only=projects_only_filter).parse() if text else None
    chosen = []
    for cost in account.records("costs"):
        facts = facts_of(account, cost)
        if (
            project_id in (None, facts.project)
            and task_id in (None, cost.task)
            and (start is None or cost.day >= start)
            and (end is None or cost.day <= end)
            and from_timer in (None, cost.from_timer)
            and (test is None or test(facts))
        ):
            chosen.append(cost)
    return chosen


@action("get_costs")
def get_costs(ctx: Ctx) -> Row:
    lines = selected_lines(ctx, projects_only_filter=False)
    return ok([cost_out(ctx.account, line) for line in lines], total=total_out(lines))


# --- totals -------------------------------------------------------------------------------------------


def months_out(lines: Iterable[Cost]) -> Row:
    """Totals per month, newest month first (as the vendor's sample orders them)."""
    by_month: dict[str, list[Cost]] = {}
    for line in lines:
        by_month.setdefault(date_out(line.day)[:7], []).append(line)
    return {month: total_out(by_month[month]) for month in sorted(by_month, reverse=True)}


def top_level(account: Account, task: Task) -> Task:
    while task.parent is not None and account.find("tasks", task.parent) is not None:
        task = account.table("tasks")[task.parent]
    return task


def tasks_out(account: Account, lines: Iterable[Cost], *, roll_up: bool) -> Row | list[str]:
    """Totals per task (each subtask its own), or per top-level task with its subtasks' lines added."""
    by_task: dict[int, list[Cost]] = {}
    for line in lines:
        task: Task = account.table("tasks")[line.task]
        owner = top_level(account, task) if roll_up else task
        by_task.setdefault(owner.id, []).append(line)
    out: Row = {}
    for task_id in sorted(by_task):
        card = task_card(account, account.table("tasks")[task_id])
        out[str(task_id)] = {key: card[key] for key in ("id", "name", "page", "status", "priority")} | (
            total_out(by_task[task_id])
        )
    return out or []


def projects_out(account: Account, lines: list[Cost], extras: set[str]) -> Row | list[str]:
    """Per project with lines in the selection: its totals, per month, and per task when asked."""
    by_project: dict[int, list[Cost]] = {}
    for line in lines:
        by_project.setdefault(facts_of(account, line).project, []).append(line)
    out: Row = {}
    for project_id in sorted(by_project):
        mine = by_project[project_id]
        entry = project_brief(account, project_id) | total_out(mine) | {"monthly": months_out(mine) or []}
        if "tasks" in extras or "tasks_top_level" in extras:  # both given: "tasks" wins (a guess)
            entry["tasks"] = tasks_out(account, mine, roll_up="tasks" not in extras)
        out[str(project_id)] = entry
    return out or []


def extra_words(value: object) -> set[str]:
    return {word.strip() for word in str(value).split(",") if word.strip()}


@action("get_costs_total", meanings={"extra": extra_words})
def get_costs_total(ctx: Ctx) -> Row:
    lines = selected_lines(ctx, projects_only_filter=True)
    extras = ctx.words("extra")
    document = ok(total=total_out(lines))
    if "projects" in extras and not ctx.given("id_task"):
        document["projects"] = projects_out(ctx.account, lines, extras)
    return document


# --- booking ------------------------------------------------------------------------------------------


def book(
    account: Account, task: Task, author: Person, minutes: int, day: date, comment: str, *, from_timer: bool
) -> Cost:
    """A new line; a timer's line is worth the author's rate for its time (as the recorded timer line
    shows: 6:50 at a rate of 11 is 75.17)."""
    cents = rate_cents(author, minutes) if from_timer else 0
    cost = Cost(account.new_id("costs"), task.id, author.id, minutes, cents, day, comment, from_timer)
    return account.add("costs", cost)


def task_named(ctx: Ctx, name: str) -> Task:
    """The task the parameter names; 5 ``Task is invalid`` when there is none."""
    task: Task | None = ctx.account.find("tasks", ctx.need_id(name))
    if task is None:
        raise task_not_found()
    return task


def cost_author(ctx: Ctx) -> Person:
    """``email_user_from``'s member, else the account owner (the vendor's choice is not known)."""
    email = ctx.text("email_user_from")
    person = person_by_email(ctx.account, email) if email is not None else account_owner(ctx.account)
    if person is None:
        raise invalid_email(email or "email_user_from")
    return person


@action("add_costs", meanings={"time": lambda v: minutes_of(str(v)), "money": lambda v: cents_of(str(v))})
def add_costs(ctx: Ctx) -> Row:
    task = task_named(ctx, "id_task")
    time_text, money_text = ctx.text("time"), ctx.text("money")
    if time_text is None and money_text is None:
        raise required("time or money")
    author = cost_author(ctx)
    minutes = minutes_of(time_text) if time_text is not None else 0
    cents = priced(ctx, author, minutes, cents_of(money_text) if money_text is not None else 0)
    day = ctx.date("date") or ctx.now.date()
    cost = Cost(
        ctx.account.new_id("costs"), task.id, author.id, minutes, cents, day, ctx.text("comment", "") or ""
    )
    ctx.account.add("costs", cost)
    return ok(id=cost.id)


def priced(ctx: Ctx, author: Person, minutes: int, cents: int) -> int:
    """With ``is_rate=1`` and a ``time``, the author's rate for that time; else ``cents``."""
    return rate_cents(author, minutes) if ctx.flag("is_rate") and ctx.given("time") else cents


def cost_named(ctx: Ctx) -> Cost:
    cost: Cost | None = ctx.account.find("costs", ctx.need_id("id_costs"))
    if cost is None:  # the vendor's answer is not documented; webhooks answer 10 for theirs
        raise WorksectionError(CODE_REQUIRED, "Costs not found")
    return cost


@action("update_costs", meanings={"time": lambda v: minutes_of(str(v)), "money": lambda v: cents_of(str(v))})
def update_costs(ctx: Ctx) -> Row:
    cost = cost_named(ctx)
    author: Person = ctx.account.table("people")[cost.author]
    if ctx.given("time"):
        cost.minutes = minutes_of(ctx.need("time"))
    money = ctx.text("money")
    cost.cents = priced(ctx, author, cost.minutes, cost.cents if money is None else cents_of(money))
    if "comment" in ctx.params:  # an empty comment clears it
        cost.comment = str(ctx.params["comment"])
    cost.day = ctx.date("date") or cost.day
    return ok()


@action("delete_costs")
def delete_costs(ctx: Ctx) -> Row:
    del ctx.account.table("costs")[cost_named(ctx).id]
    return ok()
