"""OpenAPI 3.0 read as 3.1 (apikit.convert): each rule on its own, every place a schema can be, and a
published 3.0 spec, dropped unedited into a project, built into a strictly typed client and mocked."""

from __future__ import annotations

import copy
import hashlib
import textwrap
from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import TestClient

from apikit.convert import Change, UnsupportedVersion, convert_schema, convert_to_31, openapi_version
from apikit.mock import create_app
from apikit.project import Project, client_package_name
from tests.support import DATA, build_project, mypy_strict, project_of_specs, verify_running_mock

PETSTORE = DATA / "specs" / "petstore-expanded"
PETSTORE_SHA256 = "b1633b6309c065c43d56be7c659b0f2c4be03be5a4013b7c3f74b32bd33f62eb"
NULL = {"type": "null"}
OWNER_REF = {"$ref": "#/components/schemas/Owner"}


def converted(schema: dict[str, Any]) -> dict[str, Any]:
    """One 3.0 schema as 3.1 (a copy; the rules do not look beyond the schema itself)."""
    result = copy.deepcopy(schema)
    convert_schema(result, "/s")
    return result


# --- each rule, before and after ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("before", "after"),
    [
        pytest.param(
            {"type": "string", "nullable": True, "maxLength": 3},
            {"type": ["string", "null"], "maxLength": 3},
            id="plain type",
        ),
        pytest.param(
            {"type": "object", "nullable": True, "properties": {"a": {"type": "integer"}}},
            {"type": ["object", "null"], "properties": {"a": {"type": "integer"}}},
            id="object",
        ),
        pytest.param(
            {"$ref": "#/components/schemas/Owner", "nullable": True},
            {"anyOf": [OWNER_REF, NULL]},
            id="$ref",
        ),
        pytest.param(
            {"allOf": [OWNER_REF], "nullable": True, "description": "who", "x-note": 1},
            {"description": "who", "x-note": 1, "anyOf": [{"allOf": [OWNER_REF]}, NULL]},
            id="allOf, annotations stay outside",
        ),
        pytest.param(
            {"oneOf": [{"type": "integer"}, {"type": "string"}], "nullable": True},
            {"anyOf": [{"oneOf": [{"type": "integer"}, {"type": "string"}]}, NULL]},
            id="oneOf",
        ),
        pytest.param(
            {"enum": ["a", "b"], "nullable": True},
            {"enum": ["a", "b", None]},
            id="enum alone",
        ),
        pytest.param(
            {"type": "string", "enum": ["a", "b"], "nullable": True, "default": "a"},
            {"default": "a", "anyOf": [{"type": "string", "enum": ["a", "b"]}, NULL]},
            id="typed enum",
        ),
        pytest.param(
            {"nullable": True, "description": "anything"}, {"description": "anything"}, id="untyped"
        ),
        pytest.param(
            {"type": "string", "nullable": False}, {"type": "string", "nullable": False}, id="false"
        ),
        pytest.param({"type": "string", "x-nullable": True}, {"type": "string", "x-nullable": True}, id="x-"),
    ],
)
def test_nullable(before: dict[str, Any], after: dict[str, Any]) -> None:
    assert converted(before) == after


@pytest.mark.parametrize(
    ("before", "after"),
    [
        pytest.param(
            {"type": "number", "minimum": 0, "exclusiveMinimum": True},
            {"type": "number", "exclusiveMinimum": 0},
            id="exclusive minimum",
        ),
        pytest.param(
            {"type": "integer", "maximum": 10, "exclusiveMaximum": True, "minimum": 1},
            {"type": "integer", "exclusiveMaximum": 10, "minimum": 1},
            id="exclusive maximum, other bound kept",
        ),
        pytest.param(
            {"type": "integer", "minimum": 1, "exclusiveMinimum": False},
            {"type": "integer", "minimum": 1},
            id="false: inclusive",
        ),
        pytest.param({"type": "integer", "exclusiveMaximum": True}, {"type": "integer"}, id="true, no bound"),
        pytest.param(
            {"type": "integer", "exclusiveMinimum": 3},
            {"type": "integer", "exclusiveMinimum": 3},
            id="number",
        ),
    ],
)
def test_exclusive_bounds(before: dict[str, Any], after: dict[str, Any]) -> None:
    assert converted(before) == after


@pytest.mark.parametrize(
    ("before", "after"),
    [
        pytest.param(
            {"type": "string", "example": "Rex"}, {"type": "string", "examples": ["Rex"]}, id="example"
        ),
        pytest.param({"type": "string", "example": None}, {"type": "string", "examples": [None]}, id="null"),
        pytest.param(
            {"type": "string", "example": "a", "examples": ["b"]},
            {"type": "string", "examples": ["a", "b"]},
            id="joins examples",
        ),
    ],
)
def test_schema_example_becomes_examples(before: dict[str, Any], after: dict[str, Any]) -> None:
    assert converted(before) == after


@pytest.mark.parametrize(
    ("before", "after"),
    [
        pytest.param(
            {"type": "string", "format": "binary"},
            {"type": "string", "format": "binary", "contentMediaType": "application/octet-stream"},
            id="binary",
        ),
        pytest.param(
            {"type": "string", "format": "byte"},
            {"type": "string", "format": "byte", "contentEncoding": "base64"},
            id="byte",
        ),
        pytest.param(
            {"type": "string", "format": "binary", "contentMediaType": "image/png"},
            {"type": "string", "format": "binary", "contentMediaType": "image/png"},
            id="own media type kept",
        ),
        pytest.param(
            {"type": "integer", "format": "byte"}, {"type": "integer", "format": "byte"}, id="not a string"
        ),
    ],
)
def test_binary_strings_get_the_content_keywords(before: dict[str, Any], after: dict[str, Any]) -> None:
    assert converted(before) == after


def test_rules_combine_on_one_schema() -> None:
    before = {"type": "integer", "minimum": 0, "exclusiveMinimum": True, "example": 3, "nullable": True}
    after = {"type": ["integer", "null"], "exclusiveMinimum": 0, "examples": [3]}
    assert converted(before) == after


def test_every_change_is_listed_with_its_pointer() -> None:
    document = spec_30({"A": {"type": "string", "nullable": True, "example": "x"}})
    changes = convert_to_31(document).changes
    assert Change("/openapi", "3.0.3 -> 3.1.0") in changes
    assert [str(c) for c in changes if c.pointer == "/components/schemas/A"] == [
        "/components/schemas/A: `example` -> `examples: [example]`",
        "/components/schemas/A: `nullable: true` -> `type: ['string', 'null']`",
    ]


# --- the document: every place a schema can be, what is not a schema, versions ----------------------------


def spec_30(schemas: dict[str, Any] | None = None, **more: Any) -> dict[str, Any]:
    return {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": more.pop("paths", {}),
        "components": {"schemas": schemas or {}, **more},
    }


NULLABLE = {"type": "string", "nullable": True}
DONE = {"type": ["string", "null"]}
PARAMETER = {"name": "p", "in": "query", "schema": NULLABLE}
CONTENT = {"application/json": {"schema": NULLABLE}}


def operation(**parts: Any) -> dict[str, Any]:
    return {"responses": {"200": {"description": "ok"}}, **parts}


LOCATIONS: dict[str, tuple[dict[str, Any], str]] = {
    "component": (spec_30({"S": NULLABLE}), "/components/schemas/S"),
    "property": (spec_30({"S": {"properties": {"a": NULLABLE}}}), "/components/schemas/S/properties/a"),
    "items": (spec_30({"S": {"type": "array", "items": NULLABLE}}), "/components/schemas/S/items"),
    "additionalProperties": (
        spec_30({"S": {"additionalProperties": NULLABLE}}),
        "/components/schemas/S/additionalProperties",
    ),
    "patternProperties": (
        spec_30({"S": {"patternProperties": {"^a": NULLABLE}}}),
        "/components/schemas/S/patternProperties/^a",
    ),
    "allOf": (spec_30({"S": {"allOf": [NULLABLE]}}), "/components/schemas/S/allOf/0"),
    "anyOf": (spec_30({"S": {"anyOf": [{"type": "integer"}, NULLABLE]}}), "/components/schemas/S/anyOf/1"),
    "oneOf": (spec_30({"S": {"oneOf": [NULLABLE]}}), "/components/schemas/S/oneOf/0"),
    "not": (spec_30({"S": {"not": NULLABLE}}), "/components/schemas/S/not"),
    "deeply nested": (
        spec_30({"S": {"properties": {"a": {"items": {"allOf": [{"properties": {"b": NULLABLE}}]}}}}}),
        "/components/schemas/S/properties/a/items/allOf/0/properties/b",
    ),
    "path parameter": (
        spec_30(paths={"/a": {"parameters": [PARAMETER], "get": operation()}}),
        "/paths/~1a/parameters/0/schema",
    ),
    "operation parameter": (
        spec_30(paths={"/a": {"get": operation(parameters=[PARAMETER])}}),
        "/paths/~1a/get/parameters/0/schema",
    ),
    "parameter content": (
        spec_30(
            paths={"/a": {"get": operation(parameters=[{"name": "p", "in": "query", "content": CONTENT}])}}
        ),
        "/paths/~1a/get/parameters/0/content/application~1json/schema",
    ),
    "request body": (
        spec_30(paths={"/a": {"post": operation(requestBody={"content": CONTENT})}}),
        "/paths/~1a/post/requestBody/content/application~1json/schema",
    ),
    "response": (
        spec_30(paths={"/a": {"get": {"responses": {"200": {"description": "ok", "content": CONTENT}}}}}),
        "/paths/~1a/get/responses/200/content/application~1json/schema",
    ),
    "response header": (
        spec_30(
            paths={
                "/a": {"get": {"responses": {"200": {"description": "ok", "headers": {"x-n": PARAMETER}}}}}
            }
        ),
        "/paths/~1a/get/responses/200/headers/x-n/schema",
    ),
    "encoding header": (
        spec_30(
            paths={
                "/a": {
                    "post": operation(
                        requestBody={
                            "content": {
                                "multipart/form-data": {
                                    "schema": {"type": "object"},
                                    "encoding": {"f": {"headers": {"X-Part": {"schema": NULLABLE}}}},
                                }
                            }
                        }
                    )
                }
            }
        ),
        "/paths/~1a/post/requestBody/content/multipart~1form-data/encoding/f/headers/X-Part/schema",
    ),
    "callback": (
        spec_30(
            paths={
                "/a": {
                    "post": operation(
                        callbacks={
                            "done": {
                                "{$request.body#/url}": {"post": operation(requestBody={"content": CONTENT})}
                            }
                        }
                    )
                }
            }
        ),
        "/paths/~1a/post/callbacks/done/{$request.body#~1url}/post/requestBody/content/application~1json/schema",
    ),
    "components parameter": (spec_30(parameters={"P": PARAMETER}), "/components/parameters/P/schema"),
    "components header": (spec_30(headers={"H": {"schema": NULLABLE}}), "/components/headers/H/schema"),
    "components request body": (
        spec_30(requestBodies={"B": {"content": CONTENT}}),
        "/components/requestBodies/B/content/application~1json/schema",
    ),
    "components response": (
        spec_30(responses={"R": {"description": "r", "content": CONTENT}}),
        "/components/responses/R/content/application~1json/schema",
    ),
    "components callback": (
        spec_30(callbacks={"C": {"{$url}": {"post": operation(requestBody={"content": CONTENT})}}}),
        "/components/callbacks/C/{$url}/post/requestBody/content/application~1json/schema",
    ),
}


@pytest.mark.parametrize("location", LOCATIONS)
def test_every_place_a_schema_can_be_is_converted(location: str) -> None:
    document, pointer = LOCATIONS[location]
    result = convert_to_31(document)
    assert result.document["openapi"] == "3.1.0"
    assert at(result.document, pointer) == DONE
    assert at(document, pointer) == NULLABLE, "the input is left as it was"
    assert any(change.pointer == pointer for change in result.changes)


def at(document: Any, pointer: str) -> Any:
    for token in pointer.split("/")[1:]:
        token = token.replace("~1", "/").replace("~0", "~")
        document = document[int(token)] if isinstance(document, list) else document[token]
    return document


def test_what_is_not_a_schema_stays() -> None:
    """Extensions, example data, a property called ``nullable`` and media-type and parameter
    ``example`` are not schemas' keywords, so none of them is touched."""
    document = spec_30(
        {
            "S": {
                "type": "object",
                "properties": {"nullable": {"type": "boolean"}, "example": {"type": "string"}},
                "default": {"nullable": True, "example": 1},
                "x-model": {"type": "string", "nullable": True},
            }
        },
        paths={
            "/a": {
                "get": {
                    "parameters": [
                        {"name": "p", "in": "query", "schema": {"type": "string"}, "example": "x"}
                    ],
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {"application/json": {"schema": {"type": "string"}, "example": "y"}},
                        }
                    },
                    "x-extra": {"schema": {"type": "string", "nullable": True}},
                }
            }
        },
    )
    result = convert_to_31(document).document
    assert result["components"] == document["components"]
    assert result["paths"] == document["paths"]


def test_a_31_document_passes_through_unchanged() -> None:
    document = {**spec_30({"S": NULLABLE}), "openapi": "3.1.0"}
    result = convert_to_31(document)
    assert result.document is document and result.changes == ()


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        ({"swagger": "2.0"}, r"Swagger 2.0 \(OpenAPI 2\) document.*convert it to OpenAPI 3 first"),
        ({"openapi": "3.2.0"}, "OpenAPI 3.2.0 is not a version apikit reads.*write the spec as OpenAPI 3.1"),
        ({"openapi": "2.0"}, "OpenAPI 2.0 is not a version apikit reads"),
        ({"openapi": 3.1}, "must name the version as a string, found 3.1.*write `openapi: 3.1.0`"),
        ({"info": {}}, "found nothing"),
    ],
)
def test_other_versions_are_refused_with_the_fix(document: dict[str, Any], expected: str) -> None:
    with pytest.raises(UnsupportedVersion, match=expected):
        openapi_version(document)


# --- a published 3.0 spec, unedited, becomes a client and a mock --------------------------------------------

KINDS = """
openapi: 3.0.3
info: {title: Kinds, version: '1', description: Every 3.0 way of saying null or binary.}
tags: [{name: files}]
paths:
  /files:
    post:
      operationId: uploadFile
      summary: Upload a file
      description: A file and its checksum.
      tags: [files]
      requestBody:
        required: true
        content:
          multipart/form-data:
            schema:
              type: object
              required: [file]
              properties:
                file: {type: string, format: binary}
                checksum: {type: string, format: byte}
      responses:
        '200':
          description: Stored.
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Stored'}
        '400': {description: Refused.}
components:
  schemas:
    Owner:
      type: object
      properties:
        name: {type: string}
    Stored:
      type: object
      required: [owner, shade, size]
      properties:
        owner: {$ref: '#/components/schemas/Owner', nullable: true}
        shade: {type: string, enum: [light, dark], nullable: true}
        size: {type: integer, minimum: 0, exclusiveMinimum: true, example: 3}
"""


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Project, str]:
    """A new project holding the OAI petstore (as published) and a 3.0 spec of every nullable and
    binary kind, built once as a user would: ``apikit build``."""
    kinds = tmp_path_factory.mktemp("kinds")
    (kinds / "openapi.yaml").write_text(textwrap.dedent(KINDS), encoding="utf-8")
    project = project_of_specs(tmp_path_factory.mktemp("project"), {"petstore": PETSTORE, "kinds": kinds})
    return project, build_project(project)


def test_the_petstore_is_the_published_file() -> None:
    assert hashlib.sha256((PETSTORE / "openapi.yaml").read_bytes()).hexdigest() == PETSTORE_SHA256


def test_a_30_spec_builds_with_its_conversion_reported(built: tuple[Project, str]) -> None:
    project, output = built
    assert "petstore: OpenAPI 3.0.0 converted to 3.1.0" in output
    assert "kinds: OpenAPI 3.0.3 converted to 3.1.0" in output
    assert "operation addPet has no summary" in output, "the house rules warn, and the build goes on"
    for api in ("petstore", "kinds"):
        assert (project.client_dir(api) / client_package_name(api) / "client.py").is_file()
        assert (project.site_dir / api / "index.html").is_file()


@pytest.mark.parametrize("api", ["petstore", "kinds"])
def test_the_client_of_a_30_spec_passes_mypy_strict(
    built: tuple[Project, str], api: str, mypy_cache: Path
) -> None:
    assert mypy_strict(built[0], api, mypy_cache) == ""


def test_converted_nullable_and_binary_make_the_client_types_a_user_expects(
    built: tuple[Project, str],
) -> None:
    models = built[0].client_dir("kinds") / "kinds_client" / "models"
    upload = (models / "upload_file_body.py").read_text(encoding="utf-8")
    stored = (models / "stored.py").read_text(encoding="utf-8")
    assert "    file: File\n" in upload, "format: binary is still a file upload"
    assert "    owner: None | Owner\n" in stored
    assert "    shade: None | StoredShadeType0\n" in stored, "one enum class, optional"


def test_the_spec_only_mock_serves_the_30_petstore(built: tuple[Project, str]) -> None:
    client = TestClient(create_app("petstore", built[0]))  # the spec's server URL ends in /v2
    created = client.post("/v2/pets", json={"name": "Rex", "tag": "dog"})
    assert created.status_code == 200, created.text
    pet = created.json()
    assert pet["name"] == "Rex" and isinstance(pet["id"], int)
    read = client.get(f"/v2/pets/{pet['id']}")
    assert read.status_code == 200 and read.json() == pet
    assert client.post("/v2/pets", json={"tag": "no name"}).status_code == 400


def test_apikit_verify_passes_against_the_spec_only_mock_of_the_30_petstore(
    built: tuple[Project, str],
) -> None:
    summary = verify_running_mock("petstore", 10, root=built[0].root)
    assert "Stateful" in summary, "the links inferred between create, read and delete are walked"


def test_the_mock_holds_requests_to_the_converted_schemas(tmp_path: Path) -> None:
    """``exclusiveMinimum: true`` is enforced as the exclusive bound it was in 3.0, and a nullable
    property takes null."""
    folder = tmp_path / "kinds"
    folder.mkdir()
    (folder / "openapi.yaml").write_text(
        textwrap.dedent(
            """
            openapi: 3.0.3
            info: {title: t, version: '1'}
            paths:
              /things:
                post:
                  operationId: createThing
                  requestBody:
                    required: true
                    content:
                      application/json:
                        schema: {$ref: '#/components/schemas/Thing'}
                  responses:
                    '201':
                      description: made
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/Thing'}
            components:
              schemas:
                Thing:
                  type: object
                  required: [size]
                  properties:
                    id: {type: integer}
                    size: {type: integer, minimum: 0, exclusiveMinimum: true}
                    note: {type: string, nullable: true}
            """
        ),
        encoding="utf-8",
    )
    client = TestClient(create_app("kinds", project_of_specs(tmp_path / "project", {"kinds": folder})))
    assert client.post("/things", json={"size": 1, "note": None}).status_code == 201
    refused = client.post("/things", json={"size": 0})
    assert refused.status_code == 400 and "exclusiveMinimum" in refused.text
