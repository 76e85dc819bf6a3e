"""The fixed request mix each benchmarked API gets, the same for our mock and for Prism.

A request is ``{"method", "path", "params"?, "headers"?, "body"?, "content_type"?}``; the path is
below the spec's server path (both servers answer there). Each mix reads and writes; its writes
change existing objects instead of creating new ones, so the server's state stays the same size
during a run: a mix that created objects would grow the tables by thousands of rows a second, and
every list call (which filters and pages the whole table, as the vendor's does) would get slower
the longer and the faster the run went, which measures the run length rather than the server.

Prism keeps no state and only checks that credentials are present, so it gets placeholders; our
mock gets real ones from its demo account. Worksection's spec has one read-only action, so its mix
only reads (by GET and by POST with a JSON body). The museum API has no plugin code: the spec-only
mock serves it, with the demo account it serves every spec with (``demo``/``demo-password``).
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx

Request = dict[str, Any]


@dataclass(frozen=True)
class Mix:
    """How to build one API's mix: ``requests(credential)``, the credential for our mock from its
    base URL, and the placeholder credential Prism accepts."""

    requests: Callable[[str], list[Request]]
    our_credential: Callable[[str], str]
    prism_credential: str
    server_env: Mapping[str, str] = field(default_factory=dict)
    """Environment of our mock during the run (e.g. a vendor rate limit raised out of the way)."""

    def for_ours(self, base: str) -> list[Request]:
        return self.requests(self.our_credential(base))

    def for_prism(self) -> list[Request]:
        return self.requests(self.prism_credential)


def fivepm_requests(session_id: str) -> list[Request]:
    """Three reads (a page of projects, one project, a project's tasks) and one update, in JSON."""
    auth = {"sessionId": session_id, "retType": "json"}
    return [
        {"method": "GET", "path": "/service/get/projects/getList", "params": {**auth, "count": 10}},
        {"method": "GET", "path": "/service/get/projects/getById", "params": {**auth, "id": 1}},
        {"method": "GET", "path": "/service/get/tasks/getList", "params": {**auth, "filter[projectId]": 1}},
        {
            "method": "POST",
            "path": "/service/post/projects/update",
            "params": {**auth, "project[id]": 1, "project[name]": "Bench"},
        },
    ]


def fivepm_session(base: str) -> str:
    answer = httpx.get(
        f"{base}/service/get/authentication/signIn",
        params={"login": "demo@5pm.example", "password": "demo-password", "retType": "json"},
    )
    answer.raise_for_status()
    return str(answer.json()["data"]["sessionId"])


def beebole_requests(token: str) -> list[Request]:
    """One URL, the service named in the JSON body: three reads and an update of project 18."""
    basic = base64.b64encode(f"{token}:x".encode()).decode()
    headers = {"Authorization": f"Basic {basic}", "Content-Type": "application/json"}
    bodies = [
        {"service": "project.get", "id": 18},
        {"service": "company.list"},
        {"service": "project.list", "company": {"id": 2}},
        {"service": "project.update", "project": {"id": 18, "name": "Bench"}},
    ]
    return [{"method": "POST", "path": "/api/v2", "headers": headers, "body": json.dumps(b)} for b in bodies]


def proworkflow_requests(api_key: str) -> list[Request]:
    """Three reads (the caller, a company, its projects) and an update of that company."""
    basic = base64.b64encode(b"dana:dana-pass-1").decode()
    headers = {"apikey": api_key, "Authorization": f"Basic {basic}"}
    return [
        {"method": "GET", "path": "/me", "headers": headers},
        {"method": "GET", "path": "/companies/2", "headers": headers},
        {"method": "GET", "path": "/companies/2/projects", "headers": headers},
        {
            "method": "PUT",
            "path": "/companies/2",
            "headers": {**headers, "Content-Type": "application/json"},
            "body": json.dumps({"name": "Acme Widgets"}),
        },
    ]


WORKSECTION_PATH = "/api/admin/v2/"


def worksection_requests(api_key: str) -> list[Request]:
    """``get_projects`` three ways, each signed by the md5 ``hash`` of its query (the key never goes)."""

    def signed(query: str) -> str:
        return f"{WORKSECTION_PATH}?{query}&hash={hashlib.md5((query + api_key).encode()).hexdigest()}"

    return [
        {"method": "GET", "path": signed("action=get_projects")},
        {"method": "GET", "path": signed("action=get_projects&filter=active&extra=text")},
        {
            "method": "POST",
            "path": signed("action=get_projects"),
            "headers": {"Content-Type": "application/json"},
            "body": json.dumps({"filter": "pending"}),
        },
    ]


MUSEUM_EVENT = "dad4bce8-f5cb-4078-a211-995864315e39"
"""A special event of the spec's examples: the spec-only mock seeds its list from them."""


def museum_requests(user_password: str) -> list[Request]:
    """Three reads (a page of special events, one event, a page of opening hours) and an update of
    that event, all with HTTP Basic (the spec's one security scheme)."""
    basic = base64.b64encode(user_password.encode()).decode()
    headers = {"Authorization": f"Basic {basic}"}
    return [
        {"method": "GET", "path": "/special-events", "params": {"page": 2, "limit": 3}, "headers": headers},
        {"method": "GET", "path": f"/special-events/{MUSEUM_EVENT}", "headers": headers},
        {"method": "GET", "path": "/museum-hours", "params": {"limit": 5}, "headers": headers},
        {
            "method": "PATCH",
            "path": f"/special-events/{MUSEUM_EVENT}",
            "headers": {**headers, "Content-Type": "application/json"},
            "body": json.dumps({"location": "Room Sea-13", "price": 25}),
        },
    ]


def demo_value(value: str) -> Callable[[str], str]:
    return lambda _base: value


MIXES: dict[str, Mix] = {
    "fivepm": Mix(fivepm_requests, fivepm_session, prism_credential="bench-session"),
    "beebole": Mix(beebole_requests, demo_value("demo-token"), prism_credential="bench-token"),
    "proworkflow": Mix(
        proworkflow_requests,
        demo_value("pwf-demo-4f1c2a9e7b3d5a60"),
        prism_credential="bench-key",
        # The vendor's limit (500 calls per 30 s per key) would answer most of a run with 429; it is
        # raised out of the way, and the mock still counts every call against it.
        server_env={"PROWORKFLOW_MOCK_RATE_LIMIT": str(10**9)},
    ),
    "worksection": Mix(
        worksection_requests, demo_value("5f2b8c0e9a7d4e61b3c8f0a2d9e4b7c1"), prism_credential="bench-key"
    ),
    "museum": Mix(museum_requests, demo_value("demo:demo-password"), prism_credential="bench:bench-password"),
}
