"""Projects: the top-level project calls and what hangs off a project (bookmarks, settings, contacts,
tasks, time, files, messages, invoices, quotes, expenses, shared notes)."""

from __future__ import annotations

from apikit.mock.proworkflow.crud import Kind
from apikit.mock.proworkflow.handlers import HandlerFunction

HANDLERS: dict[str, HandlerFunction] = {}
KINDS: list[Kind] = []
