"""ProWorkflow's credentials, rate limit and errors as one ``httpx.Auth`` (sync and async alike)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncGenerator, Awaitable, Callable, Generator, Iterable
from typing import Any

import httpx

from ..client import Client
from .errors import error_from_response
from .redaction import basic_credentials, protect

BASE_URL = "https://api.proworkflow.net"
RATE_LIMITED = 429
DEFAULT_WAIT = 30.0  # the longest window the service documents
# Without it a service that stops answering holds the caller forever.
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)


class ProWorkflowAuth(httpx.Auth):
    """Adds the ``apikey`` header and HTTP Basic credentials to every request; on 429 waits
    ``x-ratelimit-reset`` seconds and resends (at most ``max_retries`` times); raises the error
    envelope as a ``ProWorkflowError``. A 304 (``If-None-Match``) is an answer, not an error.

    The sync client waits with ``sleep``, the async one awaits ``async_sleep`` so the event loop
    keeps running. The API key and the credentials are kept out of httpx's and httpcore's logs."""

    requires_response_body = True

    def __init__(
        self,
        api_key: str,
        username: str,
        password: str,
        *,
        max_retries: int = 3,
        sleep: Callable[[float], None] = time.sleep,
        async_sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self._api_key = api_key
        self._basic = httpx.BasicAuth(username, password)
        self._username = username
        self._password = password
        self.max_retries = max_retries
        self._sleep = sleep
        self._async_sleep = async_sleep
        protect(self)

    def __repr__(self) -> str:
        return f"ProWorkflowAuth(username={self._username!r}, api_key=<hidden>, password=<hidden>)"

    def secret_values(self) -> Iterable[str]:
        """What log records must never show (see ``redaction``)."""
        return (self._api_key, self._password, basic_credentials(self._username, self._password))

    # The retry loop is written twice because one flavour must sleep and the other await: a
    # time.sleep inside the async flow would stop every other task on the loop for the whole wait.

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request = self._signed(request)
        response = yield request
        for _ in range(self.max_retries):
            if response.status_code != RATE_LIMITED:
                break
            self._sleep(reset_seconds(response))
            response = yield request
        if response.status_code >= 400:
            raise error_from_response(response)

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        request = self._signed(request)
        response = yield request
        await response.aread()  # what httpx.Auth does for requires_response_body, which this replaces
        for _ in range(self.max_retries):
            if response.status_code != RATE_LIMITED:
                break
            await self._async_sleep(reset_seconds(response))
            response = yield request
            await response.aread()
        if response.status_code >= 400:
            raise error_from_response(response)

    def _signed(self, request: httpx.Request) -> httpx.Request:
        request.headers["apikey"] = self._api_key
        return next(self._basic.auth_flow(request))


def reset_seconds(response: httpx.Response) -> float:
    """How long to wait before the limit window resets; the documented maximum when not given."""
    try:
        return max(0.0, min(float(response.headers["x-ratelimit-reset"]), DEFAULT_WAIT))
    except (KeyError, ValueError):
        return DEFAULT_WAIT


def connect(
    api_key: str,
    username: str,
    password: str,
    *,
    base_url: str = BASE_URL,
    max_retries: int = 3,
    timeout: httpx.Timeout | float | None = DEFAULT_TIMEOUT,
    **client_args: Any,
) -> Client:
    """A generated ``Client`` for the account behind ``api_key``, signed in as ``username`` (the
    user name or e-mail address), for every call made through it, sync or async.

    ``timeout`` applies to every request: by default 10 s to connect and 30 s for each other step
    (``httpx.Timeout(30.0, connect=10.0)``); a number sets all of them, ``None`` waits forever. A
    timeout raises ``httpx.TimeoutException``; waiting out a 429 is not part of it. The API key, the
    password and the Basic credentials never appear in the log records of httpx and httpcore: they
    read ``[redacted]``."""
    httpx_args = dict(client_args.pop("httpx_args", {}))
    httpx_args["auth"] = ProWorkflowAuth(api_key, username, password, max_retries=max_retries)
    return Client(base_url=base_url, httpx_args=httpx_args, timeout=httpx.Timeout(timeout), **client_args)
