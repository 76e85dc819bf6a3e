"""The 5pm session protocol as an ``httpx.Auth``: works for the sync and the async client alike."""

from __future__ import annotations

import threading
from collections.abc import Generator, Iterable
from typing import Any
from urllib.parse import urlencode

import httpx

from ..client import Client
from .errors import FivepmUnauthorized, error_from_response
from .redaction import protect

SIGN_IN = "/service/get/authentication/signIn"
SIGN_OUT = "/service/get/authentication/signOut"
SESSION_PARAM = "sessionId"
# Without it a service that stops answering holds the caller forever; a sign-in waits no longer.
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)


class FivepmSession(httpx.Auth):
    """Signs in once, puts ``sessionId`` and ``retType=json`` on every request, and signs in again
    (once) when the service says the session is gone. Error answers become ``FivepmError``s.
    The password and the session id are kept out of httpx's and httpcore's log records."""

    requires_response_body = True

    def __init__(self, login: str, password: str) -> None:
        self._login = login
        self._password = password
        self._session_id: str | None = None
        self._lock = threading.Lock()
        protect(self)

    def __repr__(self) -> str:
        return f"FivepmSession(login={self._login!r}, password=<hidden>, session=<hidden>)"

    @property
    def signed_in(self) -> bool:
        return self._session_id is not None

    def secret_values(self) -> Iterable[str]:
        """What log records must never show (see ``redaction``)."""
        return (self._password,) if self._session_id is None else (self._password, self._session_id)

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if _path_of(request).endswith(SIGN_IN):
            response = yield _with_params(request, retType="json")
            _raise_for_error(response)
            return
        fresh = False
        if self._session_id is None:
            yield from self._sign_in(request)
            fresh = True
        response = yield self._authorised(request)
        if response.status_code == 401 and not fresh:
            yield from self._sign_in(request)  # the session expired: one new sign-in, one retry
            response = yield self._authorised(request)
        _raise_for_error(response)
        if _path_of(request).endswith(SIGN_OUT):
            self._session_id = None

    def _sign_in(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        url = request.url.copy_with(path=_api_root(request) + SIGN_IN, query=None)
        # The extensions carry the caller's timeout: a request built afresh would wait forever.
        sign_in = httpx.Request(
            "GET",
            url,
            params={"login": self._login, "password": self._password, "retType": "json"},
            extensions=dict(request.extensions),
        )
        response = yield sign_in
        if response.status_code != 200:
            raise error_from_response(response)
        session_id = _session_from(response)
        with self._lock:
            self._session_id = session_id

    def _authorised(self, request: httpx.Request) -> httpx.Request:
        assert self._session_id is not None
        return _with_params(request, retType="json", **{SESSION_PARAM: self._session_id})


def connect(
    base_url: str,
    login: str,
    password: str,
    *,
    timeout: httpx.Timeout | float | None = DEFAULT_TIMEOUT,
    **client_args: Any,
) -> Client:
    """A generated ``Client`` for ``base_url`` (``https://<account>.5pmweb.com/api/v2``) that
    handles the session for every call made through it, sync or async.

    ``timeout`` applies to every request, the sign-in included: by default 10 s to connect and 30 s
    for each other step (``httpx.Timeout(30.0, connect=10.0)``); a number sets all of them, ``None``
    waits forever. A timeout raises ``httpx.TimeoutException``. The password and the session id
    never appear in the log records of httpx and httpcore: they read ``[redacted]``."""
    httpx_args = dict(client_args.pop("httpx_args", {}))
    httpx_args["auth"] = FivepmSession(login, password)
    return Client(base_url=base_url, httpx_args=httpx_args, timeout=httpx.Timeout(timeout), **client_args)


def _path_of(request: httpx.Request) -> str:
    return request.url.path


def _api_root(request: httpx.Request) -> str:
    """Everything before ``/service/``: the account's API root, whatever base path it has."""
    path = _path_of(request)
    return path.split("/service/", 1)[0]


def _with_params(request: httpx.Request, **params: str) -> httpx.Request:
    """``params`` set on the request's query. When the query has none of their names yet they are
    appended as they are: one URL parse, where httpx's merge costs two (a tenth of a call's time)."""
    query = request.url.query
    # httpx percent-encodes only what needs it, so plain names like these appear as they are.
    present = {pair.partition(b"=")[0] for pair in query.split(b"&")}
    if present.isdisjoint(name.encode("ascii") for name in params):
        added = urlencode(params).encode("ascii")
        request.url = request.url.copy_with(query=query + b"&" + added if query else added)
    else:
        request.url = request.url.copy_merge_params(params)
    return request


def _session_from(response: httpx.Response) -> str:
    try:
        return str(response.json()["data"]["sessionId"])
    except (ValueError, KeyError, TypeError) as exc:
        raise FivepmUnauthorized(response.status_code, None, "sign-in answer carried no sessionId") from exc


def _raise_for_error(response: httpx.Response) -> None:
    if response.status_code >= 400:
        raise error_from_response(response)
