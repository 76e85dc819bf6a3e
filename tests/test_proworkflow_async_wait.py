"""The async ProWorkflow client waits out a 429 by awaiting, so the rest of the event loop runs on;
the sync client keeps sleeping (it has no loop to hand the time to)."""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest
from proworkflow_client import Client, ProWorkflowAuth, ProWorkflowRateLimited, connect
from proworkflow_client.api.companies import companies_get
from proworkflow_client.models import CompanyEnvelope

TICK = 0.05
COMPANY = {"count": 1, "status": "Success", "company": {"id": 7, "name": "Acme"}}
LIMITED = {"status": "Error", "details": ["Too many requests"]}


@contextlib.contextmanager
def limited_once() -> Iterator[tuple[str, list[int]]]:
    """A loopback server that answers its first request 429 (``x-ratelimit-reset: 1``) and every
    later one 200; yields its base URL and the statuses it sent."""
    sent: list[int] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            status, body = (429, LIMITED) if not sent else (200, COMPANY)
            sent.append(status)
            payload = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(payload)))
            if status == 429:
                self.send_header("x-ratelimit-reset", "1")
            self.end_headers()
            self.wfile.write(payload)

        def log_message(self, format: str, *args: object) -> None:
            pass  # keeps the test's output clean

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", sent
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def test_the_async_client_awaits_the_rate_limit_while_other_tasks_run() -> None:
    async def scenario(base_url: str) -> tuple[object, list[float], float, float]:
        ticks: list[float] = []

        async def ticker() -> None:
            while True:
                ticks.append(time.monotonic())
                await asyncio.sleep(TICK)

        ticking = asyncio.create_task(ticker())
        try:
            async with connect("key", "user", "password", base_url=base_url) as client:
                started = time.monotonic()
                result = await companies_get.asyncio(client=client, companyid=7)
                ended = time.monotonic()
        finally:
            ticking.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await ticking
        return result, ticks, started, ended

    with limited_once() as (base_url, sent):
        result, ticks, started, ended = asyncio.run(scenario(base_url))

    assert sent == [429, 200]
    assert isinstance(result, CompanyEnvelope) and result.company.name == "Acme"
    assert ended - started >= 0.9, "the reset was not waited out"
    during = [tick for tick in ticks if started <= tick <= ended]
    gaps = [later - earlier for earlier, later in itertools.pairwise(during)]
    # About twenty ticks fit in the one-second wait; a blocked loop gives one gap of a second.
    longest = max(gaps, default=0.0)
    assert len(during) >= 5 and longest < 0.5, f"{len(during)} ticks, longest gap {longest:.2f} s"


def test_the_async_client_gives_up_after_its_retries_and_the_sync_one_still_sleeps() -> None:
    def always_limited(request: httpx.Request) -> httpx.Response:
        return httpx.Response(429, json=LIMITED, headers={"x-ratelimit-reset": "2"})

    awaited: list[float] = []
    slept: list[float] = []

    async def record(seconds: float) -> None:
        awaited.append(seconds)

    def limited_client() -> Client:
        transport = httpx.MockTransport(always_limited)
        return connect("key", "user", "password", httpx_args={"transport": transport})

    async def call() -> None:
        client = limited_client()
        async with client:
            auth = client.get_async_httpx_client().auth
            assert isinstance(auth, ProWorkflowAuth)
            auth._async_sleep = record
            auth._sleep = slept.append
            await companies_get.asyncio(client=client, companyid=7)

    with pytest.raises(ProWorkflowRateLimited):
        asyncio.run(call())
    assert awaited == [2.0, 2.0, 2.0] and slept == []

    client = limited_client()
    auth = client.get_httpx_client().auth
    assert isinstance(auth, ProWorkflowAuth)
    auth._sleep = slept.append
    with pytest.raises(ProWorkflowRateLimited):
        companies_get.sync(client=client, companyid=7)
    assert slept == [2.0, 2.0, 2.0]
