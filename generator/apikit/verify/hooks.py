"""schemathesis hooks loaded by `apikit verify` (through SCHEMATHESIS_HOOKS).

They add what a spec cannot say: each API's sign-in (``apikit.verify.<api>``) and a reader for
XML answers that follows the spec's schemas.
"""

from __future__ import annotations

import importlib
import os
from pathlib import Path

import httpx
import schemathesis

from apikit.build import load_valid_spec
from apikit.project import Project
from apikit.verify import API_ENV, BASE_URL_ENV, ROOT_ENV
from apikit.verify.readers import register_xml_reader


def _install() -> None:
    api = os.environ[API_ENV]
    register_xml_reader(load_valid_spec(Project(Path(os.environ[ROOT_ENV])), api))
    try:
        module = importlib.import_module(f"apikit.verify.{api}")
    except ModuleNotFoundError:
        return  # an API without sign-in: requests go out as generated
    http = httpx.Client(base_url=os.environ[BASE_URL_ENV].rstrip("/") + "/", timeout=30)
    schemathesis.auth()(module.auth_provider(http))


_install()
