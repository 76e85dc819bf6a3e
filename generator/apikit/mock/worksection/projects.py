"""Projects: listing, reading, creating, changing, archiving and reactivating them, their teams and
tags (get_projects, get_project, post_project, update_project, close_project, activate_project,
add_project_members, delete_project_members, update_project_tags), the folders they are filed in
(get_project_groups, add_project_group) and the account's project custom fields
(get_project_custom_fields). Tag records and the tag catalogue actions are in :mod:`.project_tags`,
the activity log in :mod:`.events`.

Descriptions are stored as HTML; ``extra=text`` gives them as plain text made from that HTML,
``extra=html`` as stored (the spec refuses a list naming both). ``filter`` takes the words ``status``
shows (``active``, ``pending``, ``archive``); the documented ``archived`` is refused with code 11 by the
spec's enum, as the spec's erratum on ``filter`` explains.

Choices where the vendor's behaviour is not known (the spec's open questions):

- a project's folder is kept by title (``company``); a ``company`` that names no folder files the project
  in a new user folder of that name; without one it goes to the account's own team folder (the first
  team folder that is not a client's);
- the author (the account owner unless ``email_user_from``) and the manager join the team;
- a request may turn on at most one of the three cost rules (code 11 otherwise); turning one on turns
  the other two off, as they exclude each other;
- an empty optional parameter of update_project changes nothing (``tags=`` keeps the tags), but an
  empty ``title`` is refused as on post_project; archived and pending projects can be changed;
  activate_project wakes a pending project too;
- adding a member twice or removing a non-member is nothing to do, answered ok; teams are kept in id
  order, as recorded;
- post_project and update_project answer ``options`` with ``extra=options`` (the only value the spec
  takes there), never the description or the team.

post_project logs a ``post`` event (``new``: title, manager); update_project an ``update`` event when the
title, manager or due date changed. Closing and reactivating a project are not logged (the log has no
such kinds for projects).

Demo data: the projects of the package docstring; folders 4401 Product and 4402 Marketing (the
company's own teams; Product is the default), 4403 Operations and 4404 Finance (user folders), 4405
Bluebird Foods (a client's team); custom fields 61 Region (a list) and 62 Cost centre (text).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from html.parser import HTMLParser
from typing import Any

from apikit.mock.records import checked, one_of, refers_to, wire
from apikit.mock.worksection.account import Account, Row, collection
from apikit.mock.worksection.actions import Ctx, action, date_out, date_time_out, ok
from apikit.mock.worksection.errors import (
    CODE_ALREADY,
    CODE_INVALID_VALUE,
    WorksectionError,
    project_not_found,
    required,
)
from apikit.mock.worksection.events import acting_person, record_event, user_to_shown
from apikit.mock.worksection.people import NO_MANAGER, Person, member_by_email, person_out
from apikit.mock.worksection.project_tags import listed, resolve_tags, tags_with

OPTION_NAMES = (
    "allow_close",
    "allow_give",
    "allow_term",
    "allow_limit",
    "require_term",
    "require_tag",
    "require_limit",
    "require_hidden",
    "deny_comments_edit",
    "deny_task_edit",
    "deny_task_delete",
    "time_require",
    "time_today",
    "timer_only",
)
COST_RULES = ("time_require", "time_today", "timer_only")  # the service lets at most one be on

PROJECT_STATES = ("active", "pending", "archive")
FOLDER_TYPES = ("folder", "company")
MAX_DESCRIPTION = 65_536  # the service cuts longer descriptions silently
COST_RULES_REFUSED = (
    "Only one parameter (options.time_require or options.time_today or options.timer_only) can be set as 1."
)


# --- records ------------------------------------------------------------------------------------------


def _options_problem(options: Mapping[str, int]) -> str | None:
    """All fourteen flags, each 0 or 1, at most one cost rule on (see :func:`restriction_options`)."""
    missing = [name for name in OPTION_NAMES if name not in options]
    unknown = [name for name in options if name not in OPTION_NAMES]
    if missing or unknown:
        return f"expected the flags {', '.join(OPTION_NAMES)}" + (
            f"; missing {', '.join(missing)}" if missing else f"; unknown {', '.join(unknown)}"
        )
    if any(value not in (0, 1) for value in options.values()):
        return "expected each flag 0 or 1"
    try:
        restriction_options(*(name for name, value in options.items() if value))
    except ValueError as exc:
        return str(exc)
    return None


def _not_negative(value: Any) -> str | None:
    return "expected a number of at least 0" if value is not None and value < 0 else None


def _positive_keys(tags: Mapping[int, str]) -> str | None:
    return "expected tag ids above 0" if any(tag_id < 1 for tag_id in tags) else None


@collection("projects", kind="project", first_id=2101)
@dataclass
class Project:
    id: int
    name: str
    state: str = field(metadata=wire("status") | one_of(*PROJECT_STATES))
    folder: str = field(metadata=wire("company"))
    author: int = field(metadata=wire("user_from") | refers_to("person"))
    manager: int | None = field(metadata=wire("user_to") | refers_to("person"))
    description_html: str = field(metadata=wire("text"))
    added: datetime = field(metadata=wire("date_added"))
    options: Mapping[str, int] = field(metadata=checked(_options_problem))
    team: list[int] = field(metadata=wire("users") | refers_to("person"))
    closed: datetime | None = field(default=None, metadata=wire("date_closed"))
    start: date | None = field(default=None, metadata=wire("date_start"))
    end: date | None = field(default=None, metadata=wire("date_end"))
    max_time: int | float | None = field(default=None, metadata=checked(_not_negative))
    max_money: int | float | None = field(default=None, metadata=checked(_not_negative))
    tags: Mapping[int, str] = field(default_factory=dict, metadata=checked(_positive_keys))
    """Tag names by id, as they were when set (the tag records are in :mod:`.project_tags`)."""


def _client_problem(value: int | None) -> str | None:
    return None if value in (None, 0, 1) else "expected 0 or 1"


@collection("project_groups", kind="project_group", first_id=4401)
@dataclass
class ProjectGroup:
    """A project folder: a user folder (``folder``) or a team's (``company``, with ``client``)."""

    id: int
    title: str
    kind: str = field(metadata=wire("type") | one_of(*FOLDER_TYPES))
    client: int | None = field(default=None, metadata=checked(_client_problem))
    """Team folders only: 1 for a client's team, 0 (or None) for the company's own."""


@collection("project_custom_fields", kind="project_custom_field", first_id=61)
@dataclass
class ProjectCustomField:
    """A custom field of projects, as the vendor's 2026 clients model one (no action creates them)."""

    id: int
    kind: str = field(metadata=wire("type"))
    name: str
    descr: str = ""
    options: list[str] = field(default_factory=list)


def restriction_options(*enabled: str) -> dict[str, int]:
    """All fourteen flags, 1 for those named; refuses what the service refuses (two cost rules)."""
    unknown = set(enabled) - set(OPTION_NAMES)
    if unknown:
        raise ValueError(f"unknown project options: {sorted(unknown)}")
    if len(set(enabled) & set(COST_RULES)) > 1:
        raise ValueError(f"at most one of {', '.join(COST_RULES)} can be on")
    return {name: int(name in enabled) for name in OPTION_NAMES}


def seed(account: Account) -> None:
    """The demo folders, custom fields and projects (see the package docstring)."""
    for folder in (
        ProjectGroup(4401, "Product", "company", client=0),
        ProjectGroup(4402, "Marketing", "company", client=0),
        ProjectGroup(4403, "Operations", "folder"),
        ProjectGroup(4404, "Finance", "folder"),
        ProjectGroup(4405, "Bluebird Foods", "company", client=1),
    ):
        account.add("project_groups", folder)
    for custom_field in (
        ProjectCustomField(
            61, "select", "Region", "Sales region of the client", ["North", "South", "East", "West"]
        ),
        ProjectCustomField(62, "text", "Cost centre", "Where the project's costs are booked"),
    ):
        account.add("project_custom_fields", custom_field)
    account.add(
        "projects",
        Project(
            id=2101,
            name="Website redesign",
            state="active",
            folder="Marketing",
            author=101,
            manager=102,
            description_html=(
                "<p>New layout and copy for the <b>public</b> site.</p>"
                "<ul><li>Home page</li><li>Pricing &amp; plans</li></ul>"
            ),
            added=datetime(2024, 1, 8, 9, 15),
            start=date(2024, 1, 15),
            end=date(2024, 6, 28),
            options=restriction_options(
                "allow_close", "allow_give", "require_term", "deny_task_delete", "time_require"
            ),
            max_time=320,
            max_money=12800,
            tags={5501: "web", 5502: "priority"},
            team=[101, 102, 103],
        ),
    )
    account.add(
        "projects",
        Project(
            id=2102,
            name="Mobile app beta",
            state="active",
            folder="Product",
            author=102,
            manager=None,
            description_html="",
            added=datetime(2024, 2, 2, 14, 40),
            closed=datetime(2024, 3, 1, 18, 0),  # closed once, then activated again
            options=restriction_options("allow_close", "time_today"),
            team=[102, 104],
        ),
    )
    account.add(
        "projects",
        Project(
            id=2103,
            name="Office relocation",
            state="pending",
            folder="Operations",
            author=101,
            manager=104,
            description_html="<p>Move to the new office on <i>Harbour Street</i>.<br>Network first.</p>",
            added=datetime(2024, 3, 11, 11, 5),
            start=date(2024, 9, 2),
            options=restriction_options(),
            max_money=5000.5,
            tags={5503: "facilities"},
            team=[101, 104],
        ),
    )
    account.add(
        "projects",
        Project(
            id=2104,
            name="Annual report 2023",
            state="archive",
            folder="Finance",
            author=103,
            manager=103,
            description_html="<p>Figures and commentary for the 2023 report.</p>",
            added=datetime(2023, 11, 20, 8, 30),
            closed=datetime(2024, 2, 29, 17, 45),
            start=date(2023, 12, 1),
            end=date(2024, 2, 29),
            options=restriction_options("allow_close", "require_limit", "timer_only"),
            max_time=80,
            team=[103],
        ),
    )


# --- parameters ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Extras:
    """What ``extra`` asks for: the description (``"text"``, ``"html"`` or None), options, team."""

    description: str | None = None
    options: bool = False
    users: bool = False


def parse_extra(value: str | None) -> Extras:
    """``"text, options"`` -> Extras("text", options=True); the spec has checked the words and that at
    most one of ``text`` and ``html`` is named."""
    words = {word.strip() for word in value.split(",")} if value else set()
    description = "html" if "html" in words else "text" if "text" in words else None
    return Extras(description, "options" in words, "users" in words)


class _TextOfHtml(HTMLParser):
    """Plain text of an HTML fragment: tags dropped, entities resolved, blocks on their own lines."""

    BLOCKS = frozenset({"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "tr", "blockquote"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def plain_text(html: str) -> str:
    parser = _TextOfHtml()
    parser.feed(html)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).splitlines())
    return "\n".join(line for line in lines if line)


def write_extras(value: str | None) -> Extras:
    """``extra`` of post_project/update_project: the flags or nothing (the spec's enum has checked it)."""
    return Extras(options=value == "options")


def addresses(value: Any) -> tuple[str, ...]:
    """How two ``members`` values compare: the same addresses (case ignored) in the same order."""
    return tuple(address.lower() for address in listed(value))


WRITE_MEANINGS = {"members": addresses, "extra": write_extras}


def project_of(ctx: Ctx) -> Project:
    """The project ``id_project`` names; an unknown id is refused with 4 (recorded for get_project)."""
    project: Project | None = ctx.account.find("projects", ctx.need_id("id_project"))
    if project is None:
        raise project_not_found()
    return project


def users_listed(ctx: Ctx, name: str) -> list[Person]:
    """The users a list parameter names, each once; the first address of no user is refused."""
    return [member_by_email(ctx.account, address) for address in listed(ctx.params.get(name))]


def optional_user(ctx: Ctx, name: str) -> Person | None:
    address = ctx.text(name)
    return None if address is None else member_by_email(ctx.account, address)


def check_task_assignee(ctx: Ctx) -> None:
    """``email_user_to`` (the default assignee of new tasks) must be ANY, NOONE or a user. It is not
    kept: no action answers it, and a field for it would change every project's snapshot."""
    value = ctx.text("email_user_to")
    if value is not None and value not in ("ANY", "NOONE"):
        member_by_email(ctx.account, value)


def required_title(ctx: Ctx) -> str:
    """``title`` without surrounding spaces; missing, empty or only spaces is refused with 10."""
    title = str(ctx.params.get("title") or "").strip()
    if not title:
        raise required("title")
    return title


def new_title(ctx: Ctx) -> str | None:
    """update_project's ``title``: None when left out; given, it must not be empty (a project keeps a
    name)."""
    return None if ctx.params.get("title") is None else required_title(ctx)


def flag_changes(ctx: Ctx) -> dict[str, int]:
    """The restriction flags the call sets (``options.<name>``), 1 or 0."""
    changes: dict[str, int] = {}
    for name in OPTION_NAMES:
        value = ctx.flag(f"options.{name}")
        if value is not None:
            changes[name] = int(value)
    return changes


def options_after(current: Mapping[str, int], changes: Mapping[str, int]) -> dict[str, int]:
    """The flags once ``changes`` are made. More than one cost rule turned on is refused with 11
    (recorded); the one turned on turns the other two off, since they exclude each other."""
    turned_on = [name for name in COST_RULES if changes.get(name) == 1]
    if len(turned_on) > 1:
        raise WorksectionError(CODE_INVALID_VALUE, COST_RULES_REFUSED)
    merged = {name: current.get(name, 0) for name in OPTION_NAMES} | dict(changes)
    for name in COST_RULES:
        if turned_on and name != turned_on[0]:
            merged[name] = 0
    return merged


def team_with(team: list[int], *people: int | None) -> list[int]:
    """The team with these people added, in id order (as recorded)."""
    return sorted(set(team) | {person for person in people if person is not None})


# --- folders ------------------------------------------------------------------------------------------


def folder_titled(account: Account, title: str) -> ProjectGroup | None:
    folders: list[ProjectGroup] = account.records("project_groups")
    return next((folder for folder in folders if folder.title == title), None)


def filed_in(account: Account, title: str | None) -> str:
    """The folder a new project goes to: the one titled so (made as a user folder when there is none),
    or the account's own team folder."""
    if title is None:
        return default_folder(account).title
    return (folder_titled(account, title) or new_folder(account, title)).title


def default_folder(account: Account) -> ProjectGroup:
    """The account's own team folder: its first team folder that is not a client's (the recording files
    a project without ``company`` in the account's own team); a user folder is made when none exists."""
    folders: list[ProjectGroup] = account.records("project_groups")
    own = [folder for folder in folders if folder.kind == "company" and not folder.client]
    return own[0] if own else folder_titled(account, "Projects") or new_folder(account, "Projects")


def new_folder(account: Account, title: str) -> ProjectGroup:
    return account.add("project_groups", ProjectGroup(account.new_id("project_groups"), title, "folder"))


def folder_out(folder: ProjectGroup) -> Row:
    out: Row = {"id": str(folder.id), "title": folder.title, "type": folder.kind}
    if folder.kind == "company":
        out["client"] = folder.client or 0
    return out


# --- output -------------------------------------------------------------------------------------------


def project_out(project: Project, people: Mapping[int, Person], extras: Extras) -> Row:
    """A project as get_projects shows it: optional fields only when set or asked for."""
    manager = people[project.manager] if project.manager is not None else None
    out: Row = {
        "id": str(project.id),
        "name": project.name,
        "page": f"/project/{project.id}/",
        "status": project.state,
        "company": project.folder,
        "user_from": person_out(people[project.author]),
        "user_to": person_out(manager) if manager is not None else dict(NO_MANAGER),
    }
    if extras.description == "html":
        out["text"] = project.description_html
    elif extras.description == "text":
        out["text"] = plain_text(project.description_html)
    out["date_added"] = date_time_out(project.added)
    if project.closed is not None:
        out["date_closed"] = date_time_out(project.closed)
    if project.start is not None:
        out["date_start"] = date_out(project.start)
    if project.end is not None:
        out["date_end"] = date_out(project.end)
    if extras.options:
        out["options"] = {name: project.options[name] for name in OPTION_NAMES}
    if project.max_time is not None:
        out["max_time"] = project.max_time
    if project.max_money is not None:
        out["max_money"] = project.max_money
    if project.tags:
        out["tags"] = {str(tag_id): name for tag_id, name in sorted(project.tags.items())}
    if extras.users:
        out["users"] = [person_out(people[member]) for member in project.team]
    return out


# --- actions ----------------------------------------------------------------------------------------------


@action("get_projects", meanings={"extra": parse_extra})
def get_projects(ctx: Ctx) -> Row:
    extras = parse_extra(ctx.text("extra"))
    state = ctx.text("filter")  # the spec's enum: the very words of PROJECT_STATES
    people = ctx.account.table("people")
    projects = [p for p in ctx.account.records("projects") if state in (None, p.state)]
    return ok([project_out(project, people, extras) for project in projects])


@action("get_project", meanings={"extra": parse_extra})
def get_project(ctx: Ctx) -> Row:
    project = project_of(ctx)
    return ok(project_out(project, ctx.account.table("people"), parse_extra(ctx.text("extra"))))


@action("post_project", meanings=WRITE_MEANINGS)
def post_project(ctx: Ctx) -> Row:
    """A new active project; everything is checked before anything is made."""
    account = ctx.account
    title = required_title(ctx)
    options = options_after(restriction_options(), flag_changes(ctx))
    author_from = optional_user(ctx, "email_user_from")
    author = author_from.id if author_from is not None else acting_person(ctx)
    manager = optional_user(ctx, "email_manager")
    manager_id = manager.id if manager is not None else None
    check_task_assignee(ctx)
    members = [person.id for person in users_listed(ctx, "members")]
    tags = tags_with(account, {}, resolve_tags(account, listed(ctx.params.get("tags"))))
    start, end = ctx.date("datestart"), ctx.date("dateend")
    max_time, max_money = ctx.number("max_time"), ctx.number("max_money")
    project = Project(
        id=account.new_id("projects"),
        name=title,
        state="active",
        folder=filed_in(account, ctx.text("company")),
        author=author,
        manager=manager_id,
        description_html=(ctx.text("text") or "")[:MAX_DESCRIPTION],
        added=ctx.now,
        options=options,
        team=team_with(members, author, manager_id),
        start=start,
        end=end,
        max_time=max_time,
        max_money=max_money,
        tags=tags,
    )
    account.add("projects", project)
    new = {"title": project.name, "user_to": user_to_shown(account, project.manager)}
    record_event(ctx, "post", "project", project.id, page_of(project), new=new)
    return ok(project_out(project, account.table("people"), write_extras(ctx.text("extra"))))


@action("update_project", meanings=WRITE_MEANINGS)
def update_project(ctx: Ctx) -> Row:
    """The given fields changed, everything checked first; members are added, tags replaced."""
    account = ctx.account
    project = project_of(ctx)
    title = new_title(ctx)
    options = options_after(project.options, flag_changes(ctx))
    manager = optional_user(ctx, "email_manager")
    check_task_assignee(ctx)
    members = [person.id for person in users_listed(ctx, "members")]
    tags = resolve_tags(account, listed(ctx.params.get("tags"))) if ctx.given("tags") else None
    start, end = ctx.date("datestart"), ctx.date("dateend")
    max_time, max_money = ctx.number("max_time"), ctx.number("max_money")

    before = logged_fields(account, project)
    project.name = title or project.name
    project.options = options
    if manager is not None:
        project.manager = manager.id
    project.team = team_with(project.team, *members, project.manager)
    if tags is not None:
        project.tags = tags_with(account, {}, tags)
    project.start = start or project.start
    project.end = end or project.end
    project.max_time = project.max_time if max_time is None else max_time
    project.max_money = project.max_money if max_money is None else max_money
    log_update(ctx, project, before)
    return ok(project_out(project, account.table("people"), write_extras(ctx.text("extra"))))


def logged_fields(account: Account, project: Project) -> dict[str, Any]:
    """The fields of a project the log shows for a change, as it shows them."""
    return {
        "title": project.name,
        "user_to": user_to_shown(account, project.manager),
        "date_end": date_out(project.end) if project.end is not None else "",
    }


def log_update(ctx: Ctx, project: Project, before: Mapping[str, Any]) -> None:
    after = logged_fields(ctx.account, project)
    changed = [name for name in after if after[name] != before[name]]
    if changed:
        new = {name: after[name] for name in changed}
        old = {name: before[name] for name in changed}
        record_event(ctx, "update", "project", project.id, page_of(project), new=new, old=old)


def page_of(project: Project) -> str:
    return f"/project/{project.id}/"


@action("close_project")
def close_project(ctx: Ctx) -> Row:
    project = project_of(ctx)
    if project.state == "archive":
        raise WorksectionError(CODE_ALREADY, "Project is already closed")
    project.state, project.closed = "archive", ctx.now
    return ok()


@action("activate_project")
def activate_project(ctx: Ctx) -> Row:
    """An archived or pending project made active; it keeps its last closing time."""
    project = project_of(ctx)
    if project.state == "active":
        raise WorksectionError(CODE_ALREADY, "Project is already active")
    project.state = "active"
    return ok()


@action("add_project_members", meanings={"members": addresses})
def add_project_members(ctx: Ctx) -> Row:
    project = project_of(ctx)
    people = users_listed(ctx, "members")
    project.team = team_with(project.team, *(person.id for person in people))
    return ok()


@action("delete_project_members", meanings={"members": addresses})
def delete_project_members(ctx: Ctx) -> Row:
    project = project_of(ctx)
    leaving = {person.id for person in users_listed(ctx, "members")}
    project.team = [member for member in project.team if member not in leaving]
    return ok()


@action("update_project_tags")
def update_project_tags(ctx: Ctx) -> Row:
    """Tags in ``plus`` set, those in ``minus`` taken off (minus first); every name checked first."""
    account = ctx.account
    project = project_of(ctx)
    plus = resolve_tags(account, listed(ctx.params.get("plus")))
    minus = {tag.id for tag in resolve_tags(account, listed(ctx.params.get("minus")))}
    kept = {tag_id: name for tag_id, name in project.tags.items() if tag_id not in minus}
    project.tags = tags_with(account, kept, plus)
    return ok()


@action("get_project_groups")
def get_project_groups(ctx: Ctx) -> Row:
    folders: list[ProjectGroup] = ctx.account.records("project_groups")
    return ok([folder_out(folder) for folder in sorted(folders, key=lambda f: (f.title.casefold(), f.id))])


@action("add_project_group")
def add_project_group(ctx: Ctx) -> Row:
    """A user folder with the title, or the folder that has it already (presumed)."""
    title = required_title(ctx)
    return ok(folder_out(folder_titled(ctx.account, title) or new_folder(ctx.account, title)))


@action("get_project_custom_fields")
def get_project_custom_fields(ctx: Ctx) -> Row:
    fields: list[ProjectCustomField] = ctx.account.records("project_custom_fields")
    return ok(
        [
            {"id": f.id, "type": f.kind, "name": f.name, "descr": f.descr, "options": list(f.options)}
            for f in fields
        ]
    )
