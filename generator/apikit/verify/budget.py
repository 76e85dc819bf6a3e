"""How long a verify run may take: a server whose announced rate limit would make the run crawl gets
a time-boxed one.

A whole run sends tens of thousands of requests (about 49,000 for ProWorkflow's 283 operations). A
service that allows 500 requests per 30 s would need most of an hour for them, all the while using
up a quota that the account's other users and integrations share. So before the run verify sends
one GET, without credentials, to the base URL, and reads the limit its answer announces:
``X-RateLimit-Limit`` or ``RateLimit-Limit``, over the window that ``RateLimit-Policy`` (``w=``)
names, else the seconds ``X-RateLimit-Reset`` / ``RateLimit-Reset`` give (a fresh window's reset
is its length), else a minute. When that allows fewer than ``CRAWLING_RATE`` requests a second,
the run gets schemathesis' time budget (its ``--max-time``): ``RATE_LIMITED_MAX_TIME`` seconds,
which schemathesis shares among the phases. ``--max-time`` sets the budget of any run, and
``--max-time 0`` leaves a rate-limited one unbounded.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

import httpx

from apikit.verify.ratelimit import RESET_HEADERS, header_value, reset_seconds
from apikit.verify.usage import VerifyUsageError

CRAWLING_RATE = 100.0
"""Requests a second below which a limit, not the server, sets the pace (verify sends about that many
to a mock on this machine)."""
RATE_LIMITED_MAX_TIME = 600
ASSUMED_WINDOW_SECONDS = 60.0
PROBE_TIMEOUT_SECONDS = 10.0
LIMIT_HEADERS = ("x-ratelimit-limit", "ratelimit-limit")
POLICY_WINDOW = re.compile(r"\bw=(?P<seconds>\d+(?:\.\d+)?)")
LEADING_COUNT = re.compile(r"\s*(?P<count>\d+)")


@dataclass(frozen=True)
class AnnouncedLimit:
    """The rate limit a server's answer announces."""

    requests: int
    window_seconds: float

    @property
    def per_second(self) -> float:
        return self.requests / self.window_seconds

    def __str__(self) -> str:
        return f"{self.requests} requests per {self.window_seconds:g} s"


@dataclass(frozen=True)
class TimeBudget:
    """The run's time limit in seconds (None: none), and the line that tells the user why."""

    seconds: int | None
    notice: str | None = None

    def schemathesis_args(self) -> tuple[str, ...]:
        return ("--max-time", str(self.seconds)) if self.seconds else ()


def time_budget(base_url: str, max_time: int | None) -> TimeBudget:
    """The run's budget: ``max_time`` when given (0: none), else one fitted to the server's limit."""
    if max_time is not None:
        if max_time < 0:
            raise VerifyUsageError("--max-time", f"give a number of seconds, 0 for no limit, not {max_time}")
        return TimeBudget(max_time or None)
    limit = announced_limit(base_url)
    if limit is None or limit.per_second >= CRAWLING_RATE:
        return TimeBudget(None)
    return TimeBudget(
        RATE_LIMITED_MAX_TIME,
        f"apikit verify: the server allows {limit}, so this run stops after {RATE_LIMITED_MAX_TIME} s "
        "and sends only part of the cases a whole run would; --max-time sets another limit "
        "(0: run them all).",
    )


def announced_limit(base_url: str) -> AnnouncedLimit | None:
    """The limit the base URL's answer to one GET announces; None when it announces none or the
    server cannot be reached (the run itself reports that)."""
    try:
        response = httpx.get(base_url, timeout=PROBE_TIMEOUT_SECONDS, follow_redirects=False)
    except (httpx.HTTPError, httpx.InvalidURL):
        return None
    return limit_from_headers(response.headers)


def limit_from_headers(headers: httpx.Headers) -> AnnouncedLimit | None:
    requests = _first_count(header_value(headers, name) for name in LIMIT_HEADERS)
    if requests is None or requests <= 0:
        return None
    return AnnouncedLimit(requests, _window_seconds(headers))


def _window_seconds(headers: httpx.Headers) -> float:
    policy = POLICY_WINDOW.search(header_value(headers, "ratelimit-policy") or "")
    if policy is not None and float(policy["seconds"]) > 0:
        return float(policy["seconds"])
    resets = (reset_seconds(header_value(headers, name)) for name in RESET_HEADERS)
    reset = next((seconds for seconds in resets if seconds), None)
    return reset if reset is not None else ASSUMED_WINDOW_SECONDS


def _first_count(values: Iterable[str | None]) -> int | None:
    for value in values:
        match = LEADING_COUNT.match(value) if value is not None else None
        if match is not None:
            return int(match["count"])
    return None
