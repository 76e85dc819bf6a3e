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
from tests.support import ROOT, verify_running_mock

PROJECT = Project(ROOT)
SPEC = load_valid_spec(PROJECT, "worksection")
APP = create_app("worksection", PROJECT)

schema = schemathesis.openapi.from_dict(copy.deepcopy(SPEC))
schema.app = APP
schema.config.generation.update(with_security_parameters=False)
set_negative_data_statuses(schema, SPEC)
register_sign_in("worksection", TestClient(APP), target=schema)
register_error_envelope_check(SPEC)


@schema.parametrize()
@hypothesis.settings(
    max_examples=40, deadline=None, derandomize=True, database=None, suppress_health_check=list(HealthCheck)
)
def test_every_operation_holds_to_the_spec(case: Case[Any]) -> None:
    case.call_and_validate()


def test_the_signer_follows_the_documented_worked_example() -> None:
    assert action_hash(b"action=get_tasks&id_project=26", "7776461cd931e7b1c8e9632ff8e979ce") == (
        "ec3ab2c28f21b4a07424f8ed688d6644"
    )
    signed = signed_query({"action": "get_projects", "extra": "users, options"}, DEMO_API_KEY)
    assert list(signed) == ["action", "extra", "hash"]
    assert signed["hash"] == action_hash(b"action=get_projects&extra=users%2C+options", DEMO_API_KEY)


@pytest.mark.slow
def test_verify_command_passes_against_the_running_mock() -> None:
    verify_running_mock("worksection", max_examples=20)
