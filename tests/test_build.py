"""The main job: overlays per target, warnings vs --strict, nothing written on a bad spec, and
nothing done when nothing changed."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner
from starlette.testclient import TestClient

import apikit.build
from apikit.build import PYTHON_CLIENT, load_valid_spec, prepare_spec
from apikit.cli import main
from apikit.fingerprint import FINGERPRINT_FILE
from apikit.mock import create_app
from apikit.project import Project
from apikit.validate import SpecInvalid
from tests.support import build_project, copy_project, mypy_strict

NO_MATCH = {
    "overlay": "1.1.0",
    "info": {"title": "t", "version": "1"},
    "actions": [{"target": "$.paths['/nowhere'].get", "update": {"summary": "x"}}],
}


def test_overlays_apply_to_their_target_only(project: Project) -> None:
    client_spec = prepare_spec(project, "fivepm", PYTHON_CLIENT).document
    docs_spec = prepare_spec(project, "fivepm", "docs").document
    get_list = "/service/get/projects/getList"
    assert "application/xml" not in client_spec["paths"][get_list]["get"]["responses"]["200"]["content"]
    assert "application/xml" in docs_spec["paths"][get_list]["get"]["responses"]["200"]["content"]


def test_unmatched_overlay_action_warns_and_fails_under_strict(project: Project, tmp_path: Path) -> None:
    copy = copy_project(project, tmp_path)
    (copy.overlays_dir / "fivepm" / "python-client.zz-extra.yaml").write_text(yaml.safe_dump(NO_MATCH))
    runner = CliRunner()
    relaxed = runner.invoke(main, ["--root", str(copy.root), "build", "--api", "fivepm"])
    assert relaxed.exit_code == 0, relaxed.output
    assert (
        "warning" in relaxed.output
        and "actions[0]" in relaxed.output
        and "python-client.zz-extra.yaml" in relaxed.output
    )
    strict = runner.invoke(main, ["--root", str(copy.root), "build", "--api", "fivepm", "--strict"])
    assert strict.exit_code == 1
    assert "python-client.zz-extra.yaml" in strict.output and "actions[0]" in strict.output


def test_invalid_spec_stops_the_build_before_anything_is_written(project: Project, tmp_path: Path) -> None:
    copy = copy_project(project, tmp_path)
    spec_path = copy.spec_path("fivepm")
    spec_path.write_text(
        spec_path.read_text().replace("operationId: projectsGetAll", "operationId: projectsGetById")
    )
    before = {p: p.stat().st_mtime_ns for p in copy.client_dir("fivepm").rglob("*.py")}
    result = CliRunner().invoke(main, ["--root", str(copy.root), "build"])
    assert result.exit_code == 1
    assert "projectsGetById" in result.output and "openapi.yaml:" in result.output
    assert {p: p.stat().st_mtime_ns for p in copy.client_dir("fivepm").rglob("*.py")} == before


def test_a_build_whose_inputs_and_outputs_are_unchanged_stops_at_once(
    project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = copy_project(project, tmp_path)
    loaded: list[str] = []
    load_valid_spec = apikit.build.load_valid_spec

    def counting(project: Project, api: str, **options: Any) -> dict[str, Any]:
        loaded.append(api)
        return load_valid_spec(project, api, **options)

    monkeypatch.setattr(apikit.build, "load_valid_spec", counting)

    def build() -> str:
        loaded.clear()
        result = CliRunner().invoke(main, ["--root", str(copy.root), "build", "--api", "fivepm"])
        assert result.exit_code == 0, result.output
        return result.output

    assert "unchanged fivepm" not in build() and loaded == ["fivepm"]
    assert "unchanged fivepm" in build() and loaded == [], "nothing was read again"

    (copy.overlays_dir / "fivepm" / "python-client.zz-extra.yaml").write_text(yaml.safe_dump(NO_MATCH))
    changed = build()
    assert loaded == ["fivepm"] and "zz-extra" in changed, "a new overlay file is an input"
    skipped = build()
    assert loaded == [] and "zz-extra" in skipped, "a skipped build repeats the last build's warnings"

    (copy.site_dir / FINGERPRINT_FILE).unlink()
    build()
    assert loaded == ["fivepm"], "an output without its fingerprint is rebuilt"
    assert (copy.site_dir / FINGERPRINT_FILE).is_file()


WEBHOOKS_ONLY = {
    "openapi": "3.1.0",
    "info": {"title": "Pet events", "version": "1", "description": "What the service sends to your URL."},
    "tags": [{"name": "events"}],
    "webhooks": {
        "petAdopted": {
            "post": {
                "operationId": "petAdopted",
                "summary": "A pet was adopted",
                "description": "Sent when a pet finds a home.",
                "tags": ["events"],
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Adoption"}}},
                },
                "responses": {"200": {"description": "Received."}, "400": {"description": "Refused."}},
            }
        }
    },
    "components": {
        "schemas": {
            "Adoption": {
                "type": "object",
                "required": ["petId"],
                "properties": {"petId": {"type": "integer"}, "note": {"type": ["string", "null"]}},
            }
        }
    },
}


def test_a_webhooks_only_spec_builds_a_client_of_models(tmp_path: Path, mypy_cache: Path) -> None:
    """openapi-python-client requires paths, which 3.1 lets a webhooks-only spec leave out: its client
    holds the models (to read what the webhooks send), its docs page and its mock work."""
    (tmp_path / "specs" / "events").mkdir(parents=True)
    (tmp_path / "specs" / "events" / "openapi.yaml").write_text(
        yaml.safe_dump(WEBHOOKS_ONLY), encoding="utf-8"
    )
    project = Project(tmp_path)
    output = build_project(project)
    assert "events: no paths in the spec (only webhooks or components): the client holds its models" in output
    assert (project.client_dir("events") / "events_client" / "models" / "adoption.py").is_file()
    assert not project.typescript_clients_dir.exists(), "a Python-only project gets no TypeScript folder"
    assert (project.site_dir / "events" / "index.html").is_file()
    assert mypy_strict(project, "events", mypy_cache) == ""
    mock = TestClient(create_app("events", project))
    assert mock.get("/anything").status_code == 404


def test_the_documentation_rules_warn_on_every_build_unless_the_project_makes_them_errors(
    tmp_path: Path,
) -> None:
    """A spec without summaries builds (a user's spec need not keep the house rules), every load
    repeats the warnings, also when the validation is cached; ``apikit validate`` reports them and
    exits 0. A project that sets those rules to error (as this one does for its own APIs) stops."""
    spec = copy.deepcopy(WEBHOOKS_ONLY)
    spec["paths"] = {
        "/pets": {"get": {"operationId": "listPets", "responses": {"200": {"description": "ok"}}}}
    }
    (tmp_path / "specs" / "pets").mkdir(parents=True)
    (tmp_path / "specs" / "pets" / "openapi.yaml").write_text(yaml.safe_dump(spec), encoding="utf-8")
    project = Project(tmp_path)
    heard: list[list[str]] = [[], []]
    for lines in heard:
        assert load_valid_spec(project, "pets", progress=lines.append)["paths"] == spec["paths"]
    assert heard[0] == heard[1] and len(heard[0]) == 4
    assert all(
        line.startswith(f"warning   {tmp_path / 'specs' / 'pets' / 'openapi.yaml'}:") for line in heard[0]
    )
    assert "warning [operation-summary]: operation listPets has no summary; add a summary" in heard[0][0]
    result = CliRunner().invoke(main, ["--root", str(tmp_path), "validate", "pets"])
    assert result.exit_code == 0 and "has no summary" in result.output

    project.config_path.write_text('[tool.apikit.rules.pets]\noperation-summary = "error"\n')
    with pytest.raises(SpecInvalid, match=r"error \[operation-summary\]: operation listPets has no summary"):
        load_valid_spec(project, "pets")
    result = CliRunner().invoke(main, ["--root", str(tmp_path), "validate", "pets"])
    assert result.exit_code == 1 and "pets: 1 error(s), 3 warning(s)" in result.output


UNGENERATABLE = {
    "openapi": "3.1.0",
    "info": {"title": "Modes", "version": "1"},
    "paths": {
        "/things": {
            "get": {
                "operationId": "listThings",
                "parameters": [
                    {"name": "mode", "in": "query", "schema": {"$ref": "#/components/schemas/Mode"}}
                ],
                "responses": {"200": {"description": "ok"}},
            }
        },
        "/ok": {"get": {"operationId": "ok", "responses": {"200": {"description": "ok"}}}},
    },
    "components": {"schemas": {"Mode": {"enum": [1, "a"]}}},  # the generator makes no enum of mixed types
}


def test_a_generator_warning_fails_the_build_until_the_project_accepts_it(tmp_path: Path) -> None:
    (tmp_path / "specs" / "modes").mkdir(parents=True)
    (tmp_path / "specs" / "modes" / "openapi.yaml").write_text(
        yaml.safe_dump(UNGENERATABLE), encoding="utf-8"
    )
    project = Project(tmp_path)

    def build() -> tuple[int, str]:
        result = CliRunner().invoke(main, ["--root", str(tmp_path), "build"])
        return result.exit_code, result.output

    code, output = build()
    assert code == 1 and not project.client_dir("modes").exists(), output
    assert "openapi-python-client left parts of the modes client out:" in output
    assert "  GET /things: endpoint left out of the client (" in output
    assert "  schema /components/schemas/Mode: left out of the client (Enum values must all be" in output
    entries = '"GET /things:", "schema /components/schemas/Mode:"'
    how_to = f"  [tool.apikit.generate.modes]\n  accept-warnings = [{entries}]"
    assert f"accept them in {project.config_path}" in output and how_to in output, output

    project.config_path.write_text(how_to.replace("  ", ""), encoding="utf-8")  # as the message says
    code, output = build()
    assert code == 0, output
    assert "warning   modes client: GET /things: endpoint left out of the client (" in output
    assert "(accepted by 'schema /components/schemas/Mode:')" in output
    functions = project.client_dir("modes") / "modes_client" / "api" / "default"
    assert (functions / "ok.py").is_file() and not (functions / "list_things.py").exists()
    assert "warning   modes client: GET /things" in build()[1], "an unchanged build lists them again"

    project.config_path.write_text('[tool.apikit.generate.modes]\naccept-warnings = ["GET /things:"]\n')
    code, output = build()
    assert code == 1 and 'accept-warnings = ["schema /components/schemas/Mode:"]' in output, (
        "the client in place was made with a warning the project no longer accepts"
    )
