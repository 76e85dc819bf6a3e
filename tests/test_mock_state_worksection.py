"""The Worksection mock's state: shown, reset and replaced through the admin endpoint and kept across a
crash with ``--state`` (apikit.mock.worksection, apikit.mock.host). The mock's API only reads, so its
state changes through the admin endpoint alone."""

from __future__ import annotations

import copy
import hashlib
import signal
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from starlette.testclient import TestClient

from apikit.mock import create_host
from apikit.project import Project
from tests.support import ROOT, FakeTime, mock_process

API_KEY = "5f2b8c0e9a7d4e61b3c8f0a2d9e4b7c1"  # the demo account's (module docstring, README)
WIRE = "/api/admin/v2/"
STATE, RESET = "/__apikit/worksection/state", "/__apikit/worksection/reset"
EVERYTHING = "action=get_projects&extra=html,options,users"
QUERIES = [EVERYTHING, "action=get_projects&filter=active&extra=text", "action=get_projects&filter=archive"]
DEMO_IDS = ["2101", "2102", "2103", "2104"]

NEW_PERSON = {"id": 105, "name": "Ines Duarte", "email": "ines.duarte@example.com"}
NEW_PROJECT = {
    "id": 2105,
    "name": "Intranet search",
    "status": "pending",
    "company": "IT",
    "user_from": 105,
    "user_to": 101,
    "text": "<p>Find <b>anything</b>.</p>",
    "date_added": "2024-04-02T10:20:00",
    "options": {
        "allow_close": 1,
        "allow_give": 0,
        "allow_term": 0,
        "allow_limit": 0,
        "require_term": 0,
        "require_tag": 0,
        "require_limit": 0,
        "require_hidden": 0,
        "deny_comments_edit": 0,
        "deny_task_edit": 0,
        "deny_task_delete": 0,
        "time_require": 0,
        "time_today": 1,
        "timer_only": 0,
    },
    "users": [105, 101],
    "date_start": "2024-05-01",
    "max_money": 900.5,
    "tags": {"5601": "search"},
}
UNSET = ("date_closed", "date_end", "max_time")
"""Fields of a project that NEW_PROJECT leaves out: they may be, and are then unset."""


def signed(query: str) -> str:
    """The query with its ``hash``: md5 of the query string and the API key (the documented rule)."""
    return f"{query}&hash={hashlib.md5((query + API_KEY).encode()).hexdigest()}"


def answer(client: TestClient | httpx.Client, query: str) -> dict[str, Any]:
    response = client.get(f"{WIRE}?{signed(query)}")
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def projects(client: TestClient | httpx.Client, query: str = EVERYTHING) -> list[dict[str, Any]]:
    body = answer(client, query)
    assert body["status"] == "ok", body
    found: list[dict[str, Any]] = body["data"]
    return found


def reads(client: TestClient) -> list[list[dict[str, Any]]]:
    return [projects(client, query) for query in QUERIES]


@pytest.fixture
def client() -> TestClient:
    return TestClient(create_host(["worksection"], Project(ROOT)))


def with_new_project(state: dict[str, Any]) -> dict[str, Any]:
    return state | {"people": [*state["people"], NEW_PERSON], "projects": [*state["projects"], NEW_PROJECT]}


def test_a_restored_state_is_what_get_projects_answers(client: TestClient) -> None:
    before = reads(client)
    state = client.get(STATE).json()
    assert {"people", "projects", "tasks", "comments", "costs", "files"} <= set(state)
    assert [p["id"] for p in state["projects"]] == [int(i) for i in DEMO_IDS]

    assert client.put(STATE, json=with_new_project(state)).status_code == 204
    shown = projects(client)
    assert [p["id"] for p in shown] == [*DEMO_IDS, "2105"]
    assert shown[-1] == {
        "id": "2105",
        "name": "Intranet search",
        "page": "/project/2105/",
        "status": "pending",
        "company": "IT",
        "user_from": {"id": "105", "email": "ines.duarte@example.com", "name": "Ines Duarte"},
        "user_to": {"id": "101", "email": "olivia.brandt@example.com", "name": "Olivia Brandt"},
        "text": "<p>Find <b>anything</b>.</p>",
        "date_added": "2024-04-02 10:20",
        "date_start": "2024-05-01",
        "options": NEW_PROJECT["options"],
        "max_money": 900.5,
        "tags": {"5601": "search"},
        "users": [
            {"id": "105", "email": "ines.duarte@example.com", "name": "Ines Duarte"},
            {"id": "101", "email": "olivia.brandt@example.com", "name": "Olivia Brandt"},
        ],
    }
    shown_state = client.get(STATE).json()
    assert shown_state["projects"][-1] == NEW_PROJECT | dict.fromkeys(UNSET), "unset fields as null"
    assert shown_state["people"][:-1] == state["people"]
    assert {key: shown_state["people"][-1][key] for key in NEW_PERSON} == NEW_PERSON, (
        "unset fields take defaults"
    )

    assert client.post(RESET).status_code == 204
    assert [p["id"] for p in projects(client)] == DEMO_IDS
    assert client.put(STATE, json=state).status_code == 204
    assert reads(client) == before


def test_the_snapshot_holds_no_api_key(client: TestClient) -> None:
    assert client.put(STATE, json=with_new_project(client.get(STATE).json())).status_code == 204
    text = client.get(STATE).text
    assert API_KEY not in text and API_KEY.upper() not in text


def test_the_rate_limit_is_not_state() -> None:
    clock = FakeTime(1_767_225_600.0)  # 2026-01-01 00:00:00 UTC
    client = TestClient(create_host(["worksection"], Project(ROOT), clock=clock, min_interval=1.0))
    assert answer(client, EVERYTHING)["status"] == "ok"
    state = client.get(STATE).json()
    assert "last_admitted" not in str(state)
    assert client.put(STATE, json=state).status_code == 204
    refused = answer(client, EVERYTHING)
    assert refused["status_code"] == 9, "a restore does not reopen the rate limit's window"
    clock.now += 1
    assert answer(client, EVERYTHING)["status"] == "ok"


def change_project(name: str, value: Any) -> Callable[[dict[str, Any]], Any]:
    def change(state: dict[str, Any]) -> dict[str, Any]:
        state["projects"][0][name] = value
        return state

    return change


def without_flag(state: dict[str, Any]) -> dict[str, Any]:
    del state["projects"][1]["options"]["timer_only"]
    return state


BAD_STATES: list[tuple[str, Callable[[dict[str, Any]], Any], str]] = [
    ("not a mapping", lambda state: [state], "state: expected a mapping of collection name"),
    (
        "unknown collection",
        lambda state: state | {"invoices": []},
        "state: no collection 'invoices' in a Worksection account (collections: people, ",
    ),
    ("not a list", lambda state: state | {"people": "none"}, "state.people: expected a list of records"),
    (
        "record not a mapping",
        lambda state: state | {"projects": [*state["projects"], 2105]},
        "state.projects[5]: expected a record (a mapping), got int",
    ),
    ("missing field", lambda state: state | {"people": [{"id": 101}]}, "state.people[0][name]: missing"),
    ("wrong type", change_project("name", None), "state.projects[0][name]: expected a string"),
    ("not an id", change_project("id", 0), "state.projects[0][id]: expected a positive integer"),
    (
        "unknown status",
        change_project("status", "closed"),
        "state.projects[0][status]: expected one of active, pending, archive",
    ),
    (
        "date with a zone",
        change_project("date_added", "2024-01-08T09:15:00+02:00"),
        "state.projects[0][date_added]: expected a date and time without a time zone",
    ),
    (
        "negative budget",
        change_project("max_money", -5),
        "state.projects[0][max_money]: expected a number of at least 0",
    ),
    ("missing flag", without_flag, "state.projects[1][options]: expected the flags allow_close"),
    (
        "unknown manager",
        change_project("user_to", 999),
        "state.projects[0][user_to]: no person has the id 999",
    ),
    (
        "unknown team member",
        change_project("users", [101, 998]),
        "state.projects[0][users][1]: no person has the id 998",
    ),
    (
        "duplicate id",
        lambda state: state | {"projects": [*state["projects"], state["projects"][0]]},
        "state.projects[5][id]: 2101 is already the id of state.projects[0]",
    ),
]


@pytest.mark.parametrize(
    ("change", "problem"), [case[1:] for case in BAD_STATES], ids=[case[0] for case in BAD_STATES]
)
def test_a_bad_state_is_refused_naming_the_place_and_nothing_changes(
    client: TestClient, change: Callable[[dict[str, Any]], Any], problem: str
) -> None:
    assert client.put(STATE, json=with_new_project(client.get(STATE).json())).status_code == 204
    before, answers = client.get(STATE).json(), reads(client)
    refused = client.put(STATE, json=change(copy.deepcopy(before)))
    assert refused.status_code == 400 and problem in refused.json()["error"], refused.text
    assert client.get(STATE).json() == before, "nothing half written"
    assert reads(client) == answers


def test_state_survives_a_crash(tmp_path: Path) -> None:
    state_file = tmp_path / "worksection.db"
    with mock_process("worksection", "--state", str(state_file)) as (base, process):
        with httpx.Client(base_url=base) as admin:
            state = admin.get(STATE).json()
            assert admin.put(STATE, json=with_new_project(state)).status_code == 204
        process.send_signal(signal.SIGKILL)  # no chance to write anything more
        process.wait(timeout=10)
    with (
        mock_process("worksection", "--state", str(state_file)) as (base, _),
        httpx.Client(base_url=base) as api,
    ):
        assert [p["id"] for p in projects(api)] == [*DEMO_IDS, "2105"]
        assert api.get(STATE).json()["projects"][-1] == NEW_PROJECT | dict.fromkeys(UNSET)
