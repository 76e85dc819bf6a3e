"""The 5pm mock's state as data, through the host (apikit.mock.host): shown, reset, put back and kept
in SQLite across a crash; credentials as digests only, sessions never."""

from __future__ import annotations

import base64
import copy
import json
import signal
from collections.abc import Callable, Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from starlette.testclient import TestClient

from apikit.mock import create_host
from apikit.project import Project
from tests.support import ROOT, mock_process
from tests.test_mock_fivepm import query_pairs

BASE = "/api/v2/service"
STATE = "/__apikit/fivepm/state"
ADMIN, ADMIN_PASSWORD = "demo@5pm.example", "demo-password"
DEMO_PASSWORDS = ("demo-password", "mia-password", "client-password")
NEW_USER, NEW_PASSWORD = "nora@5pm.example", "nora-secret-42"
T0 = datetime(2024, 5, 1, 12, 0, 0)
"""The mock's clock stands still: reads before and after a restore are compared whole."""

Client = httpx.Client | TestClient


class FivePm:
    """Calls by service path (``get/projects/getById``) as one signed-in user, in JSON."""

    def __init__(self, client: Client, login: str = ADMIN, password: str = ADMIN_PASSWORD) -> None:
        self.client = client
        self.session = self.sign_in(login, password)

    def sign_in(self, login: str, password: str) -> str:
        answer = self.client.get(
            f"{BASE}/get/authentication/signIn",
            params={"login": login, "password": password, "retType": "json"},
        )
        assert answer.status_code == 200, answer.text
        return str(answer.json()["data"]["sessionId"])

    def call(self, service: str, **params: Any) -> httpx.Response:
        method = "GET" if service.startswith("get/") else "POST"
        query = query_pairs({**params, "retType": "json", "sessionId": self.session})
        return self.client.request(method, f"{BASE}/{service}", params=query)

    def ok(self, service: str, **params: Any) -> Any:
        answer = self.call(service, **params)
        assert answer.status_code == 200, answer.text
        if service == "get/activity/downloadFile":
            return base64.b64encode(answer.content).decode()
        return answer.json()["data"]

    def made_id(self, service: str, **params: Any) -> int:
        return int(self.ok(service, **params)["id"])


def host_client(**options: Any) -> TestClient:
    return TestClient(create_host(["fivepm"], Project(ROOT), clock=lambda: T0, **options))


@pytest.fixture
def host() -> TestClient:
    return host_client()


def make_changes(api: FivePm) -> dict[str, int]:
    """Creates, updates and deletes of every kind; the ids of what was made."""
    made = {
        "group": api.made_id("post/projectsgroups/add", group={"name": "Internal"}),
        "user": api.made_id(
            "post/users/add",
            user={"firstName": "Nora", "email": NEW_USER, "password": NEW_PASSWORD, "securityLevel": "100"},
        ),
    }
    made["project"] = api.made_id("post/projects/add", project={"name": "Archive", "groupId": made["group"]})
    made["task"] = api.made_id("post/tasks/add", task={"name": "Box the files", "projectId": made["project"]})
    made["subtask"] = api.made_id(
        "post/tasks/add", task={"name": "Label boxes", "projectId": made["project"], "parentId": made["task"]}
    )
    made["activity"] = api.made_id(
        "post/activity/add",
        activity={"taskId": made["task"], "type": "msg", "text": "Started.", "progress": 10},
    )
    content = base64.b64encode(b"\x00binary\xffnotes\n").decode()
    files = {
        "1": {"name": "notes.bin", "content": content},
        "2": {"name": "plan", "type": "googledocs", "content": "https://docs.example/plan"},
    }
    api.ok("post/activity/attachFiles", activityId=made["activity"], files=files)
    api.ok("post/projects/update", project={"id": 1, "name": "Website relaunch (phase 2)", "status": 20})
    api.ok("post/users/update", user={"id": 2, "title": "Lead designer"})
    api.ok("post/projects/remove", id=2)  # with its task 3 and that task's activity 3
    return made


def file_ids(api: FivePm) -> list[int]:
    return [int(f["id"]) for f in api.ok("get/activity/getFilesList")["items"]["item"]]


def reads(api: FivePm, made: Mapping[str, int]) -> dict[str, Any]:
    """What the API answers about the whole account, and about each object made."""
    answers: dict[str, Any] = {
        "projects": api.ok("get/projects/getAll", loadTeam=True),
        "tasks": api.ok("get/tasks/getList", loadTeam=True),
        "users": api.ok("get/users/getAll"),
        "activities": api.ok("get/activity/getList", withFiles=True, withNames=True),
        "files": api.ok("get/activity/getFilesList"),
        "groups": api.ok("get/projectsgroups/getAll"),
        "me": api.ok("get/authentication/getAuthorizedUser"),
        "project": api.ok("get/projects/getById", id=made["project"]),
        "subtask": api.ok("get/tasks/getById", id=made["subtask"]),
        "user": api.ok("get/users/getById", id=made["user"]),
        "updated project": api.ok("get/projects/getById", id=1),
    }
    for file_id in file_ids(api):
        answer = api.call("get/activity/downloadFile", id=file_id)
        answers[f"file {file_id}"] = (answer.status_code, base64.b64encode(answer.content).decode())
    return answers


def highest_ids(state: Mapping[str, Any]) -> dict[str, int]:
    return {name: max(row["id"] for row in rows) for name, rows in state.items() if isinstance(rows, list)}


def test_a_state_put_back_after_a_reset_answers_every_read_as_before(host: TestClient) -> None:
    api = FivePm(host)
    made = make_changes(api)
    before = reads(api, made)
    state = host.get(STATE).json()
    assert host.post("/__apikit/fivepm/reset").status_code == 204
    assert api.call("get/projects/getById", id=made["project"]).status_code == 401, "reset ends sessions"
    api = FivePm(host)
    assert api.call("get/projects/getById", id=made["project"]).status_code == 404, "reset forgot it"

    assert host.put(STATE, json=state).status_code == 204
    assert api.call("get/projects/getAll").status_code == 401, "a restore keeps no session"
    api = FivePm(host)
    assert reads(api, made) == before
    assert api.call("get/projects/getById", id=2).status_code == 404, "a deleted project stays gone"
    assert api.call("get/tasks/getById", id=3).status_code == 404, "and so does its task"
    assert host.get(STATE).json() == state, "a restored state shows as it was given"


def test_a_state_saved_before_tasks_had_their_own_group_files_them_under_their_projects(
    host: TestClient,
) -> None:
    state = host.get(STATE).json()
    for task in state["tasks"]:
        del task["groupId"]
    assert host.put(STATE, json=state).status_code == 204
    restored = host.get(STATE).json()
    group_of_project = {project["id"]: project["groupId"] for project in restored["projects"]}
    assert [task["groupId"] for task in restored["tasks"]] == [
        group_of_project[task["projectId"]] for task in restored["tasks"]
    ]
    assert any(group is not None for group in group_of_project.values())


def test_ids_continue_after_the_highest_restored_one(host: TestClient) -> None:
    api = FivePm(host)
    make_changes(api)
    state = host.get(STATE).json()
    highest = highest_ids(state)
    assert host.post("/__apikit/fivepm/reset").status_code == 204
    assert host.put(STATE, json=state).status_code == 204
    api = FivePm(host)
    assert api.made_id("post/projects/add", project={"name": "Next"}) == highest["projects"] + 1
    assert api.made_id("post/tasks/add", task={"name": "Next", "projectId": 1}) == highest["tasks"] + 1
    assert api.made_id("post/projectsgroups/add", group={"name": "Next"}) == highest["projectsgroups"] + 1
    activity = api.made_id("post/activity/add", activity={"taskId": 1, "type": "msg", "text": "Next"})
    assert activity == highest["activities"] + 1
    api.ok(
        "post/activity/attachFiles",
        activityId=activity,
        files={"1": {"name": "n", "type": "dropbox", "content": "https://dropbox.example/n"}},
    )
    assert max(file_ids(api)) == highest["files"] + 1


def test_users_sign_in_with_their_own_passwords_after_a_restore(host: TestClient) -> None:
    api = FivePm(host)
    make_changes(api)
    api.ok("post/users/update", user={"id": 3, "password": "client-new-password"})
    state = host.get(STATE).json()
    assert host.post("/__apikit/fivepm/reset").status_code == 204
    assert host.put(STATE, json=state).status_code == 204

    nora = FivePm(host, NEW_USER, NEW_PASSWORD)
    assert nora.ok("get/authentication/getAuthorizedUser")["email"] == NEW_USER
    assert FivePm(host, "client@5pm.example", "client-new-password").session
    refused = host.get(
        f"{BASE}/get/authentication/signIn",
        params={"login": "client@5pm.example", "password": "client-password", "retType": "json"},
    )
    assert refused.status_code == 401, "the password changed before the snapshot is the one that counts"


def test_a_seed_may_give_a_users_password_which_the_state_shows_only_as_a_digest(host: TestClient) -> None:
    state = host.get(STATE).json()
    state["credentials"]["3"] = {"password": "client-seeded-password"}
    assert host.put(STATE, json=state).status_code == 204

    assert FivePm(host, "client@5pm.example", "client-seeded-password").session
    assert FivePm(host, ADMIN, ADMIN_PASSWORD).session, "the digests given as such are kept"
    shown = host.get(STATE)
    assert "client-seeded-password" not in shown.text
    assert set(shown.json()["credentials"]["3"]) == {"salt", "digest"}


def test_the_state_holds_no_password_and_no_session(host: TestClient) -> None:
    api = FivePm(host)
    make_changes(api)
    mia = FivePm(host, "mia@5pm.example", "mia-password")
    text = host.get(STATE).text
    for secret in (*DEMO_PASSWORDS, NEW_PASSWORD, api.session, mia.session):
        assert secret not in text
    state = json.loads(text)
    assert set(state["credentials"]) == {str(user["id"]) for user in state["users"]}
    assert all(set(c) == {"salt", "digest"} for c in state["credentials"].values())


def test_a_stored_files_bytes_are_in_the_state_as_base64(host: TestClient) -> None:
    state = host.get(STATE).json()
    assert state["files"][0]["$bytes"] == base64.b64encode(b"Project brief\n").decode()
    state["files"][0]["$bytes"] = base64.b64encode(b"Edited brief\n").decode()
    assert host.put(STATE, json=state).status_code == 204
    answer = FivePm(host).call("get/activity/downloadFile", id=1)
    assert answer.status_code == 200 and answer.content == b"Edited brief\n"


def test_a_snapshot_is_a_seed_file(tmp_path: Path, host: TestClient) -> None:
    api = FivePm(host)
    made = make_changes(api)
    before = reads(api, made)
    seed = tmp_path / "seed.json"
    seed.write_text(host.get(STATE).text, encoding="utf-8")
    seeded = host_client(seeds={"fivepm": seed})
    assert reads(FivePm(seeded), made) == before
    FivePm(seeded).ok("post/projects/remove", id=made["project"])
    assert seeded.post("/__apikit/fivepm/reset").status_code == 204
    assert reads(FivePm(seeded), made) == before, "a reset goes back to the seed"


def _set(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    """A change of the state at ``collection.index.key`` (``index.key`` optional)."""

    def change(state: dict[str, Any]) -> None:
        name, *rest = path.split(".")
        if not rest:
            state[name] = value
            return
        row = state[name][int(rest[0])]
        if len(rest) == 1:
            state[name][int(rest[0])] = value
        elif value is _DELETE:
            del row[rest[1]]
        else:
            row[rest[1]] = value

    return change


_DELETE: Any = object()


def _duplicate_first_project(state: dict[str, Any]) -> None:
    state["projects"].append(copy.deepcopy(state["projects"][0]))


def _make_tasks_a_cycle(state: dict[str, Any]) -> None:
    state["tasks"][0]["parentId"] = 2  # task 2's parent is task 1 already


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (
            _set("timesheets", []),
            "state: no collection 'timesheets' in this mock; its collections are: users,",
        ),
        (_set("tasks", {}), "state.tasks: expected a list of task rows, got dict"),
        (_set("users.1", "mia"), "state.users[1]: expected a row (a mapping), got str"),
        (_set("projects.1.id", "2"), "state.projects[1][id]: expected a positive integer, got '2'"),
        (_set("projects.0.id", _DELETE), "state.projects[0][id]: missing"),
        (_duplicate_first_project, "state.projects[2][id]: a second project with id 1"),
        (_set("projects.0.name", _DELETE), "state.projects[0][name]: missing; every project row has it"),
        (_set("tasks.2.projectId", 99), "state.tasks[2][projectId]: no project 99 in the state"),
        (_set("activities.0.taskId", None), "state.activities[0][taskId]: no task None in the state"),
        (_set("projects.0.team", "1,2"), "state.projects[0][team]: expected a list of user ids"),
        (_make_tasks_a_cycle, "state.tasks[0][parentId]: the task is its own ancestor"),
        (
            _set("tasks.1.updatedAt", "yesterday"),
            "state.tasks[1][updatedAt]: expected a time like '1970-01-01 00:00:00', got 'yesterday'",
        ),
        (_set("files.0.$bytes", "not base64!"), "state.files[0][$bytes]: not valid base64"),
        (_set("files.0.$bytes", _DELETE), "state.files[0][$bytes]: expected the file's bytes as base64 text"),
        (_set("credentials", {"9": {}}), "state.credentials[9]: no user with this id"),
        (
            _set("credentials", {"1": {"salt": "00", "digest": "abcd"}}),
            "state.credentials[1][digest]: expected 64 hex digits",
        ),
        (
            _set("credentials", {"1": {"password": 1234}}),
            "state.credentials[1]: a password is given alone, as non-empty text",
        ),
        (_set("credentials", {"1": {"digest": "ab" * 32}}), "state.credentials[1][salt]: expected hex"),
    ],
)
def test_a_state_that_does_not_fit_is_refused_naming_the_place_and_changes_nothing(
    host: TestClient, change: Callable[[dict[str, Any]], None], problem: str
) -> None:
    api = FivePm(host)
    made = make_changes(api)
    before, answers = host.get(STATE).json(), reads(api, made)
    state = copy.deepcopy(before)
    change(state)
    refused = host.put(STATE, json=state)
    assert refused.status_code == 400 and problem in refused.json()["error"], refused.text
    assert host.get(STATE).json() == before
    assert reads(api, made) == answers, "not even the session was touched"


def test_a_state_that_is_no_mapping_is_refused(host: TestClient) -> None:
    refused = host.put(STATE, json=[1, 2])
    assert refused.status_code == 400
    assert "state: expected a mapping of collection name to a list of rows" in refused.json()["error"]


def test_the_state_survives_a_crash_and_users_sign_in_again(tmp_path: Path) -> None:
    args = ("fivepm", "--state", str(tmp_path / "mock.db"))
    with mock_process(*args) as (base, process), httpx.Client(base_url=base) as client:
        api = FivePm(client)
        made = make_changes(api)
        before = reads(api, made)
        process.send_signal(signal.SIGKILL)  # nothing written after the last answer
        process.wait(timeout=10)
    with mock_process(*args) as (base, _), httpx.Client(base_url=base) as client:
        assert FivePm(client).call("get/projects/getAll").status_code == 200
        nora = FivePm(client, NEW_USER, NEW_PASSWORD)
        assert nora.ok("get/projects/getById", id=made["project"])["name"] == "Archive"
        assert reads(FivePm(client), made) == before
