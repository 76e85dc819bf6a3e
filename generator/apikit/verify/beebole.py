"""Beebole credentials for schemathesis: the API token as HTTP Basic user name, ``x`` as password.

The token comes from BEEBOLE_TOKEN; without it, the mock's demo token. Beebole has no sign-in call
and no session, so every case simply carries the header (unless the case itself is about a
generated Authorization header, which `apikit verify` does not generate).
"""

from __future__ import annotations

import base64
import os
from typing import Any

import httpx
import schemathesis
from requests.structures import CaseInsensitiveDict
from schemathesis.generation.case import Case

from apikit.mock.beebole import DEMO_TOKEN

TOKEN_PASSWORD = "x"


def basic_header(token: str) -> str:
    return "Basic " + base64.b64encode(f"{token}:{TOKEN_PASSWORD}".encode()).decode("ascii")


def auth_provider(http: httpx.Client) -> type[Any]:
    class BeeboleToken:
        def get(self, case: Case[Any], ctx: schemathesis.AuthContext) -> str:
            return basic_header(os.environ.get("BEEBOLE_TOKEN", DEMO_TOKEN))

        def set(self, case: Case[Any], data: str, ctx: schemathesis.AuthContext) -> None:
            if case.headers is None:
                case.headers = CaseInsensitiveDict()
            case.headers["Authorization"] = data

        def __repr__(self) -> str:
            return "BeeboleToken(<token hidden>)"

    return BeeboleToken
