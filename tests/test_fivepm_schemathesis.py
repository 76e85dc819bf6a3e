"""schemathesis against the 5pm mock, in-process: every built-in check, negative data, stateful links.

The same sign-in and XML reader as `apikit verify` are used, so this is the verify run without a
socket. `test_verify_command` then runs `apikit verify` itself against `apikit mock`.
"""

from __future__ import annotations

import copy
from typing import Any

import hypothesis
import schemathesis
from hypothesis import HealthCheck
from hypothesis.stateful import run_state_machine_as_test
from schemathesis.generation.case import Case
from starlette.testclient import TestClient

from apikit.build import apply_overlays, load_valid_spec
from apikit.mock import create_app
from apikit.project import Project
from apikit.verify.extensions import register_sign_in, register_xml_reader, skip_unsendable_queries
from tests.support import ROOT

PROJECT = Project(ROOT)
# What `apikit verify` holds a server to: the spec after its verify overlay (no form bodies).
SPEC = apply_overlays(PROJECT, "fivepm", load_valid_spec(PROJECT, "fivepm"), "verify").document
APP = create_app("fivepm", PROJECT)
HTTP = TestClient(APP, base_url="http://testserver/api/v2/")

schema = schemathesis.openapi.from_dict(copy.deepcopy(SPEC))
schema.app = APP
schema.config.generation.update(with_security_parameters=False)  # as `apikit verify` runs it
register_sign_in("fivepm", HTTP, target=schema)
register_xml_reader(SPEC)
skip_unsendable_queries(schema)

SETTINGS = hypothesis.settings(
    max_examples=30,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=list(HealthCheck),
)


@schema.parametrize()
@SETTINGS
def test_every_operation_holds_to_the_spec(case: Case[Any]) -> None:
    case.call_and_validate()


class FivepmWorkflow(schema.as_state_machine()):  # type: ignore[misc]
    def setup(self) -> None:
        # Each sequence starts from the demo account, so Hypothesis can replay what it found.
        APP.state.behaviour.reset(keep_sessions=True)

    def after_call(self, response: Any, case: Case[Any]) -> None:
        super().after_call(response, case)
        if response.status_code == 200:
            SUCCEEDED.add(str(case.operation.definition.raw["operationId"]))


SUCCEEDED: set[str] = set()
STATEFUL_SETTINGS = hypothesis.settings(
    max_examples=150, stateful_step_count=10, deadline=None, derandomize=True, database=None,
    suppress_health_check=list(HealthCheck),
)  # fmt: skip


# Create → read → remove chains that need no other object to exist first. (A task or activity
# needs an existing project or task id inside a bracket argument, which an OpenAPI link cannot set.)
CHAINS = {
    "projectsAdd": {"projectsGetById", "projectsRemove"},
    "usersAdd": {"usersGetById", "usersRemove"},
    "projectsgroupsAdd": {"projectsgroupsGetById", "projectsgroupsRemove"},
    "activityAdd": {"activityAttachFiles"},
}


def test_stateful_sequences_hold_to_the_spec_and_follow_the_links() -> None:
    """Every built-in check on every step; and the sequences created objects and then read and
    removed those very objects through the spec's links (which chains complete depends on the
    generated data, so at least two of them must)."""
    for source, targets in CHAINS.items():
        assert targets <= link_targets(source), f"the spec lost a link from {source}"
    SUCCEEDED.clear()
    run_state_machine_as_test(FivepmWorkflow, settings=STATEFUL_SETTINGS)
    completed = [source for source, targets in CHAINS.items() if {source, *targets} <= SUCCEEDED]
    assert len(completed) >= 2, f"completed chains: {completed}; successful calls: {sorted(SUCCEEDED)}"


def link_targets(operation_id: str) -> set[str]:
    for item in SPEC["paths"].values():
        for op in item.values():
            if op["operationId"] == operation_id:
                return {link["operationId"] for link in op["responses"]["200"].get("links", {}).values()}
    return set()


def test_links_describe_create_then_read_and_remove() -> None:
    links = {
        op["operationId"]: set(op["responses"]["200"].get("links", {}))
        for item in SPEC["paths"].values()
        for op in item.values()
        if op["operationId"].endswith("Add")
    }
    assert links and all(len(found) >= 2 for found in links.values()), links


# `apikit verify fivepm` against `apikit mock fivepm` runs as the README prints it
# (tests/test_readme.py, which pins that example).
