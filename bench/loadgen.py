"""A bounded load generator, run as its own process so it does not share a core's GIL with the server.

    python -m bench.loadgen --base URL --concurrency 8 --requests 2000 --seconds 30 --mix mix.json

``mix.json`` is a list of ``{"method", "path", "params"}`` requests, cycled in order. Prints one JSON
object: requests sent, non-2xx count, wall seconds, and latency percentiles in milliseconds.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import time
from itertools import cycle
from pathlib import Path
from typing import Any

import httpx


async def run(
    base: str, concurrency: int, total: int, seconds: float, mix: list[dict[str, Any]]
) -> dict[str, Any]:
    requests = cycle(mix)
    latencies: list[float] = []
    failures = 0
    sent = 0
    deadline = time.perf_counter() + seconds
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)

    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=30) as client:

        async def worker() -> None:
            nonlocal sent, failures
            while sent < total and time.perf_counter() < deadline:
                sent += 1
                request = next(requests)
                started = time.perf_counter()
                answer = await client.request(
                    request["method"], request["path"], params=request.get("params")
                )
                latencies.append(time.perf_counter() - started)
                failures += not 200 <= answer.status_code < 300

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        wall = time.perf_counter() - started
    latencies.sort()
    return {
        "requests": len(latencies),
        "non_2xx": failures,
        "seconds": wall,
        "rps": len(latencies) / wall if wall else 0.0,
        "p50_ms": 1000 * statistics.median(latencies) if latencies else 0.0,
        "p99_ms": 1000 * latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))] if latencies else 0.0,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", required=True)
    parser.add_argument("--concurrency", type=int, default=1)
    parser.add_argument("--requests", type=int, default=500)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--mix", type=Path, required=True)
    args = parser.parse_args()
    if not args.base.startswith(("http://127.", "http://localhost")):
        parser.error("the load generator only targets servers on this machine's loopback")
    mix = json.loads(args.mix.read_text())
    print(json.dumps(asyncio.run(run(args.base, args.concurrency, args.requests, args.seconds, mix))))


if __name__ == "__main__":
    main()
