"""Tasks: the records, how answers show them, and the task actions.

A task belongs to a project; a subtask has a ``parent`` task of the same project, and tasks nest at
most two levels below a top-level task. Links are ``/project/<project>/<task>/`` and, for a subtask at
either level, ``/project/<project>/<top-level task>/<subtask>/`` (as recorded). Actions here:
get_all_tasks, get_tasks, get_task, post_task, update_task, complete_task, reopen_task, search_tasks
(the filter language is :mod:`.search`), subscribe, unsubscribe, update_task_tags and
get_task_custom_fields. Comments are :mod:`.comments`, the tag vocabulary :mod:`.task_tags`.

Files attached to a task's description or to a comment (``attach[n]`` parts of a multipart post_task
or post_comment, or upload handles in post_task's JSON ``files``) are :class:`Attachment` records;
:func:`attachments` lists them for the files family (get_files, download).

What the vendor leaves open is settled as the spec's notes suggest: the default author is the account's
owner (the person with the lowest id, Olivia Brandt in the demo); the author is subscribed to a new
task besides ``subscribe``; addresses in ``subscribe``, ``hidden`` and ``mention`` that name no member
are ignored (recorded), while ``email_user_from``/``email_user_to``/``email_user`` must name one (code
11 ``Invalid email``); complete_task answers the task as it was before (recorded); reopen_task keeps
``date_closed``; ``tags`` of update_task replaces the task's tags; ``dateclosed`` on an open task is
refused (code 11); search_tasks leaves out archived projects and includes a task's subtasks with
``id_task``. Descriptions are kept as plain text; ``extra=html`` gives them HTML-escaped with ``<br>``
line breaks. Tasks with ``delayed`` publication exist but no call sees them.

Demo data (project: tasks):

- 2101 Website redesign: 3101 Home page layout (assigned to Priya, priority 5, description, dates,
  times, estimates, tags In progress/design/web, depends on 3103, custom value, six comments, files)
  with subtasks 3102 Hero image (its own subtask 3107 Hero image: mobile crop) and 3111 Hero image: alt
  text (done); 3103 Pricing table copy (done).
- 2102 Mobile app beta: 3104 Beta sign-up form (priority 8); 3108 Store listing text (assigned to
  Anyone); 3109 Launch announcement (delayed publication: never shown).
- 2103 Office relocation: 3105 Network plan (nobody assigned). 2104 Annual report 2023 (archived):
  3106 Collect figures (done).
"""

from __future__ import annotations

import base64
import binascii
import html
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any

from apikit.mock.records import checked, one_of, refers_to
from apikit.mock.worksection import events
from apikit.mock.worksection.account import Account, Row, collection
from apikit.mock.worksection.actions import Ctx, action, date_out, date_time_out, ok
from apikit.mock.worksection.errors import (
    CODE_ALREADY,
    CODE_HAS_SUBTASKS,
    CODE_PARENT_DONE,
    CODE_REQUIRED,
    CODE_TASK_CLOSED,
    WorksectionError,
    invalid_value,
    required,
    task_not_found,
)
from apikit.mock.worksection.people import Person, account_owner, member_by_email, person_by_email, person_out
from apikit.mock.worksection.projects import Project, project_of
from apikit.mock.worksection.search import FilterError, TaskFacts, parse_filter
from apikit.mock.worksection.task_tags import comma_words, tag_map, tags_named, with_tags

TASK_STATES = ("active", "done")
RELATION_TYPES = ("finish-to-start", "start-to-start")
MAX_DEPTH = 2
"""Levels below a top-level task: subtask and sub-subtask."""
MAX_LISTED = 10_000
"""The most tasks a list answer holds; beyond it the service refuses the call."""
DEFAULT_PRIORITY = 1

NOBODY: Row = {"id": "1", "email": "NOONE", "name": "Executive isn't assigned"}
ANYONE: Row = {"id": "2", "email": "ANY", "name": "Anyone"}
NOBODY_IN_EVENTS: Row = {"id": "0", "email": "NOONE", "name": "Executive isn't assigned"}
"""get_events shows "nobody" in the form it has for projects (id "0"), the only one its schema takes."""

SEARCH_CRITERIA = ("filter", "id_project", "id_task", "email_user_from", "email_user_to")
"""search_tasks needs one of these, named in this order in its refusal (recorded)."""


# --- records ----------------------------------------------------------------------------------------------


def _priority_problem(value: int) -> str | None:
    return None if 0 <= value <= 10 else "expected a priority from 0 to 10"


def _time_of_day_problem(value: str | None) -> str | None:
    if value is None or re.fullmatch(r"([01][0-9]|2[0-3]):[0-5][0-9]", value):
        return None
    return "expected a time of day HH:MM"


def _not_negative(value: int | float | None) -> str | None:
    return "expected a number of at least 0" if value is not None and value < 0 else None


def _relation_types_problem(relations: Mapping[int, str]) -> str | None:
    if all(kind in RELATION_TYPES for kind in relations.values()):
        return None
    return f"expected each relation one of {', '.join(RELATION_TYPES)}"


def _custom_values_problem(values: Mapping[int, str | int | float]) -> str | None:
    unknown = [field_id for field_id in values if field_id not in CUSTOM_FIELDS]
    return f"no custom field has the id {unknown[0]}" if unknown else None


def _base64_problem(value: str) -> str | None:
    try:
        base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        return "expected the file's bytes in base64"
    return None


@collection("tasks", kind="task", first_id=3101)
@dataclass
class Task:
    id: int
    project: int = field(metadata=refers_to("project"))
    name: str
    state: str = field(metadata=one_of(*TASK_STATES))
    author: int = field(metadata=refers_to("person"))
    added: datetime
    parent: int | None = field(default=None, metadata=refers_to("task"))
    assignee: int | None = field(default=None, metadata=refers_to("person"))
    priority: int = field(default=0, metadata=checked(_priority_problem))
    text: str = ""
    """The description as plain text, checklist items and mentions included."""
    start: date | None = None
    end: date | None = None
    closed: datetime | None = None
    max_time: int | float | None = field(default=None, metadata=checked(_not_negative))
    max_money: int | float | None = field(default=None, metadata=checked(_not_negative))
    anyone: bool = False
    """Assigned to "Anyone" (``assignee`` is then None); neither: assigned to nobody."""
    time_start: str | None = field(default=None, metadata=checked(_time_of_day_problem))
    time_end: str | None = field(default=None, metadata=checked(_time_of_day_problem))
    tags: list[int] = field(default_factory=list, metadata=refers_to("task_tag"))
    subscribers: list[int] = field(default_factory=list, metadata=refers_to("person"))
    visible_to: list[int] = field(default_factory=list, metadata=refers_to("person"))
    """``hidden`` of post_task: the only members who may see the task; empty: the project's team."""
    depends_on: Mapping[int, str] = field(
        default_factory=dict, metadata=refers_to("task") | checked(_relation_types_problem)
    )
    """The tasks this one follows, with the kind of dependency (``relations.from`` in answers)."""
    custom_values: Mapping[int, str | int | float] = field(
        default_factory=dict, metadata=checked(_custom_values_problem)
    )
    """Values of the account's custom fields (:data:`CUSTOM_FIELDS`) by field id."""
    delayed: bool = False
    """Publication delayed: the task is left out of every call."""


@collection("attachments", kind="attachment", first_id=7101)
@dataclass
class Attachment:
    """A file attached to a task's description (``comment`` None) or to one of its comments."""

    id: int
    task: int = field(metadata=refers_to("task"))
    name: str
    author: int = field(metadata=refers_to("person"))
    added: datetime
    comment: int | None = field(default=None, metadata=refers_to("comment"))
    content_type: str = "application/octet-stream"
    data: str = field(default="", metadata=checked(_base64_problem))
    """The file's bytes in base64 (empty for a file attached by an upload handle, whose bytes the
    upload_files call kept)."""

    @property
    def content(self) -> bytes:
        return base64.b64decode(self.data)


@dataclass(frozen=True)
class CustomField:
    id: int
    type: str
    name: str
    descr: str
    options: tuple[str, ...] = ()


CUSTOM_FIELDS: Mapping[int, CustomField] = {
    custom.id: custom
    for custom in (
        CustomField(1, "text", "Client reference", "The client's order or ticket number"),
        CustomField(2, "select", "Channel", "Where the result is published", ("Web", "Print", "Social")),
        CustomField(3, "number", "Story points", "Relative size of the work"),
    )
}
"""The account's task custom fields: fixed (no action creates or changes them)."""


def _demo_bytes(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def seed(account: Account) -> None:
    """Demo tasks (see the module docstring); other families' demo records refer to 3101-3106."""
    for task in (
        Task(
            3101,
            2101,
            "Home page layout",
            "active",
            101,
            datetime(2024, 1, 16, 10, 0),
            assignee=103,
            priority=5,
            text="Wireframes and final layout of the new home page.\r\n• hero section\r\n• feature grid",
            start=date(2024, 1, 22),
            end=date(2024, 2, 16),
            time_start="09:00",
            time_end="17:30",
            max_time=40,
            max_money=1600,
            tags=[6102, 6105, 6110],
            subscribers=[101, 102, 103],
            depends_on={3103: "finish-to-start"},
            custom_values={1: "WEB-2024-01", 2: "Web"},
        ),
        Task(
            3102,
            2101,
            "Hero image",
            "active",
            103,
            datetime(2024, 1, 17, 9, 30),
            parent=3101,
            assignee=103,
            end=date(2024, 2, 2),
            tags=[6101],
            subscribers=[103],
        ),
        Task(
            3103,
            2101,
            "Pricing table copy",
            "done",
            102,
            datetime(2024, 1, 18, 14, 0),
            assignee=102,
            closed=datetime(2024, 2, 1, 16, 20),
            text="Short copy for the three plans.",
            tags=[6104, 6106],
            subscribers=[102],
        ),
        Task(
            3104,
            2102,
            "Beta sign-up form",
            "active",
            102,
            datetime(2024, 2, 5, 11, 0),
            assignee=104,
            priority=8,
            start=date(2024, 2, 12),
            end=date(2024, 2, 23),
            max_time=12.5,
            tags=[6103, 6107],
            subscribers=[102, 104],
        ),
        Task(
            3105,
            2103,
            "Network plan",
            "active",
            101,
            datetime(2024, 3, 12, 9, 0),
            tags=[6108],
            custom_values={3: 5},
        ),
        Task(
            3106,
            2104,
            "Collect figures",
            "done",
            103,
            datetime(2023, 12, 4, 8, 45),
            assignee=103,
            closed=datetime(2024, 1, 31, 17, 0),
        ),
        Task(
            3107,
            2101,
            "Hero image: mobile crop",
            "active",
            103,
            datetime(2024, 1, 18, 11, 15),
            parent=3102,
            assignee=103,
            priority=2,
        ),
        Task(
            3108,
            2102,
            "Store listing text",
            "active",
            102,
            datetime(2024, 2, 6, 15, 30),
            anyone=True,
            priority=1,
            end=date(2024, 2, 20),
        ),
        Task(
            3109,
            2102,
            "Launch announcement",
            "active",
            102,
            datetime(2024, 2, 7, 10, 0),
            priority=1,
            delayed=True,
        ),
        Task(
            3111,
            2101,
            "Hero image: alt text",
            "done",
            101,
            datetime(2024, 1, 19, 13, 0),
            parent=3101,
            assignee=101,
            priority=1,
            closed=datetime(2024, 1, 30, 12, 0),
        ),
    ):
        account.add("tasks", task)
    account.add(
        "attachments",
        Attachment(
            7101,
            3101,
            "home-wireframe.pdf",
            101,
            datetime(2024, 1, 16, 10, 0),
            content_type="application/pdf",
            data=_demo_bytes("%PDF-1.4\n% demo wireframe of the home page\n"),
        ),
    )


# --- links and lookups ------------------------------------------------------------------------------------


def top_level_of(account: Account, task: Task) -> Task:
    current = task
    while current.parent is not None:
        current = account.table("tasks")[current.parent]
    return current


def depth_of(account: Account, task: Task) -> int:
    """0 for a top-level task, 1 for a subtask, 2 for a sub-subtask."""
    depth, current = 0, task
    while current.parent is not None:
        depth, current = depth + 1, account.table("tasks")[current.parent]
    return depth


def task_page(account: Account, task: Task) -> str:
    """``/project/<project>/<task>/``, or ``/project/<project>/<top-level task>/<subtask>/`` for a
    subtask at either level (a sub-subtask is linked under its top-level task, as recorded)."""
    top = top_level_of(account, task)
    if top is task:
        return f"/project/{task.project}/{task.id}/"
    return f"/project/{task.project}/{top.id}/{task.id}/"


def task_brief(account: Account, task: Task) -> Row:
    """A task as other records embed it (a cost's, a timer's, a file's task): id, name, page."""
    return {"id": str(task.id), "name": task.name, "page": task_page(account, task)}


def visible_task(account: Account, task_id: int | None) -> Task | None:
    """The task with this id, unless there is none or its publication is delayed."""
    task: Task | None = account.find("tasks", task_id)
    return task if task is not None and not task.delayed else None


def existing_task(ctx: Ctx, name: str = "id_task") -> Task:
    """The task the parameter names; code 5 (``Task is invalid``) when it names none."""
    task = visible_task(ctx.account, ctx.need_id(name))
    if task is None:
        raise task_not_found()
    return task


def subtasks_of(account: Account, task: Task) -> list[Task]:
    """The task's own subtasks (one level down), in id order."""
    tasks: list[Task] = account.records("tasks")
    return [t for t in tasks if t.parent == task.id and not t.delayed]


# --- people -----------------------------------------------------------------------------------------------


def author_of(ctx: Ctx) -> Person:
    """``email_user_from``, else the account's owner."""
    email = ctx.text("email_user_from")
    if email is not None:
        return member_by_email(ctx.account, email)
    owner = account_owner(ctx.account)
    if owner is None:  # an account restored without members
        raise required("email_user_from")
    return owner


def members_listed(account: Account, value: str | None) -> list[Person]:
    """The members a comma-separated address list names, in order; other addresses are ignored, as the
    service did with an outside address in ``subscribe`` and ``hidden`` (recorded)."""
    found = (person_by_email(account, email) for email in comma_words(value))
    return list({person.id: person for person in found if person is not None}.values())


@dataclass(frozen=True)
class Assignment:
    person: int | None = None
    anyone: bool = False


def assignment_given(ctx: Ctx) -> Assignment | None:
    """``email_user_to``: a member, ``ANY`` or ``NOONE``; None when not given."""
    value = ctx.text("email_user_to")
    if value is None:
        return None
    if value == "NOONE":
        return Assignment()
    if value == "ANY":
        return Assignment(anyone=True)
    return Assignment(member_by_email(ctx.account, value).id)


def assignee_out(account: Account, task: Task) -> Row:
    if task.assignee is not None:
        return person_out(account.table("people")[task.assignee])
    return dict(ANYONE if task.anyone else NOBODY)


# --- what a post says -------------------------------------------------------------------------------------


def todo_items(ctx: Ctx) -> list[str]:
    """The checklist: ``todo`` (JSON body) or ``todo[]`` (query, multipart form), empty items left out."""
    given = ctx.params.get("todo", ctx.params.get("todo[]"))
    items = given if isinstance(given, list) else [] if given is None else [given]
    return [str(item) for item in items if str(item).strip()]


def composed_text(text: str, todo: Sequence[str], mentioned: Sequence[Person]) -> str:
    """The text as the service keeps it (recorded): each checklist item on its own line after a bullet
    (``\\r\\n• item``), then the mentioned members' names, each after a space."""
    composed = text + "".join(f"\r\n• {item}" for item in todo)
    composed = composed.removeprefix("\r\n") if not text else composed
    for person in mentioned:
        composed = f"{composed} {person.name}" if composed else person.name
    return composed


def attach_files(ctx: Ctx, task: Task, author: Person, comment: int | None = None) -> list[Attachment]:
    """The call's ``attach[n]`` file parts, and post_task's JSON ``files`` (upload handles, without an
    ``error``), as attachments of the task or of its comment."""
    added = []
    for upload in ctx.uploads:
        if upload.name.startswith("attach["):
            data = base64.b64encode(upload.data).decode()
            content_type = upload.content_type or "application/octet-stream"
            added.append(_attachment(ctx, task, author, comment, upload.filename, content_type, data))
    for handle in ctx.params.get("files") or []:
        if isinstance(handle, Mapping) and not handle.get("error"):
            added.append(_attachment(ctx, task, author, comment, _handle_name(handle)))
    return added


def _handle_name(handle: Mapping[str, Any]) -> str:
    if handle.get("name"):
        return str(handle["name"])
    return f"{handle['id']}.{handle['ext']}" if handle.get("ext") else str(handle["id"])


def _attachment(
    ctx: Ctx,
    task: Task,
    author: Person,
    comment: int | None,
    name: str,
    content_type: str = "application/octet-stream",
    data: str = "",
) -> Attachment:
    attachment = Attachment(
        ctx.account.new_id("attachments"), task.id, name, author.id, ctx.now, comment, content_type, data
    )
    return ctx.account.add("attachments", attachment)


def attachments_of(account: Account, task: Task, comment: int | None = None) -> list[Attachment]:
    """The files of a task's description (``comment`` None) or of one of its comments, in id order."""
    found: list[Attachment] = account.records("attachments")
    return [a for a in found if a.task == task.id and a.comment == comment]


def file_out(attachment: Attachment) -> Row:
    return {
        "id": str(attachment.id),
        "page": f"/download/{attachment.id}/",
        "name": attachment.name,
        "size": str(len(attachment.content)),
    }


@dataclass(frozen=True)
class AttachedFile:
    """A file attached by post_task or post_comment, as the files family lists and serves it."""

    id: int
    name: str
    size: int
    """In bytes."""
    content_type: str
    data: bytes = field(repr=False)
    added: datetime
    author: int
    """The person who attached it."""
    project: int
    task: int
    comment: int | None
    """The comment it is attached to; None: the task's description."""
    page: str
    """``/download/<id>/``."""


def attachments(account: Account) -> list[AttachedFile]:
    """Every file attached to a task or comment of the account, in id order (ids from 7101 on),
    including those of tasks whose publication is delayed."""
    tasks = account.table("tasks")
    return [
        AttachedFile(
            id=a.id,
            name=a.name,
            size=len(a.content),
            content_type=a.content_type,
            data=a.content,
            added=a.added,
            author=a.author,
            project=tasks[a.task].project,
            task=a.task,
            comment=a.comment,
            page=f"/download/{a.id}/",
        )
        for a in account.records("attachments")
    ]


# --- answers ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Extras:
    """What ``extra`` asks for."""

    description: str | None = None
    """``text`` or ``html`` (the spec refuses a list naming both), or None."""
    files: bool = False
    comments: bool = False
    relations: bool = False
    subtasks: bool = False
    subscribers: bool = False
    custom_fields: bool = False
    archive: bool = False


def parse_extra(value: str | None) -> Extras:
    """``"text, subtasks"`` -> Extras("text", subtasks=True); the spec's pattern has checked the words."""
    words = set(comma_words(value))
    return Extras(
        description="html" if "html" in words else "text" if "text" in words else None,
        files="files" in words,
        comments="comments" in words,
        relations="relations" in words,
        subtasks="subtasks" in words,
        subscribers="subscribers" in words,
        custom_fields="custom_fields" in words,
        archive="archive" in words,
    )


@dataclass(frozen=True)
class View:
    """How much of a task an answer shows."""

    extras: Extras = Extras()
    with_parent: bool = False
    """``parent`` for a subtask (get_task and the answers of the calls that write a task)."""
    short_children: bool = False
    """get_task lists subtasks under ``child`` as short entries (recorded)."""
    active_only: bool = False
    """``filter=active``: done tasks and subtasks are left out."""


def written_view(task: Task, extra: str | None = None) -> View:
    """The view of the calls that write a task: with ``parent``, and ``text`` when it has one (recorded)."""
    asked = parse_extra(extra).description
    return View(Extras(description=(asked or "text") if task.text else None), with_parent=True)


def description_out(task: Task, form: str) -> str:
    if form == "html":
        return html.escape(task.text).replace("\r\n", "<br>").replace("\n", "<br>")
    return task.text


def summary_out(account: Account, task: Task) -> Row:
    """The short form: a parent, the other end of a dependency."""
    return task_brief(account, task) | {"status": task.state, "priority": str(task.priority)}


def project_brief(account: Account, project_id: int) -> Row:
    project: Project = account.table("projects")[project_id]
    return {"id": str(project.id), "name": project.name, "page": f"/project/{project.id}/"}


def task_out(account: Account, task: Task, view: View) -> Row:
    """A full task entry: optional fields only when set or asked for, in the recorded order."""
    out: Row = summary_out(account, task) | {
        "user_from": person_out(account.table("people")[task.author]),
        "user_to": assignee_out(account, task),
        "project": project_brief(account, task.project),
    }
    if view.with_parent and task.parent is not None:
        out["parent"] = summary_out(account, account.table("tasks")[task.parent])
    if view.extras.description is not None:
        out["text"] = description_out(task, view.extras.description)
    out.update(_dates_and_estimates(account, task))
    out.update(_asked_parts(account, task, view))
    return out


def _dates_and_estimates(account: Account, task: Task) -> Row:
    values = {
        "date_added": date_time_out(task.added),
        "date_start": date_out(task.start) if task.start else None,
        "date_end": date_out(task.end) if task.end else None,
        "date_closed": date_time_out(task.closed) if task.closed else None,
        "time_start": task.time_start,
        "time_end": task.time_end,
        "max_time": task.max_time,
        "max_money": task.max_money,
        "tags": tag_map(account, task.tags) or None,
    }
    return {name: value for name, value in values.items() if value is not None}


def _asked_parts(account: Account, task: Task, view: View) -> Row:
    extras, out = view.extras, Row()
    if extras.subscribers:
        people = account.table("people")
        out["subscribers"] = [person_out(people[person]) for person in task.subscribers]
    files = [file_out(a) for a in attachments_of(account, task)] if extras.files else []
    if files:
        out["files"] = files
    if extras.comments:
        out.update(_comments_part(account, task))
    relations = relations_out(account, task) if extras.relations else {}
    if relations:
        out["relations"] = relations
    if extras.custom_fields:
        out["custom_fields"] = custom_values_out(task)
    children = children_out(account, task, view) if extras.subtasks else []
    if children:
        out["child"] = children
    return out


def _comments_part(account: Account, task: Task) -> Row:
    """``has_comments`` and the five newest comments, newest first (only when there are any)."""
    # The comments module builds on this one (a comment is on a task), so it is imported when used.
    from apikit.mock.worksection.comments import comment_out, comments_of

    newest = comments_of(account, task)[:5]
    part: Row = {"has_comments": int(bool(newest))}
    if newest:
        part["comments"] = [comment_out(account, comment) for comment in newest]
    return part


def relations_out(account: Account, task: Task) -> Row:
    """``from``: the tasks this one follows; ``to``: those that follow it; each only when not empty."""
    tasks: list[Task] = account.records("tasks")
    before = [
        {"type": kind, "task": summary_out(account, other)}
        for other_id, kind in sorted(task.depends_on.items())
        if (other := visible_task(account, other_id)) is not None
    ]
    after = [
        {"type": other.depends_on[task.id], "task": summary_out(account, other)}
        for other in tasks
        if task.id in other.depends_on and not other.delayed
    ]
    return {name: items for name, items in (("from", before), ("to", after)) if items}


def custom_values_out(task: Task) -> list[Row]:
    fields = [(CUSTOM_FIELDS[field_id], value) for field_id, value in sorted(task.custom_values.items())]
    return [{"id": f.id, "type": f.type, "name": f.name, "value": value} for f, value in fields]


def children_out(account: Account, task: Task, view: View) -> list[Row]:
    children = [c for c in subtasks_of(account, task) if not view.active_only or c.state == "active"]
    if view.short_children:
        return [_short_out(account, child, view) for child in children]
    child_view = replace(view, with_parent=False)
    return [task_out(account, child, child_view) for child in children]


def _short_out(account: Account, task: Task, view: View) -> Row:
    out = summary_out(account, task)
    children = children_out(account, task, view)
    if children:
        out["child"] = children
    return out


def listed(account: Account, tasks: Iterable[Task], view: View) -> list[Row]:
    """A list answer's entries; more than :data:`MAX_LISTED` tasks are refused, as the service does."""
    chosen = list(tasks)
    if len(chosen) > MAX_LISTED:
        raise invalid_value(f"{len(chosen)} tasks", f"Too many tasks ({MAX_LISTED} max)")
    return [task_out(account, task, view) for task in chosen]


def list_view(ctx: Ctx) -> View:
    return View(parse_extra(ctx.text("extra")), active_only=ctx.text("filter") == "active")


def top_level_tasks(account: Account, view: View, projects: Iterable[int]) -> list[Task]:
    wanted = set(projects)
    tasks: list[Task] = account.records("tasks")
    return [
        t
        for t in tasks
        if t.project in wanted
        and t.parent is None
        and not t.delayed
        and (not view.active_only or t.state == "active")
    ]


# --- reading actions --------------------------------------------------------------------------------------

EXTRA_MEANING = {"extra": parse_extra}


@action("get_all_tasks", meanings=EXTRA_MEANING)
def get_all_tasks(ctx: Ctx) -> Row:
    """Top-level tasks of every project, archived projects' only with ``extra=archive``."""
    view = list_view(ctx)
    projects: list[Project] = ctx.account.records("projects")
    shown = [p.id for p in projects if view.extras.archive or p.state != "archive"]
    return ok(listed(ctx.account, top_level_tasks(ctx.account, view, shown), view))


@action("get_tasks", meanings=EXTRA_MEANING)
def get_tasks(ctx: Ctx) -> Row:
    project = project_of(ctx)
    view = list_view(ctx)
    return ok(listed(ctx.account, top_level_tasks(ctx.account, view, [project.id]), view))


@action("get_task", meanings=EXTRA_MEANING)
def get_task(ctx: Ctx) -> Row:
    task = existing_task(ctx)
    view = replace(list_view(ctx), with_parent=True, short_children=True)
    return ok(task_out(ctx.account, task, view))


@action("get_task_custom_fields")
def get_task_custom_fields(ctx: Ctx) -> Row:
    return ok(
        [
            {"id": f.id, "type": f.type, "name": f.name, "descr": f.descr, "options": list(f.options)}
            for f in CUSTOM_FIELDS.values()
        ]
    )


@action("search_tasks", meanings=EXTRA_MEANING)
def search_tasks(ctx: Ctx) -> Row:
    """Tasks and subtasks, flat, meeting every criterion given; archived projects' tasks left out."""
    if not any(ctx.given(name) for name in SEARCH_CRITERIA):
        raise WorksectionError(CODE_REQUIRED, "At least one of fields required", ", ".join(SEARCH_CRITERIA))
    tests = _search_tests(ctx)
    projects: list[Project] = ctx.account.records("projects")
    live = {p.id for p in projects if p.state != "archive"}
    tasks: list[Task] = ctx.account.records("tasks")
    found = [t for t in tasks if t.project in live and not t.delayed and all(test(t) for test in tests)]
    return ok(listed(ctx.account, found, View(parse_extra(ctx.text("extra")))))


TaskTest = Callable[[Task], bool]


def _search_tests(ctx: Ctx) -> list[TaskTest]:
    """One predicate per criterion given, each checked (unknown project 4, task 5, address 11, a
    malformed filter 11) before anything is searched."""
    account, tests = ctx.account, list[TaskTest]()
    if ctx.given("id_project"):
        project_id = project_of(ctx).id
        tests.append(lambda t: t.project == project_id)
    if ctx.given("id_task"):
        root = existing_task(ctx)
        tests.append(lambda t: root.id in _lineage(account, t))
    if ctx.given("email_user_from"):
        author = member_by_email(account, ctx.need("email_user_from")).id
        tests.append(lambda t: t.author == author)
    if ctx.given("email_user_to"):
        assignee = member_by_email(account, ctx.need("email_user_to")).id
        tests.append(lambda t: t.assignee == assignee)
    expression = ctx.text("filter")
    if expression is not None:
        try:
            parsed = parse_filter(expression)
        except FilterError as problem:
            raise invalid_value(f"filter: {problem} (in: {expression})") from None
        tests.append(lambda t: parsed.matches(task_facts(t)))
    status = ctx.text("status")
    if status is not None:
        tests.append(lambda t: t.state == status)
    return tests


def _lineage(account: Account, task: Task) -> list[int]:
    """The task's id and its ancestors' ids."""
    chain, current = [task.id], task
    while current.parent is not None:
        current = account.table("tasks")[current.parent]
        chain.append(current.id)
    return chain


def task_facts(task: Task) -> TaskFacts:
    return TaskFacts(
        id=task.id,
        project=task.project,
        parent=task.parent,
        name=task.name,
        dates={
            "dateadd": task.added.date(),
            "datestart": task.start,
            "dateend": task.end,
            "dateclose": task.closed.date() if task.closed else None,
        },
    )


# --- writing actions --------------------------------------------------------------------------------------


def event_values(account: Account, task: Task) -> Row:
    """The fields get_events shows for a task, as it shows them (an unset due date as "")."""
    if task.assignee is None and not task.anyone:
        assignee = dict(NOBODY_IN_EVENTS)
    else:
        assignee = assignee_out(account, task)
    return {
        "title": task.name,
        "text": task.text,
        "priority": str(task.priority),
        "user_to": assignee,
        "date_end": date_out(task.end) if task.end else "",
    }


def _given_at_creation(values: Row) -> Row:
    """A post event's ``new``: the values set, not the empty ones or "nobody"."""
    return {name: v for name, v in values.items() if v not in ("", NOBODY_IN_EVENTS)}


def parent_for(ctx: Ctx, project: Project) -> Task | None:
    """``id_parent``: an open task of the project, at most one level above the deepest."""
    if not ctx.given("id_parent"):
        return None
    parent = existing_task(ctx, "id_parent")
    if parent.project != project.id:
        raise task_not_found()
    if parent.state == "done":
        raise WorksectionError(CODE_TASK_CLOSED, "Task is closed")
    if depth_of(ctx.account, parent) >= MAX_DEPTH:
        raise invalid_value(f"id_parent: tasks nest at most {MAX_DEPTH} levels below a top-level task")
    return parent


def _new_task(ctx: Ctx, project: Project, parent: Task | None, title: str, author: Person) -> Task:
    account = ctx.account
    assignment = assignment_given(ctx) or Assignment()
    tags = tags_named(account, comma_words(ctx.text("tags")))
    priority = priority_given(ctx)
    subscribed = [author, *members_listed(account, ctx.text("subscribe"))]
    mentioned = members_listed(account, ctx.text("mention"))
    return Task(
        id=account.new_id("tasks"),
        project=project.id,
        name=title,
        state="active",
        author=author.id,
        added=ctx.now,
        parent=parent.id if parent else None,
        assignee=assignment.person,
        anyone=assignment.anyone,
        priority=DEFAULT_PRIORITY if priority is None else priority,
        text=composed_text(ctx.text("text") or "", todo_items(ctx), mentioned),
        start=ctx.date("datestart"),
        end=ctx.date("dateend"),
        max_time=ctx.number("max_time"),
        max_money=ctx.number("max_money"),
        tags=with_tags(account, [], tags, []),
        subscribers=list(dict.fromkeys(person.id for person in subscribed)),
        visible_to=[person.id for person in members_listed(account, ctx.text("hidden"))],
    )


def priority_given(ctx: Ctx) -> int | None:
    value = ctx.number("priority")
    return None if value is None else int(value)


@action("post_task", meanings=EXTRA_MEANING)
def post_task(ctx: Ctx) -> Row:
    """A new task (or subtask), open, assigned to ``email_user_to`` or nobody, priority 1 by default.
    Checked in the recorded order: the project, the parent, then the other values."""
    account = ctx.account
    project = project_of(ctx)
    parent = parent_for(ctx, project)
    title = ctx.need("title")
    author = author_of(ctx)
    task = account.add("tasks", _new_task(ctx, project, parent, title, author))
    attach_files(ctx, task, author)
    given = _given_at_creation(event_values(account, task))
    events.record_event(ctx, "post", "task", task.id, task_page(account, task), new=given)
    return ok(task_out(account, task, written_view(task, ctx.text("extra"))))


def _change_asked(ctx: Ctx, task: Task) -> dict[str, Any]:
    """The fields update_task is asked to set, by Task field name; refusals before any change."""
    change: dict[str, Any] = {}
    if "title" in ctx.params:
        change["name"] = ctx.need("title")
    assignment = assignment_given(ctx)
    if assignment is not None:
        change["assignee"], change["anyone"] = assignment.person, assignment.anyone
    priority = priority_given(ctx)
    if priority is not None:
        change["priority"] = priority
    for name, parameter in (("start", "datestart"), ("end", "dateend")):
        if ctx.given(parameter):
            change[name] = ctx.date(parameter)
    for name in ("max_time", "max_money"):
        if ctx.given(name):
            change[name] = ctx.number(name)
    closing_day = ctx.date("dateclosed")
    if closing_day is not None:
        if task.state != "done" or task.closed is None:
            raise invalid_value("dateclosed: the task is not done")
        change["closed"] = datetime.combine(closing_day, task.closed.time())
    if ctx.given("tags"):  # empty: nothing to do, as the spec says of every tag list
        tags = tags_named(ctx.account, comma_words(ctx.text("tags")))
        change["tags"] = with_tags(ctx.account, [], tags, [])
    return change


@action("update_task")
def update_task(ctx: Ctx) -> Row:
    """Sets the fields given, on an open or done task; the others keep their values."""
    account = ctx.account
    task = existing_task(ctx)
    change = _change_asked(ctx, task)
    before = event_values(account, task)
    for name, value in change.items():
        setattr(task, name, value)
    after = event_values(account, task)
    changed = [name for name in after if after[name] != before[name]]
    if changed:
        events.record_event(
            ctx,
            "update",
            "task",
            task.id,
            task_page(account, task),
            new={name: after[name] for name in changed},
            old={name: before[name] for name in changed},
        )
    return ok(task_out(account, task, written_view(task)))


@action("complete_task")
def complete_task(ctx: Ctx) -> Row:
    """Done now; answers the task as it was before, as the recorded answer shows it."""
    account = ctx.account
    task = existing_task(ctx)
    if task.state == "done":
        raise WorksectionError(CODE_ALREADY, "Task is already closed")
    if any(child.state == "active" for child in subtasks_of(account, task)):
        raise WorksectionError(CODE_HAS_SUBTASKS, "Task has children")
    answer = task_out(account, task, written_view(task))
    task.state, task.closed = "done", ctx.now
    events.record_event(ctx, "close", "task", task.id, task_page(account, task))
    return ok(answer)


@action("reopen_task")
def reopen_task(ctx: Ctx) -> Row:
    """Open again; ``date_closed`` stays, as a reactivated project's does."""
    account = ctx.account
    task = existing_task(ctx)
    if task.state == "active":
        raise WorksectionError(CODE_ALREADY, "Task is already active")
    parent = account.find("tasks", task.parent)
    if parent is not None and parent.state == "done":
        raise WorksectionError(CODE_PARENT_DONE, "Parent task is done")
    task.state = "active"
    events.record_event(ctx, "reopen", "task", task.id, task_page(account, task))
    return ok()


@action("subscribe")
def subscribe(ctx: Ctx) -> Row:
    """Adds one member to the task's subscribers (already subscribed: nothing changes)."""
    task = existing_task(ctx)
    person = member_by_email(ctx.account, ctx.need("email_user"))
    if person.id not in task.subscribers:
        task.subscribers.append(person.id)
    return ok()


@action("unsubscribe")
def unsubscribe(ctx: Ctx) -> Row:
    """Removes one member from the task's subscribers (not subscribed: nothing changes)."""
    task = existing_task(ctx)
    person = member_by_email(ctx.account, ctx.need("email_user"))
    task.subscribers = [member for member in task.subscribers if member != person.id]
    return ok()


@action("update_task_tags")
def update_task_tags(ctx: Ctx) -> Row:
    """Sets ``plus`` and takes off ``minus``; an unknown tag (code 16) changes nothing."""
    task = existing_task(ctx)
    adding = tags_named(ctx.account, comma_words(ctx.text("plus")))
    removing = tags_named(ctx.account, comma_words(ctx.text("minus")))
    task.tags = with_tags(ctx.account, task.tags, adding, removing)
    return ok()
