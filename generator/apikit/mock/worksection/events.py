"""The account's activity log (get_events): what was posted, changed, closed or reopened, by whom.

Handlers call :func:`record_event` when they create or change a project, task or comment; get_events
lists the events of the last ``period`` (``<n>m`` up to 360 minutes, ``<n>h`` up to 72 hours, ``<n>d``
up to 30 days), oldest first as in the recording, optionally only those of one project. An event's
project is the one its page names (``/project/<id>/...``; a comment's page is its task's).

Who did it: the person of a user-token call, else (the admin API key) the account owner
(:func:`.people.account_owner`: 101 in the demo account; the recordings show one author for
everything done with the admin key).

Demo log (each event at the moment the demo records say it happened, all by the records' authors):
the four demo projects posted (2101 on 2024-01-08 ... 2104 on 2023-11-20), tasks 3101 and 3104 posted,
task 3101 updated (its priority), task 3103 closed on 2024-02-01 16:20 and task 3106 on
2024-01-31 17:00. They are far in the past for a real clock: tests that want to see them set the clock.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from apikit.mock.records import checked, one_of, refers_to, wire
from apikit.mock.worksection.account import Account, Row, collection
from apikit.mock.worksection.actions import Ctx, User, action, date_out, date_time_out, ok
from apikit.mock.worksection.errors import invalid_value, project_not_found, required
from apikit.mock.worksection.people import NO_MANAGER, account_owner, person_out

EVENT_ACTIONS = ("post", "update", "close", "reopen", "delete")
OBJECT_TYPES = ("project", "task", "comment")
PAGE = re.compile(r"^/project/([1-9][0-9]*)/")
PERIOD = re.compile(r"^([1-9][0-9]*)([mhd])$")
# The documented ranges; a period outside them is refused like a missing one (recorded for 60d).
PERIOD_LIMITS = {"m": (360, "minutes"), "h": (72, "hours"), "d": (30, "days")}

EventValue = str | Mapping[str, str]
"""A value of ``new``/``old`` as get_events shows it: text, or a person (``user_to``)."""


def _page_problem(page: str) -> str | None:
    return None if PAGE.match(page) else "expected a page /project/<id>/..."


@collection("events", kind="event", first_id=9001)
@dataclass
class Event:
    id: int
    action: str = field(metadata=one_of(*EVENT_ACTIONS))
    object_type: str = field(metadata=one_of(*OBJECT_TYPES))
    object_id: int
    page: str = field(metadata=checked(_page_problem))
    author: int = field(metadata=wire("user_from") | refers_to("person"))
    added: datetime = field(metadata=wire("date_added"))
    new: Mapping[str, EventValue] | None = None
    old: Mapping[str, EventValue] | None = None

    @property
    def project(self) -> int:
        """The project the event belongs to, as its page names it."""
        found = PAGE.match(self.page)
        assert found is not None  # the page is checked when the event is made or loaded
        return int(found.group(1))


# --- who acts ---------------------------------------------------------------------------------------------


def acting_person(ctx: Ctx) -> int:
    """Who a call acts as: the token's user, or the account owner for an admin call."""
    if isinstance(ctx.caller, User):
        return ctx.caller.user_id
    owner = account_owner(ctx.account)
    if owner is None:  # only a restored state without people
        raise invalid_value("the account has no users", "Account has no owner")
    return owner.id


# --- recording --------------------------------------------------------------------------------------------


def record_event(
    ctx: Ctx,
    action: str,
    kind: str,
    record_id: int,
    page: str,
    new: Mapping[str, Any] | None = None,
    old: Mapping[str, Any] | None = None,
) -> None:
    """Log that the caller did ``action`` (post, update, close, reopen, delete) to the ``kind`` of
    record (project, task, comment) with ``record_id`` and ``page``, now; ``new``/``old`` hold the
    fields that changed, as get_events shows them (a person as ``person_out`` gives it; None, a date,
    a number are shown as get_events shows them: ``""``, ``YYYY-MM-DD``, digits)."""
    problem = (
        (None if action in EVENT_ACTIONS else f"unknown event action {action!r}")
        or (None if kind in OBJECT_TYPES else f"unknown event object {kind!r}")
        or _page_problem(page)
    )
    if problem is not None:
        raise ValueError(problem)  # a caller's bug: the engine answers it as a mock bug
    account = ctx.account
    account.add(
        "events",
        Event(
            id=account.new_id("events"),
            action=action,
            object_type=kind,
            object_id=record_id,
            page=page,
            author=acting_person(ctx),
            added=ctx.now,
            new=_values(new),
            old=_values(old),
        ),
    )


def _values(values: Mapping[str, Any] | None) -> dict[str, EventValue] | None:
    return None if values is None else {name: _shown(value) for name, value in values.items()}


def _shown(value: Any) -> EventValue:
    """A field's value as the log keeps it: cleared values are empty text, as recorded."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        raise ValueError("an event value cannot be true or false")
    if isinstance(value, int):
        return str(value)  # a priority is recorded as digits
    if isinstance(value, date):
        return date_time_out(value) if isinstance(value, datetime) else date_out(value)
    if isinstance(value, Mapping):
        return {str(key): str(item) for key, item in value.items()}
    raise ValueError(f"an event value cannot be {type(value).__name__}")


def user_to_shown(account: Account, person_id: int | None) -> Row:
    """A project's manager as an event shows it: the person, or the no-manager marker."""
    if person_id is None:
        return dict(NO_MANAGER)
    return person_out(account.table("people")[person_id])


# --- get_events -------------------------------------------------------------------------------------------


def look_back(ctx: Ctx) -> timedelta:
    """``period`` as a span of time; missing, empty or out of range is refused as required (recorded)."""
    found = PERIOD.match(ctx.text("period") or "")
    if found is None:
        raise required("period")
    amount, unit = int(found.group(1)), found.group(2)
    limit, name = PERIOD_LIMITS[unit]
    if amount > limit:
        raise required("period")
    return timedelta(**{name: amount})


def event_out(account: Account, event: Event) -> Row:
    out: Row = {
        "action": event.action,
        "object": {"type": event.object_type, "id": str(event.object_id), "page": event.page},
        "date_added": date_time_out(event.added),
        "user_from": person_out(account.table("people")[event.author]),
    }
    if event.new is not None:
        out["new"] = _copy(event.new)
    if event.old is not None:
        out["old"] = _copy(event.old)
    return out


def _copy(values: Mapping[str, EventValue]) -> Row:
    return {name: value if isinstance(value, str) else dict(value) for name, value in values.items()}


@action("get_events")
def get_events(ctx: Ctx) -> Row:
    since = ctx.now - look_back(ctx)  # events after now (a clock set back) have not happened yet
    project_id = ctx.id("id_project")
    if project_id is not None and ctx.account.find("projects", project_id) is None:
        raise project_not_found()
    events = [
        event
        for event in ctx.account.records("events")
        if since <= event.added <= ctx.now and project_id in (None, event.project)
    ]
    events.sort(key=lambda event: (event.added, event.id))  # oldest first, as recorded
    return ok([event_out(ctx.account, event) for event in events])


# --- demo data --------------------------------------------------------------------------------------------


def seed(account: Account) -> None:
    """The demo log (see the module docstring): projects and tasks as the demo records describe them."""

    def posted(title: str, manager: int | None) -> Row:
        return {"title": title, "user_to": user_to_shown(account, manager)}

    def log(
        what: str, page: str, author: int, when: str, new: Row | None = None, old: Row | None = None
    ) -> None:
        parts = page.strip("/").split("/")  # project, <project id>[, <task id>]
        kind = "project" if len(parts) == 2 else "task"
        added = datetime.fromisoformat(when)
        event = Event(account.new_id("events"), what, kind, int(parts[-1]), page, author, added, new, old)
        account.add("events", event)

    log("post", "/project/2104/", 103, "2023-11-20 08:30", posted("Annual report 2023", 103))
    log("post", "/project/2101/", 101, "2024-01-08 09:15", posted("Website redesign", 102))
    log("post", "/project/2101/3101/", 101, "2024-01-16 10:00", posted("Home page layout", 103))
    log("update", "/project/2101/3101/", 101, "2024-01-17 09:00", {"priority": "5"}, {"priority": "1"})
    log("close", "/project/2104/3106/", 103, "2024-01-31 17:00")
    log("close", "/project/2101/3103/", 102, "2024-02-01 16:20")
    log("post", "/project/2102/", 102, "2024-02-02 14:40", posted("Mobile app beta", None))
    log("post", "/project/2102/3104/", 102, "2024-02-05 11:00", posted("Beta sign-up form", 104))
    log("post", "/project/2103/", 101, "2024-03-11 11:05", posted("Office relocation", 104))
