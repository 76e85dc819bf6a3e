"""Time records: tracked time, running timers and their stop."""

from __future__ import annotations

from apikit.mock.proworkflow.crud import Kind
from apikit.mock.proworkflow.handlers import HandlerFunction

HANDLERS: dict[str, HandlerFunction] = {}
KINDS: list[Kind] = []
