"""Every client gives up on a service that stops answering: a default timeout, the caller's own when
given, and the 5pm sign-in (a request the session makes by itself) held to it as well."""

from __future__ import annotations

import asyncio
import contextlib
import socket
import threading
import time
from collections.abc import Awaitable, Callable, Iterator
from typing import Any

import beebole_client
import fivepm_client
import httpx
import proworkflow_client
import pytest
import worksection_client
from beebole_client.api.company import company_list
from beebole_client.models import CompanyListBody
from fivepm_client.api.projects import projects_get_list
from proworkflow_client.api.companies import companies_list
from worksection_client.api.projects import get_projects

EXPECTED_DEFAULT = httpx.Timeout(30.0, connect=10.0)
HOLD = 5.0  # the silent server drops a connection after this long, so a client with no timeout
# fails (with the wrong error) instead of hanging the suite
GUARD = 10.0  # a loose bound on how long a timed-out call may take; not a performance figure


@contextlib.contextmanager
def silent_server() -> Iterator[str]:
    """A loopback TCP server that accepts connections and never answers; yields its base URL."""
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    listener.settimeout(0.05)
    stop = threading.Event()
    held: list[tuple[socket.socket, float]] = []

    def serve() -> None:
        while not stop.is_set():
            with contextlib.suppress(TimeoutError):
                connection, _ = listener.accept()
                held.append((connection, time.monotonic()))
            for connection, since in list(held):
                if time.monotonic() - since > HOLD:
                    connection.close()
                    held.remove((connection, since))

    thread = threading.Thread(target=serve, name="silent-server", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    finally:
        stop.set()
        thread.join(timeout=5)
        for connection, _ in held:
            connection.close()
        listener.close()


def fivepm(url: str, timeout: Any) -> fivepm_client.Client:
    return fivepm_client.connect(url + "/api/v2", "demo@5pm.example", "demo-password", timeout=timeout)


def proworkflow(url: str, timeout: Any) -> proworkflow_client.Client:
    return proworkflow_client.connect("key", "user", "password", base_url=url, timeout=timeout)


def beebole(url: str, timeout: Any) -> beebole_client.Client:
    return beebole_client.connect("token", base_url=url, timeout=timeout)


def worksection(url: str, timeout: Any) -> worksection_client.Client:
    return worksection_client.connect("demo", "key", base_url=url, timeout=timeout)


Make = Callable[[str, Any], Any]
# Each client's first call; for 5pm it is the sign-in the session makes before the list call.
FIRST_CALLS: dict[str, tuple[Make, Callable[[Any], Any], Callable[[Any], Awaitable[Any]]]] = {
    "fivepm": (
        fivepm,
        lambda client: projects_get_list.sync(client=client),
        lambda client: projects_get_list.asyncio(client=client),
    ),
    "proworkflow": (
        proworkflow,
        lambda client: companies_list.sync(client=client),
        lambda client: companies_list.asyncio(client=client),
    ),
    "beebole": (
        beebole,
        lambda client: company_list.sync(client=client, body=CompanyListBody()),
        lambda client: company_list.asyncio(client=client, body=CompanyListBody()),
    ),
    "worksection": (
        worksection,
        lambda client: get_projects.sync(client=client),
        lambda client: get_projects.asyncio(client=client),
    ),
}


@pytest.fixture(scope="module")
def silent_url() -> Iterator[str]:
    with silent_server() as url:
        yield url


@pytest.mark.parametrize("api", sorted(FIRST_CALLS))
def test_the_first_call_times_out_as_the_caller_asked(api: str, silent_url: str) -> None:
    make, call, _ = FIRST_CALLS[api]
    started = time.monotonic()
    with make(silent_url, 0.5) as client, pytest.raises(httpx.TimeoutException):
        call(client)
    assert time.monotonic() - started < GUARD


@pytest.mark.parametrize("api", sorted(FIRST_CALLS))
def test_the_first_async_call_times_out_as_the_caller_asked(api: str, silent_url: str) -> None:
    make, _, call = FIRST_CALLS[api]

    async def first_call() -> None:
        async with make(silent_url, 0.5) as client:
            await call(client)

    started = time.monotonic()
    with pytest.raises(httpx.TimeoutException):
        asyncio.run(first_call())
    assert time.monotonic() - started < GUARD


def test_connect_without_a_timeout_argument_gets_the_default() -> None:
    packages = [fivepm_client, proworkflow_client, beebole_client, worksection_client]
    assert all(package.DEFAULT_TIMEOUT == EXPECTED_DEFAULT for package in packages)
    clients: list[Any] = [
        fivepm_client.connect("http://127.0.0.1:9/api/v2", "login", "password"),
        proworkflow_client.connect("key", "user", "password"),
        beebole_client.connect("token"),
        worksection_client.connect("account", "key"),
    ]
    for client in clients:
        assert client.get_httpx_client().timeout == EXPECTED_DEFAULT
        assert client.get_async_httpx_client().timeout == EXPECTED_DEFAULT


@pytest.mark.parametrize("api", sorted(FIRST_CALLS))
def test_the_caller_can_change_or_remove_the_timeout(api: str) -> None:
    make = FIRST_CALLS[api][0]
    assert make("http://127.0.0.1:9", 2.5).get_httpx_client().timeout == httpx.Timeout(2.5)
    custom = httpx.Timeout(5.0, read=60.0)
    assert make("http://127.0.0.1:9", custom).get_async_httpx_client().timeout == custom
    assert make("http://127.0.0.1:9", None).get_httpx_client().timeout == httpx.Timeout(None)
