"""Response readers schemathesis lacks: XML read through the spec's schemas."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

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
