"""One server for a project's mocks, with the admin endpoint a test suite drives them through.

:class:`MockHost` is the ASGI application ``apikit mock`` serves. It holds one or more mocks
(:class:`apikit.mock.MockApp`), each mounted at a path prefix: ``""`` for a single API, ``/<api>``
for each API under ``apikit mock --all``. A client of an API points its base URL at the API's
prefix (``http://127.0.0.1:8000/fivepm/api/v2`` under ``--all``) and sees that API's paths below it.

Below the reserved prefix ``/__apikit`` (no API's path starts with it), the admin endpoint shows and
changes each mock's state, as JSON:

- ``GET /__apikit`` lists the mocks: name, base path, behaviour;
- ``GET /__apikit/<api>/state`` answers the mock's state (:meth:`Behaviour.snapshot`);
- ``PUT /__apikit/<api>/state`` replaces it with the request's JSON body (:meth:`Behaviour.restore`);
  a body that does not fit is refused with 400 naming the place, and nothing changes;
- ``POST /__apikit/<api>/reset`` goes back to the start: the seed data when one was given, else the
  behaviour's own start-up state.

A behaviour that cannot do one of these answers it with 501. With a state file
(:mod:`apikit.mock.statefile`), every change of a mock's state, by its API or the admin endpoint, is
saved before the answer is sent.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import Any

from starlette.types import Message, Receive, Scope, Send

from apikit.mock.engine import MockApp, StateError, StateUnsupported
from apikit.mock.statefile import StateFile

ADMIN_PREFIX = "/__apikit"
MAX_ADMIN_BODY_BYTES = 16 * 1024 * 1024

logger = logging.getLogger(__name__)


@dataclass
class Mounted:
    """One API's mock and where the host serves it."""

    name: str
    app: MockApp
    prefix: str
    """``""`` (the host's root) or ``/<name>``."""
    seed: Any = None
    """The data :meth:`MockHost.reset` loads (None: the behaviour's own start)."""
    seed_source: str = "the seed data"
    """Where ``seed`` came from, for messages (the seed file)."""

    @property
    def base_path(self) -> str:
        return self.prefix + str(self.app.state.engine.base_path)


class HostSetupError(Exception):
    """The mocks cannot be served together as asked; the message says why and what to do."""


class MockHost:
    """The ASGI application serving ``mounted`` mocks and the admin endpoint (module docstring)."""

    def __init__(self, mounted: list[Mounted], state_file: StateFile | None = None) -> None:
        self.mounted = {m.name: m for m in mounted}
        self.state_file = state_file
        # Longest prefix first, so that `/` (a single mock at the root) is tried last.
        self._by_prefix = sorted(mounted, key=lambda m: len(m.prefix), reverse=True)
        # One mock at the root with nothing to save after a call: its app serves every API path
        # itself, without the per-call steps below (they cost a few percent of a mock's call).
        only = mounted[0] if len(mounted) == 1 else None
        self._sole_app = only.app if only and not only.prefix and state_file is None else None
        for m in mounted:
            if m.app.state.engine.base_path.startswith(ADMIN_PREFIX):
                raise HostSetupError(
                    f"{m.name}: its base path starts with {ADMIN_PREFIX}, reserved for admin"
                )
        self._start_states()

    def _start_states(self) -> None:
        """Each mock starts from its saved state, else from its seed (then saved), else as it is."""
        for m in self.mounted.values():
            try:
                saved = self.state_file.load(m.name) if self.state_file else None
                if saved is not None:
                    _restore(m, saved, str(self.state_file.path if self.state_file else ""))
                elif m.seed is not None:
                    _restore(m, m.seed, m.seed_source)
                self._save(m)
            except StateUnsupported as exc:
                raise HostSetupError(
                    f"{m.name}: seed data and a state file need a mock that can load and show its "
                    f"state, and this one cannot ({exc}); serve it without --seed and --state"
                ) from exc
            except StateError as exc:
                raise HostSetupError(f"{exc}; fix the data there") from exc

    def reset(self, name: str) -> None:
        m = self.mounted[name]
        if m.seed is not None:
            _restore(m, m.seed, m.seed_source)
        else:
            m.app.state.behaviour.reset()
        self._save(m)

    def _save(self, m: Mounted) -> None:
        if self.state_file is not None:
            self.state_file.save(m.name, m.app.state.behaviour.snapshot())

    # --- ASGI ---------------------------------------------------------------------------------------

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await next(iter(self.mounted.values())).app(scope, receive, send)
            return
        if scope["type"] != "http":
            return
        path = str(scope["path"])
        if path == ADMIN_PREFIX or path.startswith(ADMIN_PREFIX + "/"):
            await self._admin(scope, receive, send, path[len(ADMIN_PREFIX) :])
            return
        if self._sole_app is not None:
            await self._sole_app(scope, receive, send)
            return
        for m in self._by_prefix:
            if m.prefix == "" or path == m.prefix or path.startswith(m.prefix + "/"):
                await self._serve(m, scope, receive, send)
                return
        await _send_json(send, 404, {"error": f"no mock here; the mocks are at: {self._bases()}"})

    async def _serve(self, m: Mounted, scope: Scope, receive: Receive, send: Send) -> None:
        if m.prefix:
            rest = str(scope["path"])[len(m.prefix) :] or "/"
            raw = scope.get("raw_path")
            # root_path (ASGI's mount point) lets the mock tell its own address (webhook bodies do).
            root = str(scope.get("root_path", "")) + m.prefix
            scope = {
                **scope,
                "path": rest,
                "raw_path": raw[len(m.prefix) :] if raw else raw,
                "root_path": root,
            }
        if self.state_file is None:
            await m.app(scope, receive, send)
            return

        async def send_after_saving(message: Message) -> None:
            # The request's change is made by the time its answer starts: saved first, then sent.
            if message["type"] == "http.response.start":
                self._save(m)
            await send(message)

        await m.app(scope, receive, send_after_saving)

    def _bases(self) -> str:
        return ", ".join(f"{m.name} {m.prefix or '/'}" for m in self.mounted.values())

    # --- the admin endpoint ------------------------------------------------------------------------

    async def _admin(self, scope: Scope, receive: Receive, send: Send, rest: str) -> None:
        method = str(scope["method"]).upper()
        parts = [p for p in rest.split("/") if p]
        if not parts:
            if method != "GET":
                await _not_allowed(send, "GET")
                return
            await _send_json(send, 200, {"mocks": [self._describe(m) for m in self.mounted.values()]})
            return
        m = self.mounted.get(parts[0])
        action = "/".join(parts[1:])
        if m is None or action not in ("state", "reset"):
            known = ", ".join(f"{ADMIN_PREFIX}/{n}/state" for n in self.mounted)
            await _send_json(send, 404, {"error": f"no admin endpoint {ADMIN_PREFIX}{rest}; try {known}"})
            return
        allowed = "GET, PUT" if action == "state" else "POST"
        if method not in allowed.split(", "):
            await _not_allowed(send, allowed)
            return
        try:
            if method == "GET":
                await _send_json(send, 200, m.app.state.behaviour.snapshot())
                return
            if method == "PUT":
                _restore(m, await _json_body(receive), "the request body")
            else:
                self.reset(m.name)
            self._save(m)
        except StateUnsupported as exc:
            await _send_json(send, 501, {"error": f"{m.name}: {exc}"})
            return
        except StateError as exc:
            await _send_json(send, 400, {"error": str(exc)})
            return
        await send({"type": "http.response.start", "status": 204, "headers": []})
        await send({"type": "http.response.body", "body": b""})

    def _describe(self, m: Mounted) -> dict[str, Any]:
        return {
            "name": m.name,
            "base_path": m.base_path or "/",
            "behaviour": getattr(m.app.state, "behaviour_source", type(m.app.state.behaviour).__name__),
            "state": f"{ADMIN_PREFIX}/{m.name}/state",
        }


def _restore(m: Mounted, data: Any, source: str) -> None:
    try:
        m.app.state.behaviour.restore(data)
    except StateError as exc:
        raise StateError(f"{m.name} ({source}): {exc}") from exc


async def _json_body(receive: Receive) -> Any:
    chunks: list[bytes] = []
    size, more = 0, True
    while more:
        message = await receive()
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > MAX_ADMIN_BODY_BYTES:
            raise StateError(f"the state is larger than {MAX_ADMIN_BODY_BYTES} bytes")
        chunks.append(chunk)
        more = message.get("more_body", False)
    try:
        return json.loads(b"".join(chunks) or b"null")
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise StateError(f"the request body is not JSON ({exc})") from exc


async def _not_allowed(send: Send, allowed: str) -> None:
    await _send_json(send, 405, {"error": f"use {allowed}"}, [(b"allow", allowed.encode())])


async def _send_json(
    send: Send, status: int, document: Any, headers: list[tuple[bytes, bytes]] | None = None
) -> None:
    body = json.dumps(document, ensure_ascii=False, default=str).encode()
    start_headers = [(b"content-type", b"application/json"), (b"content-length", b"%d" % len(body))]
    await send({"type": "http.response.start", "status": status, "headers": start_headers + (headers or [])})
    await send({"type": "http.response.body", "body": body})
