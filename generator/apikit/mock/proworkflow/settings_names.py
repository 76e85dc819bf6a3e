"""Names of the account settings: required, trimmed, and unique within their kind (case-insensitive).

Categories, tags, teams, groups, templates and the like are named rows; every settings family
declares their writes with :func:`unique_name_writes` and shows them with :func:`named_record`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any, NamedTuple

from apikit.mock.engine import ApiError, Call
from apikit.mock.proworkflow.crud import Build, Change, id_and_name
from apikit.mock.proworkflow.handlers import Api, Caller
from apikit.mock.proworkflow.store import Store
from apikit.mock.table import Row, Table


def setting_name(body: Mapping[str, Any]) -> str:
    """The body's ``name``, trimmed; an empty one is refused."""
    name = str(body["name"]).strip()
    if not name:
        raise ApiError(400, "'name' cannot be empty")
    return name


def require_unique_name(rows: Iterable[Row], name: str, what: str, except_id: int | None = None) -> None:
    for row in rows:
        if row["id"] != except_id and row["name"].casefold() == name.casefold():
            raise ApiError(400, f"A {what} named '{name}' already exists")


class NamedWrites(NamedTuple):
    """A create's and a rename's changes, for a setting that is a name unique in its table."""

    build: Build
    change: Change


def unique_name_writes(table: Callable[[Store], Table], what: str) -> NamedWrites:
    def build(api: Api, call: Call[Caller], body: Mapping[str, Any], row: Row) -> Row:
        name = setting_name(body)
        require_unique_name(table(api.store).all(), name, what)
        return {**row, "name": name}

    def rename(api: Api, call: Call[Caller], current: Row, body: Mapping[str, Any]) -> Row:
        name = setting_name(body)
        require_unique_name(table(api.store).all(), name, what, except_id=current["id"])
        return {"name": name}

    return NamedWrites(build, rename)


def named_record(api: Api, call: Call[Caller], row: Row) -> Row:
    return id_and_name(row)
