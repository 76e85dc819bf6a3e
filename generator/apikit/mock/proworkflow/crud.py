"""Ordinary CRUD of the ProWorkflow mock, routed from the spec.

Which operation lists, reads, creates, updates or deletes which collection is not written here: it
is read from the spec by :func:`apikit.mock.resources.infer_roles` (paths and methods, or
``x-apikit-mock`` where they do not say enough), exactly as the spec-only mock reads it. A family
declares only what a spec cannot say, as a :class:`Kind`: the table its rows live in, its envelope
keys, how a row is shown and to whom, how a body becomes a row, and what a delete takes with it.
Operations a family serves with its own code (an action such as ``PUT /tasks/{id}/complete``, or
a call that does not behave like ordinary CRUD) are left to that code.

The vendor's conventions hold for every kind: lists go through :mod:`.query` (filters, ``fields``,
sorting, paging from the operation's parameters), single items are ``{<singular>: {...}, count: 1,
status}``, writes ``{message: "<Label> Added|Updated|Deleted", status, details: [...]}`` (201 on
create), and an item the caller may not see answers 404 like a missing one. ``PUT`` is a partial
update, as the vendor's is.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from apikit.mock.engine import ApiError, Call, Reply
from apikit.mock.proworkflow.handlers import Api, Caller, HandlerFunction, created, one_or_many, written
from apikit.mock.proworkflow.store import Store
from apikit.mock.resources import Role, infer_roles
from apikit.mock.table import Row, Table
from apikit.spec import iter_operations

Show = Callable[[Api, Call[Caller], Row], Row]
Visible = Callable[[Api, Caller, Row], bool]
Build = Callable[[Api, Call[Caller], Mapping[str, Any], Row], Row]
Change = Callable[[Api, Call[Caller], Row, Mapping[str, Any]], Row]
Guard = Callable[[Api, Call[Caller]], None]
Remove = Callable[[Api, Call[Caller], Row], None]
Settle = Callable[[Api, Call[Caller], list[Row]], None]
Expand = Callable[[Api, Call[Caller], Mapping[str, Any]], list[Mapping[str, Any]]]


WRITE_SETTINGS = {"post": "add", "delete": "delete"}
"""The app permission setting a write needs, by method (``edit`` for any other)."""


def staff_only(api: Api, call: Call[Caller]) -> None:
    api.require_staff(call)


def anyone(api: Api, call: Call[Caller]) -> None:
    """No guard: the kind's own rules (who may add a file where, who may change a message) decide."""


def app_permission(permission_id: int) -> Guard:
    """Staff holding the app permission's setting for the write: add to create, delete to delete,
    edit otherwise (the "Contacts" permission for companies and contacts)."""

    def may_write(api: Api, call: Call[Caller]) -> None:
        setting = WRITE_SETTINGS.get(call.operation.method, "edit")
        api.require_staff_permission(call, permission_id, setting)

    return may_write


def id_only(row: Row) -> Row:
    return {"id": row["id"]}


def id_and_name(row: Row) -> Row:
    return {"id": row["id"], "name": row["name"]}


def id_and_title(row: Row) -> Row:
    return {"id": row["id"], "title": row["title"]}


@dataclass(frozen=True)
class Parent:
    """A path parameter that names the item a nested collection hangs off."""

    key: str
    """The row key that holds the parent's id."""
    find: Callable[[Api, Call[Caller], int], Row]
    """The parent row, or an :class:`ApiError` (404) when the caller may not see it."""


@dataclass(frozen=True)
class Kind:
    """What the spec cannot say about one collection of the account."""

    resource: str
    """The collection's name in the spec's paths (``bookmarks`` for ``/projects/{id}/bookmarks``)."""
    label: str
    """The item in the vendor's messages: ``Bookmark`` -> "Bookmark Added", "Bookmark 3 not found"."""
    singular: str
    plural: str
    table: Callable[[Store], Table]
    show: Show
    visible: Visible = lambda api, caller, row: caller.is_staff
    parents: Mapping[str, Parent] = field(default_factory=dict)
    build: Build | None = None
    """The stored row for one create body (the parent's key already set in the row passed in)."""
    change: Change | None = None
    """The changes an update body makes to a row (validated; applied by the caller)."""
    may_write: Guard = staff_only
    may_read: Guard | None = None
    """What a list or read needs beyond ``visible`` (the account settings answer 403 to non-staff rather
    than hide their rows)."""
    detail: Callable[[Row], Row] = id_only
    show_one: Show | None = None
    """How a read shows its item when it shows more than a list does (a file's content on request)."""
    on_delete: Remove | None = None
    """What a delete refuses or takes with it (the vendor's cascades), run before the row goes."""
    batch: bool = False
    """Whether a create body may be a JSON array of items."""
    expand: Expand | None = None
    """The item bodies one create body stands for when it adds several items at once (a task template
    applied adds one task per template task), run before ``build``."""
    settle: Settle | None = None
    """What a create's rows need from each other (the items of one batch must agree, or take positions
    one after another), run on all of them after ``build`` and before any is stored."""
    added: str = ""
    """The create message when it is not "<label> Added" (the vendor writes "Project/s Added")."""


def crud_handlers(
    spec: Mapping[str, Any], kinds: Sequence[Kind], served: Collection[str]
) -> dict[str, HandlerFunction]:
    """A handler for each operation the spec shows acting on one of ``kinds``, except those in
    ``served`` (operationIds a family handles with its own code)."""
    operations = list(iter_operations(spec))
    roles = infer_roles(spec, operations)
    by_resource = {kind.resource: kind for kind in kinds}
    table: dict[str, HandlerFunction] = {}
    for op in operations:
        role = roles[op.operation_id]
        if op.operation_id in served or role.resource is None:
            continue
        kind = by_resource.get(role.resource.name)
        if kind is not None:
            table[op.operation_id] = _handler(kind, role, op.operation_id)
    return table


def create_handler(kind: Kind) -> HandlerFunction:
    """The top-level create of ``kind`` (``POST /messages``), for a nested create that checks what its
    path names, completes the body from it and calls this."""
    return _create(Scope(kind, (), None))


def _handler(kind: Kind, role: Role, operation_id: str) -> HandlerFunction:
    assert role.resource is not None
    parents = role.resource.parent_parameters
    unknown = [name for name in parents if name not in kind.parents]
    if unknown:
        raise ValueError(f"{operation_id}: kind {kind.resource!r} does not say what {unknown} names")
    scope = Scope(kind, parents, role.id_parameter)
    make = {
        "list": _list,
        "read": _read,
        "create": _create,
        "replace": _update,
        "update": _update,
        "delete": _delete,
    }[role.action]
    return make(scope)


@dataclass(frozen=True)
class Scope:
    """One operation's view of a kind: the parents its path names and its id parameter."""

    kind: Kind
    parent_parameters: tuple[str, ...]
    id_parameter: str | None

    def parent_keys(self, api: Api, call: Call[Caller]) -> Row:
        """The row keys the path's parents fix, each parent checked to exist and be visible."""
        keys: Row = {}
        for name in self.parent_parameters:
            parent = self.kind.parents[name]
            keys[parent.key] = parent.find(api, call, call.params[name])["id"]
        return keys

    def rows(self, api: Api, call: Call[Caller]) -> list[Row]:
        keys = self.parent_keys(api, call)
        caller = call.principal
        return [
            row
            for row in self.kind.table(api.store).all()
            if all(row.get(key) == value for key, value in keys.items())
            and self.kind.visible(api, caller, row)
        ]

    def item(self, api: Api, call: Call[Caller]) -> Row:
        assert self.id_parameter is not None
        keys = self.parent_keys(api, call)
        row_id = call.params[self.id_parameter]
        row = self.kind.table(api.store).find(row_id)
        if (
            row is None
            or any(row.get(key) != value for key, value in keys.items())
            or not self.kind.visible(api, call.principal, row)
        ):
            raise ApiError(404, f"{self.kind.label} {row_id} not found")
        return row


def _list(scope: Scope) -> HandlerFunction:
    def list_items(api: Api, call: Call[Caller]) -> Reply:
        kind = scope.kind
        if kind.may_read is not None:
            kind.may_read(api, call)
        records = [kind.show(api, call, row) for row in scope.rows(api, call)]
        return api.list_reply(call, kind.plural, records)

    return list_items


def _read(scope: Scope) -> HandlerFunction:
    def read_item(api: Api, call: Call[Caller]) -> Reply:
        kind = scope.kind
        if kind.may_read is not None:
            kind.may_read(api, call)
        show = kind.show_one or kind.show
        return api.item_reply(kind.singular, show(api, call, scope.item(api, call)))

    return read_item


def _create(scope: Scope) -> HandlerFunction:
    kind = scope.kind
    if kind.build is None:
        raise ValueError(f"kind {kind.resource!r} has a create operation but no build")
    build = kind.build

    def create_items(api: Api, call: Call[Caller]) -> Reply:
        kind.may_write(api, call)
        keys = scope.parent_keys(api, call)
        bodies, _ = one_or_many(call.body) if kind.batch else ([call.body or {}], False)
        if kind.expand is not None:
            bodies = [item for body in bodies for item in kind.expand(api, call, body)]
        # Every item is checked before any is stored: a batch is added whole or not at all.
        rows = [build(api, call, body, dict(keys)) for body in bodies]
        if kind.settle is not None:
            kind.settle(api, call, rows)
        stored = [api.store.insert(kind.table(api.store), row) for row in rows]
        return created(kind.added or f"{kind.label} Added", [kind.detail(row) for row in stored])

    return create_items


def _update(scope: Scope) -> HandlerFunction:
    kind = scope.kind
    if kind.change is None:
        raise ValueError(f"kind {kind.resource!r} has an update operation but no change")
    change = kind.change

    def update_item(api: Api, call: Call[Caller]) -> Reply:
        kind.may_write(api, call)
        row = scope.item(api, call)
        row.update(change(api, call, row, call.body or {}))
        api.store.touch(row)
        return written(f"{kind.label} Updated", [kind.detail(row)])

    return update_item


def _delete(scope: Scope) -> HandlerFunction:
    kind = scope.kind

    def delete_item(api: Api, call: Call[Caller]) -> Reply:
        kind.may_write(api, call)
        row = scope.item(api, call)
        if kind.on_delete is not None:
            kind.on_delete(api, call, row)
        kind.table(api.store).delete(row["id"])
        return written(f"{kind.label} Deleted", [kind.detail(row)])

    return delete_item
