"""A generated ``Client`` for one Worksection account, signing every call."""

from __future__ import annotations

from typing import Any, Literal

from ..client import Client
from .signing import WorksectionHashAuth, WorksectionHmacAuth


def connect(
    account: str,
    api_key: str,
    *,
    signing: Literal["hash", "hmac"] = "hash",
    base_url: str | None = None,
    **client_args: Any,
) -> Client:
    """A client for ``https://<account>.worksection.com`` (or ``base_url``, e.g. a mock) with the
    account's admin API key. ``signing="hash"`` is the documented md5 rule; ``"hmac"`` the header of
    the vendor's 2026 clients."""
    httpx_args = dict(client_args.pop("httpx_args", {}))
    auth = WorksectionHashAuth(api_key) if signing == "hash" else WorksectionHmacAuth(api_key)
    httpx_args["auth"] = auth
    return Client(
        base_url=base_url or f"https://{account}.worksection.com", httpx_args=httpx_args, **client_args
    )
