"""The host every mock is served from: `apikit mock --all`, seed data, the admin endpoint, and state
kept in SQLite across restarts (apikit.mock.host, apikit.mock.statefile)."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import textwrap
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest
from starlette.testclient import TestClient

from apikit.mock import create_host
from apikit.project import Project
from tests.support import ROOT, mock_process
from tests.test_mock_generic import PETS_SPEC

MUSEUM = Project(ROOT / "examples" / "museum")
AUTH = ("demo", "demo-password")
EVENT = {
    "eventId": "3be6453c-03eb-4357-ae5a-984a0e574a54",
    "name": "Pirate Coding Workshop",
    "location": "Computer Room",
    "eventDescription": "Sea shanties in C.",
    "dates": ["2023-10-29", "2023-10-30"],
    "price": 45,
}
NEW_EVENT = {k: v for k, v in EVENT.items() if k != "eventId"} | {"name": "Night at the museum"}


def seed_file(tmp_path: Path, events: list[dict[str, Any]]) -> Path:
    path = tmp_path / "seed.yaml"
    path.write_text(json.dumps({"special-events": events}), encoding="utf-8")  # JSON is YAML
    return path


def event_names(client: httpx.Client | TestClient) -> list[str]:
    answer = client.get("/special-events", auth=AUTH, params={"limit": 30})
    assert answer.status_code == 200, answer.text
    return [event["name"] for event in answer.json()]


# --- seed data and the admin endpoint, in process ---------------------------------------------------------


@pytest.fixture
def museum(tmp_path: Path) -> TestClient:
    host = create_host(["museum"], MUSEUM, seeds={"museum": seed_file(tmp_path, [EVENT])})
    return TestClient(host)


def test_a_mock_starts_from_its_seed_data_and_resets_to_it(museum: TestClient) -> None:
    assert event_names(museum) == ["Pirate Coding Workshop"], "the seed, not the spec's examples"
    assert museum.post("/special-events", json=NEW_EVENT, auth=AUTH).status_code == 201
    assert museum.delete(f"/special-events/{EVENT['eventId']}", auth=AUTH).status_code == 204
    assert event_names(museum) == ["Night at the museum"]
    assert museum.post("/__apikit/museum/reset").status_code == 204
    assert event_names(museum) == ["Pirate Coding Workshop"]


def test_the_example_projects_seed_file_loads() -> None:
    host = create_host(["museum"], MUSEUM, seeds={"museum": MUSEUM.root / "seed.yaml"})
    assert event_names(TestClient(host)) == ["Mammoth bones after dark", "Printing press workshop"]


def test_the_admin_endpoint_shows_and_replaces_the_state(museum: TestClient) -> None:
    created = museum.post("/special-events", json=NEW_EVENT, auth=AUTH).json()
    state = museum.get("/__apikit/museum/state").json()
    assert state["special-events"] == [EVENT, created], "what the API changed is in the state"
    state["special-events"] = [created]
    assert museum.put("/__apikit/museum/state", json=state).status_code == 204
    assert event_names(museum) == ["Night at the museum"]
    listing = museum.get("/__apikit").json()["mocks"]
    assert [(m["name"], m["state"]) for m in listing] == [("museum", "/__apikit/museum/state")]


@pytest.mark.parametrize(
    ("state", "problem"),
    [
        ({"special-events": [{"eventId": "x"}]}, "state.special-events[0]: missing required key"),
        (
            {"special-events": [EVENT | {"dates": [5]}]},
            "state.special-events[0][dates][0]: expected a string",
        ),
        ({"special-events": [EVENT, EVENT]}, "state.special-events[1]: a second special-events"),
        (
            {"pets": []},
            "no collection 'pets' in this spec; its collections are: museum-hours, special-events",
        ),
        ([1, 2], "state: expected a mapping of collection name to a list of items"),
    ],
)
def test_a_state_that_does_not_fit_is_refused_naming_the_place(
    museum: TestClient, state: Any, problem: str
) -> None:
    before = museum.get("/__apikit/museum/state").json()
    answer = museum.put("/__apikit/museum/state", json=state)
    assert answer.status_code == 400 and problem in answer.json()["error"], answer.text
    assert museum.get("/__apikit/museum/state").json() == before, "nothing half written"


def test_admin_paths_and_methods_are_checked(museum: TestClient) -> None:
    assert museum.get("/__apikit/museum/nothing").status_code == 404
    assert museum.get("/__apikit/other/state").status_code == 404
    refused = museum.delete("/__apikit/museum/state")
    assert refused.status_code == 405 and refused.headers["allow"] == "GET, PUT"
    assert museum.put("/__apikit/museum/state", content=b"{not json").status_code == 400


def test_nested_items_keep_their_parent_through_a_snapshot(tmp_path: Path) -> None:
    project = pets_project(tmp_path)
    client = TestClient(create_host(["pets"], project), headers={"X-Api-Key": "demo-key"})
    pet = client.post("/owners/7/pets", json={"name": "Rex", "age": 3}).json()["data"]
    state = client.get("/__apikit/pets/state").json()
    assert state == {"pets": [pet | {"$parents": {"ownerId": "7"}}]}
    assert (
        client.put("/__apikit/pets/state", json={"pets": [pet]})
        .json()["error"]
        .endswith("state.pets[0].$parents: give the item's parent as {ownerId}")
    )
    assert client.post("/__apikit/pets/reset").status_code == 204
    assert client.get("/owners/7/pets").json()["data"] == []
    assert client.put("/__apikit/pets/state", json=state).status_code == 204
    assert client.get(f"/owners/7/pets/{pet['id']}").json()["data"] == pet


def test_a_mock_that_cannot_show_its_state_says_so() -> None:
    from apikit.load import load_document
    from apikit.mock import build_app
    from apikit.mock.engine import Behaviour
    from apikit.mock.host import HostSetupError, MockHost, Mounted
    from apikit.mock.worksection import WorksectionBehaviour

    class ResetOnly(WorksectionBehaviour):
        """A stand-in: the bundled mocks all show and load their state; this one only resets."""

        snapshot = Behaviour.snapshot
        restore = Behaviour.restore

    spec = load_document(Project(ROOT).spec_path("worksection")).document
    client = TestClient(MockHost([Mounted("worksection", build_app(spec, ResetOnly(spec)), "")]))
    answer = client.get("/__apikit/worksection/state")
    assert answer.status_code == 501 and "cannot show its state" in answer.json()["error"]
    answer = client.put("/__apikit/worksection/state", json={"projects": []})
    assert answer.status_code == 501 and "cannot load a state" in answer.json()["error"]
    assert client.post("/__apikit/worksection/reset").status_code == 204, "it can still reset"
    with pytest.raises(HostSetupError, match="worksection: seed data and a state file need a mock that can"):
        MockHost([Mounted("worksection", build_app(spec, ResetOnly(spec)), "", seed={"projects": []})])


# --- the command line: --all, --seed, --state ----------------------------------------------------------


def test_mock_all_serves_every_api_where_its_client_expects_it() -> None:
    from beebole_client import connect as beebole_connect
    from beebole_client.api.company import company_list
    from beebole_client.models import CompanyListBody
    from fivepm_client import connect as fivepm_connect
    from fivepm_client.api.projects import projects_get_list
    from proworkflow_client import connect as proworkflow_connect
    from proworkflow_client.api.companies import companies_list
    from worksection_client import connect as worksection_connect
    from worksection_client.api.projects import get_projects

    with mock_process("--all") as (base, _):
        mocks = httpx.get(f"{base}/__apikit").json()["mocks"]
        assert {m["name"]: m["base_path"] for m in mocks} == {
            "beebole": "/beebole",
            "fivepm": "/fivepm/api/v2",
            "proworkflow": "/proworkflow",
            "worksection": "/worksection",
        }
        with fivepm_connect(f"{base}/fivepm/api/v2", "demo@5pm.example", "demo-password") as fivepm:
            assert projects_get_list.sync(client=fivepm) is not None
        key, user, password = "pwf-demo-4f1c2a9e7b3d5a60", "dana", "dana-pass-1"
        with proworkflow_connect(key, user, password, base_url=f"{base}/proworkflow") as proworkflow:
            assert companies_list.sync(client=proworkflow) is not None
        beebole = beebole_connect("demo-token", base_url=f"{base}/beebole")
        assert company_list.sync(client=beebole, body=CompanyListBody()) is not None
        worksection = worksection_connect(
            "demo", "5f2b8c0e9a7d4e61b3c8f0a2d9e4b7c1", base_url=f"{base}/worksection"
        )
        assert get_projects.sync(client=worksection) is not None
        assert httpx.get(f"{base}/elsewhere").status_code == 404


def test_state_survives_a_crash_and_concurrent_writes_all_land(tmp_path: Path) -> None:
    state, seed = tmp_path / "mock.db", seed_file(tmp_path, [EVENT])
    args = ("museum", "--seed", str(seed), "--state", str(state))
    with mock_process(*args, root=MUSEUM.root) as (base, process), httpx.Client(base_url=base) as client:
        names = [f"event {n}" for n in range(24)]
        with ThreadPoolExecutor(max_workers=8) as pool:
            answers = list(pool.map(lambda n: client.post("/special-events", json=NEW_EVENT | {"name": n},
                                                          auth=AUTH), names))  # fmt: skip
        assert all(answer.status_code == 201 for answer in answers)
        assert len({answer.json()["eventId"] for answer in answers}) == len(names), "every id its own"
        process.send_signal(signal.SIGKILL)  # no chance to write anything more
        process.wait(timeout=10)
    with mock_process(*args, root=MUSEUM.root) as (base, _), httpx.Client(base_url=base) as client:
        assert sorted(event_names(client)) == sorted(["Pirate Coding Workshop", *names]), "nothing lost"
        assert client.post("/__apikit/museum/reset").status_code == 204
    with mock_process(*args, root=MUSEUM.root) as (base, _), httpx.Client(base_url=base) as client:
        assert event_names(client) == ["Pirate Coding Workshop"], "a reset is saved too"
    saved = sqlite3.connect(state).execute("SELECT api FROM mock_state").fetchall()
    assert saved == [("museum",)]


def apikit_mock(*args: str, root: Path = ROOT) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "apikit", "--root", str(root), "mock", *args, "--port", "1"]
    return subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)


def test_bad_seed_data_and_state_files_stop_the_mock_with_a_clear_error(tmp_path: Path) -> None:
    bad_seed = seed_file(tmp_path, [EVENT | {"price": "free"}])
    result = apikit_mock("museum", "--seed", str(bad_seed), root=MUSEUM.root)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert f"museum ({bad_seed}): state.special-events[0][price]: expected a number" in result.stderr

    not_sqlite = tmp_path / "state.db"
    not_sqlite.write_text("not a database", encoding="utf-8")
    result = apikit_mock("museum", "--state", str(not_sqlite), root=MUSEUM.root)
    assert result.returncode == 1 and f"{not_sqlite}: not a usable SQLite state file" in result.stderr

    result = apikit_mock("fivepm", "--seed", str(bad_seed))
    assert result.returncode == 1 and "state: no collection 'special-events' in this mock" in result.stderr
    result = apikit_mock("--all", "--seed", str(bad_seed))
    assert result.returncode == 2 and "give API=FILE with API one of beebole" in result.stderr
    result = apikit_mock()
    assert result.returncode == 2 and "name one API, or give --all" in result.stderr


def pets_project(tmp_path: Path) -> Project:
    folder = tmp_path / "specs" / "pets"
    folder.mkdir(parents=True)
    (folder / "openapi.yaml").write_text(textwrap.dedent(PETS_SPEC), encoding="utf-8")
    return Project(tmp_path)
