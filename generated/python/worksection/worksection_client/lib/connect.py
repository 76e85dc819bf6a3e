"""A generated ``Client`` for one Worksection account, signing every call."""

from __future__ import annotations

from typing import Any, Literal

import httpx

from ..client import Client
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
