"""Overlay stage: apply OpenAPI Overlay documents (Overlay Specification 1.1.0, and 1.0.x) to a spec.

An overlay is an ordered list of actions; each action selects nodes with an RFC 9535 JSONPath
``target``, then removes them (``remove: true``), merges an ``update`` value into them, or (1.1)
merges a ``copy`` of another node of the document into them. Every problem is reported as an
:class:`OverlayError` naming the overlay file, the action (``actions[3]``) and its target.

Both versions are applied with the 1.1 merge rules: 1.1 only clarifies how 1.0 updates behave
(arrays concatenate, primitives are replaced, primitive array items can be removed), and the
official compliant sets for 1.0 rely on those rules. A ``copy`` action in a 1.0 document is
rejected when the overlay is validated.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jsonpath_rfc9535

from apikit.load import LoadedDocument, LoadError, escape_pointer_token, load_document

__all__ = [
    "OverlayError",
    "OverlayResult",
    "OverlayWarning",
    "apply_overlay",
    "load_overlay",
    "load_overlay_document",
    "overlay_problems",
    "validate_overlay",
]


class OverlayError(Exception):
    """An overlay is invalid or cannot be applied; the message says where and what to fix.

    ``pointer``: the action that failed (``/actions/3``), for a report that places it at its line."""

    def __init__(self, message: str, *, pointer: str | None = None, detail: str | None = None) -> None:
        super().__init__(message)
        self.pointer = pointer
        self.detail = detail or message
        """What is wrong and the fix, without the file and action the message starts with."""


@dataclass(frozen=True)
class OverlayWarning:
    source: str
    action_index: int
    target: str
    message: str

    def __str__(self) -> str:
        return f"{_action_context(self.source, self.action_index, self.target)}: {self.message}"


@dataclass(frozen=True)
class OverlayResult:
    document: dict[str, Any]
    warnings: tuple[OverlayWarning, ...]


def load_overlay(path: Path) -> dict[str, Any]:
    """Read an overlay (YAML, or JSON for ``*.json``) and validate it against its version's schema."""
    return load_overlay_document(path).document


def load_overlay_document(path: Path) -> LoadedDocument:
    """:func:`load_overlay`, with the line of every part of the overlay (to place what it changes)."""
    try:
        loaded = load_document(path)
    except LoadError as exc:
        raise OverlayError(str(exc)) from exc
    _raise_problems(_schema_problems(loaded.document), loaded.document, str(path), loaded.lines)
    return loaded


def overlay_problems(overlay: Any) -> list[tuple[str, str, str]]:
    """(JSON pointer, problem, fix) for everything that keeps ``overlay`` from being applied: its
    Overlay schema, then each ``target`` and ``copy`` that is not an RFC 9535 JSONPath query."""
    problems = _schema_problems(overlay)
    if not problems:
        problems = _query_problems(overlay["actions"])
    return [(problem.pointer, problem.problem, problem.fix) for problem in problems]


def validate_overlay(overlay: Any, *, source: str) -> None:
    """Check ``overlay`` against the Overlay schema of the version it declares (1.0.x or 1.1.x)."""
    _raise_problems(_schema_problems(overlay), overlay, source, {})


def apply_overlay(
    document: Mapping[str, Any], overlay: Mapping[str, Any], *, source: str, strict: bool = False
) -> OverlayResult:
    """Apply every action of ``overlay`` in order to a copy of ``document``.

    Warnings (a target that matches nothing, a modifier the spec says is ignored, an action with
    nothing to do) are returned; with ``strict=True`` the first one is raised as an error instead.
    """
    validate_overlay(overlay, source=source)
    root: dict[str, Any] = _fresh_copy(document)
    report = _Report(source, strict)
    for index, action in enumerate(overlay["actions"]):
        _apply_action(root, action, _Action(source, index, action["target"]), report)
    return OverlayResult(root, tuple(report.warnings))


# --- messages -------------------------------------------------------------------------------


def _action_context(source: str, index: int, target: str | None) -> str:
    if target is None:
        return f"{source}: actions[{index}]"
    return f'{source}: actions[{index}] (target "{target}")'


@dataclass(frozen=True)
class _Action:
    source: str
    index: int
    target: str

    def error(self, problem: str, fix: str) -> OverlayError:
        context = _action_context(self.source, self.index, self.target)
        return OverlayError(
            f"{context}: {problem}; {fix}", pointer=f"/actions/{self.index}", detail=f"{problem}; {fix}"
        )


@dataclass
class _Report:
    source: str
    strict: bool
    warnings: list[OverlayWarning] = field(default_factory=list)

    def warn(self, action: _Action, message: str) -> None:
        if self.strict:
            raise action.error(message, "fix the action or drop it (warnings are errors in strict mode)")
        self.warnings.append(OverlayWarning(self.source, action.index, action.target, message))


def _kind(value: Any) -> str:
    """The JSON type name of a value, as a reader of the overlay thinks of it."""
    if isinstance(value, Mapping):
        return "object"
    if isinstance(value, list):
        return "array"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    if value is None:
        return "null"
    # YAML turns unquoted dates into date objects, which JSON has no type for.
    return type(value).__name__


def _article(kind: str) -> str:
    if kind == "null":
        return kind
    return f"an {kind}" if kind[0] in "aeiou" else f"a {kind}"


def _normalized_path(location: Sequence[str | int]) -> str:
    """RFC 9535 normalized path, the spelling a user can paste back into a target."""
    return "$" + "".join(_path_segment(key) for key in location)


def _path_segment(key: str | int) -> str:
    if isinstance(key, int):
        return f"[{key}]"
    return "['" + key.replace("\\", "\\\\").replace("'", "\\'") + "']"


# --- validation -----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Problem:
    pointer: str
    problem: str
    fix: str


@dataclass(frozen=True)
class _Rules:
    """What one Overlay version's schema allows besides ``x-`` extensions."""

    info_fields: frozenset[str]
    action_fields: frozenset[str]


_RULES = {
    "1.0": _Rules(frozenset({"title", "version"}), frozenset({"target", "description", "update", "remove"})),
    "1.1": _Rules(
        frozenset({"title", "version", "description"}),
        frozenset({"target", "description", "update", "copy", "remove"}),
    ),
}
_ROOT_FIELDS = frozenset({"overlay", "info", "extends", "actions"})
_VERSION = re.compile(r"1\.([01])\.[0-9]+")
# The schemas' `update` type list names every JSON type, so anything YAML-only (dates) is rejected.
_JSON_KINDS = frozenset({"object", "array", "boolean", "number", "string", "null"})


def _schema_problems(overlay: Any) -> list[_Problem]:
    if not isinstance(overlay, Mapping):
        return [
            _Problem(
                "",
                f"the overlay must be an object, got {_article(_kind(overlay))}",
                "write a mapping with overlay, info and actions at the top level",
            )
        ]
    rules, version_problem = _rules_for(overlay)
    if rules is None:
        return [version_problem] if version_problem else []
    problems = _member_problems(overlay, "", _ROOT_FIELDS, ("overlay", "info", "actions"))
    if "extends" in overlay:
        problems += _type_problems(overlay["extends"], "/extends", "string")
    if "info" in overlay:
        problems += _info_problems(overlay["info"], rules)
    if "actions" in overlay:
        problems += _actions_problems(overlay["actions"], rules)
    return problems


def _rules_for(overlay: Mapping[str, Any]) -> tuple[_Rules | None, _Problem | None]:
    if "overlay" not in overlay:
        return None, _Problem(
            "", 'missing required property "overlay"', 'add overlay: "1.1.0" at the top level'
        )
    version = overlay["overlay"]
    if not isinstance(version, str):
        fix = 'write the version as a quoted string, e.g. overlay: "1.1.0"'
        return None, _Problem("/overlay", f"must be a string, got {_article(_kind(version))}", fix)
    match = _VERSION.fullmatch(version)
    if match is None:
        fix = "use a supported major.minor.patch version: 1.0.x or 1.1.x"
        return None, _Problem("/overlay", f'unsupported Overlay version "{version}"', fix)
    return _RULES[f"1.{match.group(1)}"], None


def _info_problems(info: Any, rules: _Rules) -> list[_Problem]:
    if not isinstance(info, Mapping):
        return _type_problems(info, "/info", "object")
    newer = _RULES["1.1"].info_fields - rules.info_fields
    problems = _member_problems(info, "/info", rules.info_fields, ("title", "version"), newer)
    for name in sorted(rules.info_fields & info.keys()):
        problems += _type_problems(info[name], f"/info/{name}", "string")
    return problems


def _actions_problems(actions: Any, rules: _Rules) -> list[_Problem]:
    if not isinstance(actions, list):
        return _type_problems(actions, "/actions", "array")
    if not actions:
        return [_Problem("/actions", "must contain at least one action", "add an action or drop the overlay")]
    problems: list[_Problem] = []
    for index, action in enumerate(actions):
        problems += _action_problems(action, f"/actions/{index}", rules)
    for later in range(1, len(actions)):
        earlier = next((i for i in range(later) if _json_equal(actions[i], actions[later])), None)
        if earlier is not None:
            problem = f"repeats actions[{earlier}]; actions must be unique"
            problems.append(_Problem(f"/actions/{later}", problem, "remove the duplicate"))
    return problems


def _action_problems(action: Any, pointer: str, rules: _Rules) -> list[_Problem]:
    if not isinstance(action, Mapping):
        return _type_problems(action, pointer, "object")
    newer = _RULES["1.1"].action_fields - rules.action_fields
    problems = _member_problems(action, pointer, rules.action_fields, ("target",), newer)
    for name, expected in (("target", "string"), ("description", "string"), ("copy", "string")):
        if name in action and name in rules.action_fields:
            problems += _type_problems(action[name], f"{pointer}/{name}", expected)
    if "remove" in action:
        problems += _type_problems(action["remove"], f"{pointer}/remove", "boolean")
    if "update" in action and _kind(action["update"]) not in _JSON_KINDS:
        kind = _kind(action["update"])
        problem = f"must be a JSON value, got {_article(kind)}"
        problems.append(_Problem(f"{pointer}/update", problem, "quote the value in YAML"))
    target = action.get("target")
    if isinstance(target, str) and not target.startswith("$"):
        problem = "a JSONPath query must start with $ (the document root)"
        problems.append(_Problem(f"{pointer}/target", problem, f'write "$.{target}" or another query from $'))
    return problems


def _member_problems(
    obj: Mapping[str, Any],
    pointer: str,
    known: frozenset[str],
    required: tuple[str, ...],
    newer: frozenset[str] = frozenset(),
) -> list[_Problem]:
    problems = [
        _Problem(pointer, f'missing required property "{name}"', f'add "{name}"')
        for name in required
        if name not in obj
    ]
    for name in obj:
        if name in known or (isinstance(name, str) and name.startswith("x-")):
            continue
        child = f"{pointer}/{escape_pointer_token(str(name))}"
        if name in newer:
            fix = f'"{name}" needs Overlay 1.1: set overlay: "1.1.0", or remove it'
        else:
            fix = 'remove it, or prefix it with "x-" if it is an extension'
        problems.append(_Problem(child, f'unknown property "{name}"', fix))
    return problems


def _type_problems(value: Any, pointer: str, expected: str) -> list[_Problem]:
    actual = _kind(value)
    if actual == expected:
        return []
    fix = f"give {_article(expected)}"
    if expected == "string" and actual != "object" and actual != "array":
        fix = 'quote the value in YAML, e.g. "1.0"'
    elif expected == "boolean":
        fix = "write true or false (unquoted)"
    return [_Problem(pointer, f"must be {_article(expected)}, got {_article(actual)}", fix)]


def _query_problems(actions: list[Mapping[str, Any]]) -> list[_Problem]:
    """Found before any action is applied (applying finds them one at a time, and only on the way)."""
    problems = []
    for index, action in enumerate(actions):
        for name in ("target", "copy"):
            if not isinstance(action.get(name), str):
                continue
            try:
                jsonpath_rfc9535.compile(action[name])
            except jsonpath_rfc9535.JSONPathError as exc:
                problem = f"invalid JSONPath: {exc}"
                problems.append(_Problem(f"/actions/{index}/{name}", problem, _QUERY_FIX.format(name=name)))
    return problems


_QUERY_FIX = (
    "fix the {name} expression (RFC 9535; a name with characters such as '-' needs brackets: "
    "$.paths['/x']['x-name'])"
)


def _json_equal(left: Any, right: Any) -> bool:
    """JSON equality as ``uniqueItems`` means it: ``true`` differs from ``1``, ``1`` equals ``1.0``."""
    if isinstance(left, Mapping) and isinstance(right, Mapping):
        return left.keys() == right.keys() and all(_json_equal(left[k], right[k]) for k in left)
    if isinstance(left, list) and isinstance(right, list):
        return len(left) == len(right) and all(_json_equal(a, b) for a, b in zip(left, right, strict=True))
    if isinstance(left, bool) or isinstance(right, bool):
        return type(left) is type(right) and left == right
    return _kind(left) == _kind(right) and bool(left == right)


def _raise_problems(problems: list[_Problem], overlay: Any, source: str, lines: Mapping[str, int]) -> None:
    if problems:
        raise OverlayError("\n".join(_describe(problem, overlay, source, lines) for problem in problems))


def _describe(problem: _Problem, overlay: Any, source: str, lines: Mapping[str, int]) -> str:
    context = source
    action_pointer = re.match(r"/actions/(\d+)", problem.pointer)
    if action_pointer and isinstance(overlay, Mapping) and isinstance(overlay.get("actions"), list):
        index = int(action_pointer.group(1))
        action = overlay["actions"][index]
        target = action.get("target") if isinstance(action, Mapping) else None
        context = _action_context(source, index, target if isinstance(target, str) else None)
    line = _line_of(problem.pointer, lines)
    where = f"at {problem.pointer or '/'}" + (f" (line {line})" if line else "")
    return f"{context}: {where}: {problem.problem}; {problem.fix}"


def _line_of(pointer: str, lines: Mapping[str, int]) -> int | None:
    while pointer not in lines:
        if not pointer:
            return None
        pointer = pointer.rsplit("/", 1)[0]
    return lines[pointer]


# --- applying -------------------------------------------------------------------------------

_Container = dict[str, Any] | list[Any]


@dataclass(frozen=True)
class _Node:
    """A selected node, held through its container so it can be replaced or removed in place."""

    container: _Container | None  # None for the document root
    key: str | int | None
    value: Any
    path: str


def _fresh_copy(value: Any) -> Any:
    # Unlike copy.deepcopy this never keeps shared sub-objects (YAML aliases) shared, so merging
    # into one place of the document cannot silently change another place or the overlay.
    if isinstance(value, Mapping):
        return {key: _fresh_copy(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_fresh_copy(item) for item in value]
    return value


def _apply_action(root: dict[str, Any], action: Mapping[str, Any], where: _Action, report: _Report) -> None:
    removes = action.get("remove") is True
    has_update = "update" in action
    has_copy = "copy" in action
    if removes and (has_update or has_copy):
        ignored = " and ".join(name for name in ("update", "copy") if name in action)
        report.warn(where, f"{ignored} has no effect because remove is true")
    elif has_update and has_copy:
        report.warn(where, "copy has no effect because update is given")
    elif not (removes or has_update or has_copy):
        report.warn(where, "the action has no update, copy or remove: true, so it changes nothing")

    query = _compile(where.target, where, "target")
    source_query = (
        _compile(action["copy"], where, "copy") if has_copy and not (removes or has_update) else None
    )
    nodes = _select(query, root, where)
    if not nodes:
        report.warn(where, "the target matches no node, so the action changed nothing")
        return
    if removes:
        _remove(nodes, where)
    elif has_update:
        _merge_into_nodes(nodes, action["update"], where, "update")
    elif source_query is not None:
        _merge_into_nodes(nodes, _copy_source(source_query, root, where, action["copy"]), where, "copy")


def _compile(expression: str, where: _Action, field_name: str) -> jsonpath_rfc9535.JSONPathQuery:
    try:
        return jsonpath_rfc9535.compile(expression)
    except jsonpath_rfc9535.JSONPathError as exc:
        label = "" if field_name == "target" else f' in {field_name} "{expression}"'
        raise where.error(f"invalid JSONPath{label}: {exc}", _QUERY_FIX.format(name=field_name)) from exc


def _select(query: jsonpath_rfc9535.JSONPathQuery, root: dict[str, Any], where: _Action) -> list[_Node]:
    try:
        found = query.find(root)
    except jsonpath_rfc9535.JSONPathError as exc:
        raise where.error(f"cannot evaluate JSONPath {query}: {exc}", "simplify the expression") from exc
    nodes = []
    for node in found:
        location = tuple(node.location)
        container = _walk(root, location[:-1]) if location else None
        key = location[-1] if location else None
        nodes.append(_Node(container, key, node.value, _normalized_path(location)))
    return nodes


def _walk(root: dict[str, Any], location: Sequence[str | int]) -> Any:
    value: Any = root
    for key in location:
        value = value[key]
    return value


def _copy_source(
    query: jsonpath_rfc9535.JSONPathQuery, root: dict[str, Any], where: _Action, text: str
) -> Any:
    sources = _select(query, root, where)
    if len(sources) == 1:
        return _fresh_copy(sources[0].value)
    if not sources:
        problem = f'copy source "{text}" matches no node; it must select exactly one'
        fix = "fix the copy expression, or create the source node in an earlier action"
    else:
        listed = ", ".join(node.path for node in sources[:5]) + (", ..." if len(sources) > 5 else "")
        problem = f'copy source "{text}" matches {len(sources)} nodes ({listed}); it must select exactly one'
        fix = "make the copy expression select a single node"
    raise where.error(problem, fix)


def _remove(nodes: list[_Node], where: _Action) -> None:
    # Array items are deleted from the highest index down, so that removing one item does not
    # shift the items still to be removed; duplicates in the node list are removed once.
    items: dict[int, tuple[list[Any], set[int]]] = {}
    for node in nodes:
        if node.container is None:
            raise where.error("cannot remove the document root", "target a member or an array item instead")
        if isinstance(node.container, list):
            assert isinstance(node.key, int)
            items.setdefault(id(node.container), (node.container, set()))[1].add(node.key)
        else:
            assert isinstance(node.key, str)
            node.container.pop(node.key, None)
    for array, indexes in items.values():
        for index in sorted(indexes, reverse=True):
            del array[index]


def _merge_into_nodes(nodes: list[_Node], value: Any, where: _Action, field_name: str) -> None:
    kinds = {_shape(node.value) for node in nodes}
    if len(kinds) > 1:
        counts = ", ".join(f"{k}: {sum(_shape(n.value) == k for n in nodes)}" for k in sorted(kinds))
        problem = (
            f"the target selects nodes of different kinds ({counts}); {field_name} needs all of one kind"
        )
        raise where.error(
            problem, "narrow the target so it selects only objects, only arrays or only primitives"
        )
    for node in nodes:
        _merge_into_node(node, value, where, field_name)


def _shape(value: Any) -> str:
    kind = _kind(value)
    return kind + "s" if kind in ("object", "array") else "primitives"


def _merge_into_node(node: _Node, value: Any, where: _Action, field_name: str) -> None:
    target = node.value
    if isinstance(target, dict):
        if not isinstance(value, Mapping):
            problem = f"{node.path} is an object but the {field_name} value is {_article(_kind(value))}"
            raise where.error(
                problem, f"give an object whose properties are merged into it, or target {node.path}'s parent"
            )
        _merge_object(target, value, node.path, where, field_name)
    elif isinstance(target, list):
        # The spec: an array value is concatenated, anything else is appended as one new item.
        if isinstance(value, list):
            target.extend(_fresh_copy(value))
        else:
            target.append(_fresh_copy(value))
    elif _is_primitive(value):
        _replace(node, value)
    else:
        problem = (
            f"{node.path} is {_article(_kind(target))} but the {field_name} value is {_article(_kind(value))}"
        )
        raise where.error(problem, "give a primitive to replace it, or target the object that holds it")


def _replace(node: _Node, value: Any) -> None:
    # Only reached for primitive targets, which always have a container: the root is an object.
    container: Any = node.container
    container[node.key] = value


def _merge_object(
    target: dict[str, Any], update: Mapping[str, Any], path: str, where: _Action, field_name: str
) -> None:
    for key, new in update.items():
        if key not in target:
            target[key] = _fresh_copy(new)
            continue
        old = target[key]
        child = path + _path_segment(key)
        if isinstance(old, dict) and isinstance(new, Mapping):
            _merge_object(old, new, child, where, field_name)
        elif isinstance(old, list) and isinstance(new, list):
            old.extend(_fresh_copy(new))
        elif _is_primitive(old) and _is_primitive(new):
            target[key] = new
        else:
            problem = (
                f"cannot merge {_article(_kind(new))} from the {field_name} value into "
                f"{_article(_kind(old))} at {child}"
            )
            fix = "give a value of the same kind (object, array or primitive), or remove it first"
            raise where.error(problem, fix)


def _is_primitive(value: Any) -> bool:
    return not isinstance(value, Mapping | list)
