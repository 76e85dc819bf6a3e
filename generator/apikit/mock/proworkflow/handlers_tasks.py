"""Tasks: the top-level task calls, task actions (complete, reactivate, dates, timers), task contacts and
what hangs off a task."""

from __future__ import annotations

from apikit.mock.proworkflow.crud import Kind
from apikit.mock.proworkflow.handlers import HandlerFunction

HANDLERS: dict[str, HandlerFunction] = {}
KINDS: list[Kind] = []
