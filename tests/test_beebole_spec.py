"""The Beebole legacy API spec (specs/beebole/openapi.yaml) against the vendor's own material.

Beebole selects a service by the `service` field of a JSON body posted to one URL; the spec gives each
service its own operation under `/api/v2#<service>`. These tests hold the spec to:
- the project's lint (`apikit validate`);
- the services the vendor's legacy API pages document (tests/data/beebole/inventory.yaml): exactly one
  operation each, whose path fragment, `x-rpc` selector and body `service` const all name it;
- the pages' request/response examples (tests/data/beebole/samples), each against the operation it
  names. A sample the spec rejects on purpose must be quoted by an `x-errata` entry of that operation.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator, Mapping
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from apikit.load import load_document
from apikit.spec import Operation, iter_operations, resolve, schema_registry, schema_validator
from apikit.validate import rpc_selectors_declared, validate_document
from tests.support import ROOT, inventory, recorded_samples

SPEC_PATH = ROOT / "specs" / "beebole" / "openapi.yaml"


@cache
def spec() -> Mapping[str, Any]:
    return load_document(SPEC_PATH).document


@cache
def operations_by_service() -> dict[str, list[Operation]]:
    found: dict[str, list[Operation]] = {}
    for op in iter_operations(spec()):
        if op.path == BATCH_PATH:
            continue  # named by the calls it carries, not by a service of its own
        service = op.rpc.value if op.rpc else f"<no x-rpc at {op.path}>"
        found.setdefault(service, []).append(op)
    return found


BATCH_PATH = "/api/v2#services"


def operation(service: str) -> Operation:
    ops = operations_by_service().get(service, [])
    assert len(ops) == 1, f"{service}: {len(ops)} operations"
    return ops[0]


def request_schema(op: Operation) -> Any:
    return op.definition["requestBody"]["content"]["application/json"]["schema"]


def answer_schema(op: Operation) -> Any:
    return op.definition["responses"]["200"]["content"]["application/json"]["schema"]


def success_schema(op: Operation) -> Any:
    """The success branch of the 200 answer (the other branch is the error envelope)."""
    return answer_schema(op)["oneOf"][0]


def problems(schema: Any, value: Any) -> list[str]:
    validator = schema_validator(spec(), schema, registry())
    return [
        f"{'/'.join(map(str, e.absolute_path)) or '/'}: {e.message}" for e in validator.iter_errors(value)
    ]


@cache
def registry() -> Any:
    return schema_registry(spec())


def canonical(value: Any) -> str:
    """How an x-errata entry quotes a body it rejects: compact JSON, key order kept."""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


# --- the documented services ---------------------------------------------------------------------


@cache
def documented_services() -> list[str]:
    services: list[str] = inventory("beebole")["services"]
    return services


def test_the_vendor_documents_116_services() -> None:
    services = documented_services()
    assert len(services) == len(set(services)) == 116
    assert sum(s.startswith("project.") for s in services) == 23


UNDOCUMENTED_SERVICES = ["time.get_people_timesheets"]
"""Services the vendor's pages leave out and integrations call; each is described from that use."""


def test_every_service_has_exactly_one_operation_and_nothing_else_is_there() -> None:
    expected = set(documented_services()) | set(UNDOCUMENTED_SERVICES)
    assert set(operations_by_service()) == expected
    assert all(len(ops) == 1 for ops in operations_by_service().values())


@pytest.mark.parametrize("service", UNDOCUMENTED_SERVICES)
def test_an_undocumented_service_says_where_it_comes_from(service: str) -> None:
    definition = operation(service).definition
    assert definition["x-evidence"]["confidence"] in ("low", "medium", "high")
    assert "pipedream" in definition["x-evidence"]["source"].lower()
    assert service not in documented_services()


def test_people_timesheets_take_days_as_lists_like_the_integration_sends_them() -> None:
    schema = request_schema(operation("time.get_people_timesheets"))
    body = {
        "service": "time.get_people_timesheets",
        "undoc": True,
        "from": ["2024", "05", "01"],
        "to": ["2024", "05", "31"],
        "show": "all",
        "statusFilters": ["d"],
        "showAll": True,
        "details": [],
    }
    assert problems(schema, body) == []
    assert problems(schema, {**body, "from": "2024-05-01"}) != []
    assert problems(schema, {**body, "from": ["2024", "05"]}) != []
    assert problems(schema, {**body, "statusFilters": ["x"]}) != []
    answer = {
        "status": "ok",
        "items": [{"people": [{"eid": 9, "doc": {"name": "Ada"}, "hours": {"sum": 2.5}}]}],
    }
    assert problems(answer_schema(operation("time.get_people_timesheets")), answer) == []


@pytest.mark.parametrize("service", documented_services() + UNDOCUMENTED_SERVICES)
def test_fragment_selector_and_body_const_agree(service: str) -> None:
    op = operation(service)
    assert op.path == f"/api/v2#{service}" and op.method == "post"
    assert op.definition["x-rpc"] == {"selector": {"in": "body", "name": "service", "value": service}}
    resource, verb = service.split(".")
    assert op.operation_id == camel_case(f"{resource}_{verb}")
    assert op.definition["tags"] == [resource]
    body = op.definition["requestBody"]
    schema = request_schema(op)
    assert body["required"] is True
    assert schema["additionalProperties"] is False and "service" in schema["required"]
    assert schema["properties"]["service"] == {
        "type": "string",
        "const": service,
        "default": service,
        "description": schema["properties"]["service"]["description"],
    }
    for alternative in schema.get("oneOf", []):  # typed alternatives repeat the selector
        assert alternative["properties"]["service"]["const"] == service
        assert "service" in alternative["required"]


def camel_case(name: str) -> str:
    first, *rest = name.split("_")
    return first + "".join(word.capitalize() for word in rest)


@pytest.mark.parametrize("service", documented_services())
def test_every_answer_is_the_success_shape_or_the_error_envelope(service: str) -> None:
    op = operation(service)
    branches = answer_schema(op)["oneOf"]
    assert branches[1] == {"$ref": "#/components/schemas/ErrorEnvelope"} and len(branches) == 2
    success = resolve(spec(), branches[0])
    assert success["properties"]["status"] == {"$ref": "#/components/schemas/StatusOk"}
    assert ("status" in success.get("required", [])) == (service not in STATUS_OPTIONAL)
    assert problems(answer_schema(op), {"status": "error", "message": "Unknown id"}) == []
    assert problems(answer_schema(op), {"status": "error"}) != [], "the message is required"


def test_document_level_decisions() -> None:
    document = spec()
    assert document["openapi"] == "3.1.0"
    assert document["servers"] == [{"url": "https://beebole-apps.com", "description": ANY_TEXT}]
    assert document["x-error-envelope"] == {"property": "status", "value": "error", "message": "message"}
    scheme = document["components"]["securitySchemes"]["BeeboleToken"]
    assert (scheme["type"], scheme["scheme"]) == ("http", "basic")
    assert "demo-token" in scheme["description"]
    assert document["security"] == [{"BeeboleToken": []}]


class _AnyText(str):
    def __eq__(self, other: object) -> bool:
        return isinstance(other, str) and bool(other)

    __hash__ = str.__hash__


ANY_TEXT = _AnyText()


def test_spec_passes_apikit_validate() -> None:
    assert [str(p) for p in validate_document(load_document(SPEC_PATH))] == []


# --- recorded samples -----------------------------------------------------------------------------


@cache
def samples() -> list[tuple[str, dict[str, Any]]]:
    return recorded_samples("beebole")


def sample_operation(sample: Mapping[str, Any]) -> Operation:
    """The operation a sample names: by its service, or (for a batch, which names none) by path."""
    named = sample["operation"]
    if "service" in named:
        return operation(named["service"])
    place = (named["method"], named["path"])
    (found,) = [op for op in iter_operations(spec()) if (op.method, op.path) == place]
    return found


def errata_quotes(op: Operation) -> str:
    return " ".join(str(entry.get("documented", "")) for entry in op.definition.get("x-errata", []))


@pytest.mark.parametrize(("name", "sample"), samples(), ids=[name for name, _ in samples()])
def test_sample_fits_its_operation_or_is_quoted_as_a_correction(name: str, sample: Mapping[str, Any]) -> None:
    op = sample_operation(sample)
    body = sample["body"]
    if sample["kind"] == "request":
        found = problems(request_schema(op), body)
    else:
        assert sample["http_status"] == 200
        found = problems(answer_schema(op), body)
        if not found:  # and it fits the branch its status names, not the other one by accident
            branch = answer_schema(op)["oneOf"][1 if body.get("status") == "error" else 0]
            assert problems(branch, body) == []
    quoted = canonical(body) in errata_quotes(op)
    assert (found != []) == quoted, (
        f"{name} is quoted by an x-errata entry but fits the spec"
        if quoted
        else f"{name} does not fit {op.operation_id}: {found}"
    )


def test_samples_cover_every_service() -> None:
    named = {sample["operation"].get("service") for _, sample in samples()} - {None}
    assert named == set(documented_services()) | set(UNDOCUMENTED_SERVICES)
    by_path = {sample_operation(s).operation_id for _, s in samples() if "path" in s["operation"]}
    assert by_path == {"batchRun"}


def test_the_project_page_has_one_example_pair_per_project_service() -> None:
    """The project page (the first captured Beebole document) gives each project service one request and
    one response, and its examples are in the samples as printed but for the fixes their notes state."""
    project_page = [s for _, s in samples() if "/help/legacy/api/project.mdx@" in s["source"]]
    by_kind = {
        kind: sorted(s["operation"]["service"] for s in project_page if s["kind"] == kind)
        for kind in ("request", "response")
    }
    project_services = sorted(s for s in documented_services() if s.startswith("project."))
    assert by_kind == {"request": project_services, "response": project_services}
    assert all(s["fidelity"] == "B" for s in project_page)


STATUS_OPTIONAL = frozenset(
    {"group.tree", "custom_field.list", "time_entry.get_entities", "time_entry.get_tasks"}
)
"""The services whose documented answers carry no `status`: the spec takes them as they are."""


def test_no_recorded_sample_is_rejected() -> None:
    rejected = {
        name
        for name, sample in samples()
        if canonical(sample["body"]) in errata_quotes(sample_operation(sample))
    }
    assert rejected == set()


@pytest.mark.parametrize("service", sorted(STATUS_OPTIONAL))
def test_status_less_answers_are_accepted_and_a_wrong_status_is_not(service: str) -> None:
    status_less = [
        s["body"]
        for _, s in samples()
        if s["operation"].get("service") == service and s["kind"] == "response"
    ]
    assert status_less and all("status" not in body for body in status_less)
    for body in status_less:
        assert problems(answer_schema(operation(service)), body) == []
        assert problems(answer_schema(operation(service)), {**body, "status": "ok"}) == []
        assert problems(answer_schema(operation(service)), {**body, "status": "done"}) != []


# --- the schemas are tight where the vendor's rules are ------------------------------------------


@pytest.mark.parametrize(
    ("service", "body"),
    [
        ("project.get", {"id": 321, "xid": "p-321"}),  # id or xid, not both
        ("project.get", {}),  # one of them
        ("project.get", {"id": "321"}),  # ids are integers
        ("project.get", {"id": 321, "extra": 1}),  # nothing undocumented
        ("project.attach_member", {"id": 78, "person": {"id": 43}, "group": {"id": 105}}),
        ("project.attach_member", {"id": 78}),
        ("project.add_group", {"id": 78, "group": {"id": 105, "xid": "g"}}),  # a Ref is one or the other
        ("project.create", {"project": {"name": "P", "company": {"id": 1}, "startDate": "2017-02-30"}}),
        ("project.create", {"project": {"name": "P"}}),  # company is required
        ("project.update", {"project": {"id": 1, "name": "P", "company": {"id": 2}}}),  # not movable
        ("person.create", {"person": {"name": "P", "company": {"id": 1}, "invite": True}}),  # needs email
        ("person.create", {"person": {"name": "P", "company": {"id": 1}, "userGroup": "boss"}}),
        ("group.list", {"company": {"id": 1}, "project": {"id": 2}}),
        ("time_entry.create", {"date": "2017-08-05", "hours": 8}),  # on no entity
        (
            "time_entry.create",
            {"project": {"id": 1}, "subproject": {"id": 2}, "date": "2017-08-05", "hours": 8},
        ),
        ("time_entry.create", {"subproject": {"id": 2}, "date": "05/08/2017", "hours": 8}),
        ("time_entry.submit", {"person": {"id": 2}, "from": "2017-10-01"}),  # period without its end
        ("time_entry.submit", {"person": {"id": 2}, "from": "2017-10-01", "to": "2017-10-15", "id": 5}),
        (
            "time_entry.export",
            {"from": "2017-10-01", "to": "2017-10-30", "keys": ["hours"], "statusFilters": ["x"]},
        ),
        (
            "time_entry.export",
            {
                "from": "2017-10-01",
                "to": "2017-10-30",
                "keys": ["hours"],
                "company": {"id": 1},
                "task": {"id": 2},
            },
        ),
        ("custom_field.list", {"company": {"id": 1}}),
    ],
)
def test_requests_breaking_the_rules_are_rejected(service: str, body: dict[str, Any]) -> None:
    assert problems(request_schema(operation(service)), {"service": service, **body}) != []


def test_a_request_must_name_its_own_service() -> None:
    op = operation("project.get")
    assert problems(request_schema(op), {"service": "project.list", "id": 1}) != []
    assert problems(request_schema(op), {"service": "project.get", "id": 1}) == []
    assert problems(request_schema(op), {"service": "project.get", "xid": "p-1"}) == []


def test_time_entry_status_letters_and_leaf() -> None:
    entry = {"id": 1, "date": "2017-09-29", "hours": 7.0, "status": "d", "subproject": NAMED}
    time_entry = {"$ref": "#/components/schemas/TimeEntry"}
    assert problems(time_entry, entry) == []
    assert all(problems(time_entry, {**entry, "status": letter}) == [] for letter in "dsarl")
    assert problems(time_entry, {**entry, "status": "x"}) != []
    assert problems(time_entry, {**entry, "project": NAMED}) != [], "logged on one leaf only"
    description = spec()["components"]["schemas"]["TimeEntryStatus"]["description"]
    for meaning in ("draft", "submitted", "approved", "rejected", "locked"):
        assert meaning in description


NAMED = {"id": 37, "name": "Analyse", "active": True}


# --- conventions: corrections and open questions ---------------------------------------------------


def errata_holders(node: Any) -> Iterator[Mapping[str, Any]]:
    if isinstance(node, Mapping):
        if "x-errata" in node:
            yield node
        for value in node.values():
            yield from errata_holders(value)
    elif isinstance(node, list):
        for item in node:
            yield from errata_holders(item)


def test_every_correction_is_complete_unique_and_stated_in_the_description() -> None:
    ids = []
    for holder in errata_holders(spec()):
        entries = holder["x-errata"]
        corrections = str(holder.get("description", "")).count("Vendor-doc correction:")
        assert corrections >= len(entries), holder.get("operationId", holder.get("title"))
        for entry in entries:
            assert set(entry) == {"id", "documented", "actual", "evidence", "confidence"}
            assert entry["confidence"] in ("high", "medium", "low")
            ids.append(entry["id"])
    assert len(ids) == len(set(ids)) >= 8


def test_the_known_doc_slips_are_corrected() -> None:
    ids = {entry["id"] for holder in errata_holders(spec()) for entry in holder["x-errata"]}
    assert {
        "beebole-examples-not-json",
        "beebole-group-delete-example-brace",
        "beebole-time-entry-create-suproject",
        "beebole-subproject-get-parent-id",
        "beebole-time-entry-create-date-echo",
    } <= ids


def test_open_questions_cover_the_unsettled_facts() -> None:
    questions = " ".join(spec()["info"]["x-open-questions"])
    for topic in ("bad or missing token", "group.tree", "time_entry.list", "GraphQL", "optionality"):
        assert topic in questions


def test_examples_in_the_spec_are_invented_not_the_vendors() -> None:
    vendor_names = ("Le Carré", "Rosa Parks", "Salt Lake City", "jlcarr")
    text = Path(SPEC_PATH).read_text(encoding="utf-8")
    assert not [name for name in vendor_names if name in text]


# --- partial updates --------------------------------------------------------------------------------------


def update_schema() -> Any:
    return request_schema(operation("time_entry.update"))


@pytest.mark.parametrize(
    "body",
    [
        {"id": 5, "hours": 6.5},
        {"id": 5, "comment": "Reviewed"},
        {"id": 5, "date": "2017-10-02"},
        {"id": 5, "task": {"id": 19}},
        {"id": 5, "subproject": {"id": 37}},
        {"id": 5, "absence": {"id": 6}, "hours": 8},
    ],
)
def test_a_time_entry_update_may_carry_only_what_changes(body: dict[str, Any]) -> None:
    assert problems(update_schema(), {"service": "time_entry.update", **body}) == []


@pytest.mark.parametrize(
    "body",
    [
        {"hours": 6.5},  # which entry?
        {"id": 5, "project": {"id": 1}, "subproject": {"id": 37}},  # one place only
        {"id": 5, "hours": 6.5, "person": {"id": 2}},  # nothing undocumented
    ],
)
def test_a_partial_time_entry_update_still_follows_the_rules(body: dict[str, Any]) -> None:
    assert problems(update_schema(), {"service": "time_entry.update", **body}) != []


@pytest.mark.parametrize(
    "project",
    [
        {"id": 78, "description": "New text"},
        {"id": 78, "startDate": "2017-03-01"},
        {"xid": "p-78", "name": "P"},
    ],
)
def test_a_project_update_needs_no_name(project: dict[str, Any]) -> None:
    op = operation("project.update")
    body = {"service": "project.update", "project": project}
    assert problems(request_schema(op), body) == []
    assert problems(request_schema(op), {**body, "project": {**project, "name": ""}}) != []
    assert "x-evidence" in op.definition


# --- export columns ---------------------------------------------------------------------------------------


def export_body(**fields: Any) -> dict[str, Any]:
    return {"service": "time_entry.export", "from": "2017-10-01", "to": "2017-10-30", **fields}


def test_export_columns_are_the_vendors() -> None:
    schemas = spec()["components"]["schemas"]
    columns = schemas["ExportColumn"]["enum"]
    assert len(columns) == 46 and set(schemas["ExportColumn"]["x-labels"]) == set(columns)
    assert {"companyId", "hours", "billableSplit", "remWorkHours", "weeklyOvertime"} <= set(columns)
    export_schema = request_schema(operation("time_entry.export"))
    assert problems(export_schema, export_body(keys=columns)) == []
    assert problems(export_schema, export_body(keys=["company", "gid4588", "hours"])) == []
    assert problems(export_schema, export_body(show="quota", keys=["person", "balance", "takenInDays"])) == []
    assert "x-evidence" in operation("time_entry.export").definition


@pytest.mark.parametrize(
    "fields",
    [
        {"keys": ["hours", "colour"]},
        {"keys": ["gid0"]},
        {"keys": ["gidx"]},
        {"keys": ["Hours"]},
        {"keys": ["hours"], "show": "everything"},
    ],
)
def test_export_refuses_unknown_columns_and_kinds(fields: dict[str, Any]) -> None:
    assert problems(request_schema(operation("time_entry.export")), export_body(**fields)) != []


# --- several services in one call -------------------------------------------------------------------------


def batch() -> Operation:
    (found,) = [op for op in iter_operations(spec()) if op.path == BATCH_PATH]
    return found


def test_a_batch_is_described_as_its_own_operation_behind_the_same_url() -> None:
    op = batch()
    assert (op.method, op.wire_path, op.rpc) == ("post", "/api/v2", None)
    assert op.definition["x-rpc"] == {"batch": {"in": "body", "name": "services"}}
    assert "pipedream" in op.definition["x-evidence"]["source"].lower()


def test_a_batch_carries_the_calls_bodies_and_answers_an_array_in_their_places() -> None:
    schema = request_schema(batch())
    calls = [{"service": "group.tree"}, {"service": "custom_field.list"}]
    assert problems(schema, {"services": calls}) == []  # as the report-options integration sends it
    assert problems(schema, {"services": []}) != []
    assert problems(schema, {"services": calls * 10}) == []
    assert problems(schema, {"services": [*calls * 10, calls[0]]}) != [], "at most 20 calls"
    assert problems(schema, {"services": [{"id": 1}]}) != [], "each call names its service"
    assert problems(schema, {"service": "group.tree", "services": calls}) != []
    answers = [
        {"status": "ok", "groups": []},
        {"status": "error", "message": "no project has the id 9"},
        {"customFields": []},
    ]
    assert problems(answer_schema(batch()), answers) == []
    assert problems(answer_schema(batch()), {"status": "error", "message": "invalid API token"}) == []
    assert problems(answer_schema(batch()), [{"status": "error"}]) != []


def test_only_the_batch_form_of_x_rpc_spares_an_operation_a_selector() -> None:
    document = copy.deepcopy(dict(spec()))
    assert list(rpc_selectors_declared(document)) == []
    document["paths"][BATCH_PATH]["post"]["x-rpc"] = {}
    assert [pointer for pointer, *_ in rpc_selectors_declared(document)] == [batch().pointer]
