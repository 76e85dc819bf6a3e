"""Overlay stage: the official Overlay conformance data, then behaviour the data does not pin down."""

from __future__ import annotations

import copy
import json
import re
import textwrap
from pathlib import Path
from typing import Any

import pytest
import yaml
from jsonschema import Draft202012Validator

from apikit.overlay import (
    OverlayError,
    OverlayResult,
    OverlayWarning,
    apply_overlay,
    load_overlay,
    validate_overlay,
)

CONFORMANCE = Path(__file__).resolve().parent / "data" / "overlay-conformance"
VERSIONS = ("v1.0", "v1.1")
SOURCE = "overlays/demo/client.yaml"


def _params(paths: list[Path]) -> list[Any]:
    # A missing data folder must fail the run, not turn into an empty (skipped) parametrization.
    if not paths:
        return [pytest.param(None, id="conformance-data-missing")]
    return [
        pytest.param(path, id=f"{path.parent.parent.name}/{path.parent.name}/{path.stem}") for path in paths
    ]


def _need(path: Path | None) -> Path:
    if path is None:
        pytest.fail(f"Overlay conformance data not found under {CONFORMANCE}")
    return path


def _fixtures(outcome: str) -> list[Any]:
    return _params(sorted(CONFORMANCE.glob(f"tests/v1.*/{outcome}/*.yaml")))


def _read_yaml(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _overlay(*actions: dict[str, Any], version: str = "1.1.0") -> dict[str, Any]:
    return {"overlay": version, "info": {"title": "test", "version": "1"}, "actions": list(actions)}


def _apply(document: dict[str, Any], *actions: dict[str, Any], **kwargs: Any) -> OverlayResult:
    return apply_overlay(document, _overlay(*actions), source=SOURCE, **kwargs)


def _doc() -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "Demo", "version": "1.0.0"},
        "tags": ["dummy", "a", "dummy", "b"],
        "paths": {
            "/items": {"get": {"tags": ["items"], "responses": {"200": {"description": "OK"}}}},
            "/some-items": {"delete": {"responses": {"200": {"description": "OK"}}}},
        },
    }


# --- official conformance data ----------------------------------------------------------------


def test_conformance_data_is_present() -> None:
    assert CONFORMANCE.is_dir(), f"missing {CONFORMANCE}"
    for version in VERSIONS:
        assert list((CONFORMANCE / "tests" / version / "pass").glob("*.yaml"))
        assert list((CONFORMANCE / "tests" / version / "fail").glob("*.yaml"))
    assert list(CONFORMANCE.glob("compliant-sets/*/overlay.yaml"))


@pytest.mark.parametrize(
    "folder", _params(sorted(p.parent for p in CONFORMANCE.glob("compliant-sets/*/overlay.yaml")))
)
def test_compliant_set(folder: Path | None) -> None:
    folder = _need(folder)
    document = _read_yaml(folder / "openapi.yaml")
    result = apply_overlay(
        document, load_overlay(folder / "overlay.yaml"), source=str(folder / "overlay.yaml")
    )
    assert result.document == _read_yaml(folder / "output.yaml")
    assert result.warnings == ()


@pytest.mark.parametrize("path", _fixtures("pass"))
def test_pass_fixture_is_accepted(path: Path | None) -> None:
    path = _need(path)
    assert load_overlay(path) == _read_yaml(path)
    validate_overlay(_read_yaml(path), source=str(path))


@pytest.mark.parametrize("path", _fixtures("fail"))
def test_fail_fixture_is_rejected(path: Path | None) -> None:
    path = _need(path)
    with pytest.raises(OverlayError, match=re.escape(str(path))):
        load_overlay(path)
    with pytest.raises(OverlayError, match=r"fixture\.yaml"):
        validate_overlay(_read_yaml(path), source="fixture.yaml")


def _official_verdict(overlay: Any, version: str) -> bool:
    schema = _read_yaml(CONFORMANCE / "schemas" / version / "schema.yaml")
    return Draft202012Validator(schema).is_valid(overlay)


def _our_verdict(overlay: Any) -> bool:
    try:
        validate_overlay(overlay, source="x.yaml")
    except OverlayError:
        return False
    return True


_MINIMAL_ACTION = {"target": "$"}
_VARIANTS: list[tuple[str, Any]] = [
    ("v1.0", {**_overlay(_MINIMAL_ACTION, version="1.0.0"), "extends": "x.yaml"}),
    ("v1.0", {**_overlay(_MINIMAL_ACTION, version="1.0.7"), "x-a": None}),
    ("v1.0", _overlay({"target": "$", "copy": "$.a"}, version="1.0.0")),
    (
        "v1.0",
        {
            **_overlay(_MINIMAL_ACTION, version="1.0.0"),
            "info": {"title": "t", "version": "1", "description": "d"},
        },
    ),
    (
        "v1.1",
        {**_overlay(_MINIMAL_ACTION), "info": {"title": "t", "version": "1", "description": "d", "x-i": 1}},
    ),
    ("v1.1", {**_overlay(_MINIMAL_ACTION), "info": {"title": "t", "version": "1", "summary": "s"}}),
    ("v1.1", {**_overlay(_MINIMAL_ACTION), "extends": 3}),
    ("v1.1", _overlay({"target": "$", "remove": "true"})),
    ("v1.1", _overlay({"target": "$", "update": None, "copy": "$.a", "remove": False, "x-b": [1]})),
    ("v1.1", _overlay({"target": "$", "unknown": 1})),
    ("v1.1", _overlay({"target": "paths"})),
    ("v1.1", _overlay({"target": "$", "update": 1}, {"target": "$", "update": True})),
    ("v1.1", _overlay({"target": "$", "update": 1}, {"target": "$", "update": 1.0})),
    (
        "v1.1",
        _overlay(
            {"target": "$", "update": {"a": [1, {"b": 2}]}}, {"target": "$", "update": {"a": [1, {"b": 2}]}}
        ),
    ),
    ("v1.1", _overlay([])),  # type: ignore[arg-type]
    ("v1.1", {"overlay": "1.1.0", "info": {"title": "t", "version": "1"}}),
]


@pytest.mark.parametrize(("version", "overlay"), _VARIANTS, ids=[str(i) for i in range(len(_VARIANTS))])
def test_validation_agrees_with_official_schema(version: str, overlay: Any) -> None:
    assert _our_verdict(overlay) is _official_verdict(overlay, version)


@pytest.mark.parametrize("path", _fixtures("pass") + _fixtures("fail"))
def test_fixture_verdict_agrees_with_official_schema(path: Path | None) -> None:
    path = _need(path)
    overlay = _read_yaml(path)
    assert _our_verdict(overlay) is _official_verdict(overlay, path.parent.parent.name)


# --- update -----------------------------------------------------------------------------------


def test_update_concatenates_nested_arrays_and_merges_objects() -> None:
    result = _apply(
        _doc(), {"target": "$.paths['/items'].get", "update": {"tags": ["more"], "x-a": {"b": 1}}}
    )
    get = result.document["paths"]["/items"]["get"]
    assert get["tags"] == ["items", "more"]
    assert get["x-a"] == {"b": 1}
    assert get["responses"] == {"200": {"description": "OK"}}


def test_update_of_an_array_target_concatenates_an_array_and_appends_anything_else() -> None:
    result = _apply(
        {"list": [1]},
        {"target": "$.list", "update": [2, 3]},
        {"target": "$.list", "update": {"four": 4}},
        {"target": "$.list", "update": "five"},
    )
    assert result.document["list"] == [1, 2, 3, {"four": 4}, "five"]


def test_update_replaces_primitive_targets() -> None:
    result = _apply(
        _doc(),
        {"target": "$.info.title", "update": "Renamed"},
        {"target": "$.tags[?@ == 'dummy']", "update": "x"},
        {"target": "$.info.version", "update": None},
    )
    assert result.document["info"] == {"title": "Renamed", "version": None}
    assert result.document["tags"] == ["x", "a", "x", "b"]


def test_update_of_a_primitive_property_replaces_it() -> None:
    result = _apply(_doc(), {"target": "$.info", "update": {"title": "New", "x-n": 1}})
    assert result.document["info"] == {"title": "New", "version": "1.0.0", "x-n": 1}


@pytest.mark.parametrize(
    ("action", "expected"),
    [
        ({"target": "$.info", "update": "text"}, "$['info'] is an object but the update value is a string"),
        (
            {"target": "$.info.title", "update": {"a": 1}},
            "$['info']['title'] is a string but the update value",
        ),
        (
            {"target": "$", "update": {"info": "flat"}},
            "cannot merge a string from the update value into an object",
        ),
        ({"target": "$", "update": {"tags": {"a": 1}}}, "into an array at $['tags']"),
        ({"target": "$.info", "update": {"title": ["x"]}}, "into a string at $['info']['title']"),
        ({"target": "$", "update": {"info": None}}, "cannot merge null from the update value into an object"),
        ({"target": "$..tags", "update": "t"}, None),
        ({"target": "$['info', 'tags']", "update": {"a": 1}}, "different kinds (arrays: 1, objects: 1)"),
    ],
)
def test_update_not_mergeable_into_target_is_an_error(action: dict[str, Any], expected: str | None) -> None:
    if expected is None:  # all selected nodes are arrays: fine
        _apply(_doc(), action)
        return
    with pytest.raises(OverlayError) as caught:
        _apply(_doc(), {"target": "$.info", "update": {}}, action)
    message = str(caught.value)
    assert message.startswith(f'{SOURCE}: actions[1] (target "{action["target"]}"): ')
    assert expected in message


def test_traits_example_from_the_1_1_spec() -> None:
    ok = {"200": {"description": "OK"}}
    document = {
        "paths": {
            "/items": {"get": {"x-oai-traits": ["paged"], "responses": ok}},
            "/items/{id}/subitems": {
                "get": {
                    "x-oai-traits": ["paged"],
                    "parameters": [{"name": "id", "in": "path"}],
                    "responses": ok,
                }
            },
            "/other": {"get": {"responses": ok}},
        }
    }
    paging = [{"name": "top", "in": "query"}, {"name": "skip", "in": "query"}]
    result = _apply(
        document,
        {
            "target": "$.paths[?(@.get['x-oai-traits'][?(@ == 'paged')])].get",
            "update": {"parameters": paging},
        },
    )
    paths = result.document["paths"]
    assert paths["/items"]["get"]["parameters"] == paging
    assert paths["/items/{id}/subitems"]["get"]["parameters"] == [{"name": "id", "in": "path"}, *paging]
    assert "parameters" not in paths["/other"]["get"]


# --- remove -----------------------------------------------------------------------------------


def test_remove_primitive_array_items() -> None:
    result = _apply(_doc(), {"target": "$.tags[?@ == 'dummy']", "remove": True})
    assert result.document["tags"] == ["a", "b"]


def test_remove_array_items_by_index_and_duplicates() -> None:
    result = _apply({"a": [0, 1, 2, 3, 4]}, {"target": "$.a[0, 3, 0, -1]", "remove": True})
    assert result.document["a"] == [1, 2]


def test_remove_members_at_several_depths() -> None:
    document = {"x": {"x": {"x": 1, "y": 2}, "y": 3}, "y": 4}
    result = _apply(document, {"target": "$..x", "remove": True})
    assert result.document == {"y": 4}


def test_remove_wins_over_update_with_a_warning() -> None:
    result = _apply(_doc(), {"target": "$.tags", "update": ["z"], "remove": True})
    assert "tags" not in result.document
    assert [w.message for w in result.warnings] == ["update has no effect because remove is true"]


def test_removing_the_root_is_an_error() -> None:
    with pytest.raises(
        OverlayError, match=r"actions\[0\] \(target \"\$\"\): cannot remove the document root"
    ):
        _apply(_doc(), {"target": "$", "remove": True})


# --- copy -------------------------------------------------------------------------------------


def test_copy_merges_the_source_node_into_the_target() -> None:
    result = _apply(_doc(), {"target": '$.paths["/some-items"]', "copy": '$.paths["/items"]'})
    assert result.document["paths"]["/some-items"] == {
        "delete": {"responses": {"200": {"description": "OK"}}},
        "get": {"tags": ["items"], "responses": {"200": {"description": "OK"}}},
    }
    result.document["paths"]["/some-items"]["get"]["tags"].append("changed")
    assert result.document["paths"]["/items"]["get"]["tags"] == ["items"]


def test_copy_move_example_from_the_spec() -> None:
    result = _apply(
        _doc(),
        {"target": "$.paths", "update": {"/new-items": {}}},
        {"target": '$.paths["/new-items"]', "copy": '$.paths["/items"]'},
        {"target": '$.paths["/items"]', "remove": True},
    )
    assert list(result.document["paths"]) == ["/some-items", "/new-items"]
    assert result.document["paths"]["/new-items"] == _doc()["paths"]["/items"]


def test_copy_into_arrays_and_primitives() -> None:
    document = {"src": ["s"], "list": [1], "name": "old", "new": "fresh"}
    result = _apply(document, {"target": "$.list", "copy": "$.src"}, {"target": "$.name", "copy": "$.new"})
    assert result.document["list"] == [1, "s"]
    assert result.document["name"] == "fresh"


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("$.nothing", 'copy source "$.nothing" matches no node; it must select exactly one'),
        (
            "$.paths.*",
            "copy source \"$.paths.*\" matches 2 nodes ($['paths']['/items'], $['paths']['/some-items'])",
        ),
    ],
)
def test_copy_source_must_match_exactly_one_node(source: str, expected: str) -> None:
    with pytest.raises(OverlayError) as caught:
        _apply(_doc(), {"target": "$.info", "copy": source})
    assert str(caught.value).startswith(f'{SOURCE}: actions[0] (target "$.info"): {expected}')


def test_update_wins_over_copy_with_a_warning() -> None:
    result = _apply(_doc(), {"target": "$.info", "update": {"x-u": 1}, "copy": "$.nothing[bad"})
    assert result.document["info"]["x-u"] == 1
    assert [w.message for w in result.warnings] == ["copy has no effect because update is given"]


# --- order, warnings and errors ---------------------------------------------------------------


def test_later_actions_see_the_result_of_earlier_ones() -> None:
    result = _apply(
        _doc(),
        {"target": "$.info", "update": {"x-flags": {"on": True}}},
        {"target": "$.info['x-flags']", "update": {"level": 2}},
        {"target": "$.tags", "remove": True},
        {"target": "$", "update": {"tags": ["fresh"]}},
    )
    assert result.document["info"]["x-flags"] == {"on": True, "level": 2}
    assert result.document["tags"] == ["fresh"]
    assert result.warnings == ()


def test_no_match_is_a_warning() -> None:
    result = _apply(_doc(), {"target": "$.info", "update": {"x-a": 1}}, {"target": "$.nope", "remove": True})
    assert result.warnings == (
        OverlayWarning(SOURCE, 1, "$.nope", "the target matches no node, so the action changed nothing"),
    )
    assert str(result.warnings[0]) == (
        f'{SOURCE}: actions[1] (target "$.nope"): the target matches no node, so the action changed nothing'
    )
    assert result.document["info"]["x-a"] == 1


def test_no_match_is_an_error_in_strict_mode() -> None:
    with pytest.raises(OverlayError) as caught:
        _apply(
            _doc(),
            {"target": "$.info", "update": {"x-a": 1}},
            {"target": "$.nope", "remove": True},
            strict=True,
        )
    assert str(caught.value).startswith(f'{SOURCE}: actions[1] (target "$.nope"): the target matches no node')
    assert "strict mode" in str(caught.value)


def test_an_action_without_a_modifier_warns() -> None:
    result = _apply(_doc(), {"target": "$"})
    assert result.document == _doc()
    assert [w.message for w in result.warnings] == [
        "the action has no update, copy or remove: true, so it changes nothing"
    ]


@pytest.mark.parametrize(
    ("action", "expected"),
    [
        ({"target": "$.paths[", "remove": True}, 'actions[1] (target "$.paths["): invalid JSONPath: '),
        ({"target": "$.paths.*.get[?@.x-oai-traits]", "update": {}}, "invalid JSONPath: "),
        (
            {"target": "$.info", "copy": "$.a["},
            'actions[1] (target "$.info"): invalid JSONPath in copy "$.a["',
        ),
    ],
)
def test_invalid_jsonpath_is_an_error(action: dict[str, Any], expected: str) -> None:
    with pytest.raises(OverlayError) as caught:
        _apply(_doc(), {"target": "$.info", "update": {}}, action)
    message = str(caught.value)
    assert message.startswith(f"{SOURCE}: ")
    assert expected in message
    assert "fix the" in message


def test_input_is_not_mutated_and_result_shares_nothing() -> None:
    document = _doc()
    alias = {"description": "OK"}
    document["paths"]["/items"]["get"]["responses"]["200"] = alias
    document["paths"]["/some-items"]["delete"]["responses"]["200"] = alias  # a YAML alias
    overlay = _overlay(
        {"target": "$.paths['/items'].get.responses['200']", "update": {"x-a": {"b": [1]}}},
        {"target": "$.tags[0]", "remove": True},
        {"target": "$.info", "copy": "$.paths['/items'].get"},
    )
    before_document, before_overlay = copy.deepcopy(document), copy.deepcopy(overlay)
    result = apply_overlay(document, overlay, source=SOURCE)
    assert document == before_document
    assert overlay == before_overlay
    assert result.document["paths"]["/some-items"]["delete"]["responses"]["200"] == {"description": "OK"}
    result.document["paths"]["/items"]["get"]["responses"]["200"]["x-a"]["b"].append(2)
    assert overlay == before_overlay


# --- reading and validating overlay files -----------------------------------------------------


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def test_a_1_0_overlay_is_read_and_applied(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "v10.yaml",
        """\
        overlay: 1.0.0
        info:
          title: One-oh
          version: 1.0.0
        actions:
          - target: $.paths.*.get
            update:
              x-safe: true
          - target: $.tags[?@ == 'dummy']
            remove: true
        """,
    )
    result = apply_overlay(_doc(), load_overlay(path), source=str(path))
    assert result.document["paths"]["/items"]["get"]["x-safe"] is True
    assert result.document["tags"] == ["a", "b"]


def test_a_json_overlay_is_read(tmp_path: Path) -> None:
    path = tmp_path / "o.json"
    path.write_text(json.dumps(_overlay({"target": "$.info", "update": {"x-j": 1}})), encoding="utf-8")
    assert apply_overlay(_doc(), load_overlay(path), source=str(path)).document["info"]["x-j"] == 1


def test_copy_in_a_1_0_overlay_is_rejected_with_a_hint() -> None:
    with pytest.raises(OverlayError) as caught:
        validate_overlay(_overlay({"target": "$.info", "copy": "$.x"}, version="1.0.0"), source=SOURCE)
    assert str(caught.value) == (
        f'{SOURCE}: actions[0] (target "$.info"): at /actions/0/copy: unknown property "copy"; '
        '"copy" needs Overlay 1.1: set overlay: "1.1.0", or remove it'
    )


def test_schema_errors_name_the_pointer_and_line(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "bad.yaml",
        """\
        overlay: 1.1.0
        info:
          title: Bad
          version: 1.0
        actions:
          - target: $.info
            remove: maybe
        surprise: true
        """,
    )
    with pytest.raises(OverlayError) as caught:
        load_overlay(path)
    assert str(caught.value).splitlines() == [
        f'{path}: at /surprise (line 8): unknown property "surprise"; '
        'remove it, or prefix it with "x-" if it is an extension',
        f"{path}: at /info/version (line 4): must be a string, got a number; "
        'quote the value in YAML, e.g. "1.0"',
        f'{path}: actions[0] (target "$.info"): at /actions/0/remove (line 7): '
        "must be a boolean, got a string; write true or false (unquoted)",
    ]


@pytest.mark.parametrize(
    ("overlay", "expected"),
    [
        ([1], "x.yaml: at /: the overlay must be an object, got an array"),
        ({"overlay": 1.1}, "x.yaml: at /overlay: must be a string, got a number"),
        ({"overlay": "2.0.0"}, 'x.yaml: at /overlay: unsupported Overlay version "2.0.0"'),
        # JSON Schema patterns are ECMA-262, where $ does not match before a trailing newline
        # (python-jsonschema uses re.search and would accept this one).
        ({"overlay": "1.1.0\n"}, "x.yaml: at /overlay: unsupported Overlay version"),
        (_overlay({"update": 1}), 'x.yaml: actions[0]: at /actions/0: missing required property "target"'),
        (
            _overlay({"target": "info"}),
            'actions[0] (target "info"): at /actions/0/target: a JSONPath query must',
        ),
        (
            _overlay({"target": "$", "remove": True}, {"target": "$", "remove": True}),
            'x.yaml: actions[1] (target "$"): at /actions/1: repeats actions[0]; actions must be unique',
        ),
    ],
)
def test_validation_messages(overlay: Any, expected: str) -> None:
    with pytest.raises(OverlayError) as caught:
        validate_overlay(overlay, source="x.yaml")
    assert expected in str(caught.value)


def test_unreadable_overlay_file(tmp_path: Path) -> None:
    with pytest.raises(OverlayError, match=r"missing\.yaml"):
        load_overlay(tmp_path / "missing.yaml")
    with pytest.raises(OverlayError, match=r"broken\.yaml"):
        load_overlay(_write(tmp_path, "broken.yaml", "overlay: [1.1.0\n"))
