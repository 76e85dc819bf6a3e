"""The programs under test and the load generator, each in its own process on 127.0.0.1.

Our mock runs as a user runs it (``apikit mock``, with ``--root`` the API's project: this checkout
for the bundled APIs, an example project's folder for the spec-only ones); Prism
(``@stoplight/prism-cli``) is installed by npm into ``bench/.prism`` on first use; wrk, the native
load generator, is installed with apt-get when missing. With two or more cores, the server is
pinned to core 0 and the load generator to core 1 (``taskset``): both servers are single event
loops, and pinning gives each the same one core, with the load generator never competing with it
for that core.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
PRISM_HOME = ROOT / "bench" / ".prism"
PRISM_VERSION = "5"
EXAMPLE_PROJECTS = {"museum": ROOT / "examples" / "museum"}
"""APIs of example projects, which have no mock plugin: the spec-only mock serves them, as it serves
a user's own spec, and is measured against Prism like the bundled mocks."""


class ServerFailed(RuntimeError):
    """A server did not start; the message ends with the last lines it printed."""


@dataclass(frozen=True)
class Running:
    base: str
    pid: int


@dataclass(frozen=True)
class Pinning:
    server: tuple[str, ...]
    load: tuple[str, ...]
    note: str
    load_core: int | None = None
    """The load generator's core, for a load that runs in this process (None: not pinned)."""


def pinning() -> Pinning:
    taskset = shutil.which("taskset")
    cores = sorted(os.sched_getaffinity(0))
    if taskset is None or len(cores) < 2:
        why = "taskset not found" if taskset is None else "only one core"
        return Pinning((), (), f"not pinned ({why}): server and load generator share the cores")
    server, load = str(cores[0]), str(cores[1])
    return Pinning(
        (taskset, "-c", server),
        (taskset, "-c", load),
        f"server pinned to core {server}, load generator to core {load} (taskset)",
        int(load),
    )


@contextlib.contextmanager
def running_on(core: int | None) -> Iterator[None]:
    """This process on ``core`` only (None: leave it as it is), restored afterwards."""
    if core is None:
        yield
        return
    before = os.sched_getaffinity(0)
    os.sched_setaffinity(0, {core})
    try:
        yield
    finally:
        os.sched_setaffinity(0, before)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_for(port: int, process: subprocess.Popen[bytes], seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise ServerFailed(f"exited with status {process.returncode}")
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise ServerFailed(f"nothing listened on port {port} within {seconds:.0f} s")


@contextlib.contextmanager
def serving(
    command: Sequence[str], port: int, pin: Sequence[str] = (), env: Mapping[str, str] | None = None
) -> Iterator[Running]:
    with tempfile.TemporaryFile() as log:
        environment = {**os.environ, **(env or {})}
        process = subprocess.Popen([*pin, *command], stdout=log, stderr=subprocess.STDOUT, env=environment)
        try:
            try:
                wait_for(port, process)
            except ServerFailed as exc:
                log.seek(0)
                tail = log.read().decode(errors="replace").strip().splitlines()[-5:]
                raise ServerFailed(f"{exc}: {' | '.join(tail)}" if tail else str(exc)) from None
            yield Running(f"http://127.0.0.1:{port}", process.pid)
        finally:
            process.terminate()
            with contextlib.suppress(subprocess.TimeoutExpired):
                process.wait(timeout=10)
            if process.poll() is None:
                process.kill()
                process.wait()


def project_root(api: str) -> Path:
    """The apikit project holding ``api``'s spec: its example project, else this checkout."""
    return EXAMPLE_PROJECTS.get(api, ROOT)


def mock_apis() -> list[str]:
    """Every API whose mock is measured: the bundled ones, then those of the example projects."""
    from apikit.project import Project

    return [*Project(ROOT).api_names(), *EXAMPLE_PROJECTS]


def our_mock(
    api: str, pin: Sequence[str] = (), env: Mapping[str, str] | None = None
) -> contextlib.AbstractContextManager[Running]:
    port = free_port()
    root = str(project_root(api))
    command = [sys.executable, "-m", "apikit", "--root", root, "mock", api, "--port", str(port)]
    return serving(command, port, pin, env)


def empty_server(pin: Sequence[str] = ()) -> contextlib.AbstractContextManager[Running]:
    """bench/empty_app.py behind the mocks' HTTP server: the ceiling of any mock on this machine."""
    port = free_port()
    path = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    return serving([sys.executable, "-m", "bench.empty_app", str(port)], port, pin, {"PYTHONPATH": path})


def mock_behaviour(api: str) -> str:
    """What serves ``api`` in our mock, as ``apikit mock`` says it: a plugin or the spec-only mock.
    Raises what a plugin that does not load raises."""
    from apikit.mock import behaviour_factory
    from apikit.project import Project

    return behaviour_factory(api, Project(project_root(api)))[1]


def missing_mock(api: str) -> str | None:
    """Why the API's mock cannot be measured (None when it can): its plugin must load."""
    try:
        mock_behaviour(api)
    except Exception as exc:  # a plugin being written may not import yet
        return f"the mock of {api} does not load: {type(exc).__name__}: {exc}"
    return None


def prism_executable() -> Path | None:
    """Installs @stoplight/prism-cli into bench/.prism on first use (npm); None when npm is missing."""
    binary = PRISM_HOME / "node_modules" / ".bin" / "prism"
    if binary.exists():
        return binary
    npm = shutil.which("npm")
    if npm is None:
        return None
    PRISM_HOME.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [npm, "install", "--silent", "--no-audit", "--no-fund", "--prefix", str(PRISM_HOME),
         f"@stoplight/prism-cli@{PRISM_VERSION}"],
        check=True, env={**os.environ, "npm_config_update_notifier": "false"},
    )  # fmt: skip
    return binary if binary.exists() else None


def prism_version(binary: Path) -> str:
    package = PRISM_HOME / "node_modules" / "@stoplight" / "prism-cli" / "package.json"
    return str(json.loads(package.read_text())["version"]) if package.exists() else str(binary)


def prism_mock(
    binary: Path, spec: dict[str, Any], workdir: Path, pin: Sequence[str] = ()
) -> contextlib.AbstractContextManager[Running]:
    """Prism serving ``spec`` as a mock; it validates every request against the spec by default.

    It logs warnings only: by default it logs every request, which costs it about a third of its
    throughput, and our mock logs no request either.
    """
    spec_file = workdir / "prism-spec.json"
    spec_file.write_text(json.dumps(spec))
    port = free_port()
    command = [str(binary), "mock", "-h", "127.0.0.1", "-p", str(port), *PRISM_OPTIONS, str(spec_file)]
    return serving(command, port, pin)


PRISM_OPTIONS = ("--verboseLevel", "warn")


def wrk_executable() -> tuple[Path | None, str]:
    """wrk, installed with apt-get (as root, or through password-less sudo) when missing.

    Returns the executable, or None and why not (the benchmark then falls back to its Python load
    generator and says so).
    """
    found = shutil.which("wrk")
    if found:
        return Path(found), ""
    apt = shutil.which("apt-get")
    if apt is None:
        return None, "wrk not installed and no apt-get to install it"
    prefix: list[str] = []
    if os.geteuid() != 0:
        sudo = shutil.which("sudo")
        if sudo is None or subprocess.run([sudo, "-n", "true"], capture_output=True).returncode:
            return None, "wrk not installed, and installing it needs root"
        prefix = [sudo, "-n"]
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    install = [*prefix, apt, "install", "-y", "-qq", "wrk"]
    if subprocess.run(install, capture_output=True, env=env).returncode:
        # An image without package lists needs them first.
        subprocess.run([*prefix, apt, "update", "-qq"], capture_output=True, env=env)
        failed = subprocess.run(install, capture_output=True, text=True, env=env)
        if failed.returncode:
            last = (failed.stderr or failed.stdout).strip().splitlines()[-1:]
            return None, f"apt-get could not install wrk ({' '.join(last) or failed.returncode})"
    found = shutil.which("wrk")
    return (Path(found), "") if found else (None, "apt-get installed no wrk executable")
