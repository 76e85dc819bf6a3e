"""Helpers shared by the tests: where things are, and a mock server in a child process."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from http.server import ThreadingHTTPServer
from pathlib import Path
from socketserver import BaseRequestHandler
from typing import Any

import hypothesis
import pytest
import yaml
from click.testing import CliRunner
from hypothesis.stateful import RuleBasedStateMachine, run_state_machine_as_test

from apikit.cli import main
from apikit.project import Project, client_package_name

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
"""Test data kept with the project: per API an inventory of what the vendor documents and the recorded
request/response bodies (see tests/data/README.md), and the Overlay conformance data."""


def inventory(api: str) -> dict[str, Any]:
    """``tests/data/<api>/inventory.yaml``: the facts of the vendor's documents the tests hold the spec to."""
    loaded: dict[str, Any] = yaml.safe_load((DATA / api / "inventory.yaml").read_text(encoding="utf-8"))
    return loaded


def recorded_samples(api: str) -> list[tuple[str, dict[str, Any]]]:
    """(file name, sample) for every recorded body of ``tests/data/<api>/samples/``, in name order."""
    return [
        (path.name, json.loads(path.read_text(encoding="utf-8")))
        for path in sorted((DATA / api / "samples").glob("*.json"))
    ]


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def running_mock(api: str) -> Iterator[str]:
    """`apikit mock API` in a child process on a free loopback port; yields its base URL."""
    with mock_process(api) as (base_url, _):
        yield base_url


@contextlib.contextmanager
def mock_process(*args: str, root: Path = ROOT) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """`apikit --root ROOT mock ARGS...` in a child process on a free loopback port; yields its base
    URL and the process (stopped at the end unless the test stopped it already)."""
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "apikit", "--root", str(root), "mock", *args, "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        _wait_for_port(port, process)
        yield f"http://127.0.0.1:{port}", process
    finally:
        if process.poll() is None:
            process.terminate()
            process.wait(timeout=10)


def _wait_for_port(port: int, process: subprocess.Popen[bytes]) -> None:
    for _ in range(200):
        if process.poll() is not None:
            output = process.stdout.read().decode() if process.stdout else ""
            pytest.fail(f"the mock exited early with {process.returncode}:\n{output}")
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    pytest.fail(f"the mock did not listen on port {port} within 10 s")


def copy_project(source: Project, destination: Path, languages: Sequence[str] = ("python",)) -> Project:
    """A scratch copy of the project's specs, overlays and generated clients, whose builds make the
    clients of ``languages`` (Python only, as in any project that does not ask for more, unless a
    test is about the others: a TypeScript package costs seconds to make again). Tool caches stay
    out: on several workers, a type check running elsewhere writes them while the copy reads the
    tree."""
    caches = shutil.ignore_patterns("__pycache__", ".mypy_cache", ".ruff_cache", "node_modules")
    for folder in ("specs", "overlays", "generated"):
        if (source.root / folder).is_dir():
            shutil.copytree(source.root / folder, destination / folder, ignore=caches)
    if list(languages) != ["python"]:
        listed = ", ".join(f'"{language}"' for language in languages)
        (destination / "pyproject.toml").write_text(f"[tool.apikit.generate]\nlanguages = [{listed}]\n")
    return Project(destination)


def project_of_specs(root: Path, specs: dict[str, Path]) -> Project:
    """A project of its own under ``root``: each spec folder copied, as it is, into ``specs/<name>/``."""
    for name, folder in specs.items():
        shutil.copytree(folder, root / "specs" / name)
    return Project(root)


def build_project(project: Project) -> str:
    """``apikit --root PROJECT build`` as a user runs it; asserts it succeeded and returns what it printed."""
    result = CliRunner().invoke(main, ["--root", str(project.root), "build"])
    assert result.exit_code == 0, result.output
    return result.output


def run_mypy_strict(
    targets: Sequence[str], cwd: Path, cache: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """``mypy --strict`` over ``targets``, keeping what it works out in ``cache`` (the ``mypy_cache``
    fixture: one folder per test process). Worked out afresh, the standard library and the libraries
    the clients use cost each run two to three seconds; mypy compares each file's hash with its cache
    entry before it trusts it, so a changed file is always checked again."""
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(cache), *targets],
        cwd=cwd, env=env, capture_output=True, text=True, check=False, timeout=600,
    )  # fmt: skip


def mypy_strict(project: Project, api: str, cache: Path) -> str:
    """What ``mypy --strict`` says about the API's generated client package ("" when it passes). The
    package is found as the docs snippets find it (MYPYPATH), so their runs reuse what this one kept."""
    client = project.client_dir(api)
    environment = dict(os.environ, MYPYPATH=str(client))
    result = run_mypy_strict(["-p", client_package_name(api)], client, cache, environment)
    return "" if result.returncode == 0 else result.stdout + result.stderr


def verify_running_mock(api: str, max_examples: int, *options: str, root: Path = ROOT) -> str:
    """`apikit verify API [OPTIONS]` against `apikit mock API`, both in the project at ``root``; asserts
    it found no failure and returns the schemathesis summary (the part of its output after SUMMARY)."""
    with mock_process(api, root=root) as (base_url, _):
        result = subprocess.run(
            [sys.executable, "-m", "apikit", "--root", str(root), "verify", api,
             "--base-url", base_url, "--max-examples", str(max_examples), *options],
            capture_output=True, text=True, check=False, timeout=900,
        )  # fmt: skip
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]
    summary = result.stdout.split("SUMMARY")[-1]
    assert " passed" in result.stdout and "failures" not in summary.lower(), summary[-3000:]
    return summary


def run_further_until(
    done: Callable[[], bool],
    machine: type[RuleBasedStateMachine],
    settings: hypothesis.settings,
    runs: int = 3,
) -> None:
    """Up to ``runs`` further runs of a state machine, each from its own fixed seed, until ``done()``.

    schemathesis decides with a coin of its own, per step, whether to follow a link or to explore, so
    one run of its sequences now and then leaves unfinished a chain that the spec's links allow. A
    broken link still fails: no run can finish its chain."""
    for seed in range(1, runs + 1):
        if done():
            return
        run_state_machine_as_test(
            hypothesis.seed(seed)(machine), settings=hypothesis.settings(settings, derandomize=False)
        )


class FakeTime:
    """A clock to hand code that waits: ``sleep`` records the wait and moves the clock on at once."""

    def __init__(self, start: float) -> None:
        self.now = start
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


@contextlib.contextmanager
def http_server(handler: Callable[..., BaseRequestHandler]) -> Iterator[str]:
    """A threaded HTTP server of ``handler`` on a free loopback port; yields its base URL
    (``http://127.0.0.1:PORT``, no trailing slash) and stops it at the end."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)
