"""Worksection's two ways of signing an admin API call, as ``httpx.Auth`` classes.

- ``hash`` query parameter (the documented rule): md5, in hex, of the query string exactly as it
  is sent (without ``hash``), followed by the account's API key; ``hash`` goes last.
- ``Authorization: Admin <unix time>_<hex HMAC-SHA256 of "<action>:<unix time>", keyed with the
  API key>`` (the vendor's 2026 clients).

Both raise the service's error envelope (HTTP 200, ``"status": "error"``) as ``WorksectionError``.
An md5 ``hash`` can be replayed and an ``Admin`` header for a few minutes, so neither (nor the API
key) may reach a log record: httpx's and httpcore's show them as ``[redacted]``.
"""

from __future__ import annotations

import hashlib
import hmac
import time
from collections.abc import Callable, Generator, Iterable

import httpx

from .errors import error_in
from .redaction import protect


def query_hash(query: bytes | str, api_key: str) -> str:
    """The ``hash`` value for a query string (as sent, without ``hash``)."""
    text = query.decode("ascii") if isinstance(query, bytes) else query
    return hashlib.md5((text + api_key).encode("utf-8"), usedforsecurity=False).hexdigest()


def admin_authorization(action: str, api_key: str, unix_time: int) -> str:
    """The ``Authorization`` header value for ``action`` signed at ``unix_time``."""
    message = f"{action}:{unix_time}".encode()
    digest = hmac.new(api_key.encode("utf-8"), message, hashlib.sha256).hexdigest()
    return f"Admin {unix_time}_{digest}"


class _SigningAuth(httpx.Auth):
    requires_response_body = True

    def __init__(self, api_key: str) -> None:
        self._api_key = api_key
        protect(self)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(api_key=<hidden>)"

    def secret_values(self) -> Iterable[str]:
        """What log records must never show (see ``redaction``); each call's ``hash`` and header
        are hidden wherever they are logged as a parameter or a header."""
        return (self._api_key,)

    def sign(self, request: httpx.Request) -> None:
        raise NotImplementedError

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        self.sign(request)
        response = yield request
        error = error_in(response, request.url.params.get("action"))
        if error is not None:
            raise error


class WorksectionHashAuth(_SigningAuth):
    """Appends the documented md5 ``hash`` to the query string."""

    def sign(self, request: httpx.Request) -> None:
        # The hash covers the bytes that go on the wire, so it is appended, never re-encoded.
        query = request.url.query
        signature = query_hash(query, self._api_key).encode("ascii")
        request.url = request.url.copy_with(
            query=query + b"&hash=" + signature if query else b"hash=" + signature
        )


class WorksectionHmacAuth(_SigningAuth):
    """Sends the ``Authorization: Admin`` HMAC header (signed for the call's ``action``)."""

    def __init__(self, api_key: str, *, clock: Callable[[], float] = time.time) -> None:
        super().__init__(api_key)
        self._clock = clock

    def sign(self, request: httpx.Request) -> None:
        action = request.url.params.get("action", "")
        request.headers["Authorization"] = admin_authorization(action, self._api_key, int(self._clock()))
