"""schemathesis hooks loaded by `apikit verify` (through SCHEMATHESIS_HOOKS).

They add what a spec cannot say: each API's sign-in (from ``apikit.verify.<api>``) and a reader
for XML answers that follows the spec's schemas, so XML is checked as strictly as JSON.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any

import schemathesis

from apikit.build import load_valid_spec
from apikit.project import Project
from apikit.spec import resolve
from apikit.verify import API_ENV, BASE_URL_ENV, ROOT_ENV
from apikit.xmlcodec import decode_xml


@cache
def _spec() -> Mapping[str, Any]:
    return load_valid_spec(Project(Path(os.environ[ROOT_ENV])), os.environ[API_ENV])


def _response_schema(operation_id: str, status: int, media_type: str) -> Any:
    spec = _spec()
    for item in spec["paths"].values():
        for definition in item.values():
            if isinstance(definition, Mapping) and definition.get("operationId") == operation_id:
                responses = definition.get("responses", {})
                response = resolve(spec, responses.get(str(status)) or responses.get(f"{str(status)[0]}XX") or responses.get("default", {}))
                return (response.get("content") or {}).get(media_type, {}).get("schema")
    return None


@schemathesis.deserializer("application/xml", "text/xml")
def read_xml(ctx: schemathesis.DeserializationContext, response: schemathesis.Response) -> Any:
    operation_id = str(ctx.operation.definition.raw.get("operationId", ""))
    schema = _response_schema(operation_id, response.status_code, "application/xml")
    if schema is None:
        raise ValueError(f"{operation_id}: the spec has no XML schema for status {response.status_code}")
    return decode_xml(response.content, schema, _spec())


def _register_api_auth() -> None:
    api = os.environ.get(API_ENV)
    if not api:
        return
    try:
        module = importlib.import_module(f"apikit.verify.{api}")
    except ModuleNotFoundError:
        return  # an API without sign-in: requests go out as generated
    schemathesis.auth()(module.auth_provider(os.environ[BASE_URL_ENV]))


_register_api_auth()
