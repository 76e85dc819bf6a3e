"""Several services in one call: ``{"services": [{"service": ...}, ...]}`` answers a JSON array with each
call's own answer in its place.

Each call is checked and run as it would be on its own, in order and under one hold of the account's
lock (so no other request sees the batch half done). A call that fails answers its error envelope in
its place; it neither stops the calls after it nor undoes those before it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from apikit.mock.beebole.services import Caller, ServiceHandler
from apikit.mock.beebole.state import BeeboleError, BeeboleState
from apikit.mock.engine import ApiError, describe_validation_error, response_schema
from apikit.mock.params import shown
from apikit.spec import Operation, iter_operations
from apikit.xmlcodec import SchemaChecker

BATCH_FIELD = "services"


def batch_operation(spec: Mapping[str, Any]) -> Operation | None:
    """The operation that stands for batches (``x-rpc: {batch: ...}``), if the spec describes one."""
    return next((op for op in iter_operations(spec) if "batch" in (op.definition.get("x-rpc") or {})), None)


def is_batch(body: Any) -> bool:
    """A batch names no service of its own and carries the calls' bodies instead."""
    return isinstance(body, Mapping) and BATCH_FIELD in body and "service" not in body


class BatchRunner:
    """Runs the calls of a batch against the services, each checked by its own operation's schema."""

    def __init__(self, spec: Mapping[str, Any], services: Mapping[str, ServiceHandler]) -> None:
        self._spec = spec
        self._checker = SchemaChecker(spec)
        self._targets = {
            op.rpc.value: (op, services[op.rpc.value])
            for op in iter_operations(spec)
            if op.rpc is not None and op.rpc.value in services
        }

    def run(self, state: BeeboleState, caller: Caller, calls: Sequence[Mapping[str, Any]]) -> list[Any]:
        with state.lock:
            return [self._answer(state, caller, call) for call in calls]

    def _answer(self, state: BeeboleState, caller: Caller, call: Mapping[str, Any]) -> Any:
        try:
            operation, service = self._target_of(call)
            self._check_request(operation, call)
            answer = {"status": "ok", **service(state, caller, call)}
        except ApiError as error:
            return {"status": "error", "message": error.message}
        self._check_answer(operation, answer)
        return answer

    def _target_of(self, call: Mapping[str, Any]) -> tuple[Operation, ServiceHandler]:
        service = call.get("service")
        target = self._targets.get(service) if isinstance(service, str) else None
        if target is None:
            raise BeeboleError(
                f"Invalid service request: unknown operation {shown(service)} in the body field 'service'"
            )
        return target

    def _check_request(self, operation: Operation, call: Mapping[str, Any]) -> None:
        schema = operation.definition["requestBody"]["content"]["application/json"]["schema"]
        error = self._checker.validator(schema).first_error(call)
        if error is not None:
            raise BeeboleError(
                f"Invalid service request: {describe_validation_error(error, 'request body', ['body'])}"
            )

    def _check_answer(self, operation: Operation, answer: Any) -> None:
        """An answer that breaks its own operation's schema is a mock bug: fail loudly."""
        error = self._checker.validator(response_schema(self._spec, operation, 200)).first_error(answer)
        if error is not None:
            raise AssertionError(
                f"{operation.operation_id} answered, in a batch, a body that breaks the spec"
            )
