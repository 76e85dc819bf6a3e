"""Load from wrk, a native HTTP benchmarking tool: a Lua script cycles through the request mix.

The mix is written into the script as pre-formatted requests (``wrk.format``), one list per wrk
thread, each thread starting at a different place in the mix so connections do not move in
lockstep. wrk's ``done()`` prints one JSON line: requests, wall time, error counts and latency
percentiles (wrk measures each request from its write to the end of its response).

wrk is bounded by time (``--duration``); it has no request budget of its own (a thread that stops
early still leaves the main thread waiting out the duration, which would understate throughput).
"""

from __future__ import annotations

import json
import subprocess
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

DONE_MARKER = "WRK-RESULT "

_SCRIPT_BODY = """
local counter = 0
local formatted = {}
local threads = {}
local next_id = 0

function setup(thread)
  thread:set("offset", next_id)
  next_id = next_id + 1
  table.insert(threads, thread)
end

function init(args)
  for i, r in ipairs(mix) do
    formatted[i] = wrk.format(r[1], r[2], r[3], r[4])
  end
  counter = (offset or 0) % #formatted
end

function request()
  counter = counter % #formatted + 1
  return formatted[counter]
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '%s{"requests": %d, "duration_us": %d, "status_errors": %d, "socket_errors": %d, ' ..
    '"timeouts": %d, "p50_us": %d, "p99_us": %d, "mean_us": %.1f, "max_us": %d}\\n',
    marker, summary.requests, summary.duration, e.status, e.connect + e.read + e.write,
    e.timeout, latency:percentile(50), latency:percentile(99), latency.mean, latency.max))
end
"""


def lua_string(text: str | bytes) -> str:
    """A Lua string literal for any bytes: printable ASCII as is, everything else as ``\\ddd``."""
    data = text.encode("utf-8") if isinstance(text, str) else text
    escaped = "".join(
        chr(byte) if 32 <= byte < 127 and byte not in (34, 92) else f"\\{byte:03d}" for byte in data
    )
    return f'"{escaped}"'


def request_target(request: dict[str, Any]) -> str:
    """Path plus the query string, form-encoded (``project%5Bname%5D=Bench``)."""
    params = request.get("params") or {}
    return str(request["path"]) + (f"?{urlencode(params, doseq=True)}" if params else "")


def lua_script(mix: Sequence[dict[str, Any]]) -> str:
    entries = []
    for request in mix:
        headers = dict(request.get("headers") or {})
        body = request.get("body")
        if body is not None and "Content-Type" not in headers:
            headers["Content-Type"] = request.get("content_type", "application/json")
        header_table = ", ".join(f"[{lua_string(k)}] = {lua_string(v)}" for k, v in headers.items())
        body_text = "nil" if body is None else lua_string(body)
        entries.append(
            f"  {{{lua_string(request['method'])}, {lua_string(request_target(request))}, "
            f"{{{header_table}}}, {body_text}}},"
        )
    return f"marker = {lua_string(DONE_MARKER)}\nmix = {{\n" + "\n".join(entries) + "\n}\n" + _SCRIPT_BODY


def run(
    wrk: Path,
    base: str,
    mix: Sequence[dict[str, Any]],
    connections: int,
    seconds: float,
    *,
    threads: int = 1,
    pin: Sequence[str] = (),
) -> dict[str, Any]:
    """One wrk run; the same result keys as :mod:`bench.loadgen` (plus wrk's error counts)."""
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as handle:
        handle.write(lua_script(mix))
    try:
        command = [
            *pin, str(wrk), "--threads", str(max(1, min(threads, connections))),
            "--connections", str(connections), "--duration", f"{max(1, round(seconds))}s",
            "--timeout", "10s", "--script", handle.name, base,
        ]  # fmt: skip
        output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    finally:
        Path(handle.name).unlink()
    return parse_output(output)


def parse_output(output: str) -> dict[str, Any]:
    lines = [line for line in output.splitlines() if line.startswith(DONE_MARKER)]
    if not lines:
        raise RuntimeError(f"wrk printed no result line:\n{output[-2000:]}")
    raw: dict[str, Any] = json.loads(lines[-1].removeprefix(DONE_MARKER))
    seconds = raw["duration_us"] / 1e6
    return {
        "tool": "wrk",
        "requests": raw["requests"],
        "non_2xx": raw["status_errors"],  # wrk counts answers with a status of 400 and above
        "socket_errors": raw["socket_errors"],
        "timeouts": raw["timeouts"],
        "seconds": seconds,
        "rps": raw["requests"] / seconds if seconds else 0.0,
        "p50_ms": raw["p50_us"] / 1000,
        "p99_ms": raw["p99_us"] / 1000,
    }


def version(wrk: Path) -> str:
    # `wrk --version` prints its banner and exits 1.
    result = subprocess.run([str(wrk), "--version"], capture_output=True, text=True, check=False)
    first = (result.stdout or result.stderr).splitlines()
    return first[0].split(" [", 1)[0].removeprefix("wrk ") if first else "unknown"
