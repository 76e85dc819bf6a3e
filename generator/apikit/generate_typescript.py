"""Generate stage, TypeScript: an npm package per API from its prepared spec.

The package (``generated/typescript/<api>/``) is made by @hey-api/openapi-ts (types and one function
per operation, with its own small fetch client, so the package needs nothing at run time) and
compiled by tsc into ESM JavaScript with ``.d.ts`` types:

- ``src/gen/`` generated, ``src/index.ts`` re-exports it and the runtime;
- ``src/lib/`` the hand-written runtime (sign-in, signing, typed errors, paging), never generated:
  carried over from the package in place as the Python client's ``lib/`` is;
- ``dist/`` the compiled package, committed, so ``npm install <folder>`` needs no build step;
- ``package.json`` (``exports``, ``types``, no dependencies) and ``tsconfig.json``.

The tools are pinned in ``templates/typescript-client/toolchain`` (package.json and its lock) and
installed by ``npm ci`` into the user's cache, once per lock (:func:`toolchain`). The package's
fingerprint covers the prepared spec, the toolchain and templates, and the runtime's files: editing
``src/lib`` recompiles ``dist`` at the next build.
"""

from __future__ import annotations

import contextlib
import fcntl
import functools
import json
import os
import shutil
import subprocess
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from apikit.fingerprint import fingerprint, read_fingerprint, write_fingerprint
from apikit.generate import (
    TYPESCRIPT_HAND_WRITTEN,
    GenerateError,
    carry_over_hand_written,
    folder_files,
    generator_input,
    runtime_source,
)
from apikit.project import Project

TYPESCRIPT_CLIENT = "typescript-client"
"""The overlay target of the TypeScript clients: ``overlays/<api>/typescript-client.yaml``."""
TEMPLATES = Path(__file__).parent / "templates" / TYPESCRIPT_CLIENT
TOOLCHAIN = TEMPLATES / "toolchain"
HAND_WRITTEN = Path(TYPESCRIPT_HAND_WRITTEN)
GENERATED = Path("src") / "gen"
EMPTY_RUNTIME = (
    "index.ts",
    "// Hand-written runtime for this client; the generator never touches this folder.\nexport {};\n",
)
NODE_HINT = (
    "TypeScript clients need Node.js 20.19 or newer with npm on PATH: install them, or build Python "
    'clients only with `languages = ["python"]` under [tool.apikit.generate] in pyproject.toml'
)
MINIMUM_NODE = (20, 19)
OPENAPI_TS_OUTPUT: dict[str, Any] = {"importFileExtension": ".js", "clean": True}
OPENAPI_TS_CONFIG: dict[str, Any] = {
    # Calls throw on an error answer and are typed so: a result always holds its data.
    "plugins": [
        {"name": "@hey-api/client-fetch", "throwOnError": True},
        "@hey-api/typescript",
        "@hey-api/sdk",
    ],
    "logs": {"level": "silent"},
}


def package_name(api: str) -> str:
    return f"{api}-client"


def stage_typescript_client(
    project: Project, api: str, spec: Mapping[str, Any], scratch: Path
) -> Path | None:
    """The API's package, generated and compiled into a new folder in ``scratch`` with its
    hand-written runtime; None when the package in place was made from the same inputs."""
    destination = project.typescript_client_dir(api)
    runtime = hand_written_source(project, api)
    inputs = inputs_fingerprint(spec_fingerprint(spec), runtime)
    if read_fingerprint(destination) == inputs:
        return None
    tools = toolchain()
    work = scratch / f"{api}-typescript"
    output = work / "out"
    (output / GENERATED).mkdir(parents=True)
    _run_openapi_ts(tools, api, spec, work, output / GENERATED)
    _write_package_files(api, spec, output)
    carry_over_hand_written(runtime, output / HAND_WRITTEN, EMPTY_RUNTIME)
    compile_package(tools, api, output)
    write_fingerprint(output, inputs)
    return output


def refresh_hand_written(project: Project, api: str, staged: Path) -> None:
    """Right before the swap: a runtime edited while the build ran goes in as edited, compiled."""
    runtime = hand_written_source(project, api)
    if runtime is None or folder_files(runtime) == folder_files(staged / HAND_WRITTEN):
        return
    carry_over_hand_written(runtime, staged / HAND_WRITTEN, EMPTY_RUNTIME)
    compile_package(toolchain(), api, staged)
    made_from = (read_fingerprint(staged) or "").split(" ", 1)[0]
    write_fingerprint(staged, inputs_fingerprint(made_from, runtime))


def hand_written_source(project: Project, api: str) -> Path | None:
    return runtime_source(project, project.typescript_client_dir(api), TYPESCRIPT_HAND_WRITTEN)


def spec_fingerprint(spec: Mapping[str, Any]) -> str:
    """What the generated part is made from: the prepared spec, the templates and the pinned tools."""
    return fingerprint(data=[dict(spec), OPENAPI_TS_OUTPUT, OPENAPI_TS_CONFIG], folders=[TEMPLATES])


def inputs_fingerprint(made_from: str, runtime: Path | None) -> str:
    """The generated part's fingerprint, then the runtime's (``dist`` is compiled from both)."""
    return f"{made_from} {fingerprint(folders=[runtime] if runtime is not None else [])}"


# --- the package around the generated code ----------------------------------------------------------


def _write_package_files(api: str, spec: Mapping[str, Any], output: Path) -> None:
    info = spec.get("info", {})
    manifest = {
        "name": package_name(api),
        "version": str(info.get("version", "0.0.0")),
        "description": f"A typed client for {info.get('title', api)}",
        "type": "module",
        "main": "./dist/index.js",
        "types": "./dist/index.d.ts",
        "exports": {".": {"types": "./dist/index.d.ts", "import": "./dist/index.js"}},
        "files": ["dist", "src"],
        "sideEffects": False,
        "engines": {"node": f">={MINIMUM_NODE[0]}.{MINIMUM_NODE[1]}"},
    }
    (output / "package.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    shutil.copyfile(TEMPLATES / "tsconfig.json", output / "tsconfig.json")
    shutil.copyfile(TEMPLATES / "index.ts", output / "src" / "index.ts")


def _run_openapi_ts(tools: Path, api: str, spec: Mapping[str, Any], work: Path, output: Path) -> None:
    spec_file = work / "openapi.json"
    spec_file.write_text(json.dumps(generator_input(spec)), encoding="utf-8")
    config = {
        "input": str(spec_file),
        "output": {"path": str(output), **OPENAPI_TS_OUTPUT},
        **OPENAPI_TS_CONFIG,
    }
    config_file = work / "openapi-ts.config.mjs"
    config_file.write_text(f"export default {json.dumps(config, indent=1)};\n", encoding="utf-8")
    result = _run([_bin(tools, "openapi-ts"), "--file", str(config_file)], cwd=work)
    if result.returncode != 0 or not (output / "index.ts").is_file():
        raise GenerateError(f"@hey-api/openapi-ts failed for {api}:\n{_output(result, spec_file, api)}")


def compile_package(tools: Path, api: str, package: Path) -> None:
    """``dist/`` compiled afresh from ``src/`` (strict, ESM, with declarations)."""
    shutil.rmtree(package / "dist", ignore_errors=True)
    result = _run([_bin(tools, "tsc"), "-p", str(package / "tsconfig.json")], cwd=package)
    if result.returncode != 0:
        raise GenerateError(
            f"tsc could not compile the {api} TypeScript package (src/lib is hand-written; "
            f"fix it there):\n{_output(result, package, api)}"
        )


def run_tsc(*arguments: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """The pinned tsc (for examples and tests): its result, for the caller to report."""
    return _run([_bin(toolchain(), "tsc"), *arguments], cwd=cwd)


def _run(command: Sequence[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(command), cwd=cwd, capture_output=True, text=True, check=False, env=_env())


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("NO_COLOR", "1")
    env["npm_config_update_notifier"] = "false"
    return env


def _output(result: subprocess.CompletedProcess[str], where: Path, api: str) -> str:
    return (result.stdout + result.stderr).strip().replace(str(where), f"<{api}>")


# --- the pinned tools --------------------------------------------------------------------------------


def toolchain() -> Path:
    """The folder holding the pinned tools' ``node_modules``, installed on first use.

    Installs from the lock only (``npm ci``), with install scripts off, under a lock of its own so
    that parallel builds and test workers install once. The tools are the same for every project,
    so they live in the user's cache (``$APIKIT_CACHE_DIR``, else ``$XDG_CACHE_HOME/apikit``, else
    ``~/.cache/apikit``), one folder per lock."""
    _check_node()
    lock_digest = fingerprint(folders=[TOOLCHAIN]).removeprefix("sha256:")[:16]
    home = user_cache() / "typescript-toolchain" / lock_digest
    done = home / ".installed"
    if done.is_file():
        return home
    home.mkdir(parents=True, exist_ok=True)
    with _install_lock(home):
        if not done.is_file():
            _install(home)
            done.write_text("ok\n", encoding="utf-8")
    return home


def user_cache() -> Path:
    if explicit := os.environ.get("APIKIT_CACHE_DIR"):
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "apikit"


def _install(home: Path) -> None:
    for name in ("package.json", "package-lock.json"):
        shutil.copyfile(TOOLCHAIN / name, home / name)
    command = ["npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund", "--loglevel=error"]
    result = _run(command, cwd=home)
    if result.returncode != 0:
        raise GenerateError(
            "could not install the TypeScript toolchain (`npm ci` in "
            f"{home}):\n{(result.stdout + result.stderr).strip()}\n{NODE_HINT}"
        )


@contextlib.contextmanager
def _install_lock(home: Path) -> Iterator[None]:
    with (home / ".install.lock").open("a+", encoding="utf-8") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield


def _check_node() -> None:
    node = shutil.which("node")
    if node is None or shutil.which("npm") is None:
        raise GenerateError(f"node or npm is not on PATH. {NODE_HINT}")
    version = _node_version(node)
    numbers = tuple(int(part) for part in version.lstrip("v").split(".")[:2] if part.isdigit())
    if numbers < MINIMUM_NODE:
        raise GenerateError(f"node {version or '(unknown version)'} is too old. {NODE_HINT}")


@functools.cache
def _node_version(node: str) -> str:
    """``node --version`` of this executable, asked once a process (every package and check asks)."""
    return subprocess.run([node, "--version"], capture_output=True, text=True, check=False).stdout.strip()


def _bin(tools: Path, name: str) -> str:
    return str(tools / "node_modules" / ".bin" / name)
