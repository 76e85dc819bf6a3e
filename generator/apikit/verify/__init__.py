"""Verify stage: hold any server (a mock or the live service) to an API's spec with schemathesis.

Runs the schemathesis CLI with every built-in check, positive and negative data, and stateful
sequences from the spec's links. ``hooks`` teaches schemathesis what the spec cannot say: how to
sign in to each API and how to read its XML answers.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from apikit.build import load_valid_spec
from apikit.project import Project
from apikit.verify.extensions import negative_data_statuses

API_ENV = "APIKIT_VERIFY_API"
ROOT_ENV = "APIKIT_PROJECT_ROOT"
BASE_URL_ENV = "APIKIT_VERIFY_BASE_URL"


def run_verify(
    project: Project,
    api: str,
    base_url: str,
    *,
    max_examples: int = 25,
    phases: str | None = None,
    extra_args: tuple[str, ...] = (),
) -> int:
    """Run schemathesis against ``base_url``; returns its exit code (0 when nothing failed)."""
    spec = load_valid_spec(project, api)
    with tempfile.TemporaryDirectory(prefix=f"apikit-verify-{api}-") as scratch:
        spec_file = Path(scratch) / "openapi.json"
        spec_file.write_text(json.dumps(spec), encoding="utf-8")
        config_file = Path(scratch) / "schemathesis.toml"
        config_file.write_text(_checks_config(spec), encoding="utf-8")
        command = [
            sys.executable, "-m", "schemathesis.cli", "--config-file", str(config_file),
            "run", str(spec_file),
            "--url", base_url,
            "--checks", "all",
            "--mode", "all",
            "--max-examples", str(max_examples),
            "--seed", "1",
            "--workers", "1",
            "--no-color",
            # Credentials come from the API's sign-in (apikit.verify.<api>), never from generated data.
            "--generation-with-security-parameters", "false",
            # A NUL byte cannot travel in a query string (the mock engine refuses it, as many servers do).
            "--generation-allow-x00", "false",
            *(("--phases", phases) if phases else ()),
            *extra_args,
        ]  # fmt: skip
        env = {
            **os.environ,
            "SCHEMATHESIS_HOOKS": "apikit.verify.hooks",
            API_ENV: api,
            ROOT_ENV: str(project.root),
            BASE_URL_ENV: base_url,
        }
        return subprocess.run(command, env=env, check=False).returncode


def _checks_config(spec: Mapping[str, Any]) -> str:
    statuses = ", ".join(json.dumps(status) for status in negative_data_statuses(spec))
    return f"[checks.negative_data_rejection]\nexpected-statuses = [{statuses}]\n"
