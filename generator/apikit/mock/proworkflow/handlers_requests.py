"""Project requests (read, edit, approve into a project, decline), shared notes and the workload."""

from __future__ import annotations

from apikit.mock.proworkflow.crud import Kind
from apikit.mock.proworkflow.handlers import HandlerFunction

HANDLERS: dict[str, HandlerFunction] = {}
KINDS: list[Kind] = []
