"""The 5pm spec against its sources: every call of both captures of the vendor's reference page (as the
inventory tests/data/fivepm/inventory.yaml records them), and the recorded samples."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

import pytest

from apikit.load import load_document
from apikit.project import Project
from apikit.spec import Operation, iter_operations, resolve
from apikit.xmlcodec import effective_schema, schema_types
from tests.support import inventory, recorded_samples

API_PREFIX = "/api/v2"


def documented_calls() -> Iterator[tuple[str, str, str, str, str, list[str]]]:
    """(capture, section title, operationId, heading method, heading path, example URLs) for every call
    section of the vendor's reference page (tests/data/fivepm/inventory.yaml)."""
    for call in inventory("fivepm")["calls"]:
        yield (
            f"capture {call['capture']}",
            call["section"],
            call["operationId"],
            call["method"],
            call["path"],
            call["examples"],
        )


@pytest.fixture(scope="module")
def spec(project: Project) -> dict[str, Any]:
    return load_document(project.spec_path("fivepm")).document


@pytest.fixture(scope="module")
def operations(spec: dict[str, Any]) -> dict[str, Operation]:
    return {op.operation_id: op for op in iter_operations(spec)}


def corrected(op: Operation, documented_path: str) -> bool:
    return any(
        documented_path in str(entry.get("documented", "")) for entry in op.definition.get("x-errata", [])
    )


def test_the_inventory_maps_each_section_to_one_operation() -> None:
    mapped: dict[str, set[str]] = {}
    for _, title, operation_id, *_ in documented_calls():
        mapped.setdefault(title, set()).add(operation_id)
    assert len(mapped) == 36 and all(len(ids) == 1 for ids in mapped.values()), mapped


def aliases(operations: Mapping[str, Operation]) -> dict[str, str]:
    """operationId -> the operation it is another form of (``x-alias-of``)."""
    return {
        op_id: str(op.definition["x-alias-of"])
        for op_id, op in operations.items()
        if "x-alias-of" in op.definition
    }


def test_spec_has_exactly_the_documented_operations(operations: dict[str, Operation]) -> None:
    documented = {operation_id for _, _, operation_id, *_ in documented_calls()}
    assert set(operations) - set(aliases(operations)) == documented
    assert set(aliases(operations).values()) <= documented


# Calls whose heading and call example disagree on method and path: both forms are served, the
# heading's as the documented operation, the example's as its x-alias-of alias.
TWO_FORM_CALLS = {"Remove a File": "activityRemoveFile", "Download a File": "activityDownloadFile"}


@pytest.mark.parametrize("title", sorted(TWO_FORM_CALLS))
def test_a_call_documented_in_two_forms_is_served_in_both_the_same_way(
    title: str, operations: dict[str, Operation]
) -> None:
    """downloadFile and removeFile have the same document error (a POST heading over a GET example) and
    are resolved the same way: the heading's form is the operation, the example's form its alias with
    the same parameters and answers, each form's erratum quoting what the page printed."""
    operation_id = TWO_FORM_CALLS[title]
    op = operations[operation_id]
    calls = [call for call in documented_calls() if call[1] == title]
    assert calls
    for _, _, documented_id, method, path, examples in calls:
        assert documented_id == operation_id
        assert (op.method, API_PREFIX + op.path) == (method.lower(), path)
        example_path = examples[0].split("?", 1)[0]
        alias = [o for o in operations.values() if o.definition.get("x-alias-of") == operation_id]
        assert [(o.method, API_PREFIX + o.path) for o in alias] == [("get", example_path)]
        assert alias[0].definition["parameters"] == op.definition["parameters"]
        assert alias[0].definition["responses"] == op.definition["responses"]
        assert corrected(op, example_path) and corrected(alias[0], example_path)
    served = [entry["actual"] for entry in op.definition["x-errata"]]
    assert any("both forms are served" in text for text in served), served


def test_every_documented_call_is_in_the_spec_or_corrected_by_an_erratum(
    operations: dict[str, Operation],
) -> None:
    unexplained = []
    for capture, title, operation_id, method, path, examples in documented_calls():
        op = operations[operation_id]
        documented = [(method.lower(), path.removeprefix(API_PREFIX))]
        documented += [(op.method, url.split("?", 1)[0].removeprefix(API_PREFIX)) for url in examples]
        for doc_method, doc_path in documented:
            if (op.method, op.path) != (doc_method, doc_path) and not corrected(op, doc_path):
                unexplained.append(
                    f"{capture} {title!r}: documented {doc_method.upper()} {doc_path}, spec says "
                    f"{op.method.upper()} {op.path} with no x-errata entry about it"
                )
    assert unexplained == []


def test_every_erratum_is_also_told_in_the_description(spec: dict[str, Any]) -> None:
    missing = []

    def walk(node: Any, pointer: str) -> None:
        if isinstance(node, Mapping):
            if node.get("x-errata"):
                for entry in node["x-errata"]:
                    assert {"id", "documented", "actual", "evidence", "confidence"} <= set(entry), pointer
                    assert entry["confidence"] in ("high", "medium", "low"), pointer
                if "Vendor-doc correction" not in str(node.get("description", "")):
                    missing.append(pointer)
            for key, value in node.items():
                walk(value, f"{pointer}/{key}")
        elif isinstance(node, list):
            for i, item in enumerate(node):
                walk(item, f"{pointer}/{i}")

    walk(spec, "")
    assert missing == []


# --- precision: what the spec says it does not know, and the corrections it owes -----------------------


def errata_ids(node: Mapping[str, Any]) -> set[str]:
    return {str(entry["id"]) for entry in node.get("x-errata", [])}


@pytest.mark.parametrize(
    ("schema", "operation_id", "sample"),
    [
        ("StatusList", "metainfoGetStatuses", "001-getstatuses-mindcloud-typeshape.json"),
        ("PriorityList", "metainfoGetPriorities", "002-getpriorities-mindcloud-typeshape.json"),
    ],
)
def test_the_catalogue_shapes_record_their_departure_from_the_documented_list_field(
    schema: str, operation_id: str, sample: str, spec: dict[str, Any]
) -> None:
    """The page says these calls return a field `list`; captured output has the entries under `data`."""
    definition = spec["components"]["schemas"][schema]
    assert "list" not in definition["properties"] and "item" in definition["properties"]
    errata = [e for e in definition.get("x-errata", []) if "`list`" in e["documented"]]
    assert len(errata) == 1 and sample in errata[0]["evidence"], definition.get("x-errata")
    assert operation_id.removeprefix("metainfo").lower() in errata[0]["id"]
    body = dict(recorded_samples("fivepm"))[sample]["body"]
    assert set(body["data"]) == {"item"}


def files_list_parameters(operations: Mapping[str, Operation]) -> dict[str, Any]:
    return {p["name"]: p for p in operations["activityGetFilesList"].definition["parameters"] if "name" in p}


def test_order_by_is_open_text_since_its_values_are_undocumented(operations: dict[str, Operation]) -> None:
    order_by = files_list_parameters(operations)["orderBy"]
    assert "enum" not in order_by["schema"] and order_by["schema"]["type"] == "string"
    assert "not document" in order_by["description"] or "lists no values" in order_by["description"]


def test_order_reverse_typed_boolean_records_the_documented_string(operations: dict[str, Operation]) -> None:
    order_reverse = files_list_parameters(operations)["orderReverse"]
    assert order_reverse["schema"]["type"] == "boolean"
    assert errata_ids(order_reverse) == {"fivepm-activity-getfileslist-orderreverse-type"}
    assert "string" in order_reverse["x-errata"][0]["documented"]


def test_files_says_how_its_two_bracket_levels_are_spelt(operations: dict[str, Operation]) -> None:
    """deepObject defines one bracket level; files[N][field] has two and says so."""
    files = next(
        p for p in operations["activityAttachFiles"].definition["parameters"] if p.get("name") == "files"
    )
    assert (files["style"], files["explode"], files["x-bracket-nesting"]) == ("deepObject", True, 2)
    assert "files[1][name]" in files["description"]


# --- a task's group ------------------------------------------------------------------------------------


def test_a_tasks_group_is_an_argument_as_the_vendor_lists_it(spec: dict[str, Any]) -> None:
    """The vendor's Task object marks parentName read-only, not groupId: the spec makes it writable
    (and nullable in output, like the project's, since unset fields are sent empty)."""
    schemas = spec["components"]["schemas"]
    assert "readOnly" not in schemas["Task"]["properties"]["groupId"]
    assert schemas["Task"]["properties"]["parentName"]["readOnly"] is True
    for name in ("Task", "Project"):
        assert "null" in schemas[name]["properties"]["groupId"]["type"], name
    for name in ("TaskInput", "TaskUpdate"):
        assert schemas[name]["properties"]["groupId"]["type"] == "integer", name


# --- form-encoded bodies -----------------------------------------------------------------------------


def test_every_post_call_declares_its_arguments_as_an_optional_form_body(
    spec: dict[str, Any], operations: dict[str, Operation]
) -> None:
    """The vendor says POST calls take form-encoded bodies: each declares one, optional (the query stays
    the documented form), closed, with exactly its query arguments (the credentials stay in the query,
    as the security schemes say), bracket arguments encoded deepObject as in the query."""
    posts = [op for op in operations.values() if op.method == "post"]
    assert len(posts) == 18
    for op in posts:
        body = resolve(spec, op.definition.get("requestBody", {}))
        assert body.get("required") is False, op.operation_id
        assert list(body["content"]) == ["application/x-www-form-urlencoded"], op.operation_id
        media = body["content"]["application/x-www-form-urlencoded"]
        schema = resolve(spec, media["schema"])
        assert schema["additionalProperties"] is False, op.operation_id
        arguments = {p["name"]: p for p in (resolve(spec, p) for p in op.definition["parameters"])}
        assert set(schema["properties"]) == set(arguments), op.operation_id  # credentials: query only
        deep = {name for name, p in arguments.items() if p.get("style") == "deepObject"}
        for name, parameter in arguments.items():
            in_body = schema["properties"][name]
            if name in deep:  # the body may carry part of it, the query the rest: nothing required
                assert_fields_of(spec, in_body, parameter["schema"], f"{op.operation_id} {name}")
            else:
                assert in_body == parameter["schema"], (op.operation_id, name)
        encoding = media.get("encoding", {})
        assert set(encoding) == deep, op.operation_id
        assert all(encoding[name] == {"style": "deepObject", "explode": True} for name in deep)


def assert_fields_of(spec: Mapping[str, Any], part: Mapping[str, Any], whole: Any, where: str) -> None:
    """``part`` takes any of the fields of the object schema ``whole`` (each by reference), none required."""
    target = resolve(spec, whole)
    if "additionalProperties" in target and isinstance(target["additionalProperties"], Mapping):
        assert part["propertyNames"] == {"$ref": whole["$ref"] + "/propertyNames"}, where
        assert_fields_of(spec, part["additionalProperties"], target["additionalProperties"], where)
        return
    assert "required" not in part and part["additionalProperties"] is False, where
    assert part["properties"] == {
        key: {"$ref": f"{whole['$ref']}/properties/{key}"} for key in target["properties"]
    }, where


# --- recorded samples (grade D: keys and nesting are evidence, values are placeholders) ---


def misfits(spec: Mapping[str, Any], body: Any, schema: Any, where: str) -> Iterator[str]:
    """Where a sample's keys or nesting depart from the schema, reading the XML-to-JSON artefacts as
    the XML they came from: a string or number is an element's text, ``{}`` an empty element and
    ``{"_cdata": ...}`` a CDATA text (grade D: keys and nesting are evidence, values are not)."""
    shape = effective_schema(spec, schema)
    kinds = schema_types(shape)
    if isinstance(body, Mapping) and set(body) <= {"_cdata", "_text"} and body:
        if "object" in kinds or "array" in kinds:
            yield f"{where}: text where the schema has {'/'.join(kinds)}"
        return
    if isinstance(body, Mapping) and not body:
        if not {"null", "string", "object", "array"} & set(kinds):
            yield f"{where}: an empty element where the schema has {'/'.join(kinds)}"
        return
    if isinstance(body, Mapping):
        if kinds and "object" not in kinds:
            yield f"{where}: child elements where the schema has {'/'.join(kinds)}"
            return
        properties = shape.get("properties", {})
        for key, value in body.items():
            if key not in properties:
                yield f"{where}/{key}: not in the schema"
            elif isinstance(value, list):
                items = effective_schema(spec, properties[key]).get("items")
                if items is None:
                    yield f"{where}/{key}: repeated where the schema has one element"
                for i, item in enumerate(value):
                    yield from misfits(spec, item, items or {}, f"{where}/{key}/{i}")
            else:
                yield from misfits(spec, value, properties[key], f"{where}/{key}")
        return
    if "object" in kinds or "array" in kinds:
        yield f"{where}: text where the schema has {'/'.join(kinds)}"


# A recorded sample the spec departs from is listed here with the x-errata id that says why; the
# test fails if the departure goes away (drop the entry) or another appears (correct the spec).
REJECTED_SAMPLES: dict[str, str] = {}


def erratum_ids(spec: Any) -> set[str]:
    found: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, Mapping):
            found.update(str(entry["id"]) for entry in node.get("x-errata", []) if isinstance(entry, Mapping))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(spec)
    return found


def test_fivepm_samples_are_accepted(spec: dict[str, Any], operations: dict[str, Operation]) -> None:
    """Every recorded sample of a described operation fits its response schema in keys and nesting;
    the exceptions are REJECTED_SAMPLES, each quoted by an erratum."""
    samples = recorded_samples("fivepm")
    assert len(samples) == 5
    by_route = {(op.method.upper(), API_PREFIX + op.path): op for op in operations.values()}
    rejected = {}
    for name, sample in samples:
        route = (sample["operation"]["method"], sample["operation"]["path"])
        op = by_route.get(route)
        assert op is not None, f"{name}: {route} is not an operation of the spec"
        schema = op.definition["responses"]["200"]["content"]["application/json"]["schema"]
        problems = list(misfits(spec, sample["body"], schema, ""))
        if problems:
            rejected[name] = problems
    assert set(rejected) == set(REJECTED_SAMPLES), rejected
    assert set(REJECTED_SAMPLES.values()) <= erratum_ids(spec)


# --- the vendor's call examples, sent to the mock (which validates every request against the spec) ---

DEMO_LOGIN, DEMO_PASSWORD = "demo@5pm.example", "demo-password"
PLACEHOLDERS = {
    "<login>": DEMO_LOGIN,
    "<password>": DEMO_PASSWORD,
    "<email>": DEMO_LOGIN,
    "<name>": "Example",
    "<text>": "Example text",
    "<id>": "2",  # not the signed-in user, whom the mock refuses to remove
    "<taskId>": "1",
    "<projectId>": "1",
    "<groupId>": "1",
    "<activityId>": "1",
}


def test_every_documented_call_example_is_accepted_or_corrected(operations: dict[str, Operation]) -> None:
    """Each vendor call example, placeholders filled, is accepted by the mock (which validates every
    request against the spec), unless an x-errata entry of its operation quotes it as corrected."""
    from starlette.testclient import TestClient

    from apikit.mock import create_app

    app = create_app("fivepm")
    client = TestClient(app)
    unexplained = []
    checked = 0
    for capture, title, operation_id, _method, _path, examples in documented_calls():
        op = operations[operation_id]
        for url in examples:
            path, _, query = url.partition("?")
            app.state.behaviour.reset()  # every call meets the demo account as it starts
            session = client.get(
                f"/api/v2{SIGN_IN}",
                params={"login": DEMO_LOGIN, "password": DEMO_PASSWORD, "retType": "json"},
            ).json()["data"]["sessionId"]
            filled = query
            for placeholder, value in {**PLACEHOLDERS, "<sessionId>": session}.items():
                filled = filled.replace(placeholder, value)
            answer = client.request(op.method.upper(), f"/api/v2{op.path}", params=_pairs(filled))
            checked += 1
            quoted = [text for text in (query, _without_session(query)) if "=" in text] or [path]
            explained = any(corrected(op, text.removeprefix(API_PREFIX)) for text in quoted)
            if answer.status_code not in (200, 404) and not explained:
                unexplained.append(
                    f"{capture} {title!r}: {query or path} -> {answer.status_code}: {answer.text[-160:]}"
                )
    assert checked >= 40
    assert unexplained == [], "\n".join(unexplained)


def _without_session(query: str) -> str:
    return "&".join(part for part in query.split("&") if part and not part.startswith("sessionId="))


SIGN_IN = "/service/get/authentication/signIn"


def _pairs(query: str) -> list[tuple[str, str]]:
    return [tuple(part.split("=", 1)) if "=" in part else (part, "") for part in query.split("&") if part]  # type: ignore[misc]
