"""The Beebole mock against the real spec: every service, the error envelope, the account's rules,
time-entry workflow and export jobs, external ids, reset and concurrency."""

from __future__ import annotations

import base64
import json
import sys
import threading
from collections.abc import Iterator, Mapping
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from starlette.testclient import TestClient

from apikit.load import load_document
from apikit.mock import ApiError, Call, RawRequest, Reply, build_app, create_app, response_schema
from apikit.mock.beebole import BeeboleBehaviour, create_behaviour
from apikit.mock.beebole.services import Caller, all_services
from apikit.project import Project
from apikit.spec import Operation, iter_operations, schema_validator

ROOT = Path(__file__).resolve().parents[1]
SPEC_PATH = ROOT / "specs" / "beebole" / "openapi.yaml"
pytestmark = pytest.mark.skipif(not SPEC_PATH.exists(), reason="the Beebole spec is not written yet")

URL = "/api/v2"
TOKEN = "demo-token"
T0 = datetime(2024, 6, 15, 9, 30, 0)

# Ids of the demo account (see the docstring of apikit.mock.beebole).
DEMO_CORP, ACME, GLOBEX = 1, 2, 3
COUNTRY, FRANCE, SPAIN, DEPARTMENT, ENGINEERING = 4, 5, 6, 7, 8
ADA, LEA, BEN = 9, 10, 11
ADMINISTRATION, MEETINGS, DEVELOPMENT, TESTING = 12, 13, 14, 15
HOLIDAY, SICK_LEAVE = 16, 17
WEBSITE, SUPPORT, DESIGN, BUILD = 18, 19, 20, 21
INDUSTRY, COST_CENTER, LOCATION, PHASE_CODE, EMPLOYEE_NUMBER = 22, 23, 24, 25, 26
ADA_BUILD, ADA_SUPPORT, ADA_HOLIDAY, BEN_DESIGN, BEN_GLOBEX = 27, 28, 29, 30, 31
NEXT_ID = 32


class FakeClock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


def basic(token: str, password: str = "x") -> dict[str, str]:
    return {"Authorization": "Basic " + base64.b64encode(f"{token}:{password}".encode()).decode()}


def ref(record_id: int) -> dict[str, int]:
    return {"id": record_id}


def period(first: str, last: str) -> dict[str, str]:
    return {"from": first, "to": last}


MAY = period("2024-05-01", "2024-05-31")


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    return load_document(SPEC_PATH).document


@pytest.fixture(scope="module")
def operations(spec: dict[str, Any]) -> dict[str, Operation]:
    """Operations by the service that selects them."""
    found = {}
    for op in iter_operations(spec):
        if "batch" in op.definition.get("x-rpc", {}):
            continue  # several services in one call: see the batch tests
        assert op.rpc is not None, op.operation_id
        found[op.rpc.value] = op
    return found


class Beebole:
    """A thin test client: calls by service and checks every answer against the spec."""

    def __init__(self, client: TestClient, spec: dict[str, Any], operations: dict[str, Operation]) -> None:
        self.client = client
        self.spec = spec
        self.operations = operations
        self.answered_ok: set[str] = set()
        self._validators: dict[str, Any] = {}

    def post(self, body: Any, headers: Mapping[str, str] | None = None) -> httpx.Response:
        response: httpx.Response = self.client.post(URL, json=body, headers=dict(headers or basic(TOKEN)))
        return response

    def call(self, service: str, headers: Mapping[str, str] | None = None, **fields: Any) -> dict[str, Any]:
        response = self.post({"service": service, **fields}, headers)
        assert response.status_code == 200, response.text
        assert response.headers["content-type"].startswith("application/json")
        body: dict[str, Any] = response.json()
        self.validator(service).validate(body)
        return body

    def validator(self, service: str) -> Any:
        if service not in self._validators:
            schema = response_schema(self.spec, self.operations[service], 200)
            self._validators[service] = schema_validator(self.spec, schema)
        return self._validators[service]

    def ok(self, service: str, **fields: Any) -> dict[str, Any]:
        body = self.call(service, **fields)
        assert body["status"] == "ok", (service, body)
        self.answered_ok.add(service)
        return body

    def fails(self, service: str, **fields: Any) -> str:
        body = self.call(service, **fields)
        assert body["status"] == "error" and set(body) == {"status", "message"}, (service, body)
        return str(body["message"])

    def ids(self, service: str, key: str, **fields: Any) -> list[int]:
        return [int(item["id"]) for item in self.ok(service, **fields)[key]]


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(T0)


@pytest.fixture
def behaviour(spec: dict[str, Any], clock: FakeClock) -> BeeboleBehaviour:
    return create_behaviour(spec, clock=clock)


@pytest.fixture
def client(spec: dict[str, Any], behaviour: BeeboleBehaviour) -> Iterator[TestClient]:
    with TestClient(build_app(spec, behaviour)) as test_client:
        yield test_client


@pytest.fixture
def api(client: TestClient, spec: dict[str, Any], operations: dict[str, Operation]) -> Beebole:
    return Beebole(client, spec, operations)


def test_create_app_serves_the_project_spec() -> None:
    client = TestClient(create_app("beebole", Project(ROOT)))
    answer = client.post(URL, json={"service": "company.list"}, headers=basic(TOKEN)).json()
    assert answer["status"] == "ok" and answer["companies"][0]["name"] == "Demo Corp"


def test_the_mock_knows_exactly_the_services_of_the_spec(operations: dict[str, Operation]) -> None:
    assert set(all_services()) == set(operations)


# --- every service ----------------------------------------------------------------------------------------


def test_every_service_of_the_spec_answers_ok(api: Beebole, clock: FakeClock) -> None:
    company = api.ok("company.create", company={"name": "Tour Co", "corporate": False})["id"]
    task = api.ok("task.create", task={"name": "Tour task", "company": ref(company)})["id"]
    absence = api.ok("absence.create", absence={"name": "Tour leave", "company": ref(company)})["id"]
    project = api.ok("project.create", project={"name": "Tour project", "company": ref(company)})["id"]
    subproject = api.ok("subproject.create", subproject={"name": "Tour sub", "project": ref(project)})["id"]
    person = api.ok(
        "person.create",
        person={"name": "Tour Person", "company": ref(company), "email": "tour@example.com"},
    )["id"]
    group = api.ok("group.create", group={"name": "Tour group", "parent": ref(COUNTRY)})["id"]

    api.ok("company.update", company={"id": company, "name": "Tour Company"})
    api.ok("company.list")
    api.ok("task.update", task={"id": task, "name": "Tour task 2"})
    api.ok("task.list", company=ref(company))
    api.ok("absence.update", absence={"id": absence, "name": "Tour leave 2"})
    api.ok("absence.list", company=ref(company))
    api.ok("project.update", project={"id": project, "name": "Tour project 2", "startDate": "2024-06-03"})
    api.ok("project.list", company=ref(company))
    api.ok("subproject.update", subproject={"id": subproject, "name": "Tour sub 2"})
    api.ok("subproject.list", project=ref(project))
    api.ok("person.update", person={"id": person, "name": "Tour Person 2", "leaders": [ref(LEA)]})
    api.ok("person.list", company=ref(company))
    api.ok("person.leaders", id=person)
    api.ok("group.update", group={"id": group, "name": "Tour group 2"})
    api.ok("group.get", id=group)
    api.ok("group.tree")
    api.ok("custom_field.list")

    entities = {
        "company": company,
        "project": project,
        "subproject": subproject,
        "task": task,
        "absence": absence,
        "person": person,
    }
    for resource, entity in entities.items():
        api.ok(f"{resource}.get", id=entity)
        api.ok(f"{resource}.deactivate", id=entity)
        api.ok(f"{resource}.activate", id=entity)
        api.ok(f"{resource}.add_group", id=entity, group=ref(group))
        api.ok(f"{resource}.groups", id=entity)
        api.ok("group.list", **{resource: ref(entity)})
    api.ok("group.assignments", id=group)
    for resource, entity in entities.items():
        api.ok(f"{resource}.remove_group", id=entity, group=ref(group))

    fields = {"company": INDUSTRY, "project": LOCATION, "subproject": PHASE_CODE, "person": EMPLOYEE_NUMBER}
    for resource, custom_field in fields.items():
        api.ok(
            f"{resource}.set_custom_field_value",
            id=entities[resource],
            customField={"id": custom_field, "value": "v"},
        )
        api.ok(f"{resource}.custom_fields", id=entities[resource])
        api.ok(f"{resource}.clear_custom_field_value", id=entities[resource], customField=ref(custom_field))

    for resource in ("company", "project", "subproject"):
        entity = entities[resource]
        api.ok(f"{resource}.attach_specific_task", id=entity, task=ref(task))
        api.ok(f"{resource}.specific_tasks", id=entity)
        api.ok(f"{resource}.disable_specific_tasks", id=entity)
        api.ok(f"{resource}.enable_specific_tasks", id=entity)
        api.ok(f"{resource}.detach_specific_task", id=entity, task=ref(task))
        api.ok(f"{resource}.attach_member", id=entity, person=ref(person))
        api.ok(f"{resource}.attach_member", id=entity, group=ref(group))
        api.ok(f"{resource}.members", id=entity)
        api.ok(f"{resource}.detach_member", id=entity, person=ref(person))
    api.ok("project.attach_manager", id=project, person=ref(person))
    api.ok("project.managers", id=project)
    api.ok("project.detach_manager", id=project, person=ref(person))

    api.ok("time_entry.get_entities", company=ref(company), date="2024-06-03")
    api.ok("time_entry.get_tasks", subproject=ref(subproject), date="2024-06-03")
    entry = api.ok("time_entry.create", subproject=ref(subproject), date="2024-06-03", hours=2)["timeEntry"]
    api.ok("time_entry.update", id=entry["id"], subproject=ref(subproject), date="2024-06-03", hours=3)
    api.ok("time_entry.get", id=entry["id"], date="2024-06-03")
    api.ok("time_entry.list", person=ref(ADA), **period("2024-06-01", "2024-06-30"))
    for step in ("submit", "approve", "reject", "lock", "unlock"):
        api.ok(f"time_entry.{step}", person=ref(ADA), **period("2024-06-01", "2024-06-30"))
    api.ok("time_entry.delete", id=entry["id"], date="2024-06-03")
    job = api.ok("time_entry.export", **MAY, keys=["company", "hours"])["job"]
    api.ok("time_entry.get_job_info", id=job["id"])
    api.ok("time.get_people_timesheets", **{"from": ["2024", "05", "01"], "to": ["2024", "05", "31"]})
    api.ok("group.delete", id=group, force=True)

    assert api.answered_ok == set(api.operations)


# --- the error envelope -----------------------------------------------------------------------------------


def raw(client: TestClient, content: bytes, headers: Mapping[str, str] | None = None) -> httpx.Response:
    response: httpx.Response = client.post(
        URL, content=content, headers={"content-type": "application/json", **basic(TOKEN), **(headers or {})}
    )
    return response


def envelope(response: httpx.Response) -> str:
    """The message of an error envelope answered with HTTP 200 (and nothing else in the body)."""
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["status"] == "error" and set(body) == {"status", "message"}, body
    return str(body["message"])


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"{}", "service"),
        (b'{"service": "project.fly"}', "project.fly"),
        (b'{"service": 5}', "Invalid service request"),
        (b'{"service": "company.list"', "not valid JSON"),
        (b'["company.list"]', "Invalid service request"),
        (b'{"service": "company.list", "service": "company.list"}', "twice"),
        (b'{"service": "company.list", "extra": 1}', "extra"),
        (b'{"service": "project.get"}', ""),
        (b'{"service": "project.get", "id": "18"}', "id"),
        (b'{"service": "project.get", "id": 18, "xid": "x"}', ""),
        (b'{"service": "project.get", "id": 0}', "id"),
        (b'{"service": "project.create", "project": {"name": "x"}}', "company"),
        (b'{"service": "time_entry.get", "id": 27, "date": "06/05/2024"}', "date"),
        (
            b'{"service": "time_entry.create", "project": {"id": 19}, "date": "2024-05-09", "hours": 25}',
            "hours",
        ),
        (b'{"service": "project.get", "id": 99999999999999999999999}', "no project has the id"),
        (b"", "service"),
        (b'{"service": "company.list", "n": NaN}', "NaN"),
        (b'{"service": "company.list\xff"}', "UTF-8"),
        (b'{"service": "group.tree", "x": ' + b"[" * 5000 + b"]" * 5000 + b"}", ""),
        (b'{"service": "company.attach_member", "id": 2, "person": {"id": 9, "xid": "x"}}', ""),
        (b'{"service": "time_entry.submit", "id": 27, "date": "2024-05-06", "person": {"id": 9}}', ""),
    ],
)
def test_malformed_requests_get_the_error_envelope(client: TestClient, content: bytes, expected: str) -> None:
    assert expected in envelope(raw(client, content))


def test_unknown_ids_and_xids_get_the_error_envelope(api: Beebole) -> None:
    assert api.fails("project.get", id=999) == "no project has the id 999"
    assert api.fails("project.get", id=ACME) == "no project has the id 2"  # an id of another kind
    assert api.fails("company.get", xid="nobody") == "no company has the xid 'nobody'"
    assert "project.company: no company has the id 77" in api.fails(
        "project.create", project={"name": "x", "company": ref(77)}
    )
    assert "no export job" in api.fails("time_entry.get_job_info", id=ADA)


@pytest.mark.parametrize(
    "headers",
    [
        {},
        basic("wrong-token"),
        basic(""),
        {"Authorization": "Bearer " + TOKEN},
        {"Authorization": "Basic %%%"},
        {"Authorization": "Basic " + base64.b64encode(b"no-colon").decode()},
    ],
)
def test_a_missing_or_wrong_token_gets_the_error_envelope(
    client: TestClient, headers: dict[str, str]
) -> None:
    response = client.post(URL, json={"service": "company.list"}, headers=headers)
    message = envelope(response)
    assert "token" in message.lower() or "authentication" in message
    assert "wrong-token" not in message and TOKEN not in message  # tokens are never echoed


def test_the_password_is_not_checked_only_the_token(api: Beebole) -> None:
    assert api.call("company.list", headers=basic(TOKEN, "anything"))["status"] == "ok"


def test_an_inactive_token_owner_is_refused(api: Beebole) -> None:
    api.ok("person.deactivate", id=ADA)
    assert "inactive" in api.fails("company.list")


def test_only_http_level_failures_use_other_status_codes(client: TestClient) -> None:
    wrong_method = client.get(URL, headers=basic(TOKEN))
    assert wrong_method.status_code == 405 and wrong_method.headers["allow"] == "POST"
    assert wrong_method.json() == {"status": "error", "message": "method GET is not allowed here; use POST"}
    unknown_url = client.post("/api/v3", json={"service": "company.list"}, headers=basic(TOKEN))
    assert unknown_url.status_code == 404 and unknown_url.json()["status"] == "error"


def test_a_body_not_sent_as_json_is_explained(client: TestClient) -> None:
    response = raw(
        client, b'{"service": "company.list"}', {"content-type": "application/x-www-form-urlencoded"}
    )
    assert "application/json" in envelope(response)


# --- hierarchy, activation --------------------------------------------------------------------------------


def test_company_project_subproject_hierarchy(api: Beebole) -> None:
    company = api.ok("company.create", company={"name": "Initech"})
    assert company == {"status": "ok", "id": NEXT_ID}
    assert api.ok("company.get", id=NEXT_ID)["company"] == {
        "id": NEXT_ID,
        "name": "Initech",
        "projects": {"count": 0},
        "active": True,
    }
    project_id = api.ok("project.create", project={"name": "Migration", "company": ref(NEXT_ID)})["id"]
    project = api.ok("project.get", id=project_id)["project"]
    assert project["startDate"] == "2024-06-01"  # first day of the (injected) clock's month
    assert (project["company"], project["subprojects"], project["active"]) == (
        ref(NEXT_ID),
        {"count": 0},
        True,
    )
    assert api.ok("company.get", id=NEXT_ID)["company"]["projects"] == {"count": 1}
    sub_id = api.ok("subproject.create", subproject={"name": "Phase 1", "project": ref(project_id)})["id"]
    assert api.ok("project.get", id=project_id)["project"]["subprojects"] == {"count": 1}
    assert api.ok("subproject.get", id=sub_id)["subproject"] == {
        "id": sub_id,
        "name": "Phase 1",
        "project": ref(project_id),
        "active": True,
    }
    assert api.ids("project.list", "projects", company=ref(NEXT_ID)) == [project_id]
    assert api.ids("subproject.list", "subprojects", project=ref(project_id)) == [sub_id]
    assert api.ids("project.list", "projects", company=ref(ACME)) == [WEBSITE, SUPPORT]
    assert api.ids("company.list", "companies") == [DEMO_CORP, ACME, GLOBEX, NEXT_ID]


def test_updates_change_only_what_they_send(api: Beebole) -> None:
    api.ok("project.update", project={"id": WEBSITE, "name": "Web", "description": "New text"})
    project = api.ok("project.get", id=WEBSITE)["project"]
    assert (project["name"], project["description"], project["startDate"]) == (
        "Web",
        "New text",
        "2024-01-01",
    )
    api.ok("project.update", project={"id": WEBSITE, "name": "Web", "startDate": "2024-03-01"})
    assert api.ok("project.get", id=WEBSITE)["project"]["startDate"] == "2024-03-01"
    api.ok("subproject.update", subproject={"id": DESIGN, "name": "UX"})
    api.ok("task.update", task={"id": TESTING, "name": "QA"})
    api.ok("absence.update", absence={"id": HOLIDAY, "name": "Vacation"})
    api.ok("company.update", company={"id": GLOBEX, "name": "Globex"})
    assert api.ok("subproject.get", id=DESIGN)["subproject"]["name"] == "UX"
    assert api.ok("task.get", id=TESTING)["task"] == {
        "id": TESTING,
        "name": "QA",
        "company": ref(ACME),
        "active": True,
    }
    assert api.ok("absence.get", id=HOLIDAY)["absence"]["name"] == "Vacation"
    assert api.ok("company.get", id=GLOBEX)["company"]["name"] == "Globex"
    assert "no task has the id 16" in api.fails("task.update", task={"id": HOLIDAY, "name": "x"})


def test_get_entities_walks_the_tree(api: Beebole) -> None:
    projects = api.ok("time_entry.get_entities", company=ref(ACME), date="2024-05-06")["projects"]
    assert projects == [
        {"id": WEBSITE, "name": "Website", "active": True, "subprojects": {"count": 2}},
        {"id": SUPPORT, "name": "Support", "active": True, "subprojects": {"count": 0}},
    ]
    subprojects = api.ok("time_entry.get_entities", project=ref(WEBSITE), date="2024-05-06")["subprojects"]
    assert [(s["id"], s["name"]) for s in subprojects] == [(DESIGN, "Design"), (BUILD, "Build")]
    assert api.ok("time_entry.get_entities", company=ref(GLOBEX), date="2024-05-06")["projects"] == []


def test_activate_and_deactivate(api: Beebole) -> None:
    for resource, entity in [
        ("company", GLOBEX),
        ("project", SUPPORT),
        ("task", MEETINGS),
        ("absence", SICK_LEAVE),
    ]:
        api.ok(f"{resource}.deactivate", id=entity)
        assert api.ok(f"{resource}.get", id=entity)[resource]["active"] is False
        api.ok(f"{resource}.deactivate", id=entity)  # already inactive: harmless
        api.ok(f"{resource}.activate", id=entity)
        assert api.ok(f"{resource}.get", id=entity)[resource]["active"] is True
    api.ok("person.deactivate", id=BEN)
    assert api.ok("person.get", id=BEN)["person"]["active"] is False
    assert [p["active"] for p in api.ok("person.list", company=ref(DEMO_CORP))["people"]] == [
        True,
        True,
        False,
    ]


# --- people -----------------------------------------------------------------------------------------------


def test_person_lifecycle_and_leaders(api: Beebole) -> None:
    new = api.ok(
        "person.create",
        person={
            "name": "Rui Costa",
            "company": ref(DEMO_CORP),
            "email": "rui@example.com",
            "invite": True,
            "leaders": [{"name": "Lea Leader"}, {"email": "ADA.ADMIN@demo.example.com"}],
        },
    )["id"]
    person = api.ok("person.get", id=new)["person"]
    assert person == {
        "id": new,
        "name": "Rui Costa",
        "company": ref(DEMO_CORP),
        "active": True,
        "email": "rui@example.com",
        "userGroup": "employee",
        "leaders": {"count": 2},
    }
    assert api.ids("person.leaders", "leaders", id=new) == [LEA, ADA]
    # Precedence when a lookup carries several keys: id, then xid, then email, then name.
    api.ok(
        "person.update",
        person={"id": new, "name": "Rui Costa", "leaders": [{"id": BEN, "name": "Lea Leader"}]},
    )
    assert api.ids("person.leaders", "leaders", id=new) == [BEN]
    lookup = {"email": "lea.leader@demo.example.com", "name": "Ben Builder"}
    api.ok("person.update", person={"id": new, "name": "Rui", "userGroup": "pm", "leaders": [lookup]})
    updated = api.ok("person.get", id=new)["person"]
    assert (updated["name"], updated["userGroup"], updated["leaders"]) == ("Rui", "pm", {"count": 1})
    assert api.ids("person.leaders", "leaders", id=new) == [LEA]
    assert api.ids("person.leaders", "leaders", id=BEN) == [LEA]


def test_person_rules(api: Beebole) -> None:
    taken = "Ben.Builder@demo.example.com"
    assert "already used" in api.fails(
        "person.create", person={"name": "X", "company": ref(DEMO_CORP), "email": taken}
    )
    assert "no person has the name" in api.fails(
        "person.create", person={"name": "X", "company": ref(DEMO_CORP), "leaders": [{"name": "Nobody"}]}
    )
    for _ in range(2):
        api.ok("person.create", person={"name": "Sam Same", "company": ref(GLOBEX)})
    assert "several people" in api.fails(
        "person.create", person={"name": "X", "company": ref(DEMO_CORP), "leaders": [{"name": "Sam Same"}]}
    )
    assert "own team leader" in api.fails(
        "person.update", person={"id": BEN, "name": "B", "leaders": [ref(BEN)]}
    )
    assert "already used" in api.fails(
        "person.update", person={"id": BEN, "name": "Renamed", "email": "ada.admin@demo.example.com"}
    )
    assert api.ok("person.get", id=BEN)["person"]["name"] == "Ben Builder"  # a refused update changes nothing
    api.fails("person.create", person={"name": "X", "company": ref(DEMO_CORP), "invite": True})
    api.fails("person.create", person={"name": "X", "company": ref(DEMO_CORP), "userGroup": "boss"})
    people = api.ok("person.list", company=ref(GLOBEX))["people"]
    assert [p["name"] for p in people] == ["Sam Same", "Sam Same"] and "email" not in people[0]


# --- members, managers, specific tasks --------------------------------------------------------------------


def test_members_are_people_or_groups(api: Beebole) -> None:
    assert api.ok("project.members", id=WEBSITE) == {
        "status": "ok",
        "members": [{"id": BEN, "name": "Ben Builder"}],
        "groups": [{"id": ENGINEERING, "name": "Engineering"}],
    }
    assert api.ok("company.members", id=GLOBEX) == {"status": "ok", "members": [], "groups": []}
    api.ok("company.attach_member", id=GLOBEX, person=ref(LEA))
    api.ok("company.attach_member", id=GLOBEX, person=ref(LEA))  # once is enough
    api.ok("company.attach_member", id=GLOBEX, group=ref(SPAIN))
    members = api.ok("company.members", id=GLOBEX)
    assert (members["members"], members["groups"]) == (
        [{"id": LEA, "name": "Lea Leader"}],
        [{"id": SPAIN, "name": "Spain"}],
    )
    api.ok("company.detach_member", id=GLOBEX, person=ref(LEA))
    assert "is not a member" in api.fails("company.detach_member", id=GLOBEX, person=ref(LEA))
    api.ok("subproject.attach_member", id=DESIGN, group=ref(FRANCE))
    assert api.ids("subproject.members", "groups", id=DESIGN) == [FRANCE]
    assert "no group has the id 9" in api.fails("company.attach_member", id=GLOBEX, group=ref(ADA))
    api.fails("company.attach_member", id=GLOBEX, person=ref(LEA), group=ref(SPAIN))  # one or the other


def test_project_managers(api: Beebole) -> None:
    assert api.ok("project.managers", id=WEBSITE)["members"] == [
        {"id": ADA, "name": "Ada Admin", "active": True, "email": "ada.admin@demo.example.com"}
    ]
    api.ok("project.attach_manager", id=WEBSITE, person=ref(LEA))
    api.ok("project.detach_manager", id=WEBSITE, person=ref(ADA))
    assert api.ids("project.managers", "members", id=WEBSITE) == [LEA]
    assert "not a manager" in api.fails("project.detach_manager", id=WEBSITE, person=ref(ADA))


def test_specific_tasks(api: Beebole) -> None:
    assert api.ok("subproject.specific_tasks", id=BUILD) == {
        "status": "ok",
        "disabled": False,
        "specificTasks": [
            {"id": DEVELOPMENT, "name": "Development", "active": True},
            {"id": TESTING, "name": "Testing", "active": True},
        ],
    }
    api.ok("project.attach_specific_task", id=SUPPORT, task=ref(TESTING))
    api.ok(
        "project.attach_specific_task", id=SUPPORT, task=ref(ADMINISTRATION)
    )  # a corporate task serves all
    api.ok("project.attach_specific_task", id=SUPPORT, task=ref(TESTING))
    assert api.ids("project.specific_tasks", "specificTasks", id=SUPPORT) == [TESTING, ADMINISTRATION]
    other = api.ok("task.create", task={"name": "Globex only", "company": ref(GLOBEX)})["id"]
    assert "neither the company" in api.fails("project.attach_specific_task", id=SUPPORT, task=ref(other))
    api.ok("company.attach_specific_task", id=GLOBEX, task=ref(other))
    api.ok("project.detach_specific_task", id=SUPPORT, task=ref(TESTING))
    assert "not attached" in api.fails("project.detach_specific_task", id=SUPPORT, task=ref(TESTING))
    api.ok("project.disable_specific_tasks", id=SUPPORT)
    assert api.ok("project.specific_tasks", id=SUPPORT)["disabled"] is True
    api.ok("project.enable_specific_tasks", id=SUPPORT)
    assert api.ok("project.specific_tasks", id=SUPPORT)["disabled"] is False


# --- groups -----------------------------------------------------------------------------------------------


def test_group_tree_get_list_and_assignments(api: Beebole) -> None:
    assert api.ok("group.tree")["groups"] == [
        {
            "id": COUNTRY,
            "name": "Country",
            "groups": [{"id": FRANCE, "name": "France"}, {"id": SPAIN, "name": "Spain"}],
        },
        {"id": DEPARTMENT, "name": "Department", "groups": [{"id": ENGINEERING, "name": "Engineering"}]},
    ]
    lyon = api.ok("group.create", group={"name": "Lyon", "parent": ref(FRANCE)})["id"]
    assert api.ok("group.get", id=lyon)["group"] == {"id": lyon, "name": "Lyon", "parent": ref(FRANCE)}
    assert "parent" not in api.ok("group.get", id=COUNTRY)["group"]
    assert api.ok("company.groups", id=ACME)["groups"] == [
        {"id": FRANCE, "name": "France", "groups": {"count": 1}}
    ]
    assert api.ids("group.list", "groups", person=ref(ADA)) == [FRANCE, ENGINEERING]
    api.ok("task.add_group", id=TESTING, group=ref(FRANCE))
    api.ok("task.add_group", id=TESTING, group=ref(FRANCE))  # once is enough
    assignments = api.ok("group.assignments", id=FRANCE)
    assert assignments["companies"] == [{"id": ACME, "name": "Acme Example", "active": True}]
    assert assignments["people"] == [
        {"id": ADA, "name": "Ada Admin", "active": True, "email": "ada.admin@demo.example.com"}
    ]
    assert assignments["tasks"] == [{"id": TESTING, "name": "Testing", "active": True}]
    assert assignments["projects"] == assignments["absences"] == []
    api.ok("task.remove_group", id=TESTING, group=ref(FRANCE))
    assert "not assigned" in api.fails("task.remove_group", id=TESTING, group=ref(FRANCE))
    assert "no group has the id 99" in api.fails("group.create", group={"name": "x", "parent": ref(99)})


def test_deleting_a_group(api: Beebole) -> None:
    spare = api.ok("group.create", group={"name": "Spare"})["id"]
    api.ok("group.delete", id=spare)  # not assigned: no force needed
    assert "still assigned" in api.fails("group.delete", id=COUNTRY)  # France is assigned below it
    assert api.ids("group.tree", "groups") == [COUNTRY, DEPARTMENT]
    api.ok("group.delete", id=COUNTRY, force=True)
    assert api.ids("group.tree", "groups") == [DEPARTMENT]
    assert "no group has the id 5" in api.fails("group.get", id=FRANCE)  # subgroups go with it
    assert api.ok("company.groups", id=ACME)["groups"] == []
    assert api.ids("person.groups", "groups", id=ADA) == [ENGINEERING]
    assert "still assigned" in api.fails("group.delete", id=ENGINEERING, force=False)
    api.ok("group.delete", id=ENGINEERING, force=True)
    assert api.ok("project.members", id=WEBSITE)["groups"] == []  # nor is it a member any more


# --- custom fields ----------------------------------------------------------------------------------------


def test_custom_fields_by_kind(api: Beebole) -> None:
    definitions = api.ok("custom_field.list")["customFields"]
    assert [(f["id"], f["availableFor"]) for f in definitions] == [
        (INDUSTRY, "Company - Customer"),
        (COST_CENTER, "Company - Corporate"),
        (LOCATION, "Project"),
        (PHASE_CODE, "Subproject"),
        (EMPLOYEE_NUMBER, "Person"),
    ]
    assert api.ok("company.custom_fields", id=ACME)["customFields"] == [
        {"id": INDUSTRY, "name": "Industry", "value": "Retail"}
    ]
    assert api.ok("company.custom_fields", id=DEMO_CORP)["customFields"] == [
        {"id": COST_CENTER, "name": "Cost center"}
    ]
    assert "not for company 1" in api.fails(
        "company.set_custom_field_value", id=DEMO_CORP, customField={"id": INDUSTRY, "value": "x"}
    )
    api.ok("company.set_custom_field_value", id=DEMO_CORP, customField={"id": COST_CENTER, "value": "CC-7"})
    assert api.ok("company.custom_fields", id=DEMO_CORP)["customFields"][0]["value"] == "CC-7"
    api.ok("project.set_custom_field_value", id=SUPPORT, customField={"id": LOCATION, "value": "Remote"})
    assert api.ok("project.custom_fields", id=SUPPORT)["customFields"] == [
        {"id": LOCATION, "name": "Location", "value": "Remote"}
    ]
    api.ok("project.clear_custom_field_value", id=WEBSITE, customField=ref(LOCATION))
    assert api.ok("project.custom_fields", id=WEBSITE)["customFields"] == [
        {"id": LOCATION, "name": "Location"}
    ]
    assert api.ok("person.custom_fields", id=ADA)["customFields"][0]["value"] == "E-001"
    assert "not for project" in api.fails(
        "project.set_custom_field_value", id=SUPPORT, customField={"id": EMPLOYEE_NUMBER, "value": "1"}
    )
    assert "no custom field has the id 99" in api.fails(
        "person.clear_custom_field_value", id=ADA, customField=ref(99)
    )
    api.fails("person.set_custom_field_value", id=ADA, customField={"id": EMPLOYEE_NUMBER, "value": ""})


# --- time entries: logging rules --------------------------------------------------------------------------


def log(api: Beebole, day: str, hours: float, **target: Any) -> str:
    """Log time; the new entry's id as text, or the error message."""
    body = api.call("time_entry.create", date=day, hours=hours, **target)
    return str(body["timeEntry"]["id"]) if body["status"] == "ok" else str(body["message"])


def test_time_goes_on_leaves_of_the_tree_or_on_an_absence(api: Beebole) -> None:
    assert "has projects" in log(api, "2024-05-09", 1, company=ref(ACME))
    assert "has subprojects" in log(api, "2024-05-09", 1, project=ref(WEBSITE))
    entry = api.ok("time_entry.create", company=ref(GLOBEX), date="2024-05-09", hours=1.5, comment="Call")[
        "timeEntry"
    ]
    assert entry == {
        "id": NEXT_ID,
        "date": "2024-05-09",
        "hours": 1.5,
        "status": "d",
        "comment": "Call",
        "company": {"id": GLOBEX, "name": "Globex Example", "active": True},
    }
    assert log(api, "2024-05-09", 1, project=ref(SUPPORT)).isdigit()
    assert log(api, "2024-05-09", 1, subproject=ref(DESIGN)).isdigit()
    absence = api.ok("time_entry.create", absence=ref(HOLIDAY), task=ref(TESTING), date="2024-05-10", hours=8)
    assert (
        "task" not in absence["timeEntry"] and absence["timeEntry"]["absence"]["id"] == HOLIDAY
    )  # tasks ignored
    api.fails("time_entry.create", project=ref(SUPPORT), subproject=ref(DESIGN), date="2024-05-09", hours=1)


def test_a_task_is_needed_where_specific_tasks_are_enabled_and_attached(api: Beebole) -> None:
    assert "name one of them as task" in log(api, "2024-05-09", 1, subproject=ref(BUILD))
    assert "not one of the specific tasks" in log(
        api, "2024-05-09", 1, subproject=ref(BUILD), task=ref(ADMINISTRATION)
    )
    entry = api.ok("time_entry.create", subproject=ref(BUILD), task=ref(TESTING), date="2024-05-09", hours=1)
    assert entry["timeEntry"]["task"] == {"id": TESTING, "name": "Testing", "active": True}
    tasks = api.ok("time_entry.get_tasks", subproject=ref(BUILD), date="2024-05-09")["tasks"]
    assert [t["id"] for t in tasks] == [DEVELOPMENT, TESTING]
    api.ok("subproject.disable_specific_tasks", id=BUILD)
    assert api.ok("time_entry.get_tasks", subproject=ref(BUILD), date="2024-05-09")["tasks"] == []
    assert log(api, "2024-05-09", 1, subproject=ref(BUILD)).isdigit()
    api.ok("subproject.enable_specific_tasks", id=BUILD)
    api.ok("task.deactivate", id=DEVELOPMENT)
    assert api.ids("time_entry.get_tasks", "tasks", subproject=ref(BUILD), date="2024-05-09") == [TESTING]
    assert "inactive" in log(api, "2024-05-09", 1, subproject=ref(BUILD), task=ref(DEVELOPMENT))
    # Without specific tasks a task is optional, from the entity's company or a corporate company.
    assert log(api, "2024-05-09", 1, subproject=ref(DESIGN), task=ref(MEETINGS)).isdigit()
    globex_task = api.ok("task.create", task={"name": "Globex work", "company": ref(GLOBEX)})["id"]
    assert "another company" in log(api, "2024-05-09", 1, subproject=ref(DESIGN), task=ref(globex_task))


def test_inactive_entities_take_no_time(api: Beebole) -> None:
    api.ok("project.deactivate", id=WEBSITE)
    assert "project 18 is inactive" in log(api, "2024-05-09", 1, subproject=ref(DESIGN))
    api.ok("project.activate", id=WEBSITE)
    api.ok("absence.deactivate", id=SICK_LEAVE)
    assert "inactive" in log(api, "2024-05-09", 1, absence=ref(SICK_LEAVE))


def test_a_day_holds_at_most_24_hours(api: Beebole) -> None:
    assert log(api, "2024-05-06", 18, project=ref(SUPPORT)).isdigit()  # 6 h were already logged that day
    assert "at most 24" in log(api, "2024-05-06", 0.5, project=ref(SUPPORT))
    api.fails("time_entry.create", project=ref(SUPPORT), date="2024-05-12", hours=0)


def test_get_update_delete_and_list(api: Beebole) -> None:
    assert (
        api.ok("time_entry.get", id=ADA_SUPPORT, date="2024-05-07")["timeEntry"]["project"]["id"] == SUPPORT
    )
    assert "no time entry has the id 28 on 2024-05-08" in api.fails(
        "time_entry.get", id=ADA_SUPPORT, date="2024-05-08"
    )
    moved = api.ok(
        "time_entry.update",
        id=ADA_SUPPORT,
        subproject=ref(DESIGN),
        date="2024-05-09",
        hours=4,
        comment="Moved",
    )["timeEntry"]
    assert (moved["date"], moved["hours"], moved["comment"], "project" in moved) == (
        "2024-05-09",
        4.0,
        "Moved",
        False,
    )
    assert moved["subproject"]["id"] == DESIGN
    api.fails("time_entry.get", id=ADA_SUPPORT, date="2024-05-07")  # it lives on its new date now
    assert api.ids("time_entry.list", "timeEntries", person=ref(ADA), **MAY) == [
        ADA_BUILD,
        ADA_HOLIDAY,
        ADA_SUPPORT,
    ]
    assert api.ids("time_entry.list", "timeEntries", **MAY) == [
        ADA_BUILD,
        ADA_HOLIDAY,
        ADA_SUPPORT,
    ]  # the caller's
    assert api.ids(
        "time_entry.list", "timeEntries", person=ref(BEN), **period("2024-05-07", "2024-05-07")
    ) == [BEN_GLOBEX]
    assert "after" in api.fails("time_entry.list", person=ref(BEN), **period("2024-05-08", "2024-05-01"))
    api.ok("time_entry.delete", id=ADA_HOLIDAY, date="2024-05-08")
    api.fails("time_entry.delete", id=ADA_HOLIDAY, date="2024-05-08")
    assert api.ids("time_entry.list", "timeEntries", **MAY) == [ADA_BUILD, ADA_SUPPORT]
    assert "no time entry has the id 999" in api.fails(
        "time_entry.update", id=999, project=ref(SUPPORT), date="2024-05-09", hours=1
    )


# --- time entries: workflow -------------------------------------------------------------------------------


def statuses(api: Beebole, person: int) -> dict[int, str]:
    return {e["id"]: e["status"] for e in api.ok("time_entry.list", person=ref(person), **MAY)["timeEntries"]}


def test_submit_approve_reject_lock_unlock(api: Beebole, behaviour: BeeboleBehaviour) -> None:
    api.ok("time_entry.submit", person=ref(ADA), **MAY)
    assert statuses(api, ADA) == {ADA_BUILD: "s", ADA_SUPPORT: "s", ADA_HOLIDAY: "s"}
    assert statuses(api, BEN) == {BEN_DESIGN: "s", BEN_GLOBEX: "a"}  # other people's entries stay
    api.ok("time_entry.approve", id=ADA_BUILD, date="2024-05-06")
    assert "approved; approve applies to submitted" in api.fails(
        "time_entry.approve", id=ADA_BUILD, date="2024-05-06"
    )
    api.ok("time_entry.approve", person=ref(ADA), **period("2024-05-01", "2024-05-07"))
    api.ok("time_entry.reject", id=ADA_SUPPORT, date="2024-05-07", memo="Wrong project")
    assert statuses(api, ADA) == {ADA_BUILD: "a", ADA_SUPPORT: "r", ADA_HOLIDAY: "s"}
    assert behaviour.state.time_entries[ADA_SUPPORT].memo == "Wrong project"
    # Approved or submitted entries are frozen; a rejected one can be corrected and submitted again.
    assert "only draft or rejected" in api.fails(
        "time_entry.update",
        id=ADA_BUILD,
        subproject=ref(BUILD),
        task=ref(TESTING),
        date="2024-05-06",
        hours=1,
    )
    assert "only draft or rejected" in api.fails("time_entry.delete", id=ADA_HOLIDAY, date="2024-05-08")
    api.ok("time_entry.update", id=ADA_SUPPORT, project=ref(SUPPORT), date="2024-05-07", hours=3)
    api.ok("time_entry.submit", id=ADA_SUPPORT, date="2024-05-07")
    assert statuses(api, ADA)[ADA_SUPPORT] == "s"
    api.ok("time_entry.lock", person=ref(ADA), **MAY)
    assert set(statuses(api, ADA).values()) == {"l"}
    assert "locked" in api.fails("time_entry.submit", id=ADA_SUPPORT, date="2024-05-07")
    api.ok("time_entry.unlock", id=ADA_SUPPORT, date="2024-05-07")
    api.ok("time_entry.unlock", person=ref(ADA), **MAY)
    assert statuses(api, ADA) == {ADA_BUILD: "a", ADA_SUPPORT: "s", ADA_HOLIDAY: "s"}  # back where they were
    assert "unlock applies to locked" in api.fails("time_entry.unlock", id=ADA_BUILD, date="2024-05-06")
    api.ok("time_entry.reject", person=ref(ADA), **MAY)
    assert set(statuses(api, ADA).values()) == {"r"}
    assert "no time entry has the id 27 on 2024-05-07" in api.fails(
        "time_entry.approve", id=ADA_BUILD, date="2024-05-07"
    )
    api.fails("time_entry.submit", person=ref(ADA), **{"from": "2024-05-01"})  # neither form complete


# --- export jobs ------------------------------------------------------------------------------------------


def finished_job(api: Beebole, clock: FakeClock, **fields: Any) -> Any:
    """Start an export, see it running, let the clock pass, and return the finished result."""
    job = api.ok("time_entry.export", **fields)["job"]
    assert job["status"] == "running" and "result" not in job
    assert api.ok("time_entry.get_job_info", id=job["id"])["job"] == {"status": "running", "id": job["id"]}
    clock.advance(seconds=1)
    done = api.ok("time_entry.get_job_info", id=job["id"])["job"]
    assert done["status"] == "done" and done["id"] == job["id"]
    return done["result"]


def test_export_runs_then_gives_a_csv_grouped_by_the_asked_columns(api: Beebole, clock: FakeClock) -> None:
    result = finished_job(api, clock, **MAY, keys=["company", "hours"])
    assert result == "company,hours\nAcme Example,15.5\nGlobex Example,3\nDemo Corp,8\n"


def test_export_as_an_array_on_request(api: Beebole, clock: FakeClock) -> None:
    keys = ["date", "personId", "subproject", "task", "hours", "status"]
    rows = finished_job(api, clock, **MAY, keys=keys, project=ref(WEBSITE), outputFormat="array")
    assert rows == [
        keys,
        ["2024-05-06", ADA, "Build", "Development", 6.0, "d"],
        ["2024-05-06", BEN, "Design", "", 7.5, "s"],
    ]
    job = api.ok("time_entry.export", **MAY, keys=["person", "hours"])["job"]["id"]
    clock.advance(seconds=5)
    as_array = api.ok("time_entry.get_job_info", id=job, outputFormat="array")["job"]["result"]
    assert as_array == [["person", "hours"], ["Ada Admin", 16.0], ["Ben Builder", 10.5]]


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"statusFilters": ["s", "a"]}, "person,hours\nBen Builder,10.5\n"),
        ({"person": {"id": BEN}, "statusFilters": ["d"]}, "person,hours\n"),
        ({"absence": {"id": HOLIDAY}}, "person,hours\nAda Admin,8\n"),
        ({"task": {"id": DEVELOPMENT}}, "person,hours\nAda Admin,6\n"),
        ({"company": {"id": GLOBEX}}, "person,hours\nBen Builder,3\n"),
        ({"subproject": {"id": DESIGN}}, "person,hours\nBen Builder,7.5\n"),
        ({"gids": [COUNTRY]}, "person,hours\nAda Admin,16\nBen Builder,7.5\n"),  # France: Ada, Acme
        ({"gids": [SPAIN]}, "person,hours\n"),
    ],
)
def test_export_filters(api: Beebole, clock: FakeClock, filters: dict[str, Any], expected: str) -> None:
    assert finished_job(api, clock, **MAY, keys=["person", "hours"], **filters) == expected


def test_export_takes_a_snapshot_and_checks_its_arguments(api: Beebole, clock: FakeClock) -> None:
    job = api.ok("time_entry.export", **MAY, keys=["hours"])["job"]["id"]
    api.ok("time_entry.delete", id=ADA_HOLIDAY, date="2024-05-08")
    clock.advance(seconds=1)
    assert api.ok("time_entry.get_job_info", id=job)["job"]["result"] == "hours\n26.5\n"
    assert "colour" in api.fails("time_entry.export", **MAY, keys=["hours", "colour"])
    assert "unknown column 'gid9'" in api.fails("time_entry.export", **MAY, keys=["hours", f"gid{ADA}"])
    assert "after" in api.fails("time_entry.export", **period("2024-06-01", "2024-05-01"), keys=["hours"])
    assert "no group has the id 9" in api.fails("time_entry.export", **MAY, keys=["hours"], gids=[ADA])
    api.fails("time_entry.export", **MAY, keys=[])
    api.fails("time_entry.export", **MAY, keys=["hours"], company=ref(ACME), person=ref(ADA))


def test_export_knows_the_vendors_46_report_columns(
    api: Beebole, clock: FakeClock, spec: dict[str, Any]
) -> None:
    columns = spec["components"]["schemas"]["ExportColumn"]["enum"]
    assert len(columns) == len(set(columns)) == 46
    rows = finished_job(api, clock, **MAY, keys=columns, outputFormat="array")
    assert rows[0] == columns and len(rows) == 1 + 5  # five entries, each its own row (eventId differs)
    by_key = [dict(zip(columns, row, strict=True)) for row in rows[1:]]
    build = next(row for row in by_key if row["eventId"] == ADA_BUILD)
    assert {k: build[k] for k in ("date", "week", "month", "person", "project", "subproject", "task")} == {
        "date": "2024-05-06",
        "week": "2024-W19",
        "month": "2024-05",
        "person": "Ada Admin",
        "project": "Website",
        "subproject": "Build",
        "task": "Development",
    }
    assert (build["activity"], build["isAtWork"], build["inDays"], build["hoursPercent"]) == (
        "Build",
        True,
        0.75,
        round(100 * 6 / 26.5, 2),
    )
    assert (build["workDays"], build["workHours"], build["remWorkDays"]) == (23, 184.0, 0)
    holiday = next(row for row in by_key if row["eventId"] == ADA_HOLIDAY)
    assert (holiday["absence"], holiday["isAtWork"], holiday["activity"]) == ("Holiday", False, "Holiday")
    assert all(row["billing"] == row["cost"] == row["profit"] == 0 for row in by_key)


def test_export_gid_columns_give_subgroups_and_custom_field_values(api: Beebole, clock: FakeClock) -> None:
    keys = ["company", f"gid{COUNTRY}", f"gid{INDUSTRY}", "hours"]
    rows = finished_job(api, clock, **MAY, keys=keys, outputFormat="array")
    assert rows == [
        keys,
        ["Acme Example", "France", "Retail", 15.5],
        ["Globex Example", "", "", 3.0],
        ["Demo Corp", "France", "", 8.0],  # Ada, who logged the holiday, is in France
    ]


def test_export_show_picks_work_or_absences(api: Beebole, clock: FakeClock) -> None:
    assert (
        finished_job(api, clock, **MAY, show="abs", keys=["person", "hours"]) == "person,hours\nAda Admin,8\n"
    )
    assert finished_job(api, clock, **MAY, show="work", keys=["hours"]) == "hours\n18.5\n"
    assert "quota" in api.fails("time_entry.export", **MAY, show="quota", keys=["person", "balance"])
    assert "quota report" in api.fails("time_entry.export", **MAY, keys=["person", "balance"])
    api.fails("time_entry.export", **MAY, show="everything", keys=["hours"])


def test_export_overtime_counts_the_days_and_weeks_past_their_hours(api: Beebole, clock: FakeClock) -> None:
    log(api, "2024-05-06", 4, subproject=ref(BUILD), task=ref(TESTING))  # Ada: 6 + 4 h on Monday
    rows = finished_job(
        api,
        clock,
        **period("2024-05-06", "2024-05-06"),
        keys=["person", "overtime", "hours"],
        outputFormat="array",
    )
    assert rows == [["person", "overtime", "hours"], ["Ada Admin", 2.0, 10.0], ["Ben Builder", 0.0, 7.5]]


# --- people's timesheets (undocumented service) -----------------------------------------------------------


def timesheets(api: Beebole, first: str, last: str, **fields: Any) -> dict[str, float]:
    """Hours by person name, as time.get_people_timesheets answers them (days sent as lists)."""
    days = {"from": first.split("-"), "to": last.split("-")}
    body = api.ok("time.get_people_timesheets", undoc=True, **days, **fields)
    assert len(body["items"]) == 1
    people = body["items"][0]["people"]
    assert all(api.ok("person.get", id=p["eid"])["person"]["name"] == p["doc"]["name"] for p in people)
    return {p["doc"]["name"]: p["hours"]["sum"] for p in people}


def test_people_timesheets_sum_each_persons_hours(api: Beebole) -> None:
    assert timesheets(api, "2024-05-01", "2024-05-31") == {"Ada Admin": 16.0, "Ben Builder": 10.5}
    assert timesheets(api, "2024-05-01", "2024-05-31", statusFilters=["d"], showAll=True) == {
        "Ada Admin": 16.0,
        "Lea Leader": 0.0,  # no time: what integrations look for
        "Ben Builder": 0.0,
    }
    assert timesheets(api, "2024-05-07", "2024-05-07", show="work") == {"Ada Admin": 2.0, "Ben Builder": 3.0}
    assert timesheets(api, "2024-05-01", "2024-05-31", show="abs") == {"Ada Admin": 8.0}
    log(api, "2024-05-09", 1.5, project=ref(SUPPORT))  # the account's state, not a fixed answer
    assert timesheets(api, "2024-05-09", "2024-05-09") == {"Ada Admin": 1.5}
    api.ok("person.deactivate", id=LEA)
    assert "Lea Leader" not in timesheets(api, "2024-05-01", "2024-05-31", showAll=True)


def test_people_timesheets_check_their_days(api: Beebole) -> None:
    days = {"from": ["2024", "02", "30"], "to": ["2024", "03", "01"]}
    assert "is not a day" in api.fails("time.get_people_timesheets", **days)
    days = {"from": ["2024", "05", "31"], "to": ["2024", "05", "01"]}
    assert "after" in api.fails("time.get_people_timesheets", **days)
    assert "from" in api.fails(
        "time.get_people_timesheets", **{"from": "2024-05-01", "to": ["2024", "05", "31"]}
    )


def test_people_timesheets_take_the_integrations_password(api: Beebole) -> None:
    days = {"from": ["2024", "05", "01"], "to": ["2024", "05", "31"]}
    assert (
        api.call("time.get_people_timesheets", headers=basic(TOKEN, "true"), undoc=True, **days)["status"]
        == "ok"
    )


# --- several services in one call -------------------------------------------------------------------------


def batch(api: Beebole, *calls: dict[str, Any], headers: Mapping[str, str] | None = None) -> Any:
    response = api.post({"services": list(calls)}, headers)
    assert response.status_code == 200, response.text
    return response.json()


def test_a_batch_runs_each_service_in_order_and_answers_an_array(api: Beebole) -> None:
    answers = batch(api, {"service": "group.tree"}, {"service": "custom_field.list"})
    assert answers == [api.call("group.tree"), api.call("custom_field.list")]
    assert answers[0]["groups"][0]["name"] == "Country"
    assert answers[1]["customFields"][0]["name"] == "Industry"


def test_a_batch_changes_state_call_after_call(api: Beebole) -> None:
    made, renamed, read = batch(
        api,
        {"service": "company.create", "company": {"name": "Initech", "xid": "crm-9"}},
        {"service": "company.update", "company": {"xid": "crm-9", "name": "Initech Ltd"}},
        {"service": "company.get", "xid": "crm-9"},
    )
    assert (made, renamed) == ({"status": "ok", "xid": "crm-9"}, {"status": "ok"})
    assert read["company"]["name"] == "Initech Ltd"
    assert api.ok("company.get", xid="crm-9")["company"]["name"] == "Initech Ltd"


def test_a_failing_call_answers_its_error_in_its_place_and_the_others_still_run(api: Beebole) -> None:
    answers = batch(
        api,
        {"service": "task.create", "task": {"name": "Audit", "company": ref(ACME)}},
        {"service": "project.get", "id": 99999},  # unknown id
        {"service": "project.fly"},  # unknown service
        {"service": "project.get", "id": "18"},  # does not fit the service
        {"service": "project.get", "id": WEBSITE},
    )
    assert [a["status"] for a in answers] == ["ok", "error", "error", "error", "ok"]
    assert answers[1]["message"] == "no project has the id 99999"
    assert "project.fly" in answers[2]["message"] and "id" in answers[3]["message"]
    assert answers[4]["project"]["name"] == "Website"
    assert api.ok("task.get", id=answers[0]["id"])["task"]["name"] == "Audit"  # not undone


@pytest.mark.parametrize(
    ("services", "expected"),
    [
        ([], "services"),
        ([{"service": "company.list"}] * 21, "services"),  # more than 20 calls
        ([{"id": 1}], "service"),
        ([{"services": [{"service": "company.list"}]}], "service"),  # no batch in a batch
        ("company.list", "services"),
    ],
)
def test_a_batch_that_breaks_the_rules_is_refused_as_a_whole(
    api: Beebole, services: Any, expected: str
) -> None:
    before = api.ok("company.list")
    assert expected in envelope(api.post({"services": services}))
    assert api.ok("company.list") == before


def test_a_batch_with_a_wrong_token_runs_nothing(api: Beebole) -> None:
    create = {"service": "company.create", "company": {"name": "Intruder"}}
    assert "invalid API token" in envelope(api.post({"services": [create]}, basic("wrong-token")))
    assert "Intruder" not in [c["name"] for c in api.ok("company.list")["companies"]]


# --- external ids -----------------------------------------------------------------------------------------


def test_xids_name_entities_wherever_ids_do(api: Beebole) -> None:
    assert api.ok("company.create", company={"xid": "crm-1", "name": "Umbrella"}) == {
        "status": "ok",
        "xid": "crm-1",
    }
    company = api.ok("company.get", xid="crm-1")["company"]
    assert company == {"xid": "crm-1", "name": "Umbrella", "projects": {"count": 0}, "active": True}
    assert {"xid": "crm-1", "name": "Umbrella", "projects": {"count": 0}, "active": True} in api.ok(
        "company.list"
    )["companies"]
    assert "already has the xid" in api.fails("company.create", company={"xid": "crm-1", "name": "Again"})
    api.ok(
        "project.create",
        project={"xid": "crm-1", "name": "Same xid, other kind", "company": {"xid": "crm-1"}},
    )
    api.ok("company.update", company={"xid": "crm-1", "name": "Umbrella Corp"})
    api.ok("company.deactivate", xid="crm-1")
    assert api.ok("company.get", xid="crm-1")["company"]["active"] is False
    api.ok("company.activate", xid="crm-1")
    project = api.ok("project.get", xid="crm-1")["project"]
    assert (project["xid"], project["company"], "id" not in project) == ("crm-1", {"xid": "crm-1"}, True)
    sub = api.ok("subproject.create", subproject={"name": "No xid", "project": {"xid": "crm-1"}})["id"]
    assert api.ok("subproject.get", id=sub)["subproject"]["project"] == {"xid": "crm-1"}
    leaf = api.ok("project.create", project={"xid": "crm-2", "name": "Leaf", "company": {"xid": "crm-1"}})
    assert leaf == {"status": "ok", "xid": "crm-2"}
    entry = api.ok("time_entry.create", project={"xid": "crm-2"}, date="2024-05-09", hours=2)["timeEntry"]
    assert entry["project"]["xid"] == "crm-2" and isinstance(
        entry["project"]["id"], int
    )  # list items keep ids
    api.ok("group.create", group={"xid": "g-1", "name": "Partners"})
    api.ok("company.add_group", xid="crm-1", group={"xid": "g-1"})
    assert api.ok("company.groups", xid="crm-1")["groups"][0]["xid"] == "g-1"
    api.ok("person.create", person={"xid": "hr-7", "name": "Kim", "company": {"xid": "crm-1"}})
    api.ok(
        "person.update",
        person={"id": BEN, "name": "Ben Builder", "leaders": [{"xid": "hr-7", "name": "Lea Leader"}]},
    )
    assert api.ok("person.leaders", id=BEN)["leaders"][0]["xid"] == "hr-7"  # xid comes before name
    assert api.fails("company.get", xid="crm-3") == "no company has the xid 'crm-3'"
    assert "no project has the xid" in api.fails(
        "time_entry.create", project={"xid": "crm-9"}, date="2024-05-09", hours=1
    )


# --- reset, concurrency -----------------------------------------------------------------------------------


def test_reset_returns_to_the_demo_account(api: Beebole, behaviour: BeeboleBehaviour) -> None:
    api.ok("company.create", company={"xid": "crm-1", "name": "Gone soon"})
    api.ok("time_entry.delete", id=ADA_HOLIDAY, date="2024-05-08")
    behaviour.reset()
    assert api.ids("company.list", "companies") == [DEMO_CORP, ACME, GLOBEX]
    assert api.ids("time_entry.list", "timeEntries", **MAY) == [ADA_BUILD, ADA_SUPPORT, ADA_HOLIDAY]
    assert api.ok("company.create", company={"xid": "crm-1", "name": "Again"}) == {
        "status": "ok",
        "xid": "crm-1",
    }
    assert api.ok("company.get", xid="crm-1")["company"]["name"] == "Again"


def test_an_empty_account_on_request(spec: dict[str, Any], operations: dict[str, Operation]) -> None:
    behaviour = create_behaviour(spec, seed=False)
    client = TestClient(build_app(spec, behaviour))
    assert "invalid API token" in envelope(
        client.post(URL, json={"service": "company.list"}, headers=basic(TOKEN))
    )


def test_concurrent_creates_lose_nothing(api: Beebole) -> None:
    threads, rounds = 8, 25
    created: list[int] = []
    errors: list[str] = []

    def writer(worker: int) -> None:
        for i in range(rounds):
            body = api.post({"service": "company.create", "company": {"name": f"c-{worker}-{i}"}}).json()
            if body.get("status") != "ok":
                errors.append(str(body))
                continue
            created.append(body["id"])
            api.post({"service": "project.create", "project": {"name": "p", "company": {"id": body["id"]}}})

    workers = [threading.Thread(target=writer, args=(n,)) for n in range(threads)]
    for thread in workers:
        thread.start()
    for thread in workers:
        thread.join()
    assert errors == []
    assert len(set(created)) == threads * rounds
    companies = api.ok("company.list")["companies"]
    assert len(companies) == 3 + threads * rounds
    assert all(c["projects"] == {"count": 1} for c in companies if c["name"].startswith("c-"))


def test_concurrent_logging_keeps_the_daily_limit(api: Beebole) -> None:
    threads, attempts = 8, 5
    answers: list[str] = []

    def logger() -> None:
        for _ in range(attempts):
            body = api.post(
                {"service": "time_entry.create", "project": ref(SUPPORT), "date": "2024-05-20", "hours": 1}
            )
            answers.append(body.json()["status"])

    workers = [threading.Thread(target=logger) for _ in range(threads)]
    for thread in workers:
        thread.start()
    for thread in workers:
        thread.join()
    assert answers.count("ok") == 24 and answers.count("error") == threads * attempts - 24
    day = api.ok("time_entry.list", **period("2024-05-20", "2024-05-20"))["timeEntries"]
    assert sum(e["hours"] for e in day) == 24


def test_handlers_on_many_threads_at_once_keep_ids_and_rules(
    behaviour: BeeboleBehaviour, operations: dict[str, Operation]
) -> None:
    """The engine serves calls on its event loop, so HTTP tests never overlap; a host running the
    behaviour's handlers on worker threads does. Switching threads very often makes races show."""
    handlers = behaviour.handlers()
    answers: list[dict[str, Any]] = []
    THREADS, ROUNDS, DAYS = 8, 100, ("2024-05-20", "2024-05-21", "2024-05-22")

    def call(service: str, **fields: Any) -> None:
        operation = operations[service]
        request = RawRequest("POST", URL)
        try:
            reply = handlers[operation.operation_id](Call(operation, request, {}, fields, Caller(ADA)))
            assert isinstance(reply, Reply)
            answers.append({"status": "ok", **reply.payload})
        except ApiError as error:
            answers.append({"status": "error", "message": error.message})
        except Exception as crash:  # a race inside the state: reported, not lost with its thread
            answers.append({"status": "crash", "message": repr(crash)})

    def worker(n: int) -> None:
        for i in range(ROUNDS):
            call("company.create", company={"name": f"t-{n}-{i}"})
            for day in DAYS:
                call("time_entry.create", project=ref(SUPPORT), date=day, hours=0.5)

    previous = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        workers = [threading.Thread(target=worker, args=(n,)) for n in range(THREADS)]
        for thread in workers:
            thread.start()
        for thread in workers:
            thread.join()
    finally:
        sys.setswitchinterval(previous)
    assert [a for a in answers if a["status"] == "crash"] == []
    company_ids = [a["id"] for a in answers if "id" in a]
    entries = [a["timeEntry"] for a in answers if "timeEntry" in a]
    assert len(company_ids) == len(set(company_ids)) == THREADS * ROUNDS
    assert len(entries) == 48 * len(DAYS)  # 0.5 h each: 48 fill a day, the rest are refused
    assert len({e["id"] for e in entries} | set(company_ids)) == len(entries) + len(company_ids)
    refused = [a for a in answers if a["status"] == "error"]
    assert len(refused) == THREADS * ROUNDS * len(DAYS) - len(entries)
    assert all("at most 24" in a["message"] for a in refused)


# --- updates that send only what changes ------------------------------------------------------------------


def test_a_time_entry_update_may_send_only_what_changes(api: Beebole) -> None:
    before = api.ok("time_entry.get", id=ADA_BUILD, date="2024-05-06")["timeEntry"]
    after = api.ok("time_entry.update", id=ADA_BUILD, hours=5)["timeEntry"]
    assert after == {**before, "hours": 5.0}
    after = api.ok("time_entry.update", id=ADA_BUILD, comment="Code review")["timeEntry"]
    assert after == {**before, "hours": 5.0, "comment": "Code review"}
    moved = api.ok("time_entry.update", id=ADA_BUILD, date="2024-05-10")["timeEntry"]
    assert (moved["date"], moved["subproject"]["id"]) == ("2024-05-10", BUILD)
    assert moved["task"]["id"] == DEVELOPMENT
    api.fails("time_entry.get", id=ADA_BUILD, date="2024-05-06")  # it lives on its new date now
    # what is kept must still follow the rules: 24 hours a day at most, and Build needs its task
    api.ok("time_entry.update", id=ADA_BUILD, hours=20)
    assert "24" in api.fails("time_entry.update", id=ADA_HOLIDAY, date="2024-05-10")
    assert "task" in api.fails("time_entry.update", id=ADA_SUPPORT, subproject=ref(BUILD))
    assert api.ok("time_entry.get", id=ADA_HOLIDAY, date="2024-05-08")["timeEntry"]["hours"] == 8.0


def test_a_project_update_may_leave_the_name_out(api: Beebole) -> None:
    before = api.ok("project.get", id=WEBSITE)["project"]
    api.ok("project.update", project={"id": WEBSITE, "description": "Public site"})
    assert api.ok("project.get", id=WEBSITE)["project"] == {**before, "description": "Public site"}
    api.ok("project.update", project={"id": WEBSITE, "startDate": "2024-02-01"})
    after = api.ok("project.get", id=WEBSITE)["project"]
    assert (after["name"], after["startDate"]) == (before["name"], "2024-02-01")


# --- the token is checked first ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "content",
    [
        b'{"service": "company.list"',  # not JSON
        b'{"service": "project.fly"}',  # no such service
        b"{}",  # no service at all
        b'{"service": "project.get"}',  # a required field missing
        b'{"service": "project.get", "id": "18"}',  # a field of the wrong type
        b'{"service": "project.get", "id": 99999}',  # an unknown id
    ],
)
@pytest.mark.parametrize(
    ("headers", "expected"),
    [(basic("wrong-token"), "invalid API token"), ({}, "authentication required")],
)
def test_a_wrong_token_is_reported_before_any_body_error(
    client: TestClient, content: bytes, headers: dict[str, str], expected: str
) -> None:
    response = client.post(URL, content=content, headers={"content-type": "application/json", **headers})
    message = envelope(response)
    assert expected in message and "wrong-token" not in message


def test_with_a_good_token_the_body_error_is_reported(client: TestClient) -> None:
    assert "not valid JSON" in envelope(raw(client, b'{"service": "company.list"'))
    assert "project.fly" in envelope(raw(client, b'{"service": "project.fly"}'))


# --- what integrations send -------------------------------------------------------------------------------


INTEGRATION_SAMPLES = [
    (path.name, json.loads(path.read_text(encoding="utf-8")))
    for path in sorted((ROOT / "tests" / "data" / "beebole" / "samples").glob("*.json"))
    if "PipedreamHQ/pipedream/" in path.read_text(encoding="utf-8")
]


@pytest.mark.parametrize(
    ("name", "sample"), INTEGRATION_SAMPLES, ids=[name for name, _ in INTEGRATION_SAMPLES]
)
def test_the_mock_serves_what_integrations_send(api: Beebole, name: str, sample: dict[str, Any]) -> None:
    response = api.post(sample["body"])
    assert response.status_code == 200
    answer = response.json()
    answers = answer if isinstance(answer, list) else [answer]
    assert answers and all(a["status"] == "ok" for a in answers), (name, answer)


def test_the_integration_samples_are_found() -> None:
    """The test above runs once per sample: an empty list would make it pass without checking."""
    assert len(INTEGRATION_SAMPLES) == 3
