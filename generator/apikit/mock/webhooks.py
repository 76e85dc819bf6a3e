"""Webhook delivery for any mock: where a mock may send, and a background worker that sends.

A mock that has webhooks decides *what* to send (its events and their bodies) and keeps its own log of
deliveries; this module decides *where* it may send (:class:`TargetPolicy`) and does the sending
(:class:`Deliverer`), off the request path:

- Targets: by default only loopback addresses (``127.0.0.0/8``, ``::1``, ``localhost``), so a mock
  started on a developer's machine or in CI never becomes a way to make requests into a network.
  Other hosts are allowed by name only (``apikit mock --webhook-host HOST``, or the environment
  variable :data:`WEBHOOK_HOSTS_VARIABLE`); a subscription to any other host is refused when it is
  made, with a message naming the URL and the option.
- Sending: one worker thread per :class:`Deliverer`, started when there is work and ending when idle.
  A call only puts a delivery in a bounded queue (:meth:`Deliverer.submit` never blocks; a full queue
  refuses), so no client can make the mock hold unbounded work or slow its answers. Each delivery is
  tried at most ``len(delays) + 1`` times, each attempt bounded by ``attempt_timeout``, so a delivery
  ends within :attr:`RetryPolicy.time_bound`. Redirects are not followed: a loopback receiver cannot
  send the mock elsewhere.
- Outcomes are reported to the mock (:class:`Attempt`) from the worker thread after every attempt;
  the mock takes its own lock to record them.

Target URLs may carry secrets (an unguessable path is a common receiver design), so they never show
in logs or reprs; only the mock's key for a delivery does.
"""

from __future__ import annotations

import enum
import heapq
import http.client
import ipaddress
import json
import logging
import os
import threading
import time
from collections.abc import Callable, Hashable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

logger = logging.getLogger("apikit.mock.webhooks")

WEBHOOK_HOSTS_VARIABLE = "APIKIT_MOCK_WEBHOOK_HOSTS"
"""Comma-separated host names every mock may deliver webhooks to besides loopback addresses (what
``apikit mock --webhook-host`` sets)."""
LOOPBACK_NAMES = frozenset({"localhost"})
USER_AGENT = "apikit-mock-webhooks"
IDLE_SECONDS = 2.0
"""How long the worker waits for work before it ends (the next submit starts another)."""


class TargetRefused(ValueError):
    """A webhook URL the mock will not deliver to; the message says why and how to allow it."""


def hosts_from_environment(*variables: str) -> frozenset[str]:
    """The host names listed (comma-separated) in the first of ``variables`` and in
    :data:`WEBHOOK_HOSTS_VARIABLE`, lower-cased."""
    names: set[str] = set()
    for variable in (*variables, WEBHOOK_HOSTS_VARIABLE):
        names.update(split_hosts(os.environ.get(variable, "")))
    return frozenset(names)


def split_hosts(text: str) -> set[str]:
    return {name.strip().casefold().rstrip(".") for name in text.split(",") if name.strip()}


def is_loopback(host: str) -> bool:
    if host.casefold().rstrip(".") in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True)
class TargetPolicy:
    """Where deliveries may go: loopback addresses, and the hosts named in ``allowed_hosts``."""

    allowed_hosts: frozenset[str] = frozenset()
    how_to_allow: str = f"apikit mock --webhook-host {{host}}, or {WEBHOOK_HOSTS_VARIABLE}={{host}}"
    """The option that allows a host, as the refusal names it (``{host}`` becomes the URL's host)."""

    def check(self, url: str) -> None:
        """Raise :class:`TargetRefused` unless ``url`` is an http(s) URL of an allowed host."""
        try:
            parts = urlsplit(url)
            host = (parts.hostname or "").casefold().rstrip(".")
            parts.port  # noqa: B018  (read for its check: a port out of range raises ValueError)
        except ValueError as error:  # a bracketed host that is no IPv6 address, a bad port
            raise TargetRefused(f"{url!r} is not a URL: {error}") from None
        if parts.scheme not in ("http", "https") or not host:
            raise TargetRefused(f"{url} is not an http or https URL")
        if is_loopback(host) or host in self.allowed_hosts:
            return
        option = self.how_to_allow.replace("{host}", host)
        raise TargetRefused(
            f"{url}: this mock delivers webhooks only to loopback addresses (127.0.0.1, ::1, localhost) "
            f"and to hosts allowed by name; allow {host} with {option}"
        )


@dataclass(frozen=True)
class RetryPolicy:
    """How hard a delivery is tried: ``delays`` are the waits before each retry (seconds)."""

    delays: tuple[float, ...] = (1.0, 5.0, 15.0)
    attempt_timeout: float = 10.0
    max_pending: int = 1000
    """Deliveries waiting at once (queued or waiting for a retry); more are refused."""

    def __post_init__(self) -> None:
        if any(delay < 0 for delay in self.delays) or self.attempt_timeout <= 0 or self.max_pending < 1:
            raise ValueError("webhook delays must be >= 0, the attempt timeout positive, max_pending >= 1")

    @property
    def attempts(self) -> int:
        return len(self.delays) + 1

    @property
    def time_bound(self) -> float:
        """The longest a delivery can take from submit to its last outcome (queueing aside)."""
        return sum(self.delays) + self.attempts * self.attempt_timeout


class Outcome(enum.Enum):
    DELIVERED = "delivered"
    """The receiver answered 2xx."""
    RETRYING = "retrying"
    """No answer, or an answer other than 2xx and 4xx: tried again after the next delay."""
    REFUSED = "refused"
    """The receiver answered 4xx: not tried again."""
    GAVE_UP = "gave up"
    """The last attempt failed."""


@dataclass(frozen=True)
class Attempt:
    """What one attempt gave, as reported to the mock."""

    key: Hashable
    tries: int
    status: int | None
    """The receiver's HTTP status, or None when it did not answer (refused connection, timeout)."""
    outcome: Outcome
    retry_in: float | None = None
    """Seconds until the next attempt when ``outcome`` is RETRYING."""


Send = Callable[[str, bytes, float], int]
"""POST a JSON body to a URL within a timeout; the HTTP status (raises on no answer)."""
Report = Callable[[Attempt], None]


def post_json(url: str, body: bytes, timeout: float) -> int:
    """POST with the standard library's client: it follows no redirect and, unlike httpx, logs no
    URL (a receiver's address may be its secret)."""
    parts = urlsplit(url)
    connection_type = http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection
    connection = connection_type(parts.hostname or "", parts.port, timeout=timeout)
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    headers = {"content-type": "application/json", "user-agent": USER_AGENT}
    try:
        connection.request("POST", target, body=body, headers=headers)
        return connection.getresponse().status
    finally:
        connection.close()


@dataclass(order=True)
class _Scheduled:
    due: float
    sequence: int
    key: Hashable = field(compare=False)
    url: str = field(compare=False, repr=False)
    body: bytes = field(compare=False, repr=False)
    tries: int = field(default=0, compare=False)


class Deliverer:
    """Sends submitted deliveries from one background thread, retrying as ``policy`` says, and tells
    ``report`` the outcome of every attempt (from that thread)."""

    def __init__(
        self,
        policy: RetryPolicy,
        report: Report,
        *,
        send: Send = post_json,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.policy = policy
        self._report = report
        self._send = send
        self._monotonic = monotonic
        self._waiting: list[_Scheduled] = []
        self._sequence = 0
        self._condition = threading.Condition()
        self._worker: threading.Thread | None = None
        self._closed = False

    def __repr__(self) -> str:
        return f"Deliverer(pending={self.pending()}, policy={self.policy!r})"

    def submit(self, key: Hashable, url: str, payload: Mapping[str, Any]) -> bool:
        """Queue one delivery; False (and nothing queued) when ``max_pending`` are already waiting."""
        body = json.dumps(payload, separators=(",", ":")).encode("utf-8")
        with self._condition:
            if self._closed or len(self._waiting) >= self.policy.max_pending:
                return False
            self._sequence += 1
            heapq.heappush(self._waiting, _Scheduled(self._monotonic(), self._sequence, key, url, body))
            self._ensure_worker()
            self._condition.notify()
            return True

    def cancel(self, keys: Callable[[Hashable], bool]) -> int:
        """Drop the waiting deliveries whose key ``keys`` accepts (an attempt under way still ends);
        how many were dropped."""
        with self._condition:
            kept = [item for item in self._waiting if not keys(item.key)]
            dropped = len(self._waiting) - len(kept)
            heapq.heapify(kept)
            self._waiting = kept
            return dropped

    def pending(self) -> int:
        with self._condition:
            return len(self._waiting)

    def close(self) -> None:
        """Drop everything waiting and stop the worker after its current attempt."""
        with self._condition:
            self._closed = True
            self._waiting.clear()
            self._condition.notify_all()
        worker = self._worker
        if worker is not None and worker is not threading.current_thread():
            worker.join(timeout=self.policy.attempt_timeout + 1)

    def _ensure_worker(self) -> None:
        if self._worker is None or not self._worker.is_alive():
            self._worker = threading.Thread(target=self._run, name="apikit-webhooks", daemon=True)
            self._worker.start()

    def _run(self) -> None:
        while True:
            item = self._next_due()
            if item is None:
                return
            self._attempt(item)

    def _next_due(self) -> _Scheduled | None:
        """The next delivery once it is due, or None when closed or idle for :data:`IDLE_SECONDS`."""
        with self._condition:
            while not self._closed:
                if self._waiting:
                    wait = self._waiting[0].due - self._monotonic()
                    if wait <= 0:
                        return heapq.heappop(self._waiting)
                    self._condition.wait(wait)
                elif not self._condition.wait(IDLE_SECONDS) and not self._waiting:
                    self._worker = None  # a submit from now on starts a new worker
                    return None
            return None

    def _attempt(self, item: _Scheduled) -> None:
        item.tries += 1
        status = self._status(item)
        outcome = self._outcome(status, item.tries)
        retry_in = self.policy.delays[item.tries - 1] if outcome is Outcome.RETRYING else None
        if retry_in is not None:
            with self._condition:
                if not self._closed:
                    item.due = self._monotonic() + retry_in
                    heapq.heappush(self._waiting, item)
        try:
            self._report(Attempt(item.key, item.tries, status, outcome, retry_in))
        except Exception:  # a bug of the mock's report must not end deliveries for everyone
            logger.exception("webhook report failed for delivery %r", item.key)

    def _status(self, item: _Scheduled) -> int | None:
        try:
            return self._send(item.url, item.body, self.policy.attempt_timeout)
        except (http.client.HTTPException, OSError) as problem:
            logger.info("webhook delivery %r got no answer (%s)", item.key, type(problem).__name__)
            return None

    def _outcome(self, status: int | None, tries: int) -> Outcome:
        if status is not None and 200 <= status < 300:
            return Outcome.DELIVERED
        if status is not None and 400 <= status < 500:
            return Outcome.REFUSED
        return Outcome.RETRYING if tries < self.policy.attempts else Outcome.GAVE_UP


def allowed_hosts(names: Iterable[str]) -> frozenset[str]:
    """Host names as :class:`TargetPolicy` compares them."""
    return frozenset(split_hosts(",".join(names)))
