"""Every example of the README runs as printed.

- Each Python block is type-checked with ``mypy --strict`` against the installed clients, then run
  against a fresh mock of the API it imports. The only thing the suite changes is where the examples
  connect: they read their base URL and credentials from the environment, and the values come from
  the README's own ``export`` block, with the mock's port put in place of the README's.
- Each shell block runs with ``bash`` in a scratch copy of the project, its ports replaced by free
  ones. A line that starts a server (``apikit mock``, ``apikit docs --serve``) is started in the
  background and waited for, as a reader would leave it running in a terminal; the lines after it
  then run against it. Any line that fails, or an answer that is a vendor's error envelope (HTTP 200
  with ``"status": "error"``), fails the example.
- A block that cannot run here says why in a ``<!-- not run by tests/test_readme.py: ... -->`` line
  right above it; the list of such blocks is pinned below, so a new one is a decision, not a default.
"""

from __future__ import annotations

import contextlib
import os
import re
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import time
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from apikit.project import Project
from tests.support import ROOT, copy_project, free_port, run_mypy_strict, running_mock
from tests.typescript_support import compile_sources, run_node

README = ROOT / "README.md"
NOT_RUN = re.compile(r"<!-- not run by tests/test_readme\.py: (?P<why>.+?) -->")
FENCE = re.compile(r"^```(?P<language>\w*)$")
ERROR_ENVELOPE = re.compile(r'"status"\s*:\s*"error"')
LOOPBACK_PORT = re.compile(r"(?<=127\.0\.0\.1:)(\d+)|(?<=--port )(\d+)")
SERVER_LINE = re.compile(
    r"^apikit (--root \S+ )?(mock (\w+|--all)|docs --serve)\b.*?(?P<port>--port (?P<number>\d+))"
)

# The blocks that do not run here, by their first line. Everything else runs.
LEFT_OUT = {
    "python3 -m pip install nox && python3 -m nox -s build",  # the commands that run this suite
    "python3 -m nox -s docs -- --serve",  # builds its own environment; `apikit docs --serve` runs
    "FIVEPM_LOGIN=me@example.com FIVEPM_PASSWORD=... apikit verify",  # needs a live account
}
CLIENT_PACKAGE = re.compile(r"^from (?P<api>\w+)_client\b", re.MULTILINE)
TYPESCRIPT_PACKAGE = re.compile(r"^import .* from '(?P<api>\w+)-client';$", re.MULTILINE)


@dataclass(frozen=True)
class Block:
    language: str
    code: str
    line: int
    """The README line of the opening fence."""
    not_run: str | None
    """Why the block does not run here, as the README says above it."""

    @property
    def name(self) -> str:
        return f"README.md:{self.line}"


def readme_blocks() -> list[Block]:
    lines = README.read_text(encoding="utf-8").splitlines()
    blocks: list[Block] = []
    index = 0
    while index < len(lines):
        opening = FENCE.match(lines[index])
        if opening is None:
            index += 1
            continue
        end = lines.index("```", index + 1)
        above = NOT_RUN.fullmatch(lines[index - 1]) if index else None
        code = "\n".join(lines[index + 1 : end]) + "\n"
        blocks.append(Block(opening["language"], code, index + 1, above["why"] if above else None))
        index = end + 1
    return blocks


BLOCKS = readme_blocks()
PYTHON = [b for b in BLOCKS if b.language == "python"]
TYPESCRIPT = [b for b in BLOCKS if b.language == "ts"]
SHELL = [b for b in BLOCKS if b.language == "bash" and b.not_run is None]


def test_every_block_names_a_language_the_suite_knows() -> None:
    assert {b.language for b in BLOCKS} <= {"python", "ts", "bash", "toml", "text"}, [
        (b.name, b.language) for b in BLOCKS
    ]
    assert len(PYTHON) >= 6 and len(SHELL) >= 5  # the parser found the examples


def test_only_the_pinned_blocks_are_left_out_and_each_says_why() -> None:
    left_out = [b for b in BLOCKS if b.not_run]
    pinned = sorted(p for b in left_out for p in LEFT_OUT if b.code.startswith(p))
    assert pinned == sorted(LEFT_OUT) and len(left_out) == len(LEFT_OUT), [b.name for b in left_out]
    assert all(b.language == "bash" and len(b.not_run or "") > 10 for b in left_out)


def test_toml_examples_are_valid_toml() -> None:
    blocks = [b for b in BLOCKS if b.language == "toml"]
    assert blocks
    for block in blocks:
        tomllib.loads(block.code)


def test_the_verify_examples_run_against_their_mocks() -> None:
    """These blocks are also the end-to-end test of `apikit verify` on the 5pm mock and on a spec-only
    mock, so they must stay among the blocks that run."""
    runs = [b.code for b in SHELL]
    assert any("apikit mock fivepm" in code and "apikit verify fivepm" in code for code in runs)
    assert any("mock museum" in code and "verify museum" in code for code in runs)


# --- the Python examples ------------------------------------------------------------------------------


def api_of(block: Block) -> str:
    pattern = TYPESCRIPT_PACKAGE if block.language == "ts" else CLIENT_PACKAGE
    apis = set(pattern.findall(block.code))
    assert len(apis) == 1, f"{block.name} should import one client, imports {sorted(apis)}"
    return apis.pop()


def readme_environment() -> dict[str, str]:
    """The variables the README's ``export`` lines set."""
    exported: dict[str, str] = {}
    for block in BLOCKS:
        for line in block.code.splitlines():
            if line.startswith("export "):
                for assignment in shlex.split(line)[1:]:
                    name, _, value = assignment.partition("=")
                    exported[name] = value
    return exported


@pytest.fixture(scope="module")
def mypy_report(tmp_path_factory: pytest.TempPathFactory, mypy_cache: Path) -> str:
    """One ``mypy --strict`` run over every Python block, each its own module; no MYPYPATH, so the
    clients are found as installed."""
    folder = tmp_path_factory.mktemp("readme-python")
    for block in PYTHON:
        (folder / f"readme_{block.line}.py").write_text(block.code, encoding="utf-8")
    environment = {k: v for k, v in os.environ.items() if k != "MYPYPATH"}
    modules = sorted(p.name for p in folder.glob("readme_*.py"))
    result = run_mypy_strict(modules, folder, mypy_cache, environment)
    assert "Success" in result.stdout or "error" in result.stdout, result.stdout + result.stderr
    return result.stdout


@pytest.mark.parametrize("block", PYTHON, ids=[b.name for b in PYTHON])
def test_python_example_type_checks(block: Block, mypy_report: str) -> None:
    problems = [line for line in mypy_report.splitlines() if line.startswith(f"readme_{block.line}.py:")]
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("block", PYTHON, ids=[b.name for b in PYTHON])
def test_python_example_runs_against_its_mock(block: Block, tmp_path: Path) -> None:
    with running_mock(api_of(block)) as base_url:
        port = base_url.rsplit(":", 1)[1]
        environment = {
            **os.environ,
            **{name: on_port(value, port) for name, value in readme_environment().items()},
        }
        script = tmp_path / "example.py"
        script.write_text(block.code, encoding="utf-8")
        result = subprocess.run(
            [sys.executable, str(script)],
            cwd=tmp_path, capture_output=True, text=True, check=False, env=environment, timeout=120,
        )  # fmt: skip
    assert result.returncode == 0, f"{block.name}\n{result.stdout}\n{result.stderr}"
    assert result.stdout.strip(), f"{block.name} printed nothing"


def on_port(value: str, port: str) -> str:
    """A README value with every loopback port replaced by ``port``."""
    return LOOPBACK_PORT.sub(port, value)


# --- the TypeScript examples --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def typescript_examples(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every TypeScript block compiled by one ``tsc --strict`` run, each its own module."""
    folder = tmp_path_factory.mktemp("readme-typescript")
    sources = {f"readme_{block.line}.ts": block.code for block in TYPESCRIPT}
    return compile_sources(Project(ROOT), sources, folder)


@pytest.mark.parametrize("block", TYPESCRIPT, ids=[b.name for b in TYPESCRIPT])
def test_typescript_example_type_checks_and_runs_against_its_mock(
    block: Block, typescript_examples: Path
) -> None:
    with running_mock(api_of(block)) as base_url:
        port = base_url.rsplit(":", 1)[1]
        environment = {name: on_port(value, port) for name, value in readme_environment().items()}
        script = typescript_examples / f"readme_{block.line}.js"
        result = run_node([str(script)], typescript_examples, environment)
    assert result.returncode == 0, f"{block.name}\n{result.stdout}\n{result.stderr}"
    assert result.stdout.strip(), f"{block.name} printed nothing"


# --- the shell examples -------------------------------------------------------------------------------


@pytest.mark.parametrize("block", SHELL, ids=[b.name for b in SHELL])
def test_shell_example_runs(block: Block, tmp_path: Path) -> None:
    project = copy_project(Project(ROOT), tmp_path / "project")
    shutil.copytree(ROOT / "examples", project.root / "examples")
    ports = {readme: str(free_port()) for readme in sorted(set(port_numbers(block.code)))}
    code = LOOPBACK_PORT.sub(lambda m: ports[m.group(0)], block.code)
    environment = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    with contextlib.ExitStack() as servers:
        for segment in segments(code):
            server = SERVER_LINE.match(segment)
            if server:
                servers.enter_context(background(segment, int(server["number"]), project.root, environment))
            else:
                run_segment(block, segment, project.root, environment)
        if not any(not SERVER_LINE.match(segment) for segment in segments(code)):
            for port in ports.values():  # a block of servers only: each must answer
                assert http_status(int(port)) > 0


def port_numbers(code: str) -> Iterator[str]:
    for match in LOOPBACK_PORT.finditer(code):
        yield match.group(0)


def segments(code: str) -> Iterator[str]:
    """The block's commands in order: each server line on its own, the lines between as one script
    (a backslash at a line's end continues it)."""
    script: list[str] = []
    for line in code.replace("\\\n", " ").splitlines():
        if SERVER_LINE.match(line):
            if script:
                yield "\n".join(script)
                script = []
            yield line
        elif line.strip():
            script.append(line)
    if script:
        yield "\n".join(script)


def run_segment(block: Block, script: str, cwd: Path, environment: dict[str, str]) -> None:
    result = subprocess.run(
        ["bash", "-euo", "pipefail", "-c", script],
        cwd=cwd, capture_output=True, text=True, check=False, env=environment, timeout=600,
    )  # fmt: skip
    output = f"{block.name}\n$ {script}\n{result.stdout[-4000:]}\n{result.stderr[-4000:]}"
    assert result.returncode == 0, output
    assert not ERROR_ENVELOPE.search(result.stdout), output


@contextlib.contextmanager
def background(line: str, port: int, cwd: Path, environment: dict[str, str]) -> Iterator[None]:
    """A server line of the README, running until the block ends."""
    process = subprocess.Popen(
        ["bash", "-c", f"exec {line.rstrip(' &')}"],
        cwd=cwd, env=environment, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 120
        while http_status(port) == 0:
            if process.poll() is not None or time.monotonic() > deadline:
                output = (
                    process.stdout.read().decode() if process.stdout and process.poll() is not None else ""
                )
                pytest.fail(f"`{line}` did not start serving on port {port}:\n{output[-3000:]}")
            time.sleep(0.1)
        yield
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)


def http_status(port: int) -> int:
    """The status of ``GET /`` on the port, or 0 while nothing answers there."""
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=2) as connection:
            connection.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
            status_line = connection.recv(64).split(b"\r\n", 1)[0].split()
            return int(status_line[1]) if len(status_line) > 1 else 0
    except OSError:
        return 0
