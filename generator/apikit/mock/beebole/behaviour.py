"""The Beebole behaviour for the mock engine: token authentication, the ok/error envelope on HTTP 200,
and the dispatch of each operation to its service under the account's lock."""

from __future__ import annotations

import functools
import hmac
from collections.abc import Mapping, Sequence
from datetime import timedelta
from typing import Any

from starlette.responses import Response

from apikit.mock.beebole.batch import BatchRunner, batch_operation, is_batch
from apikit.mock.beebole.seed import seed_demo_account
from apikit.mock.beebole.services import Caller, ServiceHandler, all_services
from apikit.mock.beebole.state import BeeboleError, BeeboleState, Clock, Person, utc_now
from apikit.mock.credentials import basic_credentials
from apikit.mock.engine import (
    ApiError,
    Behaviour,
    Call,
    Candidates,
    CompactJSONResponse,
    Handler,
    RawRequest,
    Reply,
    StateError,
)
from apikit.spec import Operation, iter_operations

EXPORT_DELAY = timedelta(seconds=1)
HTTP_LEVEL = frozenset({404, 405, 500})
"""Failures outside any service (no such URL, wrong method, a mock bug) keep their HTTP status;
every other refusal is the vendor's error envelope on HTTP 200."""


class BeeboleBehaviour(Behaviour[Caller]):
    def __init__(
        self,
        spec: Mapping[str, Any],
        *,
        clock: Clock = utc_now,
        export_delay: timedelta = EXPORT_DELAY,
        seed: bool = True,
    ) -> None:
        self.spec = spec
        self._clock = clock
        self._export_delay = export_delay
        self._seed = seed
        self.services = all_services()
        self.state = self._fresh_state()
        self._batch = batch_operation(spec)
        self._batch_runner = BatchRunner(spec, self.services)
        self._by_service: dict[int, tuple[Sequence[Operation], Candidates]] = {}

    def reset(self) -> None:
        """Back to the demo account, as right after start-up."""
        fresh = self._fresh_state()
        with self.state.lock:
            self.state = fresh

    def _fresh_state(self) -> BeeboleState:
        state = BeeboleState(self._clock, self._export_delay)
        if self._seed:
            seed_demo_account(state)
        return state

    def snapshot(self) -> dict[str, list[dict[str, Any]]]:
        """The account by collection (see :meth:`BeeboleState.snapshot`); API tokens are left out."""
        state = self.state
        with state.lock:
            return state.snapshot()

    def restore(self, state: Any) -> None:
        """Replace the account with ``state``, all at once, keeping the current API tokens (they are
        configuration, not state); a person who owns one must be in ``state``."""
        fresh = BeeboleState(self._clock, self._export_delay)
        fresh.load_snapshot(state)
        with self.state.lock:
            fresh.tokens = dict(self.state.tokens)
            _check_token_owners(fresh)
            self.state = fresh

    # engine interface

    def handlers(self) -> Mapping[str, Handler[Caller]]:
        """A handler for each operation of the spec, found by the service its ``x-rpc`` names."""
        table: dict[str, Handler[Caller]] = {}
        for operation in iter_operations(self.spec):
            service = operation.rpc.value if operation.rpc is not None else None
            handler = self.services.get(service or "")
            if handler is not None:
                table[operation.operation_id] = self._run(handler)
        if self._batch is not None:
            table[self._batch.operation_id] = self._run_batch
        return table

    def _run_batch(self, call: Call[Caller]) -> Reply:
        return Reply(self._batch_runner.run(self.state, call.principal, call.body["services"]))

    def _run(self, service: ServiceHandler) -> Handler[Caller]:
        @functools.wraps(service)
        def run(call: Call[Caller]) -> Reply:
            state = self.state
            with state.lock:
                return Reply(service(state, call.principal, call.body))

        return run

    def choose_operation(self, candidates: Sequence[Operation], request: RawRequest) -> Operation:
        """By the ``service`` field (the engine's selector routing), with the vendor's wording; a body
        that lists calls under ``services`` instead is a batch."""
        batch = self._batch
        if batch is not None and is_batch(request.json_body) and batch.operation_id in _ids(candidates):
            return batch
        try:
            return super().choose_operation(self._named_by_service(candidates), request)
        except ApiError as error:
            if error.status in HTTP_LEVEL:
                raise
            if request.body and request.json_body is None:
                # The vendor's own curl example sends curl's default form content type; say what to fix.
                shown_type = request.media_type or "none"
                raise BeeboleError(
                    f"Invalid service request: send the JSON body as application/json (got {shown_type})"
                ) from error
            raise BeeboleError(f"Invalid service request: {error.message}") from error

    def _named_by_service(self, candidates: Sequence[Operation]) -> Candidates:
        """The candidates a ``service`` field can name (all but the batch), indexed once per URL."""
        known = self._by_service.get(id(candidates))
        if known is None or known[0] is not candidates:
            known = (candidates, Candidates(c for c in candidates if c.rpc is not None))
            self._by_service[id(candidates)] = known
        return known[1]

    def authenticate(self, call: Call[None]) -> Caller:
        return self.caller_of(call.request)

    def caller_of(self, request: RawRequest) -> Caller:
        """HTTP Basic: the API token as user name; the password (documented as ``x``) is not checked,
        since the vendor identifies the caller by the token alone."""
        credentials = basic_credentials(request.headers)
        if credentials is None:
            raise BeeboleError("authentication required: send the API token with HTTP Basic (token:x)")
        token = credentials.login
        state = self.state
        with state.lock:
            person_id = _lookup_token(state.tokens, token)
            person = state.records.get(person_id) if person_id is not None else None
            if not isinstance(person, Person):
                raise BeeboleError("invalid API token")
            if not person.active:
                raise BeeboleError("the owner of this API token is inactive")
            return Caller(person.id)

    def success_body(self, call: Call[Caller], reply: Reply) -> Any:
        if self._batch is not None and call.operation_id == self._batch.operation_id:
            return reply.payload  # the calls' own answers, each with its status
        return {"status": "ok", **reply.payload}

    def error_body(self, error: ApiError, request: RawRequest, operation: Operation | None) -> Any:
        return {"status": "error", "message": self._token_problem(error, request) or error.message}

    def _token_problem(self, error: ApiError, request: RawRequest) -> str | None:
        """What is wrong with the request's token, if anything: the vendor checks the token before it
        reads the body, so a caller with a wrong token learns that first, whatever else is wrong.
        (The engine reads and checks the body before it asks who is calling, hence this check here.)"""
        if error.status in HTTP_LEVEL:
            return None
        try:
            self.caller_of(request)
        except BeeboleError as refused:
            return refused.message
        return None

    def render(self, status: int, body: Any, request: RawRequest, operation: Operation | None) -> Response:
        return CompactJSONResponse(body, status_code=status if status in HTTP_LEVEL else 200)


def _ids(operations: Sequence[Operation]) -> set[str]:
    return {operation.operation_id for operation in operations}


def _check_token_owners(state: BeeboleState) -> None:
    """A state without the owner of a token would refuse every call, so it is refused instead."""
    for person_id in state.tokens.values():
        if not isinstance(state.records.get(person_id), Person):
            raise StateError(
                f"state.people: no person has the id {person_id}, the owner of the mock's API token; "
                "keep that person"
            )


def _lookup_token(tokens: Mapping[str, int], token: str) -> int | None:
    """Compares in constant time, so answer timing does not leak how much of a token was right."""
    found = None
    for known, person_id in tokens.items():
        if hmac.compare_digest(known.encode(), token.encode()):
            found = person_id
    return found


def create_behaviour(spec: Mapping[str, Any], **options: Any) -> BeeboleBehaviour:
    """Entry point for :func:`apikit.mock.create_app` (options: ``clock``, ``export_delay``, ``seed``)."""
    return BeeboleBehaviour(spec, **options)
