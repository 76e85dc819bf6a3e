"""The TypeScript packages (generated/typescript): they compile under --strict, install with npm
from their folder, and drive their mocks end to end (tests/typescript/<api>.test.ts, run by Node's
test runner against `apikit mock <api>`)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from apikit.build import prepare_spec
from apikit.docs import typescript_snippets
from apikit.generate_typescript import TYPESCRIPT_CLIENT, run_tsc
from apikit.project import Project
from apikit.spec import iter_operations
from tests.support import running_mock
from tests.typescript_support import compile_sources, run_node

ROOT = Path(__file__).resolve().parents[1]
APIS = Project(ROOT).api_names()
TESTS = Path(__file__).parent / "typescript"
SUPPORT = TESTS / "support.ts"
"""What the clients' tests share (a recording fetch, one that never answers)."""
MOCK_CREDENTIALS = {
    "fivepm": {"FIVEPM_LOGIN": "demo@5pm.example", "FIVEPM_PASSWORD": "demo-password"},
    "proworkflow": {
        "PROWORKFLOW_APIKEY": "pwf-demo-4f1c2a9e7b3d5a60",
        "PROWORKFLOW_USERNAME": "dana",
        "PROWORKFLOW_PASSWORD": "dana-pass-1",
    },
    "beebole": {"BEEBOLE_TOKEN": "demo-token"},
    "worksection": {
        "WORKSECTION_API_KEY": "5f2b8c0e9a7d4e61b3c8f0a2d9e4b7c1",
        "WORKSECTION_ACCESS_TOKEN": "demo-access-token-olivia",
    },
}
"""What each API's tests sign in with, beside ``<API>_BASE_URL`` (the demo account of its mock)."""
BASE_PATHS = {"fivepm": "/api/v2"}


@pytest.mark.parametrize("api", APIS)
def test_package_compiles_under_strict(project: Project, api: str) -> None:
    package = project.typescript_client_dir(api)
    result = run_tsc("--noEmit", "-p", str(package / "tsconfig.json"), cwd=package)
    assert result.returncode == 0, result.stdout + result.stderr


TESTED = sorted(path.name.removesuffix(".test.ts") for path in TESTS.glob("*.test.ts"))


@pytest.mark.parametrize("api", TESTED)
def test_client_drives_its_mock(project: Project, api: str, tmp_path: Path) -> None:
    sources = {path.name: path.read_text(encoding="utf-8") for path in (TESTS / f"{api}.test.ts", SUPPORT)}
    out = compile_sources(project, sources, tmp_path)
    with running_mock(api) as base_url:
        env = {f"{api.upper()}_BASE_URL": base_url + BASE_PATHS.get(api, ""), **MOCK_CREDENTIALS[api]}
        result = run_node(["--test", "--test-reporter=spec", str(out / f"{api}.test.js")], tmp_path, env)
    assert result.returncode == 0, result.stdout + result.stderr


FIVE_LINES = TESTS / "list-projects.ts"
"""Five typed lines that sign in to the 5pm mock and list its projects."""
API = "fivepm"


def test_package_installs_from_its_folder_and_lists_projects(project: Project, tmp_path: Path) -> None:
    """`npm install ./generated/typescript/fivepm` in an empty folder, then five typed lines."""
    npm = shutil.which("npm")
    assert npm is not None, "npm is not on PATH"
    app = tmp_path / "app"
    app.mkdir()
    installed = subprocess.run(
        [npm, "install", "--no-audit", "--no-fund", "--offline", str(project.typescript_client_dir(API))],
        cwd=app, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert installed.returncode == 0, installed.stdout + installed.stderr
    assert (app / "node_modules" / "fivepm-client" / "package.json").is_file()
    script = FIVE_LINES.read_text(encoding="utf-8")
    out = compile_sources(project, {"list.ts": script}, app / "script", link=False)
    with running_mock(API) as base_url:
        env = {"FIVEPM_BASE_URL": base_url + BASE_PATHS[API], **MOCK_CREDENTIALS[API]}
        result = run_node([str(out / "list.js")], app / "script", env)
    assert result.returncode == 0, result.stderr
    assert "Website relaunch" in result.stdout.splitlines(), result.stdout


@pytest.mark.parametrize("api", APIS)
def test_every_docs_snippet_type_checks(project: Project, api: str, tmp_path: Path) -> None:
    """The TypeScript call the docs show for each operation compiles under --strict against the
    package, with ``client`` declared as the package's own client type."""
    spec = prepare_spec(project, api, TYPESCRIPT_CLIENT).document
    sources = {}
    for operation_id, snippet in typescript_snippets(api, spec).items():
        imports, _, call = snippet.text.partition("\n\n")
        declared = f"declare const client: NonNullable<Parameters<typeof {snippet.function}>[0]>['client'];"
        sources[f"{operation_id}.ts"] = f"{imports}\n{declared}\n{call}export {{}};\n"
    assert len(sources) == len(list(iter_operations(spec)))
    compile_sources(project, sources, tmp_path)
