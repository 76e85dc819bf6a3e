"""Servers under test, each in its own process on 127.0.0.1: our mock and Stoplight Prism."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
PRISM_HOME = ROOT / "bench" / ".prism"
PRISM_VERSION = "5"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_for(port: int, process: subprocess.Popen[bytes], seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited with {process.returncode}")
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise RuntimeError(f"nothing listened on port {port} within {seconds} s")


@contextlib.contextmanager
def serving(command: list[str], port: int) -> Iterator[str]:
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for(port, process)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.wait(timeout=10)
        if process.poll() is None:
            process.kill()


def our_mock(api: str) -> contextlib.AbstractContextManager[str]:
    port = free_port()
    return serving(
        [sys.executable, "-m", "apikit", "--root", str(ROOT), "mock", api, "--port", str(port)], port
    )


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


def prism_mock(binary: Path, spec: dict[str, Any], workdir: Path) -> contextlib.AbstractContextManager[str]:
    spec_file = workdir / "prism-spec.json"
    spec_file.write_text(json.dumps(spec))
    port = free_port()
    return serving([str(binary), "mock", "-h", "127.0.0.1", "-p", str(port), str(spec_file)], port)
