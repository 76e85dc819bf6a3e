"""What schemathesis needs to know about our APIs beyond their specs.

- ``register_xml_reader``: XML answers read through the spec's schemas (booleans 1/0, numbers as
  text), so they are checked as strictly as JSON;
- ``register_sign_in``: the API's own sign-in, from ``apikit.verify.<api>`` when there is one.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from typing import Any

import httpx
import schemathesis

from apikit.spec import resolve
from apikit.xmlcodec import decode_xml

XML_MEDIA_TYPES = ("application/xml", "text/xml")


def response_schema(
    spec: Mapping[str, Any], operation: Mapping[str, Any], status: int, media_type: str
) -> Any:
    responses = operation.get("responses", {})
    code = str(status)
    response = responses.get(code) or responses.get(f"{code[0]}XX") or responses.get("default") or {}
    return ((resolve(spec, response).get("content") or {}).get(media_type) or {}).get("schema")


def register_xml_reader(spec: Mapping[str, Any]) -> None:
    """Let schemathesis check XML answers as strictly as JSON ones (booleans 1/0, numbers as text)."""

    def read_xml(ctx: schemathesis.DeserializationContext, response: schemathesis.Response) -> Any:
        operation = ctx.operation.definition.raw
        schema = response_schema(spec, operation, response.status_code, "application/xml")
        if schema is None:
            raise ValueError(
                f"{operation.get('operationId')}: no XML schema for status {response.status_code}"
            )
        return decode_xml(response.content, schema, spec)

    schemathesis.deserializer(*XML_MEDIA_TYPES)(read_xml)


# Well inside the 30-minute idle lifetime of a 5pm session.
SESSION_REFRESH_SECONDS = 20 * 60


def register_sign_in(api: str, http: httpx.Client, target: Any = schemathesis) -> bool:
    """Register ``apikit.verify.<api>``'s auth provider on ``target`` (globally, or one schema).

    ``http`` reaches the API root. Returns False for an API that needs no sign-in module.
    """
    try:
        module = importlib.import_module(f"apikit.verify.{api}")
    except ModuleNotFoundError:
        return False
    # One sign-in for the run: a 401 is an answer to check, not a reason to sign in again.
    target.auth(refresh_interval=SESSION_REFRESH_SECONDS, retry_on=[])(module.auth_provider(http))
    return True


def skip_unsendable_queries(target: Any = schemathesis) -> None:
    """Drop generated cases whose query holds an empty list or object: such a value is not sent
    at all, so a "negative" case made of one is valid on the wire and the server rightly accepts it."""

    def filter_query(ctx: Any, query: dict[str, Any] | None) -> bool:
        return not any(value in ([], {}) for value in (query or {}).values())

    target.hook(filter_query)
