"""What the account-settings test modules share: one mock for a module (its state reset by each
test's ``behaviour`` fixture) and the generated client signed in on it."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

import httpx
from proworkflow_client import Client, connect
from starlette.testclient import TestClient

from apikit.mock import build_app
from apikit.mock.proworkflow import ProWorkflowBehaviour, create_behaviour
from apikit.mock.proworkflow.demo import ACCOUNT, DANA, DEMO_NOW, DemoUser

UNLIMITED = 10**9
"""A rate limit these modules' calls stay far inside: the limit is not what they test."""


@contextlib.contextmanager
def module_mock(spec: dict[str, Any]) -> Iterator[tuple[ProWorkflowBehaviour, TestClient]]:
    """The mock on ``DEMO_NOW``'s clock, served in process (one per module: building it costs more
    than a test)."""
    behaviour = create_behaviour(spec, clock=lambda: DEMO_NOW, rate_limit=UNLIMITED)
    with TestClient(build_app(spec, behaviour)) as test_client:
        yield behaviour, test_client


@contextlib.contextmanager
def generated_client(served: TestClient, user: DemoUser = DANA) -> Iterator[Client]:
    """The generated client signed in as ``user``, its requests answered by ``served``."""

    def answer(request: httpx.Request) -> httpx.Response:
        path = request.url.raw_path.decode("ascii")
        reply = served.request(request.method, path, headers=request.headers, content=request.content)
        return httpx.Response(reply.status_code, headers=reply.headers, content=reply.content)

    transport = {"transport": httpx.MockTransport(answer)}
    with connect(ACCOUNT.api_key, user.username, user.password, httpx_args=transport) as client:
        yield client
