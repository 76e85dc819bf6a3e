"""The spec-only mock: a stateful mock of any spec, with no code of its own API.

The spec's operations are read as actions on resources (:mod:`apikit.mock.resources`): what a create
adds, a list shows, a read finds, an update or replace changes and a delete removes, under the same
parent. Answers are shaped by the spec: an item as the operation's answer schema has it (inside an
envelope such as ``{"data": ...}`` when the answer wraps it), a list in its array with ``total``
and ``count`` filled, anything else from the spec's examples or, failing those, from its schemas
(:mod:`apikit.mock.synthesis`). Lists start with the items of their answer's example, and a read's
example item is there under the id its path parameter's example names.

Lists filter by any query parameter named like an item property, and page with the usual parameters
when the spec declares them (``limit``/``offset``, ``page`` with ``limit``/``per_page``/``pageSize``/
``page_size``/``size``).

Security is enforced as the spec declares it: a request that carries none of an operation's
security requirements with the mock's credential for it is refused with 401. The credentials are
those of a demo account, the same for every spec (:data:`DEMO_CREDENTIALS`: ``demo``/
``demo-password`` for HTTP Basic, ``demo-token`` for Bearer, OAuth 2 and OpenID Connect, ``demo-key``
for an API key), unless the spec's root ``x-apikit-mock: {credentials: {<scheme>: <value>}}`` or the
``credentials`` option names others.

The whole state can be shown and replaced (:meth:`SpecBehaviour.snapshot`,
:meth:`SpecBehaviour.restore`: items by collection name), which is what seed files, the admin
endpoint and ``--state`` use (:mod:`apikit.mock.host`).
"""

from __future__ import annotations

import base64
import binascii
import copy
import datetime
import functools
import itertools
import logging
import threading
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from starlette.responses import Response

from apikit.mock.engine import (
    ApiError,
    Behaviour,
    Call,
    CompactJSONResponse,
    Handler,
    RawRequest,
    Reply,
    StateError,
    documented_response,
    response_schema,
    validation_problem,
)
from apikit.mock.params import wire_name
from apikit.mock.resources import (
    EXTENSION,
    ID_NAMES,
    Resource,
    Role,
    infer_roles,
    list_items_schema,
    properties_of,
    success_status,
    unwrap_item,
)
from apikit.mock.synthesis import Synthesizer
from apikit.spec import Operation, iter_operations, resolve
from apikit.xmlcodec import SchemaChecker

logger = logging.getLogger("apikit.mock")
PAGE_SIZE_NAMES = ("limit", "per_page", "perPage", "pageSize", "page_size", "size")
TOTAL_NAMES = ("total", "totalCount", "total_count", "totalItems", "total_items", "totalResults")
COUNT_NAMES = ("count", "length")
MESSAGE_NAMES = ("message", "detail", "error", "title", "description", "msg")
STATUS_NAMES = ("code", "status", "statusCode", "status_code")
MERGE_PATCH = "application/merge-patch+json"
PARENTS_KEY = "$parents"
"""Where a nested collection's item carries its parent path values in a snapshot or seed file."""
MAX_ITEMS = 10_000
"""Items one collection may hold: a mock bounds what its clients can make it keep."""
DEMO_CREDENTIALS = {"basic": "demo:demo-password", "token": "demo-token", "apiKey": "demo-key"}
"""What the spec-only mock accepts, by kind of scheme (HTTP Basic as ``user:password``)."""
SUCCESS_ORDER: dict[str, tuple[int, ...]] = {"create": (201, 200, 202, 204), "delete": (204, 200, 202)}
"""The success statuses an action prefers, in order, where they differ from :func:`success_status`'s."""


@dataclass(frozen=True)
class Caller:
    """Who calls: the names of the security schemes the request satisfied (none for open calls)."""

    schemes: tuple[str, ...] = ()


_Requirement = tuple[Caller, tuple[Callable[[RawRequest], bool], ...]]
"""One security requirement: the caller who meets it, and a check per scheme it names."""


@dataclass
class _Item:
    key: str
    """The item's id as its path parameter carries it."""
    row: dict[str, Any]
    parents: tuple[str, ...]


@dataclass
class Collection:
    """The items of one resource, in creation order, each under its parent path values."""

    resource: Resource
    items: dict[str, _Item] = field(default_factory=dict)
    counter: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    def new_id(self, checker: SchemaChecker) -> Any:
        """The next id, of the type the resource's id schema has."""
        schema = self.resource.id_schema if isinstance(self.resource.id_schema, Mapping) else {}
        kind, fmt = schema.get("type"), schema.get("format")
        while True:
            number = next(self.counter)
            candidate: Any = number if kind in ("integer", "number") else str(number)
            if fmt == "uuid":
                candidate = str(uuid.UUID(int=number, version=4))
            if str(candidate) not in self.items and checker.fits(candidate, self.resource.id_schema):
                return candidate
            if number > 10_000_000:  # an id schema no counter fits: say so rather than loop forever
                raise ApiError(500, f"cannot make an id that fits the {self.resource.name} id schema")

    def under(self, parents: tuple[str, ...]) -> list[_Item]:
        if not self.resource.parent_parameters:
            return list(self.items.values())
        return [item for item in self.items.values() if item.parents == parents]


@dataclass(frozen=True, slots=True)
class _Answer:
    """How one operation answers success, read from the spec on its first call and kept: walking
    ``$ref``s and envelopes again on every call cost more than the rest of the call. (Read on the
    first call rather than at start-up, so a part of the spec that cannot be read fails only the calls
    that need it.)"""

    status: int
    schema: Any
    """The documented answer's schema; None when the answer has no body."""
    item_schema: Any
    """Item actions: the item's schema inside the answer. Lists: the schema of one listed item."""
    enveloped: bool
    """Item actions: the answer wraps the item (``{"data": {...}}``) rather than being it."""
    is_array: bool | None
    """Lists: the answer is the array itself (False: an object holding it; None: the answer's schema
    holds no list at all, which only a wrong ``x-apikit-mock`` declaration gives)."""
    example: Any
    """Static answers: the first example of the answer that fits its schema (None: none does)."""


@dataclass(frozen=True, slots=True)
class _ShownFields:
    """Which fields of a row an answer of one schema shows: not its write-only ones (at any depth),
    and only its declared ones when it allows no others. Worked out once per schema: a row is shown
    on every call."""

    hidden: frozenset[str]
    declared: frozenset[str] | None
    """None: fields the schema does not declare are shown too."""
    inner: Mapping[str, _ShownFields] = field(default_factory=dict)
    """How the fields holding objects (or lists of them) with write-only parts show those."""

    def of(self, row: Mapping[str, Any]) -> dict[str, Any]:
        if not self.hidden and self.declared is None and not self.inner:
            return dict(row)
        hidden, declared = self.hidden, self.declared
        shown = {k: v for k, v in row.items() if k not in hidden and (declared is None or k in declared)}
        for name, fields in self.inner.items():
            if name in shown:
                shown[name] = fields.within(shown[name])
        return shown

    def within(self, value: Any) -> Any:
        if isinstance(value, Mapping):
            return self.of(value)
        if isinstance(value, list):
            return [self.within(item) for item in value]
        return value


class SpecBehaviour(Behaviour[Caller]):
    """Every operation of ``spec`` served from the spec alone (see the module docstring)."""

    def __init__(
        self,
        spec: Mapping[str, Any],
        *,
        seed: bool = True,
        credentials: Mapping[str, str] | None = None,
        max_items: int = MAX_ITEMS,
    ) -> None:
        self.spec = spec
        self.max_items = max_items
        self.schemes: Mapping[str, Any] = {
            name: resolve(spec, scheme)
            for name, scheme in ((spec.get("components") or {}).get("securitySchemes") or {}).items()
        }
        declared = (spec.get(EXTENSION) or {}).get("credentials") or {}
        self.credentials = {
            name: str({**declared, **(credentials or {})}.get(name, _demo_credential(scheme)))
            for name, scheme in self.schemes.items()
        }
        self.checker = SchemaChecker(spec)
        self.synthesizer = Synthesizer(spec, self.checker)
        self.operations = [op for op in iter_operations(spec) if op.operation_id]
        self.roles = infer_roles(spec, self.operations)
        self.collections: dict[str, Collection] = {}
        self._lock = threading.RLock()
        self._templates: dict[tuple[int, str], Any] = {}
        self._shown_by: dict[int, tuple[Any, _ShownFields]] = {}
        self._media_types: dict[tuple[str, str, int], str | None] = {}
        self._security: dict[tuple[str, str], tuple[_Requirement, ...]] = {}
        self._answers: dict[str, _Answer] = {}
        self._answered_from_spec: set[str] = set()
        self._seed = seed
        self.reset()

    # --- state -----------------------------------------------------------------------------------------

    def reset(self) -> None:
        """Back to the start: every collection empty, then seeded from its list's example and from
        what its read's example shows."""
        with self._lock:
            self.collections = {
                role.resource.key: Collection(role.resource)
                for role in self.roles.values()
                if role.resource is not None
            }
            if not self._seed:
                return
            top_level = [
                (op, role)
                for op in self.operations
                if (role := self.roles[op.operation_id]).resource is not None
                and not role.resource.parent_parameters
            ]
            for op, role in top_level:
                if role.action == "list":
                    self._seed_from_example(op, _resource(role))
            for op, role in top_level:
                if role.action == "read":
                    self._seed_from_read_example(op, role)

    def _seed_from_read_example(self, op: Operation, role: Role) -> None:
        """The item a read's example shows (else one made from the schemas), under the id its path
        parameter's example names: so the spec's own example call (``GET /tasks/321654``) finds
        what the spec says it answers."""
        resource = _resource(role)
        key = _parameter_example(self.spec, op, role.id_parameter or "")
        collection = self.collections[resource.key]
        if key is None or str(key) in collection.items:
            return
        answer = self._answer(op, role)
        example = self._media_example(op, answer.status)
        item = (
            _take_item(self.spec, example, answer.schema, answer.item_schema) if answer.enveloped else example
        )
        if not isinstance(item, dict):  # no example of the whole answer: an item made from the schemas
            item = self._made_item(resource, {})
        row = {  # the example and the made item are copies already
            **item,
            **({resource.id_field: key} if resource.id_field in resource.fields else {}),
        }
        if self._fits_item(row, resource):
            collection.items[str(key)] = _Item(str(key), row, ())

    def _seed_from_example(self, op: Operation, resource: Resource) -> None:
        example = self._media_example(op, success_status(op))
        if example is None:
            return
        rows = example if isinstance(example, list) else _first_list(example)
        collection = self.collections[resource.key]
        for row in rows or ():
            if isinstance(row, dict) and self.checker.fits(row, resource.item_schema):
                key = row[resource.id_field] if resource.id_field in row else collection.new_id(self.checker)
                collection.items[str(key)] = _Item(str(key), copy.deepcopy(row), ())

    def snapshot(self) -> dict[str, list[dict[str, Any]]]:
        """Every collection's items by collection name, in creation order; an item of a nested
        collection carries its parent path values under ``$parents``."""
        with self._lock:
            return {
                name: [_exported(item, collection.resource) for item in collection.items.values()]
                for name, collection in self._named_collections().items()
            }

    def restore(self, state: Any, where: str = "state") -> None:
        """Replace every collection with the items of ``state`` (what :meth:`snapshot` gives, or a
        seed file); a collection ``state`` does not name starts empty. Each item must fit its
        collection's item schema; the first that does not raises :class:`StateError` and nothing
        changes."""
        with self._lock:
            names = self._named_collections()
            if not isinstance(state, Mapping):
                raise StateError(
                    f"{where}: expected a mapping of collection name to a list of items "
                    f"(collections: {', '.join(names) or 'none'})"
                )
            fresh = {key: Collection(collection.resource) for key, collection in self.collections.items()}
            for name, rows in state.items():
                if name not in names:
                    raise StateError(
                        f"{where}: no collection {name!r} in this spec; "
                        f"its collections are: {', '.join(names) or 'none'}"
                    )
                self._load_rows(fresh[names[name].resource.key], rows, f"{where}.{name}")
            self.collections = fresh

    def _load_rows(self, collection: Collection, rows: Any, where: str) -> None:
        resource = collection.resource
        if not isinstance(rows, list):
            raise StateError(f"{where}: expected a list of {resource.name} items")
        if len(rows) > self.max_items:
            raise StateError(f"{where}: {len(rows)} items; a collection holds at most {self.max_items}")
        for index, row in enumerate(rows):
            place = f"{where}[{index}]"
            if not isinstance(row, Mapping):
                raise StateError(f"{place}: expected an item (a mapping), got {type(row).__name__}")
            row = copy.deepcopy(dict(row))
            parents = _parent_values(resource, row.pop(PARENTS_KEY, {}), place)
            self._check_item(row, resource, place)
            if resource.id_field not in row:
                row[resource.id_field] = collection.new_id(self.checker)
            key = str(row[resource.id_field])
            if key in collection.items:
                raise StateError(f"{place}: a second {resource.name} with {resource.id_field} {key}")
            collection.items[key] = _Item(key, row, parents)
        numbers = [int(key) for key in collection.items if key.isdigit()]
        collection.counter = itertools.count(max(numbers, default=0) + 1)

    def _check_item(self, row: dict[str, Any], resource: Resource, place: str) -> None:
        if not resource.item_schema:
            return
        error = self.checker.validator(resource.item_schema).first_error(
            self._shown(row, resource.item_schema)
        )
        if error is not None:
            where = wire_name([place, *(str(part) for part in error.absolute_path)])
            raise StateError(f"{where}: {validation_problem(error, where)}")

    def _named_collections(self) -> dict[str, Collection]:
        """Collections by resource name, or by path shape (``/owners/{}/pets``) where two share one."""
        counts: dict[str, int] = {}
        for collection in self.collections.values():
            counts[collection.resource.name] = counts.get(collection.resource.name, 0) + 1
        return {
            (c.resource.name if counts[c.resource.name] == 1 else c.resource.key): c
            for c in self.collections.values()
        }

    # --- the Behaviour interface ---------------------------------------------------------------------

    def handlers(self) -> Mapping[str, Handler[Caller]]:
        return {op.operation_id: self._handler(op, self.roles[op.operation_id]) for op in self.operations}

    def authenticate(self, call: Call[None]) -> Caller:
        requirements = self._requirements(call.operation)
        if not requirements:
            return Caller()
        request = call.request
        for caller, checks in requirements:
            for carries in checks:
                if not carries(request):
                    break
            else:
                return caller
        wanted = " or ".join(" and ".join(c.schemes) for c, _ in requirements if c.schemes) or "credentials"
        raise ApiError(401, f"authentication required: send {wanted}")

    def _requirements(self, operation: Operation) -> tuple[_Requirement, ...]:
        """The operation's security requirements, each as the caller who meets it and a check per
        scheme it names (worked out once per operation: the callers are immutable, so every call
        that meets one gets the same)."""
        key = (operation.path, operation.method)
        found = self._security.get(key)
        if found is None:
            declared = operation.definition.get("security", self.spec.get("security")) or ()
            found = self._security[key] = tuple(
                (Caller(tuple(requirement)), tuple(self._check_of(name) for name in requirement))
                for requirement in declared
            )
        return found

    def _check_of(self, name: str) -> Callable[[RawRequest], bool]:
        """Whether a request presents this mock's credential for the scheme ``name``."""
        scheme = self.schemes.get(name)
        if scheme is None:
            return lambda _request: False
        if scheme.get("type") == "mutualTLS":
            return lambda _request: True  # decided by the TLS layer, which the mock server does not have
        return presents(scheme, self.credentials[name])

    def credential_hints(self) -> list[str]:
        """What to send, scheme by scheme (shown by ``apikit mock``; these are a mock's demo values)."""
        return [
            f"{name}: {_describe(scheme, self.credentials[name])}" for name, scheme in self.schemes.items()
        ]

    def error_body(self, error: ApiError, request: RawRequest, operation: Operation | None) -> Any:
        if operation is None:
            return {"message": error.message}
        schema = response_schema(self.spec, operation, error.status)
        if schema is None:
            documented = documented_response(self.spec, operation, error.status) is not None
            return None if documented else {"message": error.message}
        document = _fresh(self._template(schema, f"{operation.operation_id} {error.status}"))
        if isinstance(document, dict):
            filled = _with_message(document, error)
            if self.checker.fits(filled, schema):
                return filled
        return document

    def answer_instead(self, call: Call[Caller], mismatch: str) -> Reply | None:
        """The spec's example (or a made value) where an answer from the state broke the spec: the
        operation does something other than its path says. Said once per operation, with the fix."""
        operation = call.operation
        role = self.roles[operation.operation_id]
        if role.action == "static":
            return None  # the spec's own example or a made value broke it: a bug of the mock
        answer = self._answer(operation, role)
        reply = self._from_spec(operation, answer, self._media_example(operation, answer.status))
        if reply is None:
            return None
        if operation.operation_id not in self._answered_from_spec:
            self._answered_from_spec.add(operation.operation_id)
            logger.warning(
                "%s; so it answers from the spec, not from the mock's state. If it is not the %s of "
                "%s its path suggests, say what it does with x-apikit-mock "
                '(README, "Mocking your own API")',
                mismatch, role.action, _resource(role).name,
            )  # fmt: skip
        return reply

    def render(self, status: int, body: Any, request: RawRequest, operation: Operation | None) -> Response:
        if body is None:
            return Response(status_code=status)
        media = self._media_type_of(operation, status) if operation is not None else None
        if media is not None and "json" not in media:
            content = body if isinstance(body, bytes) else str(body).encode()
            return Response(content, status_code=status, media_type=media)
        response = CompactJSONResponse(body, status_code=status)
        if media is not None and media != "application/json":  # application/problem+json and the like
            response.raw_headers = [
                (b"content-length", b"%d" % len(response.body)),
                (b"content-type", media.encode()),
            ]
        return response

    # --- handlers ----------------------------------------------------------------------------------------

    def _handler(self, op: Operation, role: Role) -> Handler[Caller]:
        actions: dict[str, Callable[[Operation, Role, Call[Caller]], Reply | Response]] = {
            "list": self._list,
            "create": self._create,
            "read": self._read,
            "replace": self._replace,
            "update": self._update,
            "delete": self._delete,
            "static": self._static,
        }
        action = actions[role.action]

        def handle(call: Call[Caller]) -> Reply | Response:
            with self._lock:
                return action(op, role, call)

        return handle

    def _list(self, op: Operation, role: Role, call: Call[Caller]) -> Reply:
        resource = _resource(role)
        rows = [item.row for item in self._collection(role).under(_parents(resource, call))]
        filters = _filters(call.params, resource)
        if filters:
            rows = [row for row in rows if _matches(row, filters)]
        page = _paged(rows, call.params)
        answer = self._answer(op, role)
        if answer.is_array is None:
            raise ApiError(500, f"{op.operation_id} lists {resource.name} but its answer holds no list")
        shown = self._shown_fields(answer.item_schema)
        listed = [shown.of(row) for row in page]
        if answer.is_array:
            return Reply(listed, answer.status)
        document = _fresh(self._template(answer.schema, op.operation_id))
        where = _first_list_name(document)
        if where is not None:
            document[where] = listed
        _fill_counts(document, total=len(rows), count=len(page))
        return Reply(document, answer.status)

    def _create(self, op: Operation, role: Role, call: Call[Caller]) -> Reply | Response:
        resource = _resource(role)
        collection = self._collection(role)
        if len(collection.items) >= self.max_items:
            raise ApiError(507, f"the mock holds {self.max_items} {resource.name} already; delete some first")
        row = self._new_row(resource, call.body)
        key = collection.new_id(self.checker)
        if resource.id_field in resource.fields:
            row[resource.id_field] = key
        parents = _parents(resource, call)
        for name, value in zip(resource.parent_parameters, parents, strict=True):
            if name in resource.fields:
                row[name] = call.params.get(name, value)
        collection.items[str(key)] = _Item(str(key), row, parents)
        return self._item_answer(op, role, row)

    def _read(self, op: Operation, role: Role, call: Call[Caller]) -> Reply | Response:
        item = self._find(role, call)
        return self._item_answer(op, role, item.row)

    def _replace(self, op: Operation, role: Role, call: Call[Caller]) -> Reply | Response:
        resource = _resource(role)
        item = self._find(role, call)
        row = self._new_row(resource, call.body)
        for name in (resource.id_field, *resource.parent_parameters):
            if name in item.row:
                row[name] = item.row[name]
        item.row = row
        return self._item_answer(op, role, row)

    def _update(self, op: Operation, role: Role, call: Call[Caller]) -> Reply | Response:
        resource = _resource(role)
        item = self._find(role, call)
        changes = dict(self._fields_of(call.body, resource)) if isinstance(call.body, Mapping) else {}
        changes.pop(resource.id_field, None)  # an id is the item's name, not one of its fields to change
        row = item.row
        if call.request.media_type == MERGE_PATCH:  # null removes the field (RFC 7396)
            removed = [key for key, value in changes.items() if value is None and key in row]
            changes = {key: value for key, value in changes.items() if value is not None}
            row = {key: value for key, value in row.items() if key not in removed}
            if removed and resource.item_schema and not self._fits_item(row, resource):
                raise ApiError(400, f"{', '.join(removed)}: a {resource.name} item cannot be without it")
        item.row = self._merged(row, changes, resource)
        return self._item_answer(op, role, item.row)

    def _delete(self, op: Operation, role: Role, call: Call[Caller]) -> Reply | Response:
        item = self._find(role, call)
        del self._collection(role).items[item.key]
        return self._item_answer(op, role, item.row)

    def _static(self, op: Operation, role: Role, call: Call[Caller]) -> Reply | Response:
        answer = self._answer(op, role)
        reply = self._from_spec(op, answer, answer.example)
        return reply if reply is not None else Response(status_code=answer.status)

    def _from_spec(self, op: Operation, answer: _Answer, example: Any) -> Reply | None:
        """The success answer the spec gives: ``example``, else a value made from the answer's schema
        (None when the answer has no body)."""
        if example is not None:
            return Reply(_fresh(example), answer.status)
        if answer.schema is None:
            return None
        return Reply(_fresh(self._template(answer.schema, op.operation_id)), answer.status)

    # --- helpers -----------------------------------------------------------------------------------------

    def _collection(self, role: Role) -> Collection:
        return self.collections[_resource(role).key]

    def _find(self, role: Role, call: Call[Caller]) -> _Item:
        resource = _resource(role)
        wanted = str(
            call.params.get(role.id_parameter or "", call.request.path_params.get(role.id_parameter or ""))
        )
        item = self._collection(role).items.get(wanted)
        if item is None or item.parents != _parents(resource, call):
            raise ApiError(404, f"{resource.name} {wanted} not found")
        return item

    def _new_row(self, resource: Resource, body: Any) -> dict[str, Any]:
        """A whole item: what the body says over a plain item of the item schema (so that every field
        the API answers with is there, even those a create does not take)."""
        fields = self._fields_of(body, resource) if isinstance(body, Mapping) else {}
        row = self._made_item(resource, fields)
        return self._merged(row, fields, resource) if fields else row

    def _made_item(self, resource: Resource, fields: Mapping[str, Any]) -> dict[str, Any]:
        """A plain item of the item schema; where the schema offers several kinds (``anyOf``,
        ``oneOf``), of the kind that declares most of the request's fields."""
        schema = resource.item_schema
        if not schema:
            return {}
        node = resolve(self.spec, schema)
        kinds = list(node.get("anyOf") or node.get("oneOf") or ()) if isinstance(node, Mapping) else []
        kinds.sort(key=lambda kind: -len(fields.keys() & properties_of(self.spec, kind).keys()))
        for kind in (*kinds, schema):
            made = self._template(kind, resource.name)
            if isinstance(made, dict) and (kind is schema or self._fits_item(made, resource)):
                return {name: _fresh(value) for name, value in made.items()}
        return {}

    def _fields_of(self, body: Mapping[str, Any], resource: Resource) -> Mapping[str, Any]:
        """The item's fields in a request body: the body itself, or the one object it wraps them in
        (``{"data": {...}}``) when the item has no field of that name."""
        if len(body) == 1:
            ((name, inner),) = body.items()
            if isinstance(inner, Mapping) and name not in resource.fields:
                return inner
        return body

    def _merged(self, row: dict[str, Any], changes: Mapping[str, Any], resource: Resource) -> dict[str, Any]:
        """``row`` with the fields of a request body over it, as far as the item schema can hold them.

        A request may say a field in another form than the answer shows it: ``"parent": "42"`` where
        the item has ``"parent": {"id": "42", "name": ...}``. Such a value goes into the object's id
        field; a value the item cannot hold in any form is left out, the field keeping what it had,
        so that a request the spec allows is never answered with an item the spec does not."""
        merged = {**row, **_fresh(dict(changes))}
        if (
            not resource.item_schema
            or self._fits_item(merged, resource)
            or not self._fits_item(row, resource)
        ):
            return merged
        merged = dict(row)
        for key, value in changes.items():
            for form in (value, _as_reference(merged.get(key), value)):
                if form is not None and self._fits_item({**merged, key: form}, resource):
                    merged[key] = _fresh(form)
                    break
        return merged

    def _fits_item(self, row: dict[str, Any], resource: Resource) -> bool:
        return self.checker.fits(self._shown(row, resource.item_schema), resource.item_schema)

    def _item_answer(self, op: Operation, role: Role, row: dict[str, Any]) -> Reply | Response:
        answer = self._answer(op, role)
        if answer.schema is None:
            return Response(status_code=answer.status)
        if not answer.enveloped:
            return Reply(self._shown(row, answer.schema), answer.status)
        document = _fresh(self._template(answer.schema, op.operation_id))
        item = self._shown(row, answer.item_schema)
        _put_item(self.spec, document, answer.schema, answer.item_schema, item)
        return Reply(document, answer.status)

    def _media_type_of(self, operation: Operation, status: int) -> str | None:
        """The media type the operation documents for ``status``, looked up once per status."""
        key = (operation.path, operation.method, status)
        if key not in self._media_types:
            self._media_types[key] = _media_type_of(self.spec, operation, status)
        return self._media_types[key]

    def _answer(self, op: Operation, role: Role) -> _Answer:
        answer = self._answers.get(op.operation_id)
        if answer is None:
            answer = self._answers[op.operation_id] = self._answer_of(op, role)
        return answer

    def _answer_of(self, op: Operation, role: Role) -> _Answer:
        preferred = SUCCESS_ORDER.get(role.action)
        status = success_status(op, preferred) if preferred else success_status(op)
        schema = response_schema(self.spec, op, status)
        item_schema: Any = None
        enveloped, is_array, example = False, None, None
        if role.action == "list":
            item_schema = list_items_schema(self.spec, schema)
            node = resolve(self.spec, schema)
            if isinstance(node, Mapping):
                is_array = node.get("type") == "array" or "items" in node
        elif role.action == "static":
            example = self._media_example(op, status)
        elif schema is not None:
            item_schema = unwrap_item(self.spec, schema, _resource(role).id_field)
            enveloped = not (item_schema is schema or not item_schema)
        return _Answer(status, schema, item_schema, enveloped, is_array, example)

    def _shown(self, row: dict[str, Any], schema: Any) -> dict[str, Any]:
        """The row as ``schema`` answers it: no write-only field, and no undeclared one where the
        schema allows none."""
        return self._shown_fields(schema).of(row)

    def _shown_fields(self, schema: Any) -> _ShownFields:
        # Keyed by identity, the schema kept in the entry so that its id cannot be reused meanwhile.
        entry = self._shown_by.get(id(schema))
        if entry is None or entry[0] is not schema:
            entry = self._shown_by[id(schema)] = (schema, _shown_fields(self.spec, schema, self._shown_by))
        return entry[1]

    def _template(self, schema: Any, where: str) -> Any:
        """One made value per schema, made once (the answer's parts other than the items)."""
        key = (id(schema), where)
        if key not in self._templates:
            self._templates[key] = self.synthesizer.value(schema, where)
        return self._templates[key]

    def _media_example(self, op: Operation, status: int) -> Any:
        """The first example of the operation's answer for ``status`` that fits its schema."""
        responses = op.definition.get("responses") or {}
        response = resolve(self.spec, responses.get(str(status)) or {})
        for media in (response.get("content") or {}).values():
            schema = media.get("schema", {})
            candidates = [media["example"]] if "example" in media else []
            candidates += [resolve(self.spec, e).get("value") for e in (media.get("examples") or {}).values()]
            for candidate in candidates:
                if candidate is not None and self.checker.fits(candidate, schema):
                    return copy.deepcopy(candidate)
        return None


# --- module helpers ----------------------------------------------------------------------------------------


def _shown_fields(
    spec: Mapping[str, Any], schema: Any, known: dict[int, tuple[Any, _ShownFields]]
) -> _ShownFields:
    """``known``: what was worked out for other schemas, by the identity of their node (kept in the
    entry, so that its id is not reused meanwhile); a schema met again inside itself shows its inner
    objects whole there."""
    node = resolve(spec, schema)
    entry = known.get(id(node))
    if entry is not None and entry[0] is node:
        return entry[1]
    properties = properties_of(spec, schema)
    closed = isinstance(node, Mapping) and node.get("additionalProperties") is False
    hidden = frozenset(name for name, prop in properties.items() if _is_write_only(resolve(spec, prop)))
    declared = frozenset(properties) if closed else None
    known[id(node)] = (node, _ShownFields(hidden, declared))
    inner: dict[str, _ShownFields] = {}
    for name, prop in properties.items():
        fields = _shown_fields(spec, _object_within(spec, prop), known)
        if fields.hidden or fields.inner:
            inner[name] = fields
    shown = _ShownFields(hidden, declared, inner)
    known[id(node)] = (node, shown)
    return shown


def _object_within(spec: Mapping[str, Any], schema: Any) -> Any:
    """The schema of the objects a property holds: its own, or its list's items'."""
    node = resolve(spec, schema)
    if isinstance(node, Mapping) and "items" in node:
        return node["items"]
    return schema


def _is_write_only(prop: Any) -> bool:
    return isinstance(prop, Mapping) and bool(prop.get("writeOnly"))


_IMMUTABLE = frozenset({str, int, float, bool, type(None), datetime.date, datetime.datetime, datetime.time})


def _as_reference(current: Any, value: Any) -> dict[str, Any] | None:
    """An id given where the item holds an object (``"parent": "42"`` for ``{"id": ..., "name": ...}``):
    that object with its id field set to the id. None when ``value`` is not an id or ``current`` has
    no id field."""
    if not isinstance(current, Mapping) or not isinstance(value, (str, int)) or isinstance(value, bool):
        return None
    named = [name for name in ID_NAMES if name in current]  # its own id before one it refers to
    named += [name for name in current if name.endswith(("_id", "Id"))]
    return {**current, named[0]: value} if named else None


def _fresh(value: Any) -> Any:
    """A copy of JSON-like data whose dicts and lists are new, so the copy can be changed without
    changing ``value``: what ``copy.deepcopy`` gives such data, at a fraction of its cost (no memo,
    no lookup of how to copy each type). Anything else is left to ``copy.deepcopy``."""
    kind = type(value)
    if kind is dict:
        return {key: _fresh(item) for key, item in value.items()}
    if kind is list:
        return [_fresh(item) for item in value]
    return value if kind in _IMMUTABLE else copy.deepcopy(value)


def _exported(item: _Item, resource: Resource) -> dict[str, Any]:
    row = copy.deepcopy(item.row)
    if resource.parent_parameters:
        row[PARENTS_KEY] = dict(zip(resource.parent_parameters, item.parents, strict=True))
    return row


def _parent_values(resource: Resource, given: Any, place: str) -> tuple[str, ...]:
    """An item's parent path values, from its ``$parents`` (every parent parameter, as text)."""
    if not resource.parent_parameters:
        if given:
            raise StateError(f"{place}.{PARENTS_KEY}: {resource.name} items have no parent")
        return ()
    wanted = ", ".join(resource.parent_parameters)
    if not isinstance(given, Mapping) or set(given) != set(resource.parent_parameters):
        raise StateError(f"{place}.{PARENTS_KEY}: give the item's parent as {{{wanted}}}")
    return tuple(str(given[name]) for name in resource.parent_parameters)


def _resource(role: Role) -> Resource:
    assert role.resource is not None, "only static operations have no resource"
    return role.resource


def _parents(resource: Resource, call: Call[Any]) -> tuple[str, ...]:
    if not resource.parent_parameters:
        return ()  # a top-level collection, the common case: no generator to run
    return tuple(str(call.request.path_params.get(name, "")) for name in resource.parent_parameters)


def _filters(params: Mapping[str, Any], resource: Resource) -> list[tuple[str, str]]:
    """The (name, text) pairs a listed row must match where it has the field: the query's plain
    values other than the parent and paging ones. Worked out once per call, not once per row."""
    return [
        (name, str(wanted))
        for name, wanted in params.items()
        if name not in resource.parent_parameters
        and name not in PAGE_SIZE_NAMES
        and name not in ("page", "offset")
        and not isinstance(wanted, (dict, list))
    ]


def _matches(row: Mapping[str, Any], filters: list[tuple[str, str]]) -> bool:
    return all(name not in row or str(row[name]) == text for name, text in filters)


def _paged(rows: list[dict[str, Any]], params: Mapping[str, Any]) -> list[dict[str, Any]]:
    size = _page_size(params)
    offset, page = params.get("offset"), params.get("page")
    start = offset if isinstance(offset, int) else 0
    if isinstance(page, int) and size is not None:
        start = (page - 1) * size  # pages count from 1
    start = max(start, 0)
    return rows[start:] if size is None else rows[start : start + max(size, 0)]


def _page_size(params: Mapping[str, Any]) -> int | None:
    """The first page size the call gives, under any of the usual names."""
    for name in PAGE_SIZE_NAMES:
        size = params.get(name)
        if isinstance(size, int):
            return size
    return None


def _fill_counts(document: dict[str, Any], *, total: int, count: int) -> None:
    for name in TOTAL_NAMES:
        if isinstance(document.get(name), int) and not isinstance(document.get(name), bool):
            document[name] = total
    for name in COUNT_NAMES:
        if isinstance(document.get(name), int) and not isinstance(document.get(name), bool):
            document[name] = count


def _first_list(document: Any) -> list[Any] | None:
    name = _first_list_name(document)
    return document[name] if name is not None else None


def _first_list_name(document: Any) -> str | None:
    if isinstance(document, dict):
        return next((key for key, value in document.items() if isinstance(value, list)), None)
    return None


def _put_item(spec: Mapping[str, Any], document: Any, schema: Any, item_schema: Any, item: Any) -> None:
    """Place ``item`` where ``schema`` (an envelope) keeps the item whose schema is ``item_schema``."""
    node = resolve(spec, schema)
    for name, prop in (node.get("properties") or {}).items():
        if prop is item_schema or resolve(spec, prop) is resolve(spec, item_schema):
            document[name] = item
            return
        if isinstance(document.get(name), dict):
            _put_item(spec, document[name], prop, item_schema, item)


def _take_item(spec: Mapping[str, Any], document: Any, schema: Any, item_schema: Any) -> Any:
    """The item inside ``document`` where ``schema`` (an envelope) keeps it; None if it is not there."""
    node = resolve(spec, schema)
    if not isinstance(document, Mapping) or not isinstance(node, Mapping):
        return None
    for name, prop in (node.get("properties") or {}).items():
        if prop is item_schema or resolve(spec, prop) is resolve(spec, item_schema):
            return document.get(name)
        found = _take_item(spec, document.get(name), prop, item_schema)
        if found is not None:
            return found
    return None


def _parameter_example(spec: Mapping[str, Any], op: Operation, name: str) -> Any:
    """The example the spec gives for the path parameter ``name`` (None if it gives none)."""
    parameter = resolve(spec, op.parameter(name, "path") or {})
    schema = resolve(spec, parameter.get("schema") or {})
    for holder in (parameter, schema):
        if holder.get("example") is not None:
            return holder["example"]
        if holder.get("examples") and isinstance(holder["examples"], list):
            return holder["examples"][0]
    named = [resolve(spec, e).get("value") for e in (parameter.get("examples") or {}).values()]
    return next((value for value in named if value is not None), None)


def _with_message(document: dict[str, Any], error: ApiError) -> dict[str, Any]:
    """The error document with the mock's message and status in it: in its own fields, or else in
    the first entry of its list of errors (``{"errors": [{"message": ...}]}``)."""
    fields = _message_fields(document, error)
    if fields:
        return {**document, **fields}
    for name, value in document.items():
        if isinstance(value, list) and value and isinstance(value[0], dict):
            first = _message_fields(value[0], error)
            if first:
                return {**document, name: [{**value[0], **first}]}
    return document


def _message_fields(document: Mapping[str, Any], error: ApiError) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    message = next((name for name in MESSAGE_NAMES if isinstance(document.get(name), str)), None)
    if message is not None:
        fields[message] = error.message
    status = next((name for name in STATUS_NAMES if isinstance(document.get(name), int)), None)
    if status is not None:
        fields[status] = error.status
    return fields


def _media_type_of(spec: Mapping[str, Any], operation: Operation, status: int) -> str | None:
    """The media type the operation documents for ``status`` (its first one), if any."""
    response = documented_response(spec, operation, status)
    return None if response is None else next(iter(response.get("content") or {}), None)


def presents(scheme: Mapping[str, Any], expected: str) -> Callable[[RawRequest], bool]:
    """Whether a request presents ``expected`` for ``scheme`` (HTTP Basic as ``user:password``):
    the place to look is worked out once, since every call of an operation looks in the same one."""
    kind = scheme.get("type")
    if kind == "apiKey":
        name, place = str(scheme.get("name", "")), scheme.get("in")
        if place == "header":
            header = name.lower()
            return lambda request: request.headers.get(header) == expected
        if place == "query":
            return lambda request: request.query.get(name) == expected
        return lambda request: request.cookies.get(name) == expected
    if kind not in ("http", "oauth2", "openIdConnect"):
        return lambda _request: False
    word = str(scheme.get("scheme", "")).lower() if kind == "http" else "bearer"
    return lambda request: _authorization(request.headers.get("authorization", ""), word) == expected


@functools.lru_cache(maxsize=64)
def _authorization(header: str, expected: str) -> str | None:
    """The credential an ``Authorization`` header carries with the scheme word ``expected``
    (lowercase), HTTP Basic as ``user:password``. Remembered for the few headers a mock's clients
    send: each client sends the same one on every call, so there is no need to decode it every time."""
    word, _, credential = header.partition(" ")
    if word.lower() != expected:
        return None
    return _basic_pair(credential.strip()) if expected == "basic" else credential.strip()


def _basic_pair(credential: str) -> str | None:
    try:
        return base64.b64decode(credential, validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return None


def _demo_credential(scheme: Mapping[str, Any]) -> str:
    if scheme.get("type") == "apiKey":
        return DEMO_CREDENTIALS["apiKey"]
    if scheme.get("type") == "http" and str(scheme.get("scheme", "")).lower() == "basic":
        return DEMO_CREDENTIALS["basic"]
    return DEMO_CREDENTIALS["token"]


def _describe(scheme: Mapping[str, Any], credential: str) -> str:
    kind = scheme.get("type")
    if kind == "apiKey":
        return f"API key {credential} in the {scheme.get('in')} {scheme.get('name')!r}"
    if kind == "http" and str(scheme.get("scheme", "")).lower() == "basic":
        user, _, password = credential.partition(":")
        return f"HTTP Basic, user {user}, password {password}"
    word = str(scheme.get("scheme", "Bearer")).capitalize() if kind == "http" else "Bearer"
    return f"Authorization: {word} {credential}"


def create_behaviour(spec: Mapping[str, Any], **options: Any) -> SpecBehaviour:
    """The spec-only behaviour (``seed=False`` starts every collection empty)."""
    return SpecBehaviour(spec, **options)
