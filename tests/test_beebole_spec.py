"""The Beebole legacy API spec (specs/beebole/openapi.yaml) against the vendor's own material.

Beebole selects a service by the `service` field of a JSON body posted to one URL; the spec gives each
service its own operation under `/api/v2#<service>`. These tests hold the spec to:
- the project's lint (`apikit validate`);
- the list of services in the research notes (section 2.5): exactly one operation each, whose path
  fragment, `x-rpc` selector and body `service` const all name it;
- the request/response examples of seed 003 (not JSON as printed: `//` comments and `...` placeholders
  are stripped here), and the recorded samples, each against the operation it names. A sample the spec
  rejects on purpose must be quoted by an `x-errata` entry of that operation.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from apikit.load import load_document
from apikit.spec import Operation, iter_operations, resolve, schema_registry, schema_validator
from apikit.validate import validate_document
from tests.support import ROOT, SHARED

SPEC_PATH = ROOT / "specs" / "beebole" / "openapi.yaml"
SEED = SHARED / "seeds" / "003_bbef2b13e073df72.txt"
NOTES = SHARED / "research" / "fivepm-beebole-worksection.md"
SAMPLES = SHARED / "research" / "samples" / "beebole"


@cache
def spec() -> Mapping[str, Any]:
    return load_document(SPEC_PATH).document


@cache
def operations_by_service() -> dict[str, list[Operation]]:
    found: dict[str, list[Operation]] = {}
    for op in iter_operations(spec()):
        service = op.rpc.value if op.rpc else f"<no x-rpc at {op.path}>"
        found.setdefault(service, []).append(op)
    return found


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


# --- the research notes' list of services -------------------------------------------------------


def research_services() -> list[str]:
    """Every service in the tables of section 2.5, expanding `a.x / a.y` and `a.x / y` shorthands."""
    text = NOTES.read_text(encoding="utf-8")
    section = text[text.index("### 2.5 Services") : text.index("### 2.6")]
    services: list[str] = []
    for line in section.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if not line.startswith("|") or not re.fullmatch(r"[a-z_]+\.[a-z_]+( / [a-z_.]+)*", cells[0]):
            continue
        resource = cells[0].split(".", 1)[0]
        for name in (part.strip() for part in cells[0].split("/")):
            services.append(name if "." in name else f"{resource}.{name}")
    return services


def test_the_research_notes_list_116_services() -> None:
    services = research_services()
    assert len(services) == len(set(services)) == 116
    assert sum(s.startswith("project.") for s in services) == 23


def test_every_service_has_exactly_one_operation_and_nothing_else_is_there() -> None:
    expected = set(research_services())
    assert set(operations_by_service()) == expected
    assert all(len(ops) == 1 for ops in operations_by_service().values())


@pytest.mark.parametrize("service", research_services())
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


@pytest.mark.parametrize("service", research_services())
def test_every_answer_is_the_success_shape_or_the_error_envelope(service: str) -> None:
    op = operation(service)
    branches = answer_schema(op)["oneOf"]
    assert branches[1] == {"$ref": "#/components/schemas/ErrorEnvelope"} and len(branches) == 2
    success = resolve(spec(), branches[0])
    assert success["properties"]["status"] == {"$ref": "#/components/schemas/StatusOk"}
    assert "status" in success["required"]
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


# --- seed 003 -------------------------------------------------------------------------------------


def seed_examples() -> list[tuple[str, Any, Any]]:
    """(section title, request, response) for every Request/Response pair of the seed."""
    text = SEED.read_text(encoding="utf-8")
    pairs = []
    for match in re.finditer(r"^(?P<title>[^\n{}]+)\n\nRequest:\n", text, flags=re.MULTILINE):
        request_text, end = balanced_block(text, match.end())
        response_at = text.index("Response:", end) + len("Response:")
        response_text, _ = balanced_block(text, response_at)
        pairs.append((match["title"].strip(), loose_json(request_text), loose_json(response_text)))
    return pairs


def balanced_block(text: str, start: int) -> tuple[str, int]:
    """The `{...}` starting at the first brace at or after ``start``, and where it ends."""
    begin = text.index("{", start)
    depth = 0
    for index, char in code_characters(text, begin):
        if char in "{[":
            depth += 1
        elif char in "}]":
            depth -= 1
            if depth == 0:
                return text[begin : index + 1], index + 1
    raise ValueError(f"unbalanced block at {begin}")


def code_characters(text: str, start: int = 0) -> Iterator[tuple[int, str]]:
    """(index, char) of the characters outside JSON strings and outside `//` comments."""
    index, in_string = start, False
    while index < len(text):
        char = text[index]
        if in_string:
            if char == "\\":
                index += 1
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif text.startswith("//", index):
            index = text.find("\n", index)
            if index < 0:
                return
            continue
        else:
            yield index, char
        index += 1


def loose_json(text: str) -> Any:
    """Parse a vendor example: drop `//` comments and `...` placeholders outside strings, and the
    commas they leave dangling before a closing bracket."""
    out: list[str] = []
    index, in_string = 0, False
    while index < len(text):
        char = text[index]
        if in_string:
            out.append(text[index : index + 2] if char == "\\" else char)
            index += 2 if char == "\\" else 1
            in_string = char != '"'
            continue
        if text.startswith("//", index):
            index = text.find("\n", index) if "\n" in text[index:] else len(text)
            continue
        if text.startswith("...", index):
            index += 3
            continue
        if char in "]}":
            _drop_dangling_comma(out)
        in_string = char == '"'
        out.append(char)
        index += 1
    return json.loads("".join(out))


def _drop_dangling_comma(out: list[str]) -> None:
    while out and out[-1].isspace():
        out.pop()
    if out and out[-1] == ",":
        out.pop()


def test_loose_json_keeps_strings_and_drops_placeholders() -> None:
    parsed = loose_json('{"a": "x // y ...", // "a" note\n "b": [1, ...], "c": {"d": "q\\"", // more\n }}')
    assert parsed == {"a": "x // y ...", "b": [1], "c": {"d": 'q"'}}


def test_the_seed_has_one_example_pair_per_project_service() -> None:
    services = [request["service"] for _, request, _ in seed_examples()]
    assert len(services) == len(set(services)) == 23
    assert set(services) == {s for s in research_services() if s.startswith("project.")}


@pytest.mark.parametrize(
    ("title", "request_body", "response_body"), seed_examples(), ids=[t for t, _, _ in seed_examples()]
)
def test_seed_examples_fit_their_operation(title: str, request_body: Any, response_body: Any) -> None:
    op = operation(request_body["service"])
    assert problems(request_schema(op), request_body) == []
    assert problems(success_schema(op), response_body) == []


# --- recorded samples -----------------------------------------------------------------------------


def samples() -> list[tuple[str, Mapping[str, Any]]]:
    return [
        (path.name, json.loads(path.read_text(encoding="utf-8"))) for path in sorted(SAMPLES.glob("*.json"))
    ]


def errata_quotes(op: Operation) -> str:
    return " ".join(str(entry.get("documented", "")) for entry in op.definition.get("x-errata", []))


@pytest.mark.parametrize(("name", "sample"), samples(), ids=[name for name, _ in samples()])
def test_sample_fits_its_operation_or_is_quoted_as_a_correction(name: str, sample: Mapping[str, Any]) -> None:
    op = operation(sample["operation"]["service"])
    body = sample["body"]
    if sample["kind"] == "request":
        found = problems(request_schema(op), body)
    else:
        assert sample["http_status"] == 200
        found = problems(answer_schema(op), body)
        if not found:  # and it fits the branch its status names, not the other one by accident
            branch = answer_schema(op)["oneOf"][0 if body.get("status") == "ok" else 1]
            assert problems(branch, body) == []
    quoted = canonical(body) in errata_quotes(op)
    assert (found != []) == quoted, (
        f"{name} is quoted by an x-errata entry but fits the spec"
        if quoted
        else f"{name} does not fit {op.operation_id}: {found}"
    )


def test_samples_cover_every_service() -> None:
    assert {sample["operation"]["service"] for _, sample in samples()} == set(research_services())


def test_the_deliberately_rejected_samples_are_the_status_less_answers() -> None:
    rejected = {
        name
        for name, sample in samples()
        if canonical(sample["body"]) in errata_quotes(operation(sample["operation"]["service"]))
    }
    assert rejected == {
        "208-group-tree-response.json",
        "210-custom-field-list-response.json",
        "212-time-entry-get-entities-response-company.json",
        "214-time-entry-get-entities-response-project.json",
        "216-time-entry-get-tasks-response.json",
    }


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


def test_the_doc_slips_of_the_research_notes_are_corrected() -> None:
    ids = {entry["id"] for holder in errata_holders(spec()) for entry in holder["x-errata"]}
    assert {
        "beebole-examples-not-json",
        "beebole-group-delete-example-brace",
        "beebole-time-entry-create-suproject",
        "beebole-subproject-get-parent-id",
        "beebole-time-entry-create-date-echo",
    } <= ids


def test_open_questions_cover_the_research_notes() -> None:
    questions = " ".join(spec()["info"]["x-open-questions"])
    for topic in ("bad or missing token", "group.tree", "time_entry.list", "GraphQL", "optionality"):
        assert topic in questions


def test_examples_in_the_spec_are_invented_not_the_vendors() -> None:
    vendor_names = ("Le Carré", "Rosa Parks", "Salt Lake City", "jlcarr")
    text = Path(SPEC_PATH).read_text(encoding="utf-8")
    assert not [name for name in vendor_names if name in text]
