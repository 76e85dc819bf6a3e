"""The load stage reads YAML with JSON's data model (YAML 1.2's core schema), as OpenAPI asks; refuses a
key written twice; and gives every stage the spec as 3.1 (load_spec)."""

from __future__ import annotations

import json
import math
import re
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import apikit.load
from apikit.cli import main
from apikit.load import LoadError, load_document, load_spec
from apikit.overlay import OverlayError, load_overlay
from apikit.project import Project, ProjectError


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("2025-01-01", "2025-01-01"),  # a YAML 1.1 reader makes a date object
        ("2025-01-01T10:00:00Z", "2025-01-01T10:00:00Z"),
        ("18:00", "18:00"),  # ... the number 1080 (base 60)
        ("no", "no"),  # ... false
        ("on", "on"),
        ("1_000", "1_000"),  # ... 1000
        ("014", 14),  # ... 12 (octal)
        ("0o17", 15),
        ("0x1F", 31),
        ("-7", -7),
        ("+3", 3),
        ("1.5", 1.5),
        ("1e3", 1000.0),
        ("true", True),
        ("False", False),
        ("~", None),
        ("null", None),
        ("", None),
        ("'12'", "12"),
        ("!!str 5", "5"),
        ("!!timestamp 2025-01-01", "2025-01-01"),  # an explicit tag keeps the text
    ],
)
def test_plain_scalars_mean_what_json_would(tmp_path: Path, text: str, value: object) -> None:
    path = tmp_path / "doc.yaml"
    path.write_text(f"value: {text}\n", encoding="utf-8")
    assert load_document(path).document == {"value": value}


def test_infinity_and_not_a_number(tmp_path: Path) -> None:
    path = tmp_path / "doc.yaml"
    path.write_text("a: .inf\nb: -.Inf\nc: .nan\n", encoding="utf-8")
    document = load_document(path).document
    assert document["a"] == math.inf and document["b"] == -math.inf and math.isnan(document["c"])


# --- a key twice -------------------------------------------------------------------------------------------

DUPLICATED_YAML = """\
openapi: 3.1.0
info: {title: t, version: '1'}
paths:
  /pets:
    get:
      operationId: listPets
      summary: List pets
      operationId: findPets
      responses: {'200': {description: ok}}
"""


def test_a_yaml_key_twice_is_refused_with_both_lines(tmp_path: Path) -> None:
    path = tmp_path / "openapi.yaml"
    path.write_text(DUPLICATED_YAML, encoding="utf-8")
    with pytest.raises(LoadError) as raised:
        load_document(path)
    assert str(raised.value) == (
        f"{path}:6 and {path}:8: key 'operationId' appears twice in /paths/~1pets/get; keep one"
    )


@pytest.mark.parametrize(
    ("text", "key", "where"),
    [
        ("a: 1\nb: 2\na: 3\n", "a", "/"),
        ("responses:\n  200: {}\n  '200': {}\n", "200", "/responses"),  # one key once read: "200"
        ("list:\n  - {x: 1, x: 2}\n", "x", "/list/0"),
    ],
)
def test_keys_equal_as_read_are_the_same_key(tmp_path: Path, text: str, key: str, where: str) -> None:
    path = tmp_path / "doc.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(
        LoadError, match=rf"doc.yaml:\d and .*doc.yaml:\d: key '{key}' appears twice in {where}; keep"
    ):
        load_document(path)


def test_a_json_key_twice_is_refused_with_both_lines(tmp_path: Path) -> None:
    path = tmp_path / "openapi.json"
    path.write_text(
        '{\n  "paths": {\n    "/a": {},\n    "/b": {},\n    "/a": {"get": {}}\n  }\n}\n', encoding="utf-8"
    )
    with pytest.raises(LoadError) as raised:
        load_document(path)
    assert str(raised.value) == f"{path}:3 and {path}:5: key '/a' appears twice in /paths; keep one"


def test_json_specs_have_line_numbers_too(tmp_path: Path) -> None:
    path = tmp_path / "openapi.json"
    path.write_text(
        '{\n "a": [1,\n  {"b\\"c": "x\\u00e9"}],\n "d": {"e": -1.5e3,\n  "f": null}, "g": true\n}\n',
        encoding="utf-8",
    )
    loaded = load_document(path)
    assert loaded.document == {"a": [1, {'b"c': "xé"}], "d": {"e": -1500.0, "f": None}, "g": True}
    assert loaded.where('/a/1/b"c') == f'{path}:3 (/a/1/b"c)'
    assert loaded.where("/d/f") == f"{path}:5 (/d/f)"
    assert loaded.where("/g") == f"{path}:5 (/g)"


def test_an_overlay_with_a_key_twice_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "all.yaml"
    path.write_text(
        "overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions:\n  - target: $.info\n    update: {}\n"
        "    target: $.paths\n",
        encoding="utf-8",
    )
    with pytest.raises(
        OverlayError, match=r"all.yaml:4 and .*all.yaml:6: key 'target' appears twice in /actions/0"
    ):
        load_overlay(path)


# --- load_spec: what every stage reads ----------------------------------------------------------------------


def test_a_31_spec_loads_as_written(tmp_path: Path) -> None:
    path = tmp_path / "openapi.yaml"
    path.write_text("openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\n", encoding="utf-8")
    assert load_spec(path) == load_document(path)


def test_a_30_spec_loads_as_31(tmp_path: Path) -> None:
    path = tmp_path / "openapi.yaml"
    path.write_text(
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n"
        "    A: {type: string, nullable: true}\n",
        encoding="utf-8",
    )
    loaded = load_spec(path)
    assert loaded.document["openapi"] == "3.1.0"
    assert loaded.document["components"]["schemas"]["A"] == {"type": ["string", "null"]}
    assert loaded.notes == ("OpenAPI 3.0.3 converted to 3.1.0 (2 change(s), see apikit.convert)",)
    assert loaded.where("/components/schemas/A") == f"{path}:6 (/components/schemas/A)"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "swagger: '2.0'\ninfo: {title: t, version: '1'}\n",
            r":1 \(/swagger\): this is a Swagger 2.0 .*convert it",
        ),
        (
            "info: {title: t}\nopenapi: 3.2.0\n",
            r":2 \(/openapi\): OpenAPI 3.2.0 is not a version apikit reads",
        ),
    ],
)
def test_a_spec_of_another_version_is_refused_naming_the_file(
    tmp_path: Path, text: str, expected: str
) -> None:
    path = tmp_path / "openapi.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(LoadError, match=f"^{re.escape(str(path))}{expected}"):
        load_spec(path)


def test_the_swagger_refusal_goes_through_the_cli(tmp_path: Path) -> None:
    (tmp_path / "specs" / "old").mkdir(parents=True)
    (tmp_path / "specs" / "old" / "openapi.json").write_text('{"swagger": "2.0"}', encoding="utf-8")
    for command in (["validate", "old"], ["build", "--api", "old"]):
        result = CliRunner().invoke(main, ["--root", str(tmp_path), *command])
        assert result.exit_code == 1 and "openapi.json:1 (/swagger): this is a Swagger 2.0" in result.output
        assert "convert it to OpenAPI 3 first" in result.output


def test_a_spec_may_be_json_but_one_per_api(tmp_path: Path) -> None:
    folder = tmp_path / "specs" / "pets"
    folder.mkdir(parents=True)
    (folder / "openapi.json").write_text("{}", encoding="utf-8")
    project = Project(tmp_path)
    assert project.api_names() == ["pets"] and project.spec_path("pets") == folder / "openapi.json"
    (folder / "openapi.yaml").write_text("{}", encoding="utf-8")
    with pytest.raises(ProjectError, match=r"holds openapi\.yaml and openapi\.json: keep one spec per API"):
        project.spec_path("pets")


@pytest.mark.parametrize("name", ["spec.yaml", "spec.json"])
def test_a_file_read_again_is_parsed_once_and_each_reader_gets_its_own_copy(
    tmp_path: Path, name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    parses: list[Path] = []
    parse = apikit.load._parse

    def counted(path: Path, text: str) -> Any:
        parses.append(path)
        return parse(path, text)

    monkeypatch.setattr(apikit.load, "_parse", counted)
    path = tmp_path / name
    data = {"info": {"title": f"one, in {tmp_path.name}"}, "tags": [{"name": "a"}]}  # text no test read
    text = json.dumps(data)
    path.write_text(text, encoding="utf-8")
    first = load_document(path)
    first.document["info"]["title"] = "changed by its reader"
    first.document["tags"].append({"name": "b"})
    first.lines.clear()
    (tmp_path / "copy").mkdir()
    copy = tmp_path / "copy" / name
    copy.write_text(text, encoding="utf-8")
    second, third = load_document(path), load_document(copy)
    assert parses == [path], "the same text, here or in a copy, is not parsed again"
    assert second.document == third.document == data
    assert second.lines["/info/title"] == third.lines["/info/title"] == 1
    assert third.path == copy
    changed = {"info": {"title": f"two, in {tmp_path.name}"}}
    path.write_text(json.dumps(changed), encoding="utf-8")
    assert load_document(path).document == changed, "new text is read anew"
    assert parses == [path, path]


def test_an_error_names_its_own_file_when_a_copy_of_it_was_read_first(tmp_path: Path) -> None:
    for folder in ("first", "second"):
        (tmp_path / folder).mkdir()
        bad = tmp_path / folder / "spec.yaml"
        bad.write_text("a: 1\na: 2\n", encoding="utf-8")
        with pytest.raises(LoadError) as raised:
            load_document(bad)
        assert str(raised.value).startswith(f"{bad}:1 and {bad}:2: key 'a' appears twice"), raised.value
