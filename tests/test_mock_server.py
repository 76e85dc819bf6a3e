"""apikit.mock.server, the HTTP/1.1 server behind `apikit mock`, spoken to over real sockets.

Each test serves a small ASGI app on a loop in a background thread and talks raw HTTP to it (or
uses httpx where the exact bytes do not matter), so what is checked is what a client sees.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any, cast

import httpx
import pytest
from starlette.types import Receive, Scope, Send

from apikit.mock import create_app
from apikit.mock.server import Limits, _Outbox, start
from apikit.project import Project
from tests.support import ROOT


@contextlib.contextmanager
def serving(app: Any, limits: Limits | None = None) -> Iterator[int]:
    """``app`` served on a free loopback port by a loop in a background thread; yields the port."""
    loop = asyncio.new_event_loop()
    started = loop.run_until_complete(start(app, "127.0.0.1", 0, limits))
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    try:
        yield started.port
    finally:
        asyncio.run_coroutine_threadsafe(started.stop(), loop).result(10)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(10)
        loop.close()


def talk(port: int, data: bytes, *, timeout: float = 5) -> bytes:
    """Send ``data`` and read until the server closes the connection."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as sock:
        sock.sendall(data)
        chunks = []
        while chunk := sock.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


async def echo(scope: Scope, receive: Receive, send: Send) -> None:
    """Answers with the method, path, query and body it received."""
    message = await receive()
    body = b"%s %s ?%s %s" % (
        scope["method"].encode(),
        scope["path"].encode(),
        scope["query_string"],
        message["body"],
    )
    headers = [(b"content-type", b"text/plain"), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": 200, "headers": headers})
    await send({"type": "http.response.body", "body": body})


async def slow_then_echo(scope: Scope, receive: Receive, send: Send) -> None:
    """Waits for real when the path says so: the server must then finish it in a task."""
    if scope["path"] == "/slow":
        await asyncio.sleep(0.05)
    await echo(scope, receive, send)


async def streaming(scope: Scope, receive: Receive, send: Send) -> None:
    await receive()
    await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"text/plain")]})
    for part in (b"one ", b"two ", b"three"):
        await send({"type": "http.response.body", "body": part, "more_body": True})
    await send({"type": "http.response.body", "body": b""})


async def failing(scope: Scope, receive: Receive, send: Send) -> None:
    await receive()
    if scope["path"] == "/after-start":
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"10")]})
        await send({"type": "http.response.body", "body": b"part", "more_body": True})
    raise RuntimeError("password=hunter2 must not be shown to the client")


def get(path: str, *headers: str, method: str = "GET", body: bytes = b"") -> bytes:
    lines = [f"{method} {path} HTTP/1.1", "Host: test", *headers]
    if body:
        lines.append(f"Content-Length: {len(body)}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


def test_keep_alive_serves_many_requests_on_one_connection() -> None:
    with serving(echo) as port, httpx.Client(base_url=f"http://127.0.0.1:{port}") as client:
        answers = [client.post("/items", params={"n": n}, content=b"body") for n in range(3)]
    assert [a.text for a in answers] == [f"POST /items ?n={n} body" for n in range(3)]
    assert all(a.headers["date"] for a in answers)


def test_pipelined_requests_are_answered_in_order() -> None:
    with serving(echo) as port:
        raw = talk(port, get("/a") + get("/b", body=b"x", method="PUT") + get("/c", "Connection: close"))
    assert raw.count(b"HTTP/1.1 200 OK") == 3
    assert raw.index(b"GET /a") < raw.index(b"PUT /b ? x") < raw.index(b"GET /c")
    assert raw.endswith(b"GET /c ? ") and b"connection: close" in raw


def test_a_request_that_waits_keeps_later_pipelined_answers_in_order() -> None:
    with serving(slow_then_echo) as port:
        raw = talk(port, get("/slow") + get("/fast") + get("/last", "Connection: close"))
    assert raw.index(b"GET /slow") < raw.index(b"GET /fast") < raw.index(b"GET /last")


def test_many_connections_at_once_each_get_their_answers_whole_and_in_order() -> None:
    def pipelined(port: int, n: int) -> bytes:
        paths = [f"/c{n}/{i}" for i in range(3)]
        return talk(port, get(paths[0]) + get(paths[1]) + get(paths[2], "Connection: close"))

    with serving(echo) as port, ThreadPoolExecutor(8) as pool:
        raws = list(pool.map(lambda n: pipelined(port, n), range(8)))
    for n, raw in enumerate(raws):
        assert raw.count(b"HTTP/1.1 200 OK") == 3, raw
        assert raw.index(b"GET /c%d/0" % n) < raw.index(b"GET /c%d/1" % n) < raw.index(b"GET /c%d/2" % n)


class _Turns:
    """An event loop's ``call_soon``, run by hand: a turn ends when ``end_turn()`` is called."""

    def __init__(self) -> None:
        self.soon: list[Any] = []

    def call_soon(self, callback: Any) -> None:
        self.soon.append(callback)

    def end_turn(self) -> None:
        soon, self.soon = self.soon, []
        for callback in soon:
            callback()


class _Writer:
    """What the outbox needs of a connection: its held bytes, and a flush to one shared wire."""

    def __init__(self, name: str, wire: list[str]) -> None:
        self.name, self.wire, self.unsent = name, wire, cast(list[bytes], [])
        self.transport = self

    def write(self, data: bytes) -> None:
        self.wire.append(f"{self.name}:{data.decode()}")

    def flush(self) -> None:
        unsent, self.unsent = self.unsent, []
        for data in unsent:
            self.write(data)


def test_while_several_connections_answer_their_answers_go_out_together_after_the_turn() -> None:
    turns, wire = _Turns(), cast(list[str], [])
    outbox = _Outbox(cast(asyncio.AbstractEventLoop, turns))
    a, b = _Writer("a", wire), _Writer("b", wire)

    def send(writer: _Writer, data: bytes) -> None:
        outbox.send(cast(Any, writer), cast(Any, writer.transport), data)

    send(a, b"1")
    turns.end_turn()
    send(a, b"2")
    assert wire == ["a:1", "a:2"], "one connection alone: its answers go out at once"
    send(b, b"1")
    send(a, b"3")
    send(b, b"2")
    assert wire == ["a:1", "a:2"], "two connections in one turn: held until it ends"
    turns.end_turn()
    assert wire == ["a:1", "a:2", "b:1", "b:2", "a:3"]
    send(a, b"4")
    assert wire[-1] == "a:3", "still holding after a turn that held two"
    turns.end_turn()
    send(a, b"5")
    assert wire[-2:] == ["a:4", "a:5"], "a turn that held one answer: back to sending at once"


def test_chunked_request_body_arrives_whole() -> None:
    chunked = b"4\r\nWiki\r\n5\r\npedia\r\n0\r\n\r\n"
    with serving(echo) as port:
        raw = talk(
            port, get("/up", "Transfer-Encoding: chunked", "Connection: close", method="POST") + chunked
        )
    assert raw.endswith(b"POST /up ? Wikipedia")


def test_expect_continue_gets_an_interim_answer_first() -> None:
    with serving(echo) as port:
        raw = talk(port, get("/up", "Expect: 100-continue", "Connection: close", method="POST", body=b"hi"))
    assert raw.startswith(b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\n")


def test_head_sends_the_headers_without_the_body() -> None:
    with serving(echo) as port:
        raw = talk(port, get("/x", "Connection: close", method="HEAD"))
    head, _, body = raw.partition(b"\r\n\r\n")
    assert b"content-length: 10" in head and body == b""  # len(b"HEAD /x ? ")


def test_http_1_0_closes_after_the_answer() -> None:
    with serving(echo) as port:
        raw = talk(port, b"GET /old HTTP/1.0\r\n\r\n")
    assert raw.startswith(b"HTTP/1.0 200 OK") and raw.endswith(b"GET /old ? ")


def test_percent_encoded_path_is_decoded_and_query_kept_raw() -> None:
    with serving(echo) as port:
        raw = talk(port, get("/a%20b/c?x=%5B1%5D&y=2", "Connection: close"))
    assert raw.endswith(b"GET /a b/c ?x=%5B1%5D&y=2 ")


def test_streamed_answer_without_length_is_sent_chunked() -> None:
    with serving(streaming) as port, httpx.Client() as client:
        answer = client.get(f"http://127.0.0.1:{port}/")
    assert answer.headers["transfer-encoding"] == "chunked"
    assert answer.text == "one two three"


@pytest.mark.parametrize(
    ("request_bytes", "status"),
    [
        (b"NOT HTTP AT ALL\r\n\r\n", b"400"),
        (b"CONNECT example.org:443 HTTP/1.1\r\nHost: example.org:443\r\n\r\n", b"400"),
        (b"GET /" + b"a" * 2000 + b" HTTP/1.1\r\nHost: x\r\n\r\n", b"431"),
    ],
    ids=["malformed", "connect", "head-too-large"],
)
def test_bad_requests_are_refused_and_the_connection_closed(request_bytes: bytes, status: bytes) -> None:
    with serving(echo, Limits(max_head_bytes=1024)) as port:
        raw = talk(port, request_bytes)
    assert raw.startswith(b"HTTP/1.1 " + status)
    assert b"connection: close" in raw


def test_upgrade_is_answered_as_plain_http_then_the_connection_closed() -> None:
    upgrade = get("/ws", "Connection: Upgrade", "Upgrade: websocket")
    with serving(echo) as port:
        raw = talk(port, upgrade + b"whatever the other protocol sends")
    assert raw.startswith(b"HTTP/1.1 200 OK") and raw.endswith(b"GET /ws ? ")


def test_body_beyond_the_limit_is_cut_so_the_app_can_refuse_it() -> None:
    with serving(echo, Limits(max_body_bytes=4)) as port:
        raw = talk(port, get("/up", "Connection: close", method="POST", body=b"0123456789"))
    assert raw.endswith(b"POST /up ? 0123")


def test_idle_connection_is_closed_after_the_keep_alive_time() -> None:
    with serving(echo, Limits(keep_alive_seconds=0.2)) as port:
        raw = talk(port, get("/once"), timeout=5)  # no Connection: close, so only the timer ends it
    assert raw.endswith(b"GET /once ? ")


def test_app_failure_before_answering_is_a_500_without_details(caplog: pytest.LogCaptureFixture) -> None:
    with serving(failing) as port:
        raw = talk(port, get("/boom"))
    assert raw.startswith(b"HTTP/1.1 500 Internal Server Error")
    assert b"hunter2" not in raw
    assert "the app failed" in caplog.text


def test_app_failure_after_starting_closes_the_connection() -> None:
    with serving(failing) as port:
        raw = talk(port, get("/after-start"))
    assert raw.startswith(b"HTTP/1.1 200 OK") and raw.endswith(b"part")  # cut short: 4 of 10 bytes


def test_stop_closes_idle_keep_alive_connections() -> None:
    loop = asyncio.new_event_loop()
    try:
        started = loop.run_until_complete(start(echo, "127.0.0.1", 0))
        thread = threading.Thread(target=loop.run_forever, daemon=True)
        thread.start()
        with socket.create_connection(("127.0.0.1", started.port), timeout=5) as sock:
            sock.sendall(get("/a"))
            assert sock.recv(65536).startswith(b"HTTP/1.1 200")
            asyncio.run_coroutine_threadsafe(started.stop(), loop).result(5)
            assert sock.recv(65536) == b""  # closed by the server, not by the 5 s idle timer
        loop.call_soon_threadsafe(loop.stop)
        thread.join(10)
    finally:
        loop.close()


def test_serves_a_vendor_mock() -> None:
    app = create_app("fivepm", Project(ROOT))
    with serving(app) as port, httpx.Client(base_url=f"http://127.0.0.1:{port}/api/v2") as client:
        signed_in = client.get(
            "/service/get/authentication/signIn",
            params={"login": "demo@5pm.example", "password": "demo-password", "retType": "json"},
        )
        session = signed_in.json()["data"]["sessionId"]
        projects = client.get(
            "/service/get/projects/getList", params={"sessionId": session, "retType": "json"}
        )
        refused = client.get("/service/get/projects/getList", params={"sessionId": "nope"})
    assert projects.status_code == 200 and projects.json()["data"]
    assert refused.status_code == 401 and refused.headers["content-type"] == "application/xml"
