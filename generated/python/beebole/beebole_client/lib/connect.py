"""Beebole's credentials and error envelope as one ``httpx.Auth`` (sync and async alike)."""

from __future__ import annotations

import json
from collections.abc import Generator, Iterable
from typing import Any

import httpx

from ..client import Client
from .errors import error_in
from .redaction import basic_credentials, protect

BASE_URL = "https://beebole-apps.com"
TOKEN_PASSWORD = "x"  # the service ignores the password; its docs say to send "x"
# Without it a service that stops answering holds the caller forever.
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)


class BeeboleAuth(httpx.Auth):
    """HTTP Basic with the API token as user name and ``x`` as password; raises ``BeeboleError``
    for an error envelope (HTTP 200) and ``BeeboleHTTPError`` for any other status. The token is
    kept out of httpx's and httpcore's log records."""

    requires_response_body = True

    def __init__(self, token: str) -> None:
        self._basic = httpx.BasicAuth(token, TOKEN_PASSWORD)
        self._token = token
        protect(self)

    def __repr__(self) -> str:
        return "BeeboleAuth(token=<hidden>)"

    def secret_values(self) -> Iterable[str]:
        """What log records must never show (see ``redaction``)."""
        return (self._token, basic_credentials(self._token, TOKEN_PASSWORD))

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


def connect(
    token: str,
    *,
    base_url: str = BASE_URL,
    timeout: httpx.Timeout | float | None = DEFAULT_TIMEOUT,
    **client_args: Any,
) -> Client:
    """A generated ``Client`` that calls Beebole as the owner of ``token`` (the "API token" of the
    user's account settings); every generated service function accepts it.

    ``timeout`` applies to every request: by default 10 s to connect and 30 s for each other step
    (``httpx.Timeout(30.0, connect=10.0)``); a number sets all of them, ``None`` waits forever. A
    timeout raises ``httpx.TimeoutException``. The token and the Basic credentials made from it
    never appear in the log records of httpx and httpcore: they read ``[redacted]``."""
    httpx_args = dict(client_args.pop("httpx_args", {}))
    httpx_args["auth"] = BeeboleAuth(token)
    return Client(base_url=base_url, httpx_args=httpx_args, timeout=httpx.Timeout(timeout), **client_args)
