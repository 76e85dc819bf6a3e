"""One Worksection account: its records by collection, and their snapshot form.

Each family module (people, projects, tasks ...) declares its record classes with
:func:`collection`; the account keeps one table per collection, ``id -> record``. A snapshot is
``{collection: [record as plain data, ...]}`` in declaration order, each record under the names of
its fields' metadata (:mod:`apikit.mock.records`); loading one checks every value's type, every
reference between records and every id's uniqueness before anything is used.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from typing import Any, Protocol, TypeVar

from apikit.mock.engine import StateError
from apikit.mock.params import shown
from apikit.mock.records import Converter

Row = dict[str, Any]
T = TypeVar("T")


class Record(Protocol):
    @property
    def id(self) -> int: ...


R = TypeVar("R", bound=Record)

COLLECTIONS: dict[str, type[Any]] = {}
"""Record class by collection name, in the order snapshots list them (declaration order)."""
CONVERTER = Converter()
FIRST_IDS: dict[str, int] = {}
"""Where a collection's new ids start when it is empty (ids then go on from its largest)."""
KINDS: dict[str, str] = {}
"""Collection name by the kind of record it holds, as references name it (``refers_to("person")``)."""


def collection(name: str, kind: str, first_id: int = 1) -> Callable[[type[T]], type[T]]:
    """Class decorator: records of this dataclass (with an ``int`` field ``id``) form collection ``name``;
    fields of other records name one of them with ``refers_to(kind)``."""

    def register(cls: type[T]) -> type[T]:
        if name in COLLECTIONS and COLLECTIONS[name] is not cls:
            raise ValueError(f"collection {name!r} is declared twice")
        COLLECTIONS[name] = cls
        FIRST_IDS[name] = first_id
        KINDS[kind] = name
        return cls

    return register


class Account:
    """Every record of one account. Callers hold ``lock`` around every read or change."""

    def __init__(self) -> None:
        self.lock = threading.RLock()
        self.tables: dict[str, dict[int, Any]] = {name: {} for name in COLLECTIONS}
        self.last_admitted: float | None = None

    def table(self, name: str) -> dict[int, Any]:
        return self.tables[name]

    def records(self, name: str) -> list[Any]:
        """The collection's records in id order."""
        table = self.tables[name]
        return [table[key] for key in sorted(table)]

    def find(self, name: str, record_id: int | None) -> Any | None:
        return None if record_id is None else self.tables[name].get(record_id)

    def new_id(self, name: str) -> int:
        table = self.tables[name]
        return max(table) + 1 if table else FIRST_IDS[name]

    def add(self, name: str, record: R) -> R:
        table = self.tables[name]
        record_id = record.id
        if record_id in table:
            raise ValueError(f"{name}: id {record_id} is taken")
        table[record_id] = record
        return record

    # snapshots

    def snapshot(self) -> dict[str, list[Row]]:
        """Every collection as plain data, in id order (the rate limit's clock is not state)."""
        return {name: [CONVERTER.row_of(record) for record in self.records(name)] for name in COLLECTIONS}

    def load_snapshot(self, data: Any, where: str = "state") -> None:
        """Fill this new, empty account from ``data`` (what :meth:`snapshot` gives, or a seed file; a
        collection it leaves out is empty). Raises :class:`StateError` naming the place of the first
        problem: callers take the result only when this returns."""
        known = "collections: " + ", ".join(COLLECTIONS)
        if not isinstance(data, Mapping):
            raise StateError(f"{where}: expected a mapping of collection name to a list of records ({known})")
        unknown = [name for name in data if name not in COLLECTIONS]
        if unknown:
            raise StateError(f"{where}: no collection {shown(unknown[0])} in a Worksection account ({known})")
        loaded = {
            name: _records(data.get(name, []), cls, f"{where}.{name}") for name, cls in COLLECTIONS.items()
        }
        self.tables = {name: {record.id: record for record, _ in rows} for name, rows in loaded.items()}
        for rows in loaded.values():
            for record, place in rows:
                CONVERTER.check_references(record, place, self._is_known)

    def _is_known(self, record_id: int, kinds: tuple[str, ...]) -> bool:
        """Whether a record of one of the ``kinds`` has the id."""
        return any(record_id in self.tables.get(KINDS.get(kind, ""), {}) for kind in kinds)


def _records(rows: Any, cls: type[Any], where: str) -> list[tuple[Any, str]]:
    if not isinstance(rows, list):
        raise StateError(f"{where}: expected a list of records")
    records: list[tuple[Any, str]] = []
    places: dict[int, str] = {}
    for index, row in enumerate(rows):
        place = f"{where}[{index}]"
        record = CONVERTER.record_of(cls, row, place)
        if record.id in places:
            raise StateError(f"{place}[id]: {record.id} is already the id of {places[record.id]}")
        places[record.id] = place
        records.append((record, place))
    return records
