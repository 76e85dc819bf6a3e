"""A generated ``Client`` for one Worksection account: signed with the admin API key (``connect``), or
acting as one person with an OAuth access token (``connect_user``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal

import httpx

from ..client import Client
from .oauth import REFRESH_URL, AppCredentials, Tokens, WorksectionTokenAuth
from .signing import WorksectionHashAuth, WorksectionHmacAuth

# Without it a service that stops answering holds the caller forever.
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)


def connect(
    account: str,
    api_key: str,
    *,
    signing: Literal["hash", "hmac"] = "hash",
    base_url: str | None = None,
    timeout: httpx.Timeout | float | None = DEFAULT_TIMEOUT,
    **client_args: Any,
) -> Client:
    """A client for ``https://<account>.worksection.com`` (or ``base_url``, e.g. a mock) with the
    account's admin API key. ``signing="hash"`` is the documented md5 rule; ``"hmac"`` the header of
    the vendor's 2026 clients.

    ``timeout`` applies to every request: by default 10 s to connect and 30 s for each other step
    (``httpx.Timeout(30.0, connect=10.0)``); a number sets all of them, ``None`` waits forever. A
    timeout raises ``httpx.TimeoutException``. The API key, the ``hash`` and the ``Authorization``
    header never appear in the log records of httpx and httpcore: they read ``[redacted]``."""
    httpx_args = dict(client_args.pop("httpx_args", {}))
    auth = WorksectionHashAuth(api_key) if signing == "hash" else WorksectionHmacAuth(api_key)
    httpx_args["auth"] = auth
    return Client(
        base_url=base_url or f"https://{account}.worksection.com",
        httpx_args=httpx_args,
        timeout=httpx.Timeout(timeout),
        **client_args,
    )


def connect_user(
    account: str,
    tokens: Tokens | str,
    *,
    app: AppCredentials | None = None,
    on_refresh: Callable[[Tokens], None] | None = None,
    refresh_url: str = REFRESH_URL,
    base_url: str | None = None,
    timeout: httpx.Timeout | float | None = DEFAULT_TIMEOUT,
    **client_args: Any,
) -> Client:
    """A client for the user-token actions (``me``, ``get_my_timer``, ``start_my_timer`` ...) of
    ``https://<account>.worksection.com`` (or ``base_url``) acting as the person whose access token
    ``tokens`` holds (a ``Tokens``, or just the access token).

    With ``app`` (the OAuth app's id and secret) and a refresh token, an expired access token is
    renewed at ``refresh_url`` and the call sent again; ``on_refresh`` receives the new ``Tokens``
    to store, since the old pair no longer works. Without them an expired token raises
    ``WorksectionHTTPError`` (HTTP 401). Tokens never appear in log records."""
    httpx_args = dict(client_args.pop("httpx_args", {}))
    held = Tokens(tokens) if isinstance(tokens, str) else tokens
    httpx_args["auth"] = WorksectionTokenAuth(held, app, refresh_url=refresh_url, on_refresh=on_refresh)
    return Client(
        base_url=base_url or f"https://{account}.worksection.com",
        httpx_args=httpx_args,
        timeout=httpx.Timeout(timeout),
        **client_args,
    )
