"""The validate stage: every committed spec passes, and each rule catches what it is for."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

from apikit.checks import validate_api
from apikit.cli import main
from apikit.load import LoadError, load_document, load_spec
from apikit.policy import rule_severities
from apikit.project import Project
from apikit.validate import RULES, validate_document

GOOD: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "t", "version": "1"},
    "tags": [{"name": "things"}],
    "paths": {
        "/things": {
            "get": {
                "operationId": "thingsList",
                "summary": "List things",
                "description": "All things.",
                "tags": ["things"],
                "parameters": [{"name": "n", "in": "query", "schema": {"type": "integer"}, "example": 3}],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}},
                    },
                    "404": {"description": "missing"},
                },
            }
        }
    },
    "components": {
        "schemas": {
            "Thing": {
                "type": "object",
                "properties": {"id": {"type": "integer"}, "name": {"type": "string"}},
                "examples": [{"id": 1, "name": "a"}],
            }
        }
    },
}


def problems_of(tmp_path: Path, document: dict[str, Any]) -> list[str]:
    path = tmp_path / "openapi.yaml"
    path.write_text(yaml.safe_dump(document, sort_keys=False))
    return [str(p) for p in validate_document(load_document(path))]


def broken(change: str) -> dict[str, Any]:
    document = copy.deepcopy(GOOD)
    operation = document["paths"]["/things"]["get"]
    thing = document["components"]["schemas"]["Thing"]
    if change == "no-summary":
        del operation["summary"]
    elif change == "no-tags":
        del operation["tags"]
    elif change == "no-error":
        del operation["responses"]["404"]
    elif change == "untyped":
        thing["properties"]["name"] = {"description": "no type"}
    elif change == "bad-example":
        thing["examples"] = [{"id": "one"}]
    elif change == "bad-param-example":
        operation["parameters"][0]["example"] = "three"
    elif change == "duplicate-id":
        document["paths"]["/other"] = {"get": copy.deepcopy(operation)}
    return document


def test_good_spec_has_no_problems(tmp_path: Path) -> None:
    assert problems_of(tmp_path, GOOD) == []


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ("no-summary", "has no summary; add a summary"),
        ("no-tags", "has no tag"),
        ("no-error", "documents no error response"),
        ("untyped", "property 'name' has no type"),
        ("bad-example", "example is not valid against its schema at /id"),
        ("bad-param-example", "example is not valid"),
        ("duplicate-id", "'thingsList'"),
    ],
)
def test_each_rule_reports_file_line_pointer_and_fix(tmp_path: Path, change: str, expected: str) -> None:
    problems = problems_of(tmp_path, broken(change))
    assert any(expected in p for p in problems), problems
    assert all(p.startswith(f"{tmp_path / 'openapi.yaml'}:") for p in problems), problems
    assert all("(/" in p for p in problems), "every problem names a JSON pointer"


def test_openapi_schema_errors_come_first(tmp_path: Path) -> None:
    document = copy.deepcopy(GOOD)
    document["paths"]["/things"]["get"]["responses"] = "nope"
    problems = problems_of(tmp_path, document)
    assert problems and "/paths/~1things/get/responses" in problems[0]


def test_yaml_syntax_error_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "openapi.yaml"
    path.write_text("openapi: 3.1.0\ninfo: [unclosed\n")
    with pytest.raises(LoadError, match=r"openapi.yaml:\d+: invalid YAML"):
        load_document(path)


@pytest.mark.parametrize("api", Project(Path(__file__).resolve().parents[1]).api_names())
def test_committed_specs_keep_every_rule_as_an_error(project: Project, api: str) -> None:
    """The bundled specs are held to every rule at error level (this project's pyproject.toml), and
    pass: no problem at all, not even a warning, also with every rule at error explicitly."""
    assert rule_severities(project, api) == {rule.id: "error" for rule in RULES}
    assert validate_api(project, api) == []
    every_rule_an_error = {rule.id: "error" for rule in RULES}
    assert validate_document(load_spec(project.spec_path(api)), every_rule_an_error) == []


@pytest.mark.parametrize(
    ("change", "rule", "severity"),
    [
        ("no-summary", "operation-summary", "warning"),
        ("no-tags", "operation-tags", "warning"),
        ("no-error", "error-response", "warning"),
        ("untyped", "typed-properties", "warning"),
        ("bad-example", "valid-examples", "error"),
        ("duplicate-id", "openapi-schema", "error"),  # OpenAPI itself asks for unique operationIds
    ],
)
def test_each_problem_names_its_rule_and_default_severity(
    tmp_path: Path, change: str, rule: str, severity: str
) -> None:
    problems = problems_of(tmp_path, broken(change))
    assert any(f": {severity} [{rule}]: " in p for p in problems), problems


DEEP_SCHEMA_ERROR = """\
openapi: 3.1.0
info: {title: t, version: '1'}
paths:
  /things:
    get:
      operationId: thingsList
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Thing'}
components:
  schemas:
    Thing:
      type: object
      properties:
        id:
          type: integr
"""


def test_a_deep_schema_error_is_one_line_at_its_own_line_and_pointer(tmp_path: Path) -> None:
    """openapi-spec-validator checks each schema on its own, with paths relative to it; the problem
    is still placed at the node, where the schema is written (not where a $ref reaches it)."""
    path = tmp_path / "openapi.yaml"
    path.write_text(DEEP_SCHEMA_ERROR)
    problems = [str(p) for p in validate_document(load_document(path))]
    assert problems == [
        f"{path}:19 (/components/schemas/Thing/properties/id/type): error [openapi-schema]: 'integr' is not "
        "valid under any of the given schemas; make it match the OpenAPI 3.1 schema"
    ]


def test_a_schema_error_in_a_referenced_file_names_that_file(tmp_path: Path) -> None:
    (tmp_path / "schemas.yaml").write_text("Thing:\n  type: object\n  properties:\n    id: {type: integr}\n")
    spec = DEEP_SCHEMA_ERROR.split("components:")[0].replace(
        "'#/components/schemas/Thing'", "schemas.yaml#/Thing"
    )
    (tmp_path / "openapi.yaml").write_text(spec)
    problems = [str(p) for p in validate_document(load_spec(tmp_path / "openapi.yaml"))]
    assert len(problems) == 1 and "\n" not in problems[0]
    assert problems[0].startswith(f"{tmp_path / 'schemas.yaml'}:4 ("), problems
    assert "/properties/id/type): error [openapi-schema]: 'integr' is not valid" in problems[0]


def test_a_schema_error_that_validators_spread_over_lines_is_one_line(tmp_path: Path) -> None:
    document = copy.deepcopy(GOOD)
    document["paths"]["/things"]["get"]["parameters"][0]["in"] = "querry"
    problems = problems_of(tmp_path, document)
    assert len(problems) == 1 and "\n" not in problems[0], problems
    assert "(/paths/~1things/get/parameters/0/in): error [openapi-schema]: " in problems[0]
    assert '"querry" is not one of' in problems[0]


def test_cli_exit_code(tmp_path: Path) -> None:
    """1 on an error; a warning is shown, and is no failure."""
    for name, document in {
        "broken": broken("bad-example"),
        "untagged": broken("no-tags"),
        "fine": GOOD,
    }.items():
        (tmp_path / "specs" / name).mkdir(parents=True)
        (tmp_path / "specs" / name / "openapi.yaml").write_text(yaml.safe_dump(document))
    runner = CliRunner()
    assert runner.invoke(main, ["--root", str(tmp_path), "validate", "fine"]).exit_code == 0
    result = runner.invoke(main, ["--root", str(tmp_path), "validate", "broken"])
    assert result.exit_code == 1
    assert "error [valid-examples]" in result.output and "broken: 1 error(s)" in result.output
    result = runner.invoke(main, ["--root", str(tmp_path), "validate", "untagged"])
    assert result.exit_code == 0
    assert "warning [operation-tags]" in result.output and "has no tag" in result.output
    unknown = runner.invoke(main, ["--root", str(tmp_path), "validate", "nope"])
    assert unknown.exit_code == 1 and "known APIs: broken, fine, untagged" in unknown.output


def rpc_document(**changes: Any) -> dict[str, Any]:
    """Two actions behind one URL, chosen by a `service` body field (specs/CONVENTIONS.md)."""
    document = copy.deepcopy(GOOD)

    def action(name: str) -> dict[str, Any]:
        return {
            "operationId": f"thing{name.title()}",
            "summary": name,
            "description": name,
            "tags": ["things"],
            "x-rpc": {"selector": {"in": "body", "name": "service", "value": f"thing.{name}"}},
            "requestBody": {
                "required": True,
                "content": {
                    "application/json": {
                        "schema": {
                            "type": "object",
                            "required": ["service"],
                            "properties": {
                                "service": {
                                    "type": "string",
                                    "const": f"thing.{name}",
                                    "default": f"thing.{name}",
                                }
                            },
                        }
                    }
                },
            },
            "responses": {"200": {"description": "ok"}, "400": {"description": "bad"}},
        }

    document["paths"] = {f"/rpc#thing.{name}": {"post": action(name)} for name in ("add", "drop")}
    for pointer, value in changes.items():
        path, _, key = pointer.rpartition(".")
        node: Any = document["paths"]
        for part in path.split("|"):
            node = node[part]
        if value is None:
            del node[key]
        else:
            node[key] = value
    return document


def test_rpc_convention_is_valid(tmp_path: Path) -> None:
    assert problems_of(tmp_path, rpc_document()) == []


DROP_BODY = "/rpc#thing.drop|post|requestBody|content|application/json|schema"


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"/rpc#thing.drop|post.x-rpc": None}, "has no x-rpc selector"),
        (
            {"/rpc#thing.drop|post|x-rpc|selector.value": "thing.add"},
            "the path key's fragment #thing.drop differs from the selector value 'thing.add'",
        ),
        ({"/rpc#thing.drop|post|x-rpc|selector.in": "header"}, "x-rpc selector `in` is 'header'"),
        ({"/rpc#thing.drop|post|x-rpc|selector.name": "verb"}, "has no 'verb' to carry the selector"),
        (
            {f"{DROP_BODY}|properties|service.const": "x"},
            "'service' in the JSON request body does not enforce 'thing.drop'",
        ),
        (
            {f"{DROP_BODY}.required": []},
            "does not enforce",
        ),
    ],
)
def test_rpc_rule_catches_each_mistake(tmp_path: Path, change: dict[str, Any], expected: str) -> None:
    problems = problems_of(tmp_path, rpc_document(**change))
    assert any(expected in p for p in problems), problems


def test_rpc_selectors_must_differ_behind_one_url(tmp_path: Path) -> None:
    document = rpc_document()
    twin = copy.deepcopy(document["paths"]["/rpc#thing.add"]["post"])
    twin["operationId"] = "thingAddAgain"
    document["paths"]["/rpc#thing.again"] = {"post": twin}
    problems = problems_of(tmp_path, document)
    assert any("has the same selector as thingAdd" in p for p in problems), problems


def test_an_error_envelope_api_documents_errors_once(tmp_path: Path) -> None:
    document = rpc_document()
    for item in document["paths"].values():
        del item["post"]["responses"]["400"]
    assert any("documents no error response" in p for p in problems_of(tmp_path, document))
    document["x-error-envelope"] = {"property": "status", "value": "error", "message": "message"}
    assert problems_of(tmp_path, document) == []
