"""schemathesis against the Beebole mock, in-process: every built-in check, negative data, stateful
sequences through the spec's links; then `apikit verify beebole` against `apikit mock beebole`.

Beebole rejects bad input with HTTP 200 and `{"status": "error"}`: the run counts that envelope as
a rejection (and a success envelope for invalid data as a failure), as `apikit verify` does.
"""

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
from apikit.project import Project
from apikit.verify.extensions import (
    error_envelope,
    is_error_envelope,
    register_error_envelope_check,
    register_sign_in,
    set_negative_data_statuses,
)
from tests.support import ROOT, run_further_until, verify_running_mock

PROJECT = Project(ROOT)
SPEC = load_valid_spec(PROJECT, "beebole")
ENVELOPE = error_envelope(SPEC)
APP = create_app("beebole", PROJECT)

schema = schemathesis.openapi.from_dict(copy.deepcopy(SPEC))
schema.app = APP
schema.config.generation.update(with_security_parameters=False)  # as `apikit verify` runs it
set_negative_data_statuses(schema, SPEC)
register_sign_in("beebole", TestClient(APP), target=schema)
register_error_envelope_check(SPEC)

SETTINGS = hypothesis.settings(
    max_examples=5, deadline=None, derandomize=True, database=None, suppress_health_check=list(HealthCheck)
)


@schema.parametrize()
@SETTINGS
def test_every_service_holds_to_the_spec(case: Case[Any]) -> None:
    case.call_and_validate()


def test_an_invalid_body_answered_as_success_would_fail_the_run() -> None:
    """The envelope check is live: a mock that said `ok` to invalid data would be caught."""
    assert ENVELOPE is not None
    assert is_error_envelope({"status": "error", "message": "x"}, ENVELOPE)
    assert not is_error_envelope({"status": "ok"}, ENVELOPE)
    statuses = schema.config.checks.negative_data_rejection.expected_statuses
    assert "200" in statuses and "400" in statuses


class BeeboleWorkflow(schema.as_state_machine()):  # type: ignore[misc]
    def setup(self) -> None:
        APP.state.behaviour.reset()  # each sequence starts from the demo account, so it replays

    def after_call(self, response: Any, case: Case[Any]) -> None:
        super().after_call(response, case)
        body = response.json() if response.status_code == 200 else None
        if isinstance(body, dict) and body.get("status") == "ok":
            SUCCEEDED.add(str(case.operation.definition.raw["operationId"]))


SUCCEEDED: set[str] = set()
STATEFUL_SETTINGS = hypothesis.settings(
    max_examples=200, stateful_step_count=8, deadline=None, derandomize=True, database=None,
    suppress_health_check=list(HealthCheck),
)  # fmt: skip

FAMILIES = ("project", "company", "subproject", "person", "task", "absence", "group")


def links_of(operation_id: str) -> set[str]:
    for item in SPEC["paths"].values():
        for op in item.values():
            if op["operationId"] == operation_id:
                return {link["operationId"] for link in op["responses"]["200"].get("links", {}).values()}
    return set()


MIN_COMPLETED = 3


def completed_families() -> list[str]:
    return [
        family
        for family in FAMILIES
        if f"{family}Create" in SUCCEEDED and links_of(f"{family}Create") & SUCCEEDED
    ]


def test_stateful_sequences_hold_to_the_spec_and_follow_the_links() -> None:
    """Every built-in check on every step; and objects the sequences created were then used through
    the links (read, updated, (de)activated or deleted) in several resource families. Which steps
    complete depends on the generated data, so at least three families must get that far, with
    further seeded runs if the first leaves fewer."""
    for family in FAMILIES:
        targets = links_of(f"{family}Create")
        assert {f"{family}Get", f"{family}Update"} <= targets, f"{family}Create lost its links"
    SUCCEEDED.clear()
    run_state_machine_as_test(BeeboleWorkflow, settings=STATEFUL_SETTINGS)
    run_further_until(lambda: len(completed_families()) >= MIN_COMPLETED, BeeboleWorkflow, STATEFUL_SETTINGS)
    completed = completed_families()
    assert len(completed) >= MIN_COMPLETED, (
        f"completed chains: {completed}; successful calls: {sorted(SUCCEEDED)}"
    )


@pytest.mark.slow
def test_verify_command_passes_against_the_running_mock() -> None:
    # One family end to end through the command (sign-in plugin, envelopes, every phase): every
    # service is held to the spec in process above.
    summary = verify_running_mock("beebole", 5, "--include-tag", "company")
    for phase in ("Examples", "Coverage", "Fuzzing"):
        assert f"✅ {phase}" in summary, summary[-3000:]
