"""Signing in to ProWorkflow for schemathesis, and what else a run must know about the service.

ProWorkflow has no sessions: every request carries the account's API key (header ``apikey``) and a
user's HTTP Basic credentials (user name or e-mail address, and password). What a spec cannot say,
and this module adds:
- the run never locks itself out of a live account: cases that would delete the signed-in contact
  or its company, change its rights (roles, groups), or change what it signs in with (user name,
  e-mail, password, login permission) are pointed away from it, so the account survives
  `apikit verify`;
- the rate limit (requests per window per API key, shared by every user of the account) is paced,
  not fought: once an answer says the window is used up (``x-ratelimit-remaining: 0`` or a 429),
  the next case waits ``x-ratelimit-reset`` seconds before it is sent;
- list calls state rules between query parameters that OpenAPI cannot express (``pagenumber``
  with ``pagesize``, no paging with ``subtotals``, date subtotals need their ``...from`` date):
  valid generated cases are made to keep them (``keep_query_rules``);
- a write (POST, PUT, DELETE) may be refused with 400 although its data fits the schema: the service
  checks it against the account's data (ids that must exist, a contact's type against its
  company's, unique logins, ...), which no schema can state and generated data cannot know. Such a
  400 is not reported as "valid data rejected"; every other check still holds it, and reads (GET)
  stay strict.

These run as global schemathesis hooks that act only on ProWorkflow operations.

Credentials come from PROWORKFLOW_APIKEY / PROWORKFLOW_USERNAME / PROWORKFLOW_PASSWORD; without
them, the mock's demo account (its administrator).
"""

from __future__ import annotations

import base64
import os
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx
import schemathesis
from schemathesis.core.failures import Failure
from schemathesis.generation import GenerationMode
from schemathesis.generation.case import Case
from schemathesis.openapi.checks import RejectedPositiveData

from apikit.mock.proworkflow.demo import ACCOUNT, DANA
from apikit.spec import SchemaValidator, resolve, schema_validator

WHO_AM_I_PATH = "me"
NO_SUCH_ID = 2**31 - 1
RATE_LIMITED = 429
LONGEST_WINDOW_SECONDS = 30.0  # the documented window; a longer reset header is not trusted

# Operations that would cost the run its sign-in or its rights when aimed at the signed-in contact
# (path parameter `contactid`) or its company (`companyid`: deleting it removes the contact too).
CONTACT_LOCKOUTS = frozenset({"contactsDelete", "contactRolesUpdate", "contactGroupsUpdate"})
COMPANY_LOCKOUTS = frozenset({"companiesDelete"})
# Fields that sign-in and rights depend on: an edit of the signed-in contact that sends one of them
# is aimed at a contact that does not exist instead.
SIGN_IN_FIELDS = frozenset(
    {"username", "email", "password", "allowlogin", "type", "companyid", "groupid", "roleid"}
)
# `PUT /me` has no id to point elsewhere: its sign-in fields are dropped instead.
OWN_SIGN_IN_FIELDS = ("username", "email", "password")


@dataclass(frozen=True)
class Credentials:
    api_key: str = field(repr=False)
    username: str
    password: str = field(repr=False)

    def basic(self) -> str:
        token = base64.b64encode(f"{self.username}:{self.password}".encode()).decode("ascii")
        return f"Basic {token}"


def credentials() -> Credentials:
    return Credentials(
        os.environ.get("PROWORKFLOW_APIKEY", ACCOUNT.api_key),
        os.environ.get("PROWORKFLOW_USERNAME", DANA.username),
        os.environ.get("PROWORKFLOW_PASSWORD", DANA.password),
    )


@dataclass(frozen=True)
class SignedIn:
    """The run's credentials and who they sign in as."""

    credentials: Credentials
    contact_id: int
    company_id: int | None


def sign_in(http: httpx.Client, pacer: RatePacer) -> SignedIn:
    """Who the credentials belong to; ``http`` has the API root as its base URL."""
    given = credentials()
    pacer.wait()
    answer = http.get(WHO_AM_I_PATH, headers={"apikey": given.api_key, "Authorization": given.basic()})
    pacer.observe(answer.status_code, answer.headers)
    if answer.status_code != 200:
        raise RuntimeError(
            f"ProWorkflow sign-in (GET /me) failed with HTTP {answer.status_code}; check "
            "PROWORKFLOW_APIKEY, PROWORKFLOW_USERNAME and PROWORKFLOW_PASSWORD"
        )
    contact = answer.json()["contact"]
    company = contact.get("companyid")
    return SignedIn(given, int(contact["id"]), int(company) if isinstance(company, int) else None)


class RatePacer:
    """Holds the next request back until the rate-limit window that the last answer used up resets."""

    def __init__(
        self, sleep: Callable[[float], None] = time.sleep, clock: Callable[[], float] = time.monotonic
    ):
        self._sleep = sleep
        self._clock = clock
        self._lock = threading.Lock()
        self._resume_at = 0.0

    def observe(self, status: int, headers: Mapping[str, str]) -> None:
        remaining = _number(headers.get("x-ratelimit-remaining"))
        if status != RATE_LIMITED and (remaining is None or remaining > 0):
            return
        reset = _number(headers.get("x-ratelimit-reset"))
        wait = LONGEST_WINDOW_SECONDS if reset is None else max(0.0, min(reset, LONGEST_WINDOW_SECONDS))
        with self._lock:
            self._resume_at = max(self._resume_at, self._clock() + wait)

    def wait(self) -> None:
        with self._lock:
            pause = self._resume_at - self._clock()
        if pause > 0:
            self._sleep(pause)


def _number(value: str | None) -> float | None:
    try:
        return float(value) if value is not None else None
    except ValueError:
        return None


# One pacer per process: the limit belongs to the API key, whichever schema or provider sends.
PACER = RatePacer()
_installing = threading.Lock()
_installed = False


def _install_hooks() -> None:
    """Global schemathesis hooks, once per process: the pacer sees every answer (an auth provider
    only sees requests), and generated cases keep the vendor's rules between query parameters."""
    global _installed
    with _installing:
        if _installed:
            return

        def after_call(context: Any, case: Case[Any], response: Any) -> None:
            if _is_proworkflow(case) and (
                "x-ratelimit-remaining" in response.headers or response.status_code == RATE_LIMITED
            ):
                PACER.observe(response.status_code, _first_values(response.headers))

        def map_case(context: Any, case: Case[Any]) -> Case[Any]:
            if _is_proworkflow(case) and _is_positive(case) and isinstance(case.query, dict):
                case.query = keep_query_rules(case.query, _query_defaults(case))
            return case

        def filter_failure(context: Any, failure: Failure, case: Case[Any], response: Any) -> bool:
            return not (_is_proworkflow(case) and is_refused_against_account_data(failure, case, response))

        schemathesis.hook(after_call)
        schemathesis.hook(map_case)
        schemathesis.hook(filter_failure)
        _installed = True


WRITES = frozenset({"POST", "PUT", "DELETE"})


def is_refused_against_account_data(failure: Failure, case: Case[Any], response: Any) -> bool:
    """A write whose valid data the service refused (400) after checking it against the account."""
    return (
        isinstance(failure, RejectedPositiveData)
        and response.status_code == 400
        and case.operation.method.upper() in WRITES
    )


def _is_proworkflow(case: Case[Any]) -> bool:
    info = case.operation.schema.raw_schema.get("info") or {}
    return str(info.get("title", "")).startswith("ProWorkflow")


PAGING = ("pagenumber", "pagesize")
DATE_GROUPS = frozenset({"day", "week", "month", "year"})


def keep_query_rules(query: dict[str, Any], accepted: Mapping[str, Any]) -> dict[str, Any]:
    """``query`` made to follow the rules every list call states in words, which OpenAPI cannot
    express between parameters: ``pagenumber`` and ``pagesize`` go together; paging does not go
    with ``subtotals``; date subtotals (day, week, ...) need their ``...from`` date, which anchors
    the weeks (an empty one, which the service ignores, does not count). A generated valid case that
    breaks one would be refused (400) for no fault of the service. ``accepted`` maps the call's query
    parameters to their defaults (None: none)."""
    query = dict(query)
    if query.get("subtotals") not in (None, ""):
        for name in PAGING:
            query.pop(name, None)
        query = _anchor_date_subtotals(query, accepted)
    elif (PAGING[0] in query) != (PAGING[1] in query):
        for name in PAGING:
            query.setdefault(name, 1)
    return query


def _anchor_date_subtotals(query: dict[str, Any], accepted: Mapping[str, Any]) -> dict[str, Any]:
    groups = str(query["subtotals"]).split(",")
    if not DATE_GROUPS.intersection(groups):
        return query
    # Time lists anchor on `trackedfrom`; invoice and quote lists on the date that
    # `subtotalsdateoption` chooses, e.g. `invoiced` -> `invoiceddatefrom`.
    anchor = "trackedfrom"
    if "subtotalsdateoption" in accepted:
        anchor = f"{query.get('subtotalsdateoption', accepted['subtotalsdateoption'])}datefrom"
    if anchor in accepted:
        if query.get(anchor) in (None, ""):  # an empty filter value counts as not sent
            query[anchor] = ANCHOR_DATE
        return query
    kept = [group for group in groups if group not in DATE_GROUPS]
    if kept:
        return {**query, "subtotals": ",".join(kept)}
    return {key: value for key, value in query.items() if key != "subtotals"}


ANCHOR_DATE = "-1y"  # any date does; a relative one is valid whatever the clock says


def _is_positive(case: Case[Any]) -> bool:
    meta = case.meta
    return meta is not None and meta.generation.mode == GenerationMode.POSITIVE


def _query_defaults(case: Case[Any]) -> dict[str, Any]:
    return {
        parameter.name: (parameter.definition.get("schema") or {}).get("default")
        for parameter in case.operation.query
    }


def _first_values(headers: Mapping[str, Any]) -> dict[str, str]:
    # schemathesis keeps each header as a list of values; httpx as one string.
    return {
        str(name).lower(): str(value[0] if isinstance(value, list) and value else value)
        for name, value in headers.items()
    }


def auth_provider(http: httpx.Client) -> type[Any]:
    _install_hooks()

    class ProWorkflowCredentials:
        def get(self, case: Case[Any], ctx: schemathesis.AuthContext) -> SignedIn:
            return sign_in(http, PACER)

        def set(self, case: Case[Any], data: SignedIn, ctx: schemathesis.AuthContext) -> None:
            # Case-insensitive; a credential already there is generated test data: keep it.
            case.headers.setdefault("apikey", data.credentials.api_key)
            case.headers.setdefault("Authorization", data.credentials.basic())
            _spare_the_account(case, data)
            PACER.wait()

        def __repr__(self) -> str:
            return "ProWorkflowCredentials(<credentials hidden>)"

    return ProWorkflowCredentials


def _spare_the_account(case: Case[Any], me: SignedIn) -> None:
    operation = str(case.operation.definition.raw.get("operationId", ""))
    path = dict(case.path_parameters or {})
    body = case.body if isinstance(case.body, dict) else {}
    if _same_id(path.get("contactid"), me.contact_id) and (
        operation in CONTACT_LOCKOUTS or (operation == "contactsUpdate" and SIGN_IN_FIELDS & body.keys())
    ):
        case.path_parameters = {**path, "contactid": NO_SUCH_ID}
    if operation in COMPANY_LOCKOUTS and _same_id(path.get("companyid"), me.company_id):
        case.path_parameters = {**path, "companyid": NO_SUCH_ID}
    if operation == "meUpdate" and body:
        case.body = _without_valid_sign_in_fields(case, body)


def _without_valid_sign_in_fields(case: Case[Any], body: dict[str, Any]) -> dict[str, Any]:
    """``body`` less the sign-in fields that the service would accept. An invalid one stays: the
    service refuses the whole request for it, and a negative case must stay negative."""
    spec = case.operation.schema.raw_schema
    media = resolve(spec, case.operation.definition.raw["requestBody"])["content"]["application/json"]
    properties = resolve(spec, media["schema"]).get("properties", {})
    return {
        key: value
        for key, value in body.items()
        if key not in OWN_SIGN_IN_FIELDS
        or key not in properties
        or not _field_validator(spec, key, properties[key]).is_valid(value)
    }


_FIELD_VALIDATORS: dict[tuple[int, str], SchemaValidator] = {}


def _field_validator(spec: Mapping[str, Any], name: str, schema: Any) -> SchemaValidator:
    key = (id(spec), name)
    if key not in _FIELD_VALIDATORS:
        _FIELD_VALIDATORS[key] = schema_validator(spec, schema)
    return _FIELD_VALIDATORS[key]


def _same_id(value: Any, wanted: int | None) -> bool:
    if wanted is None or isinstance(value, bool):
        return False
    try:
        return int(value) == wanted
    except (TypeError, ValueError):
        return False
