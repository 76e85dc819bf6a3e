"""Credentials given on the `apikit verify` command line, placed where the spec's security schemes say.

- ``--auth USER:PASSWORD`` (HTTP Basic) and ``--bearer TOKEN`` go to every ``http`` security scheme of
  that kind the spec declares, through schemathesis' OpenAPI-aware auth (``[auth.openapi.<scheme>]``):
  it sends them where each operation's ``security`` asks (with the other schemes a requirement
  names), and its ``ignored_auth`` check knows how to take them away again. A spec that declares no
  such scheme gets them as an ``Authorization`` header on every call.
- ``--api-key [SCHEME=]VALUE`` goes to an ``apiKey`` scheme of the spec: a header, query parameter or
  cookie, by the scheme's name. ``SCHEME=`` picks the scheme when the spec has several.
- ``-H 'NAME: VALUE'`` is a header on every call.

No secret goes to disk or onto a command line: the generated schemathesis config names environment
variables (``${APIKIT_VERIFY_VALUE_<n>}``) that only the schemathesis process is given. The names
that carry secrets are added to schemathesis' output sanitization, and the values themselves are
handed to :mod:`apikit.verify.output`, which masks any that would still reach the terminal.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from schemathesis.config import SanitizationConfig

from apikit.spec import resolve
from apikit.verify.usage import VerifyUsageError

VALUE_VARIABLE = "APIKIT_VERIFY_VALUE_{}"
AUTHORIZATION = "Authorization"
# Headers that say how to talk, not who is talking: their values are not masked in verify's output.
NOT_CREDENTIAL_HEADERS = frozenset({"accept", "accept-language", "content-type", "user-agent"})


@dataclass(frozen=True)
class GivenCredentials:
    """The credential options as typed (no repr: they are secrets)."""

    basic: str | None = field(default=None, repr=False)
    bearer: str | None = field(default=None, repr=False)
    api_keys: tuple[str, ...] = field(default=(), repr=False)
    headers: tuple[str, ...] = field(default=(), repr=False)

    def signs_in(self) -> bool:
        """Whether any option is a sign-in of its own (``-H`` is any header, not necessarily one)."""
        return self.basic is not None or self.bearer is not None or bool(self.api_keys)


@dataclass
class CredentialPlan:
    """Where each credential goes, as schemathesis config, and what must never be shown."""

    schemes: dict[str, dict[str, str]] = field(default_factory=dict)
    headers: dict[str, str] = field(default_factory=dict)
    environment: dict[str, str] = field(default_factory=dict, repr=False)
    secrets: list[str] = field(default_factory=list, repr=False)
    sensitive_names: list[str] = field(default_factory=list)

    def placeholder_for(self, value: str, *, secret: bool = True) -> str:
        """``${VARIABLE}`` for ``value``, which only the schemathesis process gets to see (and which
        needs no escaping for schemathesis' own ``${...}`` expansion that way)."""
        variable = VALUE_VARIABLE.format(len(self.environment))
        self.environment[variable] = value
        if secret:
            self.secrets.append(value)
        return "${" + variable + "}"

    def config_toml(self) -> str:
        """The schemathesis config tables for these credentials (empty when there are none)."""
        lines: list[str] = []
        if self.headers:
            lines.append("[headers]")
            lines += [f"{json.dumps(name)} = {json.dumps(value)}" for name, value in self.headers.items()]
        for scheme, settings in self.schemes.items():
            lines.append(f"[auth.openapi.{json.dumps(scheme)}]")
            lines += [f"{key} = {json.dumps(value)}" for key, value in settings.items()]
        if self.sensitive_names:
            keys = sorted(
                {*SanitizationConfig().keys_to_sanitize, *(n.lower() for n in self.sensitive_names)}
            )
            lines += ["[output.sanitization]", f"keys-to-sanitize = {json.dumps(keys)}"]
        return "\n".join(lines) + "\n" if lines else ""


def plan_credentials(spec: Mapping[str, Any], given: GivenCredentials) -> CredentialPlan:
    """Place every given credential by the spec's security schemes; raises VerifyUsageError for one
    that has nowhere to go or clashes with another."""
    plan = CredentialPlan()
    _place_headers(plan, given.headers)
    if given.basic is not None:
        _place_basic(plan, spec, given.basic)
    if given.bearer is not None:
        _place_bearer(plan, spec, given.bearer)
    for option_value in given.api_keys:
        _place_api_key(plan, spec, option_value)
    return plan


def security_schemes(spec: Mapping[str, Any]) -> dict[str, Mapping[str, Any]]:
    schemes = (spec.get("components") or {}).get("securitySchemes") or {}
    return {str(name): resolve(spec, scheme) for name, scheme in schemes.items()}


def http_schemes(spec: Mapping[str, Any], kind: str) -> list[str]:
    """Names of the spec's ``http`` schemes of ``kind`` (``basic`` or ``bearer``)."""
    return [
        name
        for name, scheme in security_schemes(spec).items()
        if scheme.get("type") == "http" and str(scheme.get("scheme", "")).lower() == kind
    ]


def api_key_schemes(spec: Mapping[str, Any]) -> dict[str, Mapping[str, Any]]:
    return {name: scheme for name, scheme in security_schemes(spec).items() if scheme.get("type") == "apiKey"}


def _place_headers(plan: CredentialPlan, headers: tuple[str, ...]) -> None:
    for name, value in _parsed_headers(headers):
        if name.lower() in (known.lower() for known in plan.headers):
            raise VerifyUsageError("--header", f"the header {name!r} is given twice")
        is_credential = name.lower() not in NOT_CREDENTIAL_HEADERS
        plan.headers[name] = plan.placeholder_for(value, secret=is_credential)
        if is_credential:
            plan.sensitive_names.append(name)


def _parsed_headers(headers: tuple[str, ...]) -> Iterator[tuple[str, str]]:
    for header in headers:
        name, colon, value = header.partition(":")
        if not colon or not name.strip():
            raise VerifyUsageError("--header", "give 'NAME: VALUE' (one value has no colon)")
        yield name.strip(), value.strip()


def _place_basic(plan: CredentialPlan, spec: Mapping[str, Any], user_password: str) -> None:
    user, colon, password = user_password.partition(":")
    if not colon:
        raise VerifyUsageError("--auth", "give USER:PASSWORD")
    token = base64.b64encode(f"{user}:{password}".encode()).decode("ascii")
    plan.secrets.append(password)  # and the token, which is what a printed header would show
    schemes = http_schemes(spec, "basic")
    if not schemes:
        _claim_authorization(plan, "--auth", f"Basic {plan.placeholder_for(token)}")
        return
    plan.secrets.append(token)
    for scheme in schemes:
        plan.schemes[scheme] = {
            "username": plan.placeholder_for(user, secret=False),
            "password": plan.placeholder_for(password),
        }


def _place_bearer(plan: CredentialPlan, spec: Mapping[str, Any], token: str) -> None:
    schemes = http_schemes(spec, "bearer")
    if not schemes:
        _claim_authorization(plan, "--bearer", f"Bearer {plan.placeholder_for(token)}")
        return
    for scheme in schemes:
        plan.schemes[scheme] = {"bearer": plan.placeholder_for(token)}


def _claim_authorization(plan: CredentialPlan, option: str, value: str) -> None:
    if any(name.lower() == AUTHORIZATION.lower() for name in plan.headers):
        raise VerifyUsageError(option, "another option already sets the Authorization header; give one")
    plan.headers[AUTHORIZATION] = value
    plan.sensitive_names.append(AUTHORIZATION)


def _place_api_key(plan: CredentialPlan, spec: Mapping[str, Any], option_value: str) -> None:
    schemes = api_key_schemes(spec)
    scheme, value = _scheme_and_value(option_value, schemes)
    if scheme in plan.schemes:
        raise VerifyUsageError("--api-key", f"the scheme {scheme!r} is given twice")
    plan.schemes[scheme] = {"api_key": plan.placeholder_for(value)}
    plan.sensitive_names.append(str(schemes[scheme].get("name", scheme)))


def _scheme_and_value(option_value: str, schemes: Mapping[str, Mapping[str, Any]]) -> tuple[str, str]:
    """``SCHEME=VALUE`` when the text before ``=`` names a scheme (a key may itself hold ``=``, as
    base64 does), else ``VALUE`` for the spec's only apiKey scheme."""
    if not schemes:
        raise VerifyUsageError(
            "--api-key", "the spec declares no apiKey security scheme; send the key with -H 'NAME: VALUE'"
        )
    name, equals, value = option_value.partition("=")
    if equals and name in schemes:
        return name, value
    if len(schemes) == 1:
        return next(iter(schemes)), option_value
    described = ", ".join(f"{n} ({s.get('in')} {s.get('name')!r})" for n, s in schemes.items())
    raise VerifyUsageError(
        "--api-key", f"the spec has several apiKey schemes: give SCHEME=VALUE, SCHEME one of {described}"
    )
