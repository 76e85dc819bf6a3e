"""Running timers: the admin's view (get_timers, stop_timer) and the token holder's own timer
(get_my_timer, start_my_timer, stop_my_timer, delete_my_timer).

A member runs at most one timer, on one task. Stopping a timer books the time it ran as a cost line
of its member on its task (:func:`.costs.book`: dated the day it stops, worth the member's rate for
the time); discarding one (delete_my_timer) books nothing. The mock's clock counts whole minutes, so
a timer's ``time`` moves by the minute.

Demo data: timer 5101, Priya Raman on "Home page layout" (3101), started 2024-06-03 09:30. Olivia
Brandt, whose is the demo access token, runs none, so start_my_timer works on a fresh account.

Choices where the vendor is silent: a timer cannot be started on a closed task (8 ``Task is
closed``); delete_my_timer with no timer running answers 7 ``Timer is not started``, as stop_my_timer.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from apikit.mock.records import refers_to, wire
from apikit.mock.worksection.account import Account, Row, collection
from apikit.mock.worksection.actions import Ctx, action, date_time_out, ok
from apikit.mock.worksection.costs import book, task_card, task_named
from apikit.mock.worksection.errors import (
    CODE_TASK_CLOSED,
    CODE_TIMER_NOT_FOUND,
    CODE_TIMER_RUNNING,
    WorksectionError,
)
from apikit.mock.worksection.people import Person, person_out, token_holder
from apikit.mock.worksection.tasks import NOBODY_IN_EVENTS

NOT_STARTED = "Timer is not started"


@collection("timers", kind="timer", first_id=5101)
@dataclass
class Timer:
    id: int
    task: int = field(metadata=refers_to("task"))
    user: int = field(metadata=wire("user_from") | refers_to("person"))
    started: datetime = field(metadata=wire("date_started"))


def seed(account: Account) -> None:
    account.add("timers", Timer(5101, 3101, 103, datetime(2024, 6, 3, 9, 30)))


# --- answers ------------------------------------------------------------------------------------------


def seconds_run(timer: Timer, now: datetime) -> int:
    """How long the timer has run; never negative, should the clock be set before its start."""
    return max(0, int((now - timer.started).total_seconds()))


def clock_out(seconds: int) -> str:
    """``HH:MM:SS`` (hours may exceed 99), as get_timers shows a timer's time."""
    return f"{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


def timer_task(account: Account, timer: Timer) -> Row:
    card = task_card(account, account.table("tasks")[timer.task], with_closed=False)
    if card["user_to"]["email"] == "NOONE":  # timers' schema knows "nobody" only with the id 0
        card["user_to"] = dict(NOBODY_IN_EVENTS)
    return card


def timer_out(account: Account, timer: Timer, now: datetime) -> Row:
    return {
        "id": str(timer.id),
        "time": clock_out(seconds_run(timer, now)),
        "date_started": date_time_out(timer.started),
        "user_from": person_out(account.table("people")[timer.user]),
        "task": timer_task(account, timer),
    }


def my_timer_out(account: Account, timer: Timer, now: datetime) -> Row:
    """The token holder's timer as recorded: seconds as a number, no id and no member."""
    return {
        "time": seconds_run(timer, now),
        "date_started": date_time_out(timer.started),
        "task": timer_task(account, timer),
    }


# --- the admin's view ---------------------------------------------------------------------------------


@action("get_timers")
def get_timers(ctx: Ctx) -> Row:
    """Newest timer first (recorded)."""
    timers = sorted(ctx.account.records("timers"), key=lambda timer: -timer.id)
    return ok([timer_out(ctx.account, timer, ctx.now) for timer in timers])


def stopped(ctx: Ctx, timer: Timer, comment: str) -> None:
    """The timer gone, its time booked as a cost line of its member on its task, dated today."""
    del ctx.account.table("timers")[timer.id]
    task = ctx.account.table("tasks")[timer.task]
    person: Person = ctx.account.table("people")[timer.user]
    minutes = seconds_run(timer, ctx.now) // 60
    book(ctx.account, task, person, minutes, ctx.now.date(), comment, from_timer=True)


@action("stop_timer")
def stop_timer(ctx: Ctx) -> Row:
    timer: Timer | None = ctx.account.find("timers", ctx.need_id("timer"))
    if timer is None:
        raise WorksectionError(CODE_TIMER_NOT_FOUND, "Timer not found")
    stopped(ctx, timer, "")
    return ok()


# --- the token holder's own timer ---------------------------------------------------------------------


def timer_of(account: Account, person: Person) -> Timer | None:
    return next((timer for timer in account.records("timers") if timer.user == person.id), None)


def running_timer_of(ctx: Ctx) -> Timer:
    timer = timer_of(ctx.account, token_holder(ctx))
    if timer is None:
        raise WorksectionError(CODE_TIMER_NOT_FOUND, NOT_STARTED)
    return timer


@action("get_my_timer")
def get_my_timer(ctx: Ctx) -> Row:
    """The running timer, or ``[]`` when none runs (not recorded; what both 2026 clients read as none)."""
    timer = timer_of(ctx.account, token_holder(ctx))
    return ok(my_timer_out(ctx.account, timer, ctx.now) if timer is not None else [])


@action("start_my_timer")
def start_my_timer(ctx: Ctx) -> Row:
    person = token_holder(ctx)
    task = task_named(ctx, "id_task")
    if timer_of(ctx.account, person) is not None:
        raise WorksectionError(CODE_TIMER_RUNNING, "Timer is already started")
    if task.state == "done":
        raise WorksectionError(CODE_TASK_CLOSED, "Task is closed")
    ctx.account.add("timers", Timer(ctx.account.new_id("timers"), task.id, person.id, ctx.now))
    return ok()


@action("stop_my_timer")
def stop_my_timer(ctx: Ctx) -> Row:
    stopped(ctx, running_timer_of(ctx), ctx.text("comment", "") or "")
    return ok()


@action("delete_my_timer")
def delete_my_timer(ctx: Ctx) -> Row:
    del ctx.account.table("timers")[running_timer_of(ctx).id]
    return ok()
