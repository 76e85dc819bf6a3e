"""Type-check and run TypeScript (client tests, README examples) against the generated packages.

A scratch folder gets a ``node_modules`` that links each package of ``generated/typescript`` by its
name, the sources, and a strict tsconfig; tsc compiles them there with the pinned toolchain, and
Node runs the result.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Mapping, Sequence
from pathlib import Path

from apikit.generate_typescript import package_name, run_tsc, toolchain
from apikit.project import Project

COMPILER_OPTIONS = {
    "target": "ES2022",
    "lib": ["ES2022", "DOM", "DOM.Iterable"],
    "module": "NodeNext",
    "moduleResolution": "NodeNext",
    "strict": True,
    "skipLibCheck": True,
    "types": ["node"],
    "rootDir": "src",
    "outDir": "out",
}


def compile_sources(project: Project, sources: Mapping[str, str], folder: Path, *, link: bool = True) -> Path:
    """``sources`` (file name -> TypeScript) compiled under ``folder`` by ``tsc --strict``; returns
    the folder of the JavaScript. Fails with tsc's messages when they do not type-check. ``link``:
    the packages are found through links made here (else, as installed above ``folder``)."""
    if link:
        link_packages(project, folder)
    (folder / "src").mkdir(parents=True, exist_ok=True)
    for name, text in sources.items():
        (folder / "src" / name).write_text(text, encoding="utf-8")
    options = {**COMPILER_OPTIONS, "typeRoots": [str(toolchain() / "node_modules" / "@types")]}
    config = {"compilerOptions": options, "include": ["src/**/*.ts"]}
    (folder / "tsconfig.json").write_text(json.dumps(config, indent=1), encoding="utf-8")
    (folder / "package.json").write_text('{"type": "module", "private": true}\n', encoding="utf-8")
    result = run_tsc("-p", str(folder / "tsconfig.json"), cwd=folder)
    assert result.returncode == 0, f"tsc --strict refused the TypeScript:\n{result.stdout}{result.stderr}"
    return folder / "out"


def link_packages(project: Project, folder: Path) -> None:
    """``folder/node_modules/<api>-client`` -> ``generated/typescript/<api>``, for every API."""
    modules = folder / "node_modules"
    modules.mkdir(parents=True, exist_ok=True)
    for api in project.api_names():
        link = modules / package_name(api)
        if not link.exists():
            link.symlink_to(project.typescript_client_dir(api), target_is_directory=True)


def run_node(arguments: Sequence[str], cwd: Path, env: Mapping[str, str]) -> subprocess.CompletedProcess[str]:
    node = shutil.which("node")
    assert node is not None, "node is not on PATH"
    return subprocess.run(
        [node, *arguments], cwd=cwd, env={**os.environ, **env}, capture_output=True, text=True, timeout=120
    )
