"""The Worksection mock's behaviour: routing by ``action``, signatures, the rate limit, the envelope.

Checks run in this order: URL length, action, signature (or access token), rate limit, then the
parameters (the engine validates them against the spec) and the action's handler. So an unsigned
call is refused for its signature whatever its parameters, and every signed call naming a known
action counts against the rate limit.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar

from starlette.responses import Response

from apikit.mock.engine import (
    ApiError,
    Behaviour,
    Call,
    CompactJSONResponse,
    Handler,
    InvalidInput,
    MissingRequired,
    MockSetupError,
    RawRequest,
    Reply,
)
from apikit.mock.multipart import UploadedFile
from apikit.mock.params import shown
from apikit.mock.worksection import (
    comments,
    contacts,
    costs,
    events,
    files,
    people,
    project_tags,
    projects,
    task_tags,
    tasks,
    timers,
    webhooks,
)
from apikit.mock.worksection.account import Account, Row
from apikit.mock.worksection.actions import ACTIONS, Action, Admin, Ctx, Upload, User
from apikit.mock.worksection.errors import (
    CODE_INVALID_VALUE,
    CODE_MOCK_BUG,
    CODE_REQUIRED,
    CODE_TOO_MANY_REQUESTS,
    CODE_UNKNOWN_ACTION,
    TokenRefused,
    WorksectionError,
    bad_signature,
    invalid_email,
    invalid_value,
)
from apikit.mock.worksection.signing import NO_HASH, admin_header_problem, is_admin_header, query_hash_problem
from apikit.spec import Operation, iter_operations, resolve, schema_validator

Clock = Callable[[], float]

DEMO_ACCOUNT = "demo"
DEMO_API_KEY = "5f2b8c0e9a7d4e61b3c8f0a2d9e4b7c1"
HMAC_MAX_SKEW = 300.0
MAX_URL_BYTES = 8192
ERROR_SCHEMA_REF = "#/components/schemas/ErrorEnvelope"

DEMO_ACCESS_TOKEN = "demo-access-token-olivia"


@dataclass(frozen=True)
class AccessToken:
    """What an access token grants: acting as one person, until ``expires_at`` (Unix time; None: never)."""

    user_id: int
    expires_at: float | None = None


DEMO_ACCESS_TOKENS = {DEMO_ACCESS_TOKEN: AccessToken(101)}
"""Olivia Brandt's token, which never expires (``access_tokens=`` sets others)."""

SEEDERS = (
    people.seed,
    contacts.seed,
    projects.seed,
    project_tags.seed,
    tasks.seed,
    task_tags.seed,
    comments.seed,
    costs.seed,
    timers.seed,
    files.seed,
    webhooks.seed,
    events.seed,
)
"""The demo account, family by family, each after those it refers to."""


class WorksectionBehaviour(Behaviour[Admin | User]):
    # The vendor's 2026 clients leave the slash out, and the service answers them.
    path_aliases: ClassVar[Mapping[str, str]] = {
        "/api/admin/v2": "/api/admin/v2/",
        "/api/oauth2/": "/api/oauth2",  # the vendor's 2023 SDK adds the slash here
    }

    def __init__(
        self,
        spec: Mapping[str, Any],
        *,
        api_key: str = DEMO_API_KEY,
        clock: Clock = time.time,
        min_interval: float = 0.0,
        hmac_max_skew: float = HMAC_MAX_SKEW,
        seed: bool = True,
        access_tokens: Mapping[str, AccessToken] | None = None,
    ) -> None:
        if not api_key:
            raise ValueError("the mock needs a non-empty API key")
        self.spec = spec
        self._api_key = api_key
        self._clock = clock
        self.min_interval = min_interval
        self.hmac_max_skew = hmac_max_skew
        self._seed = seed
        self._access_tokens = dict(DEMO_ACCESS_TOKENS if access_tokens is None else access_tokens)
        self._envelope_check = schema_validator(spec, {"$ref": ERROR_SCHEMA_REF})
        self._query_forms = _query_forms(spec)
        self._user_operation_ids = _user_operation_ids(spec)
        self.account = self._fresh_account()

    def __repr__(self) -> str:  # the API key stays out of every repr
        return f"{type(self).__name__}(min_interval={self.min_interval}, hmac_max_skew={self.hmac_max_skew})"

    # state

    def reset(self) -> None:
        """Back to the state right after start-up (the demo account, rate limit unused)."""
        self.account = self._fresh_account()

    def snapshot(self) -> dict[str, list[Row]]:
        """Every record by collection (see :class:`Account`); the API key is never in it."""
        account = self.account
        with account.lock:
            return account.snapshot()

    def restore(self, state: Any) -> None:
        """Replace every record with ``state``, all at once; the API key and the rate limit's window
        stay as they are (configuration, not state)."""
        fresh = Account()
        fresh.load_snapshot(state)
        account = self.account
        with account.lock:
            account.tables = fresh.tables

    def _fresh_account(self) -> Account:
        account = Account()
        if self._seed:
            for seed in SEEDERS:
                seed(account)
        return account

    # engine interface

    def handlers(self) -> Mapping[str, Handler[Admin | User]]:
        table: dict[str, Handler[Admin | User]] = {}
        for operation in iter_operations(self.spec):
            name = operation.rpc.value if operation.rpc is not None else None
            if name not in ACTIONS:
                raise MockSetupError(f"{operation.operation_id}: the Worksection mock has no action {name!r}")
            table[operation.operation_id] = self._runner(ACTIONS[name])
        return table

    def _runner(self, entry: Action) -> Handler[Admin | User]:
        def run(call: Call[Admin | User]) -> Reply | Response:
            params = _parameters(call, entry)
            with self.account.lock:
                ctx = Ctx(self.account, params, self._now(), call.principal, _uploads(call))
                result = entry.handler(ctx)
            return result if isinstance(result, Response) else Reply(result)

        run.__name__ = entry.name
        return run

    def _now(self) -> datetime:
        return datetime.fromtimestamp(self._clock()).replace(second=0, microsecond=0)

    def choose_operation(self, candidates: Sequence[Operation], request: RawRequest) -> Operation:
        """The action's operation, once the call is signed and within the rate limit: like the
        vendor, an unsigned call learns nothing about its parameters."""
        if len(request.path) + 1 + len(request.query_string) > MAX_URL_BYTES:
            raise ApiError(414, "the URL is longer than the server takes")
        action = request.query.get("action")
        operation = self._operation_of(candidates, action)
        with self.account.lock:
            self._admit(self._caller(operation, request))
        return self._query_form_if_posted_so(operation, request)

    def _query_form_if_posted_so(self, operation: Operation, request: RawRequest) -> Operation:
        """A POST carrying its parameters in the query and no body is the query form sent by POST (the
        vendor's Postman collection calls every action so): it is served by the query form's operation."""
        if operation.method != "post" or request.body or set(request.query) <= {"action", "hash"}:
            return operation
        return self._query_forms.get(operation.rpc.value if operation.rpc else "", operation)

    @staticmethod
    def _operation_of(candidates: Sequence[Operation], action: Any) -> Operation:
        for operation in candidates:
            if operation.rpc is not None and operation.rpc.value == action:
                return operation
        if action is None:
            raise WorksectionError(CODE_UNKNOWN_ACTION, "Action is missing", "pass action=<name>")
        raise WorksectionError(CODE_UNKNOWN_ACTION, "Unknown action", f"action {shown(action)}")

    def authenticate(self, call: Call[None]) -> Admin | User:
        # Signature and rate limit were settled when the operation was chosen; this names the caller.
        return self._caller(call.operation, call.request)

    def _caller(self, operation: Operation, request: RawRequest) -> Admin | User:
        if operation.operation_id in self._user_operation_ids:
            return self._token_holder(request)
        return self._signed_by(request, operation.rpc.value if operation.rpc else "")

    def _token_holder(self, request: RawRequest) -> User:
        """The user whose access token the call carries (``Authorization: Bearer`` or ``access_token``)."""
        scheme, _, token = request.headers.get("authorization", "").strip().partition(" ")
        if scheme.lower() != "bearer":
            token = request.query_text("access_token") or ""
        grant = self._access_tokens.get(token.strip()) if token else None
        if grant is None:
            raise TokenRefused("Access token is invalid" if token else "Access token is missing")
        if grant.expires_at is not None and self._clock() >= grant.expires_at:
            raise TokenRefused("Access token is expired")
        return User(grant.user_id)

    def _signed_by(self, request: RawRequest, action: str) -> Admin:
        """Either signature will do; when neither does, the details say what was wrong."""
        header = request.headers.get("authorization", "")
        header_problem = None
        if is_admin_header(header):
            header_problem = admin_header_problem(
                header, action, self._api_key, self._clock(), self.hmac_max_skew
            )
            if header_problem is None:
                return Admin("hmac")
        hash_problem = query_hash_problem(request.query_string, self._api_key)
        if hash_problem is None:
            return Admin("hash")
        if header_problem is None and hash_problem == NO_HASH:
            raise bad_signature("no hash parameter and no 'Authorization: Admin ...' header")
        raise bad_signature(header_problem or hash_problem)

    def _admit(self, caller: Admin | User) -> None:
        """The vendor's one-call-per-second rule, when switched on (``min_interval``)."""
        if self.min_interval <= 0:
            return
        now = self._clock()
        last = self.account.last_admitted
        if last is not None and now - last < self.min_interval:
            wait = self.min_interval - (now - last)
            raise WorksectionError(CODE_TOO_MANY_REQUESTS, "Too many requests", f"retry in {wait:.3f} s")
        self.account.last_admitted = now

    def success_body(self, call: Call[Admin | User], reply: Reply) -> Any:
        return reply.payload

    def error_body(self, error: ApiError, request: RawRequest, operation: Operation | None) -> Any:
        if isinstance(error, TokenRefused):
            return {"status": "error", "message": error.message}
        if isinstance(error, InvalidInput) and error.value == "" and self._required(operation, error.place):
            error = MissingRequired(error.place[-1], error.message)  # the service: empty means missing
        elif isinstance(error, InvalidInput) and error.place and error.place[-1].startswith("email"):
            error = invalid_email(str(error.value))
        code, message, details = _envelope_parts(error)
        body: Row = {"status": "error", "status_code": code, "message": message}
        if details:
            body["message_details"] = details
        # Refusals made before an operation is chosen are not checked by the engine: check them here
        # (a broken envelope is a mock bug, which the engine answers with a 500).
        self._envelope_check.validate(body)
        return body

    def _required(self, operation: Operation | None, place: Sequence[str]) -> bool:
        """Whether ``place`` (``["title"]`` or ``["body", "title"]``) is a required parameter or a
        required field of the JSON body."""
        if operation is None or not place:
            return False
        if place[0] != "body":
            parameter = operation.parameter(place[0])
            return len(place) == 1 and bool(parameter and resolve(self.spec, parameter).get("required"))
        body = resolve(self.spec, operation.definition.get("requestBody")) or {}
        schema = resolve(self.spec, body.get("content", {}).get("application/json", {}).get("schema", {}))
        return len(place) == 2 and place[1] in schema.get("required", [])

    def render(self, status: int, body: Any, request: RawRequest, operation: Operation | None) -> Response:
        if status == 414:
            return Response(status_code=414)  # the web server's refusal, before the API sees it
        # Refusals of bad input come as HTTP 200 with the envelope, like the vendor's.
        return CompactJSONResponse(body, status_code=200 if status in (200, 400) else status)


def _envelope_parts(error: ApiError) -> tuple[int, str, str | None]:
    if isinstance(error, WorksectionError):
        return error.code, error.message, error.details
    if isinstance(error, MissingRequired):
        return CODE_REQUIRED, "Field is required", error.name
    if error.status == 400:  # the engine refused the request against the spec
        return CODE_INVALID_VALUE, "Invalid parameter value", error.message
    if error.status in (404, 405):
        return CODE_UNKNOWN_ACTION, "No action is served here", error.message
    return CODE_MOCK_BUG, "Internal error", error.message


def _query_forms(spec: Mapping[str, Any]) -> dict[str, Operation]:
    """Each action's query-form operation (the GET one), by action name."""
    return {
        operation.rpc.value: operation
        for operation in iter_operations(spec)
        if operation.rpc is not None and operation.method == "get"
    }


def asks_for_user_token(spec: Mapping[str, Any], definition: Mapping[str, Any]) -> bool:
    """Whether an operation's own security asks for an OAuth 2.0 token (the user-token actions)
    rather than the admin key's signature."""
    schemes = spec.get("components", {}).get("securitySchemes", {})
    oauth = {name for name, scheme in schemes.items() if scheme.get("type") == "oauth2"}
    return any(oauth & set(requirement) for requirement in definition.get("security", []))


def _user_operation_ids(spec: Mapping[str, Any]) -> frozenset[str]:
    return frozenset(
        operation.operation_id
        for operation in iter_operations(spec)
        if asks_for_user_token(spec, operation.definition)
    )


def _parameters(call: Call[Any], entry: Action) -> dict[str, Any]:
    """The call's parameters by name: the query's, joined by a JSON body's. A parameter given in both
    places must mean the same in both (how the service merges them is not known)."""
    merged = {name: value for name, value in call.params.items() if name != "action" and value is not None}
    body = call.body if isinstance(call.body, Mapping) else {}
    for name, value in body.items():
        in_query = merged.get(name)
        meaning = entry.meanings.get(name, str)
        if in_query is not None and meaning(in_query) != meaning(value):
            raise invalid_value(f"{name} is given in the query and in the JSON body with different values")
        merged[name] = value
    return merged


def _uploads(call: Call[Any]) -> list[Upload]:
    """The files of a multipart upload, in the order sent."""
    if not isinstance(call.body, Mapping):
        return []
    found: list[Upload] = []
    for name, value in call.body.items():
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, UploadedFile):
                found.append(Upload(name, str(item), item.content_type, item.data))
    return found


def create_behaviour(spec: Mapping[str, Any], **options: Any) -> WorksectionBehaviour:
    """Entry point for :func:`apikit.mock.create_app` (options: ``api_key``, ``clock``, ``min_interval``,
    ``hmac_max_skew``, ``seed``)."""
    return WorksectionBehaviour(spec, **options)
