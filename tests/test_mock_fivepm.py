"""The 5pm mock against the real spec: auth, CRUD, filters, paging, files, formats, concurrency."""

from __future__ import annotations

import base64
import threading
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from starlette.testclient import TestClient

from apikit.load import load_document
from apikit.mock import build_app, create_app, response_schema
from apikit.mock.fivepm import create_behaviour, utc_now
from apikit.mock.fivepm_xml import cdata_section
from apikit.project import Project
from apikit.spec import Operation, iter_operations, schema_validator
from apikit.xmlcodec import decode_xml

ROOT = Path(__file__).resolve().parents[1]
SPEC_PATH = ROOT / "specs" / "fivepm" / "openapi.yaml"
pytestmark = pytest.mark.skipif(not SPEC_PATH.exists(), reason="the 5pm spec is not written yet")

ADMIN, ADMIN_PASSWORD = "demo@5pm.example", "demo-password"
MIA, MIA_PASSWORD = "mia@5pm.example", "mia-password"
BASE = "/api/v2"
T0 = datetime(2024, 5, 1, 12, 0, 0)
DOWNLOADS = ("activityDownloadFile", "activityDownloadFileViaGet")  # the raw file, not a document


class FakeClock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    return load_document(SPEC_PATH).document


@pytest.fixture(scope="module")
def operations(spec: dict[str, Any]) -> dict[str, Operation]:
    return {op.operation_id: op for op in iter_operations(spec)}


def query_pairs(params: Mapping[str, Any], prefix: str = "") -> list[tuple[str, str]]:
    """Nested params as PHP bracket pairs: {"filter": {"id": 1}} -> [("filter[id]", "1")]."""
    pairs: list[tuple[str, str]] = []
    for key, value in params.items():
        name = f"{prefix}[{key}]" if prefix else str(key)
        if isinstance(value, Mapping):
            pairs += query_pairs(value, name)
        elif isinstance(value, bool):
            pairs.append((name, "true" if value else "false"))
        else:
            pairs.append((name, str(value)))
    return pairs


class FivePm:
    """A thin test client: calls by operationId and checks every answer against the spec."""

    def __init__(self, client: TestClient, spec: dict[str, Any], operations: dict[str, Operation]) -> None:
        self.client = client
        self.spec = spec
        self.operations = operations
        self.session: str | None = None
        self._validators: dict[tuple[str, int], Any] = {}
        self._credentials = (ADMIN, ADMIN_PASSWORD)

    def sign_in(self, login: str = ADMIN, password: str = ADMIN_PASSWORD) -> str:
        data = self.ok("authenticationSignIn", login=login, password=password)
        self.session = str(data["sessionId"])
        self._credentials = (login, password)
        return self.session

    def renew(self) -> None:
        """Sign in again: after the test clock jumps days ahead, the old session has expired."""
        self.sign_in(*self._credentials)

    def request(
        self,
        operation_id: str,
        params: Mapping[str, Any] | None = None,
        *,
        fmt: str = "json",
        auth: bool = True,
    ) -> httpx.Response:
        op = self.operations[operation_id]
        query = dict(params or {})
        if fmt == "json":
            query["retType"] = "json"
        if auth and self.session and "sessionId" not in query and operation_id != "authenticationSignIn":
            query["sessionId"] = self.session
        response: httpx.Response = self.client.request(
            op.method.upper(), BASE + op.wire_path, params=query_pairs(query)
        )
        self.check(op, response, fmt)
        return response

    def check(self, op: Operation, response: httpx.Response, fmt: str) -> None:
        """Every answer, success or error, JSON or XML, must match the operation's response schema."""
        assert response.status_code < 500, response.text
        if op.operation_id in DOWNLOADS and response.status_code == 200:
            return
        key = (op.operation_id, response.status_code)
        if key not in self._validators:
            schema = response_schema(self.spec, op, response.status_code, "application/json")
            assert schema is not None, f"{op.operation_id} answered an undocumented {response.status_code}"
            self._validators[key] = (schema, schema_validator(self.spec, schema))
        schema, validator = self._validators[key]
        if fmt == "json":
            assert response.headers["content-type"].startswith("application/json")
            body = response.json()
        else:
            assert response.headers["content-type"].startswith("application/xml")
            body = decode_xml(response.content, schema, self.spec)
        validator.validate(body)

    def data(self, response: httpx.Response, operation_id: str, fmt: str) -> Any:
        """The ``data`` of an answer in either format (XML decoded by the response schema)."""
        if fmt == "json":
            return response.json()["data"]
        op = self.operations[operation_id]
        schema = response_schema(self.spec, op, response.status_code, "application/xml")
        return decode_xml(response.content, schema, self.spec)["data"]

    def ok(self, operation_id: str, **params: Any) -> Any:
        response = self.request(operation_id, params)
        assert response.status_code == 200, response.text
        return response.json()["data"]

    def fails(self, operation_id: str, status: int, **params: Any) -> str:
        response = self.request(operation_id, params)
        assert response.status_code == status, response.text
        error = response.json()["data"]["error"]
        assert error["code"] == status
        return str(error["message"])

    def ids(self, operation_id: str, **params: Any) -> list[str]:
        page = self.ok(operation_id, **params)
        return [str(item["id"]) for item in page["items"].get("item", [])]


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(T0)


@pytest.fixture
def client(clock: FakeClock, spec: dict[str, Any]) -> Iterator[TestClient]:
    # The spec is parsed once per module; create_app (which parses it each time) has its own test.
    with TestClient(build_app(spec, create_behaviour(spec, clock=clock))) as test_client:
        yield test_client


@pytest.fixture
def api(client: TestClient, spec: dict[str, Any], operations: dict[str, Operation]) -> FivePm:
    five = FivePm(client, spec, operations)
    five.sign_in()
    return five


@pytest.fixture
def mia(client: TestClient, spec: dict[str, Any], operations: dict[str, Operation]) -> FivePm:
    five = FivePm(client, spec, operations)
    five.sign_in(MIA, MIA_PASSWORD)
    return five


def test_create_app_serves_the_project_spec() -> None:
    client = TestClient(create_app("fivepm", Project(ROOT)))
    response = client.get(
        f"{BASE}/service/get/metainfo/getPriorities", params={"login": ADMIN, "password": ADMIN_PASSWORD}
    )
    assert response.status_code == 200 and b"<name><![CDATA[Urgent]]></name>" in response.content


# --- authentication ---------------------------------------------------------------------------------------


def test_sign_in_gives_a_session_in_both_formats(client: TestClient, spec: Any, operations: Any) -> None:
    five = FivePm(client, spec, operations)
    assert len(five.sign_in()) == 32
    xml = five.request("authenticationSignIn", {"login": ADMIN, "password": ADMIN_PASSWORD}, fmt="xml")
    assert xml.status_code == 200 and b"<data><sessionId>" in xml.content


def test_wrong_password_is_401_and_never_echoed(client: TestClient, spec: Any, operations: Any) -> None:
    five = FivePm(client, spec, operations)
    message = five.fails("authenticationSignIn", 401, login=ADMIN, password="not-the-password")
    assert message == "login or password not recognised"
    assert five.fails("authenticationSignIn", 401, login="nobody@5pm.example", password="x") == message


def test_every_operation_but_sign_in_needs_authentication(
    client: TestClient, spec: Any, operations: dict[str, Operation]
) -> None:
    five = FivePm(client, spec, operations)
    for operation_id, op in operations.items():
        example_args = {p["name"]: p["example"] for p in op.parameters if p.get("required")}
        for fmt in ("json", "xml"):
            response = five.request(operation_id, example_args, fmt=fmt, auth=False)
            assert response.status_code == 401, (operation_id, response.text)


def test_login_and_password_work_on_any_call(api: FivePm) -> None:
    user = api.ok("authenticationGetAuthorizedUser", sessionId="", login=MIA, password=MIA_PASSWORD)
    assert user["email"] == MIA
    api.session = None
    assert api.ok("projectsgroupsGetAll", login=ADMIN, password=ADMIN_PASSWORD)["total"] == 1
    api.fails("projectsgroupsGetAll", 401, login=ADMIN, password="wrong")


def test_an_invalid_session_is_401(api: FivePm) -> None:
    assert "invalid session" in api.fails("projectsGetAll", 401, sessionId="f" * 32)


def test_sign_out_ends_the_session(api: FivePm) -> None:
    assert api.ok("authenticationSignOut") == {"signOutState": True}
    assert "invalid session" in api.fails("projectsGetAll", 401)


def test_sign_out_needs_a_session_not_a_password(api: FivePm) -> None:
    api.session = None
    api.fails("authenticationSignOut", 401, login=ADMIN, password=ADMIN_PASSWORD)


def test_sessions_expire_after_30_idle_minutes(api: FivePm, clock: FakeClock) -> None:
    clock.advance(minutes=29)
    api.ok("authenticationGetAuthorizedUser")  # use renews the session
    clock.advance(minutes=29)
    api.ok("authenticationGetAuthorizedUser")
    clock.advance(minutes=30, seconds=1)
    assert "expired" in api.fails("authenticationGetAuthorizedUser", 401)
    assert "invalid session" in api.fails("authenticationGetAuthorizedUser", 401)  # gone for good


def test_the_default_clock_is_utc_to_the_whole_second() -> None:
    now = utc_now()
    assert now.tzinfo is None and now.microsecond == 0
    assert abs(now - datetime.now(UTC).replace(tzinfo=None)) < timedelta(seconds=2)


def test_get_authorized_user_never_returns_the_password(api: FivePm) -> None:
    user = api.ok("authenticationGetAuthorizedUser")
    assert user["id"] == "1" and user["securityLevel"] == "0" and "password" not in user


def test_metainfo_catalogues(api: FivePm) -> None:
    statuses = api.ok("metainfoGetStatuses")["item"]
    assert [(s["id"], s["is_final"]) for s in statuses] == [(10, False), (20, False), (30, True)]
    priorities = api.ok("metainfoGetPriorities")["item"]
    assert [(p["id"], p["default"]) for p in priorities] == [(1, False), (2, True), (3, False), (4, False)]


def test_status_and_priority_names_come_as_cdata_in_xml(api: FivePm) -> None:
    """Captured output wraps these names in CDATA (``{"_cdata": ...}`` once converted to JSON); the
    XML answer does too, and reads back as the same text. Other text stays plain."""
    statuses = api.request("metainfoGetStatuses", fmt="xml").content
    assert b"<item><id>20</id><name><![CDATA[On hold]]></name><alias><![CDATA[onhold]]></alias>" in statuses
    assert b"<is_final>0</is_final>" in statuses
    priorities = api.request("metainfoGetPriorities", fmt="xml").content
    assert b"<name><![CDATA[Urgent]]></name><default>0</default>" in priorities
    assert [
        item["name"]
        for item in api.data(api.request("metainfoGetPriorities", fmt="xml"), "metainfoGetPriorities", "xml")[
            "item"
        ]
    ] == ["Low", "Normal", "High", "Urgent"]
    assert b"CDATA" not in api.request("projectsGetById", {"id": 1}, fmt="xml").content
    assert api.ok("metainfoGetStatuses")["item"][1]["name"] == "On hold"  # JSON: the plain text


def test_cdata_sections_carry_any_text() -> None:
    assert cdata_section("a]]>b & <c>") == b"<![CDATA[a]]]]><![CDATA[>b & <c>]]>"
    assert cdata_section("bell\x07") == b"<![CDATA[bell\xef\xbf\xbd]]>"  # no XML 1.0 character: U+FFFD


# --- CRUD per resource ------------------------------------------------------------------------------------


def test_project_lifecycle(api: FivePm, clock: FakeClock) -> None:
    created = api.ok("projectsAdd", project={"name": "Launch", "groupId": 1, "tags": "a,b"})
    assert created["id"] == "3" and created["ownerId"] == 1 and created["groupId"] == 1
    assert (created["priority"], created["status"], created["flag"]) == (2, 10, 0)
    assert created["createdAt"] == created["updatedAt"] == "2024-05-01 12:00:00"
    assert api.ok("projectsGetById", id=3) == created
    clock.advance(minutes=20)
    updated = api.ok("projectsUpdate", project={"id": 3, "status": 20, "description": "Go"})
    assert (updated["status"], updated["description"], updated["name"], updated["tags"]) == (
        20,
        "Go",
        "Launch",
        "a,b",
    )
    assert updated["updatedAt"] == "2024-05-01 12:20:00" and updated["createdAt"] == created["createdAt"]
    assert api.ok("projectsRemove", id=3) == {"status": True}
    assert api.fails("projectsGetById", 404, id=3) == "project 3 not found"
    api.fails("projectsRemove", 404, id=3)
    api.fails("projectsUpdate", 404, project={"id": 3, "name": "again"})
    assert api.ok("projectsAdd", project={"name": "Next"})["id"] == "4"  # ids are never reused


def test_project_arguments_are_checked(api: FivePm) -> None:
    assert "missing required key project[name]" in api.fails("projectsAdd", 400, project={"tags": "x"})
    assert "unknown key project[ownerId]" in api.fails(
        "projectsAdd", 400, project={"name": "x", "ownerId": 2}
    )
    assert "project[priority]" in api.fails("projectsAdd", 400, project={"name": "x", "priority": 9})
    assert "project group 99" in api.fails("projectsAdd", 404, project={"name": "x", "groupId": 99})
    assert "expected an object" in api.fails("projectsAdd", 400, project="5")
    assert "missing required key project[id]" in api.fails("projectsUpdate", 400, project={"name": "x"})


def test_task_lifecycle(api: FivePm) -> None:
    created = api.ok(
        "tasksAdd", task={"name": "Wireframes", "projectId": 1, "parentId": 1, "estimatedTime": 2.5}
    )
    assert created["id"] == "4" and created["parentName"] == "Design home page" and created["groupId"] == 1
    assert (created["priority"], created["status"], created["flag"], created["progress"]) == (2, 10, 0, 0)
    assert api.ok("tasksGetById", id=4) == created
    updated = api.ok("tasksUpdate", task={"id": 4, "progress": 70})
    assert (updated["progress"], updated["name"], updated["estimatedTime"]) == (70, "Wireframes", 2.5)
    assert api.ok("tasksRemove", id=4) == {"status": True}
    api.fails("tasksGetById", 404, id=4)
    api.fails("tasksRemove", 404, id=4)
    assert "project 99" in api.fails("tasksAdd", 404, task={"name": "x", "projectId": 99})
    assert "task 3 does not exist in project 1" in api.fails(
        "tasksAdd", 404, task={"name": "x", "projectId": 1, "parentId": 3}
    )
    assert "one of its subtasks" in api.fails("tasksUpdate", 409, task={"id": 1, "parentId": 2})


def test_a_task_is_filed_under_a_group_of_its_own(api: FivePm) -> None:
    """The vendor lists groupId among a task's fields without a read-only mark: add and update take it;
    a new task takes its project's group unless told otherwise."""
    other = api.ok("projectsgroupsAdd", group={"name": "Internal"})["id"]
    inherited = api.ok("tasksAdd", task={"name": "Inherits", "projectId": 1})
    assert inherited["groupId"] == 1
    filed = api.ok("tasksAdd", task={"name": "Filed", "projectId": 1, "groupId": other})
    assert filed["groupId"] == other and api.ok("tasksGetById", id=int(filed["id"]))["groupId"] == other
    assert api.ok("tasksUpdate", task={"id": 3, "groupId": other})["groupId"] == other
    assert api.ids("tasksGetList", filter={"groupId": other}) == ["3", filed["id"]]
    assert "project group 99" in api.fails("tasksAdd", 404, task={"name": "x", "projectId": 1, "groupId": 99})
    assert "project group 99" in api.fails("tasksUpdate", 404, task={"id": 1, "groupId": 99})
    api.ok("projectsgroupsRemove", id=other)
    assert api.ok("tasksGetById", id=3)["groupId"] is None


def test_unset_fields_are_sent_as_empty_elements_alike(api: FivePm) -> None:
    """Captured output lists every field and gives unset ones as empty elements: an ungrouped project or
    task sends groupId empty (null in JSON) like its unset description, never leaves it out."""
    grouped, ungrouped = api.ok("projectsGetById", id=1), api.ok("projectsGetById", id=2)
    assert (
        set(grouped) == set(ungrouped) and ungrouped["groupId"] is None and ungrouped["description"] is None
    )
    task_in_group, task_outside = api.ok("tasksGetById", id=1), api.ok("tasksGetById", id=3)
    assert set(task_in_group) == set(task_outside) and task_outside["groupId"] is None
    xml = api.request("projectsGetById", {"id": 2}, fmt="xml").content
    assert b"<description /><tags /><ownerId>1</ownerId><groupId />" in xml
    api.ok("projectsgroupsRemove", id=1)
    assert api.ok("projectsGetById", id=1)["groupId"] is None
    listed = api.ok("projectsGetAll")["items"]["item"]
    assert all(project["groupId"] is None for project in listed) and len({frozenset(p) for p in listed}) == 1


def test_user_lifecycle(api: FivePm) -> None:
    fields = {
        "firstName": "Noor",
        "email": "noor@5pm.example",
        "password": "noor-pass",
        "securityLevel": "150",
    }
    created = api.ok("usersAdd", user=fields)
    assert created["id"] == "4" and created["email"] == "noor@5pm.example" and "password" not in created
    assert api.ok("usersGetById", id=4) == created
    assert api.ok("usersGetByEmail", email="NOOR@5pm.example") == created
    assert "already has this e-mail" in api.fails("usersAdd", 409, user={**fields, "password": "other"})
    updated = api.ok("usersUpdate", user={"id": 4, "lastName": "Haddad", "password": "new-pass"})
    assert (updated["lastName"], updated["firstName"]) == ("Haddad", "Noor")
    noor = FivePm(api.client, api.spec, api.operations)
    noor.fails("authenticationSignIn", 401, login="noor@5pm.example", password="noor-pass")
    noor.sign_in("noor@5pm.example", "new-pass")
    assert api.ok("usersGetAll")["total"] == 4
    assert api.ok("usersRemove", id=4) == {"status": True}
    assert "invalid session" in noor.fails("authenticationGetAuthorizedUser", 401)
    api.fails("usersGetById", 404, id=4)
    api.fails("usersGetByEmail", 404, email="noor@5pm.example")
    api.fails("usersRemove", 404, id=4)
    assert "signed in with" in api.fails("usersRemove", 409, id=1)


def test_activity_lifecycle(api: FivePm) -> None:
    created = api.ok(
        "activityAdd",
        activity={"taskId": 3, "type": "progress", "text": "Half way", "progress": 50, "hoursDone": 1.5},
    )
    assert created["id"] == "4" and created["projectId"] == 2 and created["taskName"] == "Book movers"
    assert created["date"] == created["createdAt"] and created["files"] == {
        "items": {},
        "count": 0,
        "total": 0,
    }
    task = api.ok("tasksGetById", id=3)
    assert (task["progress"], task["hoursDone"]) == (50, 1.5)  # a progress note moves the task
    assert api.ok("activityGetById", id=4) == created
    updated = api.ok("activityUpdate", activity={"id": 4, "text": "Done soon"})
    assert (updated["text"], updated["type"]) == ("Done soon", "progress")
    assert api.ok("activityRemove", id=4) == {"status": True}
    api.fails("activityGetById", 404, id=4)
    api.fails("activityRemove", 404, id=4)
    assert "task 99" in api.fails("activityAdd", 404, activity={"taskId": 99, "type": "msg", "text": "x"})


def test_group_lifecycle(api: FivePm) -> None:
    created = api.ok("projectsgroupsAdd", group={"name": "Internal"})
    assert created == {"id": 2, "name": "Internal"}
    assert api.ok("projectsgroupsGetById", id=2) == created
    assert api.ok("projectsgroupsUpdate", group={"id": 2, "name": "Ops"}) == {"id": 2, "name": "Ops"}
    assert api.ok("projectsgroupsGetAll")["total"] == 2
    assert api.ok("projectsgroupsRemove", id=1) == {"status": True}
    assert api.ok("projectsGetById", id=1)["groupId"] is None  # its projects stay, ungrouped
    api.fails("projectsgroupsGetById", 404, id=1)
    api.fails("projectsgroupsRemove", 404, id=1)


def test_removing_a_project_removes_its_tasks_activities_and_files(api: FivePm) -> None:
    api.ok("projectsRemove", id=1)
    assert api.ids("tasksGetList") == ["3"]
    assert api.ids("activityGetList") == ["3"]
    assert api.ok("activityGetFilesList")["total"] == 0
    api.fails("activityDownloadFile", 404, id=1)


def test_removing_a_task_removes_subtasks_and_activities(api: FivePm) -> None:
    api.ok("tasksRemove", id=1)
    assert api.ids("tasksGetList") == ["3"]  # task 2 was a subtask of task 1
    assert api.ids("activityGetList") == ["3"]


# --- lists: extras, paging --------------------------------------------------------------------------------


def test_load_team_with_files_with_names(api: FivePm) -> None:
    plain = api.ok("projectsGetList")["items"]["item"]
    assert all("team" not in p for p in plain)
    teams = api.ok("projectsGetAll", loadTeam=True)["items"]["item"]
    assert [[u["id"] for u in p["team"]["items"]["item"]] for p in teams] == [["1", "2"], ["1"]]
    assert "team" not in api.ok("tasksGetList")["items"]["item"][0]
    assert api.ok("tasksGetList", loadTeam=True)["items"]["item"][0]["team"]["count"] == 1
    bare = api.ok("activityGetList")["items"]["item"][0]
    assert not {"files", "taskName", "projectName"} & set(bare)
    full = api.ok("activityGetList", withFiles=True, withNames=True)["items"]["item"][0]
    assert (full["taskName"], full["projectName"]) == ("Design home page", "Website relaunch")
    assert full["files"]["items"]["item"][0]["name"] == "brief.txt"


def test_offset_and_count_page_while_total_counts_all(api: FivePm) -> None:
    for i in range(5):
        api.ok("projectsAdd", project={"name": f"Paged {i}"})
    page = api.ok("projectsGetList", filter={"name": "paged"}, offset=1, count=2)
    assert [p["id"] for p in page["items"]["item"]] == ["4", "5"] and (page["count"], page["total"]) == (2, 5)
    tail = api.ok("projectsGetList", filter={"name": "paged"}, offset=4, count=10)
    assert [p["id"] for p in tail["items"]["item"]] == ["7"] and (tail["count"], tail["total"]) == (1, 5)
    empty = api.ok("projectsGetList", filter={"name": "paged"}, offset=9)
    assert empty == {"items": {}, "count": 0, "total": 5}
    api.fails("projectsGetList", 400, count=0)
    api.fails("projectsGetList", 400, offset=-1)


# --- filters ----------------------------------------------------------------------------------------------


@pytest.fixture
def projects_world(api: FivePm, mia: FivePm, clock: FakeClock) -> FivePm:
    """Seed projects 1 (group 1, team 1+2) and 2 (no group, team 1, on hold), plus:
    3 "Alpha launch" (group 2, admin), 4 "beta tools" (group 1, Mia, team 2),
    5 "Gamma archive" (done 10 days ago), 6 "Delta" (done today)."""
    api.ok("projectsgroupsAdd", group={"name": "Internal"})
    api.ok("projectsAdd", project={"name": "Alpha launch", "groupId": 2})
    mia.ok("projectsAdd", project={"name": "beta tools", "groupId": 1})
    api.ok("projectsAdd", project={"name": "Gamma archive", "status": 30})
    jump(clock, api, days=10)
    api.ok("projectsAdd", project={"name": "Delta", "status": 30})
    return api


@pytest.mark.parametrize(
    ("conditions", "expected"),
    [
        ({"groupId": 1}, ["1", "4"]),
        ({"groupId": 2}, ["3"]),
        ({"ownerId": 2}, ["4"]),
        ({"name": "ALPHA"}, ["3"]),
        ({"name": "a"}, ["1", "3", "4", "5", "6"]),
        ({"assignedTo": 2}, ["1", "4"]),
        ({"assignedTo": 3}, []),
        ({"active": True}, ["1", "2", "3", "4"]),
        ({"active": False}, ["1", "2", "3", "4", "5", "6"]),
        ({"hide_old_object_period": 5}, ["1", "2", "3", "4", "6"]),
        ({"hide_old_object_period": 20}, ["1", "2", "3", "4", "5", "6"]),
        ({"groupId": 1, "ownerId": 1}, ["1"]),
    ],
)
def test_project_filters(projects_world: FivePm, conditions: dict[str, Any], expected: list[str]) -> None:
    assert projects_world.ids("projectsGetList", filter=conditions) == expected


@pytest.fixture
def tasks_world(api: FivePm, mia: FivePm, clock: FakeClock) -> FivePm:
    """Project 3 (group 2) with tasks 4-7; seed tasks 1-3 are in projects 1 and 2.

    4 "Spec review"   admin, start 06-01, end 06-10, progress 10, created 05-01
    5 "spec writing"  Mia,   start 06-05, end 06-20, progress 50, parent 4, created 05-03
    6 "Launch"        admin, no start,    end 07-01, progress 90, done, created 05-03, updated 05-13
    7 "Retro"         admin, no dates,    progress 0, created 05-03
    """
    api.ok("projectsgroupsAdd", group={"name": "Internal"})
    api.ok("projectsAdd", project={"name": "Launch project", "groupId": 2})
    api.ok(
        "tasksAdd",
        task={
            "name": "Spec review",
            "projectId": 3,
            "startDate": "2024-06-01 09:00:00",
            "endDate": "2024-06-10 17:00:00",
            "progress": 10,
        },
    )
    jump(clock, api, mia, days=2)
    mia.ok(
        "tasksAdd",
        task={
            "name": "spec writing",
            "projectId": 3,
            "parentId": 4,
            "startDate": "2024-06-05 09:00:00",
            "endDate": "2024-06-20 17:00:00",
            "progress": 50,
        },
    )
    api.ok(
        "tasksAdd", task={"name": "Launch", "projectId": 3, "endDate": "2024-07-01 12:00:00", "progress": 90}
    )
    api.ok("tasksAdd", task={"name": "Retro", "projectId": 3})
    jump(clock, api, days=10)
    api.ok("tasksUpdate", task={"id": 6, "status": 30})
    return api


@pytest.mark.parametrize(
    ("conditions", "expected"),
    [
        ({}, ["4", "5", "6", "7"]),
        ({"parentId": 4}, ["5"]),
        ({"startedFrom": "2024-06-02"}, ["5"]),
        ({"startedFrom": "2024-06-01"}, ["4", "5"]),
        ({"startedBefore": "2024-06-04"}, ["4"]),
        ({"startedBefore": "2024-06-05"}, ["4", "5"]),
        ({"deadlineFrom": "2024-06-20"}, ["5", "6"]),
        ({"deadlineBefore": "2024-06-15"}, ["4"]),
        ({"deadlineFrom": "2024-06-11", "deadlineBefore": "2024-06-30"}, ["5"]),
        ({"progressLessThan": 50}, ["4", "7"]),
        ({"progressMoreThan": 50}, ["6"]),
        ({"progressMoreThan": 0, "progressLessThan": 90}, ["4", "5"]),
        ({"createdFrom": "2024-05-02"}, ["5", "6", "7"]),
        ({"createdBefore": "2024-05-01"}, ["4"]),
        ({"updatedFrom": "2024-05-13"}, ["6"]),
        ({"updatedBefore": "2024-05-12"}, ["4", "5", "7"]),
        ({"ownerId": 2}, ["5"]),
        ({"name": "SPEC"}, ["4", "5"]),
        ({"assignedTo": 2}, ["5"]),
        ({"active": True}, ["4", "5", "7"]),
        ({"hide_old_object_period": 0}, ["4", "5", "6", "7"]),
    ],
)
def test_task_filters_within_a_project(
    tasks_world: FivePm, conditions: dict[str, Any], expected: list[str]
) -> None:
    assert tasks_world.ids("tasksGetList", filter={"projectId": 3, **conditions}) == expected


def test_task_filters_across_projects(tasks_world: FivePm, clock: FakeClock) -> None:
    assert tasks_world.ids("tasksGetList", filter={"projectId": 1}) == ["1", "2"]
    assert tasks_world.ids("tasksGetList", filter={"groupId": 2}) == ["4", "5", "6", "7"]
    assert tasks_world.ids("tasksGetList", filter={"groupId": 1}) == ["1", "2"]
    assert tasks_world.ids("tasksGetList", filter={"assignedTo": 2}) == ["1", "2", "5"]
    assert tasks_world.ids("tasksGetList", filter={"parentId": 1}) == ["2"]
    jump(clock, tasks_world, days=3)
    assert tasks_world.ids("tasksGetList", filter={"hide_old_object_period": 2}) == [
        "1",
        "2",
        "3",
        "4",
        "5",
        "7",
    ]
    assert tasks_world.ids("tasksGetList", filter={"hide_old_object_period": 3}) == [
        "1",
        "2",
        "3",
        "4",
        "5",
        "6",
        "7",
    ]


def test_task_filter_values_are_checked(api: FivePm) -> None:
    assert "filter[startedFrom]" in api.fails("tasksGetList", 400, filter={"startedFrom": "June"})
    assert "unknown key filter[colour]" in api.fails("tasksGetList", 400, filter={"colour": "red"})
    assert "filter[progressLessThan]" in api.fails("tasksGetList", 400, filter={"progressLessThan": 101})


@pytest.fixture
def activities_world(api: FivePm, mia: FivePm, clock: FakeClock) -> FivePm:
    """Seed: activities 1, 2 on task 1 (project 1, group 1), 3 on task 3 (project 2); file 1 on activity 1.

    New: project 3 (no group, admin) with task 4 (team: Mia); activity 4 ("msg", Mia) on task 4
    with files 2 "b.txt" (3 bytes) and 3 "a.txt" (5 bytes); project 2 is closed 10 days ago.
    """
    api.ok("projectsAdd", project={"name": "Side project"})
    mia.ok("tasksAdd", task={"name": "Side task", "projectId": 3})
    mia.ok("activityAdd", activity={"taskId": 4, "type": "msg", "text": "hello"})
    files = {
        "1": {"name": "b.txt", "content": encoded(b"bbb")},
        "2": {"name": "a.txt", "content": encoded(b"aaaaa")},
    }
    mia.ok("activityAttachFiles", activityId=4, files=files)
    api.ok("projectsUpdate", project={"id": 2, "status": 30})
    jump(clock, api, days=10)
    return api


def jump(clock: FakeClock, *clients: FivePm, days: int) -> None:
    clock.advance(days=days)
    for five in clients:
        five.renew()


def encoded(content: bytes) -> str:
    return base64.b64encode(content).decode()


@pytest.mark.parametrize(
    ("conditions", "expected"),
    [
        ({}, ["1", "2", "3", "4"]),
        ({"projectId": 1}, ["1", "2"]),
        ({"taskId": 3}, ["3"]),
        ({"type": "msg"}, ["2", "4"]),
        ({"groupId": 1}, ["1", "2"]),
        ({"assignedTo": 2}, ["1", "2", "4"]),
        ({"active": True}, ["1", "2", "4"]),
        ({"hide_non_active": 5}, ["1", "2", "4"]),
        ({"hide_non_active": 15}, ["1", "2", "3", "4"]),
        ({"projectId": 1, "type": "file"}, ["1"]),
    ],
)
def test_activity_filters(activities_world: FivePm, conditions: dict[str, Any], expected: list[str]) -> None:
    assert activities_world.ids("activityGetList", filter=conditions) == expected


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({}, ["1", "2", "3"]),
        ({"filter": {"projectId": 3}}, ["2", "3"]),
        ({"filter": {"taskId": 1}}, ["1"]),
        ({"filter": {"assignedTo": 2}}, ["1", "2", "3"]),
        ({"filter": {"assignedTo": 3}}, []),
        ({"filter": {"active": True}}, ["1", "2", "3"]),
        ({"filter": {"hide_old_object_period": 5}}, ["1", "2", "3"]),
        ({"orderBy": "name"}, ["3", "2", "1"]),
        ({"orderBy": "size", "orderReverse": True}, ["1", "3", "2"]),
        ({"orderReverse": True, "count": 2}, ["3", "2"]),
        ({"orderBy": "activityType"}, ["1", "2", "3"]),  # undocumented values: any text, id order
        ({"orderBy": "nothing", "orderReverse": True}, ["3", "2", "1"]),
        ({"orderBy": "name", "orderReverse": 1}, ["1", "2", "3"]),  # the switch read as 1/0 too
    ],
)
def test_file_filters_and_order(
    activities_world: FivePm, params: dict[str, Any], expected: list[str]
) -> None:
    assert activities_world.ids("activityGetFilesList", **params) == expected


def test_file_filters_follow_closed_projects(activities_world: FivePm) -> None:
    activities_world.ok(
        "activityAttachFiles", activityId=3, files={"1": {"name": "quote.pdf", "content": ""}}
    )
    assert activities_world.ids("activityGetFilesList", filter={"projectId": 2}) == ["4"]
    assert activities_world.ids("activityGetFilesList", filter={"active": True}) == ["1", "2", "3"]
    assert activities_world.ids("activityGetFilesList", filter={"hide_old_object_period": 5}) == [
        "1",
        "2",
        "3",
    ]
    assert activities_world.ids("activityGetFilesList", filter={"hide_old_object_period": 11}) == [
        "1",
        "2",
        "3",
        "4",
    ]


# --- files ------------------------------------------------------------------------------------------------


def test_attach_list_download_remove_a_file(api: FivePm) -> None:
    content = "Grüße\n".encode() + bytes(range(256))
    files = {
        "1": {"name": "bericht ü.bin", "content": encoded(content)},
        "2": {"name": "Doc", "type": "googledocs", "content": "https://docs.example/d/1"},
    }
    assert api.ok("activityAttachFiles", activityId=2, files=files) == {"status": True}
    listed = api.ok("activityGetFilesList", filter={"taskId": 1})["items"]["item"]
    assert [(f["id"], f["name"], f["type"], f["size"], f["activityId"]) for f in listed] == [
        ("1", "brief.txt", "file", 14, 1),
        ("2", "bericht ü.bin", "file", len(content), 2),
        ("3", "Doc", "googledocs", 0, 2),
    ]
    assert listed[2]["content"] == "https://docs.example/d/1" and listed[1]["content"] == ""
    download = api.request("activityDownloadFile", {"id": 2})
    assert download.status_code == 200 and download.content == content
    assert download.headers["content-type"] == "application/octet-stream"
    assert (
        download.headers["content-disposition"]
        == "attachment; filename=\"bericht _.bin\"; filename*=UTF-8''bericht%20%C3%BC.bin"
    )
    assert "link" in api.fails("activityDownloadFile", 404, id=3)
    assert api.ok("activityRemoveFile", id=2) == {"status": True}
    api.fails("activityRemoveFile", 404, id=2)
    api.fails("activityDownloadFile", 404, id=2)
    assert api.ids("activityGetFilesList", filter={"taskId": 1}) == ["1", "3"]


def test_attach_checks_its_arguments(api: FivePm) -> None:
    assert "files[2][content]: not valid base64" in api.fails(
        "activityAttachFiles",
        400,
        activityId=1,
        files={"1": {"name": "ok", "content": "b2s="}, "2": {"name": "x", "content": "%%%"}},
    )
    assert api.ok("activityGetFilesList")["total"] == 1  # nothing of a refused upload is stored
    api.fails("activityAttachFiles", 404, activityId=99, files={"1": {"name": "x", "content": ""}})
    api.fails("activityAttachFiles", 400, activityId=1, files={"0": {"name": "x"}})
    api.fails("activityAttachFiles", 400, activityId=1, files={"1": {"content": "eA=="}})


def test_the_seeded_file_downloads(api: FivePm) -> None:
    assert api.request("activityDownloadFile", {"id": 1}).content == b"Project brief\n"


def test_download_and_remove_answer_in_both_documented_forms(client: TestClient, api: FivePm) -> None:
    """The vendor's page gives both calls as POST /service/post/... (heading) and GET /service/get/...
    (call example); the mock answers both forms alike, on the same account."""

    def send(method: str, verb: str, call: str, file_id: int) -> httpx.Response:
        query = {"id": file_id, "sessionId": api.session, "retType": "json"}
        return client.request(method, f"{BASE}/service/{verb}/activity/{call}", params=query)

    posted, got = send("POST", "post", "downloadFile", 1), send("GET", "get", "downloadFile", 1)
    assert posted.status_code == got.status_code == 200
    assert posted.content == got.content == b"Project brief\n"
    assert posted.headers["content-disposition"] == got.headers["content-disposition"]
    api.ok("activityAttachFiles", activityId=1, files={"1": {"name": "two.txt", "content": "Mg=="}})
    assert send("GET", "get", "removeFile", 2).json() == {"data": {"status": True}}
    assert send("POST", "post", "removeFile", 1).json() == {"data": {"status": True}}
    for method, verb in (("POST", "post"), ("GET", "get")):
        assert send(method, verb, "downloadFile", 1).status_code == 404
        assert send(method, verb, "removeFile", 2).status_code == 404
    assert api.ok("activityGetFilesList")["total"] == 0


# --- formats and wire details -----------------------------------------------------------------------------


def tour(api: FivePm, fmt: str) -> set[str]:
    """Create, use and remove one object of every kind through every operation, in one format.

    Returns the operationIds called; ``FivePm.check`` has validated every answer against the spec.
    """
    called: set[str] = set()

    def call(operation_id: str, status: int = 200, **params: Any) -> Any:
        response = api.request(operation_id, params, fmt=fmt)
        assert response.status_code == status, (operation_id, fmt, response.text)
        called.add(operation_id)
        return api.data(response, operation_id, fmt) if operation_id not in DOWNLOADS else None

    call("authenticationGetAuthorizedUser")
    call("metainfoGetStatuses")
    call("metainfoGetPriorities")
    group = call("projectsgroupsAdd", group={"name": "G"})["id"]
    call("projectsgroupsUpdate", group={"id": group, "name": "G2"})
    call("projectsgroupsGetById", id=group)
    call("projectsgroupsGetAll")
    project = call(
        "projectsAdd", project={"name": "P", "groupId": group, "startDate": "2024-01-01 00:00:00"}
    )["id"]
    call("projectsUpdate", project={"id": project, "hidden": True, "description": "d"})
    call("projectsGetById", id=project)
    call("projectsGetAll", loadTeam=True)
    call("projectsGetList", filter={"active": True}, loadTeam=True)
    task = call("tasksAdd", task={"name": "T", "projectId": project, "estimatedTime": 1.5})["id"]
    call("tasksUpdate", task={"id": task, "tags": "x"})
    call("tasksGetById", id=task)
    call("tasksGetList", loadTeam=True)
    email = f"u-{fmt}@x.example"
    user = call(
        "usersAdd", user={"firstName": "U", "email": email, "password": "pw", "securityLevel": "100"}
    )["id"]
    call("usersUpdate", user={"id": user, "title": "Lead"})
    call("usersGetById", id=user)
    call("usersGetByEmail", email=email)
    call("usersGetAll")
    activity = call("activityAdd", activity={"taskId": task, "type": "msg", "text": "hi"})["id"]
    call("activityUpdate", activity={"id": activity, "hoursDone": 2})
    call("activityGetById", id=activity)
    call("activityGetList", withFiles=True, withNames=True)
    call("activityAttachFiles", activityId=activity, files={"1": {"name": "n.txt", "content": "bg=="}})
    file = call("activityGetFilesList", filter={"taskId": task}, orderBy="createdAt")["items"]["item"][0][
        "id"
    ]
    call("activityDownloadFile", id=file)
    call("activityDownloadFileViaGet", id=file)
    call("activityAttachFiles", activityId=activity, files={"1": {"name": "m.txt", "content": "bQ=="}})
    second_file = call("activityGetFilesList", filter={"taskId": task})["items"]["item"][1]["id"]
    for operation_id, object_id in [
        ("activityRemoveFile", file),
        ("activityRemoveFileViaGet", second_file),
        ("activityRemove", activity),
        ("tasksRemove", task),
        ("projectsRemove", project),
        ("usersRemove", user),
        ("projectsgroupsRemove", group),
    ]:
        call(operation_id, id=object_id)
        call(operation_id, 404, id=object_id)  # already gone
    return called


def test_every_operation_answers_schema_valid_json_and_xml(api: FivePm) -> None:
    called = tour(api, "json") | tour(api, "xml")
    for fmt in ("json", "xml"):
        assert api.request("projectsGetById", {"id": 999}, fmt=fmt).status_code == 404
        assert api.request("projectsGetById", {"id": "x"}, fmt=fmt).status_code == 400
    assert api.request("authenticationSignOut", fmt="xml").status_code == 200
    assert api.request("authenticationSignOut", fmt="xml").status_code == 401
    assert called | {"authenticationSignIn", "authenticationSignOut"} == set(api.operations)


def test_xml_is_the_default_and_json_is_on_request(api: FivePm) -> None:
    xml = api.request("projectsgroupsGetAll", fmt="xml")
    group = b"<item><id>1</id><name>Client work</name></item>"
    assert xml.content.endswith(b"<data><items>" + group + b"</items><count>1</count><total>1</total></data>")
    assert api.request("projectsgroupsGetAll").json() == {
        "data": {"items": {"item": [{"id": 1, "name": "Client work"}]}, "count": 1, "total": 1}
    }


def test_errors_come_in_the_requested_format(api: FivePm) -> None:
    xml = api.request("projectsGetById", {"id": 42}, fmt="xml")
    assert xml.status_code == 404
    assert xml.content.endswith(
        b"<data><error><code>404</code><message>project 42 not found</message></error></data>"
    )
    bad = api.request("projectsGetById", {"id": "x"}, fmt="xml")
    assert bad.status_code == 400 and b"<code>400</code>" in bad.content
    assert api.request("projectsGetById", {"id": 1, "retType": "yaml"}, fmt="xml").status_code == 400


def test_unknown_paths_and_wrong_methods(client: TestClient) -> None:
    missing = client.get(f"{BASE}/service/get/projects/nothing", params={"retType": "json"})
    assert missing.status_code == 404 and missing.json()["data"]["error"]["code"] == 404
    wrong = client.get(f"{BASE}/service/post/projects/add")
    assert wrong.status_code == 405 and wrong.headers["allow"] == "POST"
    assert wrong.content.endswith(
        b"<code>405</code><message>method GET is not allowed here; use POST</message></error></data>"
    )


def test_unreadable_requests_still_get_the_format_they_asked_for(api: FivePm) -> None:
    response = api.client.get(f"{BASE}/service/get/projects/getById?retType=json&id=%zz")
    assert (
        response.status_code == 400
        and "malformed percent-encoding" in response.json()["data"]["error"]["message"]
    )
    assert api.client.get(f"{BASE}/service/get/projects/getById?id=%zz").content.startswith(b"<?xml")


SIGNED_IN = f"login={ADMIN}&password={ADMIN_PASSWORD}"  # credentials travel in the query


def test_arguments_may_come_in_a_form_body(client: TestClient) -> None:
    form = {"project[name]": "From a form", "retType": "json"}
    created = client.post(f"{BASE}/service/post/projects/add?{SIGNED_IN}", data=form)
    assert created.status_code == 200 and created.json()["data"]["name"] == "From a form"
    mixed = client.post(
        f"{BASE}/service/post/projects/add?project[name]=Q&retType=json&{SIGNED_IN}",
        data={"project[flag]": "3"},
    )
    assert (mixed.json()["data"]["name"], mixed.json()["data"]["flag"]) == ("Q", 3)


def test_a_form_body_joins_the_query_and_each_part_is_checked(client: TestClient) -> None:
    """PHP's $_REQUEST reads the query, then the body: a name sent in both takes the body's value, and an
    object argument may be split between them. The body must fit the declared form body (which leaves
    the credentials to the query) and each argument the query carries its parameter, each on its own."""
    both = client.post(
        f"{BASE}/service/post/projects/add?project[name]=Query&project[flag]=1&retType=json&{SIGNED_IN}",
        data={"project[name]": "From the body"},
    )
    assert both.status_code == 200, both.text
    assert (both.json()["data"]["name"], both.json()["data"]["flag"]) == ("From the body", 1)
    shadowed = client.post(
        f"{BASE}/service/post/projects/add?project[flag]=9&retType=json&{SIGNED_IN}",
        data={"project[name]": "P", "project[flag]": "1"},
    )
    assert shadowed.status_code == 400 and "project[flag]" in shadowed.json()["data"]["error"]["message"]
    for body, named in (
        ({"project[flag]": "9"}, "flag"),
        ({"colour": "red"}, "colour"),
        ({"sessionId": "x"}, "sessionId"),
    ):
        refused = client.post(
            f"{BASE}/service/post/projects/add?project[name]=P&retType=json&{SIGNED_IN}", data=body
        )
        assert refused.status_code == 400 and named in refused.json()["data"]["error"]["message"], body
    files = client.post(
        f"{BASE}/service/post/activity/attachFiles?retType=json&files[1][name]=f.txt&{SIGNED_IN}",
        data={"activityId": "1", "files[1][content]": "eA=="},
    )
    assert files.json() == {"data": {"status": True}}
    removed = client.post(f"{BASE}/service/post/activity/removeFile?{SIGNED_IN}", data={"id": "2"})
    assert removed.status_code == 200 and removed.content.endswith(b"<data><status>1</status></data>")


@pytest.mark.parametrize(
    "query",
    [
        "id=%zz",
        "id=%ff",
        "id=1%00",
        "id=1&id=2",
        "id=" + "9" * 40,
        "id[a]=1",
        "id=",
        "project=5",
        "sessionId[x]=1&id=1",
        "%=1",
    ],
)
def test_bad_input_is_400_never_5xx(api: FivePm, query: str) -> None:
    assert api.session
    response = api.client.get(f"{BASE}/service/get/projects/getById?sessionId={api.session}&{query}")
    assert response.status_code in (400, 401), response.text


# --- concurrency ------------------------------------------------------------------------------------------


def test_concurrent_writers_leave_exact_totals_and_no_half_made_objects(api: FivePm) -> None:
    threads, rounds = 8, 50
    errors: list[str] = []
    done = threading.Event()

    def writer(worker: int) -> None:
        for i in range(rounds):
            response = api.request("projectsAdd", {"project": {"name": f"c-{worker}-{i}", "priority": 1}})
            if response.status_code != 200:
                errors.append(response.text)
                continue
            project_id = int(response.json()["data"]["id"])
            api.request("projectsUpdate", {"project": {"id": project_id, "priority": 4, "flag": 2}})
            if i % 2:
                api.request("projectsRemove", {"id": project_id})

    def reader() -> None:
        while not done.is_set():
            items = api.ok("projectsGetList", filter={"name": "c-"})["items"].get("item", [])
            errors.extend(f"half-made: {p}" for p in items if p["priority"] == 4 and p["flag"] != 2)

    workers = [threading.Thread(target=writer, args=(n,)) for n in range(threads)]
    watcher = threading.Thread(target=reader)
    watcher.start()
    for thread in workers:
        thread.start()
    for thread in workers:
        thread.join()
    done.set()
    watcher.join()
    assert errors == []
    remaining = api.ok("projectsGetList", filter={"name": "c-"})
    assert remaining["total"] == threads * rounds // 2
    assert all((p["priority"], p["flag"]) == (4, 2) for p in remaining["items"]["item"])
    ids = [int(p["id"]) for p in remaining["items"]["item"]]
    assert len(set(ids)) == len(ids)
    assert api.ok("projectsAdd", project={"name": "after"})["id"] == str(2 + threads * rounds + 1)
