"""The 5pm client reads what the service may send: the recorded 5pm bodies (tests/data/fivepm/samples).

Those bodies carry numbers and flags as strings, empty fields as ``{}`` and names as
``{"_cdata": ...}``. They are grade D (placeholder values), so each placeholder is replaced by a
valid value of the field's spec type, written in the sample's own JSON form (a string stays a
string, a number a number, ``{}`` and ``_cdata`` wrappers stay). The generated client must parse
each into its models, and what it read must be what the spec describes.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import re
from collections.abc import Callable, Iterator, Mapping
from types import ModuleType
from typing import Any

import fivepm_client.api
import httpx
import pytest
from fivepm_client import connect
from fivepm_client.models import TaskInput, TaskUpdate

from apikit.load import load_document
from apikit.project import Project
from apikit.spec import Operation, iter_operations, resolve, schema_validator
from apikit.xmlcodec import effective_schema, schema_types
from tests.support import ROOT, recorded_samples

API_PREFIX = "/api/v2"
BASE_URL = "https://demo.5pmweb.com/api/v2"
SESSION = "s3ss10n"
TEXT_KEYS = ("_cdata", "_text")
ARGUMENTS: dict[str, dict[str, Any]] = {
    "tasksAdd": {"task": TaskInput(name="Write copy", project_id=1)},
    "tasksUpdate": {"task": TaskUpdate(id=1)},
    "tasksGetById": {"id": 1},
}
DATE_TIME = "2024-03-04 09:30:00"


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    return load_document(Project(ROOT).spec_path("fivepm")).document


def operation_for(spec: Mapping[str, Any], sample: Mapping[str, Any]) -> Operation:
    route = (sample["operation"]["method"].lower(), sample["operation"]["path"].removeprefix(API_PREFIX))
    return next(op for op in iter_operations(spec) if (op.method, op.path) == route)


def generated_function(operation_id: str) -> ModuleType:
    wanted = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", operation_id).lower()
    for info in pkgutil.walk_packages(fivepm_client.api.__path__, "fivepm_client.api."):
        if info.name.rsplit(".", 1)[-1] == wanted:
            return importlib.import_module(info.name)
    raise LookupError(operation_id)


# --- placeholders to values of the field's type, in the sample's JSON form ------------------------------


def valid_value(spec: Mapping[str, Any], schema: Any) -> Any:
    shape = effective_schema(spec, schema)
    if "enum" in shape:
        return shape["enum"][0]
    kinds = [kind for kind in schema_types(shape) if kind != "null"] or ["string"]
    pattern = str(shape.get("pattern", ""))
    return {
        "integer": max(int(shape.get("minimum", 1)), 1),
        "number": 2.5,
        "boolean": True,
        "string": DATE_TIME if r"\d{4}" in pattern else ("42" if "[0-9]" in pattern else "Ava Chen"),
    }[kinds[0]]


def as_sent(value: Any, placeholder: Any) -> Any:
    """``value`` in the JSON form the placeholder has: text for a string, else a number."""
    if isinstance(placeholder, str):
        return ("1" if value else "0") if isinstance(value, bool) else str(value)
    return int(value) if isinstance(value, bool) else value


def filled(spec: Mapping[str, Any], body: Any, schema: Any) -> Any:
    shape = effective_schema(spec, schema)
    if isinstance(body, Mapping) and len(body) == 1 and next(iter(body)) in TEXT_KEYS:
        key = next(iter(body))
        return {key: as_sent(valid_value(spec, schema), body[key])}
    if isinstance(body, Mapping):
        properties = shape.get("properties", {})
        return {key: filled(spec, value, properties.get(key, {})) for key, value in body.items()}
    if isinstance(body, list):
        return [filled(spec, item, shape.get("items", {})) for item in body]
    return as_sent(valid_value(spec, schema), body)


def serving(body: Any) -> Callable[[httpx.Request], httpx.Response]:
    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/authentication/signIn"):
            return httpx.Response(200, json={"data": {"sessionId": SESSION}})
        assert request.url.params["sessionId"] == SESSION
        return httpx.Response(
            200, content=json.dumps(body).encode(), headers={"content-type": "application/json"}
        )

    return answer


def empty_fields(body: Any, where: str = "") -> Iterator[str]:
    if isinstance(body, Mapping):
        for key, value in body.items():
            if value == {}:
                yield f"{where}/{key}"
            else:
                yield from empty_fields(value, f"{where}/{key}")


def test_every_recorded_body_is_sent_in_text_forms() -> None:
    """The premise: the recorded bodies carry strings where the spec has numbers and flags, and {}."""
    texts = {name: json.dumps(sample["body"]) for name, sample in recorded_samples("fivepm")}
    assert len(texts) == 5
    assert all('"id": "string"' in text for text in texts.values())
    assert all("{}" in text for name, text in texts.items() if "tasks" in name)
    assert all('"_cdata"' in text for name, text in texts.items() if "get" in name and "tasks" not in name)


@pytest.mark.parametrize("name", [name for name, _ in recorded_samples("fivepm")])
def test_the_client_reads_each_recorded_body_as_the_spec_types_it(name: str, spec: dict[str, Any]) -> None:
    sample = dict(recorded_samples("fivepm"))[name]
    op = operation_for(spec, sample)
    schema = resolve(spec, op.definition["responses"]["200"])["content"]["application/json"]["schema"]
    body = filled(spec, sample["body"], schema)
    function = generated_function(op.operation_id)
    with connect(
        BASE_URL, "ava@example.com", "pw", httpx_args={"transport": httpx.MockTransport(serving(body))}
    ) as client:
        parsed = function.sync(client=client, **ARGUMENTS.get(op.operation_id, {}))
    read = parsed.to_dict()
    schema_validator(spec, schema).validate(read)  # numbers, flags, null and names as the spec says
    for pointer in empty_fields(sample["body"]):
        node: Any = read
        for key in pointer.strip("/").split("/"):
            node = node[key]
        assert node in (None, "", {}), (pointer, node)  # an empty element, read as the field's "none"


def test_the_client_spells_both_bracket_levels_of_files() -> None:
    """files[N][field] nests two levels (x-bracket-nesting: 2): the client sends each in brackets."""
    from fivepm_client.api.files import activity_attach_files
    from fivepm_client.models import FileUpload, FileUploadList

    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return serving({"data": {"status": "1"}})(request)

    upload = FileUploadList()
    upload["1"] = FileUpload(name="a.txt", content="YQ==")
    transport = httpx.MockTransport(answer)
    with connect(BASE_URL, "ava@example.com", "pw", httpx_args={"transport": transport}) as client:
        result = activity_attach_files.sync(client=client, activity_id=3, files=upload)
    assert result is not None and result.data.status is True  # type: ignore[union-attr]
    params = sent[-1].url.params
    assert (params["files[1][name]"], params["files[1][content]"], params["activityId"]) == (
        "a.txt",
        "YQ==",
        "3",
    )


def test_keys_a_service_keeps_inventing_do_not_grow_the_client() -> None:
    """What the client learns per key is bounded: a service sending ever new keys gets each read
    as it came, and the declared fields are still read in their text forms once the bound is hit."""
    from fivepm_client.lib import wire
    from fivepm_client.models import Project

    invented = {f"extra{number}": str(number) for number in range(wire._MAX_PLANNED_KEYS * 2)}
    read = wire.relaxed(Project, {"ownerId": "7", "name": {"_cdata": "Site"}, **invented})
    assert (read["ownerId"], read["name"]) == (7, "Site")
    assert all(read[key] == value for key, value in invented.items())  # undeclared: as they came
    assert len(wire._plan(Project)) <= wire._MAX_PLANNED_KEYS
    again = wire.relaxed(Project, {"groupId": {}, "hidden": "1", "brandNewKey": {"_cdata": "x"}})
    assert again == {"groupId": None, "hidden": True, "brandNewKey": {"_cdata": "x"}}
