"""5pm API v2 behaviour for the mock engine: an in-memory account with real filtering and paging.

Answers are ``{"data": ...}`` documents, XML by default and JSON with ``retType=json``; errors are
``{"data": {"error": {"code": <HTTP status>, "message": ...}}}``: 400 bad or unknown argument, 401 no
valid session, 404 missing object (also one named inside the arguments), 409 a clash with what is
stored (an e-mail in use, a task made its own ancestor, removing the signed-in account). Every call
but ``signIn`` needs a valid ``sessionId`` (from signIn; it expires after 30 minutes without use)
or ``login`` + ``password`` on the call itself. Expired sessions are dropped as new ones open, and at
most ``max_sessions`` (10,000) are kept, the least recently used going first. Form-encoded bodies
are merged into the query as PHP's $_REQUEST does (a name in both takes the body's value), each part
checked on its own against the spec. ``activity/downloadFile`` and ``activity/removeFile`` answer in
both forms the vendor's page gives (POST ``/service/post/...`` and GET ``/service/get/...``). XML
answers write the names of statuses and priorities as CDATA (:mod:`apikit.mock.fivepm_xml`).

Demo account (seeded unless ``seed=False``):

=====  ==========================  ==================  ===============  =========================
user   name                        login               password         securityLevel
=====  ==========================  ==================  ===============  =========================
1      Demo Admin                  demo@5pm.example    demo-password    "0" (admin)
2      Mia Novak                   mia@5pm.example     mia-password     "100" (user)
3      Carl Client                 client@5pm.example  client-password  "200" (client)
=====  ==========================  ==================  ===============  =========================

- project group 1 "Client work";
- project 1 "Website relaunch" (group 1, team: users 1 and 2, open) and project 2 "Office move"
  (no group, team: user 1, on hold);
- task 1 "Design home page" (project 1, team: user 2, 40 %), task 2 "Write home page copy"
  (project 1, subtask of task 1), task 3 "Book movers" (project 2); each task filed under its
  project's group (tasks 1 and 2 in group 1, task 3 in none);
- activity 1 (task 1, ``file``, carrying file 1 ``brief.txt`` = ``b"Project brief\\n"``),
  activity 2 (task 1, ``msg``), activity 3 (task 3, ``progress``).

Ids are allocated per table and never reused. All state sits behind one lock, held for a whole
call (authentication, the change and building the answer), so concurrent requests never see a
half-made object. The clock is injectable (``clock=``) so tests can expire sessions and age objects.

The account can be shown and replaced as data (:meth:`FivePmBehaviour.snapshot`,
:meth:`FivePmBehaviour.restore`: the admin endpoint, seed files and ``--state`` of
:mod:`apikit.mock.host`); passwords are there only as salted digests, and sessions not at all, so
after a restore (or a restart with ``--state``) clients sign in again.
"""

from __future__ import annotations

import base64
import binascii
import functools
import secrets
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, TypeAlias
from urllib.parse import quote

from starlette.responses import Response

from apikit.mock.credentials import Credential, credentials_from_state, credentials_state
from apikit.mock.engine import (
    ApiError,
    Behaviour,
    Call,
    CompactJSONResponse,
    Handler,
    RawRequest,
    Reply,
    StateError,
    response_schema,
)
from apikit.mock.fivepm_xml import CdataXmlEncoder
from apikit.mock.table import Row, Table, common_keys, state_sections, table_from_state
from apikit.spec import Operation

Clock = Callable[[], datetime]

DATE_FORMAT = "%Y-%m-%d %H:%M:%S"
SESSION_TTL = timedelta(minutes=30)
MAX_SESSIONS = 10_000
ADMIN_LEVEL = "0"
DONE = 30
ERROR_SCHEMA_REF = "#/components/schemas/ErrorEnvelope"

STATUSES = [
    {"id": 10, "name": "Open", "alias": "open", "is_final": False},
    {"id": 20, "name": "On hold", "alias": "onhold", "is_final": False},
    {"id": 30, "name": "Done", "alias": "done", "is_final": True},
]
PRIORITIES = [
    {"id": 1, "name": "Low", "default": False},
    {"id": 2, "name": "Normal", "default": True},
    {"id": 3, "name": "High", "default": False},
    {"id": 4, "name": "Urgent", "default": False},
]

PROJECT_DEFAULTS: Row = {
    "description": None,
    "tags": None,
    "groupId": None,
    "startDate": None,
    "endDate": None,
    "priority": 2,
    "status": 10,
    "notifyProjectTeam": False,
    "notifyClient": False,
    "hidden": False,
    "flag": 0,
}
TASK_DEFAULTS: Row = {
    **PROJECT_DEFAULTS,
    "parentId": None,
    "progress": 0,
    "notifyTaskTeam": False,
    "estimatedTime": 0,
}
USER_DEFAULTS: Row = {
    "title": "",
    "lastName": "",
    "address": "",
    "workPhone": "",
    "cellPhone": "",
    "company": "",
    "comment": "",
    "canViewProfiles": False,
}
ACTIVITY_DEFAULTS: Row = {
    "hoursDone": 0,
    "notifyProjectTeam": False,
    "notifyTaskTeam": False,
    "notifyClient": False,
    "hideFromClients": False,
}
FILE_ORDER_KEYS = ("name", "size", "createdAt", "type")


_EPOCH = datetime(1970, 1, 1)


class _WholeSecondClock:
    """Naive UTC to the whole second, as the service writes its times. Every request asks for the
    time, so it is made once a second (from the epoch: cheaper than ``datetime.now(UTC)`` made naive)."""

    def __init__(self) -> None:
        self._second = -1
        self._moment = _EPOCH

    def __call__(self) -> datetime:
        second = int(time.time())
        if second != self._second:
            self._second, self._moment = second, _EPOCH + timedelta(seconds=second)
        return self._moment


utc_now = _WholeSecondClock()


def format_time(moment: datetime) -> str:
    """``DATE_FORMAT`` for a naive UTC time (``isoformat`` writes it four times faster than strftime)."""
    return moment.isoformat(" ", "seconds")


def parse_time(text: str) -> datetime:
    return datetime.strptime(text, DATE_FORMAT)


# --- state ------------------------------------------------------------------------------------------------


@dataclass
class Session:
    user_id: int
    last_used: datetime


@dataclass(slots=True)  # not frozen: built on every call, and a frozen one costs three times as much
class SignedIn:
    """The caller of an authenticated call."""

    user_id: int
    session_id: str | None = field(default=None, repr=False)


Principal: TypeAlias = SignedIn | None
"""Who calls: None only for the calls that need no authentication (signIn)."""


class FivePmState:
    """The whole account. Callers hold ``lock`` around every read or change."""

    def __init__(self, clock: Clock, session_ttl: timedelta, max_sessions: int = MAX_SESSIONS) -> None:
        if max_sessions < 1:
            raise ValueError(f"max_sessions must be at least 1, not {max_sessions}")
        self.clock = clock
        self.session_ttl = session_ttl
        self.max_sessions = max_sessions
        self.lock = threading.RLock()
        self.users = Table("user")
        self.groups = Table("project group")
        self.projects = Table("project")
        self.tasks = Table("task")
        self.activities = Table("activity")
        self.files = Table("file")
        self.credentials: dict[int, Credential] = {}
        self.file_bytes: dict[int, bytes] = {}
        self.sessions: OrderedDict[str, Session] = OrderedDict()
        """Least recently used first, so also in the order they expire (an OrderedDict: taking
        from the front of a plain dict costs more the more was taken before)."""

    def now_text(self) -> str:
        return format_time(self.clock())

    # sessions and credentials

    def user_by_login(self, login: str) -> Row | None:
        wanted = login.casefold()
        return next((u for u in self.users.all() if str(u["email"]).casefold() == wanted), None)

    def check_password(self, login: str, password: str) -> SignedIn:
        user = self.user_by_login(login)
        credential = None if user is None else self.credentials.get(user["id"])
        if user is None or credential is None or not credential.matches(password):
            raise ApiError(401, "login or password not recognised")
        return SignedIn(user["id"])

    def open_session(self, user_id: int) -> str:
        now = self.clock()
        sessions = self.sessions
        # Every sign-in drops the expired sessions at the front, and stops at the first live one:
        # O(1) amortised, since each session is dropped once. Without it a client signing in again
        # and again would grow the mock by a session each time, for as long as it runs.
        while sessions and now - next(iter(sessions.values())).last_used > self.session_ttl:
            sessions.popitem(last=False)
        while len(sessions) >= self.max_sessions:
            sessions.popitem(last=False)
        session_id = secrets.token_hex(16)
        sessions[session_id] = Session(user_id, now)
        return session_id

    def resume_session(self, session_id: str) -> SignedIn:
        session = self.sessions.get(session_id)
        if session is None or session.user_id not in self.users.rows:
            raise ApiError(401, "invalid session: sign in again")
        now = self.clock()
        if now - session.last_used > self.session_ttl:
            del self.sessions[session_id]
            raise ApiError(401, "session expired: sign in again")
        session.last_used = now
        self.sessions.move_to_end(session_id)  # keeps the front the next to expire
        return SignedIn(session.user_id, session_id)

    def end_sessions_of(self, user_id: int) -> None:
        for key in [key for key, session in self.sessions.items() if session.user_id == user_id]:
            del self.sessions[key]

    # relations

    def project_of(self, task: Row) -> Row:
        return self.projects.get(task["projectId"])

    def task_of(self, activity: Row) -> Row:
        return self.tasks.get(activity["taskId"])

    def activity_of(self, file: Row) -> Row:
        return self.activities.get(file["activityId"])

    def hours_done(self, task: Row) -> int | float:
        hours: int | float = sum(a["hoursDone"] for a in self.activities.all() if a["taskId"] == task["id"])
        return hours

    def existing_users(self, user_ids: Iterable[int]) -> list[Row]:
        return [self.users.rows[uid] for uid in user_ids if uid in self.users.rows]

    # cascading removal: nothing is left pointing at a removed parent

    def remove_project(self, project_id: int) -> None:
        self.projects.delete(project_id)
        for task in [t for t in self.tasks.all() if t["projectId"] == project_id]:
            if task["id"] in self.tasks.rows:  # may be gone already as a subtask of an earlier one
                self.remove_task(task["id"])

    def remove_task(self, task_id: int) -> None:
        self.tasks.delete(task_id)
        for activity in [a for a in self.activities.all() if a["taskId"] == task_id]:
            self.remove_activity(activity["id"])
        for subtask in [t for t in self.tasks.all() if t["parentId"] == task_id]:
            self.remove_task(subtask["id"])

    def remove_activity(self, activity_id: int) -> None:
        self.activities.delete(activity_id)
        for file in [f for f in self.files.all() if f["activityId"] == activity_id]:
            self.remove_file(file["id"])

    def remove_file(self, file_id: int) -> None:
        self.files.delete(file_id)
        self.file_bytes.pop(file_id, None)

    def remove_group(self, group_id: int) -> None:
        self.groups.delete(group_id)
        for project in self.projects.all():
            if project["groupId"] == group_id:
                project["groupId"] = None  # the projects stay, just ungrouped
        for task in self.tasks.all():
            if task["groupId"] == group_id:
                task["groupId"] = None  # so do the tasks

    def remove_user(self, user_id: int) -> None:
        self.users.delete(user_id)
        self.credentials.pop(user_id, None)
        self.end_sessions_of(user_id)
        for row in [*self.projects.all(), *self.tasks.all()]:
            row["team"] = [member for member in row["team"] if member != user_id]

    def closed_long_ago(self, row: Row, days: int) -> bool:
        """Done, and not touched for more than ``days`` days."""
        age = self.clock() - parse_time(row["updatedAt"])
        return row["status"] == DONE and age > timedelta(days=days)


# --- seed -------------------------------------------------------------------------------------------------


DEMO_USERS = [  # (login, password, fields)
    ("demo@5pm.example", "demo-password", {"firstName": "Demo", "lastName": "Admin", "securityLevel": "0"}),
    ("mia@5pm.example", "mia-password", {"firstName": "Mia", "lastName": "Novak", "securityLevel": "100"}),
    (
        "client@5pm.example",
        "client-password",
        {"firstName": "Carl", "lastName": "Client", "securityLevel": "200"},
    ),
]
DEMO_FILE_BYTES = b"Project brief\n"


def seed_demo_account(state: FivePmState) -> None:
    """The account described in the module docstring (ids 1, 2, 3... in each table)."""
    for login, password, fields in DEMO_USERS:
        user = state.users.insert({**USER_DEFAULTS, **fields, "email": login, "title": "Demo user"})
        state.credentials[user["id"]] = Credential.of(password)
    state.groups.insert({"name": "Client work"})
    _seed_project(state, name="Website relaunch", groupId=1, ownerId=1, team=[1, 2])
    _seed_project(state, name="Office move", status=20, ownerId=1, team=[1])
    dates = {"startDate": "2024-03-04 00:00:00", "endDate": "2024-03-15 00:00:00"}
    _seed_task(state, name="Design home page", projectId=1, ownerId=1, team=[2], progress=40, **dates)
    _seed_task(state, name="Write home page copy", projectId=1, parentId=1, ownerId=2, team=[2])
    _seed_task(state, name="Book movers", projectId=2, ownerId=1, team=[1])
    _seed_activity(state, taskId=1, type="file", text="Brief attached.", ownerId=1, progress=40)
    _seed_activity(state, taskId=1, type="msg", text="First layout tomorrow.", ownerId=2, progress=40)
    _seed_activity(state, taskId=3, type="progress", text="Quotes in.", ownerId=1, progress=0)
    brief = {
        "activityId": 1,
        "name": "brief.txt",
        "type": "file",
        "size": len(DEMO_FILE_BYTES),
        "content": "",
    }
    file = state.files.insert({**brief, "createdAt": state.now_text()})
    state.file_bytes[file["id"]] = DEMO_FILE_BYTES


def _stamped(state: FivePmState, row: Row) -> Row:
    now = state.now_text()
    return {**row, "createdAt": now, "updatedAt": now}


def _seed_project(state: FivePmState, **fields: Any) -> None:
    state.projects.insert(_stamped(state, {**PROJECT_DEFAULTS, **fields}))


def _seed_task(state: FivePmState, **fields: Any) -> None:
    group = state.projects.get(fields["projectId"])["groupId"]
    state.tasks.insert(_stamped(state, {**TASK_DEFAULTS, "groupId": group, **fields}))


def _seed_activity(state: FivePmState, **fields: Any) -> None:
    state.activities.insert(_stamped(state, {**ACTIVITY_DEFAULTS, "date": state.now_text(), **fields}))


# --- state as data: what snapshot() gives and restore() takes ----------------------------------------------

STATE_TABLES = {
    "users": "users",
    "projectsgroups": "groups",
    "projects": "projects",
    "tasks": "tasks",
    "activities": "activities",
    "files": "files",
}
"""The tables of a snapshot by the API's names (its services; ``activities`` for ``activity``), with the
:class:`FivePmState` attribute each is kept in."""
CREDENTIALS_KEY = "credentials"
BYTES_KEY = "$bytes"
"""Where a snapshot's row of a stored file (``type`` ``file``) carries its bytes, as base64."""


def snapshot_of(state: FivePmState) -> dict[str, Any]:
    """The account as JSON-able data; the caller holds ``state.lock``. Sessions are left out: their
    ids are secrets, and a snapshot is shown and saved (clients sign in again after a restore)."""
    data: dict[str, Any] = {
        name: getattr(state, attribute).exported() for name, attribute in STATE_TABLES.items()
    }
    for row in data["files"]:
        if row["type"] == "file":
            row[BYTES_KEY] = base64.b64encode(state.file_bytes.get(row["id"], b"")).decode("ascii")
    data[CREDENTIALS_KEY] = credentials_state(state.credentials)
    return data


def state_from_snapshot(
    data: Any, clock: Clock, session_ttl: timedelta, max_sessions: int = MAX_SESSIONS
) -> FivePmState:
    """A new account holding ``data`` (what :func:`snapshot_of` gives; a table it leaves out is empty),
    without sessions. Everything is checked before anything is used: the first problem raises
    :class:`StateError` naming its place."""
    sections = state_sections(data, [*STATE_TABLES, CREDENTIALS_KEY])
    listed = {name: sections.get(name, []) for name in STATE_TABLES}
    _file_tasks_under_their_projects_groups(listed)
    state = FivePmState(clock, session_ttl, max_sessions)
    required = _row_keys_at_start()
    for name, attribute in STATE_TABLES.items():
        kind = getattr(state, attribute).kind
        setattr(state, attribute, table_from_state(kind, listed[name], f"state.{name}", required[name]))
    _check_references(state, listed)
    state.file_bytes = _file_bytes(listed["files"])
    for file in state.files.all():
        file.pop(BYTES_KEY, None)  # kept beside the row, as the API keeps it
    state.credentials = credentials_from_state(
        sections.get(CREDENTIALS_KEY, {}), state.users, f"state.{CREDENTIALS_KEY}"
    )
    return state


def _file_tasks_under_their_projects_groups(listed: Mapping[str, list[Row]]) -> None:
    """States saved before tasks had a group of their own carry none: such a task was in its
    project's group, so it gets that group (a task whose project is missing is left for the checks)."""
    group_of_project = {
        row.get("id"): row.get("groupId") for row in listed["projects"] if isinstance(row, dict)
    }
    for row in listed["tasks"]:
        if isinstance(row, dict) and "groupId" not in row and row.get("projectId") in group_of_project:
            row["groupId"] = group_of_project[row["projectId"]]


@functools.cache
def _row_keys_at_start() -> dict[str, frozenset[str]]:
    """Per table, the keys every row of the demo account has: the code reads them from any row, and
    rows the API makes have them too."""
    demo = FivePmState(utc_now, SESSION_TTL)
    seed_demo_account(demo)
    return {name: common_keys(getattr(demo, attribute).all()) for name, attribute in STATE_TABLES.items()}


def _check_references(state: FivePmState, listed: Mapping[str, list[Row]]) -> None:
    """What the answers look up must be there: a project's group, a task's project and parent, an
    activity's task, a file's activity; teams are lists of user ids (a removed user may stay listed);
    the time a project or task was last changed is readable."""
    for name, key, table, optional in (
        ("projects", "groupId", state.groups, True),
        ("tasks", "groupId", state.groups, True),
        ("tasks", "projectId", state.projects, False),
        ("tasks", "parentId", state.tasks, True),
        ("activities", "taskId", state.tasks, False),
        ("files", "activityId", state.activities, False),
    ):
        for index, row in enumerate(listed[name]):
            target = row.get(key)
            if not (optional and target is None) and (not _is_id(target) or target not in table.rows):
                raise StateError(f"state.{name}[{index}][{key}]: no {table.kind} {target!r} in the state")
    for name in ("projects", "tasks"):
        for index, row in enumerate(listed[name]):
            team = row.get("team")
            if not isinstance(team, list) or not all(_is_id(member) for member in team):
                raise StateError(f"state.{name}[{index}][team]: expected a list of user ids")
            _check_time_text(row.get("updatedAt"), f"state.{name}[{index}][updatedAt]")
    _check_task_parents(state, listed["tasks"])


def _check_time_text(value: Any, place: str) -> None:
    """A time the filters read back (``updatedAt``, for ``hide_old_object_period``)."""
    try:
        parse_time(value)
    except (TypeError, ValueError):
        raise StateError(f"{place}: expected a time like {format_time(_EPOCH)!r}, got {value!r}") from None


def _is_id(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _check_task_parents(state: FivePmState, tasks: list[Row]) -> None:
    """A parent is a task of the same project, and no task is its own ancestor (walks up the
    parents would not end)."""
    for index, task in enumerate(tasks):
        parent = state.tasks.find(task["parentId"])
        if parent is not None and parent["projectId"] != task["projectId"]:
            raise StateError(f"state.tasks[{index}][parentId]: task {parent['id']} is in another project")
        seen = {task["id"]}
        while parent is not None:
            if parent["id"] in seen:
                raise StateError(f"state.tasks[{index}][parentId]: the task is its own ancestor")
            seen.add(parent["id"])
            parent = state.tasks.find(parent["parentId"])


def _file_bytes(files: list[Row]) -> dict[int, bytes]:
    """The bytes of every file by id: a stored file's from its base64 ``$bytes``, a link's empty."""
    stored: dict[int, bytes] = {}
    for index, file in enumerate(files):
        place = f"state.files[{index}][{BYTES_KEY}]"
        text = file.get(BYTES_KEY, None if file["type"] == "file" else "")
        if not isinstance(text, str):
            raise StateError(f"{place}: expected the file's bytes as base64 text")
        try:
            stored[file["id"]] = base64.b64decode(text, validate=True)
        except (binascii.Error, ValueError) as exc:
            raise StateError(f"{place}: not valid base64") from exc
    return stored


# --- filters ----------------------------------------------------------------------------------------------

# One predicate per documented filter key: (row, filter value, state) -> keep the row?
Predicate = Callable[[Row, Any, FivePmState], bool]


def _date_of(value: str | None) -> str | None:
    return None if value is None else value[:10]


def _on_or_after(key: str) -> Predicate:
    return lambda row, bound, state: (_date_of(row[key]) or "") >= bound if row[key] else False


def _on_or_before(key: str) -> Predicate:
    return lambda row, bound, state: (_date_of(row[key]) or "") <= bound if row[key] else False


def _name_contains(row: Row, text: Any, state: FivePmState) -> bool:
    return str(text).casefold() in str(row["name"]).casefold()


def _active_only(row: Row, wanted: Any, state: FivePmState) -> bool:
    return not wanted or row["status"] != DONE


def _not_closed_long_ago(row: Row, days: Any, state: FivePmState) -> bool:
    return not state.closed_long_ago(row, int(days))


PROJECT_FILTERS: dict[str, Predicate] = {
    "groupId": lambda p, value, state: p["groupId"] == value,
    "ownerId": lambda p, value, state: p["ownerId"] == value,
    "name": _name_contains,
    "assignedTo": lambda p, value, state: value in p["team"],
    "active": _active_only,
    "hide_old_object_period": _not_closed_long_ago,
}

TASK_FILTERS: dict[str, Predicate] = {
    "projectId": lambda t, value, state: t["projectId"] == value,
    "parentId": lambda t, value, state: t["parentId"] == value,
    "startedFrom": _on_or_after("startDate"),
    "startedBefore": _on_or_before("startDate"),
    "deadlineFrom": _on_or_after("endDate"),
    "deadlineBefore": _on_or_before("endDate"),
    "progressLessThan": lambda t, value, state: t["progress"] < value,
    "progressMoreThan": lambda t, value, state: t["progress"] > value,
    "createdFrom": _on_or_after("createdAt"),
    "createdBefore": _on_or_before("createdAt"),
    "updatedFrom": _on_or_after("updatedAt"),
    "updatedBefore": _on_or_before("updatedAt"),
    "groupId": lambda t, value, state: t["groupId"] == value,
    "ownerId": lambda t, value, state: t["ownerId"] == value,
    "name": _name_contains,
    "assignedTo": lambda t, value, state: value in t["team"],
    "active": _active_only,
    "hide_old_object_period": _not_closed_long_ago,
}


def _task_and_project(row: Row, state: FivePmState) -> tuple[Row, Row]:
    """The task and project an activity (or a file, through its activity) was posted to."""
    activity = state.activity_of(row) if "activityId" in row else row
    task = state.task_of(activity)
    return task, state.project_of(task)


def _posted_in_project(row: Row, value: Any, state: FivePmState) -> bool:
    return bool(_task_and_project(row, state)[1]["id"] == value)


def _posted_to_task(row: Row, value: Any, state: FivePmState) -> bool:
    return bool(_task_and_project(row, state)[0]["id"] == value)


def _posted_where_assigned(row: Row, user_id: Any, state: FivePmState) -> bool:
    return any(user_id in owner["team"] for owner in _task_and_project(row, state))


def _posted_where_active(row: Row, wanted: Any, state: FivePmState) -> bool:
    return not wanted or all(owner["status"] != DONE for owner in _task_and_project(row, state))


def _posted_where_not_closed_long_ago(row: Row, days: Any, state: FivePmState) -> bool:
    return not any(state.closed_long_ago(owner, int(days)) for owner in _task_and_project(row, state))


ACTIVITY_FILTERS: dict[str, Predicate] = {
    "projectId": _posted_in_project,
    "taskId": _posted_to_task,
    "type": lambda a, value, state: a["type"] == value,
    "groupId": lambda a, value, state: _task_and_project(a, state)[1]["groupId"] == value,
    "assignedTo": _posted_where_assigned,
    "active": _posted_where_active,
    "hide_non_active": _posted_where_not_closed_long_ago,
}

FILE_FILTERS: dict[str, Predicate] = {
    "projectId": _posted_in_project,
    "taskId": _posted_to_task,
    "assignedTo": _posted_where_assigned,
    "active": _posted_where_active,
    "hide_old_object_period": _posted_where_not_closed_long_ago,
}


def select(
    rows: Iterable[Row], conditions: Mapping[str, Any], filters: Mapping[str, Predicate], state: FivePmState
) -> list[Row]:
    """Rows meeting every condition (conditions combine with AND)."""
    checks = [(filters[key], value) for key, value in conditions.items()]
    return [row for row in rows if all(check(row, value, state) for check, value in checks)]


def page(rows: list[Row], params: Mapping[str, Any]) -> list[Row]:
    offset = int(params.get("offset", 0))
    count = params.get("count")
    return rows[offset:] if count is None else rows[offset : offset + int(count)]


# --- output: the one place per object type that maps state to the spec's output schemas -------------------


def list_out(items: list[Row], total: int) -> Row:
    """``{"items": {"item": [...]}, "count": N, "total": N}``; an empty page has no ``item`` key."""
    return {"items": {"item": items} if items else {}, "count": len(items), "total": total}


USER_COPIED = (
    *("title", "email", "firstName", "lastName", "address", "workPhone", "cellPhone", "company"),
    *("securityLevel", "comment", "canViewProfiles"),
)


def user_out(user: Row) -> Row:
    out: Row = {"id": str(user["id"])}
    for key in USER_COPIED:
        out[key] = user[key]
    out["avatar"] = ""
    return out


def group_out(group: Row) -> Row:
    return {"id": group["id"], "name": group["name"]}


def _can_edit(row: Row, caller: Principal, state: FivePmState) -> bool:
    user = None if caller is None else state.users.find(caller.user_id)
    return user is not None and (user["securityLevel"] == ADMIN_LEVEL or row["ownerId"] == user["id"])


def _fields(row: Row, *keys: str) -> Row:
    return {key: row[key] for key in keys}


def _team_out(user_ids: list[int], state: FivePmState) -> Row:
    members = [user_out(user) for user in state.existing_users(user_ids)]
    return list_out(members, len(members))


# Fields given out as they are stored: dates, state, then flags.
PROJECT_COPIED = (
    *("startDate", "endDate", "priority", "status", "createdAt", "updatedAt"),
    *("notifyProjectTeam", "notifyClient", "hidden", "flag"),
)
TASK_COPIED = (
    *("startDate", "endDate", "priority", "progress", "status", "createdAt", "updatedAt"),
    *("notifyProjectTeam", "notifyTaskTeam", "notifyClient", "hidden", "flag"),
)


def project_out(project: Row, caller: Principal, state: FivePmState, *, with_team: bool) -> Row:
    out: Row = {
        "id": str(project["id"]),
        "name": project["name"],
        "description": project["description"] or None,  # null, not "", is the spec's "none"
        "tags": project["tags"] or None,
        "ownerId": project["ownerId"],
        "groupId": project["groupId"],  # sent when unset too (null: an empty element), like the rest
    }
    for key in PROJECT_COPIED:
        out[key] = project[key]
    if with_team:
        out["team"] = _team_out(project["team"], state)
    out["can_edit"] = _can_edit(project, caller, state)
    return out


def task_out(task: Row, caller: Principal, state: FivePmState, *, with_team: bool) -> Row:
    parent = state.tasks.find(task["parentId"])
    out: Row = {
        "id": str(task["id"]),
        "name": task["name"],
        "parentId": task["parentId"],
        "parentName": None if parent is None else parent["name"],
        "description": task["description"] or None,
        "tags": task["tags"] or None,
        "projectId": task["projectId"],
        "ownerId": task["ownerId"],
        "groupId": task["groupId"],
    }
    for key in TASK_COPIED:
        out[key] = task[key]
    out["hoursDone"] = state.hours_done(task)
    out["estimatedTime"] = task["estimatedTime"]
    if with_team:
        out["team"] = _team_out(task["team"], state)
    out["can_edit"] = _can_edit(task, caller, state)
    out["prev"] = None  # seen in captured vendor output, meaning unknown
    return out


def activity_out(
    activity: Row, caller: Principal, state: FivePmState, *, with_files: bool, with_names: bool
) -> Row:
    task = state.task_of(activity)
    project = state.project_of(task)
    out: Row = {"id": str(activity["id"]), "taskId": task["id"]}
    if with_names:
        out["taskName"] = task["name"]
    out["projectId"] = project["id"]
    if with_names:
        out["projectName"] = project["name"]
    out |= _fields(activity, "type", "text", "ownerId", "progress", "hoursDone", "createdAt", "updatedAt")
    out |= _fields(activity, "notifyProjectTeam", "notifyTaskTeam", "notifyClient", "hideFromClients", "date")
    if with_files:
        files = [file_out(f, caller, state) for f in state.files.all() if f["activityId"] == activity["id"]]
        out["files"] = list_out(files, len(files))
    return out


def file_out(file: Row, caller: Principal, state: FivePmState) -> Row:
    activity = state.activity_of(file)
    return {
        "id": str(file["id"]),
        "activityId": activity["id"],
        "activityType": activity["type"],
        **_fields(file, "name", "type", "size", "content", "createdAt"),
        "can_edit": _can_edit(activity, caller, state),
        "can_thumb": False,
        "url_thumb": None,
    }


def content_disposition(name: str) -> str:
    """``attachment`` with a plain ASCII fallback name and the exact name in RFC 5987 form."""
    fallback = "".join(c if c.isascii() and c.isprintable() and c not in '"\\' else "_" for c in name)
    return f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{quote(name, safe='')}"


# --- the behaviour ----------------------------------------------------------------------------------------


class FivePmBehaviour(Behaviour[Principal]):
    merge_form_body = True  # the vendor accepts form-encoded bodies beside the query (PHP $_REQUEST)
    form_body_overrides_query = True  # PHP's $_REQUEST: the body's value wins over the query's

    def __init__(
        self,
        spec: Mapping[str, Any],
        *,
        clock: Clock = utc_now,
        session_ttl: timedelta = SESSION_TTL,
        max_sessions: int = MAX_SESSIONS,
        seed: bool = True,
    ) -> None:
        self.spec = spec
        self._clock = clock
        self._session_ttl = session_ttl
        self._max_sessions = max_sessions
        self._seed = seed
        self.state = self._fresh_state()
        self._schemes: dict[str, set[str] | None] = {}
        self._xml = CdataXmlEncoder(spec)

    def reset(self, *, keep_sessions: bool = False) -> None:
        """Back to the state right after start-up (the demo account).

        ``keep_sessions`` keeps the demo users signed in, so a test can start a new sequence
        without signing in again.
        """
        state = self._fresh_state()
        if keep_sessions:
            state.sessions = OrderedDict(
                (key, session)
                for key, session in self.state.sessions.items()
                if session.user_id in state.users.rows
            )
        self._swap_in(state)

    def snapshot(self) -> dict[str, Any]:
        """The account by the API's names: ``users``, ``projectsgroups``, ``projects``, ``tasks``,
        ``activities``, ``files`` (rows as stored, in id order; a stored file's bytes as base64 under
        ``$bytes``) and ``credentials`` (salted password digests by user id, never a password).
        Sessions are not part of it: their ids are secrets."""
        with self.state.lock:
            return snapshot_of(self.state)

    def restore(self, state: Any) -> None:
        """Replace the account with ``state`` (a :meth:`snapshot` or seed data) at once, or raise
        :class:`StateError` naming the first problem and change nothing. No session survives a
        restore: clients sign in again (with the passwords the state's credentials hold)."""
        self._swap_in(state_from_snapshot(state, self._clock, self._session_ttl, self._max_sessions))

    def _swap_in(self, state: FivePmState) -> None:
        """Make ``state`` the account between two calls. It takes over the lock every call holds, so a
        call waiting for the lock while the account is swapped runs on the new account, alone."""
        with self.state.lock:
            state.lock = self.state.lock
            self.state = state

    def _fresh_state(self) -> FivePmState:
        state = FivePmState(self._clock, self._session_ttl, self._max_sessions)
        if self._seed:
            seed_demo_account(state)
        return state

    # engine interface

    def handlers(self) -> Mapping[str, Handler[Principal]]:
        table: dict[str, Handler[Principal]] = {
            "authenticationSignIn": self.sign_in,
            "authenticationSignOut": self.sign_out,
            "authenticationGetAuthorizedUser": self.get_authorized_user,
            "metainfoGetStatuses": lambda call: Reply({"item": [dict(s) for s in STATUSES]}),
            "metainfoGetPriorities": lambda call: Reply({"item": [dict(p) for p in PRIORITIES]}),
            "projectsAdd": self.projects_add,
            "projectsUpdate": self.projects_update,
            "projectsRemove": self.projects_remove,
            "projectsGetById": self.projects_get_by_id,
            "projectsGetAll": self.projects_get_all,
            "projectsGetList": self.projects_get_list,
            "tasksAdd": self.tasks_add,
            "tasksUpdate": self.tasks_update,
            "tasksRemove": self.tasks_remove,
            "tasksGetById": self.tasks_get_by_id,
            "tasksGetList": self.tasks_get_list,
            "usersAdd": self.users_add,
            "usersUpdate": self.users_update,
            "usersRemove": self.users_remove,
            "usersGetById": self.users_get_by_id,
            "usersGetByEmail": self.users_get_by_email,
            "usersGetAll": self.users_get_all,
            "activityAdd": self.activity_add,
            "activityUpdate": self.activity_update,
            "activityRemove": self.activity_remove,
            "activityGetById": self.activity_get_by_id,
            "activityGetList": self.activity_get_list,
            "activityAttachFiles": self.activity_attach_files,
            "activityGetFilesList": self.activity_get_files_list,
            "activityRemoveFile": self.activity_remove_file,
            "activityDownloadFile": self.activity_download_file,
            # The vendor's page gives these two calls as POST /service/post/... in the heading and
            # GET /service/get/... in the example; both forms are served (the spec's x-alias-of).
            "activityRemoveFileViaGet": self.activity_remove_file,
            "activityDownloadFileViaGet": self.activity_download_file,
            "projectsgroupsAdd": self.groups_add,
            "projectsgroupsUpdate": self.groups_update,
            "projectsgroupsRemove": self.groups_remove,
            "projectsgroupsGetById": self.groups_get_by_id,
            "projectsgroupsGetAll": self.groups_get_all,
        }
        return {operation_id: self._locked(handler) for operation_id, handler in table.items()}

    def _locked(self, handler: Handler[Principal]) -> Handler[Principal]:
        @functools.wraps(handler)
        def run(call: Call[Principal]) -> Reply | Response:
            with self.state.lock:
                return handler(call)

        return run

    def authenticate(self, call: Call[None]) -> Principal:
        allowed = self._allowed_schemes(call.operation)
        if allowed is None:
            return None
        request = call.request
        session_id = request.query_text("sessionId")
        with self.state.lock:
            if session_id and "sessionId" in allowed:  # `sessionId=` sends no session
                return self.state.resume_session(session_id)
            login, password = request.query_text("login"), request.query_text("password")
            if login is not None and password is not None and "login" in allowed:
                return self.state.check_password(login, password)
        needed = "sessionId" if allowed == {"sessionId"} else "sessionId, or login and password"
        raise ApiError(401, f"not authenticated: pass {needed}")

    def _allowed_schemes(self, operation: Operation) -> set[str] | None:
        """Security schemes the operation accepts; None when it needs no authentication."""
        key = operation.operation_id
        if key not in self._schemes:
            self._schemes[key] = self._read_schemes(operation)
        return self._schemes[key]

    def _read_schemes(self, operation: Operation) -> set[str] | None:
        requirements = operation.definition.get("security", self.spec.get("security", []))
        if not requirements or any(not requirement for requirement in requirements):
            return None
        return {scheme for requirement in requirements for scheme in requirement}

    def success_body(self, call: Call[Principal], reply: Reply) -> Any:
        return {"data": reply.payload}

    def error_body(self, error: ApiError, request: RawRequest, operation: Operation | None) -> Any:
        return {"data": {"error": {"code": error.status, "message": error.message}}}

    def render(self, status: int, body: Any, request: RawRequest, operation: Operation | None) -> Response:
        if request.query_text("retType") == "json":
            return CompactJSONResponse(body, status_code=status)
        schema = (
            None if operation is None else response_schema(self.spec, operation, status, "application/xml")
        )
        if schema is None:
            schema = {"$ref": ERROR_SCHEMA_REF} if status >= 400 else {}
        return Response(self._xml.encode(body, schema), status_code=status, media_type="application/xml")

    # helpers

    def _caller(self, call: Call[Principal]) -> SignedIn:
        if call.principal is None:
            raise ApiError(401, "not authenticated")
        return call.principal

    def _stamps(self) -> Row:
        now = self.state.now_text()
        return {"createdAt": now, "updatedAt": now}

    def _check_group(self, group_id: int | None, where: str) -> None:
        if group_id is not None and group_id not in self.state.groups.rows:
            raise ApiError(404, f"{where}: project group {group_id} does not exist")

    def _check_project(self, project_id: int, where: str) -> None:
        if project_id not in self.state.projects.rows:
            raise ApiError(404, f"{where}: project {project_id} does not exist")

    def _check_task(self, task_id: int, where: str) -> None:
        if task_id not in self.state.tasks.rows:
            raise ApiError(404, f"{where}: task {task_id} does not exist")

    def _touch(self, row: Row, changes: Mapping[str, Any]) -> Row:
        row.update(changes)
        row["updatedAt"] = self.state.now_text()
        return row

    @staticmethod
    def _changes(params: Mapping[str, Any], name: str) -> Row:
        """The fields an update call sends, without the id that picks the object."""
        return {key: value for key, value in params[name].items() if key != "id"}

    # authentication and metainfo

    def sign_in(self, call: Call[Principal]) -> Reply:
        signed_in = self.state.check_password(call.params["login"], call.params["password"])
        return Reply({"sessionId": self.state.open_session(signed_in.user_id)})

    def sign_out(self, call: Call[Principal]) -> Reply:
        caller = self._caller(call)
        if caller.session_id is not None:
            self.state.sessions.pop(caller.session_id, None)
        return Reply({"signOutState": True})

    def get_authorized_user(self, call: Call[Principal]) -> Reply:
        return Reply(user_out(self.state.users.get(self._caller(call).user_id)))

    # projects

    def _project_reply(self, project: Row, call: Call[Principal]) -> Reply:
        return Reply(project_out(project, call.principal, self.state, with_team=True))

    def projects_add(self, call: Call[Principal]) -> Reply:
        fields = call.params["project"]
        self._check_group(fields.get("groupId"), "project[groupId]")
        owner = self._caller(call).user_id
        row = {**PROJECT_DEFAULTS, **fields, **self._stamps(), "ownerId": owner, "team": [owner]}
        return self._project_reply(self.state.projects.insert(row), call)

    def projects_update(self, call: Call[Principal]) -> Reply:
        project = self.state.projects.get(call.params["project"]["id"])
        changes = self._changes(call.params, "project")
        self._check_group(changes.get("groupId"), "project[groupId]")
        return self._project_reply(self._touch(project, changes), call)

    def projects_remove(self, call: Call[Principal]) -> Reply:
        self.state.remove_project(call.params["id"])
        return Reply({"status": True})

    def projects_get_by_id(self, call: Call[Principal]) -> Reply:
        return self._project_reply(self.state.projects.get(call.params["id"]), call)

    def projects_get_all(self, call: Call[Principal]) -> Reply:
        return self._project_page(self.state.projects.all(), call)

    def projects_get_list(self, call: Call[Principal]) -> Reply:
        matches = select(
            self.state.projects.all(), call.params.get("filter", {}), PROJECT_FILTERS, self.state
        )
        return self._project_page(matches, call)

    def _project_page(self, matches: list[Row], call: Call[Principal]) -> Reply:
        with_team = bool(call.params.get("loadTeam", False))
        items = [
            project_out(p, call.principal, self.state, with_team=with_team)
            for p in page(matches, call.params)
        ]
        return Reply(list_out(items, len(matches)))

    # tasks

    def _task_reply(self, task: Row, call: Call[Principal]) -> Reply:
        return Reply(task_out(task, call.principal, self.state, with_team=True))

    def _check_parent(self, task_id: int | None, parent_id: int | None, project_id: int) -> None:
        """A parent must be another task of the same project, and not one of the task's own subtasks."""
        if parent_id is None:
            return
        parent = self.state.tasks.find(parent_id)
        if parent is None or parent["projectId"] != project_id:
            raise ApiError(404, f"task[parentId]: task {parent_id} does not exist in project {project_id}")
        ancestor: Row | None = parent
        while ancestor is not None:
            if ancestor["id"] == task_id:
                raise ApiError(
                    409, f"task[parentId]: task {parent_id} is the task itself or one of its subtasks"
                )
            ancestor = self.state.tasks.find(ancestor["parentId"])

    def tasks_add(self, call: Call[Principal]) -> Reply:
        fields = call.params["task"]
        self._check_project(fields["projectId"], "task[projectId]")
        self._check_parent(None, fields.get("parentId"), fields["projectId"])
        self._check_group(fields.get("groupId"), "task[groupId]")
        owner = self._caller(call).user_id
        filed = {"groupId": self.state.projects.get(fields["projectId"])["groupId"]}  # unless told
        row = {**TASK_DEFAULTS, **filed, **fields, **self._stamps(), "ownerId": owner, "team": [owner]}
        return self._task_reply(self.state.tasks.insert(row), call)

    def tasks_update(self, call: Call[Principal]) -> Reply:
        task = self.state.tasks.get(call.params["task"]["id"])
        changes = self._changes(call.params, "task")
        project_id: int = changes["projectId"] if "projectId" in changes else task["projectId"]
        self._check_project(project_id, "task[projectId]")
        self._check_parent(task["id"], changes.get("parentId", task["parentId"]), project_id)
        self._check_group(changes.get("groupId"), "task[groupId]")
        return self._task_reply(self._touch(task, changes), call)

    def tasks_remove(self, call: Call[Principal]) -> Reply:
        self.state.remove_task(call.params["id"])
        return Reply({"status": True})

    def tasks_get_by_id(self, call: Call[Principal]) -> Reply:
        return self._task_reply(self.state.tasks.get(call.params["id"]), call)

    def tasks_get_list(self, call: Call[Principal]) -> Reply:
        matches = select(self.state.tasks.all(), call.params.get("filter", {}), TASK_FILTERS, self.state)
        with_team = bool(call.params.get("loadTeam", False))
        items = [
            task_out(t, call.principal, self.state, with_team=with_team) for t in page(matches, call.params)
        ]
        return Reply(list_out(items, len(matches)))

    # users

    def _check_email_free(self, email: str | None, user_id: int | None) -> None:
        holder = None if email is None else self.state.user_by_login(email)
        if holder is not None and holder["id"] != user_id:
            raise ApiError(409, "user[email]: another user already has this e-mail address")

    def users_add(self, call: Call[Principal]) -> Reply:
        fields = dict(call.params["user"])
        password = fields.pop("password")
        self._check_email_free(fields["email"], None)
        user = self.state.users.insert({**USER_DEFAULTS, **fields})
        self.state.credentials[user["id"]] = Credential.of(password)
        return Reply(user_out(user))

    def users_update(self, call: Call[Principal]) -> Reply:
        user = self.state.users.get(call.params["user"]["id"])
        changes = self._changes(call.params, "user")
        password = changes.pop("password", None)
        self._check_email_free(changes.get("email"), user["id"])
        user.update(changes)
        if password is not None:
            self.state.credentials[user["id"]] = Credential.of(password)
        return Reply(user_out(user))

    def users_remove(self, call: Call[Principal]) -> Reply:
        if call.params["id"] == self._caller(call).user_id:
            raise ApiError(409, "a user cannot remove the account they are signed in with")
        self.state.remove_user(call.params["id"])
        return Reply({"status": True})

    def users_get_by_id(self, call: Call[Principal]) -> Reply:
        return Reply(user_out(self.state.users.get(call.params["id"])))

    def users_get_by_email(self, call: Call[Principal]) -> Reply:
        user = self.state.user_by_login(call.params["email"])
        if user is None:
            raise ApiError(404, "no user has this e-mail address")
        return Reply(user_out(user))

    def users_get_all(self, call: Call[Principal]) -> Reply:
        users = [user_out(user) for user in self.state.users.all()]
        return Reply(list_out(users, len(users)))

    # activities

    def _activity_reply(self, activity: Row, call: Call[Principal]) -> Reply:
        return Reply(activity_out(activity, call.principal, self.state, with_files=True, with_names=True))

    def _report_progress(self, task_id: int, progress: int | None) -> None:
        """A progress figure posted with an activity becomes the task's progress."""
        if progress is not None:
            self._touch(self.state.tasks.get(task_id), {"progress": progress})

    def activity_add(self, call: Call[Principal]) -> Reply:
        fields = call.params["activity"]
        self._check_task(fields["taskId"], "activity[taskId]")
        task = self.state.tasks.get(fields["taskId"])
        stamps = self._stamps()
        row = {
            **ACTIVITY_DEFAULTS,
            "progress": task["progress"],
            "date": stamps["createdAt"],
            **fields,
            **stamps,
            "ownerId": self._caller(call).user_id,
        }
        self._report_progress(task["id"], fields.get("progress"))
        return self._activity_reply(self.state.activities.insert(row), call)

    def activity_update(self, call: Call[Principal]) -> Reply:
        activity = self.state.activities.get(call.params["activity"]["id"])
        changes = self._changes(call.params, "activity")
        if "taskId" in changes:
            self._check_task(changes["taskId"], "activity[taskId]")
        self._touch(activity, changes)
        self._report_progress(activity["taskId"], changes.get("progress"))
        return self._activity_reply(activity, call)

    def activity_remove(self, call: Call[Principal]) -> Reply:
        self.state.remove_activity(call.params["id"])
        return Reply({"status": True})

    def activity_get_by_id(self, call: Call[Principal]) -> Reply:
        return self._activity_reply(self.state.activities.get(call.params["id"]), call)

    def activity_get_list(self, call: Call[Principal]) -> Reply:
        matches = select(
            self.state.activities.all(), call.params.get("filter", {}), ACTIVITY_FILTERS, self.state
        )
        with_files, with_names = bool(call.params.get("withFiles")), bool(call.params.get("withNames"))
        items = [
            activity_out(a, call.principal, self.state, with_files=with_files, with_names=with_names)
            for a in page(matches, call.params)
        ]
        return Reply(list_out(items, len(matches)))

    # files

    def activity_attach_files(self, call: Call[Principal]) -> Reply:
        activity = self.state.activities.get(call.params["activityId"])
        uploads = sorted(call.params["files"].items(), key=lambda item: int(item[0]))
        prepared = [
            self._prepare_upload(number, upload) for number, upload in uploads
        ]  # all valid, or none stored
        now = self.state.now_text()
        for row, content in prepared:
            stored = self.state.files.insert({**row, "activityId": activity["id"], "createdAt": now})
            self.state.file_bytes[stored["id"]] = content
        return Reply({"status": True})

    @staticmethod
    def _prepare_upload(number: str, upload: Mapping[str, Any]) -> tuple[Row, bytes]:
        """A file row and its bytes: uploads carry base64 bytes, links carry their address."""
        kind = upload.get("type", "file")
        text = upload.get("content", "")
        if kind != "file":
            return {"name": upload["name"], "type": kind, "size": 0, "content": text}, b""
        try:
            # MIME tools break base64 into lines; anything else outside the alphabet is an error.
            content = base64.b64decode("".join(text.split()), validate=True)
        except (binascii.Error, ValueError) as exc:
            raise ApiError(400, f"files[{number}][content]: not valid base64") from exc
        return {"name": upload["name"], "type": kind, "size": len(content), "content": ""}, content

    def activity_get_files_list(self, call: Call[Principal]) -> Reply:
        matches = select(self.state.files.all(), call.params.get("filter", {}), FILE_FILTERS, self.state)
        order_by = call.params.get("orderBy")
        if order_by in FILE_ORDER_KEYS:  # the values are undocumented: any other keeps the id order
            matches.sort(key=lambda f: (f[order_by], f["id"]))
        if call.params.get("orderReverse"):
            matches.reverse()
        items = [file_out(f, call.principal, self.state) for f in page(matches, call.params)]
        return Reply(list_out(items, len(matches)))

    def activity_remove_file(self, call: Call[Principal]) -> Reply:
        self.state.remove_file(call.params["id"])
        return Reply({"status": True})

    def activity_download_file(self, call: Call[Principal]) -> Response:
        file = self.state.files.get(call.params["id"])
        if file["type"] != "file":
            raise ApiError(404, f"file {file['id']} is a {file['type']} link and has no stored content")
        return Response(
            self.state.file_bytes[file["id"]],
            media_type="application/octet-stream",
            headers={"Content-Disposition": content_disposition(file["name"])},
        )

    # project groups

    def groups_add(self, call: Call[Principal]) -> Reply:
        return Reply(group_out(self.state.groups.insert(dict(call.params["group"]))))

    def groups_update(self, call: Call[Principal]) -> Reply:
        group = self.state.groups.get(call.params["group"]["id"])
        group.update(self._changes(call.params, "group"))
        return Reply(group_out(group))

    def groups_remove(self, call: Call[Principal]) -> Reply:
        self.state.remove_group(call.params["id"])
        return Reply({"status": True})

    def groups_get_by_id(self, call: Call[Principal]) -> Reply:
        return Reply(group_out(self.state.groups.get(call.params["id"])))

    def groups_get_all(self, call: Call[Principal]) -> Reply:
        groups = [group_out(group) for group in self.state.groups.all()]
        return Reply(list_out(groups, len(groups)))


def create_behaviour(spec: Mapping[str, Any], **options: Any) -> FivePmBehaviour:
    """Entry point for :func:`apikit.mock.create_app` (options: ``clock``, ``session_ttl``,
    ``max_sessions``, ``seed``)."""
    return FivePmBehaviour(spec, **options)
