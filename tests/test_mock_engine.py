"""The generic mock engine against small inline specs: routing, parsing, coercion, validation."""

from __future__ import annotations

import asyncio
import copy
import logging
from collections.abc import Mapping
from typing import Any

import httpx
import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from starlette.responses import Response
from starlette.testclient import TestClient

from apikit.mock import ApiError, Behaviour, Call, Handler, MockSetupError, RawRequest, Reply, build_app
from apikit.mock.engine import choose_by_selector
from apikit.mock.params import ParamError, nest, parse_pairs
from apikit.spec import Operation

ERROR = {
    "description": "error",
    "content": {
        "application/json": {
            "schema": {
                "type": "object",
                "required": ["error"],
                "properties": {
                    "error": {
                        "type": "object",
                        "required": ["code", "message"],
                        "properties": {"code": {"type": "integer"}, "message": {"type": "string"}},
                    }
                },
            }
        }
    },
}
ANY_OK = {"description": "ok", "content": {"application/json": {"schema": {"type": "object"}}}}
ERRORS = {"400": ERROR, "401": ERROR, "404": ERROR}

FILTER = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "id": {"type": "integer"},
        "name": {"type": "string"},
        "done": {"type": "boolean"},
        "nested": {"type": "object", "properties": {"depth": {"type": "number"}}},
        "ids": {"type": "array", "items": {"type": "integer"}},
    },
}


def ACTION_OPERATION(action: str) -> dict[str, Any]:
    """An operation chosen by its ``action`` query parameter (Worksection style)."""
    return {
        "operationId": f"act{action.title()}",
        "x-rpc": {"selector": {"in": "query", "name": "action", "value": action}},
        "parameters": [
            {"name": "action", "in": "query", "required": True, "schema": {"type": "string", "const": action}}
        ],
        "responses": {"200": ANY_OK, **ERRORS},
    }


SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "components": {
        "securitySchemes": {
            "token": {"type": "apiKey", "in": "query", "name": "token"},
            "password": {"type": "apiKey", "in": "query", "name": "password"},
        }
    },
    "info": {"title": "engine", "version": "1"},
    "servers": [
        {
            "url": "https://{host}.example.com/api/{version}",
            "variables": {"host": {"default": "x"}, "version": {"default": "v1"}},
        }
    ],
    "paths": {
        "/things": {
            "get": {
                "operationId": "thingsList",
                "parameters": [
                    {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1}},
                    {"name": "ratio", "in": "query", "schema": {"type": "number"}},
                    {"name": "flag", "in": "query", "schema": {"type": "boolean"}},
                    {"name": "ids", "in": "query", "schema": {"type": "array", "items": {"type": "integer"}}},
                    {
                        "name": "tags",
                        "in": "query",
                        "explode": False,
                        "schema": {"type": "array", "items": {"type": "string"}},
                    },
                    {"name": "maybe", "in": "query", "schema": {"type": ["integer", "null"]}},
                    {"name": "mode", "in": "query", "schema": {"type": "string", "enum": ["a", "b"]}},
                    {"name": "password", "in": "query", "schema": {"type": "string", "minLength": 12}},
                    {
                        "name": "filter",
                        "in": "query",
                        "style": "deepObject",
                        "explode": True,
                        "schema": FILTER,
                    },
                    {"name": "X-Trace", "in": "header", "schema": {"type": "integer"}},
                ],
                "responses": {"200": ANY_OK, **ERRORS},
            },
            "post": {
                "operationId": "thingsAdd",
                "parameters": [
                    {
                        "name": "thing",
                        "in": "query",
                        "required": True,
                        "style": "deepObject",
                        "explode": True,
                        "schema": {
                            "type": "object",
                            "additionalProperties": False,
                            "required": ["name"],
                            "properties": {"name": {"type": "string"}, "size": {"type": "integer"}},
                        },
                    }
                ],
                "responses": {"200": ANY_OK, **ERRORS},
            },
        },
        "/things/{id}": {
            "get": {
                "operationId": "thingsGet",
                "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}}],
                "responses": {"200": ANY_OK, **ERRORS},
            }
        },
        "/rpc#alpha": {
            "post": {
                "operationId": "rpcAlpha",
                "x-rpc": {"selector": {"in": "body", "name": "service", "value": "alpha"}},
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "required": ["service", "x"],
                                "additionalProperties": False,
                                "properties": {"service": {"const": "alpha"}, "x": {"type": "integer"}},
                            }
                        }
                    },
                },
                "responses": {"200": ANY_OK, **ERRORS},
            }
        },
        "/rpc#beta": {
            "post": {
                "operationId": "rpcBeta",
                "x-rpc": {"selector": {"in": "body", "name": "service", "value": "beta"}},
                "requestBody": {
                    "content": {
                        "application/json": {
                            "schema": {"type": "object", "properties": {"service": {"const": "beta"}}}
                        }
                    }
                },
                "responses": {"200": ANY_OK, **ERRORS},
            }
        },
        "/act#one": {"get": ACTION_OPERATION("one")},
        "/act#two": {"get": ACTION_OPERATION("two")},
        "/form": {
            "post": {
                "operationId": "formPost",
                "requestBody": {
                    "content": {
                        "application/x-www-form-urlencoded": {
                            "schema": {
                                "type": "object",
                                "required": ["count"],
                                "properties": {
                                    "count": {"type": "integer"},
                                    "item": {"type": "object", "properties": {"on": {"type": "boolean"}}},
                                },
                            }
                        }
                    }
                },
                "responses": {"200": ANY_OK, **ERRORS},
            }
        },
        "/boom": {"get": {"operationId": "boom", "responses": {"200": ANY_OK, **ERRORS}}},
        "/liar": {
            "get": {
                "operationId": "liar",
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": {"type": "object", "required": ["id"]}}},
                    },
                    **ERRORS,
                },
            }
        },
        "/raw": {"get": {"operationId": "raw", "responses": {"200": {"description": "bytes"}, **ERRORS}}},
    },
}


def echo(call: Call[str]) -> Reply:
    return Reply(
        {
            "operation": call.operation_id,
            "params": dict(call.params),
            "body": call.body,
            "who": call.principal,
        }
    )


def explode(call: Call[str]) -> Reply:
    raise RuntimeError("handler bug")


class EchoBehaviour(Behaviour[str]):
    """Echoes what the engine made of the request; ``token=bad`` fails authentication."""

    merge_form_body = True

    def handlers(self) -> Mapping[str, Handler[str]]:
        table: dict[str, Handler[str]] = {
            name: echo
            for name in (
                "thingsList",
                "thingsAdd",
                "thingsGet",
                "rpcAlpha",
                "rpcBeta",
                "actOne",
                "actTwo",
                "formPost",
            )
        }
        table["boom"] = explode
        table["liar"] = lambda call: Reply({"no": "id"})
        table["raw"] = lambda call: Response(b"\x00\x01", media_type="application/octet-stream")
        return table

    def authenticate(self, call: Call[None]) -> str:
        if call.request.query_text("token") == "bad":
            raise ApiError(401, "bad token")
        return "tester"

    def error_body(self, error: ApiError, request: RawRequest, operation: Operation | None) -> Any:
        return {"error": {"code": error.status, "message": error.message}}


@pytest.fixture
def client() -> TestClient:
    return TestClient(build_app(SPEC, EchoBehaviour(), max_body_bytes=4096))


def get(client: TestClient, query: str, path: str = "/things") -> Any:
    return client.get(f"/api/v1{path}?{query}")


def params_of(client: TestClient, query: str) -> Any:
    response = get(client, query)
    assert response.status_code == 200, response.text
    return response.json()["params"]


def error_of(response: Any, status: int = 400) -> str:
    assert response.status_code == status, response.text
    message = response.json()["error"]["message"]
    assert isinstance(message, str)
    return message


# --- routing ----------------------------------------------------------------------------------------------


def test_routes_live_under_the_server_base_path_and_at_the_root(client: TestClient) -> None:
    assert client.get("/api/v1/things").status_code == 200
    assert client.get("/things").status_code == 200
    assert error_of(client.get("/api/v2/things"), 404) == "no such API path: /api/v2/things"


def test_a_literal_path_wins_over_a_template_that_also_matches() -> None:
    spec = copy.deepcopy(SPEC)
    spec["paths"]["/things/latest"] = {
        "get": {"operationId": "thingsLatest", "responses": {"200": ANY_OK, **ERRORS}}
    }

    class WithLatest(EchoBehaviour):
        def handlers(self) -> Mapping[str, Handler[str]]:
            return {**super().handlers(), "thingsLatest": lambda call: Reply({"latest": True})}

    client = TestClient(build_app(spec, WithLatest()))
    assert client.get("/api/v1/things/latest").json() == {"latest": True}
    assert client.get("/api/v1/things/7").json()["params"] == {"id": 7}


def test_the_app_acknowledges_lifespan_events() -> None:
    with TestClient(build_app(SPEC, EchoBehaviour())) as client:  # sends startup, then shutdown
        assert client.get("/api/v1/things").status_code == 200


def test_routes_are_matched_below_the_mount_point() -> None:
    async def fetch() -> httpx.Response:
        transport = httpx.ASGITransport(app=build_app(SPEC, EchoBehaviour()), root_path="/mounted")
        async with httpx.AsyncClient(transport=transport, base_url="http://mock") as client:
            return await client.get("/mounted/api/v1/things/5")

    assert asyncio.run(fetch()).json()["params"] == {"id": 5}


def test_unknown_path_gets_the_behaviours_not_found_answer(client: TestClient) -> None:
    assert "no such API path" in error_of(client.get("/api/v1/nothing/here"), 404)


def test_wrong_method_is_405_with_allow(client: TestClient) -> None:
    response = client.delete("/api/v1/things")
    assert response.status_code == 405
    assert response.headers["allow"] == "GET, POST"
    assert response.json()["error"]["code"] == 405
    assert client.post("/api/v1/things/3").headers["allow"] == "GET"


def test_path_parameters_are_coerced_and_validated(client: TestClient) -> None:
    assert client.get("/api/v1/things/42").json()["params"] == {"id": 42}
    assert "path parameter id: expected an integer" in error_of(client.get("/api/v1/things/abc"))


def test_operations_sharing_a_wire_path_are_chosen_by_their_x_rpc_body_selector(client: TestClient) -> None:
    alpha = client.post("/api/v1/rpc", json={"service": "alpha", "x": 1})
    assert alpha.json()["operation"] == "rpcAlpha" and alpha.json()["body"] == {"service": "alpha", "x": 1}
    assert client.post("/api/v1/rpc", json={"service": "beta"}).json()["operation"] == "rpcBeta"
    assert error_of(client.post("/api/v1/rpc", json={"service": "gamma"})) == (
        "unknown operation 'gamma' in the body field 'service'"
    )
    assert error_of(client.post("/api/v1/rpc", json={"x": 1})) == (
        "the request does not name its operation: body field 'service' is missing"
    )
    # Not hashable, not a string: still a clear 400, never a 5xx.
    assert "unknown operation {'a': 1}" in error_of(client.post("/api/v1/rpc", json={"service": {"a": 1}}))


def test_operations_sharing_a_wire_path_are_chosen_by_their_x_rpc_query_selector(client: TestClient) -> None:
    assert client.get("/api/v1/act?action=one").json()["operation"] == "actOne"
    assert client.get("/api/v1/act?action=two").json()["operation"] == "actTwo"
    assert "unknown operation 'three' in the query field 'action'" in error_of(
        client.get("/api/v1/act?action=three")
    )
    assert "query field 'action' is missing" in error_of(client.get("/api/v1/act"))


def test_the_raw_query_string_is_kept_for_signature_checks() -> None:
    seen: list[bytes] = []

    class Recording(EchoBehaviour):
        def authenticate(self, call: Call[None]) -> str:
            seen.append(call.request.query_string)
            return "tester"

    TestClient(build_app(SPEC, Recording())).get("/api/v1/act?action=one&token=a%20b+")
    assert seen == [b"action=one&token=a%20b+"]


# --- parsing and coercion ---------------------------------------------------------------------------------


def test_bracket_keys_nest_like_php() -> None:
    pairs = parse_pairs(b"a[b][c]=1&a[b][d]=2&list[]=x&list[]=y&plain=%20z+")
    assert nest(pairs) == {"a": {"b": {"c": "1", "d": "2"}}, "list": ["x", "y"], "plain": " z "}


@pytest.mark.parametrize(
    "raw", [b"a=1&a=2", b"a=1&a[b]=2", b"a[b]=1&a=2", b"a[b]=1&a[b]=2", b"a[=1", b"a[b]x=1", b"a[][b]=1"]
)
def test_conflicting_or_malformed_keys_are_param_errors(raw: bytes) -> None:
    with pytest.raises(ParamError):
        nest(parse_pairs(raw))


def test_scalars_are_coerced_by_schema(client: TestClient) -> None:
    params = params_of(client, "limit=5&ratio=2.5&flag=true&maybe=&mode=a")
    assert params == {"limit": 5, "ratio": 2.5, "flag": True, "maybe": None, "mode": "a"}
    for text, expected in (("1", True), ("0", False), ("false", False), ("TRUE", True)):
        assert params_of(client, f"flag={text}")["flag"] is expected


def test_arrays_from_repeats_commas_and_indexes(client: TestClient) -> None:
    assert params_of(client, "ids=1&ids=2&ids=3")["ids"] == [1, 2, 3]
    assert params_of(client, "ids=7")["ids"] == [7]
    assert params_of(client, "tags=a,b,c")["tags"] == ["a", "b", "c"]
    assert params_of(client, "filter[ids][1]=20&filter[ids][0]=10")["filter"] == {"ids": [10, 20]}
    assert params_of(client, "filter[ids][]=5&filter[ids][]=6")["filter"] == {"ids": [5, 6]}


def test_nested_objects_are_coerced(client: TestClient) -> None:
    params = params_of(client, "filter[id]=3&filter[name]=x&filter[done]=0&filter[nested][depth]=1.5")
    assert params["filter"] == {"id": 3, "name": "x", "done": False, "nested": {"depth": 1.5}}


def test_header_parameters_are_read_and_coerced(client: TestClient) -> None:
    assert client.get("/api/v1/things", headers={"X-Trace": "9"}).json()["params"] == {"X-Trace": 9}
    assert "header parameter X-Trace" in error_of(client.get("/api/v1/things", headers={"X-Trace": "x"}))


def test_form_body_joins_the_query_when_the_behaviour_asks(client: TestClient) -> None:
    response = client.post("/api/v1/things?thing[name]=a", data={"thing[size]": "3"})
    assert response.json()["params"] == {"thing": {"name": "a", "size": 3}}
    clash = client.post("/api/v1/things?thing[name]=a", data={"thing[name]": "b"})
    assert "given more than once" in error_of(clash)


def test_declared_form_bodies_are_validated(client: TestClient) -> None:
    assert client.post("/api/v1/form", data={"count": "2", "item[on]": "1"}).json()["body"] == {
        "count": 2,
        "item": {"on": True},
    }
    assert "missing required key body[count]" in error_of(client.post("/api/v1/form", data={"item[on]": "1"}))


def test_unknown_query_parameters_are_refused_but_credentials_are_known(client: TestClient) -> None:
    assert "unknown query parameter 'colour'" in error_of(get(client, "colour=red"), 400)
    assert get(client, "token=good").status_code == 200


def test_authentication_runs_after_validation(client: TestClient) -> None:
    assert error_of(get(client, "token=bad"), 401) == "bad token"
    assert "limit" in error_of(get(client, "token=bad&limit=x"), 400)


# --- 400 on every kind of bad input, never 5xx ------------------------------------------------------------

BAD_QUERIES = {
    "missing required": ("", "/things", "POST", "missing required query parameter thing"),
    "wrong type": (
        "limit=abc",
        "/things",
        "GET",
        "query parameter limit: expected an integer, got the plain value 'abc'",
    ),
    "below minimum": ("limit=0", "/things", "GET", "query parameter limit: 0 violates minimum 1"),
    "not in enum": ("mode=z", "/things", "GET", "query parameter mode: must be one of a, b"),
    "unknown key": ("filter[zzz]=1", "/things", "GET", "query parameter filter: unknown key filter[zzz]"),
    "nested wrong type": (
        "filter[nested][depth]=deep",
        "/things",
        "GET",
        "query parameter filter[nested][depth]: expected a number",
    ),
    "scalar for object": (
        "thing=5",
        "/things",
        "POST",
        "query parameter thing: expected an object, got the plain value '5'",
    ),
    "object for scalar": (
        "limit[a]=1",
        "/things",
        "GET",
        "query parameter limit: expected an integer, got bracket keys",
    ),
    "missing nested required": ("thing[size]=1", "/things", "POST", "missing required key thing[name]"),
    "malformed percent": ("limit=%zz", "/things", "GET", "malformed percent-encoding"),
    "truncated percent": ("limit=1%2", "/things", "GET", "malformed percent-encoding"),
    "bad utf-8": ("filter[name]=%ff%fe", "/things", "GET", "not valid UTF-8"),
    "bad utf-8 in a name": ("%c3%28=1", "/things", "GET", "not valid UTF-8"),
    "NUL byte": ("filter[name]=a%00b", "/things", "GET", "NUL byte"),
    "NUL in a name": ("li%00mit=1", "/things", "GET", "NUL byte"),
    "integer with too many digits": ("limit=" + "9" * 101, "/things", "GET", "more than 100 digits"),
    "enormous integer": ("limit=" + "9" * 5000, "/things", "GET", "more than 100 digits"),
    "huge number": ("ratio=1e999", "/things", "GET", "out of range"),
    "duplicate key": ("limit=1&limit=2", "/things", "GET", "given more than once"),
    "duplicate nested key": ("filter[id]=1&filter[id]=2", "/things", "GET", "given more than once"),
    "value and sub-keys": ("filter=1&filter[id]=2", "/things", "GET", "both as a value and with"),
    "unclosed bracket": ("filter[id=1", "/things", "GET", "malformed parameter name"),
    "too deep": ("filter" + "[a]" * 40 + "=1", "/things", "GET", "nested deeper"),
}


@pytest.mark.parametrize("case", BAD_QUERIES.values(), ids=list(BAD_QUERIES))
def test_bad_query_input_is_400_naming_the_problem(
    client: TestClient, case: tuple[str, str, str, str]
) -> None:
    query, path, method, expected = case
    response = client.request(method, f"/api/v1{path}?{query}")
    assert expected in error_of(response)


BAD_BODIES = {
    "not JSON": b"{nope",
    "duplicate JSON keys": b'{"service": "alpha", "x": 1, "x": 2}',
    "NaN": b'{"service": "alpha", "x": NaN}',
    "huge JSON integer": b'{"service": "alpha", "x": ' + b"9" * 5000 + b"}",
    "JSON float overflow": b'{"service": "alpha", "x": 1e999}',
    "deep JSON": b"[" * 100000 + b"]" * 100000,
    "bad UTF-8": b'{"service": "alpha", "x": "\xff"}',
    "wrong type": b'{"service": "alpha", "x": "1"}',
    "unknown key": b'{"service": "alpha", "x": 1, "y": 2}',
}


@pytest.mark.parametrize("body", BAD_BODIES.values(), ids=list(BAD_BODIES))
def test_bad_json_bodies_are_400(body: bytes) -> None:
    client = TestClient(build_app(SPEC, EchoBehaviour(), max_body_bytes=1_000_000))
    response = client.post("/api/v1/rpc", content=body, headers={"content-type": "application/json"})
    assert response.status_code == 400, response.text


def test_integers_are_as_large_as_the_schema_allows() -> None:
    """JSON does not bound integers and `type: integer` does not either: a 64-bit bound is the
    schema's to say (`format: int64`). The answer still carries the number whole."""
    client = TestClient(build_app(SPEC, EchoBehaviour()))
    big = 99999999999999999999
    response = client.post("/api/v1/rpc", json={"service": "alpha", "x": big})
    assert response.status_code == 200 and response.json()["body"]["x"] == big
    in_query = client.get("/api/v1/things", params={"limit": str(big)})  # `minimum: 1`, no maximum
    assert in_query.status_code == 200 and in_query.json()["params"]["limit"] == big
    bounded = copy.deepcopy(SPEC)
    alpha = bounded["paths"]["/rpc#alpha"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    alpha["properties"]["x"]["format"] = "int64"
    refused = TestClient(build_app(bounded, EchoBehaviour())).post(
        "/api/v1/rpc", json={"service": "alpha", "x": big}
    )
    assert refused.status_code == 400 and "maximum" in refused.text


def test_missing_or_oversized_or_mistyped_bodies_are_400(client: TestClient) -> None:
    json_header = {"content-type": "application/json"}
    assert "is missing" in error_of(client.post("/api/v1/rpc#alpha", content=b"", headers=json_header))
    assert "larger than 4096" in error_of(client.post("/api/v1/form", content=b"x" * 5000))
    assert "unsupported content type text/plain" in error_of(
        client.post("/api/v1/form", content=b"count=1", headers={"content-type": "text/plain"})
    )


def test_secret_values_are_never_echoed(client: TestClient) -> None:
    message = error_of(get(client, "password=hunter2"))
    assert "hunter2" not in message and "password" in message


def test_long_values_are_shortened_in_messages(client: TestClient) -> None:
    assert len(error_of(get(client, "mode=" + "z" * 5000))) < 200


NASTY = [
    "%",
    "%%",
    "%0",
    "=",
    "&&&",
    "[]=1",
    "limit",
    "limit=",
    "limit= 5",
    "limit=-0",
    "limit=+5",
    "limit=5.0",
    "ratio=nan",
    "ratio=inf",
    "ratio=-",
    "ratio=1e-999",
    "flag=yes",
    "ids=a&ids=1",
    "ids[]=1&ids=2",
    "filter[]=1",
    "filter[ids][x]=1",
    "filter[nested]=1",
    "filter[nested][depth][x]=1",
    "maybe=null",
    "tags=",
    "%ed%a0%80=1",
    "a" * 10000 + "=1",
    "x=" + "%41" * 3000,
    "&".join(f"k{i}=1" for i in range(1200)),
]


@pytest.mark.parametrize("query", NASTY)
def test_nasty_queries_never_cause_a_5xx(client: TestClient, query: str) -> None:
    for method, path in (("GET", "/things"), ("POST", "/things"), ("GET", "/things/1"), ("POST", "/form")):
        response = client.request(method, f"/api/v1{path}?{query}")
        assert response.status_code < 500, (method, path, response.text)


# --- bugs in handlers are visible -------------------------------------------------------------------------


def test_handler_exceptions_are_500_in_the_vendor_shape_and_logged(
    client: TestClient, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.ERROR, logger="apikit.mock"):
        response = client.get("/api/v1/boom?password=topsecret")
    assert response.status_code == 500
    assert response.json() == {"error": {"code": 500, "message": "internal error in the mock server"}}
    assert "handler bug" in caplog.text and "Traceback" in caplog.text
    assert "topsecret" not in caplog.text


def test_answers_that_break_the_spec_are_500(client: TestClient, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.ERROR, logger="apikit.mock"):
        response = client.get("/api/v1/liar")
    assert response.status_code == 500
    assert "liar answered 200 with a body that breaks the spec" in caplog.text


def test_handlers_may_return_raw_responses(client: TestClient) -> None:
    response = client.get("/api/v1/raw")
    assert response.content == b"\x00\x01" and response.headers["content-type"] == "application/octet-stream"


def test_request_and_call_reprs_hide_secrets() -> None:
    request = RawRequest(method="GET", path="/x", query={"password": "hunter2"}, body=b"sessionId=s3cr3t")
    assert "hunter2" not in repr(request) and "s3cr3t" not in repr(request)


# --- setup ------------------------------------------------------------------------------------------------


def test_a_behaviour_must_cover_exactly_the_specs_operations() -> None:
    class Partial(EchoBehaviour):
        def handlers(self) -> Mapping[str, Handler[str]]:
            table = dict(super().handlers())
            del table["boom"]
            table["ghost"] = echo
            return table

    with pytest.raises(MockSetupError, match=r"no handler for \['boom'\].*not in the spec: \['ghost'\]"):
        build_app(SPEC, Partial())


def test_an_api_without_a_plugin_is_served_by_the_spec_only_mock(tmp_path: Any) -> None:
    from apikit.mock import create_app
    from apikit.mock.generic import SpecBehaviour
    from apikit.project import Project

    (tmp_path / "specs" / "nosuchvendor").mkdir(parents=True)
    (tmp_path / "specs" / "nosuchvendor" / "openapi.yaml").write_text(
        "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\n"
    )
    assert isinstance(create_app("nosuchvendor", Project(tmp_path)).state.behaviour, SpecBehaviour)


# --- choosing among operations that share one URL ---------------------------------------------------------


def reference_choice(candidates: list[Operation], request: RawRequest) -> Operation | str:
    """What choosing means, written plainly: the first operation in spec order whose selector value
    the request carries; else the one without a selector and without a ``#fragment``; else the error
    message."""
    rpcs = [op.rpc for op in candidates]
    for op in candidates:
        if op.rpc is not None and op.rpc.value_in(request.query, request.json_body) == op.rpc.value:
            return op
    plain = [op for op in candidates if op.rpc is None and "#" not in op.path]
    if len(plain) == 1:
        return plain[0]
    if any(rpc is None for rpc in rpcs):
        return "does not say which one"
    carried = [v for rpc in rpcs if rpc and (v := rpc.value_in(request.query, request.json_body)) is not None]
    return f"unknown operation {carried[0]!r}" if carried else "is missing"


SELECTORS = st.tuples(
    st.sampled_from(["query", "body"]), st.sampled_from(["action", "service"]), st.sampled_from("abc")
)
SELECTOR_VALUES = st.one_of(
    st.none(), st.sampled_from(["a", "b", "c", "d"]), st.lists(st.just("a"), max_size=1)
)


@given(
    st.lists(st.one_of(st.none(), SELECTORS), min_size=1, max_size=6),
    st.dictionaries(st.sampled_from(["action", "service"]), SELECTOR_VALUES),
    st.dictionaries(st.sampled_from(["action", "service"]), SELECTOR_VALUES),
    st.integers(0, 2),
)
@example([("body", "service", "a"), ("body", "service", "a")], {}, {"service": "a"}, 0)  # the first wins
@example([("body", "service", "a"), ("query", "action", "b")], {"action": "b"}, {"service": "a"}, 0)
@example([("query", "action", "b"), ("body", "service", "a")], {"action": "b"}, {"service": "a"}, 0)
@example(  # spec order across places: the query's match comes before the body's
    [("body", "service", "c"), ("query", "action", "b"), ("body", "service", "a")],
    {"action": "b"},
    {"service": "a"},
    0,
)
@example([("body", "service", "a"), None], {}, {"service": "a"}, 0)
@example([("body", "service", "a"), ("body", "service", "b")], {}, {"service": ["a"]}, 0)
@example([None, ("body", "service", "a")], {}, {"service": "b"}, 1)  # the plain path serves
@example([None, None], {}, {}, 2)  # two plain paths: neither can be told from the other
def test_the_indexed_choice_picks_what_the_plain_reading_picks(
    selectors: list[tuple[str, str, str] | None], query: dict[str, Any], body: dict[str, Any], plain: int
) -> None:
    """``plain``: how many of the first operations without a selector have no ``#fragment``."""
    unselected = [i for i, sel in enumerate(selectors) if sel is None]
    candidates = [
        Operation(
            "/rpc" if i in unselected[:plain] else f"/rpc#{i}",
            "post",
            f"op{i}",
            {}
            if sel is None
            else {"x-rpc": {"selector": dict(zip(("in", "name", "value"), sel, strict=True))}},
            (),
        )
        for i, sel in enumerate(selectors)
    ]
    request = RawRequest(
        "POST", "/rpc", query={k: v for k, v in query.items() if v is not None}, json_body=body
    )
    expected = reference_choice(candidates, request)
    try:
        chosen: Operation | str = choose_by_selector(candidates, request)
    except ApiError as error:
        chosen = error.message
    if isinstance(expected, str):
        assert isinstance(chosen, str) and expected in chosen
    else:
        assert chosen is expected
