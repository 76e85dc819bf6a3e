"""ProWorkflow's credentials, rate limit and errors as one ``httpx.Auth`` (sync and async alike)."""

from __future__ import annotations

import time
from collections.abc import Callable, Generator
from typing import Any

import httpx

from ..client import Client
from .errors import error_from_response

BASE_URL = "https://api.proworkflow.net"
RATE_LIMITED = 429
DEFAULT_WAIT = 30.0  # the longest window the service documents


class ProWorkflowAuth(httpx.Auth):
    """Adds the ``apikey`` header and HTTP Basic credentials to every request; on 429 waits
    ``x-ratelimit-reset`` seconds and resends (at most ``max_retries`` times); raises the error
    envelope as a ``ProWorkflowError``. A 304 (``If-None-Match``) is an answer, not an error."""

    requires_response_body = True

    def __init__(
        self,
        api_key: str,
        username: str,
        password: str,
        *,
        max_retries: int = 3,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._api_key = api_key
        self._basic = httpx.BasicAuth(username, password)
        self._username = username
        self.max_retries = max_retries
        self._sleep = sleep

    def __repr__(self) -> str:
        return f"ProWorkflowAuth(username={self._username!r}, api_key=<hidden>, password=<hidden>)"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["apikey"] = self._api_key
        request = next(self._basic.auth_flow(request))
        response = yield request
        for _ in range(self.max_retries):
            if response.status_code != RATE_LIMITED:
                break
            self._sleep(reset_seconds(response))
            response = yield request
        if response.status_code >= 400:
            raise error_from_response(response)


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
    **client_args: Any,
) -> Client:
    """A generated ``Client`` for the account behind ``api_key``, signed in as ``username`` (the
    user name or e-mail address), for every call made through it, sync or async."""
    httpx_args = dict(client_args.pop("httpx_args", {}))
    httpx_args["auth"] = ProWorkflowAuth(api_key, username, password, max_retries=max_retries)
    return Client(base_url=base_url, httpx_args=httpx_args, **client_args)
