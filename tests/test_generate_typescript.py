"""The TypeScript side of the generate stage: the runtime is compiled in, never lost, and a missing
Node.js is explained (reproducibility and --strict: tests/test_generate.py, test_typescript_clients.py)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import apikit.generate_typescript
from apikit.build import build
from apikit.generate import GenerateError
from apikit.policy import CLIENT_LANGUAGES
from apikit.project import Project
from tests.support import copy_project


@pytest.fixture
def copy(project: Project, tmp_path: Path) -> Project:
    return copy_project(project, tmp_path, languages=CLIENT_LANGUAGES)


def test_an_edited_runtime_is_compiled_into_the_package_at_the_next_build(copy: Project) -> None:
    package = copy.typescript_client_dir("fivepm")
    runtime = package / "src" / "lib" / "index.ts"
    runtime.write_text(runtime.read_text() + "export const GREETING = 'compiled';\n", encoding="utf-8")
    build(copy, ["fivepm"], progress=lambda _: None)
    assert "export const GREETING = 'compiled';" in (package / "dist" / "lib" / "index.js").read_text()
    assert "GREETING" in (package / "dist" / "lib" / "index.d.ts").read_text()
    assert "GREETING" in runtime.read_text(), "the runtime itself is kept as edited"


def test_a_package_whose_runtime_is_gone_is_not_rebuilt_without_it(copy: Project) -> None:
    package = copy.typescript_client_dir("fivepm")
    shutil.rmtree(package / "src" / "lib")
    (package / ".apikit-inputs").unlink()
    with pytest.raises(GenerateError, match=r"generated/typescript/fivepm/src/lib is missing.*git checkout"):
        build(copy, ["fivepm"], progress=lambda _: None)
    assert (package / "dist" / "lib" / "session.js").is_file(), "the package in place is untouched"


def test_without_node_the_build_says_what_to_install_or_how_to_leave_typescript_out(
    copy: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    (copy.typescript_client_dir("fivepm") / ".apikit-inputs").unlink()
    monkeypatch.setattr(apikit.generate_typescript.shutil, "which", lambda _: None)
    with pytest.raises(GenerateError, match=r'Node\.js 20\.19 or newer.*languages = \["python"\]'):
        build(copy, ["fivepm"], progress=lambda _: None)


def test_a_build_with_every_package_up_to_date_needs_no_node(
    copy: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(apikit.generate_typescript.shutil, "which", lambda _: None)
    lines: list[str] = []
    build(copy, ["fivepm"], progress=lines.append)
    assert "generate  fivepm typescript -> generated/typescript/fivepm (unchanged)" in lines
