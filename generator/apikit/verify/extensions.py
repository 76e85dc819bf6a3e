"""What schemathesis needs to know about our APIs beyond their specs.

- ``register_xml_reader``: XML answers read through the spec's schemas (booleans 1/0, numbers as
  text), so they are checked as strictly as JSON;
- ``register_sign_in``: the API's own sign-in, from its verify plugin (:mod:`apikit.plugins`) when it has one;
- ``register_error_envelope_check``: for APIs that answer errors on HTTP 200 with an envelope
  (the spec's ``x-error-envelope``), negative data must get that envelope.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

import httpx
import schemathesis
from schemathesis import CheckContext, Response
from schemathesis.config._checks import NegativeDataRejectionConfig
from schemathesis.generation.case import Case
from schemathesis.specs.openapi import checks as _openapi_checks
from schemathesis.specs.openapi.checks import (
    _openapi_negative_data_rejection as _builtin_negative_data_rejection,
)

from apikit.plugins import VERIFY_GROUP, find_plugin, plugin_function
from apikit.project import Project
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


def register_sign_in(
    api: str, http: httpx.Client, target: Any = schemathesis, project: Project | None = None
) -> bool:
    """Register the API's verify plugin's auth provider on ``target`` (globally, or one schema).

    ``http`` reaches the API root. Returns False for an API that has no verify plugin (its
    credentials, if any, come from the command line).
    """
    found = find_plugin(project or Project.find(), VERIFY_GROUP, api)
    if found is None:
        return False
    plugin, source = found
    auth_provider = plugin_function(plugin, "auth_provider", source)
    # One sign-in for the run: a 401 is an answer to check, not a reason to sign in again.
    target.auth(refresh_interval=SESSION_REFRESH_SECONDS, retry_on=[])(auth_provider(http))
    return True


def skip_unsendable_queries(target: Any = schemathesis) -> None:
    """Drop generated cases whose query holds an empty list or object: such a value is not sent
    at all, so a "negative" case made of one is valid on the wire and the server rightly accepts it."""

    def filter_query(ctx: Any, query: dict[str, Any] | None) -> bool:
        return not any(value in ([], {}) for value in (query or {}).values())

    target.hook(filter_query)


def error_envelope(spec: Mapping[str, Any]) -> Mapping[str, Any] | None:
    """The spec's root ``x-error-envelope`` (APIs that answer failures on HTTP 200), if any."""
    envelope = spec.get("x-error-envelope")
    return envelope if isinstance(envelope, Mapping) else None


def is_error_envelope(body: Any, envelope: Mapping[str, Any]) -> bool:
    return isinstance(body, Mapping) and body.get(str(envelope["property"])) == envelope["value"]


def negative_data_statuses(spec: Mapping[str, Any]) -> list[str]:
    """What the built-in negative-data check accepts as a rejection: for an API that rejects on
    HTTP 200 with an error envelope, 200 too (the envelope check below then decides)."""
    statuses = list(NegativeDataRejectionConfig().expected_statuses)
    return [*statuses, "200"] if error_envelope(spec) else statuses


_ENVELOPES: list[Mapping[str, Any]] = []


def register_error_envelope_check(spec: Mapping[str, Any]) -> bool:
    """For APIs that answer errors on HTTP 200: an error envelope is a refusal. Returns False for
    other APIs.

    - negative data must get the envelope: the built-in check is told that 200 may be a rejection
      (``negative_data_statuses``), and ``negative_data_rejected_in_envelope`` holds a 200 to the
      rule the built-in one applies to a status code, with the same exceptions (data that is
      invalid in the schema but valid once serialized, and so on);
    - the built-in ``ignored_auth`` check sends the request again without (or with wrong)
      credentials and expects 401/403; for these APIs the envelope counts as that refusal too.
    """
    envelope = error_envelope(spec)
    if envelope is None:
        return False
    if not _ENVELOPES:
        _count_envelopes_as_auth_refusals()
        schemathesis.check(negative_data_rejected_in_envelope)
    if envelope not in _ENVELOPES:
        _ENVELOPES.append(envelope)
    return True


def negative_data_rejected_in_envelope(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
    envelope = error_envelope(case.operation.schema.raw_schema)
    if (
        envelope is None
        or response.status_code != 200
        or is_error_envelope(_json_or_none(response), envelope)
    ):
        return None
    strict = copy.copy(ctx)
    strict.config = copy.copy(ctx.config)
    strict.config.negative_data_rejection = NegativeDataRejectionConfig()
    return _builtin_negative_data_rejection(strict, response, case)


def _count_envelopes_as_auth_refusals() -> None:
    # schemathesis has no setting for what an auth refusal looks like; its check asks this one
    # function (pinned schemathesis version: see pyproject.toml).
    builtin = _openapi_checks._enforces_auth

    def enforces_auth(response: Response, authenticated: Response) -> bool:
        body = _json_or_none(response) if response.status_code == 200 else None
        return builtin(response, authenticated) or any(is_error_envelope(body, e) for e in _ENVELOPES)

    _openapi_checks._enforces_auth = enforces_auth


def _json_or_none(response: Response) -> Any:
    try:
        return response.json()
    except ValueError:
        return None


def set_negative_data_statuses(schema: Any, spec: Mapping[str, Any]) -> None:
    """For in-process runs: what the built-in negative-data check accepts, as `apikit verify` sets it."""
    schema.config.checks.negative_data_rejection = NegativeDataRejectionConfig(
        expected_statuses=negative_data_statuses(spec)
    )
