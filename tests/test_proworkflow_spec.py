"""The ProWorkflow v3 spec against its sources.

- every one of the 98 call sections of the vendor's call reference (as tests/data/proworkflow/inventory.yaml
  records them) is one operation, at the method and path the inventory gives;
- the spec has every operation of the v3 surface (283: 186 outside the account settings and 97
  settings calls, as tests/data/proworkflow/surface.yaml lists them) and nothing else;
- every parameter the reference lists is described, every example value validates against it and the
  reference's sample bodies validate against the request bodies;
- the filter mini-language schemas reject clearly wrong values;
- the recorded samples of in-scope operations validate against the request/response schemas.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from typing import Any

import pytest

from apikit.load import load_document
from apikit.project import Project
from apikit.spec import Operation, iter_operations, resolve, schema_validator
from tests.support import DATA, inventory, recorded_samples

TAG_COUNTS = {
    "Companies": 23,
    "Contacts": 30,
    "Events": 5,
    "Expenses": 5,
    "Files": 7,
    "Invoices": 13,
    "Login": 3,
    "Messages": 5,
    "Notes": 5,
    "ProjectRequests": 7,
    "Projects": 28,
    "Quotes": 16,
    "Settings": 91,
    "SharedNotes": 7,
    "Tasks": 19,
    "Time": 12,
    "Webhooks": 6,
    "Workload": 1,
}

# Calls that take the account's API key alone, without a user's Basic credentials.
KEY_ONLY = {"settingsAccountLooknfeelGet"}

# Documented examples the spec rejects on purpose; an x-errata entry on the parameter explains each.
KNOWN_BAD_EXAMPLES = {
    ("contactSummaryGet", "types", "contacts,projects"): "pwf-contact-summary-types-example"
}


# GETs that act rather than read: no etag, no If-None-Match, never a 304.
GETS_THAT_ACT = {"contactsForgotPassword"}  # sends a password-reset e-mail on every call

# ----------------------------------------------------------------------------- fixtures and helpers


@pytest.fixture(scope="module")
def spec(project: Project) -> dict[str, Any]:
    return load_document(project.spec_path("proworkflow")).document


@pytest.fixture(scope="module")
def ops(spec: Mapping[str, Any]) -> dict[str, Operation]:
    return {op.operation_id: op for op in iter_operations(spec)}


@pytest.fixture(scope="module")
def calls() -> list[dict[str, Any]]:
    """The call sections of the vendor's call reference, in its order (tests/data/proworkflow)."""
    documented: list[dict[str, Any]] = inventory("proworkflow")["calls"]
    return documented


def is_valid(spec: Mapping[str, Any], schema: Any, value: Any) -> bool:
    return schema_validator(spec, schema).is_valid(value)


def wire_candidates(value: Any) -> Iterator[Any]:
    """A documented example is text; the value it stands for may be a JSON number or boolean."""
    yield value
    if isinstance(value, str):
        if value in ("true", "false"):
            yield value == "true"
        if re.fullmatch(r"-?[0-9]+", value):
            yield int(value)
        if re.fullmatch(r"-?[0-9]+(\.[0-9]+)?", value):
            yield float(value)


def accepts(spec: Mapping[str, Any], schema: Any, value: Any) -> bool:
    return any(is_valid(spec, schema, candidate) for candidate in wire_candidates(value))


def body_schema(spec: Mapping[str, Any], op: Operation) -> Any:
    return op.definition["requestBody"]["content"]["application/json"]["schema"]


def object_body(spec: Mapping[str, Any], op: Operation) -> Mapping[str, Any]:
    schema: Mapping[str, Any] = resolve(spec, body_schema(spec, op))
    if "oneOf" in schema and "type" not in schema:  # batch create: object or array of objects
        schema = resolve(spec, schema["oneOf"][0])
    return schema


def example_values(name: str, example: Any) -> list[tuple[str, Any]]:
    """(parameter, value) pairs one documented example stands for: a mapping is an example written as a
    query (`pagenumber=2&pagesize=10`) that sets several parameters."""
    if isinstance(example, Mapping):
        return list(example.items())
    return [(name, example)]


def documented_ops(
    calls: list[dict[str, Any]], ops: Mapping[str, Operation]
) -> Iterator[tuple[dict[str, Any], Operation]]:
    for call in calls:
        yield call, ops[call["operationId"]]


def body_block(block: str) -> bool:
    """The blocks whose parameters a POST or PUT call takes in its JSON body."""
    return block in ("required", "optional")


# ----------------------------------------------------------------------------- operations


def test_the_reference_has_98_calls_each_its_own_operation(calls: list[dict[str, Any]]) -> None:
    assert len(calls) == 98
    assert len({call["operationId"] for call in calls}) == 98
    assert len({(call["method"], call["path"]) for call in calls}) == 98


def surface_operations(*, settings: bool) -> set[tuple[str, ...]]:
    families = load_document(DATA / "proworkflow" / "surface.yaml").document["families"]
    return {
        tuple(operation.split(" ", 1))
        for family in families.values()
        if bool(family.get("settings")) == settings
        for operation in family["operations"]
    }


def test_the_spec_has_every_operation_of_the_surface_and_nothing_else(ops: Mapping[str, Operation]) -> None:
    others, settings = surface_operations(settings=False), surface_operations(settings=True)
    assert (len(others), len(settings)) == (186, 97)
    described = {(op.method.upper(), op.path) for op in ops.values()}
    wanted = others | settings
    assert sorted(wanted - described) == [] and sorted(described - wanted) == []
    assert len(described) == 283


def test_one_operation_per_call_at_its_method_and_path(
    calls: list[dict[str, Any]], ops: Mapping[str, Operation]
) -> None:
    for call in calls:
        op = ops[call["operationId"]]
        assert (op.method.upper(), op.path) == (call["method"], call["path"]), call["operationId"]


def test_operation_metadata(spec: Mapping[str, Any], ops: Mapping[str, Operation]) -> None:
    tags = {t["name"] for t in spec["tags"]}
    counts: dict[str, int] = {}
    for op in ops.values():
        d = op.definition
        assert re.fullmatch(r"[a-z][A-Za-z]+", op.operation_id)
        assert d["summary"].strip() and d["description"].strip()
        assert len(d["tags"]) == 1 and d["tags"][0] in tags
        counts[d["tags"][0]] = counts.get(d["tags"][0], 0) + 1
        evidence = d["x-evidence"]
        assert evidence["source"] and evidence["confidence"] in ("high", "medium", "low")
        codes = set(d["responses"])
        assert {"400", "401", "403", "404", "429", "500"} <= codes, op.operation_id
        conditional = any(p.get("name") == "If-None-Match" and p["in"] == "header" for p in op.parameters)
        if op.method == "get" and op.operation_id not in GETS_THAT_ACT:
            assert "304" in codes and conditional, op.operation_id
        if op.operation_id in GETS_THAT_ACT:
            assert "304" not in codes and not conditional, op.operation_id
        for err in d.get("x-errata", []):
            assert {"id", "documented", "actual", "evidence", "confidence"} <= set(err)
            assert "Vendor-doc correction:" in d["description"]
    assert counts == TAG_COUNTS


def test_errata_ids_are_unique(spec: Mapping[str, Any]) -> None:
    ids: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, Mapping):
            ids.extend(e["id"] for e in node.get("x-errata", []))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(spec)
    assert ids and len(ids) == len(set(ids))


def test_open_questions_are_visible(spec: Mapping[str, Any], ops: Mapping[str, Operation]) -> None:
    assert any("Staff" in q and "Client" in q and "Contractor" in q for q in spec["info"]["x-open-questions"])
    for operation_id in ("contactLocationUpdate", "contactsForgotPassword", "loginGet", "companyTagsUpdate"):
        assert ops[operation_id].definition["x-open-questions"]


def test_security(spec: Mapping[str, Any], ops: Mapping[str, Operation]) -> None:
    schemes = spec["components"]["securitySchemes"]
    assert schemes["ApiKeyHeader"] == {
        **schemes["ApiKeyHeader"],
        "type": "apiKey",
        "in": "header",
        "name": "apikey",
    }
    assert schemes["ApiKeyQuery"] == {
        **schemes["ApiKeyQuery"],
        "type": "apiKey",
        "in": "query",
        "name": "apikey",
    }
    assert schemes["BasicAuth"]["type"] == "http" and schemes["BasicAuth"]["scheme"] == "basic"
    assert spec["security"] == [{"ApiKeyHeader": [], "BasicAuth": []}, {"ApiKeyQuery": [], "BasicAuth": []}]
    assert ops["loginGet"].definition["security"] == [{"BasicAuth": []}]
    for operation_id in KEY_ONLY:
        assert ops[operation_id].definition["security"] == [{"ApiKeyHeader": []}, {"ApiKeyQuery": []}]
    special = {"loginGet", *KEY_ONLY}
    assert all("security" not in op.definition for op in ops.values() if op.operation_id not in special)


def test_error_and_header_responses(spec: Mapping[str, Any]) -> None:
    responses = spec["components"]["responses"]
    assert "content" not in responses["Unauthorized"]
    assert "content" not in responses["NotModified"] and "etag" in responses["NotModified"]["headers"]
    assert {"x-ratelimit-limit", "x-ratelimit-remaining", "x-ratelimit-reset"} <= set(
        responses["TooManyRequests"]["headers"]
    )
    error = spec["components"]["schemas"]["ErrorEnvelope"]
    for body in (
        {"status": "Error", "details": ["'content' is a required field"]},
        {"status": "Error", "details": "An unidentified error occurred"},
    ):
        assert is_valid(spec, error, body)
    assert not is_valid(spec, error, {"status": "Success", "details": []})


# ----------------------------------------------------------------------------- parameters


def test_every_documented_parameter_is_described(
    spec: Mapping[str, Any], calls: list[dict[str, Any]], ops: Mapping[str, Operation]
) -> None:
    for call, op in documented_ops(calls, ops):
        body = object_body(spec, op) if op.method in ("post", "put") else None
        for param in call["parameters"]:
            name, block = param["name"], param["in"]
            if body is not None and body_block(block):
                prop = body["properties"].get(name)
                assert prop is not None, f"{op.operation_id}: body lacks {name}"
                assert prop.get("description"), f"{op.operation_id}.{name}"
                continue
            described = op.parameter(name)
            assert described is not None, f"{op.operation_id}: no query parameter {name}"
            assert described.get("description") and described.get("schema"), f"{op.operation_id}.{name}"
            if block == "required":
                corrected = any(name in e["documented"] for e in op.definition.get("x-errata", []))
                assert described["required"] is True or corrected, f"{op.operation_id}.{name}"
            if name == "sortby":
                assert resolve(spec, described["schema"])["enum"]
            if name in ("pagenumber", "pagesize"):
                assert resolve(spec, described["schema"])["type"] == "integer"
                assert "together" in described["description"]


def test_every_documented_example_validates(
    spec: Mapping[str, Any], calls: list[dict[str, Any]], ops: Mapping[str, Operation]
) -> None:
    checked = 0
    for call, op in documented_ops(calls, ops):
        body = object_body(spec, op) if op.method in ("post", "put") else None
        for param in call["parameters"]:
            for example in param.get("examples", []):
                for name, value in example_values(param["name"], example):
                    if body is not None and body_block(param["in"]):
                        schema = body["properties"][name]
                        holder: Mapping[str, Any] = schema
                    else:
                        found = op.parameter(name)
                        assert found is not None, f"{op.operation_id}: {name}"
                        schema, holder = found["schema"], found
                    key = (
                        op.operation_id,
                        name,
                        json.dumps(value) if not isinstance(value, str) else value,
                    )
                    if key in KNOWN_BAD_EXAMPLES:
                        assert not accepts(spec, schema, value)
                        assert KNOWN_BAD_EXAMPLES[key] in [e["id"] for e in holder.get("x-errata", [])]
                        continue
                    assert accepts(spec, schema, value), f"{op.operation_id}.{name}: {value!r}"
                    checked += 1
    assert checked > 700


def test_documented_defaults_validate(spec: Mapping[str, Any], ops: Mapping[str, Operation]) -> None:
    for op in ops.values():
        for param in op.parameters:
            schema = param.get("schema", {})
            if "default" in schema:
                assert is_valid(spec, schema, schema["default"]), f"{op.operation_id}.{param['name']}"


def test_fields_and_sort_parameters_are_per_call(
    spec: Mapping[str, Any], ops: Mapping[str, Operation]
) -> None:
    companies = ops["companiesList"].parameter("fields")
    events = ops["eventsList"].parameter("fields")
    assert companies is not None and events is not None
    for good in ("code,name,type", "apifields,apifield12,website", "name"):
        assert is_valid(spec, companies["schema"], good)
    for bad in ("", "name,", "name,,code", "title", "code, name", "apifieldX"):
        assert not is_valid(spec, companies["schema"], bad), bad
    assert is_valid(spec, events["schema"], "title,times") and not is_valid(spec, events["schema"], "code")
    sortby = ops["invoicesList"].parameter("sortby")
    assert sortby is not None and not is_valid(spec, sortby["schema"], "firstname")
    sortorder = ops["invoicesList"].parameter("sortorder")
    assert sortorder is not None and not is_valid(spec, sortorder["schema"], "up")


# ----------------------------------------------------------------------------- filter mini-language

FILTER_CASES: dict[str, tuple[list[Any], list[Any]]] = {
    "IdList": (["1", "1,2,3", "12"], ["", "!1", "1,", ",1", "1 2", "a", "1,,2", "me", 1]),
    "NegatableIdList": (["1,2", "!1,2", "5"], ["", "!", "!!1", "1,!2", "1;2", "all"]),
    "ContactIdList": (["1,2", "me", "all"], ["!1,2", "you", "me,1", "", "ALL"]),
    "NegatableContactIdList": (["!1,2", "1", "me", "all"], ["!me", "none", "1,me"]),
    "TaskContactFilter": (["1,2", "me", "unassigned", "all"], ["!1", "nobody"]),
    "IdListOrMe": (["1,2,3", "me"], ["all", "!1"]),
    "NegatableSearch": (["layout", "!layout", "web site", "a!b"], ["", "!", "!!layout"]),
    "Comparison": (
        ["3000", "3000.00", "gte3000", "lte3000.00"],
        ["", "gt3000", "gte", ">=3000", "3,000", "gte30%", "over"],
    ),
    "TotalComparison": (
        ["300", "gte300", "lte300", "gte30%", "lte30%", "over", "under"],
        ["30%", "above", "gte-1"],
    ),
    "DateFilter": (
        ["2014-01-18", "-3w", "+1m", "+0d", "-6d", "+2y"],
        ["", "2014-1-18", "18/01/2014", "2014-13-01", "-3", "3w", "+1h", "2014-01-18T13:20", "yesterday"],
    ),
    "DateTimeFilter": (
        ["2014-01-18T13:20", "12h", "30n", "2d", "1w", "6m"],
        ["", "2014-01-18", "2014-01-18T25:00", "-12h", "12y", "12", "2014-01-18 13:20"],
    ),
    "DateTimeOrNow": (["2014-03-20T13:00", "now"], ["today", "2014-03-20", "12h", "NOW"]),
    "ApiFieldFilter": (
        ["2,Europe", "2,Europe||3,Industrial||3,Commercial", "10,New York"],
        ["", "Europe", "2", "2,", "2,Europe|3,Industrial", "x,Europe", "2,Europe||"],
    ),
    "CustomFieldFilter": (["2,Europe||3,Industrial"], ["2:Europe", ",Europe"]),
    "MatchMode": (["any", "all"], ["some", "ANY", ""]),
    "SortOrder": (["asc", "desc"], ["ascending", ""]),
    "DisplayOrder": (["auto", "after1", "before12", "1.1", 2], ["after", "first", "before-1"]),
    "DiscountValue": (["500", "10%", 100, 12.5], ["ten", "%10", -5]),
}


@pytest.mark.parametrize("name", sorted(FILTER_CASES))
def test_filter_schema_accepts_good_and_rejects_bad(spec: Mapping[str, Any], name: str) -> None:
    schema = {"$ref": f"#/components/schemas/{name}"}
    good, bad = FILTER_CASES[name]
    for value in good:
        assert is_valid(spec, schema, value), f"{name} should accept {value!r}"
    for value in bad:
        assert not is_valid(spec, schema, value), f"{name} should reject {value!r}"


def test_query_parameters_are_scalar(spec: Mapping[str, Any], ops: Mapping[str, Operation]) -> None:
    for op in ops.values():
        for param in op.parameters:
            if param["in"] == "query":
                assert resolve(spec, param["schema"]).get("type") != "object", (
                    f"{op.operation_id}.{param['name']}"
                )


# ----------------------------------------------------------------------------- bodies and samples


def test_documented_sample_bodies_validate(
    spec: Mapping[str, Any], calls: list[dict[str, Any]], ops: Mapping[str, Operation]
) -> None:
    count = 0
    for call, op in documented_ops(calls, ops):
        if "sample_body_method" in call:
            assert op.method in ("post", "put"), op.operation_id
            relabelled = op.method != call["sample_body_method"].lower()
            explained = op.definition.get("x-errata") or op.definition.get("x-open-questions")
            assert explained or not relabelled, f"{op.operation_id}: the sample's label names another method"
        for sample in call.get("sample_bodies", []):
            assert is_valid(spec, body_schema(spec, op), sample), f"{op.operation_id}: {sample}"
            count += 1
    assert count == 31


def test_request_body_rules(spec: Mapping[str, Any], ops: Mapping[str, Operation]) -> None:
    files = body_schema(spec, ops["filesCreate"])
    assert is_valid(spec, files, {"name": "a.txt", "content": "U29tZSB0ZXh0", "taskid": 3})
    assert not is_valid(spec, files, {"name": "a.txt", "content": "U29tZSB0ZXh0"})
    assert not is_valid(
        spec, files, {"name": "a.txt", "content": "U29tZSB0ZXh0", "taskid": 3, "projectid": 1}
    )
    message = body_schema(spec, ops["messagesCreate"])
    assert is_valid(spec, message, {"originalmessageid": 4, "content": "Thanks"})
    assert not is_valid(spec, message, {"title": "Hi", "content": "x"})
    location = body_schema(spec, ops["contactLocationUpdate"])
    assert is_valid(spec, location, {"address": "123 ABC Street"})
    assert not is_valid(spec, location, {"latitude": 1.5})
    event = body_schema(spec, ops["eventsCreate"])
    assert not is_valid(spec, event, {"title": "t", "starttime": "now", "endtime": "now", "contacts": [1, 2]})
    companies = body_schema(spec, ops["companiesCreate"])
    assert is_valid(spec, companies, [{"name": "A", "type": "client"}])
    assert not is_valid(spec, companies, [])
    assert not is_valid(spec, companies, {"name": "A", "type": "staff"})


def test_recorded_samples_validate(spec: Mapping[str, Any]) -> None:
    by_route = {(op.method.upper(), op.path): op for op in iter_operations(spec)}
    in_scope: list[dict[str, Any]] = []
    skipped = 0
    for _, sample in recorded_samples("proworkflow"):
        op = by_route.get((sample["operation"]["method"], sample["operation"]["path"]))
        if op is None:
            skipped += 1
            continue
        in_scope.append(sample)
        if sample["kind"] == "request":
            schema = body_schema(spec, op)
        else:
            response = resolve(spec, op.definition["responses"][str(sample["http_status"])])
            schema = response["content"]["application/json"]["schema"]
        assert is_valid(spec, schema, sample["body"]), f"{op.operation_id}: {sample['body']}"
    operations = {(s["operation"]["method"], s["operation"]["path"]) for s in in_scope}
    # every sampled operation is described
    assert len(operations) == 31
    assert (len(in_scope), skipped) == (60, 0)


def test_envelopes(spec: Mapping[str, Any], ops: Mapping[str, Operation]) -> None:
    invoice_list = resolve(spec, ops["invoicesList"].definition["responses"]["200"])["content"][
        "application/json"
    ]
    assert {"count", "totalcount", "status", "invoices", "total", "subtotals"} <= set(
        resolve(spec, invoice_list["schema"])["properties"]
    )
    write = spec["components"]["schemas"]["WriteResult"]
    assert is_valid(spec, write, {"message": "Note Added", "status": "Success", "details": [{"id": 12}]})
    assert not is_valid(spec, write, {"message": "x", "status": "Success", "details": [{"name": "no id"}]})
    created = ops["companiesCreate"].definition["responses"]
    assert "201" in created and "200" not in created
