"""The Beebole mock's state: shown, reset and replaced through the admin endpoint, loaded from a seed
file and kept across a crash with ``--state`` (apikit.mock.beebole, apikit.mock.host)."""

from __future__ import annotations

import base64
import copy
import json
import signal
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from starlette.testclient import TestClient

from apikit.mock import create_host
from apikit.project import Project
from tests.support import ROOT, mock_process

URL = "/api/v2"
TOKEN = "demo-token"
AUTH = (TOKEN, "x")  # HTTP Basic: the token as user name
STATE, RESET = "/__apikit/beebole/state", "/__apikit/beebole/reset"
COLLECTIONS = {
    "companies",
    "projects",
    "subprojects",
    "tasks",
    "absences",
    "people",
    "groups",
    "customFields",
    "timeEntries",
    "exportJobs",
}
# Ids of the demo account (see the docstring of apikit.mock.beebole).
DEMO_CORP, ACME, ADA, WEBSITE, LAST_DEMO_ID = 1, 2, 9, 18, 31
JUNE = {"from": "2024-06-01", "to": "2024-06-30"}


class FakeClock:
    """The mock's clock, so an export job's answer does not depend on when the test runs."""

    def __init__(self) -> None:
        self.now = datetime(2024, 6, 15, 9, 30)

    def __call__(self) -> datetime:
        return self.now


Client = TestClient | httpx.Client


def call(client: Client, service: str, **fields: Any) -> dict[str, Any]:
    answer = client.post(URL, json={"service": service, **fields}, auth=AUTH)
    assert answer.status_code == 200, answer.text
    body: dict[str, Any] = answer.json()
    assert body["status"] == "ok", (service, body)
    return body


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def client(clock: FakeClock) -> TestClient:
    return TestClient(create_host(["beebole"], Project(ROOT), clock=clock))


def make_changes(client: Client) -> dict[str, int]:
    """A new project with a time entry logged and submitted on it, and an export: the ids made."""
    project = call(client, "project.create", project={"name": "Migration", "company": {"id": ACME}})["id"]
    entry = call(client, "time_entry.create", project={"id": project}, date="2024-06-03", hours=2.5)
    entry_id = entry["timeEntry"]["id"]
    call(client, "time_entry.submit", id=entry_id, date="2024-06-03")
    job = call(client, "time_entry.export", **JUNE, keys=["project", "status", "hours"])["job"]["id"]
    return {"project": project, "entry": entry_id, "job": job}


def reads(client: Client, made: dict[str, int]) -> dict[str, Any]:
    """What the API answers to reads over every kind of record, the changed ones included."""
    return {
        "companies": call(client, "company.list"),
        "projects": call(client, "project.list", company={"id": ACME}),
        "project": call(client, "project.get", id=made["project"]),
        "managers": call(client, "project.managers", id=WEBSITE),
        "subprojects": call(client, "subproject.list", project={"id": WEBSITE}),
        "tasks": call(client, "task.list", company={"id": ACME}),
        "absences": call(client, "absence.list", company={"id": DEMO_CORP}),
        "people": call(client, "person.list", company={"id": DEMO_CORP}),
        "groups": call(client, "group.tree"),
        "custom fields": call(client, "custom_field.list"),
        "custom values": call(client, "project.custom_fields", id=WEBSITE),
        "entries": call(client, "time_entry.list", person={"id": ADA}, **JUNE),
        "entry": call(client, "time_entry.get", id=made["entry"], date="2024-06-03"),
        "job": call(client, "time_entry.get_job_info", id=made["job"]),
    }


def test_a_restored_snapshot_answers_every_read_as_before(client: TestClient, clock: FakeClock) -> None:
    made = make_changes(client)
    clock.now += timedelta(seconds=5)  # the export job is done
    before = reads(client, made)
    state = client.get(STATE).json()

    assert set(state) == COLLECTIONS
    project = next(p for p in state["projects"] if p["id"] == made["project"])
    assert project["name"] == "Migration" and project["companyId"] == ACME
    entry = next(e for e in state["timeEntries"] if e["id"] == made["entry"])
    assert entry | {"hours": 2.5, "status": "s", "date": "2024-06-03"} == entry, "the entry as submitted"
    assert [job["id"] for job in state["exportJobs"]] == [made["job"]]
    assert [c["id"] for c in state["companies"]] == sorted(c["id"] for c in state["companies"])

    assert client.post(RESET).status_code == 204
    assert (
        "no project has the id"
        in client.post(URL, json={"service": "project.get", "id": made["project"]}, auth=AUTH).json()[
            "message"
        ]
    ), "the reset took the new project away"

    assert client.put(STATE, json=state).status_code == 204
    assert reads(client, made) == before
    assert client.get(STATE).json() == state
    newest = call(client, "company.create", company={"name": "After restore"})["id"]
    assert newest == made["job"] + 1, "new ids continue after the highest restored one"


def test_a_seed_file_is_the_start_and_what_a_reset_returns_to(tmp_path: Path) -> None:
    demo = TestClient(create_host(["beebole"], Project(ROOT))).get(STATE).json()
    seed = copy.deepcopy(demo)
    seed["companies"][1]["name"] = "Acme Seeded"
    path = tmp_path / "seed.json"
    path.write_text(json.dumps(seed), encoding="utf-8")
    client = TestClient(create_host(["beebole"], Project(ROOT), seeds={"beebole": path}))

    def acme_name() -> str:
        return str(call(client, "company.get", id=ACME)["company"]["name"])

    assert acme_name() == "Acme Seeded"
    call(client, "company.update", company={"id": ACME, "name": "Acme Renamed"})
    assert acme_name() == "Acme Renamed"
    assert client.post(RESET).status_code == 204
    assert acme_name() == "Acme Seeded"


def test_the_snapshot_holds_no_api_token(client: TestClient) -> None:
    make_changes(client)
    text = client.get(STATE).text
    assert TOKEN not in text
    assert base64.b64encode(f"{TOKEN}:x".encode()).decode() not in text
    assert "token" not in text.lower()


def set_field(collection: str, index: int, name: str, value: Any) -> Callable[[dict[str, Any]], Any]:
    def change(state: dict[str, Any]) -> dict[str, Any]:
        state[collection][index][name] = value
        return state

    return change


def drop_field(collection: str, index: int, name: str) -> Callable[[dict[str, Any]], Any]:
    def change(state: dict[str, Any]) -> dict[str, Any]:
        del state[collection][index][name]
        return state

    return change


def without_ada(state: dict[str, Any]) -> dict[str, Any]:
    """Ada owns the demo token; nobody else refers to her in the state left."""
    for entity in state["projects"]:
        entity["managerIds"] = []
    state["timeEntries"] = [e for e in state["timeEntries"] if e["personId"] != ADA]
    state["people"] = [p for p in state["people"] if p["id"] != ADA]
    return state


BAD_STATES: list[tuple[str, Callable[[dict[str, Any]], Any], str]] = [
    ("not a mapping", lambda state: [state], "state: expected a mapping of collection name"),
    (
        "unknown collection",
        lambda state: state | {"invoices": []},
        "state: no collection 'invoices' in a Beebole account (collections: companies, projects, "
        "subprojects, tasks, absences, people, groups, customFields, timeEntries, exportJobs)",
    ),
    ("not a list", lambda state: state | {"projects": {}}, "state.projects: expected a list of records"),
    (
        "record not a mapping",
        lambda state: state | {"tasks": [*state["tasks"], "Cleaning"]},
        "state.tasks[4]: expected a record (a mapping), got str",
    ),
    ("missing field", drop_field("projects", 1, "companyId"), "state.projects[1][companyId]: missing"),
    ("wrong type", set_field("projects", 0, "name", 7), "state.projects[0][name]: expected a string"),
    (
        "not a date",
        set_field("projects", 0, "startDate", "01/02/2024"),
        "state.projects[0][startDate]: expected a date (YYYY-MM-DD)",
    ),
    (
        "unknown status",
        set_field("timeEntries", 2, "status", "done"),
        "state.timeEntries[2][status]: expected one of d, s, a, r, l",
    ),
    (
        "unknown field",
        set_field("people", 0, "apiToken", "secret"),
        "state.people[0][apiToken]: not a field of this record",
    ),
    (
        "duplicate id",
        set_field("tasks", 1, "id", DEMO_CORP),
        "state.tasks[1][id]: 1 is already the id of state.companies[0]",
    ),
    (
        "missing parent",
        set_field("projects", 0, "companyId", 999),
        "state.projects[0][companyId]: no company has the id 999",
    ),
    (
        "parent of another kind",
        set_field("subprojects", 0, "projectId", ACME),
        "state.subprojects[0][projectId]: no project has the id 2",
    ),
    (
        "entry of nobody",
        set_field("timeEntries", 0, "personId", 999),
        "state.timeEntries[0][personId]: no person has the id 999",
    ),
    (
        "group loop",
        set_field("groups", 0, "parentId", 5),  # Country under France, which is under Country
        "state.groups[0][parentId]: the group would be its own ancestor",
    ),
    ("token owner missing", without_ada, "no person has the id 9, the owner of the mock's API token"),
]


@pytest.mark.parametrize(
    ("change", "problem"), [case[1:] for case in BAD_STATES], ids=[case[0] for case in BAD_STATES]
)
def test_a_bad_state_is_refused_naming_the_place_and_nothing_changes(
    client: TestClient, change: Callable[[dict[str, Any]], Any], problem: str
) -> None:
    made = make_changes(client)
    before, answers = client.get(STATE).json(), reads(client, made)
    refused = client.put(STATE, json=change(copy.deepcopy(before)))
    assert refused.status_code == 400 and problem in refused.json()["error"], refused.text
    assert client.get(STATE).json() == before, "nothing half written"
    assert reads(client, made) == answers


def test_state_survives_a_crash(tmp_path: Path) -> None:
    state_file = tmp_path / "beebole.db"
    with mock_process("beebole", "--state", str(state_file)) as (base, process):
        with httpx.Client(base_url=base) as api:
            made = make_changes(api)
            saved = call(api, "time_entry.get", id=made["entry"], date="2024-06-03")
        process.send_signal(signal.SIGKILL)  # no chance to write anything more
        process.wait(timeout=10)
    with mock_process("beebole", "--state", str(state_file)) as (base, _), httpx.Client(base_url=base) as api:
        assert call(api, "project.get", id=made["project"])["project"]["name"] == "Migration"
        assert call(api, "time_entry.get", id=made["entry"], date="2024-06-03") == saved
        assert saved["timeEntry"]["status"] == "s"
        assert call(api, "company.create", company={"name": "Next"})["id"] == made["job"] + 1


def test_an_export_of_every_column_survives_a_snapshot(client: TestClient, clock: FakeClock) -> None:
    columns = ["isAtWork", "eventId", "activity", "week", "hours", "hoursPercent", "overtime", "gid4"]
    may = {"from": "2024-05-01", "to": "2024-05-31"}
    job = call(client, "time_entry.export", **may, keys=columns, outputFormat="array")["job"]["id"]
    clock.now += timedelta(seconds=5)
    before = call(client, "time_entry.get_job_info", id=job)
    assert any(row[0] is False for row in before["job"]["result"][1:]), "an absence is not work"
    state = client.get(STATE).json()
    assert client.put(STATE, json=json.loads(json.dumps(state))).status_code == 204
    assert call(client, "time_entry.get_job_info", id=job) == before
