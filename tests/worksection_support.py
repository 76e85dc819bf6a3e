"""A test client for the Worksection mock, shared by the tests of its families (misc, people, projects,
tasks), so that each of them calls the mock, signs its calls and checks its answers the same way.

Calls are signed by the documented rules, computed here and not by the mock's code: the query form with
the md5 ``hash`` of the query string and the API key, the JSON and multipart forms with the
``Authorization: Admin`` header, the user-token calls with the demo access token of Olivia Brandt (101).
Every answer that comes through :class:`Api` is checked against the spec's 200 answer of the operation
called, so that a test of what the mock does also holds it to what the spec says it answers."""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urlencode

import httpx
from starlette.testclient import TestClient

from apikit.load import load_document
from apikit.mock import create_host, response_schema
from apikit.mock.host import MockHost
from apikit.mock.worksection import DEMO_API_KEY, admin_header
from apikit.mock.worksection.behaviour import DEMO_ACCESS_TOKEN, WorksectionBehaviour
from apikit.project import Project
from apikit.spec import Operation, SchemaValidator, iter_operations, schema_validator
from tests.support import ROOT, FakeTime

WIRE, USER_WIRE = "/api/admin/v2/", "/api/oauth2"
"""Where the admin (API key) actions and the user-token actions are served."""
STATE, RESET = "/__apikit/worksection/state", "/__apikit/worksection/reset"
"""The admin endpoint's state (shown, replaced) and reset (the demo account again)."""
T0 = 1_767_225_600  # 2026-01-01 00:00:00 UTC
BEARER = {"Authorization": f"Bearer {DEMO_ACCESS_TOKEN}"}

OLIVIA = {"id": "101", "email": "olivia.brandt@example.com", "name": "Olivia Brandt"}  # the owner
MARCUS = {"id": "102", "email": "marcus.lee@example.com", "name": "Marcus Lee"}
PRIYA = {"id": "103", "email": "priya.raman@example.com", "name": "Priya Raman"}
TOMAS = {"id": "104", "email": "tomas.ortega@example.com", "name": "Tomás Ortega"}
"""The demo account's members as answers show them (``user_from``, ``user_to``, team lists)."""

Params = Mapping[str, str | Sequence[str]]
"""Query parameters; a sequence is sent as the parameter repeated (``todo[]=a&todo[]=b``)."""


@functools.cache
def worksection_spec() -> dict[str, Any]:
    """The spec as written (no overlays): what the answers are held to. Loaded once for all the tests."""
    document: dict[str, Any] = load_document(Project(ROOT).spec_path("worksection")).document
    return document


@functools.cache
def _operations() -> dict[tuple[str, str, str], Operation]:
    """The spec's operations by where they are called: (wire, HTTP method, action)."""
    return {
        (op.path.split("#")[0], op.method, op.rpc.value): op
        for op in iter_operations(worksection_spec())
        if op.rpc
    }


@functools.cache
def answer_validator(wire: str, method: str, action: str) -> SchemaValidator:
    """The validator of the operation's 200 answer; built when first needed, as most are never asked."""
    spec = worksection_spec()
    return schema_validator(spec, response_schema(spec, _operations()[(wire, method, action)], 200))


def answer(response: httpx.Response, status: int = 200) -> dict[str, Any]:
    """The JSON body of a response, after checking its HTTP status (the mock answers refusals as 200)."""
    assert response.status_code == status, response.text
    body: dict[str, Any] = response.json()
    return body


def refusal(code: int, message: str, details: str | None = None) -> dict[str, Any]:
    """The error envelope the mock is expected to answer, whole."""
    body: dict[str, Any] = {"status": "error", "status_code": code, "message": message}
    if details is not None:
        body["message_details"] = details
    return body


def refusal_parts(body: dict[str, Any]) -> tuple[int, str, str | None]:
    """(code, message, details) of an answer that must be a refusal: the parts tests compare."""
    assert body["status"] == "error", body
    return body["status_code"], body["message"], body.get("message_details")


def ids(entries: list[dict[str, Any]]) -> list[str]:
    """The ids of listed records, in the order answered: what most list checks compare."""
    return [entry["id"] for entry in entries]


def query_string(action: str, params: Params | None, named: Mapping[str, str | Sequence[str]]) -> str:
    """``action=...`` and the parameters, percent-encoded, in the order given."""
    return urlencode({"action": action, **(params or {}), **named}, doseq=True, quote_via=quote)


class Api:
    """Calls the mock by action name in each documented form and answers the checked JSON body.

    Parameters of the query forms come as a mapping, as keywords, or both (a mapping for names that are
    no Python identifiers, such as ``todo[]`` or ``options.allow_close``)."""

    def __init__(self, host: MockHost, client: TestClient, clock: FakeTime) -> None:
        self.host, self.client, self.clock = host, client, clock

    @property
    def behaviour(self) -> WorksectionBehaviour:
        """The mock's behaviour, for tests that look at what it keeps beyond the answers."""
        behaviour: WorksectionBehaviour = self.host.mounted["worksection"].app.state.behaviour
        return behaviour

    def advance(self, seconds: float) -> None:
        """Time passes for the mock (timers run, signatures age)."""
        self.clock.sleep(seconds)

    def signed(self, action: str, params: Params | None = None, /, **named: str | Sequence[str]) -> str:
        """The URL of the query form, its ``hash`` the md5 of the query string as sent and the API key."""
        query = query_string(action, params, named)
        return f"{WIRE}?{query}&hash={hashlib.md5((query + DEMO_API_KEY).encode()).hexdigest()}"

    def headers(self, action: str) -> dict[str, str]:
        """The ``Authorization: Admin`` header that signs ``action`` at the clock's time."""
        return {"Authorization": admin_header(action, int(self.clock()), DEMO_API_KEY)}

    def get(
        self, action: str, params: Params | None = None, /, **named: str | Sequence[str]
    ) -> dict[str, Any]:
        """The query form: GET, every parameter in the signed query."""
        return self._checked(WIRE, "get", action, self.client.get(self.signed(action, params, **named)))

    def post(self, action: str, body: Any = None) -> dict[str, Any]:
        """The JSON form of the 2026 clients: POST, ``body`` as JSON (None: no body), the Admin header."""
        sent = {} if body is None else {"json": body}
        response = self.client.post(f"{WIRE}?action={action}", headers=self.headers(action), **sent)
        return self._checked(WIRE, "post", action, response)

    def multipart(
        self, action: str, fields: Mapping[str, str | list[str]], files: Sequence[tuple[str, str, bytes]]
    ) -> dict[str, Any]:
        """POST multipart/form-data with the Admin header: text fields and ``(part, file name, bytes)``."""
        parts = [(name, (filename, data, "application/octet-stream")) for name, filename, data in files]
        response = self.client.post(
            f"{WIRE}?action={action}", data=dict(fields), files=parts, headers=self.headers(action)
        )
        return self._checked(WIRE, "post", action, response)

    def user(self, action: str, body: Any = None, /, **params: str) -> dict[str, Any]:
        """A user-token call: the query form (GET), or the JSON form when ``body`` is given."""
        url = f"{USER_WIRE}?{query_string(action, None, params)}"
        if body is None:
            return self._checked(USER_WIRE, "get", action, self.client.get(url, headers=BEARER))
        return self._checked(USER_WIRE, "post", action, self.client.post(url, json=body, headers=BEARER))

    def ok(
        self, action: str, params: Params | None = None, /, **named: str | Sequence[str]
    ) -> dict[str, Any]:
        """The query form's answer, which must be a success."""
        body = self.get(action, params, **named)
        assert body["status"] == "ok", body
        return body

    def data(self, action: str, params: Params | None = None, /, **named: str | Sequence[str]) -> Any:
        """The ``data`` of the query form's answer, which must be a success that has data."""
        return self.ok(action, params, **named)["data"]

    def refused(
        self, action: str, params: Params | None = None, /, **named: str | Sequence[str]
    ) -> tuple[int, str, str | None]:
        """(code, message, details) of the query form's answer, which must be a refusal."""
        return refusal_parts(self.get(action, params, **named))

    @staticmethod
    def _checked(wire: str, method: str, action: str, response: httpx.Response) -> dict[str, Any]:
        """The body, after checking it came as HTTP 200 and is what the spec says the operation answers."""
        body = answer(response)
        answer_validator(wire, method, action).validate(body)
        return body


@dataclass
class DemoHost:
    """The host ``apikit mock worksection`` serves, built once per test module (building one takes about
    half a second), with the fake clock its mock reads."""

    host: MockHost
    client: TestClient
    clock: FakeTime
    start: float

    def fresh(self) -> Api:
        """A client of the demo account afresh and the clock at the start: no test sees another's changes."""
        assert self.client.post(RESET).status_code == 204
        self.clock.now = self.start
        return Api(self.host, self.client, self.clock)


def demo_host(start: float = T0) -> DemoHost:
    """The Worksection mock on a host of its own, its clock at ``start`` (Unix time)."""
    clock = FakeTime(float(start))
    host = create_host(["worksection"], Project(ROOT), clock=clock)
    return DemoHost(host, TestClient(host), clock, float(start))
