"""Worksection admin API v2 behaviour for the mock engine: one demo account, signed calls, get_projects.

Every call goes to ``/api/admin/v2/`` and names its action in the query (``?action=get_projects``).
GET carries the parameters in the query; POST may carry them in the query too (the vendor's Postman
collection) or as a JSON body (the vendor's 2026 clients). A parameter given in both places must mean
the same in both.

Signatures (either one is enough; the API key itself never travels):

- ``hash`` query parameter: the lowercase hex MD5 of the query string exactly as received (the raw
  bytes, still percent-encoded, in the order sent) without its ``hash`` pair, with the API key
  appended. ``?action=get_projects&filter=active&hash=<md5("action=get_projects&filter=active" + key)>``.
- ``Authorization: Admin <unix_time>_<hex HMAC-SHA256(key=API key, msg="<action>:<unix_time>")>``.
  A timestamp more than ``hmac_max_skew`` seconds (default 300, i.e. 5 minutes) before or after the
  mock's clock is refused as stale, so a captured header cannot be replayed for long.

Answers are ``{"status": "ok", "data": [...]}``. Failures come, like the vendor's, with HTTP 200 as
``{"status": "error", "status_code": N, "message": ..., "message_details"?: ...}``:

- 2: signature missing, wrong or stale (message as the vendor's documentation shows it);
- 1: the ``action`` is missing or not one this mock serves (the vendor's code is undocumented);
- 11: a parameter the spec refuses (bad ``filter``/``extra`` value, unknown parameter, bad JSON body,
  a value given differently in the query and the body); the details say which;
- 9: too many requests, when the rate limit is on (the vendor's code is undocumented).

Other HTTP statuses: 414 with an empty body for a URL longer than 8 KB (the vendor's web server does
that), 404/405 with the envelope for a path or method that serves no action, 500 only for a mock bug.

Checks run in this order: URL length, action, signature, rate limit, then the parameters (the engine
validates them against the spec) and the handler. So an unsigned call is refused for its signature
whatever its parameters, and every signed call naming a known action counts against the rate limit.

Rate limit: the vendor allows one request per second per account. ``min_interval`` (seconds) turns the
same rule on in the mock: a signed call that arrives sooner than ``min_interval`` after the last call
let through is refused with code 9. Refused calls do not restart the wait, and unsigned ones do not
count. It is **off by default** (``min_interval=0``) because test suites, schemathesis and generated
clients send many calls per second; pass ``min_interval=1.0`` to reproduce the vendor.

Demo account (seeded unless ``seed=False``): account ``demo`` (``https://demo.worksection.com``),
admin API key ``DEMO_API_KEY`` = ``5f2b8c0e9a7d4e61b3c8f0a2d9e4b7c1`` (``api_key=`` sets another).

=====  ===================  ========  ===========  =========  ========  ==================================
id     name                 status    folder       author     manager   set: dates, estimates, tags
=====  ===================  ========  ===========  =========  ========  ==================================
2101   Website redesign     active    Marketing    101        102       start, end, time, money, 2 tags
2102   Mobile app beta      active    Product      102        (none)    closed once before, no description
2103   Office relocation    pending   Operations   101        104       start, money 5000.5, 1 tag
2104   Annual report 2023   archive   Finance      103        103       closed, start, end, time
=====  ===================  ========  ===========  =========  ========  ==================================

Users: 101 Olivia Brandt, 102 Marcus Lee, 103 Priya Raman, 104 Tomás Ortega (``@example.com``).
Descriptions are stored as HTML; ``extra=text`` gives them as plain text made from that HTML,
``extra=html`` as stored (``html`` wins when both are asked). ``filter=archived`` and ``filter=archive``
both select the archived project, whose ``status`` reads ``archive`` as in vendor material.

All state (the account and the rate-limit clock) sits behind one lock. The clock is injectable
(``clock=``, Unix seconds) so tests can age signatures and step through the rate limit.

The account can be shown and replaced as plain data (:meth:`WorksectionBehaviour.snapshot`,
:meth:`WorksectionBehaviour.restore`): ``{"people": [...], "projects": [...]}``, each record under the
names get_projects answers with (``status``, ``company``, ``user_from``, ``text``, ``date_added``...),
people by id, dates as ISO text. The API key and the rate limit's clock are configuration, not state:
neither is in a snapshot, and a restore keeps them.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from html.parser import HTMLParser
from typing import Any
from urllib.parse import unquote_to_bytes

from starlette.responses import Response

from apikit.mock.engine import (
    ApiError,
    Behaviour,
    Call,
    CompactJSONResponse,
    Handler,
    RawRequest,
    Reply,
    StateError,
)
from apikit.mock.params import shown
from apikit.mock.records import Converter, checked, one_of, refers_to, wire
from apikit.spec import Operation, schema_validator

Row = dict[str, Any]
Clock = Callable[[], float]

DEMO_ACCOUNT = "demo"
DEMO_API_KEY = "5f2b8c0e9a7d4e61b3c8f0a2d9e4b7c1"
HMAC_MAX_SKEW = 300.0
MAX_URL_BYTES = 8192

CODE_UNKNOWN_ACTION = 1
CODE_BAD_SIGNATURE = 2
CODE_TOO_MANY_REQUESTS = 9
CODE_INVALID_VALUE = 11
CODE_MOCK_BUG = 0
BAD_SIGNATURE_MESSAGE = "Action hash is missed or invalid"
ERROR_SCHEMA_REF = "#/components/schemas/ErrorEnvelope"
NO_HASH = "no hash parameter"

DATE_TIME_FORMAT = "%Y-%m-%d %H:%M"
DATE_FORMAT = "%Y-%m-%d"
NO_MANAGER: Row = {"id": "0", "email": "NOONE", "name": "Manager isn't assigned"}

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

# Both spellings of the archive filter appear in vendor material; stored projects say "archive".
FILTER_STATES = {"active": "active", "pending": "pending", "archived": "archive", "archive": "archive"}
PROJECT_STATES = ("active", "pending", "archive")


class WorksectionError(ApiError):
    """A refusal in the vendor's envelope. HTTP 200, as the vendor answers every failure."""

    def __init__(self, code: int, message: str, details: str | None = None) -> None:
        super().__init__(200, message)
        self.code = code
        self.details = details


def invalid_value(details: str) -> WorksectionError:
    return WorksectionError(CODE_INVALID_VALUE, "Invalid parameter value", details)


def bad_signature(details: str | None = None) -> WorksectionError:
    return WorksectionError(CODE_BAD_SIGNATURE, BAD_SIGNATURE_MESSAGE, details)


# --- signatures -------------------------------------------------------------------------------------------


def action_hash(signed_query: bytes, api_key: str) -> str:
    """The ``hash`` a query string (already without its ``hash`` pair) must carry."""
    return hashlib.md5(signed_query + api_key.encode("utf-8")).hexdigest()


def _decoded(raw: bytes) -> bytes:
    return unquote_to_bytes(raw.replace(b"+", b" "))


def split_signed_query(query_string: bytes) -> tuple[bytes, list[bytes]]:
    """The query string as received minus its ``hash`` pairs, and the (decoded) ``hash`` values.

    Everything else stays byte for byte as it arrived: order, escaping, even empty fields.
    """
    kept: list[bytes] = []
    hashes: list[bytes] = []
    for pair in query_string.split(b"&"):
        name, _, value = pair.partition(b"=")
        if _decoded(name) == b"hash":
            hashes.append(_decoded(value))
        else:
            kept.append(pair)
    return b"&".join(kept), hashes


def query_hash_problem(query_string: bytes, api_key: str) -> str | None:
    """Why the query's ``hash`` does not sign it with ``api_key``; None when it does."""
    signed, hashes = split_signed_query(query_string)
    if not hashes:
        return NO_HASH
    if len(hashes) > 1:
        return "more than one hash parameter"
    expected = action_hash(signed, api_key).encode("ascii")
    if not hmac.compare_digest(hashes[0].lower(), expected):
        return "the hash does not match the query string"
    return None


def query_hash_is_valid(query_string: bytes, api_key: str) -> bool:
    """True when ``query_string`` (as received, ``hash`` included) is signed with ``api_key``."""
    return query_hash_problem(query_string, api_key) is None


def admin_signature(action: str, timestamp: int, api_key: str) -> str:
    """The hex HMAC-SHA256 of ``<action>:<timestamp>`` keyed with the API key."""
    message = f"{action}:{timestamp}".encode()
    return hmac.new(api_key.encode("utf-8"), message, hashlib.sha256).hexdigest()


def admin_header(action: str, timestamp: int, api_key: str) -> str:
    """A complete ``Authorization`` value for ``action`` at ``timestamp`` (what a client sends)."""
    return f"Admin {timestamp}_{admin_signature(action, timestamp, api_key)}"


@dataclass(frozen=True)
class AdminToken:
    """The parts of an ``Authorization: Admin <time>_<signature>`` header."""

    timestamp: int
    signature: str = field(repr=False)


def is_admin_header(value: str) -> bool:
    """Whether an ``Authorization`` value uses the ``Admin`` scheme (schemes ignore case)."""
    return value.strip().partition(" ")[0].lower() == "admin"


def parse_admin_header(value: str) -> AdminToken | None:
    """The token of an ``Admin`` authorization header; None for another scheme or a malformed one."""
    if not is_admin_header(value):
        return None
    token = value.strip().partition(" ")[2]
    stamp, separator, signature = token.strip().partition("_")
    if not separator or not stamp.isascii() or not stamp.isdigit() or len(stamp) > 12:
        return None
    return AdminToken(int(stamp), signature)


def admin_header_problem(value: str, action: str, api_key: str, now: float, max_skew: float) -> str | None:
    """Why an ``Authorization`` value does not sign ``action`` now; None when it does."""
    token = parse_admin_header(value)
    if token is None:
        return "the Authorization header is not 'Admin <unix_time>_<signature>'"
    expected = admin_signature(action, token.timestamp, api_key).encode("ascii")
    if not hmac.compare_digest(token.signature.lower().encode("utf-8"), expected):
        return "the Authorization signature does not match"
    if abs(now - token.timestamp) > max_skew:
        return f"the Authorization timestamp is more than {max_skew:g} s away from the server clock"
    return None


# --- the account ------------------------------------------------------------------------------------------

# What a snapshot needs of a field beyond its type (metadata of :mod:`apikit.mock.records`): its name
# there when that is not the field's (the name get_projects answers with), whether it holds people's
# ids, what else it must meet (the checks below).


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


@dataclass(frozen=True)
class Person:
    id: int
    name: str
    email: str


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


def restriction_options(*enabled: str) -> dict[str, int]:
    """All fourteen flags, 1 for those named; refuses what the service refuses (two cost rules)."""
    unknown = set(enabled) - set(OPTION_NAMES)
    if unknown:
        raise ValueError(f"unknown project options: {sorted(unknown)}")
    if len(set(enabled) & set(COST_RULES)) > 1:
        raise ValueError(f"at most one of {', '.join(COST_RULES)} can be on")
    return {name: int(name in enabled) for name in OPTION_NAMES}


class Account:
    """People and projects of one account. Callers hold ``lock`` around every read or change."""

    def __init__(self) -> None:
        self.lock = threading.RLock()
        self.people: dict[int, Person] = {}
        self.projects: dict[int, Project] = {}
        self.last_admitted: float | None = None

    def add_person(self, person: Person) -> None:
        self.people[person.id] = person

    def add_project(self, project: Project) -> None:
        named = {project.author, *project.team} | ({project.manager} if project.manager else set())
        missing = sorted(named - set(self.people))
        if missing:
            raise ValueError(f"project {project.id} names unknown people {missing}")
        self.projects[project.id] = project

    def projects_in(self, state: str | None) -> list[Project]:
        return [
            self.projects[key] for key in sorted(self.projects) if state in (None, self.projects[key].state)
        ]

    # snapshots

    def snapshot(self) -> dict[str, list[Row]]:
        """People and projects as plain data, in id order (the rate limit's clock is not state)."""
        return {
            "people": [CONVERTER.row_of(self.people[key]) for key in sorted(self.people)],
            "projects": [CONVERTER.row_of(self.projects[key]) for key in sorted(self.projects)],
        }

    def load_snapshot(self, data: Any, where: str = "state") -> None:
        """Fill this new, empty account from ``data`` (what :meth:`snapshot` gives, or a seed file; a
        collection it leaves out is empty). Raises :class:`StateError` naming the place of the first
        problem: callers take the result only when this returns."""
        if not isinstance(data, Mapping):
            raise StateError(
                f"{where}: expected a mapping of collection name to a list of records ({_KNOWN})"
            )
        unknown = [name for name in data if name not in COLLECTIONS]
        if unknown:
            raise StateError(
                f"{where}: no collection {shown(unknown[0])} in a Worksection account ({_KNOWN})"
            )
        loaded = {
            name: self._records(data.get(name, []), cls, f"{where}.{name}")
            for name, cls in COLLECTIONS.items()
        }
        self.people = {person.id: person for person, _ in loaded["people"]}
        self.projects = {project.id: project for project, _ in loaded["projects"]}
        for project, place in loaded["projects"]:
            CONVERTER.check_references(project, place, self._is_known)

    @staticmethod
    def _records(rows: Any, cls: type[Any], where: str) -> list[tuple[Any, str]]:
        if not isinstance(rows, list):
            raise StateError(f"{where}: expected a list of records")
        records: list[tuple[Any, str]] = []
        places: dict[int, str] = {}
        for index, row in enumerate(rows):
            place = f"{where}[{index}]"
            record = CONVERTER.record_of(cls, row, place)
            if record.id in places:
                raise StateError(f"{place}[id]: {record.id} is already the id of {places[record.id]}")
            places[record.id] = place
            records.append((record, place))
        return records

    def _is_known(self, record_id: int, kinds: tuple[str, ...]) -> bool:
        """Whether a record of ``kinds`` has the id: people are all that projects refer to."""
        return "person" in kinds and record_id in self.people


def seed_demo_account(account: Account) -> None:
    """The account described in the module docstring."""
    for person in (
        Person(101, "Olivia Brandt", "olivia.brandt@example.com"),
        Person(102, "Marcus Lee", "marcus.lee@example.com"),
        Person(103, "Priya Raman", "priya.raman@example.com"),
        Person(104, "Tomás Ortega", "tomas.ortega@example.com"),
    ):
        account.add_person(person)
    account.add_project(
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
        )
    )
    account.add_project(
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
        )
    )
    account.add_project(
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
        )
    )
    account.add_project(
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
        )
    )


# --- parameters -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Extras:
    """What ``extra`` asks for: the description (``"text"``, ``"html"`` or None), options, team."""

    description: str | None = None
    options: bool = False
    users: bool = False


def parse_extra(value: str | None) -> Extras:
    """``"text, options"`` -> Extras("text", options=True); the spec's pattern has checked the words."""
    words = {word.strip() for word in value.split(",")} if value else set()
    description = "html" if "html" in words else "text" if "text" in words else None
    return Extras(description, "options" in words, "users" in words)


def state_of_filter(value: str | None) -> str | None:
    return None if value is None else FILTER_STATES[value]


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


# --- output: the one place that maps the account to the spec's Project schema -----------------------------


def person_out(person: Person) -> Row:
    return {"id": str(person.id), "email": person.email, "name": person.name}


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
    out["date_added"] = project.added.strftime(DATE_TIME_FORMAT)
    if project.closed is not None:
        out["date_closed"] = project.closed.strftime(DATE_TIME_FORMAT)
    if project.start is not None:
        out["date_start"] = project.start.strftime(DATE_FORMAT)
    if project.end is not None:
        out["date_end"] = project.end.strftime(DATE_FORMAT)
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


# --- the behaviour ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Admin:
    """An authenticated admin call, and which signature proved it (``hash`` or ``hmac``)."""

    scheme: str


class WorksectionBehaviour(Behaviour[Admin]):
    def __init__(
        self,
        spec: Mapping[str, Any],
        *,
        api_key: str = DEMO_API_KEY,
        clock: Clock = time.time,
        min_interval: float = 0.0,
        hmac_max_skew: float = HMAC_MAX_SKEW,
        seed: bool = True,
    ) -> None:
        if not api_key:
            raise ValueError("the mock needs a non-empty API key")
        self.spec = spec
        self._api_key = api_key
        self._clock = clock
        self.min_interval = min_interval
        self.hmac_max_skew = hmac_max_skew
        self._seed = seed
        self._envelope_check = schema_validator(spec, {"$ref": ERROR_SCHEMA_REF})
        self.account = self._fresh_account()

    def __repr__(self) -> str:  # the API key stays out of every repr
        return f"{type(self).__name__}(min_interval={self.min_interval}, hmac_max_skew={self.hmac_max_skew})"

    def reset(self) -> None:
        """Back to the state right after start-up (the demo account, rate limit unused)."""
        self.account = self._fresh_account()

    def snapshot(self) -> dict[str, list[Row]]:
        """People and projects (see :meth:`Account.snapshot`); the API key is never in it."""
        account = self.account
        with account.lock:
            return account.snapshot()

    def restore(self, state: Any) -> None:
        """Replace people and projects with ``state``, all at once; the API key and the rate limit's
        window stay as they are (configuration, not state)."""
        fresh = Account()
        fresh.load_snapshot(state)
        account = self.account
        with account.lock:
            account.people, account.projects = fresh.people, fresh.projects

    def _fresh_account(self) -> Account:
        account = Account()
        if self._seed:
            seed_demo_account(account)
        return account

    # engine interface

    def handlers(self) -> Mapping[str, Handler[Admin]]:
        table: dict[str, Handler[Admin]] = {
            "getProjects": self.get_projects,
            "getProjectsJson": self.get_projects_json,
        }
        return {operation_id: self._locked(handler) for operation_id, handler in table.items()}

    def _locked(self, handler: Handler[Admin]) -> Handler[Admin]:
        @functools.wraps(handler)
        def run(call: Call[Admin]) -> Reply | Response:
            with self.account.lock:
                return handler(call)

        return run

    def choose_operation(self, candidates: Sequence[Operation], request: RawRequest) -> Operation:
        """The action's operation, once the call is signed and within the rate limit: like the
        vendor, an unsigned call learns nothing about its parameters."""
        if len(request.path) + 1 + len(request.query_string) > MAX_URL_BYTES:
            raise ApiError(414, "the URL is longer than the server takes")
        operation = self._operation_of(candidates, request.query.get("action"))
        with self.account.lock:
            self._admit(self._signed_by(request, str(request.query["action"])))
        return operation

    @staticmethod
    def _operation_of(candidates: Sequence[Operation], action: Any) -> Operation:
        for operation in candidates:
            if operation.rpc is not None and operation.rpc.value == action:
                return operation
        if action is None:
            raise WorksectionError(CODE_UNKNOWN_ACTION, "Action is missing", "pass action=<name>")
        raise WorksectionError(CODE_UNKNOWN_ACTION, "Unknown action", f"action {shown(action)}")

    def authenticate(self, call: Call[None]) -> Admin:
        # Signature and rate limit were settled when the operation was chosen; this names the scheme.
        return self._signed_by(call.request, str(call.params["action"]))

    def _signed_by(self, request: RawRequest, action: str) -> Admin:
        """Either signature will do; when neither does, the details say what was wrong."""
        header = request.headers.get("authorization", "")
        header_problem = None
        if is_admin_header(header):
            header_problem = admin_header_problem(
                header, action, self._api_key, self._clock(), self.hmac_max_skew
            )
            if header_problem is None:
                return Admin("hmac")
        hash_problem = query_hash_problem(request.query_string, self._api_key)
        if hash_problem is None:
            return Admin("hash")
        if header_problem is None and hash_problem == NO_HASH:
            raise bad_signature("no hash parameter and no 'Authorization: Admin ...' header")
        raise bad_signature(header_problem or hash_problem)

    def _admit(self, admin: Admin) -> None:
        """The vendor's one-call-per-second rule, when switched on (``min_interval``)."""
        if self.min_interval <= 0:
            return
        now = self._clock()
        last = self.account.last_admitted
        if last is not None and now - last < self.min_interval:
            wait = self.min_interval - (now - last)
            raise WorksectionError(CODE_TOO_MANY_REQUESTS, "Too many requests", f"retry in {wait:.3f} s")
        self.account.last_admitted = now

    def success_body(self, call: Call[Admin], reply: Reply) -> Any:
        return {"status": "ok", "data": reply.payload}

    def error_body(self, error: ApiError, request: RawRequest, operation: Operation | None) -> Any:
        code, message, details = self._envelope_parts(error)
        body: Row = {"status": "error", "status_code": code, "message": message}
        if details:
            body["message_details"] = details
        # Refusals made before an operation is chosen are not checked by the engine: check them here
        # (a broken envelope is a mock bug, which the engine answers with a 500).
        self._envelope_check.validate(body)
        return body

    @staticmethod
    def _envelope_parts(error: ApiError) -> tuple[int, str, str | None]:
        if isinstance(error, WorksectionError):
            return error.code, error.message, error.details
        if error.status == 400:  # the engine refused the request against the spec
            return CODE_INVALID_VALUE, "Invalid parameter value", error.message
        if error.status in (404, 405):
            return CODE_UNKNOWN_ACTION, "No action is served here", error.message
        return CODE_MOCK_BUG, "Internal error", error.message

    def render(self, status: int, body: Any, request: RawRequest, operation: Operation | None) -> Response:
        if status == 414:
            return Response(status_code=414)  # the web server's refusal, before the API sees it
        # Refusals of bad input come as HTTP 200 with the envelope, like the vendor's.
        return CompactJSONResponse(body, status_code=200 if status in (200, 400) else status)

    # get_projects

    def get_projects(self, call: Call[Admin]) -> Reply:
        return self._projects(call.params.get("filter"), call.params.get("extra"))

    def get_projects_json(self, call: Call[Admin]) -> Reply:
        body: Mapping[str, Any] = call.body or {}
        filter_value = self._one_value(
            "filter", call.params.get("filter"), body.get("filter"), state_of_filter
        )
        extra_value = self._one_value("extra", call.params.get("extra"), body.get("extra"), parse_extra)
        return self._projects(filter_value, extra_value)

    @staticmethod
    def _one_value(name: str, in_query: Any, in_body: Any, meaning: Callable[[Any], object]) -> Any:
        """A parameter sent in the query, the body or both (then both must mean the same)."""
        if in_query is not None and in_body is not None and meaning(in_query) != meaning(in_body):
            raise invalid_value(f"{name} is given in the query and in the JSON body with different values")
        return in_body if in_body is not None else in_query

    def _projects(self, filter_value: str | None, extra_value: str | None) -> Reply:
        extras = parse_extra(extra_value)
        projects = self.account.projects_in(state_of_filter(filter_value))
        return Reply([project_out(project, self.account.people, extras) for project in projects])


# --- snapshots: records <-> plain data ---------------------------------------------------------------------

COLLECTIONS: dict[str, type[Any]] = {"people": Person, "projects": Project}
_KNOWN = "collections: " + ", ".join(COLLECTIONS)
CONVERTER = Converter()
"""Records <-> plain data, each field under its own name unless its metadata names the vendor's."""


def create_behaviour(spec: Mapping[str, Any], **options: Any) -> WorksectionBehaviour:
    """Entry point for :func:`apikit.mock.create_app` (options: ``api_key``, ``clock``, ``min_interval``,
    ``hmac_max_skew``, ``seed``)."""
    return WorksectionBehaviour(spec, **options)
