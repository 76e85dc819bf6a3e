"""Rate limits during `apikit verify`: wait when the server says so, then send again.

schemathesis paces requests (``--rate`` is its ``--rate-limit``) and, in its ``auto`` mode, retries a
429 that carries ``Retry-After``; the two cannot be had together, and ``auto`` knows no reset headers.
So verify keeps schemathesis' pacing and does the waiting itself, around every request schemathesis
sends (generated cases, stateful steps, the probes of its checks and those it starts with alike):

- a 429 is sent again after the wait its answer names: ``Retry-After`` (seconds or an HTTP date),
  else ``X-RateLimit-Reset`` / ``RateLimit-Reset`` (seconds, or a Unix time when the number is that
  large), else a second, doubled on each further 429; at most ``MAX_RETRIES`` times, after which
  the 429 is the answer the checks see;
- an answer that says the window is used up (``X-RateLimit-Remaining`` / ``RateLimit-Remaining``
  of 0, with a reset header) holds the next request back until the reset, so it is not refused;
- no wait is longer than ``MAX_WAIT_SECONDS``: a server that asks for more is asked again sooner.

A 429 that was waited out and sent again is not shown to the checks: the request it refused is the
one that counts. At the end of the run, a line on stderr says how long verify waited, if at all.
"""

from __future__ import annotations

import atexit
import math
import sys
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import Any

from apikit.verify.usage import VerifyUsageError

MAX_WAIT_SECONDS = 60.0
MAX_RETRIES = 5
FIRST_BLIND_WAIT_SECONDS = 1.0  # a 429 that names no wait: 1 s, then 2, 4, ...
TOO_MANY_REQUESTS = 429
# A reset header this large is a point in time (Unix seconds), not a number of seconds to wait.
EPOCH_THRESHOLD = 1_000_000_000
RETRY_AFTER = "retry-after"
RESET_HEADERS = ("x-ratelimit-reset", "ratelimit-reset")
REMAINING_HEADERS = ("x-ratelimit-remaining", "ratelimit-remaining")
RATE_UNITS = ("s", "m", "h")  # what schemathesis' --rate-limit takes besides days


def schemathesis_rate(rate: str) -> str:
    """``--rate N/s`` (or ``/m``, ``/h``) as schemathesis' ``--rate-limit`` value, which it is."""
    count, slash, unit = rate.partition("/")
    if not (slash and count.isdigit() and int(count) > 0 and unit in RATE_UNITS):
        raise VerifyUsageError("--rate", f"give N/s, N/m or N/h with N a whole number above 0, not {rate!r}")
    return f"{int(count)}/{unit}"


def header_value(headers: Mapping[str, Any], name: str) -> str | None:
    """One header's (first) value, whatever the case of its name; schemathesis keeps lists of values."""
    for key, value in headers.items():
        if str(key).lower() == name:
            if isinstance(value, list):
                return str(value[0]) if value else None
            return str(value)
    return None


def retry_after_seconds(value: str | None, now: Callable[[], float] = time.time) -> float | None:
    """``Retry-After`` as seconds from now: a number of seconds or an HTTP date."""
    if value is None:
        return None
    number = _number(value)
    if number is not None:
        return max(0.0, number)
    try:
        return max(0.0, parsedate_to_datetime(value).timestamp() - now())
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def reset_seconds(value: str | None, now: Callable[[], float] = time.time) -> float | None:
    """A reset header as seconds from now: seconds until the window resets, or the Unix time it does."""
    number = _number(value)
    if number is None:
        return None
    return max(0.0, number - now()) if number >= EPOCH_THRESHOLD else max(0.0, number)


def _number(value: str | None) -> float | None:
    try:
        number = float(value) if value is not None else None
    except ValueError:
        return None
    return number if number is not None and math.isfinite(number) else None


def wait_asked_for(status: int, headers: Mapping[str, Any], blind_retries: int = 0) -> float | None:
    """How long the server asks the next request to wait, uncapped; None when it does not."""
    if status == TOO_MANY_REQUESTS:
        retry_after = retry_after_seconds(header_value(headers, RETRY_AFTER))
        if retry_after is not None:
            return retry_after
        reset = _reset_wait(headers)
        return reset if reset is not None else FIRST_BLIND_WAIT_SECONDS * 2**blind_retries
    return _reset_wait(headers) if _window_used_up(headers) else None


def _reset_wait(headers: Mapping[str, Any]) -> float | None:
    waits = (reset_seconds(header_value(headers, name)) for name in RESET_HEADERS)
    return next((wait for wait in waits if wait is not None), None)


def _window_used_up(headers: Mapping[str, Any]) -> bool:
    counts = (_number(header_value(headers, name)) for name in REMAINING_HEADERS)
    remaining = next((count for count in counts if count is not None), None)
    return remaining is not None and remaining <= 0


@dataclass
class WaitLog:
    """What verify waited, for the line at the end of the run."""

    retried: int = 0
    pauses: int = 0
    seconds: float = 0.0

    def summary(self) -> str | None:
        if not self.pauses and not self.retried:
            return None
        return (
            f"apikit verify: waited {self.seconds:.1f} s for the server's rate limit in {self.pauses} "
            f"pause(s) (at most {MAX_WAIT_SECONDS:.0f} s each); {self.retried} request(s) answered 429 "
            "were sent again"
        )


class RateLimitWaits:
    """Holds requests back until the time the server's last answer named."""

    def __init__(
        self,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._sleep = sleep
        self._clock = clock
        self._lock = threading.Lock()
        self._resume_at = 0.0
        self.log = WaitLog()

    def observe(self, status: int, headers: Mapping[str, Any], blind_retries: int = 0) -> None:
        wait = wait_asked_for(status, headers, blind_retries)
        if wait is None:
            return
        with self._lock:
            self._resume_at = max(self._resume_at, self._clock() + min(wait, MAX_WAIT_SECONDS))

    def wait(self) -> None:
        with self._lock:
            pause = self._resume_at - self._clock()
        if pause > 0:
            self.log.pauses += 1
            self.log.seconds += pause
            self._sleep(pause)

    def send(self, call: Callable[[], Any], answer_of: Callable[[Any], Any] = lambda answer: answer) -> Any:
        """``call()``'s result, waiting before it as asked and calling again after a 429.
        ``answer_of`` finds the HTTP answer in the result (None: there is none, e.g. no connection)."""
        for retries in range(MAX_RETRIES + 1):
            self.wait()
            result = call()
            response = answer_of(result)
            if response is None:
                return result
            self.observe(response.status_code, response.headers, blind_retries=retries)
            if response.status_code != TOO_MANY_REQUESTS or retries == MAX_RETRIES:
                return result
            self.log.retried += 1
        raise AssertionError("unreachable")  # pragma: no cover


WAITS = RateLimitWaits()
_installed = False


def install(waits: RateLimitWaits = WAITS) -> None:
    """Route every request schemathesis sends through ``waits`` (once per process): its HTTP
    transport's, and the probes it sends first to learn what the server accepts (a 429 there would
    be taken for an answer about the server). At exit, say how long the run waited."""
    global _installed
    if _installed:
        return
    # Both are schemathesis internals, with no hook around them (pinned version: see pyproject.toml).
    from schemathesis.engine.run import probes
    from schemathesis.transport.requests import RequestsTransport

    send_case = RequestsTransport.send
    send_probe = probes.send

    def send(self: RequestsTransport, case: Any, *args: Any, **kwargs: Any) -> Any:
        return waits.send(lambda: send_case(self, case, *args, **kwargs))

    def send_probe_waiting(probe: Any, ctx: Any) -> Any:
        return waits.send(lambda: send_probe(probe, ctx), answer_of=lambda run: run.response)

    RequestsTransport.send = send  # type: ignore[method-assign]
    probes.send = send_probe_waiting
    atexit.register(_report, waits.log)
    _installed = True


def _report(log: WaitLog) -> None:
    summary = log.summary()
    if summary:
        print(summary, file=sys.stderr, flush=True)
