"""Beebole's credentials and error envelope as one ``httpx.Auth`` (sync and async alike)."""

from __future__ import annotations

import json
from collections.abc import Generator
from typing import Any

import httpx

from ..client import Client
from .errors import error_in

BASE_URL = "https://beebole-apps.com"
TOKEN_PASSWORD = "x"  # the service ignores the password; its docs say to send "x"


class BeeboleAuth(httpx.Auth):
    """HTTP Basic with the API token as user name and ``x`` as password; raises ``BeeboleError``
    for an error envelope (HTTP 200) and ``BeeboleHTTPError`` for any other status."""

    requires_response_body = True

    def __init__(self, token: str) -> None:
        self._basic = httpx.BasicAuth(token, TOKEN_PASSWORD)

    def __repr__(self) -> str:
        return "BeeboleAuth(token=<hidden>)"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        response = yield next(self._basic.auth_flow(request))
        error = error_in(response, _service_of(request))
        if error is not None:
            raise error


def _service_of(request: httpx.Request) -> str | None:
    try:
        service = json.loads(request.content).get("service")
    except (ValueError, AttributeError, httpx.RequestNotRead):
        return None
    return service if isinstance(service, str) else None


def connect(token: str, *, base_url: str = BASE_URL, **client_args: Any) -> Client:
    """A generated ``Client`` that calls Beebole as the owner of ``token`` (the "API token" of the
    user's account settings); every generated service function accepts it."""
    httpx_args = dict(client_args.pop("httpx_args", {}))
    httpx_args["auth"] = BeeboleAuth(token)
    return Client(base_url=base_url, httpx_args=httpx_args, **client_args)
