"""What a hostile client can make apikit.mock.server hold, and whether everyone else is still served.

Each test serves an app on a loop in a background thread, on 127.0.0.1, with small limits so that
it stays within a few seconds, connections and megabytes; it asks a normal request of the same
server while the hostile client is connected, and, where the input could grow the server, measures
the peak of Python's allocations (tracemalloc) against the acceptance bound: whatever one client
sends, the server holds less than 1 MiB beyond the body limit for it.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import select
import socket
import threading
import time
import tracemalloc
import weakref
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from types import SimpleNamespace
from typing import Any

import pytest
import uvloop
from click.testing import CliRunner
from starlette.testclient import TestClient
from starlette.types import Receive, Scope, Send

from apikit.cli import MOCK_LIMIT_DEFAULTS, main
from apikit.mock import create_app
from apikit.mock.engine import DEFAULT_MAX_BODY_BYTES
from apikit.mock.server import Connection, Limits, Listening, start
from apikit.project import Project
from tests.support import ROOT

MEMORY_BOUND_BEYOND_BODY = 1024 * 1024
BODY_LIMIT = 256 * 1024
"""The body limit of the tests that stream a body: big enough that one object per chunk would
pass the memory bound, small enough to send in well under a second."""
ANSWERED = b"HTTP/1.1 200 OK"
LoopFactory = Callable[[], asyncio.AbstractEventLoop]


# --- helpers ---------------------------------------------------------------------------------------------


async def sized(scope: Scope, receive: Receive, send: Send) -> None:
    """Answers with the size of the body it received (so big bodies do not echo back)."""
    message = await receive()
    body = b"%d" % len(message["body"])
    headers = [(b"content-type", b"text/plain"), (b"content-length", b"%d" % len(body))]
    await send({"type": "http.response.start", "status": 200, "headers": headers})
    await send({"type": "http.response.body", "body": body})


@contextlib.contextmanager
def serving(
    app: Any, limits: Limits | None = None, new_loop: LoopFactory = asyncio.new_event_loop
) -> Iterator[Listening]:
    """``app`` served on a free loopback port by a loop in a background thread."""
    loop = new_loop()
    listening = loop.run_until_complete(start(app, "127.0.0.1", 0, limits))
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    try:
        yield listening
    finally:
        asyncio.run_coroutine_threadsafe(listening.stop(), loop).result(10)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(10)
        loop.close()


@contextlib.contextmanager
def connected(port: int, timeout: float = 5) -> Iterator[socket.socket]:
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as sock:
        yield sock


def request(path: str = "/ping", *headers: str, method: str = "GET", body: bytes = b"") -> bytes:
    lines = [f"{method} {path} HTTP/1.1", "Host: test", *headers]
    if body:
        lines.append(f"Content-Length: {len(body)}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


def ask(port: int, data: bytes | None = None) -> bytes:
    """One request on a new connection (a normal one by default); the whole answer."""
    with connected(port) as sock:
        sock.sendall(data or request("/ping", "Connection: close"))
        return read_answer(sock)


def read_answer(sock: socket.socket, timeout: float = 5) -> bytes:
    """What the server sends until it closes the connection (or ``timeout`` passes)."""
    sock.settimeout(timeout)
    chunks = []
    with contextlib.suppress(TimeoutError, ConnectionResetError):  # a reset after a refusal
        while chunk := sock.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


def read_one_answer(sock: socket.socket) -> bytes:
    """One answer on a kept-alive connection (its head, and a body of content-length bytes)."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        assert chunk, f"closed after {data!r}"
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = next(
        int(line.split(b":")[1]) for line in head.split(b"\r\n") if line.lower().startswith(b"content-length")
    )
    while len(body) < length:
        body += sock.recv(65536)
    return head + b"\r\n\r\n" + body


def answered_by_server(sock: socket.socket, wait: float = 0.0) -> bool:
    return bool(select.select([sock], [], [], wait)[0])


def stream(sock: socket.socket, piece: bytes, budget: int) -> int:
    """Sends ``piece`` again and again, up to ``budget`` bytes, until the server answers or closes;
    returns the bytes sent."""
    sent = 0
    while sent < budget and not answered_by_server(sock, 0.002):
        try:
            sock.sendall(piece)
        except OSError:  # the server closed while we were sending
            break
        sent += len(piece)
    return sent


class Traced:
    peak = 0
    """The highest Python allocations reached, beyond those at the start, in bytes."""


@contextlib.contextmanager
def traced() -> Iterator[Traced]:
    """The peak of Python's allocations in this process (the server's thread included) while the
    block runs. The client's side only ever holds a small piece to send and one answer."""
    result = Traced()
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        tracemalloc.reset_peak()
        yield result
        result.peak = tracemalloc.get_traced_memory()[1] - base
    finally:
        tracemalloc.stop()


def status_of(answer: bytes) -> bytes:
    return answer.split(b"\r\n", 1)[0]


# --- 1, 2: the request head is counted byte by byte ------------------------------------------------------


def test_an_unterminated_header_is_refused_as_soon_as_the_head_limit_is_passed() -> None:
    limits = Limits(max_head_bytes=4096, max_body_bytes=BODY_LIMIT)
    with serving(sized, limits) as server, traced() as memory, connected(server.port) as hostile:
        hostile.sendall(b"GET /x HTTP/1.1\r\nHost: test\r\nX-Long: " + b"a" * 1000)
        assert status_of(ask(server.port)) == ANSWERED  # served while the long header is under way
        sent = stream(hostile, b"a" * 4096, budget=2 * 1024 * 1024)
        answer = read_answer(hostile, timeout=2)
    assert status_of(answer) == b"HTTP/1.1 431 Request Header Fields Too Large", f"sent {sent} bytes"
    assert memory.peak < BODY_LIMIT + MEMORY_BOUND_BEYOND_BODY


async def refused_while_sending(port: int) -> bytes:
    """Streams a header that never ends, without stopping to read, until the server answers."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    answer = asyncio.create_task(reader.read(65536))
    writer.write(b"GET /x HTTP/1.1\r\nHost: test\r\nX-Long: ")
    with contextlib.suppress(OSError):
        for _ in range(128):  # at most 2 MiB
            if answer.done():
                break
            writer.write(b"a" * 16384)
            await writer.drain()
            await asyncio.sleep(0)
    try:
        return await asyncio.wait_for(answer, 3)
    except (OSError, TimeoutError) as error:
        return repr(error).encode()
    finally:
        writer.close()


def test_clients_still_sending_when_refused_can_read_the_refusal() -> None:
    # Closing with their bytes unread would reset the connections, and the answers with them.
    async def many_at_once(port: int) -> list[bytes]:
        return await asyncio.gather(*(refused_while_sending(port) for _ in range(16)))

    with serving(sized, Limits(max_head_bytes=4096)) as server, connected(server.port) as idle:
        answers = asyncio.run(many_at_once(server.port))
        assert status_of(ask(server.port)) == ANSWERED
        idle.sendall(b"GET /x HTTP/1.1\r\nX-Long: " + b"a" * 8192)  # refused, and left open on our side
        deadline = time.monotonic() + 4
        while server.connections and time.monotonic() < deadline:
            time.sleep(0.05)
        closed = not server.connections
    assert {status_of(answer) for answer in answers} == {b"HTTP/1.1 431 Request Header Fields Too Large"}
    assert closed, "a refused connection was kept open"


def test_empty_header_lines_count_with_their_separators_and_line_ends() -> None:
    # 1,100 `a:` lines are 4,400 bytes of head, but only 1,100 bytes of names and values.
    limits = Limits(max_head_bytes=4096, max_headers=100_000)
    head = b"GET /x HTTP/1.1\r\nHost: test\r\n" + b"a:\r\n" * 1100 + b"\r\n"
    with serving(sized, limits) as server, traced() as memory, connected(server.port) as hostile:
        hostile.sendall(head[:2000])
        assert status_of(ask(server.port)) == ANSWERED
        hostile.sendall(head[2000:])
        answer = read_answer(hostile)
    assert status_of(answer) == b"HTTP/1.1 431 Request Header Fields Too Large"
    assert memory.peak < BODY_LIMIT + MEMORY_BOUND_BEYOND_BODY


def padded_head(size: int, *headers: str) -> bytes:
    """A GET head of exactly ``size`` bytes, line ends included."""
    lines = ["GET /x HTTP/1.1", "Host: test", *headers, "X-Pad: "]
    start = "\r\n".join(lines).encode()
    return start + b"p" * (size - len(start) - 4) + b"\r\n\r\n"


@pytest.mark.parametrize("pieces", [1, 7], ids=["one-read", "many-reads"])
def test_a_head_of_exactly_the_limit_is_served_and_one_byte_more_refused(pieces: int) -> None:
    limits = Limits(max_head_bytes=2048)
    with serving(sized, limits) as server:
        answers = []
        for size in (2048, 2049):
            head = padded_head(size, "Connection: close")
            with connected(server.port) as sock:
                step = -(-len(head) // pieces)
                for offset in range(0, len(head), step):
                    sock.sendall(head[offset : offset + step])
                    time.sleep(0.01 if pieces > 1 else 0)
                answers.append(status_of(read_answer(sock)))
        assert status_of(ask(server.port)) == ANSWERED
    assert answers == [ANSWERED, b"HTTP/1.1 431 Request Header Fields Too Large"]


def test_a_body_and_pipelined_requests_in_the_read_that_ends_a_head_are_not_counted_as_head() -> None:
    limits = Limits(max_head_bytes=1024)
    body = b"b" * 10_000  # one read holding a head near the limit, a body ten times the limit...
    first = padded_head(1000, f"Content-Length: {len(body)}").replace(b"GET", b"PUT", 1) + body
    pipelined = [padded_head(1000), padded_head(1000, "Connection: close")]  # ...and two more heads
    with serving(sized, limits) as server, connected(server.port) as sock:
        sock.sendall(first + b"".join(pipelined))
        answer = read_answer(sock)
    assert answer.count(ANSWERED) == 3 and b"\r\n\r\n10000" in answer


def test_more_header_lines_than_allowed_are_refused() -> None:
    limits = Limits(max_headers=20)
    with serving(sized, limits) as server:
        # Host, Connection and 18 more make 20; one more makes 21.
        fits = ask(server.port, request("/x", "Connection: close", *(f"X-{n}: v" for n in range(18))))
        with connected(server.port) as hostile:
            hostile.sendall(request("/x", "Connection: close", *(f"X-{n}: v" for n in range(19))))
            assert status_of(ask(server.port)) == ANSWERED
            too_many = read_answer(hostile)
    assert status_of(fits) == ANSWERED
    assert status_of(too_many) == b"HTTP/1.1 431 Request Header Fields Too Large"


def test_an_endless_trailer_section_is_refused_like_a_head() -> None:
    limits = Limits(max_head_bytes=4096, max_body_bytes=BODY_LIMIT)
    start = request("/up", "Transfer-Encoding: chunked", method="POST") + b"4\r\nbody\r\n0\r\nX-Trailer: "
    with serving(sized, limits) as server, traced() as memory, connected(server.port) as hostile:
        hostile.sendall(start)
        assert status_of(ask(server.port)) == ANSWERED
        stream(hostile, b"t" * 4096, budget=2 * 1024 * 1024)
        answer = read_answer(hostile, timeout=2)
    assert status_of(answer) == b"HTTP/1.1 431 Request Header Fields Too Large"
    assert memory.peak < BODY_LIMIT + MEMORY_BOUND_BEYOND_BODY


def test_chunked_bodies_with_trailers_still_arrive_whole() -> None:
    chunked = b"4\r\nWiki\r\n5\r\npedia\r\n0\r\nX-Checksum: 1\r\n\r\n"
    with serving(sized, Limits(max_head_bytes=1024)) as server:
        answer = ask(
            server.port,
            request("/up", "Transfer-Encoding: chunked", "Connection: close", method="POST") + chunked,
        )
    assert status_of(answer) == ANSWERED and answer.endswith(b"\r\n\r\n9")


# --- 3: a body is one buffer, whatever its chunks --------------------------------------------------------


def test_a_body_of_one_byte_chunks_is_held_in_one_buffer_no_larger_than_the_limit() -> None:
    limits = Limits(max_body_bytes=BODY_LIMIT)
    batch = b"1\r\na\r\n" * 4096  # 4,096 chunks of one byte
    batches = BODY_LIMIT // 4096 + 2  # past the limit: the rest is read and dropped
    head = request("/up", "Transfer-Encoding: chunked", "Connection: close", method="POST")
    with serving(sized, limits) as server, traced() as memory, connected(server.port) as hostile:
        hostile.sendall(head)
        for sent in range(batches):
            hostile.sendall(batch)
            if sent == batches // 2:
                assert status_of(ask(server.port)) == ANSWERED
        hostile.sendall(b"0\r\n\r\n")
        answer = read_answer(hostile)
    assert status_of(answer) == ANSWERED and answer.endswith(b"\r\n\r\n%d" % BODY_LIMIT)
    assert memory.peak < BODY_LIMIT + MEMORY_BOUND_BEYOND_BODY


# --- 4: a deadline for the head, a cap on connections ----------------------------------------------------


def test_a_head_sent_a_byte_at_a_time_is_answered_408_at_its_deadline() -> None:
    limits = Limits(head_timeout_seconds=1.0, keep_alive_seconds=5.0)
    with serving(sized, limits) as server, connected(server.port) as hostile:
        started = time.monotonic()
        hostile.sendall(b"GET /x HTTP/1.1\r\nX-Slow: ")
        while time.monotonic() - started < 3 and not answered_by_server(hostile, 0.2):
            hostile.sendall(b"s")  # each byte keeps the connection from being idle
        assert status_of(ask(server.port)) == ANSWERED
        answer = read_answer(hostile, timeout=3)
        took = time.monotonic() - started
    assert status_of(answer) == b"HTTP/1.1 408 Request Timeout"
    assert 0.9 <= took < 2.5


def test_slow_heads_on_many_connections_are_all_closed_at_the_deadline() -> None:
    limits = Limits(head_timeout_seconds=1.0, max_connections=30)
    with serving(sized, limits) as server, traced() as memory, contextlib.ExitStack() as stack:
        slow = [stack.enter_context(connected(server.port)) for _ in range(20)]
        started = time.monotonic()
        for sock in slow:
            sock.sendall(b"GET /x HTTP/1.1\r\n")
        waiting = list(slow)
        while time.monotonic() - started < 6 and waiting:
            # Like a real client, stop sending once answered: bytes sent after the server's
            # lingering close would make the kernel reset the socket and drop its unread 408.
            waiting = [sock for sock in waiting if not answered_by_server(sock)]
            for sock in waiting:
                with contextlib.suppress(OSError):
                    sock.sendall(b"X")
            assert status_of(ask(server.port)) == ANSWERED
            time.sleep(0.25)
        statuses = {status_of(read_answer(sock, timeout=1)) for sock in slow}
    assert statuses == {b"HTTP/1.1 408 Request Timeout"}
    assert memory.peak < 20 * (BODY_LIMIT + MEMORY_BOUND_BEYOND_BODY)


def test_the_head_deadline_spares_idle_keep_alive_connections_and_slow_bodies() -> None:
    limits = Limits(head_timeout_seconds=0.3, keep_alive_seconds=2.0)
    with serving(sized, limits) as server, connected(server.port) as sock:
        sock.sendall(request("/first"))
        first = read_one_answer(sock)
        time.sleep(0.6)  # idle between requests: longer than the head deadline, shorter than idle
        sock.sendall(request("/up", "Content-Length: 5", method="POST"))
        for byte in b"12345":  # the body takes longer than the head deadline
            time.sleep(0.15)
            sock.sendall(bytes([byte]))
        second = read_one_answer(sock)
    assert status_of(first) == status_of(second) == ANSWERED and second.endswith(b"\r\n\r\n5")


def test_connections_beyond_the_cap_are_refused_and_the_open_ones_still_served() -> None:
    with serving(sized, Limits(max_connections=3)) as server, contextlib.ExitStack() as stack:
        kept = [stack.enter_context(connected(server.port)) for _ in range(3)]
        for sock in kept:
            sock.sendall(request("/before"))
            assert status_of(read_one_answer(sock)) == ANSWERED
        refused = ask(server.port)
        for sock in kept:  # the open ones are not disturbed
            sock.sendall(request("/after"))
            assert status_of(read_one_answer(sock)) == ANSWERED
        kept.pop().close()
        deadline = time.monotonic() + 3
        while len(server.connections) > 2 and time.monotonic() < deadline:
            time.sleep(0.01)
        again = ask(server.port)  # a freed place is taken again
    assert status_of(refused) == b"HTTP/1.1 503 Service Unavailable" and b"connection: close" in refused
    assert status_of(again) == ANSWERED


# --- 5: a closed connection is freed by reference counting -----------------------------------------------


async def slow_sized(scope: Scope, receive: Receive, send: Send) -> None:
    await asyncio.sleep(0.01)  # the answer is finished in a task
    await sized(scope, receive, send)


CLOSINGS = {
    "answered": (sized, request("/x", "Connection: close")),
    "answered-in-a-task": (slow_sized, request("/x", "Connection: close")),
    "head-too-large": (sized, b"GET /x HTTP/1.1\r\nX-Long: " + b"a" * 2048),
    "head-too-slow": (sized, b"GET /x HTTP/1.1\r\nX-Slow: a"),
    "bad-version": (sized, b"GET /x HTTP/2.0\r\n\r\n"),
    "malformed": (sized, b"NOT HTTP\r\n\r\n"),
    "closed-by-the-client": (sized, b"GET /x HT"),
}
LOOPS: dict[str, LoopFactory] = {"asyncio": asyncio.new_event_loop, "uvloop": uvloop.new_event_loop}


@pytest.mark.parametrize("loop_kind", sorted(LOOPS))
@pytest.mark.parametrize("closing", sorted(CLOSINGS))
def test_a_closed_connection_is_freed_without_the_garbage_collector(closing: str, loop_kind: str) -> None:
    app, data = CLOSINGS[closing]
    limits = Limits(max_head_bytes=1024, head_timeout_seconds=0.3)
    gc.collect()
    gc.disable()
    try:
        with serving(app, limits, LOOPS[loop_kind]) as server:
            with connected(server.port) as sock:
                deadline = time.monotonic() + 3
                while not server.connections and time.monotonic() < deadline:
                    time.sleep(0.005)
                freed = weakref.ref(next(iter(server.connections)))
                sock.sendall(data)
                if closing != "closed-by-the-client":
                    read_answer(sock, timeout=2)
            assert status_of(ask(server.port)) == ANSWERED
            deadline = time.monotonic() + 3
            while freed() is not None and time.monotonic() < deadline:
                time.sleep(0.005)
            holders = [type(holder).__name__ for holder in gc.get_referrers(freed())] if freed() else []
            assert freed() is None, f"still held by {holders}"
    finally:
        gc.enable()


def test_a_closed_connection_lets_go_of_its_parser_and_what_it_was_reading() -> None:
    with serving(sized) as server:
        with connected(server.port) as sock:
            sock.sendall(b"POST /x HTTP/1.1\r\nContent-Length: 100\r\n\r\npart")
            deadline = time.monotonic() + 3
            while not server.connections and time.monotonic() < deadline:
                time.sleep(0.005)
            connection: Connection = next(iter(server.connections))
            time.sleep(0.1)
            its_parser = connection.parser
            assert connection.reading.body == b"part"
        deadline = time.monotonic() + 3
        while server.connections and time.monotonic() < deadline:
            time.sleep(0.005)
        assert connection.transport is None and connection.idle_timer is None
        assert connection.reading.body == b"" and connection.reading.headers == []
        assert connection.parser is not its_parser


# --- 6, 7: bad input is a 4xx, never a 5xx or an echo ----------------------------------------------------


@pytest.mark.parametrize(
    ("target", "statuses"),
    [
        # the engine matches whole paths: a control character matches no route (the API's own 404)
        ("OPTIONS *", {b"HTTP/1.1 404 Not Found"}),
        ("GET /api/v2/service/get/projects/getList%0A", {b"HTTP/1.1 404 Not Found"}),
        ("GET /x%0Ay", {b"HTTP/1.1 404 Not Found"}),
        ("GET /x%00y", {b"HTTP/1.1 404 Not Found"}),
        ("GET /x%7Fy", {b"HTTP/1.1 404 Not Found"}),
        ("GET /x%C2%85y", {b"HTTP/1.1 404 Not Found"}),  # NEL, a C1 control
        ("GET /x%C3%A9y", {b"HTTP/1.1 404 Not Found"}),
    ],
)
def test_options_star_and_control_characters_get_the_apis_404_without_an_error_log(
    target: str, statuses: set[bytes], caplog: pytest.LogCaptureFixture
) -> None:
    app = create_app("fivepm", Project(ROOT))
    with serving(app) as server, connected(server.port) as hostile:
        hostile.sendall(f"{target} HTTP/1.1\r\nHost: test\r\n".encode())
        normal = ask(server.port, request("/api/v2/service/get/metainfo/getStatuses", "Connection: close"))
        hostile.sendall(b"Connection: close\r\n\r\n")
        answer = read_answer(hostile)
    assert status_of(answer) in statuses
    assert status_of(normal) == b"HTTP/1.1 401 Unauthorized"  # answered, in the vendor's own way
    assert not [record for record in caplog.records if record.levelno >= logging.ERROR]


@pytest.mark.parametrize("path", ["*", "/api/v2/service/get/projects/getList\n", "/x\ny", "/x\x00"])
def test_the_engine_answers_paths_no_route_matches_with_the_vendors_404(
    path: str, caplog: pytest.LogCaptureFixture
) -> None:
    app = create_app("fivepm", Project(ROOT))
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: Any) -> None:
        sent.append(message)

    scope: dict[str, Any] = {
        "type": "http", "method": "OPTIONS" if path == "*" else "GET", "path": path,
        "raw_path": path.encode(), "query_string": b"", "root_path": "", "headers": [],
    }  # fmt: skip
    asyncio.run(app(scope, receive, send))
    assert sent[0]["status"] == 404 and b"no such API path" in sent[1]["body"]
    assert not [record for record in caplog.records if record.levelno >= logging.ERROR]


@pytest.mark.parametrize(
    ("version", "status"),
    [
        ("0.9", b"HTTP/1.1 505 HTTP Version Not Supported"),
        ("2.0", b"HTTP/1.1 505 HTTP Version Not Supported"),
        ("1.2", b"HTTP/1.1 400 Bad Request"),  # not even parsed as a version
        ("1.0", b"HTTP/1.0 200 OK"),
        ("1.1", ANSWERED),
    ],
)
def test_only_http_1_0_and_1_1_are_answered_and_no_version_is_echoed(version: str, status: bytes) -> None:
    with serving(sized) as server, connected(server.port) as client:
        client.sendall(f"GET /x HTTP/{version}\r\nHost: test\r\n".encode())
        assert status_of(ask(server.port)) == ANSWERED
        client.sendall(b"Connection: close\r\n\r\n")
        answer = read_answer(client)
    assert status_of(answer) == status


# --- 8: 5pm sessions do not pile up ----------------------------------------------------------------------


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2024, 3, 1, 9, 0, 0)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def five_pm_clock() -> Clock:
    return Clock()


@pytest.fixture
def five_pm(five_pm_clock: Clock) -> Iterator[TestClient]:
    with TestClient(create_app("fivepm", Project(ROOT), clock=five_pm_clock, max_sessions=5)) as client:
        yield client


def sign_in(client: TestClient) -> str:
    answer = client.get(
        "/api/v2/service/get/authentication/signIn",
        params={"login": "demo@5pm.example", "password": "demo-password", "retType": "json"},
    )
    assert answer.status_code == 200, answer.text
    return str(answer.json()["data"]["sessionId"])


def signed_in(client: TestClient, session: str) -> bool:
    answer = client.get(
        "/api/v2/service/get/authentication/getAuthorizedUser",
        params={"sessionId": session, "retType": "json"},
    )
    return bool(answer.status_code == 200)


def sessions_of(client: TestClient) -> list[str]:
    app: Any = client.app
    return list(app.state.behaviour.state.sessions)


def test_expired_sessions_are_dropped_when_someone_signs_in(
    five_pm: TestClient, five_pm_clock: Clock
) -> None:
    old = [sign_in(five_pm) for _ in range(3)]
    five_pm_clock.advance(minutes=20)
    kept = sign_in(five_pm)
    assert signed_in(five_pm, old[0])  # used: its 30 minutes start again
    five_pm_clock.advance(minutes=15)  # the other two old ones: 35 minutes unused
    newest = sign_in(five_pm)
    assert sessions_of(five_pm) == [kept, old[0], newest]


def test_live_sessions_are_capped_and_the_least_recently_used_go_first(five_pm: TestClient) -> None:
    sessions = [sign_in(five_pm) for _ in range(5)]
    assert signed_in(five_pm, sessions[0])  # now the most recently used
    more = [sign_in(five_pm) for _ in range(2)]
    assert sessions_of(five_pm) == [*sessions[3:], sessions[0], *more]
    assert not signed_in(five_pm, sessions[1]) and not signed_in(five_pm, sessions[2])
    assert all(signed_in(five_pm, session) for session in [*sessions[3:], sessions[0], *more])


def test_many_sign_ins_keep_the_sessions_bounded(five_pm: TestClient, five_pm_clock: Clock) -> None:
    for _ in range(40):
        sign_in(five_pm)
        five_pm_clock.advance(minutes=7)
    assert len(sessions_of(five_pm)) == 5
    five_pm_clock.advance(minutes=31)
    sign_in(five_pm)
    assert len(sessions_of(five_pm)) == 1


# --- the limits on the command line ----------------------------------------------------------------------


def run_mock_command(monkeypatch: pytest.MonkeyPatch, *options: str) -> dict[str, Any]:
    """`apikit mock fivepm` with ``options``, up to the point where it would start serving."""
    import apikit.mock
    import apikit.mock.server

    seen: dict[str, Any] = {}
    app = SimpleNamespace(state=SimpleNamespace(behaviour_source="a stand-in", behaviour=None))
    host = SimpleNamespace(mounted={"fivepm": SimpleNamespace(name="fivepm", prefix="", app=app)})
    monkeypatch.setattr(apikit.mock, "create_host", lambda apis, project, **kw: seen.update(app=kw) or host)
    monkeypatch.setattr(apikit.mock.server, "serve", lambda app, **kw: seen.update(serve=kw))
    result = CliRunner().invoke(main, ["--root", str(ROOT), "mock", "fivepm", *options])
    assert result.exit_code == 0, result.output
    return seen


def test_the_mock_command_sets_every_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    seen = run_mock_command(
        monkeypatch,
        *("--max-head-bytes", "4096", "--max-headers", "20", "--max-body-bytes", "1000"),
        *("--head-timeout", "2.5", "--idle-timeout", "1.5", "--max-connections", "7"),
    )
    assert seen["serve"]["limits"] == Limits(
        max_head_bytes=4096,
        max_headers=20,
        max_body_bytes=1001,  # one over the engine's limit, so the engine refuses it in its format
        head_timeout_seconds=2.5,
        keep_alive_seconds=1.5,
        max_connections=7,
    )
    assert seen["app"]["max_body_bytes"] == 1000


def test_the_mock_command_defaults_are_the_servers(monkeypatch: pytest.MonkeyPatch) -> None:
    seen = run_mock_command(monkeypatch)
    assert seen["serve"]["limits"] == Limits()
    assert seen["app"]["max_body_bytes"] == DEFAULT_MAX_BODY_BYTES
    assert MOCK_LIMIT_DEFAULTS["max_body_bytes"] == DEFAULT_MAX_BODY_BYTES


def test_limits_must_be_positive() -> None:
    with pytest.raises(ValueError, match="positive"):
        Limits(max_connections=0)
    with pytest.raises(ValueError, match="positive"):
        Limits(head_timeout_seconds=0)
