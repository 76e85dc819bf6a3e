"""Verify stage: hold any server (a mock or the live service) to an API's spec with schemathesis.

Runs the schemathesis CLI with every built-in check, positive and negative data, and stateful
sequences from the spec's links. ``hooks`` teaches schemathesis what the spec cannot say: how to
sign in to each API, how to read its XML answers, and how to wait out a rate limit (``ratelimit``);
``budget`` time-boxes a run that a server's rate limit would make crawl.
For a server of any other API, ``credentials`` places the credentials given on the command line by
the spec's security schemes, ``selection`` picks operations, and ``output`` shows schemathesis' report
in verify's terms and without secrets.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from apikit.build import prepare_spec
from apikit.plugins import VERIFY_GROUP, find_plugin
from apikit.project import Project
from apikit.verify.budget import time_budget
from apikit.verify.credentials import GivenCredentials, plan_credentials
from apikit.verify.extensions import negative_data_statuses
from apikit.verify.output import OutputFilter, run_filtered
from apikit.verify.ratelimit import schemathesis_rate
from apikit.verify.selection import OperationFilters, check_every_filter_matches
from apikit.verify.usage import VerifyUsageError

API_ENV = "APIKIT_VERIFY_API"
ROOT_ENV = "APIKIT_PROJECT_ROOT"
BASE_URL_ENV = "APIKIT_VERIFY_BASE_URL"
VERIFY_TARGET = "verify"
"""The overlays a server is held to the spec after: ``overlays/<api>/all*.yaml`` and ``verify*.yaml``."""
NO_CREDENTIALS = GivenCredentials()
EVERY_OPERATION = OperationFilters()


def run_verify(
    project: Project,
    api: str,
    base_url: str,
    *,
    max_examples: int = 25,
    phases: str | None = None,
    credentials: GivenCredentials = NO_CREDENTIALS,
    filters: OperationFilters = EVERY_OPERATION,
    rate: str | None = None,
    max_time: int | None = None,
    junit_xml: Path | None = None,
    verify_options: frozenset[str] = frozenset(),
    extra_args: tuple[str, ...] = (),
) -> int:
    """Run schemathesis against ``base_url``; returns its exit code (0 when nothing failed).

    ``verify_options`` are the options of the `apikit verify` command, the only ones its output may
    suggest. ``max_time`` is the run's time limit in seconds (0: none); without it, a server whose
    announced rate limit would make the run crawl gets one (``budget``). Raises VerifyUsageError,
    before anything is sent, for an option value it cannot use."""
    spec = prepare_spec(project, api, VERIFY_TARGET).document
    has_plugin = find_plugin(project, VERIFY_GROUP, api) is not None
    if has_plugin and credentials.signs_in():
        raise VerifyUsageError(
            _first_sign_in_option(credentials),
            f"{api} signs in through its verify plugin, with the credentials it reads from the "
            "environment; --auth, --bearer and --api-key are for APIs without one",
        )
    plan = plan_credentials(spec, credentials)
    check_every_filter_matches(spec, filters)
    budget = time_budget(base_url, max_time)
    if budget.notice:
        print(budget.notice, file=sys.stderr, flush=True)
    run_options = (
        *(("--phases", phases) if phases else ()),
        *filters.schemathesis_args(),
        *(("--rate-limit", schemathesis_rate(rate)) if rate else ()),
        *budget.schemathesis_args(),
        *(("--report", "junit", "--report-junit-path", str(junit_xml.resolve())) if junit_xml else ()),
        *extra_args,
    )
    line_filter = OutputFilter(
        verify_options,
        tuple(plan.secrets),
        credentials_hint=PLUGIN_CREDENTIALS_HINT if has_plugin else OutputFilter.credentials_hint,
    )
    with tempfile.TemporaryDirectory(prefix=f"apikit-verify-{api}-") as scratch:
        spec_file = Path(scratch) / "openapi.json"
        spec_file.write_text(json.dumps(spec), encoding="utf-8")
        config_file = Path(scratch) / "schemathesis.toml"
        config_file.write_text(_checks_config(spec) + plan.config_toml(), encoding="utf-8")
        command = _schemathesis_command(spec_file, config_file, base_url, max_examples, run_options)
        env = {
            **os.environ,
            **plan.environment,
            "SCHEMATHESIS_HOOKS": "apikit.verify.hooks",
            "PYTHONIOENCODING": "utf-8",
            API_ENV: api,
            ROOT_ENV: str(project.root),
            BASE_URL_ENV: base_url,
        }
        return run_filtered(command, env, line_filter)


PLUGIN_CREDENTIALS_HINT = "Check the credentials that the API's verify plugin reads from the environment"


def _first_sign_in_option(credentials: GivenCredentials) -> str:
    if credentials.basic is not None:
        return "--auth"
    return "--bearer" if credentials.bearer is not None else "--api-key"


def _schemathesis_command(
    spec_file: Path, config_file: Path, base_url: str, max_examples: int, run_options: tuple[str, ...]
) -> list[str]:
    """`schemathesis run` with what every verify run has, then ``run_options``."""
    return [
        sys.executable, "-m", "schemathesis.cli", "--config-file", str(config_file),
        "run", str(spec_file),
        "--url", base_url,
        "--checks", "all",
        "--mode", "all",
        "--max-examples", str(max_examples),
        "--seed", "1",
        "--workers", "1",
        "--no-color",
        # Credentials come from the API's sign-in (apikit.verify.<api>) or the command line
        # (apikit.verify.credentials), never from generated data.
        "--generation-with-security-parameters", "false",
        # A NUL byte cannot travel in a query string (the mock engine refuses it, as many servers do).
        "--generation-allow-x00", "false",
        *run_options,
    ]  # fmt: skip


def _checks_config(spec: Mapping[str, Any]) -> str:
    statuses = ", ".join(json.dumps(status) for status in negative_data_statuses(spec))
    return f"[checks.negative_data_rejection]\nexpected-statuses = [{statuses}]\n"
