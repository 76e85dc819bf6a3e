"""Authorising Worksection calls for schemathesis: admin calls signed with the documented md5
``hash`` rule, user-token calls with an OAuth access token.

The signature covers the query string exactly as it is sent, so it is computed over the case's
query encoded the way the HTTP client encodes it (``urlencode``, pairs in order) and appended last.
The API key comes from WORKSECTION_API_KEY, the access token (sent as the ``access_token`` query
parameter, which the service takes like the Bearer header) from WORKSECTION_ACCESS_TOKEN; without
them, the mock's demo key and token.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

import httpx
import schemathesis
from schemathesis.generation.case import Case

from apikit.mock.worksection import DEMO_ACCESS_TOKEN, DEMO_API_KEY, action_hash
from apikit.mock.worksection.behaviour import asks_for_user_token

HASH_PARAMETER = "hash"


def signed_query(query: dict[str, Any], api_key: str) -> dict[str, Any]:
    """``query`` with its ``hash`` appended (a ``hash`` already there is generated test data: kept)."""
    if HASH_PARAMETER in query:
        return query
    return {**query, HASH_PARAMETER: action_hash(urlencode(query, doseq=True).encode("ascii"), api_key)}


def is_user_token_call(case: Case[Any]) -> bool:
    """Whether the call is one of the user-token actions (the mock's rule, the same spec)."""
    return asks_for_user_token(case.operation.schema.raw_schema, case.operation.definition.raw)


@dataclass(frozen=True)
class Credentials:
    """Both credentials at once: schemathesis fetches them once per run, whatever the first call is."""

    api_key: str = field(repr=False)
    access_token: str = field(repr=False)


def auth_provider(http: httpx.Client) -> type[Any]:
    class WorksectionSigner:
        def get(self, case: Case[Any], ctx: schemathesis.AuthContext) -> Credentials:
            return Credentials(
                os.environ.get("WORKSECTION_API_KEY", DEMO_API_KEY),
                os.environ.get("WORKSECTION_ACCESS_TOKEN", DEMO_ACCESS_TOKEN),
            )

        def set(self, case: Case[Any], data: Credentials, ctx: schemathesis.AuthContext) -> None:
            if is_user_token_call(case):
                # As the query parameter the spec declares (MyAccessToken), not the Bearer header:
                # schemathesis then knows where the credential is when it checks unauthorised calls.
                case.query = {**(case.query or {}), "access_token": data.access_token}
            else:
                case.query = signed_query(dict(case.query or {}), data.api_key)

        def __repr__(self) -> str:
            return "WorksectionSigner(<credentials hidden>)"

    return WorksectionSigner
