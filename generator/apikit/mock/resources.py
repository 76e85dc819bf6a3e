"""What a spec's operations do to its resources, read from the spec alone.

A spec-only mock needs to know that ``POST /pets`` adds to the collection that ``GET /pets`` lists
and ``GET /pets/{petId}`` reads one item of. The rules, for an operation's wire path:

- ``.../<name>`` is a collection: GET lists it (when its answer holds an array), POST creates in it;
- ``.../<name>/{param}`` is one item of that collection: GET reads, PUT replaces, PATCH updates,
  DELETE deletes it; ``param`` carries the item's id;
- path parameters before the collection (``/owners/{ownerId}/pets``) name its parent: items created
  there belong to that parent, and only its items are listed or found there;
- anything else (``GET /stats`` answering no array, a POST on an item) answers from the spec's
  examples without touching the state.

So ``POST /pets/{id}/adopt`` creates in a collection ``adopt`` of that pet: its answer is what the
body said over a made item, with a new id where the answer has one. A request may say in other forms
what the answer shows: its fields wrapped in an envelope, or an object given by its id alone
(:meth:`apikit.mock.generic.SpecBehaviour._merged`).

Where the path does not say enough, a spec (or an overlay) declares it with ``x-apikit-mock`` on the
operation: ``{resource: pets, action: list|create|read|replace|update|delete|static}``, and on the
operation or its path item ``{id: petId}`` for the property that holds an item's id (found otherwise
as ``id``, the id parameter's name, ``<singular>Id``, or what the id parameter names after the item's
name: ``gid`` for ``{task_gid}``, ``number`` for ``{issueNumber}``; else ``gid``, ``uuid`` or ``key``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from apikit.mock.engine import MockSetupError, response_schema
from apikit.spec import Operation, resolve

EXTENSION = "x-apikit-mock"
ID_NAMES = ("id", "gid", "uuid", "key")
"""Fields that name the object they are in, where no id parameter or declaration says which does."""
ACTIONS = ("list", "create", "read", "replace", "update", "delete", "static")
ITEM_METHODS = {"get": "read", "put": "replace", "patch": "update", "delete": "delete"}


@dataclass
class Resource:
    """One collection of items and where the spec reaches it."""

    name: str
    key: str
    """The collection's wire path with parameter names left out (``/owners/{}/pets``)."""
    parent_parameters: tuple[str, ...] = ()
    """The path parameters that name the collection's parent, in path order."""
    id_field: str = "id"
    id_schema: Any = field(default_factory=lambda: {"type": "integer"})
    """The schema of an id, its ``$ref`` resolved."""
    item_schema: Any = field(default_factory=dict)
    """The schema of one item as the API answers it."""
    fields: frozenset[str] = frozenset()
    """The properties the item schema declares."""


@dataclass(frozen=True)
class Role:
    """What one operation does: an action on a resource (None for ``static``)."""

    action: str
    resource: Resource | None = None
    id_parameter: str | None = None
    """The path parameter holding the item's id (item actions only)."""


def infer_roles(spec: Mapping[str, Any], operations: Sequence[Operation]) -> dict[str, Role]:
    """Each operation's role, by operationId."""
    resources: dict[str, Resource] = {}
    roles: dict[str, Role] = {}
    for op in operations:
        roles[op.operation_id] = _role(spec, op, resources)
    for resource in resources.values():
        _settle_item_schema(spec, resource, [(op, r) for op in operations if (r := roles[op.operation_id])])
    return roles


def _role(spec: Mapping[str, Any], op: Operation, resources: dict[str, Resource]) -> Role:
    declared = _declared(op)
    action = declared.get("action")
    if action is not None and action not in ACTIONS:
        raise MockSetupError(
            f"{op.operation_id}: {EXTENSION}.action is {action!r}; use one of {', '.join(ACTIONS)}"
        )
    segments = [s for s in op.wire_path.split("/") if s]
    on_item = bool(segments) and _is_parameter(segments[-1]) and len(segments) > 1
    collection = segments[:-1] if on_item else segments
    if not collection or _is_parameter(collection[-1]):
        return Role("static") if action in (None, "static") else _undeclarable(op)
    if action is None:
        action = _action_from_method(spec, op, on_item)
    if action == "static":
        return Role("static")
    if (action in ("list", "create")) == on_item:
        raise MockSetupError(
            f"{op.operation_id}: {EXTENSION}.action {action!r} does not fit the path {op.wire_path}"
        )
    key = "/" + "/".join("{}" if _is_parameter(s) else s for s in collection)
    resource = resources.get(key)
    if resource is None:
        parents = tuple(s[1:-1] for s in collection if _is_parameter(s))
        resource = resources[key] = Resource(name=str(declared.get("resource", collection[-1])), key=key,
                                             parent_parameters=parents)  # fmt: skip
    if "id" in declared:
        resource.id_field = str(declared["id"])
    return Role(action, resource, segments[-1][1:-1] if on_item else None)


def _declared(op: Operation) -> Mapping[str, Any]:
    value = op.definition.get(EXTENSION) or {}
    if not isinstance(value, Mapping):
        raise MockSetupError(f"{op.operation_id}: {EXTENSION} must be a mapping, not {type(value).__name__}")
    return value


def _undeclarable(op: Operation) -> Role:
    raise MockSetupError(
        f"{op.operation_id}: {op.wire_path} names no collection (its last literal segment), so "
        f"{EXTENSION}.action can only be 'static' here"
    )


def _action_from_method(spec: Mapping[str, Any], op: Operation, on_item: bool) -> str:
    if on_item:
        return ITEM_METHODS.get(op.method, "static")
    if op.method == "post":
        return "create"
    if op.method == "get" and _array_property(spec, _success_schema(spec, op)) is not None:
        return "list"
    return "static"


def _is_parameter(segment: str) -> bool:
    return segment.startswith("{") and segment.endswith("}")


def success_status(op: Operation, preferred: Sequence[int] = (200, 201, 202, 204)) -> int:
    """The success status the operation documents (the first of ``preferred``, else its first 2xx)."""
    documented = [str(code) for code in op.definition.get("responses") or {}]
    for status in preferred:
        if str(status) in documented:
            return status
    for code in documented:
        if code.isdigit() and code.startswith("2"):
            return int(code)
    return 200


def _success_schema(spec: Mapping[str, Any], op: Operation) -> Any:
    return response_schema(spec, op, success_status(op))


def _array_property(spec: Mapping[str, Any], schema: Any) -> str | None:
    """Where a list answer keeps its items: ``""`` when the answer is the array itself, else the name
    of its first array property; None when it holds no array."""
    node = resolve(spec, schema)
    if not isinstance(node, Mapping):
        return None
    if node.get("type") == "array" or "items" in node:
        return ""
    for name, prop in (node.get("properties") or {}).items():
        prop = resolve(spec, prop)
        if isinstance(prop, Mapping) and (prop.get("type") == "array" or "items" in prop):
            return str(name)
    return None


def list_items_schema(spec: Mapping[str, Any], schema: Any) -> Any:
    """The schema of one item of a list answer."""
    node = resolve(spec, schema)
    where = _array_property(spec, node)
    if where is None:
        return {}
    array = node if where == "" else resolve(spec, node["properties"][where])
    return array.get("items", {})


def _settle_item_schema(
    spec: Mapping[str, Any], resource: Resource, roles: list[tuple[Operation, Role]]
) -> None:
    """The item schema from the best witness: a read's answer, a create's, else a list's items; the
    id field and its schema from there."""
    mine = [(op, role) for op, role in roles if role.resource is resource]
    by_action = {role.action: op for op, role in reversed(mine)}
    for action in ("read", "replace", "update", "create"):
        if action in by_action:
            schema = unwrap_item(spec, _success_schema(spec, by_action[action]), resource.id_field)
            if schema:
                resource.item_schema = schema
                break
    else:
        if "list" in by_action:
            resource.item_schema = list_items_schema(spec, _success_schema(spec, by_action["list"]))
    properties = properties_of(spec, resource.item_schema)
    resource.fields = frozenset(properties)
    id_parameters = [role.id_parameter for _, role in mine if role.id_parameter]
    if resource.id_field not in properties:
        singular = resource.name.rstrip("s")
        endings = [_property_at_end(parameter, properties) for parameter in id_parameters]
        for candidate in ("id", *id_parameters, f"{singular}Id", f"{singular}_id", *endings, *ID_NAMES):
            if candidate in properties:
                resource.id_field = candidate
                break
    if resource.id_field in properties:
        resource.id_schema = resolve(spec, properties[resource.id_field])
    else:
        resource.id_schema = resolve(
            spec, _id_parameter_schema(spec, [op for op, role in mine if role.id_parameter])
        )


def _property_at_end(parameter: str, properties: Mapping[str, Any]) -> str:
    """The property an id parameter ends with, after the item's name: ``gid`` for ``task_gid``,
    ``number`` for ``issueNumber`` ("" when it ends with none)."""
    endings = [
        name for name in properties
        if name and (parameter.endswith(f"_{name}") or parameter.endswith(f"-{name}")
                     or parameter.endswith(name[:1].upper() + name[1:]))
    ]  # fmt: skip
    return max(endings, key=len, default="")


def _id_parameter_schema(spec: Mapping[str, Any], item_operations: list[Operation]) -> Any:
    for op in item_operations:
        name = next(s[1:-1] for s in reversed(op.wire_path.split("/")) if _is_parameter(s))
        found = op.parameter(name)
        if found is not None:
            return resolve(spec, found).get("schema", {"type": "string"})
    return {"type": "integer"}


def unwrap_item(spec: Mapping[str, Any], schema: Any, id_field: str) -> Any:
    """The schema of the item inside an answer: the answer itself when it has the id field (or is a
    plain object), else the one object property an envelope wraps it in (``{"data": {...}}``)."""
    node = resolve(spec, schema)
    if not isinstance(node, Mapping):
        return {}
    properties = properties_of(spec, node)
    if id_field in properties or any(name in properties for name in ID_NAMES):
        return schema
    objects = [name for name, prop in properties.items() if properties_of(spec, prop)]
    if len(objects) == 1 and len(properties) <= 3:
        return unwrap_item(spec, properties[objects[0]], id_field)
    return schema if properties else {}


def properties_of(spec: Mapping[str, Any], schema: Any) -> dict[str, Any]:
    """The declared properties of an object schema, those of its ``allOf`` parts included, and of its
    ``anyOf``/``oneOf`` choices (an item that is one of several kinds has any of their fields)."""
    node = resolve(spec, schema)
    if not isinstance(node, Mapping):
        return {}
    found: dict[str, Any] = {}
    for part in (*(node.get("anyOf") or ()), *(node.get("oneOf") or ())):
        for name, prop in properties_of(spec, part).items():
            found.setdefault(name, prop)
    found.update(node.get("properties") or {})
    for part in node.get("allOf") or ():
        found.update(properties_of(spec, part))
    return found
