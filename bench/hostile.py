"""Hostile clients against `apikit mock fivepm`: what one connection can make the server hold, and
whether everyone else is still served meanwhile.

    python -m bench.hostile            # every input at full size (about 40 s)
    python -m bench.hostile --quick    # small counts: checks the harness (about 15 s)
    python -m bench --only hostile     # the same, inside the benchmark report

Each input gets a fresh `apikit mock fivepm` in a child process on 127.0.0.1 (so one input's
leftovers do not hide the next one's growth), with the server's default limits except where the
input needs another to stay within its time budget (each says which). The server's peak resident
memory is read from /proc/<pid>/status: VmHWM, reset just before the input (clear_refs), and VmRSS
sampled meanwhile in case the reset is not allowed. Every input runs in two halves around a normal
request from another client, so that request is sent while the hostile connections are open; its
answer must be a 200. Everything is bounded: connections, bytes per connection, seconds per input.

The acceptance bound: whatever a connection sends, the server's memory for it stays under 1 MiB
beyond the body limit; the figure checked is the peak growth divided by the hostile connections.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import sys
import threading
import time
from collections import Counter
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench import servers
from bench.mixes import fivepm_session

ROOT = servers.ROOT
MIB = 1024 * 1024
MEMORY_BOUND_BEYOND_BODY = MIB
API = "/api/v2/service"
INPUT_SECONDS = 30.0
"""No input may take longer than this (the slow-loris one is the slowest by design)."""


@dataclass(frozen=True)
class Scale:
    """How big each input is: the full run, or the quick one that only checks the harness."""

    connections: int
    """Hostile connections at once for the head and body inputs."""
    head_budget: int
    """The most a hostile head sends before giving up (far past the 64 KiB head limit)."""
    body_limit: int
    """The server's --max-body-bytes: the one-byte chunks go up to it."""
    loris: int
    """Slow-loris connections: with the normal client's, exactly the server's --max-connections."""
    head_timeout: float
    """The server's --head-timeout for the slow-loris input (the default 10 s would only be slower)."""
    bad_requests: int
    """Requests per kind of bad version or target."""


FULL = Scale(connections=8, head_budget=4 * MIB, body_limit=MIB, loris=200, head_timeout=5.0, bad_requests=25)
QUICK = Scale(
    connections=2, head_budget=512 * 1024, body_limit=128 * 1024, loris=30, head_timeout=1.0, bad_requests=3
)


@dataclass
class Attack:
    """What the hostile clients of one input did and saw."""

    connections: int
    sent: int = 0
    statuses: Counter[str] = field(default_factory=Counter)
    normal_answered: bool = False
    note: str = ""


Normal = Callable[[], Awaitable[bool]]
"""Sends the normal request while the hostile connections are open; True when it was answered 200."""


@dataclass(frozen=True)
class Input:
    name: str
    description: str
    expected: frozenset[str]
    """The statuses the hostile requests may get (``closed``: closed without an answer)."""
    run: Callable[[int, Scale, Normal], Awaitable[Attack]]
    server_options: Callable[[Scale], list[str]] = lambda scale: []


# --- talking to the server ------------------------------------------------------------------------------


async def open_connection(port: int) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
    return await asyncio.wait_for(asyncio.open_connection("127.0.0.1", port), 5)


async def read_all(reader: asyncio.StreamReader, seconds: float = 5.0) -> bytes:
    """What the server sends until it closes (or ``seconds`` pass, or it resets the connection)."""
    data = b""
    with contextlib.suppress(TimeoutError, OSError):
        async with asyncio.timeout(seconds):
            while chunk := await reader.read(65536):
                data += chunk
    return data


def status(answer: bytes) -> str:
    """``431``, or ``closed`` when the server closed without a word; a status line echoing another
    HTTP version than 1.0 or 1.1 is shown whole, so it cannot pass for a refusal."""
    line = answer.split(b"\r\n", 1)[0].decode("latin-1")
    if not line:
        return "closed"
    version, _, rest = line.partition(" ")
    return rest[:3] if version in ("HTTP/1.1", "HTTP/1.0") else line


async def send(writer: asyncio.StreamWriter, data: bytes) -> bool:
    """False when the server has closed the connection."""
    try:
        writer.write(data)
        await writer.drain()
    except OSError:
        return False
    return True


async def stream(writer: asyncio.StreamWriter, answer: asyncio.Task[bytes], piece: bytes, budget: int) -> int:
    """``piece`` again and again, up to ``budget`` bytes, until the server answers or closes."""
    sent = 0
    while sent < budget and not answer.done():
        if not await send(writer, piece):
            break
        sent += len(piece)
        await asyncio.sleep(0)  # lets the answer arrive
    return sent


def close(writer: asyncio.StreamWriter) -> None:
    with contextlib.suppress(OSError):
        writer.close()


def normal_request(session: str) -> bytes:
    """A read of the mix the throughput benchmark sends (bench/mixes.py), signed in."""
    return (
        f"GET {API}/get/projects/getById?id=1&sessionId={session}&retType=json HTTP/1.1\r\n"
        "Host: 127.0.0.1\r\n\r\n"
    ).encode()


async def ask_on(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, request: bytes) -> bool:
    """One request on an open connection; True when it is answered 200 within 5 s."""
    if not await send(writer, request):
        return False
    with contextlib.suppress(TimeoutError, OSError, asyncio.IncompleteReadError):
        async with asyncio.timeout(5):
            head = await reader.readuntil(b"\r\n\r\n")
            length = next(
                int(line.split(b":")[1])
                for line in head.split(b"\r\n")
                if line.lower().startswith(b"content-length:")
            )
            await reader.readexactly(length)
            return head.startswith(b"HTTP/1.1 200 ")
    return False


# --- the inputs -----------------------------------------------------------------------------------------


async def long_header(port: int, scale: Scale, normal: Normal) -> Attack:
    """One header value that never ends, streamed on each connection."""
    attack = Attack(scale.connections)
    start = f"GET {API}/get/projects/getList HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Long: ".encode()
    opened = [await open_connection(port) for _ in range(scale.connections)]
    answers = [asyncio.create_task(read_all(reader, 20)) for reader, _ in opened]
    piece = b"a" * 16 * 1024
    for _, writer in opened:  # the first half: within the head limit
        if await send(writer, start + piece):
            attack.sent += len(start) + len(piece)
    attack.normal_answered = await normal()
    sent = await asyncio.gather(
        *(
            stream(writer, answer, piece, scale.head_budget)
            for (_, writer), answer in zip(opened, answers, strict=True)
        )
    )
    attack.sent += sum(sent)
    for (_, writer), answer in zip(opened, answers, strict=True):
        attack.statuses[status(await answer)] += 1
        close(writer)
    return attack


async def empty_headers(port: int, scale: Scale, normal: Normal) -> Attack:
    """60,000 header lines with an empty value (`a:`), each four bytes."""
    attack = Attack(scale.connections)
    head = f"GET {API}/get/projects/getList HTTP/1.1\r\nHost: 127.0.0.1\r\n".encode()
    lines = b"a:\r\n" * 4096
    opened = [await open_connection(port) for _ in range(scale.connections)]
    answers = [asyncio.create_task(read_all(reader, 20)) for reader, _ in opened]
    for _, writer in opened:
        if await send(writer, head + lines):
            attack.sent += len(head) + len(lines)
    attack.normal_answered = await normal()
    budget = min(60_000 * 4, scale.head_budget)
    sent = await asyncio.gather(
        *(stream(writer, answer, lines, budget) for (_, writer), answer in zip(opened, answers, strict=True))
    )
    attack.sent += sum(sent)
    for (_, writer), answer in zip(opened, answers, strict=True):
        await send(writer, b"\r\n")
        attack.statuses[status(await answer)] += 1
        close(writer)
    return attack


async def one_byte_chunks(port: int, scale: Scale, normal: Normal) -> Attack:
    """A chunked body of one-byte chunks, one byte past the body limit (so the API refuses it)."""
    connections = min(scale.connections, 2)
    attack = Attack(connections)
    head = (
        f"POST {API}/post/projects/add HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n"
        "Content-Type: application/x-www-form-urlencoded\r\nConnection: close\r\n\r\n"
    ).encode()
    batch = b"1\r\na\r\n" * 4096
    batches = scale.body_limit // 4096 + 1
    opened = [await open_connection(port) for _ in range(connections)]
    answers = [asyncio.create_task(read_all(reader, 20)) for reader, _ in opened]

    async def send_batches(writer: asyncio.StreamWriter, count: int) -> int:
        sent = 0
        for _ in range(count):
            if not await send(writer, batch):
                break
            sent += len(batch)
        return sent

    for _, writer in opened:
        if await send(writer, head):
            attack.sent += len(head)
    attack.sent += sum(await asyncio.gather(*(send_batches(writer, batches // 2) for _, writer in opened)))
    attack.normal_answered = await normal()
    attack.sent += sum(
        await asyncio.gather(*(send_batches(writer, batches - batches // 2) for _, writer in opened))
    )
    for (_, writer), answer in zip(opened, answers, strict=True):
        await send(writer, b"0\r\n\r\n")
        attack.statuses[status(await answer)] += 1
        close(writer)
    return attack


async def slow_loris(port: int, scale: Scale, normal: Normal) -> Attack:
    """Connections up to the cap, each sending its head a byte a second; then one more."""
    attack = Attack(scale.loris)
    opened = []
    for _ in range(scale.loris):
        with contextlib.suppress(OSError, TimeoutError):
            opened.append(await open_connection(port))
    answers = [asyncio.create_task(read_all(reader, scale.head_timeout + 10)) for reader, _ in opened]
    start = f"GET {API}/get/projects/getList HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ".encode()
    for _, writer in opened:
        if await send(writer, start):
            attack.sent += len(start)
    # The server is full now: one more connection is refused, the open ones are still served.
    with contextlib.suppress(OSError, TimeoutError):
        reader, writer = await open_connection(port)
        attack.statuses[f"beyond the cap: {status(await read_all(reader, 5))}"] += 1
        close(writer)
    attack.normal_answered = await normal()
    started = time.monotonic()
    while (
        not all(answer.done() for answer in answers) and time.monotonic() - started < scale.head_timeout + 5
    ):
        for (_, writer), answer in zip(opened, answers, strict=True):
            if not answer.done() and await send(writer, b"s"):
                attack.sent += 1
        await asyncio.sleep(1.0)
    for (_, writer), answer in zip(opened, answers, strict=True):
        attack.statuses[status(await answer)] += 1
        close(writer)
    attack.note = f"all closed {time.monotonic() - started:.1f} s after their first byte"
    return attack


async def send_in_halves(
    port: int, requests: list[bytes], split: int, normal: Normal, attack: Attack
) -> None:
    """Each request on its own connection: its first ``split`` bytes, the normal request, the rest."""
    opened = [await open_connection(port) for _ in requests]
    answers = [asyncio.create_task(read_all(reader, 10)) for reader, _ in opened]
    for (_, writer), request in zip(opened, requests, strict=True):
        if await send(writer, request[:split]):
            attack.sent += split
    attack.normal_answered = await normal()
    for (_, writer), answer, request in zip(opened, answers, requests, strict=True):
        if await send(writer, request[split:]):
            attack.sent += len(request) - split
        attack.statuses[status(await answer)] += 1
        close(writer)


BAD_VERSIONS = ("0.9", "2.0", "1.2", "3.0")


async def bad_versions(port: int, scale: Scale, normal: Normal) -> Attack:
    """Request lines with versions other than HTTP/1.0 and 1.1: never to be echoed back."""
    requests = [
        f"GET {API}/get/projects/getList HTTP/{version}\r\nHost: 127.0.0.1\r\n\r\n".encode()
        for version in BAD_VERSIONS
        for _ in range(scale.bad_requests)
    ]
    attack = Attack(len(requests))
    await send_in_halves(port, requests, 10, normal, attack)
    return attack


BAD_TARGETS = (
    "OPTIONS *",
    f"GET {API}/get/projects/getList%0A",
    "GET /x%0Ay",
    "GET /x%00y",
    "GET /x%7F",
)


async def bad_targets(port: int, scale: Scale, normal: Normal) -> Attack:
    """`OPTIONS *`, and paths with a control character once decoded: a 4xx, never a 5xx."""
    requests = [
        f"{target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".encode()
        for target in BAD_TARGETS
        for _ in range(scale.bad_requests)
    ]
    attack = Attack(len(requests))
    await send_in_halves(port, requests, 5, normal, attack)
    return attack


INPUTS = [
    Input("long-header", "one header value streamed without end", frozenset({"431"}), long_header),
    Input("empty-headers", "60,000 `a:` header lines", frozenset({"431"}), empty_headers),
    Input(
        "one-byte-chunks",
        "a chunked body of one-byte chunks past the body limit",
        frozenset({"400"}),
        one_byte_chunks,
    ),
    Input(
        "slow-loris",
        "connections up to the cap, a byte a second each, then one more",
        frozenset({"408", "beyond the cap: 503"}),
        slow_loris,
        lambda scale: [
            "--max-connections",
            str(scale.loris + 1),
            "--head-timeout",
            f"{scale.head_timeout:g}",
        ],
    ),
    Input("bad-versions", f"HTTP/{', '.join(BAD_VERSIONS)}", frozenset({"505", "400"}), bad_versions),
    Input("bad-targets", "OPTIONS *, %0A %00 %7F in paths", frozenset({"404"}), bad_targets),
]


# --- measuring ------------------------------------------------------------------------------------------


def memory_kib(pid: int) -> dict[str, int]:
    """VmRSS and VmHWM of ``pid``, in KiB."""
    found = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            found[key] = int(value.split()[0])
    return found


def reset_peak(pid: int) -> bool:
    """Sets VmHWM back to the current VmRSS (Linux 4.0+); False where that is not allowed."""
    try:
        Path(f"/proc/{pid}/clear_refs").write_text("5")
    except OSError:
        return False
    return True


@contextlib.contextmanager
def sampled_peak(pid: int) -> Iterator[Callable[[], int]]:
    """The highest VmRSS seen every 10 ms while the block runs."""
    peak = [memory_kib(pid)["VmRSS"]]
    stop = threading.Event()

    def sample() -> None:
        while not stop.wait(0.01):
            with contextlib.suppress(OSError, KeyError):
                peak[0] = max(peak[0], memory_kib(pid)["VmRSS"])

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    try:
        yield lambda: peak[0]
    finally:
        stop.set()
        sampler.join(1)


def server_command(port: int, options: list[str]) -> list[str]:
    return [
        sys.executable,
        "-m",
        "apikit",
        "--root",
        str(ROOT),
        "mock",
        "fivepm",
        "--port",
        str(port),
        *options,
    ]


def measure(item: Input, scale: Scale) -> dict[str, Any]:
    port = servers.free_port()
    options = ["--max-body-bytes", str(scale.body_limit), *item.server_options(scale)]
    with servers.serving(server_command(port, options), port) as running:
        request = normal_request(fivepm_session(running.base))
        asyncio.run(ask_once(port, request))  # first use of every code path, before the baseline
        peak_was_reset = reset_peak(running.pid)
        before = memory_kib(running.pid)["VmRSS"]
        started = time.monotonic()
        with sampled_peak(running.pid) as sampled:
            result = asyncio.run(attack(item, scale, port, request))
        seconds = time.monotonic() - started
        peak = max(sampled(), memory_kib(running.pid)["VmHWM"] if peak_was_reset else 0)
        recovered = asyncio.run(ask_once(port, request))
    growth = max(0, peak - before)
    per_connection = growth / max(1, result.connections)
    bound = (scale.body_limit + MEMORY_BOUND_BEYOND_BODY) // 1024
    return {
        "description": item.description,
        "server_options": options,
        "connections": result.connections,
        "bytes_sent": result.sent,
        "statuses": dict(result.statuses),
        "as_expected": set(result.statuses) <= item.expected,
        "rss_before_kib": before,
        "rss_peak_growth_kib": growth,
        "rss_growth_per_connection_kib": round(per_connection, 1),
        "bound_per_connection_kib": bound,
        "within_bound": per_connection <= bound,
        "peak_from": "VmHWM reset before the input, and VmRSS sampled" if peak_was_reset else "VmRSS sampled",
        "normal_answered": result.normal_answered,
        "answered_after": recovered,
        "seconds": round(seconds, 2),
        "note": result.note,
    }


async def attack(item: Input, scale: Scale, port: int, request: bytes) -> Attack:
    """``item`` against the server, with a normal client connected before it begins: that client
    holds one of the places under the connection cap, as a client already there would."""
    reader, writer = await open_connection(port)
    if not await ask_on(reader, writer, request):
        raise RuntimeError(f"the server did not answer a normal request before {item.name}")

    async def normal() -> bool:
        if await ask_on(reader, writer, request):
            return True
        # Closed for being idle while a slow machine spent its 5 s on the first half: a new
        # connection tells as well (except at the connection cap, where it is refused).
        return await ask_once(port, request)

    try:
        async with asyncio.timeout(INPUT_SECONDS):
            return await item.run(port, scale, normal)
    finally:
        close(writer)


async def ask_once(port: int, request: bytes) -> bool:
    reader, writer = await open_connection(port)
    try:
        return await ask_on(reader, writer, request)
    finally:
        close(writer)


def run(quick: bool = False, progress: Callable[[str], None] | None = None) -> dict[str, Any]:
    """Every input against its own server; prints a table and returns the figures."""
    scale = QUICK if quick else FULL
    results: dict[str, Any] = {}
    for item in INPUTS:
        if progress:
            progress(f"hostile: {item.name}")
        results[item.name] = measure(item, scale)
    print_table(results)
    return {
        "quick": quick,
        "server": "apikit mock fivepm in a child process on 127.0.0.1, default limits but where shown",
        "memory_bound": "peak RSS growth per hostile connection <= body limit + 1 MiB",
        "inputs": results,
    }


def print_table(results: dict[str, Any]) -> None:
    print(
        f"{'input':16} {'conns':>5} {'sent':>9} {'peak RSS +':>11} {'per conn':>9} {'bound':>8} "
        f"{'normal':>6}  statuses"
    )
    for name, figures in results.items():
        statuses = ", ".join(f"{key}: {count}" for key, count in sorted(figures["statuses"].items()))
        print(
            f"{name:16} {figures['connections']:>5} {figures['bytes_sent'] / 1024:>7.0f} K "
            f"{figures['rss_peak_growth_kib']:>9} K {figures['rss_growth_per_connection_kib']:>7.0f} K "
            f"{figures['bound_per_connection_kib']:>6} K {'yes' if figures['normal_answered'] else 'NO':>6}  "
            f"{statuses}{'' if figures['as_expected'] else '  (unexpected)'}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.hostile")
    parser.add_argument("--quick", action="store_true", help="small counts, to check the harness")
    args = parser.parse_args()
    run(quick=args.quick, progress=lambda text: print(text, file=sys.stderr))


if __name__ == "__main__":
    main()
