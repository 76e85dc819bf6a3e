"""A mock's state kept across restarts: ``apikit mock --state file.db``.

One SQLite file holds one snapshot per API (:meth:`apikit.mock.Behaviour.snapshot`, as JSON). The
host saves an API's snapshot after each request that changed it, before the answer leaves, so an
answered write is on disk: a crash (even ``kill -9``) loses nothing a client was told had happened.
SQLite's write-ahead log with ``synchronous=FULL`` makes each save atomic and durable, and its
lock keeps two saves (from two servers on one file) from mixing.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

SCHEMA = """
CREATE TABLE IF NOT EXISTS mock_state (
    api TEXT PRIMARY KEY,
    snapshot TEXT NOT NULL,
    saved_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
)
"""


class StateFileError(Exception):
    """The state file cannot be opened or read; the message names it and the fix."""


class StateFile:
    """The snapshots of a project's mocks in one SQLite file (created when missing)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            # Saves happen on the server's event loop thread; tests may open and read from another.
            self._db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=FULL")
            self._db.execute("PRAGMA busy_timeout=5000")
            self._db.execute(SCHEMA)
        except sqlite3.DatabaseError as exc:
            raise StateFileError(
                f"{path}: not a usable SQLite state file ({exc}); give a new path or remove the file"
            ) from exc
        self._saved: dict[str, str] = {}

    def load(self, api: str) -> Any | None:
        """The last saved snapshot of ``api``, or None if there is none."""
        row = self._db.execute("SELECT snapshot FROM mock_state WHERE api = ?", (api,)).fetchone()
        if row is None:
            return None
        self._saved[api] = row[0]
        try:
            return json.loads(row[0])
        except json.JSONDecodeError as exc:
            raise StateFileError(
                f"{self.path}: the saved state of {api} is not JSON ({exc}); remove the file to start afresh"
            ) from exc

    def save(self, api: str, snapshot: Any) -> bool:
        """Write ``snapshot`` as ``api``'s state if it differs from the last one saved; True if written."""
        text = json.dumps(snapshot, ensure_ascii=False, separators=(",", ":"), default=str)
        if self._saved.get(api) == text:
            return False
        with self._db:  # one transaction: the old snapshot or the new one, never half of either
            self._db.execute("BEGIN IMMEDIATE")
            self._db.execute(
                "INSERT INTO mock_state (api, snapshot) VALUES (?, ?) "
                "ON CONFLICT(api) DO UPDATE SET snapshot = excluded.snapshot, "
                "saved_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')",
                (api, text),
            )
        self._saved[api] = text
        return True

    def close(self) -> None:
        self._db.close()
