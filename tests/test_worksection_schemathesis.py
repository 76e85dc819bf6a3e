"""schemathesis against the Worksection mock, in-process (every built-in check, negative data), then
`apikit verify worksection` against `apikit mock worksection`. Calls are signed with the documented
md5 rule; refusals come as HTTP 200 envelopes, which the run counts as refusals."""

from __future__ import annotations

import copy
from typing import Any

import hypothesis
import pytest
import schemathesis
from hypothesis import HealthCheck
from hypothesis.stateful import run_state_machine_as_test
from schemathesis.generation.case import Case
from starlette.testclient import TestClient

from apikit.build import load_valid_spec
from apikit.mock import create_app
from apikit.mock.worksection import DEMO_API_KEY, action_hash
from apikit.project import Project
from apikit.verify.extensions import (
    register_error_envelope_check,
    register_sign_in,
    set_negative_data_statuses,
)
from apikit.verify.worksection import signed_query
from tests.support import ROOT, run_further_until, verify_running_mock

PROJECT = Project(ROOT)
SPEC = load_valid_spec(PROJECT, "worksection")
APP = create_app("worksection", PROJECT)

schema = schemathesis.openapi.from_dict(copy.deepcopy(SPEC))
schema.app = APP
schema.config.generation.update(with_security_parameters=False)
set_negative_data_statuses(schema, SPEC)
# The coverage phase (schema edge cases, dozens per action) is left to `apikit verify`, as for
# ProWorkflow: in-process, examples and fuzzing hold every action to the spec in a quarter of the time.
schema.config.phases.coverage.enabled = False
register_sign_in("worksection", TestClient(APP), target=schema)
register_error_envelope_check(SPEC)


@schema.parametrize()
@hypothesis.settings(
    max_examples=5, deadline=None, derandomize=True, database=None, suppress_health_check=list(HealthCheck)
)
def test_every_operation_holds_to_the_spec(case: Case[Any]) -> None:
    case.call_and_validate()


class WorksectionWorkflow(schema.as_state_machine()):  # type: ignore[misc]
    def setup(self) -> None:
        APP.state.behaviour.reset()  # each sequence starts from the demo account, so it replays

    def after_call(self, response: Any, case: Case[Any]) -> None:
        super().after_call(response, case)
        try:
            body = response.json()
        except ValueError:  # a downloaded file
            body = None
        if isinstance(body, dict) and body.get("status") == "ok":
            SUCCEEDED.add(str(case.operation.definition.raw["operationId"]))


SUCCEEDED: set[str] = set()
STATEFUL_SETTINGS = hypothesis.settings(
    max_examples=40, stateful_step_count=8, deadline=None, derandomize=True, database=None,
    suppress_health_check=list(HealthCheck),
)  # fmt: skip

CHAINS = {  # what was created, and what its links lead to
    "postProject": {"getProject", "updateProject", "postTask", "getTasks", "closeProject"},
    "postTask": {"getTask", "updateTask", "getComments", "addCosts", "completeTask"},
    "addCosts": {"updateCosts", "deleteCosts"},
    "addWebhook": {"deleteWebhook"},
}


def link_targets(response_name: str) -> set[str]:
    links = SPEC["components"]["responses"][response_name].get("links", {})
    return {link["operationId"] for link in links.values()}


def test_stateful_sequences_hold_to_the_spec_and_follow_the_links() -> None:
    """Every built-in check on every step; and something the sequences created was then used through
    a link. Random data gets most creations refused (an unknown e-mail, tag or project), so further
    seeded runs go on until one chain has completed; every link is walked below."""

    def completed() -> list[str]:
        return [start for start, targets in CHAINS.items() if start in SUCCEEDED and targets & SUCCEEDED]

    SUCCEEDED.clear()
    run_state_machine_as_test(WorksectionWorkflow, settings=STATEFUL_SETTINGS)
    run_further_until(lambda: len(completed()) >= 1, WorksectionWorkflow, STATEFUL_SETTINGS)
    assert completed(), f"no chain completed; successful calls: {sorted(SUCCEEDED)}"


CREATIONS = {  # a valid call of each operation that links start from, in the demo account
    "postProject": ("post_project", {"title": "Link walk"}),
    "postTask": ("post_task", {"id_project": "2101", "title": "Link walk"}),
    "addCosts": ("add_costs", {"id_task": "3101", "time": "0:45"}),
    "addWebhook": ("add_webhook", {"url": "https://hooks.example.com/link-walk", "events": "post_task"}),
}
NEEDED = {"postTask": {"title": "Created through a link"}, "addCosts": {"time": "1:00"}}
"""What a link's target needs besides the id the link gives it."""


def call(client: TestClient, action: str, params: dict[str, str]) -> dict[str, Any]:
    query = {"action": action, **params}
    answer: dict[str, Any] = client.get("/api/admin/v2/", params=signed_query(query, DEMO_API_KEY)).json()
    return answer


def operation_action(operation_id: str) -> str:
    (action,) = {
        op["x-rpc"]["selector"]["value"]
        for item in SPEC["paths"].values()
        for op in item.values()
        if op["operationId"] == operation_id
    }
    return str(action)


@pytest.mark.parametrize("start", sorted(CHAINS))
def test_every_link_leads_from_a_created_record_to_its_next_step(start: str) -> None:
    """post_task -> get_task, update_task, get_comments, add_costs, complete_task; post_project -> ...;
    add_costs -> update_costs, delete_costs: each link's expression, applied to a real answer, names
    a record its target operation then acts on."""
    client = TestClient(create_app("worksection", PROJECT))
    action, params = CREATIONS[start]
    response_name = start[0].upper() + start[1:] + "Answer"  # postTask -> PostTaskAnswer
    links = SPEC["components"]["responses"][response_name]["links"]
    # deletions and closings last, so the steps before them still find the record
    ordered = sorted(
        links.values(), key=lambda link: link["operationId"].startswith(("delete", "close", "complete"))
    )
    assert {link["operationId"] for link in ordered} == CHAINS[start]
    created = call(client, action, params)
    assert created["status"] == "ok", created
    for link in ordered:
        ((place, expression),) = link["parameters"].items()
        value = resolve_pointer(created, expression.removeprefix("$response.body#"))
        target = link["operationId"]
        answer = call(
            client,
            operation_action(target),
            {place.removeprefix("query."): str(value), **NEEDED.get(target, {})},
        )
        assert answer["status"] == "ok", (target, answer)


def resolve_pointer(document: Any, pointer: str) -> Any:
    for part in pointer.strip("/").split("/"):
        document = document[int(part)] if isinstance(document, list) else document[part]
    return document


def test_the_signer_follows_the_documented_worked_example() -> None:
    assert action_hash(b"action=get_tasks&id_project=26", "7776461cd931e7b1c8e9632ff8e979ce") == (
        "ec3ab2c28f21b4a07424f8ed688d6644"
    )
    signed = signed_query({"action": "get_projects", "extra": "users, options"}, DEMO_API_KEY)
    assert list(signed) == ["action", "extra", "hash"]
    assert signed["hash"] == action_hash(b"action=get_projects&extra=users%2C+options", DEMO_API_KEY)


@pytest.mark.slow
def test_verify_command_passes_against_the_running_mock() -> None:
    """Every phase through the command (signing plugin, envelopes, the access token), on the project
    calls and the token owner's own: each operation and the links are held to the spec in process
    above, where a run costs a fraction of this one."""
    summary = verify_running_mock(
        "worksection", 5, "--include-tag", "Projects", "--include-tag", "My account"
    )
    for phase in ("Examples", "Coverage", "Fuzzing", "Stateful"):
        assert f"✅ {phase}" in summary, summary[-3000:]
