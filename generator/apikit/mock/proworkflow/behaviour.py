"""The ProWorkflow protocol around the handlers: credentials, rate limit, envelopes, etag, errors.

- Every call needs the account API key (``apikey`` header, or ``apikey`` query parameter) and HTTP
  Basic credentials of a contact who may log in (username or e-mail address, case-insensitive).
  ``GET /login`` needs only Basic credentials when ``url`` names the account, and
  ``GET /settings/account/looknfeel`` only the API key (Basic credentials sent along are not looked
  at: a login page shows the account's look before anyone signs in). Whatever is wrong, the
  answer is 401 with an empty body, so a caller cannot tell a bad key from a bad password.
- Rate limit: a fixed window per API key (default 500 requests per 30 s), counted for every call
  that names the account's key (and for ``/login``), before the password is checked. Every answer
  carries ``x-ratelimit-limit``, ``x-ratelimit-remaining`` and ``x-ratelimit-reset`` (seconds until
  the window ends); past the limit the answer is 429 until the window ends. Requests refused before
  authentication (invalid parameters) are not counted.
- GET answers carry an unquoted ``etag`` (a digest of the body); ``If-None-Match`` with that value
  (quoted or not, or ``*``) gives 304 with an empty body. A GET that acts (``/contacts/forgotpassword``
  sends an e-mail) has neither: the spec gives it no 304.
- A ``null`` member of a create (POST) body is ignored, as if it had been left out.
- Errors are ``{"status": "Error", "details": ["..."]}``. A missing item named in the request body
  is a 404 like a missing item, but a 400 on updates, whose own item exists. A path the API does not
  have is an HTML page with status 404, like the vendor's web server answers; a trailing slash
  changes nothing (``/contacts/`` is ``/contacts``). The engine's validation
  messages for missing body fields are reworded the vendor's way (``'content' is a required field``).
"""

from __future__ import annotations

import functools
import hashlib
import math
import re
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from starlette.responses import HTMLResponse, Response

from apikit.mock.credentials import basic_credentials
from apikit.mock.engine import ApiError, Behaviour, Call, CompactJSONResponse, Handler, RawRequest, Reply
from apikit.mock.proworkflow import (
    handlers_companies,
    handlers_contacts,
    handlers_invoices,
    handlers_items,
    handlers_projects,
    handlers_quotes,
    handlers_requests,
    handlers_settings,
    handlers_settings_billing,
    handlers_settings_contacts,
    handlers_settings_projects,
    handlers_settings_tasks,
    handlers_tasks,
    handlers_time,
    handlers_webhooks,
)
from apikit.mock.proworkflow.crud import crud_handlers
from apikit.mock.proworkflow.handlers import Api, Caller, HandlerFunction, MissingReference
from apikit.mock.proworkflow.handlers_webhooks import WebhookService
from apikit.mock.proworkflow.lines import LINE_REQUIREMENTS, check_line
from apikit.mock.proworkflow.store import Store
from apikit.mock.webhooks import RetryPolicy, Send, TargetPolicy, allowed_hosts, post_json
from apikit.spec import Operation

FAMILIES = (
    handlers_companies,
    handlers_contacts,
    handlers_invoices,
    handlers_items,
    handlers_projects,
    handlers_tasks,
    handlers_time,
    handlers_quotes,
    handlers_requests,
    handlers_settings,
    handlers_settings_billing,
    handlers_settings_contacts,
    handlers_settings_projects,
    handlers_settings_tasks,
    handlers_webhooks,
)
"""The modules that serve the API, one family each: ``HANDLERS`` (operationId -> function) for what
the family does its own way, ``KINDS`` (:class:`.crud.Kind`) for its ordinary CRUD."""
WEBHOOK_HOSTS_HINT = "apikit mock proworkflow --webhook-host {host}, or PROWORKFLOW_MOCK_WEBHOOK_HOSTS={host}"
"""How a refused webhook URL's host is allowed, as the refusal says it."""
DEFAULT_WEBHOOK_RETRY = RetryPolicy()
DEFAULT_RATE_LIMIT = 500
DEFAULT_RATE_WINDOW = 30.0
LOGIN_OPERATION = "loginGet"
KEY_ONLY_OPERATIONS = frozenset({"settingsAccountLooknfeelGet"})
ACCOUNT_CALLER = Caller(contact_id=0, type="", company_id=None)
"""The caller of a key-only call: the account, no contact (so neither staff nor anyone's own item)."""
NOT_FOUND_PAGE = """<!DOCTYPE html>
<html><head><title>404 Not Found</title></head>
<body><h1>Not Found</h1><p>The requested URL was not found on this server.</p></body></html>
"""
_MISSING_KEY = re.compile(r"^request body(?:\[\d+\])*: missing required key body(?:\[\d+\])*\[([^\]]+)\]$")


def local_now() -> datetime:
    return datetime.now().replace(microsecond=0)


# On a write, the item the URL names exists; a 404 would read as if it did not (and clients and
# schemathesis take it so), so a missing item named inside the body is a 400.
WRITES = frozenset({"post", "put"})


@dataclass
class _Window:
    started: float
    used: int = 0


@dataclass(frozen=True)
class RateState:
    limit: int
    remaining: int
    reset: int


class RateLimiter:
    """Fixed windows per API key. Keys are kept only as digests."""

    def __init__(self, limit: int, window: float, monotonic: Callable[[], float]) -> None:
        if limit < 1 or window <= 0:
            raise ValueError("rate_limit must be at least 1 and rate_window positive")
        self.limit = limit
        self.window = window
        self.monotonic = monotonic
        self._windows: dict[str, _Window] = {}
        self._lock = threading.Lock()

    def consume(self, api_key: str) -> bool:
        """Count one request; False when the window's allowance is used up."""
        with self._lock:
            window = self._current(_key_digest(api_key))
            if window.used >= self.limit:
                return False
            window.used += 1
            return True

    def state(self, api_key: str | None) -> RateState:
        with self._lock:
            window = None if api_key is None else self._current(_key_digest(api_key))
            if window is None:
                return RateState(self.limit, self.limit, math.ceil(self.window))
            left = window.started + self.window - self.monotonic()
            return RateState(self.limit, max(self.limit - window.used, 0), max(math.ceil(left), 0))

    def _current(self, digest: str) -> _Window:
        now = self.monotonic()
        window = self._windows.get(digest)
        if window is None or now >= window.started + self.window:
            window = self._windows[digest] = _Window(now)
        return window


def _key_digest(api_key: str) -> str:
    return hashlib.sha256(api_key.encode("utf-8")).hexdigest()


def presented_key(request: RawRequest) -> str | None:
    return request.headers.get("apikey") or request.query_text("apikey") or None


def unauthorized() -> ApiError:
    return ApiError(401, "")


class ProWorkflowBehaviour(Behaviour[Caller]):
    trailing_slash = True  # public clients call `/contacts/` and `/messages/`; the vendor answers both

    def __init__(
        self,
        spec: Mapping[str, Any],
        *,
        clock: Callable[[], datetime] = local_now,
        rate_limit: int = DEFAULT_RATE_LIMIT,
        rate_window: float = DEFAULT_RATE_WINDOW,
        monotonic: Callable[[], float] = time.monotonic,
        webhook_hosts: Iterable[str] = (),
        webhook_retry: RetryPolicy = DEFAULT_WEBHOOK_RETRY,
        webhook_send: Send = post_json,
    ) -> None:
        self.spec = spec
        self.store = Store(clock)
        self.limiter = RateLimiter(rate_limit, rate_window, monotonic)
        targets = TargetPolicy(allowed_hosts(webhook_hosts), WEBHOOK_HOSTS_HINT)
        self.webhooks = WebhookService(targets, webhook_retry, lambda: self.store, send=webhook_send)
        self.api = Api(self.store, self.webhooks)

    def reset(self) -> None:
        """Back to the demo account, as right after start-up (the rate-limit windows are kept)."""
        self._swap_in(Store(self.store.clock))

    def snapshot(self) -> dict[str, Any]:
        """The account's stored rows, contact permissions and password digests (:meth:`Store.snapshot`);
        the account itself (name, slug, API key) is fixed and not part of it."""
        with self.store.lock:
            return self.store.snapshot()

    def restore(self, state: Any) -> None:
        """Replace the account with ``state`` (a :meth:`snapshot` or seed data) at once, or raise
        :class:`StateError` naming the first problem and change nothing (the rate-limit windows are
        kept)."""
        self._swap_in(Store.from_snapshot(state, self.store.clock))

    def _swap_in(self, store: Store) -> None:
        """Make ``store`` the account between two calls. It takes over the lock every call holds, so a
        call waiting for the lock while the store is swapped runs on the new store, alone."""
        with self.store.lock:
            store.lock = self.store.lock
            self.store = store
            self.api = Api(store, self.webhooks)
            self.webhooks.resume(store)

    # engine interface

    def handlers(self) -> Mapping[str, Handler[Caller]]:
        table: dict[str, HandlerFunction] = {}
        for module in FAMILIES:
            table.update(module.HANDLERS)
        kinds = [kind for module in FAMILIES for kind in module.KINDS]
        table.update(crud_handlers(self.spec, kinds, served=table))
        return {operation_id: self._locked(handler) for operation_id, handler in table.items()}

    def _locked(self, handler: HandlerFunction) -> Handler[Caller]:
        @functools.wraps(handler)
        def run(call: Call[Caller]) -> Reply | Response:
            if call.operation.method == "post":
                call.body = without_nulls(call.body)
            with self.store.lock:
                try:
                    answer = handler(self.api, call)
                except MissingReference as missing:
                    if call.operation.method in WRITES:
                        raise ApiError(400, missing.message) from missing
                    raise
                if isinstance(answer, Reply) and 200 <= answer.status < 300:
                    self.webhooks.announce(self.api, call, answer.payload)
                return answer

        return run

    def authenticate(self, call: Call[None]) -> Caller:
        credentials = basic_credentials(call.request.headers)
        key = presented_key(call.request)
        with self.store.lock:
            account_key = self._account_key(call, key)
            if account_key is None:
                raise unauthorized()
            if not self.limiter.consume(account_key):
                raise ApiError(
                    429, "API rate limit exceeded: wait for the number of seconds in x-ratelimit-reset"
                )
            if call.operation_id in KEY_ONLY_OPERATIONS:
                return ACCOUNT_CALLER
            contact = (
                None
                if credentials is None
                else self.store.check_password(credentials.login, credentials.password)
            )
            if contact is None:
                raise unauthorized()
            return Caller(contact["id"], contact["type"], contact["companyid"])

    def _account_key(self, call: Call[None], key: str | None) -> str | None:
        """The account's key when the request names the account: by key, or by ``url`` on /login."""
        account = self.store.account
        if key is not None:
            return account.api_key if key == account.api_key else None
        url = call.params.get("url")
        if call.operation_id == LOGIN_OPERATION and isinstance(url, str) and names_account(url, account.slug):
            return account.api_key
        return None

    def error_body(self, error: ApiError, request: RawRequest, operation: Operation | None) -> Any:
        if error.status == 401 or (error.status == 404 and operation is None):
            return None
        if error.status == 500:
            return {"status": "Error", "details": error.message}
        if operation is not None and error.message.startswith("request body"):
            problem = line_problem(operation.operation_id, request.json_body)
            if problem is not None:  # the spec's per-type line rule: say it the vendor's way
                return {"status": "Error", "details": [problem]}
        return {"status": "Error", "details": [vendor_message(error.message)]}

    def render(self, status: int, body: Any, request: RawRequest, operation: Operation | None) -> Response:
        response = self._response(status, body, request, operation)
        self._add_rate_headers(response, request, operation)
        return response

    def _response(self, status: int, body: Any, request: RawRequest, operation: Operation | None) -> Response:
        if status == 401:
            return Response(b"", status_code=401)
        if status == 404 and operation is None:
            return HTMLResponse(NOT_FOUND_PAGE, status_code=404)
        response = CompactJSONResponse(body, status_code=status)
        if request.method == "GET" and status == 200 and answers_not_modified(operation):
            etag = hashlib.sha1(response.body, usedforsecurity=False).hexdigest()
            if etag_matches(request.headers.get("if-none-match"), etag):
                return Response(status_code=304, headers={"etag": etag})
            response.headers["etag"] = etag
        return response

    def _add_rate_headers(self, response: Response, request: RawRequest, operation: Operation | None) -> None:
        key = presented_key(request)
        account_key = self.store.account.api_key
        is_login = operation is not None and operation.operation_id == LOGIN_OPERATION
        counted = account_key if key == account_key or (key is None and is_login) else None
        state = self.limiter.state(counted)
        response.headers["x-ratelimit-limit"] = str(state.limit)
        response.headers["x-ratelimit-remaining"] = str(state.remaining)
        response.headers["x-ratelimit-reset"] = str(state.reset)


def names_account(url: str, slug: str) -> bool:
    """The account URL, any URL whose host label or last path segment is the slug, or the slug."""
    text = url.strip().rstrip("/").casefold()
    if "://" in text:
        host, _, path = text.split("://", 1)[1].partition("/")
        candidates = {host.split(".")[0], path.rsplit("/", 1)[-1]}
    else:
        candidates = {text}
    return slug.casefold() in candidates


def answers_not_modified(operation: Operation | None) -> bool:
    """Whether a GET carries an etag and answers 304: not for the GETs that act (a password-reset
    e-mail is sent on every call), which the spec gives no 304."""
    return operation is not None and "304" in operation.definition.get("responses", {})


def etag_matches(header: str | None, etag: str) -> bool:
    if not header:
        return False
    for candidate in header.split(","):
        value = candidate.strip().removeprefix("W/").strip('"')
        if value in ("*", etag):
            return True
    return False


def without_nulls(body: Any) -> Any:
    """A create body as the service reads it: a ``null`` member counts as left out (of each item of a
    batch too)."""
    if isinstance(body, list):
        return [without_nulls(item) for item in body]
    if isinstance(body, dict):
        return {key: value for key, value in body.items() if value is not None}
    return body


def line_problem(operation_id: str, body: Any) -> str | None:
    """The vendor's sentence for the first invoice or quote line of a body that lacks what its type
    needs (``line 2: 'quantity' is a required field for a lineitem line``), or None."""
    candidates: Any = body if isinstance(body, list) else [body]
    if not operation_id.endswith("LinesCreate"):
        candidates = body.get("lines") if isinstance(body, dict) else None
    if not isinstance(candidates, list):
        return None
    for number, line in enumerate(candidates, start=1):
        kind = line.get("type") if isinstance(line, dict) else None
        if isinstance(kind, str) and kind in LINE_REQUIREMENTS:
            try:
                check_line(line, f"line {number}")
            except ApiError as problem:
                return problem.message
    return None


def vendor_message(message: str) -> str:
    """Engine validation messages for missing body fields, in the vendor's wording."""
    match = _MISSING_KEY.match(message)
    return f"'{match.group(1)}' is a required field" if match else message
