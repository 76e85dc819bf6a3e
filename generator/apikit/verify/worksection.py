"""Signing Worksection admin calls for schemathesis, with the documented md5 ``hash`` rule.

The signature covers the query string exactly as it is sent, so it is computed over the case's
query encoded the way the HTTP client encodes it (``urlencode``, pairs in order) and appended last.
The API key comes from WORKSECTION_API_KEY; without it, the mock's demo key.
"""

from __future__ import annotations

import os
from typing import Any
from urllib.parse import urlencode

import httpx
import schemathesis
from schemathesis.generation.case import Case

from apikit.mock.worksection import DEMO_API_KEY, action_hash

HASH_PARAMETER = "hash"


def signed_query(query: dict[str, Any], api_key: str) -> dict[str, Any]:
    """``query`` with its ``hash`` appended (a ``hash`` already there is generated test data: kept)."""
    if HASH_PARAMETER in query:
        return query
    return {**query, HASH_PARAMETER: action_hash(urlencode(query, doseq=True).encode("ascii"), api_key)}


def auth_provider(http: httpx.Client) -> type[Any]:
    class WorksectionSigner:
        def get(self, case: Case[Any], ctx: schemathesis.AuthContext) -> str:
            return os.environ.get("WORKSECTION_API_KEY", DEMO_API_KEY)

        def set(self, case: Case[Any], data: str, ctx: schemathesis.AuthContext) -> None:
            case.query = signed_query(dict(case.query or {}), data)

        def __repr__(self) -> str:
            return "WorksectionSigner(<api key hidden>)"

    return WorksectionSigner
