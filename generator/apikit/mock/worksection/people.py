"""The account's members and teams: get_users, add_user, get_user_groups, add_user_group, the members'
schedules (get_users_schedule, update_users_schedule) and the token holder's own profile (me).

Members are who creates, manages and works on projects and tasks; other families embed one with
:func:`person_out`. A member belongs to a team by the team's name (``group``, as every answer shows it
and as add_user takes it), so a snapshot's people stand on their own.

Demo data: the team "Northwind Studio" (301, the company's) and the client team "Harbor Foods" (302);
members 101 Olivia Brandt (Owner, the demo access token's user), 102 Marcus Lee (Account admin),
103 Priya Raman and 104 Tomás Ortega (User), all of Northwind Studio, with a few marked days
(vacations, a sick leave, a worked day off).

Choices where the vendor is silent (see the family notes): add_user with an address already a member
answers that member unchanged; a ``group`` no team has creates the team; team names compare without
regard to letter case; an unknown member in ``users`` or ``data`` is refused with 11 ``Invalid email``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any

from apikit.mock.records import checked, one_of, wire
from apikit.mock.worksection.account import Account, Row, collection
from apikit.mock.worksection.actions import INPUT_DATE_FORMAT, Ctx, User, action, date_out, date_time_out, ok
from apikit.mock.worksection.errors import TokenRefused, invalid_email, invalid_value, required

NO_MANAGER: Row = {"id": "0", "email": "NOONE", "name": "Manager isn't assigned"}

ROLES = ("Owner", "Account admin", "Team admin", "Department admin", "User", "Guest", "Reader")
"""Roles as the service spells them in answers (recorded capitalised)."""
INVITE_ROLES = {"user": "User", "guest": "Guest", "reader": "Reader"}
"""add_user's ``role`` values and the role each gives."""
DEFAULT_RATE = 11
"""The hourly rate a new member gets (recorded for add_user without a rate; presumably the account's)."""
STOCK_AVATAR = "https://demo.worksection.com/images/user/0f.gif"
CONTACT_FIELDS = ("phone", "phone2", "phone3", "phone4", "address", "address2")
"""Shown only when filled in (recorded)."""

SCHEDULE_MARKS = ("vacation", "sick-leave", "workday")
UNSET = "unset"
ISO_DATE_FORMAT = "%Y-%m-%d"


def _marks_problem(schedule: Mapping[date, str]) -> str | None:
    bad = [mark for mark in schedule.values() if mark not in SCHEDULE_MARKS]
    return f"expected each day marked {', '.join(SCHEDULE_MARKS)}" if bad else None


def _not_negative(value: int | float) -> str | None:
    return "expected a number of at least 0" if value < 0 else None


# --- records ------------------------------------------------------------------------------------------


@collection("people", kind="person", first_id=101)
@dataclass(frozen=True)
class Person:
    id: int
    name: str
    email: str
    first_name: str | None = None
    """None: the first word of ``name``."""
    last_name: str | None = None
    """None: the rest of ``name``."""
    title: str = ""
    rate: int | float = field(default=DEFAULT_RATE, metadata=checked(_not_negative))
    avatar: str = STOCK_AVATAR
    group: str = ""
    """The member's team, by name."""
    department: str = ""
    role: str = field(default="User", metadata=one_of(*ROLES))
    phone: str = ""
    phone2: str = ""
    phone3: str = ""
    phone4: str = ""
    address: str = ""
    address2: str = ""
    added: datetime | None = field(default=None, metadata=wire("date_added"))
    schedule: Mapping[date, str] = field(default_factory=dict, metadata=checked(_marks_problem))
    """Marked days of the member's "Schedule" window; unmarked days are ordinary ones."""


@collection("teams", kind="team", first_id=301)
@dataclass
class Team:
    id: int
    title: str
    client: bool = False
    """A client's team rather than one of the company."""


# --- demo data ----------------------------------------------------------------------------------------

STUDIO = "Northwind Studio"


def seed(account: Account) -> None:
    account.add("teams", Team(301, STUDIO))
    account.add("teams", Team(302, "Harbor Foods", client=True))
    for person in (
        Person(
            101,
            "Olivia Brandt",
            "olivia.brandt@example.com",
            title="Managing director",
            rate=60,
            avatar="https://demo.worksection.com/images/user/101/olivia.jpg",
            group=STUDIO,
            department="Management",
            role="Owner",
            phone="+1 555 0100",
            address="12 Harbour Street, Port Alder",
            added=datetime(2023, 10, 2, 9, 0),
        ),
        Person(
            102,
            "Marcus Lee",
            "marcus.lee@example.com",
            title="Project manager",
            rate=45,
            group=STUDIO,
            department="Delivery",
            role="Account admin",
            added=datetime(2023, 10, 2, 9, 30),
            schedule={date(2024, 6, 1): "workday"},
        ),
        Person(
            103,
            "Priya Raman",
            "priya.raman@example.com",
            title="Designer",
            rate=40,
            group=STUDIO,
            department="Design",
            phone="+1 555 0103",
            phone2="+1 555 0199",
            added=datetime(2023, 11, 6, 10, 0),
            schedule={date(2024, 8, 5): "vacation", date(2024, 8, 6): "vacation"},
        ),
        Person(
            104,
            "Tomás Ortega",
            "tomas.ortega@example.com",
            title="Developer",
            rate=38,
            group=STUDIO,
            department="Engineering",
            added=datetime(2024, 1, 8, 8, 45),
            schedule={date(2024, 3, 18): "sick-leave"},
        ),
    ):
        account.add("people", person)


# --- lookups, shared with other families ---------------------------------------------------------------


def person_out(person: Person) -> Row:
    """A person as answers embed one (author, manager, assignee, team member)."""
    return {"id": str(person.id), "email": person.email, "name": person.name}


def person_by_email(account: Account, email: str) -> Person | None:
    """The account's person with this e-mail address (case ignored), if any."""
    wanted = email.strip().lower()
    return next((p for p in account.records("people") if p.email.lower() == wanted), None)


def member_by_email(account: Account, value: str) -> Person:
    """The member with this address; code 11 (``Invalid email``, the value as given) otherwise."""
    person = person_by_email(account, value)
    if person is None:
        raise invalid_email(value)
    return person


def account_owner(account: Account) -> Person | None:
    """The account's owner: the first member with that role, else the member with the lowest id."""
    people: list[Person] = account.records("people")
    return next((p for p in people if p.role == "Owner"), people[0] if people else None)


def member(account: Account, reference: Any) -> Person:
    """The member an id or an e-mail address names; 11 ``Invalid email`` naming it otherwise."""
    text = str(reference).strip()
    found = account.find("people", int(text)) if text.isascii() and text.isdigit() else None
    found = found or person_by_email(account, text)
    if found is None:
        raise invalid_email(text)
    person: Person = found
    return person


# --- answers ------------------------------------------------------------------------------------------


def names_of(person: Person) -> tuple[str, str]:
    """First and last name: as set, else ``name`` split at its first space."""
    first, _, last = person.name.partition(" ")
    return (
        first if person.first_name is None else person.first_name,
        last if person.last_name is None else person.last_name,
    )


def profile_out(person: Person) -> Row:
    """The fields get_users and me share, phones and addresses only when set (as recorded)."""
    first, last = names_of(person)
    out: Row = {
        "id": str(person.id),
        "first_name": first,
        "last_name": last,
        "name": person.name,
        "title": person.title,
        "avatar": person.avatar,
        "group": person.group,
        "department": person.department,
        "role": person.role,
        "email": person.email,
    }
    out.update({name: getattr(person, name) for name in CONTACT_FIELDS if getattr(person, name)})
    return out


def user_out(person: Person) -> Row:
    """A member as get_users and add_user answer it: the profile with the rate, and the day it joined
    (shown to admin callers only, which these actions always have)."""
    out = profile_out(person)
    out["rate"] = person.rate
    if person.added is not None:
        out["date_added"] = date_time_out(person.added)
    return out


def team_out(team: Team) -> Row:
    return {"id": str(team.id), "title": team.title, "type": "company", "client": int(team.client)}


# --- members ------------------------------------------------------------------------------------------


@action("get_users")
def get_users(ctx: Ctx) -> Row:
    return ok([user_out(person) for person in ctx.account.records("people")])


@action("add_user")
def add_user(ctx: Ctx) -> Row:
    email = ctx.need("email").strip()
    if not looks_like_one_address(email):
        raise invalid_email(email)
    existing = person_by_email(ctx.account, email)
    if existing is not None:  # the vendor's answer is unknown: the member stays as is
        return ok(user_out(existing))
    team = ctx.text("group")
    if team is not None and team.strip():
        team = team_named(ctx.account, team).title
    else:
        owner = account_owner(ctx.account)
        team = owner.group if owner is not None else ""
    person = invited(ctx, ctx.account.new_id("people"), email, team)
    return ok(user_out(ctx.account.add("people", person)))


def invited(ctx: Ctx, person_id: int, email: str, team: str) -> Person:
    """A new member from add_user's parameters; names default to the address's local part split at
    its first dot (recorded: ``kate.greenway@...`` gave ``kate`` and ``greenway``)."""
    local_first, _, local_last = email.partition("@")[0].partition(".")
    first = ctx.text("first_name", local_first) or ""
    last = ctx.text("last_name", local_last) or ""
    return Person(
        person_id,
        f"{first} {last}".strip() or email,
        email,
        first_name=first,
        last_name=last,
        title=ctx.text("title", "") or "",
        group=team,
        department=ctx.text("department", "") or "",
        role=INVITE_ROLES[ctx.text("role", "user") or "user"],
        added=ctx.now,
    )


ONE_ADDRESS = re.compile(r"^[^@\s,;]+@[^@\s,;]+\.[^@\s,;]+$")


def looks_like_one_address(text: str) -> bool:
    """One e-mail address (the schema's format check has run; this catches lists like ``a@x,b@y``)."""
    return ONE_ADDRESS.match(text) is not None


def team_named(account: Account, title: str, client: bool = False) -> Team:
    """The team of that name (letter case ignored), made when there is none."""
    wanted = title.strip()
    for team in account.records("teams"):
        if team.title.lower() == wanted.lower():
            found: Team = team
            return found
    return account.add("teams", Team(account.new_id("teams"), wanted, client))


@action("get_user_groups")
def get_user_groups(ctx: Ctx) -> Row:
    return ok([team_out(team) for team in ctx.account.records("teams")])


@action("add_user_group", meanings={"client": str})
def add_user_group(ctx: Ctx) -> Row:
    title = ctx.need("title")
    if not title.strip():
        raise required("title")
    return ok(team_out(team_named(ctx.account, title, client=ctx.flag("client") or False)))


# --- schedules ----------------------------------------------------------------------------------------


def listed(value: Any) -> list[Any]:
    """A list parameter: a JSON array as is, a comma-separated text split into its trimmed words."""
    if isinstance(value, list):
        return value
    return [word.strip() for word in str(value).split(",") if word.strip()]


def selected_members(ctx: Ctx) -> list[Person]:
    """The members ``users`` names (each once, in id order), or every member when it is not given."""
    if not ctx.given("users"):
        return list(ctx.account.records("people"))
    chosen = {
        person.id: person for person in (member(ctx.account, ref) for ref in listed(ctx.params["users"]))
    }
    return [chosen[person_id] for person_id in sorted(chosen)]


def schedule_out(person: Person, start: date | None, end: date | None) -> Row:
    days = {
        date_out(day): mark
        for day, mark in sorted(person.schedule.items())
        if (start is None or day >= start) and (end is None or day <= end)
    }
    return {
        "id": str(person.id),
        "email": person.email,
        "name": person.name,
        "group": person.group,
        "department": person.department,
        "schedule": days or [],  # the service is PHP: an empty map comes as []
    }


@action("get_users_schedule", meanings={"users": lambda value: [str(v) for v in listed(value)]})
def get_users_schedule(ctx: Ctx) -> Row:
    start, end = ctx.date("datestart"), ctx.date("dateend")
    members = selected_members(ctx)
    return ok({str(p.id): schedule_out(p, start, end) for p in members} or [])


def schedule_changes(ctx: Ctx) -> dict[int, dict[date, str]]:
    """``data`` as {member id: {day: mark or "unset"}}, every member, day and value checked first, so
    that a bad entry changes nothing."""
    data = ctx.params.get("data")
    if isinstance(data, str):  # the query form carries the object as JSON text
        try:
            data = json.loads(data)
        except ValueError:
            raise invalid_value("data: not JSON text") from None
    if not isinstance(data, Mapping) or not data:
        raise invalid_value("data: expected an object of members, each an object of days")
    changes: dict[int, dict[date, str]] = {}
    for reference, days in data.items():
        person = member(ctx.account, reference)
        if not isinstance(days, Mapping) or not days:
            raise invalid_value(f"data[{reference}]: expected an object of days")
        changes.setdefault(person.id, {}).update(
            (schedule_day(reference, day), schedule_mark(reference, day, mark)) for day, mark in days.items()
        )
    return changes


def schedule_day(reference: str, text: str) -> date:
    for form in (INPUT_DATE_FORMAT, ISO_DATE_FORMAT):
        try:
            return datetime.strptime(text, form).date()
        except ValueError:
            continue
    raise invalid_value(f"data[{reference}]: {text} is not a date (DD.MM.YYYY or YYYY-MM-DD)")


def schedule_mark(reference: str, day: str, mark: Any) -> str:
    if mark not in (*SCHEDULE_MARKS, UNSET):
        raise invalid_value(
            f"data[{reference}][{day}]: expected one of {', '.join((*SCHEDULE_MARKS, UNSET))}"
        )
    return str(mark)


def marked(schedule: Mapping[date, str], changes: Mapping[date, str]) -> tuple[dict[date, str], int, int]:
    """The schedule after the changes, with how many days got a first mark and how many changed or
    lost theirs (setting the mark a day has, or unsetting an unmarked day, counts as nothing)."""
    days, added, updated = dict(schedule), 0, 0
    for day, mark in changes.items():
        before = days.get(day)
        if mark == UNSET:
            updated += before is not None
            days.pop(day, None)
        elif before != mark:
            added += before is None
            updated += before is not None
            days[day] = mark
    return days, added, updated


@action("update_users_schedule", meanings={"data": lambda v: json.loads(v) if isinstance(v, str) else v})
def update_users_schedule(ctx: Ctx) -> Row:
    people = ctx.account.table("people")
    added = updated = 0
    for person_id, changes in schedule_changes(ctx).items():
        days, new, changed = marked(people[person_id].schedule, changes)
        people[person_id] = replace(people[person_id], schedule=days)
        added, updated = added + new, updated + changed
    return ok([], message=f"Days added: {added}, days updated: {updated}")


# --- the token holder ---------------------------------------------------------------------------------


def token_holder(ctx: Ctx) -> Person:
    """The member a user-token call acts as; a token whose member is gone is no longer valid."""
    person: Person | None = (
        ctx.account.find("people", ctx.caller.user_id) if isinstance(ctx.caller, User) else None
    )
    if person is None:
        raise TokenRefused("Access token is invalid")
    return person


@action("me")
def me(ctx: Ctx) -> Row:
    """The profile as recorded: no rate and no date_added, unlike get_users."""
    return ok(profile_out(token_holder(ctx)))
