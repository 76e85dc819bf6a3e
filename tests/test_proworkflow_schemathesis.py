"""schemathesis against the ProWorkflow mock, in-process: every built-in check, negative data, stateful links.

The same sign-in as `apikit verify` is used (API key header plus HTTP Basic, the signed-in contact
spared), so this is the verify run without a socket. The stateful run must really follow the spec's
links: for each resource family, the object a create made is then read, changed and deleted by id.
`test_verify_command...` then runs `apikit verify` itself against `apikit mock`.
"""

from __future__ import annotations

import base64
import copy
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import hypothesis
import pytest
import schemathesis
from hypothesis import HealthCheck
from hypothesis.stateful import run_state_machine_as_test
from schemathesis.generation import GenerationMode
from schemathesis.generation.case import Case
from starlette.testclient import TestClient

from apikit.build import load_valid_spec
from apikit.mock import create_app
from apikit.mock.proworkflow import RATE_LIMIT_VARIABLE
from apikit.mock.proworkflow.demo import ACCOUNT, DANA, DEMO_NOW, SAM
from apikit.project import Project
from apikit.spec import schema_validator
from apikit.verify import proworkflow as proworkflow_verify
from apikit.verify.extensions import register_sign_in, skip_unsendable_queries
from tests.support import ROOT, FakeTime, verify_running_mock

PROJECT = Project(ROOT)
SPEC = load_valid_spec(PROJECT, "proworkflow")
# A rate limit this run never reaches (the pacing that a real limit needs is tested below).
UNLIMITED = 10**9
# The spec's examples subscribe webhooks at hooks.example.com: allowed here, and never sent to.
WEBHOOK_HOST = "hooks.example.com"


def never_sent(url: str, body: bytes, timeout: float) -> int:
    return 200


APP = create_app(
    "proworkflow", PROJECT, clock=lambda: DEMO_NOW, rate_limit=UNLIMITED,
    webhook_hosts=[WEBHOOK_HOST], webhook_send=never_sent,
)  # fmt: skip
HTTP = TestClient(APP, base_url="http://testserver/")

schema = schemathesis.openapi.from_dict(copy.deepcopy(SPEC))
schema.app = APP
# As `apikit verify` runs it: credentials come from the sign-in, never from generated data.
schema.config.generation.update(modes=list(GenerationMode), with_security_parameters=False, allow_x00=False)
# The coverage phase (schema edge cases, several dozen per call) is left to `apikit verify`, run
# below against `apikit mock`: in-process, examples and fuzzing keep this file within its time budget.
schema.config.phases.coverage.enabled = False
register_sign_in("proworkflow", HTTP, target=schema)
skip_unsendable_queries(schema)


def reset_mock() -> None:
    """Back to the demo account (the rate-limit windows stay)."""
    APP.state.behaviour.reset()


SETTINGS = hypothesis.settings(
    max_examples=5,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=list(HealthCheck),
)


@schema.parametrize()
@SETTINGS
def test_every_operation_holds_to_the_spec(case: Case[Any]) -> None:
    reset_mock()  # each case meets the demo account, not what an earlier case deleted
    case.call_and_validate()


@dataclass(frozen=True)
class Family:
    """Operations that create an object and then act on it by id (``id_param``); ``fed_by`` are
    the operations whose links give a create the ids it needs (a project, a contact, ...)."""

    creates: frozenset[str]
    steps: Mapping[str, str]  # view / edit / delete -> operationId
    id_param: str
    fed_by: frozenset[str]

    @property
    def operations(self) -> list[str]:
        return sorted(self.creates | self.fed_by | set(self.steps.values()))


STEP_SUFFIXES = {"view": "Get", "edit": "Update", "delete": "Delete"}


def family(
    prefix: str,
    id_param: str,
    steps: str = "view edit delete",
    *,
    also_created_by: str = "",
    fed_by: str = "",
) -> Family:
    """``<prefix>Create`` makes the object; ``<prefix>Get/Update/Delete`` act on it."""
    return Family(
        frozenset({f"{prefix}Create", *also_created_by.split()}),
        {step: prefix + STEP_SUFFIXES[step] for step in steps.split()},
        id_param,
        frozenset(fed_by.split()),
    )


# Files have no edit call, folders neither edit nor delete (the vendor has none).
FAMILIES = {
    "companies": family("companies", "companyid"),
    "contacts": family(
        "contacts",
        "contactid",
        also_created_by="companyContactsCreate",
        fed_by="companiesCreate",
    ),
    "events": family("events", "eventid"),
    "expenses": family("expenses", "expenseid", fed_by="expensesList"),
    "files": family("files", "fileid", "view delete", fed_by="filesList foldersCreate"),
    "folders": family("folders", "folderid", "view", fed_by="foldersList"),
    "invoices": family("invoices", "invoiceid", fed_by="contactsList"),
    "invoice lines": family("invoiceLines", "lineid", fed_by="contactsList invoicesCreate"),
    "messages": family("messages", "messageid", fed_by="messagesList"),
    "notes": family("notes", "noteid", fed_by="notesList"),
    "projects": family("projects", "projectid", fed_by="projectsList"),
    "project bookmarks": family("projectBookmarks", "bookmarkid", fed_by="projectsList projectsCreate"),
    "tasks": family("tasks", "taskid", also_created_by="projectTasksCreate", fed_by="tasksList"),
    "time": family("time", "timerecordid", also_created_by="taskTimeCreate", fed_by="tasksList"),
    "project requests": family("projectRequests", "projectrequestid"),
    "quotes": family(
        "quotes", "quoteid", also_created_by="projectQuotesCreate", fed_by="contactsList projectContactsList"
    ),
    "quote lines": family("quoteLines", "lineid", fed_by="quotesList"),
    "shared notes": family(
        "sharedNotes", "noteid", also_created_by="projectSharedNotesCreate", fed_by="projectsList"
    ),
    "api fields": family("settingsApifields", "fieldid"),
    "contact groups": family("settingsContactGroups", "groupid"),
    "contact tags": family("settingsContactTags", "tagid"),
    "contact teams": family("settingsContactTeams", "teamid"),
    "note categories": family("settingsNoteCategories", "categoryid"),
    "project categories": family("settingsProjectCategories", "categoryid"),
    "project custom statuses": family("settingsProjectCustomStatuses", "customstatusid"),
    "project tags": family("settingsProjectTags", "tagid"),
    "task categories": family("settingsTaskCategories", "categoryid"),
    "task tags": family("settingsTaskTags", "tagid"),
    "task templates": family("settingsTaskTemplates", "tasktemplateid"),
    "task template tasks": family(
        "settingsTaskTemplateTasks", "taskid", fed_by="settingsTaskTemplatesCreate"
    ),
    "webhooks": family("webhooks", "webhookid"),
}

# The family runs follow the spec's links only: schemathesis' inferred ones would dilute them
# (`apikit verify` keeps both, over all operations).
schema.config.phases.stateful.inference.algorithms = []
FAMILY_OPERATIONS = sorted({operation for fam in FAMILIES.values() for operation in fam.operations})
STATEFUL_SETTINGS = hypothesis.settings(
    max_examples=60, stateful_step_count=12, deadline=None, derandomize=True, database=None,
    suppress_health_check=list(HealthCheck),
)  # fmt: skip


class FamiliesWorkflow(schema.include(operation_id=FAMILY_OPERATIONS).as_state_machine()):  # type: ignore[misc]
    def setup(self) -> None:
        # Each sequence starts from the demo account, so Hypothesis can replay what it found.
        reset_mock()


def test_stateful_sequences_over_every_family_hold_to_the_spec() -> None:
    """Random sequences over the families' operations, following the spec's links, every built-in
    check on every step (that each family's chain is complete is held by the walks below)."""
    run_state_machine_as_test(FamiliesWorkflow, settings=STATEFUL_SETTINGS)


# Across families: a project is added, a task under it, time on that task, and the task completed,
# each step taken by following a link of the answer before, exactly as the spec writes it.
PROJECT_WORK = [
    ("projectsCreate", "AddTask"),
    ("projectTasksCreate", "TrackTime"),
    ("taskTimeCreate", "CompleteTrackedTask"),
]
OPERATIONS = {
    str(op["operationId"]): (route, method)
    for route, item in SPEC["paths"].items()
    for method, op in item.items()
    if method in ("get", "put", "post", "delete")
}


def evaluate(expression: Any, sent: Step, answer: Any) -> Any:
    """A link value: ``$response.body#/<pointer>``, ``$request.body#/<pointer>``,
    ``$request.path.<name>`` or a literal, read from the call ``sent`` and its ``answer``."""
    if not isinstance(expression, str) or not expression.startswith("$"):
        return expression
    if expression.startswith("$request.path."):
        return sent.path[expression.removeprefix("$request.path.")]
    source, _, pointer = expression.partition("#/")
    assert source in ("$response.body", "$request.body"), f"an expression this walk cannot read: {expression}"
    value = answer if source == "$response.body" else sent.body
    for part in pointer.split("/"):
        value = value[int(part)] if isinstance(value, list) else value[part]
    return value


def checked_call(operation_id: str, path: Mapping[str, Any], body: Any) -> Any:
    """The answer of one signed call, which must be a documented success and match its schema."""
    route, method = OPERATIONS[operation_id]
    response = HTTP.request(
        method.upper(),
        route.format(**path),
        json=body,
        headers={"apikey": ACCOUNT.api_key, "Authorization": basic(DANA.username, DANA.password)},
    )
    assert response.status_code in (200, 201), f"{operation_id}: {response.status_code} {response.text}"
    operation = SPEC["paths"][route][method]
    schema = operation["responses"][str(response.status_code)]["content"]["application/json"]["schema"]
    schema_validator(SPEC, schema).validate(response.json())
    return response.json()


# Each family's chain, walked the same way: its object is created (from the create's example, or
# through a link of an answer that gives the create its parent), then viewed, changed and deleted
# through the create's own links. Random sequences cannot promise to reach every step every run.
def links_of(operation_id: str) -> dict[str, Mapping[str, Any]]:
    route, method = OPERATIONS[operation_id]
    responses = SPEC["paths"][route][method]["responses"]
    return {name: link for response in responses.values() for name, link in response.get("links", {}).items()}


def example_body(operation_id: str) -> Any:
    """The first example of the operation's JSON request body (None for a call without a body)."""
    route, method = OPERATIONS[operation_id]
    body = SPEC["paths"][route][method].get("requestBody")
    if body is None:
        return None
    content = body["content"]["application/json"]
    return content["example"] if "example" in content else next(iter(content["examples"].values()))["value"]


@dataclass(frozen=True)
class Step:
    """A call made and checked: its operation, what it was sent and its answer."""

    operation_id: str
    path: Mapping[str, Any]
    body: Any
    answer: Any


def call(operation_id: str, path: Mapping[str, Any], body: Any) -> Step:
    return Step(operation_id, path, body, checked_call(operation_id, path, body))


def follow(step: Step, link: Mapping[str, Any]) -> Step:
    """The call a link of ``step``'s answer leads to: the link's body, merged into the target's
    example body unless the link says not to (as schemathesis merges it into generated ones)."""
    path = {name: evaluate(value, step, step.answer) for name, value in link.get("parameters", {}).items()}
    given = {name: evaluate(value, step, step.answer) for name, value in link.get("requestBody", {}).items()}
    if link.get("x-schemathesis", {}).get("merge_body", True) is False:
        return call(link["operationId"], path, given)
    example = example_body(link["operationId"])
    return call(link["operationId"], path, {**example, **given} if given else example)


def reach(operation_id: str, feeders: frozenset[str], visited: frozenset[str] = frozenset()) -> Step:
    """Call ``operation_id`` through a link into it, from one of ``feeders`` where one links there
    (the source reached the same way); with its example only where no link leads to it (the
    examples' ids are the vendor's, the links' come from the account)."""
    route, _ = OPERATIONS[operation_id]
    visited |= {operation_id}
    inbound = [
        (source, link)
        for source in sorted(OPERATIONS, key=lambda source: (source not in feeders, source))
        if source not in visited
        for link in links_of(source).values()
        if link["operationId"] == operation_id
    ]
    if inbound:
        source, link = inbound[0]
        return follow(reach(source, feeders, visited), link)
    assert "{" not in route, f"no link leads to {operation_id}: a walk cannot fill in {route}"
    return call(operation_id, {}, example_body(operation_id))


def test_a_project_goes_from_creation_to_completed_work_through_the_links() -> None:
    reset_mock()
    step = call("projectsCreate", {}, {"title": "Link walk", "companyid": 2})
    for source, link_name in PROJECT_WORK:
        assert source == step.operation_id
        step = follow(step, links_of(source)[link_name])
    task = APP.state.behaviour.store.tasks.get(int(step.path["taskid"]))
    time_tracked = APP.state.behaviour.store.time_records.where(taskid=task["id"])
    assert task["status"] == "complete" and [record["timetracked"] for record in time_tracked] == [60]


@pytest.mark.parametrize("name", list(FAMILIES))
def test_every_family_chain_is_walked_through_the_links(name: str) -> None:
    fam = FAMILIES[name]
    for create in sorted(fam.creates):
        reset_mock()
        created = reach(create, fam.fed_by | fam.creates)
        assert created.operation_id == create
        links = {link["operationId"]: link for link in links_of(create).values()}
        for step in fam.steps:  # view, edit, delete: the object is gone last
            target = fam.steps[step]
            assert target in links, f"{name}: {create} has no link to {target} ({step})"
            done = follow(created, links[target])
            assert int(done.path[fam.id_param]) == int(created.answer["details"][0]["id"])
        if "delete" in fam.steps:
            assert follow_status(created, links[fam.steps["view"]]) == 404, (
                f"{name}: deleted, yet still viewed"
            )


def follow_status(step: Step, link: Mapping[str, Any]) -> int:
    path = {name: evaluate(value, step, step.answer) for name, value in link.get("parameters", {}).items()}
    route, method = OPERATIONS[link["operationId"]]
    headers = {"apikey": ACCOUNT.api_key, "Authorization": basic(DANA.username, DANA.password)}
    return HTTP.request(method.upper(), route.format(**path), headers=headers).status_code


def test_every_create_links_to_its_read_back() -> None:
    creates = {
        op["operationId"]: {link["operationId"] for link in links_of(op["operationId"]).values()}
        for item in SPEC["paths"].values()
        for method, op in item.items()
        if method == "post" and "201" in op["responses"]
    }
    for name, fam in FAMILIES.items():
        for create in fam.creates:
            assert fam.steps["view"] in creates[create], f"{name}: {create} has no link to its view"


@pytest.mark.slow
def test_verify_command_passes_against_the_running_mock(monkeypatch: pytest.MonkeyPatch) -> None:
    # The documented limit (500 per 30 s) would make the run wait out a dozen windows.
    monkeypatch.setenv(RATE_LIMIT_VARIABLE, str(UNLIMITED))
    # One family end to end through the command (sign-in plugin, every phase, links): every
    # operation is held to the spec in process above, where a run costs a fraction of this one.
    summary = verify_running_mock("proworkflow", 5, "--include-tag", "Notes", "--include-tag", "Login")
    for phase in ("Examples", "Coverage", "Fuzzing", "Stateful"):
        assert f"✅ {phase}" in summary, summary[-3000:]


# --- the sign-in of `apikit verify proworkflow` (apikit.verify.proworkflow) ---------------------------


def signed_in(path: str, method: str, **parts: Any) -> Case[Any]:
    """A case for ``method path`` as the run's auth provider prepares it."""
    case = schema[path][method].Case(**parts)
    provider = proworkflow_verify.auth_provider(HTTP)()
    provider.set(case, provider.get(case, None), None)
    return case


def basic(username: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{username}:{password}".encode()).decode()


def test_every_case_carries_the_key_and_basic_credentials_which_no_repr_shows() -> None:
    case = signed_in("/me", "GET")
    assert case.headers["apikey"] == ACCOUNT.api_key
    assert case.headers["authorization"] == basic(DANA.username, DANA.password)
    provider = proworkflow_verify.auth_provider(HTTP)()
    me = provider.get(case, None)
    assert (me.contact_id, me.company_id) == (DANA.contact_id, 1)
    for shown in (repr(provider), repr(me), repr(me.credentials)):
        assert ACCOUNT.api_key not in shown and DANA.password not in shown


def test_credentials_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PROWORKFLOW_USERNAME", SAM.email)
    monkeypatch.setenv("PROWORKFLOW_PASSWORD", SAM.password)
    case = signed_in("/me", "GET")
    assert case.headers["authorization"] == basic(SAM.email, SAM.password)
    assert case.call().json()["contact"]["id"] == SAM.contact_id
    monkeypatch.setenv("PROWORKFLOW_PASSWORD", "not-the-password")
    with pytest.raises(RuntimeError, match="HTTP 401") as refused:
        signed_in("/me", "GET")
    assert "not-the-password" not in str(refused.value)


LOCKOUTS = [
    ("/contacts/{contactid}", "DELETE", {"path_parameters": {"contactid": DANA.contact_id}}),
    ("/contacts/{contactid}/roles", "PUT", {"path_parameters": {"contactid": DANA.contact_id},
                                             "body": {"roleid": "1", "remove": True}}),
    ("/contacts/{contactid}", "PUT", {"path_parameters": {"contactid": DANA.contact_id},
                                      "body": {"password": "locked-out", "title": "Boss"}}),
    ("/companies/{companyid}", "DELETE", {"path_parameters": {"companyid": 1},
                                          "query": {"deletecontacts": True}}),
]  # fmt: skip


@pytest.mark.parametrize(("path", "method", "parts"), LOCKOUTS)
def test_cases_that_would_lock_the_run_out_miss_instead(
    path: str, method: str, parts: dict[str, Any]
) -> None:
    reset_mock()
    case = signed_in(path, method, **parts)
    assert proworkflow_verify.NO_SUCH_ID in case.path_parameters.values()
    assert case.call().status_code == 404
    assert signed_in("/me", "GET").call().status_code == 200  # the account still signs in


def test_edits_that_leave_sign_in_alone_reach_the_signed_in_contact() -> None:
    reset_mock()
    case = signed_in("/contacts/{contactid}", "PUT", path_parameters={"contactid": DANA.contact_id},
                     body={"title": "Managing director"})  # fmt: skip
    assert case.path_parameters == {"contactid": DANA.contact_id} and case.call().status_code == 200
    other = signed_in("/contacts/{contactid}", "DELETE", path_parameters={"contactid": SAM.contact_id})
    assert other.path_parameters == {"contactid": SAM.contact_id}


def test_own_sign_in_fields_are_dropped_unless_the_service_would_refuse_them() -> None:
    reset_mock()
    valid = signed_in("/me", "PUT", body={"username": "someone-else", "password": "new", "title": "CEO"})
    assert valid.body == {"title": "CEO"} and valid.call().status_code == 200
    # An invalid value keeps a negative case negative: the service refuses the whole request.
    invalid = signed_in("/me", "PUT", body={"email": "not an address", "password": 7, "title": "CEO"})
    assert invalid.body == {"email": "not an address", "password": 7, "title": "CEO"}
    assert invalid.call().status_code == 400
    assert signed_in("/me", "GET").call().json()["contact"]["username"] == DANA.username


def test_pacer_waits_for_the_window_an_answer_used_up() -> None:
    clock = FakeTime(1000.0)
    pacer = proworkflow_verify.RatePacer(sleep=clock.sleep, clock=clock)
    pacer.observe(200, {"x-ratelimit-remaining": "4", "x-ratelimit-reset": "9"})
    pacer.wait()
    pacer.observe(200, {"x-ratelimit-remaining": "0", "x-ratelimit-reset": "9"})
    pacer.wait()
    pacer.wait()  # the window has passed: no second wait
    pacer.observe(429, {})  # no reset given: the documented window
    pacer.wait()
    pacer.observe(429, {"x-ratelimit-reset": "3600"})  # not trusted beyond the documented window
    pacer.wait()
    assert clock.sleeps == [9.0, 30.0, 30.0]


def test_a_paced_run_never_meets_the_mocks_rate_limit() -> None:
    clock = FakeTime(1000.0)
    app = create_app("proworkflow", PROJECT, rate_limit=3, rate_window=10, monotonic=clock)
    pacer = proworkflow_verify.RatePacer(sleep=clock.sleep, clock=clock)
    http = TestClient(app, base_url="http://testserver/")
    headers = {"apikey": ACCOUNT.api_key, "Authorization": basic(DANA.username, DANA.password)}
    statuses = []
    for _ in range(10):
        pacer.wait()
        answer = http.get("me", headers=headers)
        pacer.observe(answer.status_code, answer.headers)
        statuses.append(answer.status_code)
    assert statuses == [200] * 10 and clock.sleeps == [10.0, 10.0, 10.0]


def test_every_answer_schemathesis_gets_reaches_the_pacer(monkeypatch: pytest.MonkeyPatch) -> None:
    clock = FakeTime(1000.0)
    pacer = proworkflow_verify.RatePacer(sleep=clock.sleep, clock=clock)
    monkeypatch.setattr(proworkflow_verify, "PACER", pacer)
    limited = schemathesis.openapi.from_dict(copy.deepcopy(SPEC))
    limited.app = create_app("proworkflow", PROJECT, rate_limit=1, rate_window=20, monotonic=clock)
    credentials = {"apikey": ACCOUNT.api_key, "Authorization": basic(DANA.username, DANA.password)}
    limited["/me"]["GET"].Case(headers=credentials).call()
    pacer.wait()
    assert clock.sleeps == [20.0]
