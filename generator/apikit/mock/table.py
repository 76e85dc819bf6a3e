"""Rows of one kind by id: the in-memory tables the mocks keep their accounts in, and what the
mocks that keep them share to show and load their state (:meth:`apikit.mock.Behaviour.snapshot`,
:meth:`apikit.mock.Behaviour.restore`): tables as lists of rows (password digests by user id are in
:mod:`apikit.mock.credentials`)."""

from __future__ import annotations

import copy
from collections.abc import Collection, Iterable, Mapping
from typing import Any

from apikit.mock.engine import ApiError, StateError

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

    def exported(self) -> list[Row]:
        """Copies of the rows in id order, each id first, for a snapshot (no later change of the table
        reaches them)."""
        return [{"id": row_id, **copy.deepcopy(row)} for row_id, row in sorted(self.rows.items())]


# --- state: what snapshot() gives and restore() takes -----------------------------------------------------


def common_keys(rows: Iterable[Mapping[str, Any]]) -> frozenset[str]:
    """The keys every one of ``rows`` has (none when there are no rows): the keys a mock's code may
    read from any row of a table without asking, so a loaded row must have them too."""
    key_sets = [frozenset(row) for row in rows]
    return frozenset.intersection(*key_sets) if key_sets else frozenset()


def state_sections(state: Any, known: Collection[str], where: str = "state") -> Mapping[str, Any]:
    """``state`` as a mapping whose keys are all among ``known`` (the names a snapshot uses)."""
    names = ", ".join(known)
    if not isinstance(state, Mapping):
        raise StateError(f"{where}: expected a mapping of collection name to a list of rows ({names})")
    for name in state:
        if name not in known:
            raise StateError(f"{where}: no collection {name!r} in this mock; its collections are: {names}")
    return state


def table_from_state(kind: str, rows: Any, where: str, required_keys: Collection[str] = ()) -> Table:
    """A new table of copies of ``rows`` (a snapshot's list), checked first: each row a mapping with
    a positive integer ``id`` of its own and every key of ``required_keys``. Its ids continue after
    the highest one given (an id deleted above it before the snapshot may be handed out again)."""
    if not isinstance(rows, list):
        raise StateError(f"{where}: expected a list of {kind} rows, got {type(rows).__name__}")
    seen: set[int] = set()
    for index, row in enumerate(rows):
        place = f"{where}[{index}]"
        row_id = _row_id(row, place)
        if row_id in seen:
            raise StateError(f"{place}[id]: a second {kind} with id {row_id}")
        seen.add(row_id)
        missing = next((key for key in sorted(required_keys) if key not in row), None)
        if missing is not None:
            raise StateError(f"{place}[{missing}]: missing; every {kind} row has it")
    return Table(kind, (copy.deepcopy(dict(row)) for row in rows))


def _row_id(row: Any, place: str) -> int:
    if not isinstance(row, Mapping):
        raise StateError(f"{place}: expected a row (a mapping), got {type(row).__name__}")
    if "id" not in row:
        raise StateError(f"{place}[id]: missing; every row has an integer id")
    row_id = row["id"]
    if not isinstance(row_id, int) or isinstance(row_id, bool) or row_id < 1:
        raise StateError(f"{place}[id]: expected a positive integer, got {row_id!r}")
    return row_id
