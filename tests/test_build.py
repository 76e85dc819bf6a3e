"""The main job: overlays per target, warnings vs --strict, nothing written on a bad spec, and
nothing done when nothing changed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

import apikit.build
from apikit.build import PYTHON_CLIENT, prepare_spec
from apikit.cli import main
from apikit.fingerprint import FINGERPRINT_FILE
from apikit.project import Project
from tests.support import copy_project

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

    def counting(project: Project, api: str) -> dict[str, Any]:
        loaded.append(api)
        return load_valid_spec(project, api)

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
