"""Rows of one kind by id: the in-memory tables the mocks keep their accounts in."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from apikit.mock.engine import ApiError

Row = dict[str, Any]


class Table:
    """Rows of one kind by id; ids grow and are never reused, even after a row is deleted.

    ``rows`` is kept in id order (seed rows are sorted, and a new row always has the highest id),
    so listing a table is a copy, not a sort."""

    def __init__(self, kind: str, rows: Iterable[Row] = ()) -> None:
        self.kind = kind
        self.rows: dict[int, Row] = {row["id"]: row for row in sorted(rows, key=lambda row: int(row["id"]))}
        self._last_id = max(self.rows, default=0)

    def insert(self, row: Row) -> Row:
        self._last_id += 1
        row["id"] = self._last_id
        self.rows[self._last_id] = row
        return row

    def get(self, row_id: int) -> Row:
        """The row, or ApiError 404 naming the kind and id."""
        row = self.rows.get(row_id)
        if row is None:
            raise ApiError(404, f"{self.kind} {row_id} not found")
        return row

    def find(self, row_id: int | None) -> Row | None:
        return None if row_id is None else self.rows.get(row_id)

    def delete(self, row_id: int) -> Row:
        row = self.get(row_id)
        del self.rows[row_id]
        return row

    def all(self) -> list[Row]:
        return list(self.rows.values())

    def where(self, **conditions: Any) -> list[Row]:
        return [row for row in self.all() if all(row.get(k) == v for k, v in conditions.items())]
