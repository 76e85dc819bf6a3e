"""Signing in to 5pm for schemathesis.

One session serves the whole run. What a spec cannot say, and this module adds:
- every signOut case ends a session of its own, never the one the run depends on;
- the run never changes the credentials it signs in with, nor removes that account: such cases
  are pointed away from it (their e-mail and password are dropped; a removal targets an id that
  does not exist), so a live account survives `apikit verify`.

Credentials come from FIVEPM_LOGIN / FIVEPM_PASSWORD; without them, the mock's demo account.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any

import httpx
import schemathesis
from schemathesis.generation.case import Case

DEMO_LOGIN = "demo@5pm.example"
DEMO_PASSWORD = "demo-password"  # the mock's documented demo account, not a secret
SIGN_IN_PATH = "service/get/authentication/signIn"
WHO_AM_I_PATH = "service/get/authentication/getAuthorizedUser"
SIGN_OUT_ID = "authenticationSignOut"
NO_SUCH_ID = 2**31 - 1
CREDENTIAL_FIELDS = ("email", "password")


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


def signed_in_user_id(http: httpx.Client, session: str) -> int:
    answer = http.get(WHO_AM_I_PATH, params={"sessionId": session, "retType": "json"})
    answer.raise_for_status()
    return int(answer.json()["data"]["id"])


@dataclass(frozen=True)
class Session:
    session_id: str = field(repr=False)
    user_id: int


def auth_provider(http: httpx.Client) -> type[Any]:
    class FivepmSession:
        def get(self, case: Case[Any], ctx: schemathesis.AuthContext) -> Session:
            session_id = sign_in(http)
            return Session(session_id, signed_in_user_id(http, session_id))

        def set(self, case: Case[Any], data: Session, ctx: schemathesis.AuthContext) -> None:
            operation = str(case.operation.definition.raw.get("operationId", ""))
            query = dict(case.query or {})
            if "sessionId" not in query:  # one already there is generated test data: keep it
                query["sessionId"] = sign_in(http) if operation == SIGN_OUT_ID else data.session_id
            case.query = _spare_the_account(query, operation, data.user_id)

        def __repr__(self) -> str:
            return "FivepmSession(<sessions hidden>)"

    return FivepmSession


def _spare_the_account(query: dict[str, Any], operation: str, user_id: int) -> dict[str, Any]:
    # Generated cases carry the `user` argument either as an object or already spelled as
    # `user[field]` keys (schemathesis' coverage phase); both are handled.
    if operation == "usersUpdate":
        user = query.get("user")
        if isinstance(user, dict) and _same_id(user.get("id"), user_id):
            query["user"] = {k: v for k, v in user.items() if k not in CREDENTIAL_FIELDS}
        if _same_id(query.get("user[id]"), user_id):
            query = {k: v for k, v in query.items() if k not in {f"user[{f}]" for f in CREDENTIAL_FIELDS}}
    if operation == "usersRemove" and _same_id(query.get("id"), user_id):
        query["id"] = NO_SUCH_ID
    return query


def _same_id(value: Any, user_id: int) -> bool:
    try:
        return int(value) == user_id
    except (TypeError, ValueError):
        return False
