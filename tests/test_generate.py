"""The generate stage: committed clients are reproducible, type-check, build, and survive errors."""

from __future__ import annotations

import filecmp
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from apikit.build import (
    CLIENT_TARGETS,
    PYTHON,
    PYTHON_CLIENT,
    TYPESCRIPT,
    ClientJob,
    apply_overlays,
    generate_clients,
    prepare_spec,
)
from apikit.fingerprint import FINGERPRINT_FILE
from apikit.generate import (
    GenerateError,
    check_client_compatible,
    generate_python_client,
)
from apikit.load import load_spec
from apikit.policy import CLIENT_LANGUAGES
from apikit.project import Project, client_package_name
from tests.support import copy_project, mypy_strict

LOCAL_ARTEFACTS = ["__pycache__", ".mypy_cache", ".ruff_cache", "build", "dist"]  # never committed
APIS = Project(Path(__file__).resolve().parents[1]).api_names()


def differences(left: Path, right: Path, api: str, ignore: list[str] | None = None) -> list[str]:
    found: list[str] = []

    def walk(cmp: filecmp.dircmp[str], prefix: str) -> None:
        found.extend(f"{prefix}{name} (only in one tree)" for name in cmp.left_only + cmp.right_only)
        found.extend(f"{prefix}{name} (content differs)" for name in cmp.diff_files)
        for name, sub in cmp.subdirs.items():
            walk(sub, f"{prefix}{name}/")

    local = [*LOCAL_ARTEFACTS, f"{api}_client.egg-info"] if ignore is None else ignore
    walk(filecmp.dircmp(left, right, ignore=local), "")
    return found


Regenerated = dict[tuple[str, str], Path]


@pytest.fixture(scope="module")
def regenerated(project: Project, tmp_path_factory: pytest.TempPathFactory) -> Regenerated:
    """Every client, Python and TypeScript, generated afresh from the committed specs and overlays
    by the build's generate stage (its validation and docs write nothing under generated/), by API
    and language."""
    copy = copy_project(project, tmp_path_factory.mktemp("regenerated"), languages=CLIENT_LANGUAGES)
    jobs = []
    for api in copy.api_names():
        # Regenerate for real, not from the cache.
        (copy.client_dir(api) / FINGERPRINT_FILE).unlink()
        (copy.typescript_client_dir(api) / FINGERPRINT_FILE).unlink()
        document = load_spec(copy.spec_path(api)).document
        for language in CLIENT_LANGUAGES:
            prepared = apply_overlays(copy, api, document, CLIENT_TARGETS[language]).document
            jobs.append(ClientJob(api, language, prepared))
    scratch = {language: tmp_path_factory.mktemp(language) for language in CLIENT_LANGUAGES}
    staged = generate_clients(copy, jobs, scratch, progress=lambda _: None)
    assert None not in staged.values()
    return {(job.api, job.language): path for job, path in staged.items() if path is not None}


@pytest.mark.parametrize("api", APIS)
def test_regenerating_reproduces_the_committed_client(
    project: Project, regenerated: Regenerated, api: str
) -> None:
    assert differences(project.client_dir(api), regenerated[api, PYTHON], api) == [], (
        "generated/ is out of date: run `apikit build` and commit the result"
    )


@pytest.mark.parametrize("api", APIS)
def test_regenerating_reproduces_the_committed_typescript_package(
    project: Project, regenerated: Regenerated, api: str
) -> None:
    committed, again = project.typescript_client_dir(api), regenerated[api, TYPESCRIPT]
    assert differences(committed, again, api, ignore=["node_modules"]) == [], (
        "generated/typescript is out of date: run `apikit build` and commit the result"
    )


@pytest.mark.parametrize("api", APIS)
def test_generated_client_passes_mypy_strict(project: Project, api: str, mypy_cache: Path) -> None:
    assert mypy_strict(project, api, mypy_cache) == ""


@pytest.mark.parametrize("api", APIS)
def test_generated_client_wheel_builds(project: Project, api: str, tmp_path: Path) -> None:
    source = tmp_path / "src"
    shutil.copytree(
        project.client_dir(api),
        source,
        ignore=shutil.ignore_patterns("__pycache__", "*.egg-info", ".mypy_cache"),
    )
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--quiet",
            "-w",
            str(tmp_path / "dist"),
            str(source),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    wheels = list((tmp_path / "dist").glob(f"{api}_client-*.whl"))
    assert len(wheels) == 1
    listing = subprocess.run(
        [sys.executable, "-m", "zipfile", "-l", str(wheels[0])], capture_output=True, text=True, check=True
    ).stdout
    package = client_package_name(api)
    assert f"{package}/lib/__init__.py" in listing, "the hand-written runtime ships in the wheel"
    assert f"{package}/py.typed" in listing


def test_hand_written_lib_survives_and_failed_generation_changes_nothing(
    project: Project, tmp_path: Path
) -> None:
    copy = copy_project(project, tmp_path)
    api = APIS[0]
    lib_marker = copy.client_dir(api) / client_package_name(api) / "lib" / "marker.py"
    lib_marker.write_text("KEPT = True\n")
    spec = prepare_spec(copy, api, PYTHON_CLIENT).document
    assert generate_python_client(copy, api, spec) is False, "unchanged inputs: nothing to do"
    (copy.client_dir(api) / FINGERPRINT_FILE).unlink()
    assert generate_python_client(copy, api, spec) is True
    assert lib_marker.read_text() == "KEPT = True\n"

    before = sorted(p.relative_to(copy.root) for p in copy.client_dir(api).rglob("*"))
    broken = dict(
        spec, paths={"/x": {"get": {"responses": {"200": {"$ref": "#/components/responses/Nope"}}}}}
    )
    with pytest.raises(GenerateError, match=f"openapi-python-client left parts of the {api} client out"):
        generate_python_client(copy, api, broken)  # an unaccepted warning fails as an error does
    assert sorted(p.relative_to(copy.root) for p in copy.client_dir(api).rglob("*")) == before
    assert not list(copy.client_dir(api).parent.glob(".*")), "no scratch folders left behind"


def test_form_style_object_query_parameters_are_refused() -> None:
    spec = {
        "paths": {
            "/x": {
                "get": {
                    "operationId": "xList",
                    "parameters": [{"name": "filter", "in": "query", "schema": {"type": "object"}}],
                }
            }
        }
    }
    with pytest.raises(GenerateError, match="xList query parameter 'filter' is an object"):
        check_client_compatible("demo", spec)


def test_any_input_change_invalidates_the_cache(project: Project) -> None:
    from apikit.generate import inputs_fingerprint

    api = APIS[0]
    spec = prepare_spec(project, api, PYTHON_CLIENT).document
    assert inputs_fingerprint(api, spec) == inputs_fingerprint(api, dict(spec))
    changed = dict(spec, info={**spec["info"], "version": "changed"})
    assert inputs_fingerprint(api, changed) != inputs_fingerprint(api, spec)
    assert (project.client_dir(api) / FINGERPRINT_FILE).read_text().strip() == inputs_fingerprint(api, spec)
