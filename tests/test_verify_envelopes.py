"""`apikit verify` on APIs that refuse with HTTP 200 and an error envelope (`x-error-envelope`):
the envelope counts as a refusal, and a success envelope for invalid data or missing credentials
still fails the run."""

from __future__ import annotations

import base64
import copy
import json
from typing import Any

import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode
from schemathesis.core.failures import FailureGroup
from schemathesis.generation.case import Case
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from apikit.verify.extensions import register_error_envelope_check, set_negative_data_statuses

TOKEN = "Basic " + base64.b64encode(b"t:x").decode()
OK_OR_ERROR = {
    "oneOf": [
        {
            "type": "object",
            "required": ["status"],
            "properties": {"status": {"const": "ok"}},
            "additionalProperties": False,
        },
        {
            "type": "object",
            "required": ["status", "message"],
            "properties": {"status": {"const": "error"}, "message": {"type": "string"}},
            "additionalProperties": False,
        },
    ]
}
SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "envelope", "version": "1"},
    "x-error-envelope": {"property": "status", "value": "error", "message": "message"},
    "security": [{"basic": []}],
    "components": {"securitySchemes": {"basic": {"type": "http", "scheme": "basic"}}},
    "paths": {
        "/rpc#thing.count": {
            "post": {
                "operationId": "thingCount",
                "x-rpc": {"selector": {"in": "body", "name": "service", "value": "thing.count"}},
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "required": ["service", "n"],
                                "additionalProperties": False,
                                "properties": {
                                    "service": {"type": "string", "const": "thing.count"},
                                    "n": {"type": "integer", "minimum": 1, "maximum": 9},
                                },
                            }
                        }
                    },
                },
                "responses": {
                    "200": {
                        "description": "ok or error",
                        "content": {"application/json": {"schema": OK_OR_ERROR}},
                    }
                },
            }
        }
    },
}


def app(*, checks_input: bool, checks_token: bool) -> Starlette:
    async def endpoint(request: Request) -> JSONResponse:
        try:
            body = json.loads(await request.body())
        except ValueError:
            body = None
        if checks_token and request.headers.get("authorization") != TOKEN:
            return JSONResponse({"status": "error", "message": "bad token"})
        valid = isinstance(body, dict) and set(body) == {"service", "n"} and body["service"] == "thing.count"
        valid = valid and type(body["n"]) is int and 1 <= body["n"] <= 9
        if checks_input and not valid:
            return JSONResponse({"status": "error", "message": "bad input"})
        return JSONResponse({"status": "ok"})

    return Starlette(routes=[Route("/rpc", endpoint, methods=["POST"])])


class TokenAuth:
    """Credentials the way `apikit verify` gives them (an auth provider, not generated data)."""

    def get(self, case: Case[Any], ctx: schemathesis.AuthContext) -> str:
        return TOKEN

    def set(self, case: Case[Any], data: str, ctx: schemathesis.AuthContext) -> None:
        case.headers = {**(case.headers or {}), "Authorization": data}


def failures_of(server: Starlette, mode: GenerationMode) -> list[str]:
    register_error_envelope_check(SPEC)
    schema = schemathesis.openapi.from_dict(copy.deepcopy(SPEC))
    schema.app = server
    set_negative_data_statuses(schema, SPEC)
    schema.auth()(TokenAuth)
    operation = schema["/rpc#thing.count"]["POST"]
    found: list[str] = []

    @given(operation.as_strategy(generation_mode=mode))
    @settings(
        max_examples=25,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    def run(case: Case[Any]) -> None:
        try:
            case.call_and_validate()
        except (Exception, FailureGroup) as error:  # collected, and asserted on by the tests
            found.append(str(error))

    run()
    return found


def test_a_server_that_refuses_in_the_envelope_passes() -> None:
    server = app(checks_input=True, checks_token=True)
    assert failures_of(server, GenerationMode.NEGATIVE) == []
    assert failures_of(server, GenerationMode.POSITIVE) == []


def test_a_success_envelope_for_invalid_data_fails_the_run() -> None:
    found = failures_of(app(checks_input=False, checks_token=True), GenerationMode.NEGATIVE)
    assert any("Invalid data should have been rejected" in text for text in found), found


def test_success_without_credentials_fails_the_run() -> None:
    found = failures_of(app(checks_input=True, checks_token=False), GenerationMode.POSITIVE)
    assert any("accepts requests without authentication" in text for text in found), found
