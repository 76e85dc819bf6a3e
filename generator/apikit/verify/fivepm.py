"""Signing in to 5pm for schemathesis: one session, reused, and never ended by the run itself.

Credentials come from FIVEPM_LOGIN / FIVEPM_PASSWORD; without them, the mock's demo account.
"""

from __future__ import annotations

import os
from typing import Any

import httpx
import schemathesis
from schemathesis.generation.case import Case

DEMO_LOGIN = "demo@5pm.example"
DEMO_PASSWORD = "demo-password"  # the mock's documented demo account, not a secret
SIGN_IN_PATH = "service/get/authentication/signIn"
SIGN_OUT_ID = "authenticationSignOut"


def credentials() -> tuple[str, str]:
    return os.environ.get("FIVEPM_LOGIN", DEMO_LOGIN), os.environ.get("FIVEPM_PASSWORD", DEMO_PASSWORD)


def sign_in(http: httpx.Client) -> str:
    """A new session id; ``http`` has the API root (``.../api/v2/``) as its base URL."""
    login, password = credentials()
    answer = http.get(SIGN_IN_PATH, params={"login": login, "password": password, "retType": "json"})
    if answer.status_code != 200:
        raise RuntimeError(
            f"5pm sign-in failed with HTTP {answer.status_code}; check FIVEPM_LOGIN/FIVEPM_PASSWORD"
        )
    return str(answer.json()["data"]["sessionId"])


def auth_provider(http: httpx.Client) -> type[Any]:
    class FivepmSession:
        """Puts a session id on every generated request; signOut gets a session of its own."""

        def get(self, case: Case[Any], ctx: schemathesis.AuthContext) -> str:
            return sign_in(http)

        def set(self, case: Case[Any], data: str, ctx: schemathesis.AuthContext) -> None:
            session = sign_in(http) if _operation_id(case) == SIGN_OUT_ID else data
            case.query = {**(case.query or {}), "sessionId": session}

        def __repr__(self) -> str:
            return "FivepmSession(<session hidden>)"

    return FivepmSession


def _operation_id(case: Case[Any]) -> str:
    return str(case.operation.definition.raw.get("operationId", ""))
