"""The HTTP/1.1 server behind ``apikit mock``: small, and fast for apps that answer without waiting.

A mock answers every request from memory, so its ASGI coroutine never has to wait for anything: it
reads the body it is handed and sends its answer. This server takes advantage of that. It parses
with httptools (on uvloop where available) and runs the app's coroutine right inside the callback
that completed the request, with no task, queue or context switch per request; if the app does
await something that is not ready yet, the rest of that call continues in an ordinary asyncio task
and the connection's later requests wait their turn, so answers always go out in request order.
While several connections are busy, the answers of one turn of the loop are sent together at its
end (:class:`_Outbox`), so the client is woken once for all of them. Compared with a
general-purpose ASGI server this removes most of the per-request cost that is not the mock's own
work (see ``bench/``).

What it covers: keep-alive and HTTP/1.0, pipelining, chunked request bodies, ``Expect:
100-continue``, HEAD, chunked responses when an app streams without a length, and a clean stop on
SIGINT/SIGTERM. What it leaves out, because no mock needs it: TLS, WebSockets, upgrades (refused
with 400), HTTP/2 and other versions (505) and ASGI lifespan events.

Whatever a client sends, what the server holds for its connection stays bounded (:class:`Limits`):
the request head is counted byte by byte as it arrives and refused (431) past its limit, even in the
middle of a header; a body is kept in one buffer no larger than the body limit, however it is
chunked; a head must be complete within a deadline (408); idle connections are closed; and beyond
a number of open connections new ones are refused (503) so the open ones keep being served.

Any ASGI app runs here; :func:`serve` is what the CLI calls, :func:`start` serves on a running loop.
"""

from __future__ import annotations

import asyncio
import contextlib
import email.utils
import functools
import http
import io
import logging
import signal
import time
from collections import deque
from collections.abc import Coroutine, Generator, Iterable
from dataclasses import dataclass
from typing import Any, cast
from urllib.parse import unquote

import httptools
from starlette.types import ASGIApp, Message

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Limits:
    """Bounds on what one connection may send or hold, and on how many may be open."""

    max_head_bytes: int = 64 * 1024
    """The request head, every byte as it arrives: request line, header names, values, separators
    and line ends (and likewise a chunked body's trailer section). A head that grows past it is
    answered 431 at once, even in the middle of a header."""
    max_headers: int = 100
    """Header lines in one request (trailers included); more are answered 431."""
    max_body_bytes: int = 16 * 1024 * 1024 + 1
    """The most of a body handed to the app; the rest is read and dropped. The default is one byte
    over the mock engine's own limit, so the engine sees that a body is too large and refuses it in
    the vendor's format."""
    head_timeout_seconds: float = 10.0
    """A request head must be complete this long after its first byte arrived; else 408 and close
    (what keeps a client sending a byte now and then from holding a connection forever)."""
    keep_alive_seconds: float = 5.0
    """An idle connection is closed after this long."""
    max_connections: int = 1000
    """Connections open at once; one more is answered 503 and closed at once, the others go on."""

    def __post_init__(self) -> None:
        sizes = (self.max_head_bytes, self.max_headers, self.max_body_bytes, self.max_connections)
        if min(sizes) < 1 or min(self.head_timeout_seconds, self.keep_alive_seconds) <= 0:
            raise ValueError(f"every limit must be positive: {self}")


_REASONS = {status.value: status.phrase.encode() for status in http.HTTPStatus}
_IN_BODY = -1
_DISCARDING = -2  # refused: what still comes in is dropped until the connection closes
_LINGER_SECONDS = 2.0
_DETACHED_PARSER = httptools.HttpRequestParser(object())
"""What a closed connection holds instead of its parser: one that calls back no one."""
_ASGI_VERSION = {"version": "3.0", "spec_version": "2.3"}


@functools.lru_cache(maxsize=128)  # an app may send any status: keep the cache bounded
def _status_line(version: str, status: int) -> bytes:
    return b"HTTP/%s %d %s\r\n" % (version.encode(), status, _REASONS.get(status, b""))


class _DateHeader:
    """The ``date`` header, formatted once a second instead of once a response."""

    def __init__(self) -> None:
        self._second = -1
        self._line = b""

    def line(self) -> bytes:
        second = int(time.time())
        if second != self._second:
            self._second = second
            self._line = b"date: " + email.utils.formatdate(second, usegmt=True).encode() + b"\r\n"
        return self._line


class _RequestState:
    """What the parser has gathered of the request being read."""

    __slots__ = ("body", "body_size", "buffer", "complete", "expects_continue", "headers", "url", "version")

    def __init__(self) -> None:
        self.url = b""
        self.headers: list[tuple[bytes, bytes]] = []
        self.version = "1.1"
        self.body = b""
        """The body when it arrived in one piece (the usual case: kept as is, no copy)."""
        self.buffer: io.BytesIO | None = None
        """The body once a second piece arrives: one growing buffer, not one object per piece (a
        body of one-byte chunks would otherwise cost some fifty bytes per byte), and its
        ``getvalue()`` hands the buffer over without a copy."""
        self.body_size = 0
        self.expects_continue = False
        self.complete = False

    def take_body(self) -> bytes:
        body = self.body if self.buffer is None else self.buffer.getvalue()
        self.body, self.buffer = b"", None  # the request owns it now: an idle connection keeps none
        return body


@dataclass
class _Request:
    """A complete request, ready for the app."""

    scope: dict[str, Any]
    body: bytes
    keep_alive: bool


class _Refusal(Exception):
    """A request to refuse, raised from a parser callback (httptools hands it back as the context
    of its own error)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


class _Outbox:
    """Sends what the connections write; while several are busy, at the end of the loop's turn.

    The loop hands over, in one turn, every connection that has a request waiting. Answered one by
    one, each answer's send wakes the client (a load generator, a test suite's threads) on its own;
    held until the turn ends and then sent together, they wake it once, and the client reads them in
    one go. With many connections busy, that wake-up is much of what a request costs beyond the
    app's own work. Holding costs one more pass of the loop, so it is done only while answers
    alternate between connections: a single client's answers go out at once."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self.loop = loop
        self.held: list[Connection] = []
        self.holding = False
        self.last_writer = 0
        """``id()`` of the connection that wrote last: an answer from another means several are busy."""

    def send(self, connection: Connection, transport: asyncio.Transport, data: bytes) -> None:
        if connection.unsent:  # already held in this turn: after what it wrote before
            connection.unsent.append(data)
        elif not self.holding and self.last_writer == id(connection):
            transport.write(data)
        else:
            self.holding = True
            self.last_writer = id(connection)
            if not self.held:
                self.loop.call_soon(self.send_held)
            self.held.append(connection)
            connection.unsent.append(data)

    def send_held(self) -> None:
        held, self.held = self.held, []
        self.holding = len(held) > 1  # a turn with one answer: back to sending at once
        for connection in held:
            connection.flush()


class Connection(asyncio.Protocol):
    """One client connection: parses requests, runs the app for each in turn, writes the answers."""

    def __init__(
        self, app: ASGIApp, limits: Limits, date: _DateHeader, open_set: set[Connection], outbox: _Outbox
    ) -> None:
        self.app = app
        self.limits = limits
        self.date = date
        self.open_set = open_set
        self.outbox = outbox
        self.unsent: list[bytes] = []
        """What this connection wrote and the outbox holds until the loop's turn ends."""
        self.loop = asyncio.get_running_loop()
        self.parser = httptools.HttpRequestParser(self)
        self.transport: asyncio.Transport | None = None
        self.client: tuple[str, int] | None = None
        self.server: tuple[str, int] | None = None
        self.lost: asyncio.Future[None] = self.loop.create_future()
        self.reading: _RequestState = _RequestState()
        self.waiting: deque[_Request] = deque()
        self.busy = False  # an app call is still running in a task
        self.read_paused_for: set[str] = set()
        self.closing = False  # close once the answers in progress are out
        self.last_active = self.loop.time()
        self.idle_timer: asyncio.TimerHandle | None = None
        self.head_bytes = 0
        """Bytes of the head being read so far, counted as they arrive; ``_IN_BODY`` while a body is,
        ``_DISCARDING`` once the connection was refused."""
        self.head_since: float | None = None
        """When the first byte of the head being read arrived (None: no head under way)."""
        self.lingering: asyncio.Transport | None = None
        """The transport of a refused connection, between its answer and its close (``transport``
        is None by then, so nothing more is written)."""

    # --- asyncio.Protocol ------------------------------------------------------------------------------

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = cast(asyncio.Transport, transport)  # uvloop's transports do not subclass it
        if len(self.open_set) >= self.limits.max_connections:
            # Refused before reading anything, and closed at once (it is not counted, so it must
            # not linger), so it costs no more than its socket for a moment; the connections
            # already open are not touched.
            self._refuse(503, "too many open connections: try again later", linger=False)
            return
        self.open_set.add(self)
        self.client = _address(transport.get_extra_info("peername"))
        self.server = _address(transport.get_extra_info("sockname"))
        self._check_time()

    def connection_lost(self, exc: Exception | None) -> None:
        self.open_set.discard(self)
        if self.idle_timer is not None:
            self.idle_timer.cancel()
            self.idle_timer = None
        self.transport = self.lingering = None
        self.waiting.clear()
        # The parser holds this connection's bound methods, and the connection the parser: without
        # this, a closed connection (and what it was reading) would wait for the cyclic garbage
        # collector instead of being freed by reference counting right now.
        self.parser = _DETACHED_PARSER
        self.reading = _RequestState()
        if not self.lost.done():
            self.lost.set_result(None)

    def data_received(self, data: bytes) -> None:
        self.last_active = self.loop.time()
        used = self.head_bytes
        if used < 0:
            if used == _IN_BODY:
                self._feed(data)
            return  # _DISCARDING
        if used == 0 and self.head_since is None:
            self.head_since = self.last_active
        if used + len(data) <= self.limits.max_head_bytes:
            # Counted before parsing: httptools keeps a header it has not seen the end of to itself,
            # so its callbacks alone cannot bound a header that never ends. Bytes after the end of
            # the head are counted too, but only while the head fits, so they never refuse it.
            self.head_bytes = used + len(data)
            self._feed(data)
        else:
            self._feed_past_head_room(memoryview(data))

    def _feed_past_head_room(self, data: memoryview) -> None:
        """Parse ``data`` when it holds more bytes than the head being read has room for: exactly
        up to the limit first; if the head has not ended by then, it is too large."""
        limit = self.limits.max_head_bytes
        while self.head_bytes >= 0 and len(data) > limit - self.head_bytes:
            room = limit - self.head_bytes
            self.head_bytes = limit
            self._feed(data[:room])
            if self.transport is None:
                return
            if self.head_bytes == limit:  # neither ended nor a new one begun: the same head goes on
                self._refuse(431, f"the request head is larger than {limit} bytes")
                return
            data = data[room:]
            if self.head_bytes == 0 and self.head_since is None:
                self.head_since = self.last_active
        if self.head_bytes >= 0:
            self.head_bytes += len(data)
        self._feed(data)

    def _feed(self, data: bytes | memoryview) -> None:
        try:
            self.parser.feed_data(data)
        except httptools.HttpParserUpgrade:
            # A request asking to switch protocols is answered as plain HTTP (a server may ignore
            # Upgrade), but nothing after it on this connection can be read as HTTP any more.
            if self.reading.complete:
                self._close_when_done()
            else:
                self._refuse(400, "protocol upgrades are not supported")
        except httptools.HttpParserCallbackError as exc:
            refusal = exc.__context__
            if not isinstance(refusal, _Refusal):
                raise
            status, message = refusal.status, refusal.message
            # The refusal's traceback leads back to this frame: kept in a local, it would tie the
            # connection into a reference cycle once the frame ends.
            del refusal
            self._refuse(status, message)
        except httptools.HttpParserError as exc:
            self._refuse(400, f"malformed HTTP request: {exc}")

    def pause_writing(self) -> None:
        self._pause_reading("writing")

    def resume_writing(self) -> None:
        self._resume_reading("writing")

    # --- httptools callbacks ---------------------------------------------------------------------------

    def on_message_begin(self) -> None:
        self.reading = _RequestState()
        if self.head_since is None:  # a request that began in the read that ended the one before
            self.head_since = self.last_active

    def on_url(self, url: bytes) -> None:
        self.reading.url += url

    def on_header(self, name: bytes, value: bytes) -> None:
        name = name.lower()
        headers = self.reading.headers
        headers.append((name, value))
        if len(headers) > self.limits.max_headers:
            raise _Refusal(431, f"the request has more than {self.limits.max_headers} header lines")
        if name == b"expect" and value.lower() == b"100-continue":
            self.reading.expects_continue = True

    def on_headers_complete(self) -> None:
        self.head_bytes = _IN_BODY
        self.head_since = None
        version = self.parser.get_http_version()
        if version != "1.1" and version != "1.0":
            # Never echoed back: the answer would claim a protocol this server does not speak.
            raise _Refusal(505, f"HTTP/{version} is not supported: this server speaks HTTP/1.1")
        self.reading.version = version
        if self.reading.expects_continue and self.transport is not None:
            self.write(b"HTTP/1.1 100 Continue\r\n\r\n")

    def on_chunk_header(self) -> None:
        # A chunk of size zero ends the body, and a trailer section (header lines) may follow: until
        # the chunk's data arrives, what comes in is counted against the head limit.
        self.head_bytes = 0

    def on_body(self, body: bytes) -> None:
        self.head_bytes = _IN_BODY
        self.head_since = None
        state = self.reading
        room = self.limits.max_body_bytes - state.body_size
        if room <= 0:
            return
        if len(body) > room:
            body = body[:room]
        state.body_size += len(body)
        if state.buffer is not None:
            state.buffer.write(body)
        elif not state.body:
            state.body = body
        else:
            state.buffer = io.BytesIO()
            state.buffer.write(state.body)
            state.buffer.write(body)
            state.body = b""

    def on_message_complete(self) -> None:
        self.head_bytes = 0  # the next byte begins the next request's head
        self.head_since = None
        if self.transport is None:
            return  # closed after an earlier request of the same read; the rest is dropped
        self.reading.complete = True
        request = self._complete_request()
        if self.busy or self.waiting:
            self.waiting.append(request)
            self._pause_reading("app")
        else:
            self._serve(request)

    # --- serving ---------------------------------------------------------------------------------------

    def _complete_request(self) -> _Request:
        state = self.reading
        method = self.parser.get_method().decode("ascii")
        if method == "CONNECT":
            raise _Refusal(400, "CONNECT is not supported: this is not a proxy")
        try:
            parsed = httptools.parse_url(state.url)
        except httptools.HttpParserInvalidURLError:
            raise _Refusal(400, "malformed request target") from None
        raw_path = parsed.path or b"/"
        path = raw_path.decode("ascii", "replace")
        if "%" in path:
            # A control character decoded here is the app's to judge (a path parameter may hold one);
            # the mock engine matches whole paths, so none slips past its routes.
            path = unquote(path)
        scope = {
            "type": "http",
            "asgi": _ASGI_VERSION,
            "http_version": state.version,
            "method": method,
            "scheme": "http",
            "path": path,
            "raw_path": raw_path,
            "query_string": parsed.query or b"",
            "root_path": "",
            "headers": state.headers,
            "client": self.client,
            "server": self.server,
        }
        return _Request(scope, state.take_body(), self.parser.should_keep_alive())

    def _serve(self, request: _Request) -> None:
        exchange = _Exchange(self, request)
        coroutine = self.app(request.scope, exchange.receive, exchange.send)
        assert isinstance(coroutine, Coroutine)
        try:
            pending = coroutine.send(None)
        except StopIteration:
            exchange.finish()
            return
        except Exception:
            exchange.fail()
            return
        # The app awaits something that is not ready: the rest of this call runs in a task.
        self.busy = True
        task = self.loop.create_task(_Continue(coroutine, pending).run())
        task.add_done_callback(lambda done: self._after_task(done, exchange))

    def _after_task(self, task: asyncio.Task[None], exchange: _Exchange) -> None:
        self.busy = False
        self.last_active = self.loop.time()
        if task.cancelled():
            exchange.fail(asyncio.CancelledError())
        elif (error := task.exception()) is not None:
            exchange.fail(error)
        else:
            exchange.finish()
        while self.waiting and not self.busy and self.transport is not None:
            self._serve(self.waiting.popleft())
        if not self.waiting:
            self._resume_reading("app")
            if self.closing and not self.busy:
                self.close()

    def write(self, data: bytes) -> None:
        if self.transport is not None:
            self.outbox.send(self, self.transport, data)

    def flush(self) -> None:
        """Send what the outbox held."""
        unsent, self.unsent = self.unsent, []
        if unsent and self.transport is not None:
            self.transport.write(unsent[0] if len(unsent) == 1 else b"".join(unsent))

    def close(self) -> None:
        self.flush()
        if self.transport is not None:
            self.transport.close()
            self.transport = None
        elif self.lingering is not None:
            self.lingering.close()
            self.lingering = None

    def _close_when_done(self) -> None:
        if self.busy or self.waiting:
            self.closing = True
        else:
            self.close()

    def _refuse(self, status: int, message: str, *, linger: bool = True) -> None:
        body = message.encode()
        self.write(
            _status_line("1.1", status)
            + self.date.line()
            + b"content-type: text/plain; charset=utf-8\r\nconnection: close\r\n"
            + b"content-length: %d\r\n\r\n" % len(body)
            + body
        )
        self.flush()
        transport = self.transport
        if not linger or transport is None or not transport.can_write_eof():
            self.close()
            return
        # Closing with input unread makes the kernel reset the connection, and a client still
        # sending (a head too large, say) then loses the answer before it reads it. So our side
        # ends after the answer, and what the client still sends is read and dropped, for a
        # moment at most; the connection stays counted against the cap until it closes.
        transport.write_eof()
        self.transport, self.lingering = None, transport
        self.head_bytes = _DISCARDING
        self.head_since = None
        self.waiting.clear()
        if self.idle_timer is not None:
            self.idle_timer.cancel()
        self.idle_timer = self.loop.call_later(_LINGER_SECONDS, self.close)

    def _pause_reading(self, reason: str) -> None:
        if not self.read_paused_for and self.transport is not None:
            self.transport.pause_reading()
        self.read_paused_for.add(reason)

    def _resume_reading(self, reason: str) -> None:
        self.read_paused_for.discard(reason)
        if not self.read_paused_for and self.transport is not None:
            self.transport.resume_reading()

    def _check_time(self) -> None:
        """Close the connection once nothing has come in and nothing has run for the keep-alive
        time, or answer 408 once a request head has taken longer than its deadline. One timer per
        connection that re-arms itself: cheaper than a new timer per request."""
        if self.transport is None:
            return
        limits = self.limits
        now = self.loop.time()
        working = self.busy or bool(self.waiting)
        since = self.head_since
        if since is not None and not working and not self.read_paused_for:
            # Not while earlier requests are still being answered (a 408 would overtake their
            # answers) or reading is paused (the head cannot arrive, through no fault of the
            # client's): the deadline is enforced once they are out.
            left = since + limits.head_timeout_seconds - now
            if left <= 0:
                self._refuse(
                    408, f"the request head was not complete within {limits.head_timeout_seconds:g} s"
                )
                return
        else:
            # A head that begins before the next check is then still caught at its deadline.
            left = limits.head_timeout_seconds
        idle = 0.0 if working else now - self.last_active
        if idle >= limits.keep_alive_seconds:
            self.close()
        else:
            self.idle_timer = self.loop.call_later(
                min(limits.keep_alive_seconds - idle, left), self._check_time
            )


class _Exchange:
    """The ASGI ``receive``/``send`` pair of one request, and the answer being written."""

    __slots__ = (
        *("connection", "request", "body_sent", "started", "written", "finished"),
        *("head", "chunked", "head_only", "keep_alive"),
    )

    def __init__(self, connection: Connection, request: _Request) -> None:
        self.connection = connection
        self.request = request
        self.body_sent = False  # the request body was handed to the app
        self.started = False
        self.written = False
        self.finished = False
        self.head = b""
        self.chunked = False
        self.head_only = request.scope["method"] == "HEAD"
        self.keep_alive = request.keep_alive

    async def receive(self) -> Message:
        if not self.body_sent:
            self.body_sent = True
            return {"type": "http.request", "body": self.request.body, "more_body": False}
        # The whole body was delivered; a second receive() waits for the client to go away.
        await asyncio.shield(self.connection.lost)
        return {"type": "http.disconnect"}

    async def send(self, message: Message) -> None:
        kind = message["type"]
        if kind == "http.response.start" and not self.started:
            self.started = True
            self._write_head(int(message["status"]), message.get("headers", ()))
        elif kind == "http.response.body" and self.started and not self.finished:
            self._write_body(message.get("body", b""), bool(message.get("more_body", False)))
        else:
            raise RuntimeError(f"unexpected ASGI message {kind!r} at this point of the response")

    def _write_head(self, status: int, headers: Iterable[tuple[bytes, bytes]]) -> None:
        self.chunked = False
        version = self.request.scope["http_version"]
        lines = [_status_line(version, status), self.connection.date.line()]
        has_length = False
        for name, value in headers:
            lowered = name.lower()
            if lowered == b"content-length":
                has_length = True
            elif lowered == b"connection" and value.lower() == b"close":
                self.keep_alive = False
            lines.append(b"%s: %s\r\n" % (name, value))
        if not has_length and not self.head_only and status >= 200 and status not in (204, 304):
            if version == "1.1":
                self.chunked = True
                lines.append(b"transfer-encoding: chunked\r\n")
            else:
                self.keep_alive = False  # HTTP/1.0 without a length: the body ends when we close
        if not self.keep_alive:
            lines.append(b"connection: close\r\n")
        lines.append(b"\r\n")
        self.head = b"".join(lines)

    def _write_body(self, body: bytes, more: bool) -> None:
        data = self.head
        self.head = b""
        if not self.head_only:
            if self.chunked:
                data += b"%x\r\n%s\r\n" % (len(body), body) if body else b""
                data += b"" if more else b"0\r\n\r\n"
            else:
                data += body
        if data:
            self.connection.write(data)
            self.written = True
        self.finished = not more

    def finish(self) -> None:
        if not self.finished:
            self.fail(RuntimeError("the app returned without completing its response"))
        elif not self.keep_alive:
            self.connection.close()

    def fail(self, error: BaseException | None = None) -> None:
        """Answer 500 if nothing was written yet, else close: half an answer is out, and only
        closing tells the client. ``error`` None means: the exception being handled."""
        if not isinstance(error, asyncio.CancelledError):
            where = self.request.scope["method"]
            logger.error("the app failed while answering a %s request", where, exc_info=error or True)
        if self.written:
            self.connection.close()
            return
        self.keep_alive = False
        self._write_head(500, [(b"content-type", b"text/plain; charset=utf-8"), (b"content-length", b"21")])
        self._write_body(b"Internal Server Error", more=False)
        self.connection.close()


class _Continue:
    """The rest of an app call that was started outside any task and then had to wait.

    ``pending`` is the future it waits for; awaiting this object hands that future to the running
    task, and then resumes the app's coroutine whenever the task wakes up.
    """

    def __init__(self, coroutine: Coroutine[Any, Any, Any], pending: Any) -> None:
        self.coroutine = coroutine
        self.pending = pending

    def __await__(self) -> Generator[Any, Any, None]:
        pending = self.pending
        while True:
            try:
                sent = yield pending
            except BaseException as exc:  # the task was cancelled or the awaited future failed
                try:
                    pending = self.coroutine.throw(exc)
                except StopIteration:
                    return
            else:
                try:
                    pending = self.coroutine.send(sent)
                except StopIteration:
                    return

    async def run(self) -> None:
        await self


class Listening:
    """A server started by :func:`start`: its port, and a way to stop it."""

    def __init__(self, server: asyncio.Server, connections: set[Connection]) -> None:
        self._server = server
        self._connections = connections

    @property
    def port(self) -> int:
        return int(self._server.sockets[0].getsockname()[1])

    @property
    def connections(self) -> frozenset[Connection]:
        """The connections open now (refused ones are never among them)."""
        return frozenset(self._connections)

    async def stop(self) -> None:
        """Stop listening and close every connection, idle keep-alive ones included."""
        self._server.close()
        for connection in list(self._connections):
            connection.close()
        await self._server.wait_closed()


async def start(app: ASGIApp, host: str, port: int, limits: Limits | None = None) -> Listening:
    """Serve ``app`` on the running loop (``port`` 0 picks a free one)."""
    loop = asyncio.get_running_loop()
    date = _DateHeader()
    chosen = limits or Limits()
    connections: set[Connection] = set()
    outbox = _Outbox(loop)
    server = await loop.create_server(lambda: Connection(app, chosen, date, connections, outbox), host, port)
    return Listening(server, connections)


def serve(app: ASGIApp, host: str = "127.0.0.1", port: int = 8000, limits: Limits | None = None) -> None:
    """Serve ``app`` until SIGINT or SIGTERM (on uvloop when it is installed)."""
    _run_loop(_serve_until_stopped(app, host, port, limits))


async def _serve_until_stopped(app: ASGIApp, host: str, port: int, limits: Limits | None) -> None:
    listening = await start(app, host, port, limits)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):  # Windows has no loop signal handlers
            loop.add_signal_handler(sig, stop.set)
    try:
        await stop.wait()
    finally:
        await listening.stop()


def _address(value: Any) -> tuple[str, int] | None:
    return (str(value[0]), int(value[1])) if isinstance(value, tuple) and len(value) >= 2 else None


def _run_loop(main: Coroutine[Any, Any, None]) -> None:
    try:
        import uvloop
    except ImportError:
        asyncio.run(main)
        return
    uvloop.run(main)
