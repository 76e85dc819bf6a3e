"""Several services in one request, typed: pass the generated request bodies, get each call's answer
back in its place, and read it as the generated model of that service's answer.

    tree, fields = run_services(client, [GroupTreeBody(), CustomFieldListBody()])
    groups = tree.parsed(GroupTreeOk).groups

A call the service refuses does not raise: its answer holds the error (``answer.error``), and
``parsed`` raises it. A request refused as a whole (a wrong token, too many calls) raises
``BeeboleError`` as any other call does.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar

from ..api.batch import batch_run
from ..client import AuthenticatedClient, Client
from ..models.batch_call import BatchCall
from ..models.batch_run_body import BatchRunBody
from .errors import BeeboleError

MAX_CALLS = 20
"""The most calls one request takes (the service's limit is not documented; the spec assumes 20)."""

M = TypeVar("M")
M_co = TypeVar("M_co", covariant=True)


class ServiceBody(Protocol):
    """What every generated request body is: ``ProjectGetBody``, ``GroupTreeBody``..."""

    def to_dict(self) -> dict[str, Any]: ...


class AnswerModel(Protocol[M_co]):
    """What every generated answer model offers: ``GroupTreeOk``, ``ProjectGetOk``..."""

    def from_dict(self, src_dict: Mapping[str, Any], /) -> M_co: ...


@dataclass(frozen=True)
class BatchAnswer:
    """One call's answer: its success body, or its error envelope."""

    service: str
    body: Mapping[str, Any] = field(repr=False)

    @property
    def error(self) -> BeeboleError | None:
        if self.body.get("status") != "error":
            return None
        return BeeboleError(str(self.body.get("message", "no message given")), self.service)

    def parsed(self, model: AnswerModel[M]) -> M:
        """The answer as ``model`` (the generated model of the service's answer); raises the call's
        ``BeeboleError`` when the service refused it."""
        error = self.error
        if error is not None:
            raise error
        return model.from_dict(self.body)


def run_services(client: AuthenticatedClient | Client, calls: Sequence[ServiceBody]) -> list[BatchAnswer]:
    """Runs ``calls`` in one request, in order; one answer per call, in the same order."""
    if not 1 <= len(calls) <= MAX_CALLS:
        raise ValueError(f"a batch holds 1 to {MAX_CALLS} calls, not {len(calls)}")
    bodies = [call.to_dict() for call in calls]
    request = BatchRunBody(services=[BatchCall.from_dict(body) for body in bodies])
    response = batch_run.sync_detailed(client=client, body=request)
    answers = json.loads(response.content)
    if not isinstance(answers, list) or len(answers) != len(bodies):
        raise BeeboleError("the batch was not answered with one answer per call", "batch")
    return [BatchAnswer(str(body["service"]), answer) for body, answer in zip(bodies, answers, strict=True)]
