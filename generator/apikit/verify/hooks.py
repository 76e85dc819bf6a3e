"""schemathesis hooks loaded by `apikit verify` (through SCHEMATHESIS_HOOKS)."""

from __future__ import annotations

import os
from pathlib import Path

import httpx

from apikit.build import prepare_spec
from apikit.project import Project
from apikit.verify import API_ENV, BASE_URL_ENV, ROOT_ENV, VERIFY_TARGET
from apikit.verify.extensions import (
    register_error_envelope_check,
    register_sign_in,
    register_xml_reader,
    skip_unsendable_queries,
)
from apikit.verify.ratelimit import install as wait_out_rate_limits


def _install() -> None:
    api = os.environ[API_ENV]
    project = Project(Path(os.environ[ROOT_ENV]))
    spec = prepare_spec(project, api, VERIFY_TARGET).document
    register_xml_reader(spec)
    register_error_envelope_check(spec)
    skip_unsendable_queries()
    wait_out_rate_limits()
    http = httpx.Client(base_url=os.environ[BASE_URL_ENV].rstrip("/") + "/", timeout=30)
    register_sign_in(api, http, project=project)


_install()
