"""Request parameters: strict form/query decoding, PHP-style bracket keys, coercion by schema.

Query strings and ``application/x-www-form-urlencoded`` bodies are read the way PHP fills
``$_GET``/``$_POST``, ``a[b][c]=1`` → ``{"a": {"b": {"c": "1"}}}`` and ``a[]=1&a[]=2`` →
``{"a": ["1", "2"]}``, but stricter: malformed percent-encoding, bad UTF-8, NUL bytes, a key
given twice and a key used both as a value and with sub-keys are errors, not silently mangled.

Every value arrives as a string; :func:`coerce` then turns strings into what the parameter's
schema asks for (integer, number, boolean, null, arrays, nested objects). A string that does not
read as the wanted type is left as it is, so schema validation reports the mismatch.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Collection, Iterable, Mapping
from typing import Any
from urllib.parse import unquote_to_bytes

from apikit.xmlcodec import SchemaChecker, effective_schema, schema_types, union_branches

MAX_FIELDS = 1000
MAX_DEPTH = 32
MAX_INTEGER_DIGITS = 100
MAX_SHOWN = 40

_BAD_PERCENT = re.compile(rb"%(?![0-9A-Fa-f]{2})")
_UNSAFE_ESCAPE = re.compile(rb"%(26|3[Dd]|00)")
"""Escapes the whole-input decoding cannot take: a separator, or a NUL."""
_INTEGER_TEXT = re.compile(r"[+-]?\d+")
_NUMBER_TEXT = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")
_BOOLEANS = {"true": True, "1": True, "false": False, "0": False}
_SECRET_NAME = re.compile(r"pass(word)?|secret|token|session|api[-_]?key|auth", re.IGNORECASE)


class ParamError(ValueError):
    """Input that cannot be read as parameters; the message names the parameter and the problem."""


def is_secret_name(name: str) -> bool:
    """Parameter names whose values must never be echoed in messages or logs."""
    return bool(_SECRET_NAME.search(name))


def shown(value: Any, name: str = "") -> str:
    """A short, safe rendering of a value for an error message (secrets are never shown)."""
    if is_secret_name(name):
        return "(hidden)"
    text = repr(value)
    return text if len(text) <= MAX_SHOWN else text[: MAX_SHOWN - 3] + "..."


# --- decoding ---------------------------------------------------------------------------------------------


def parse_pairs(raw: bytes, *, max_fields: int = MAX_FIELDS) -> list[tuple[str, str]]:
    """``name=value`` pairs of a query string or form body, decoded strictly as UTF-8."""
    if raw.count(b"&") >= max_fields:  # only then can there be too many
        count = sum(1 for field in raw.split(b"&") if field)
        if count > max_fields:
            raise ParamError(f"too many parameters: {count} (at most {max_fields})")
    # The fast ways check what can fail once for the whole input instead of per name and value. With
    # no escaped `&` or `=` in it, decoding the whole input at once cannot blur where a name or value
    # ends. If UTF-8 fails, or there is more to check, the careful way names the parameter.
    try:
        if b"%" not in raw and b"+" not in raw and b"\x00" not in raw:
            return _split_text(raw.decode())
        if _BAD_PERCENT.search(raw) is None and _UNSAFE_ESCAPE.search(raw) is None and b"\x00" not in raw:
            return _split_text(unquote_to_bytes(raw.replace(b"+", b" ")).decode())
    except UnicodeDecodeError:
        pass
    return [_decode_field(field) for field in raw.split(b"&") if field]


def _split_text(text: str) -> list[tuple[str, str]]:
    pairs = []
    for field in text.split("&"):
        if field:
            name, _, value = field.partition("=")
            pairs.append((name, value))
    return pairs


def plain_values(raw: bytes) -> dict[str, str]:
    """Best effort: the well-formed top-level ``name=value`` pairs, the first of each name.

    Only for answering a request that :func:`parse_pairs` refused in the format it asked for
    (a ``retType=json`` next to a malformed parameter still gets a JSON error).
    """
    values: dict[str, str] = {}
    for field in raw.split(b"&")[:MAX_FIELDS]:
        try:
            name, value = _decode_field(field)
        except ParamError:
            continue
        if name and not _has_bracket(name):
            values.setdefault(name, value)
    return values


def _decode_field(field: bytes) -> tuple[str, str]:
    raw_name, _, raw_value = field.partition(b"=")
    name = _decode_component(raw_name, None)
    return name, _decode_component(raw_value, name)


def _decode_component(raw: bytes, name: str | None) -> str:
    what = "a parameter name" if name is None else f"the value of {name}"
    if _BAD_PERCENT.search(raw):
        raise ParamError(f"malformed percent-encoding in {what} (a % must be followed by two hex digits)")
    try:
        text = unquote_to_bytes(raw.replace(b"+", b" ")).decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ParamError(f"{what} is not valid UTF-8") from exc
    if "\x00" in text:
        raise ParamError(f"{what} contains a NUL byte")
    return text


def split_key(key: str) -> list[str]:
    """``a[b][]`` → ``["a", "b", ""]``; ParamError for a name that is not ``base`` + ``[...]``s."""
    if key and not _has_bracket(key):
        return [key]
    base, _, rest = key.partition("[")
    inner = rest[:-1]  # `b][` of `a[b][]`: the segments joined by `][`
    if not base or "]" in base or not rest.endswith("]") or _has_bracket(inner.replace("][", "")):
        raise ParamError(f"malformed parameter name {shown(key)}: expected name or name[key]...")
    segments = [base, *inner.split("][")]
    if len(segments) > MAX_DEPTH:
        raise ParamError(f"parameter {segments[0]} is nested deeper than {MAX_DEPTH} levels")
    return segments


def _has_bracket(text: str) -> bool:
    return "[" in text or "]" in text


def wire_name(segments: Iterable[str]) -> str:
    """The bracket form of a key path, as a client writes it: ``project[name]``."""
    first, *rest = segments
    return first + "".join(f"[{segment}]" for segment in rest)


def nest(pairs: Iterable[tuple[str, str]], repeatable: Collection[str] = ()) -> dict[str, Any]:
    """Bracket keys as nested dicts/lists. Names in ``repeatable`` may repeat (and become lists)."""
    tree: dict[str, Any] = {}
    for key, value in pairs:
        if key in repeatable:  # before brackets: a parameter may be named so (PHP's ``todo[]``)
            _append_repeat(tree, key, value)
        elif not key or "[" in key or "]" in key:
            _insert(tree, split_key(key), value)
        elif key not in tree:
            tree[key] = value  # a plain name seen for the first time, the common case
        else:
            _insert(tree, [key], value)  # says why it cannot be given twice
    return tree


def _append_repeat(tree: dict[str, Any], name: str, value: str) -> None:
    existing = tree.get(name)
    if existing is None:
        tree[name] = value
    elif isinstance(existing, str):
        tree[name] = [existing, value]
    elif isinstance(existing, list):
        existing.append(value)
    else:
        raise ParamError(f"parameter {name} is given both as a value and with [...] sub-keys")


def _insert(tree: dict[str, Any], segments: list[str], value: str) -> None:
    *parents, last = segments
    appending = last == ""
    if appending:
        *parents, last = parents  # `a[b][]=x` appends to the list at a[b]
    node = _walk(tree, segments, parents)
    if appending:
        _append_to_list(node, last, segments, value)
    elif last in node:
        kind = (
            "given more than once"
            if isinstance(node[last], str)
            else "given both as a value and with sub-keys"
        )
        raise ParamError(f"parameter {wire_name(segments)} is {kind}")
    else:
        node[last] = value


def _walk(tree: dict[str, Any], segments: list[str], parents: list[str]) -> dict[str, Any]:
    """The dict at ``parents``, created on the way; ParamError where a plain value is in the way."""
    node = tree
    for depth, segment in enumerate(parents):
        if segment == "":
            raise ParamError(f"parameter {wire_name(segments)}: [] is only allowed at the end of a name")
        child = node.setdefault(segment, {})
        if not isinstance(child, dict):
            where = wire_name(segments[: depth + 1])
            raise ParamError(f"parameter {where} is given both as a value and with [...] sub-keys")
        node = child
    return node


def _append_to_list(node: dict[str, Any], key: str, segments: list[str], value: str) -> None:
    target = node.setdefault(key, [])
    if key == "" or not isinstance(target, list):
        raise ParamError(f"parameter {wire_name(segments[:-1])} is given both with [] and in another form")
    target.append(value)


# --- coercion ---------------------------------------------------------------------------------------------


_Reader = Callable[[str, str], Any]
_Plan = tuple[dict[str, Any], list[dict[str, Any]], tuple[str, ...], _Reader | None]
"""A schema's merged shape, union branches, types, and the text reader of its one scalar type."""


class Coercer:
    """Turns parsed strings into the types a schema asks for."""

    def __init__(self, spec: Mapping[str, Any], checker: SchemaChecker | None = None) -> None:
        self.spec = spec
        self.checker = checker or SchemaChecker(spec)
        self._plans: dict[int, tuple[Any, _Plan]] = {}

    def plan(self, schema: Any) -> _Plan:
        """The schema's :data:`_Plan`, worked out once per schema object (keyed by identity, like
        :class:`SchemaChecker`; the entry keeps the schema alive)."""
        if not schema:  # `{}` defaults are new objects on every call: caching them would only grow
            return self._work_out(schema)
        entry = self._plans.get(id(schema))
        if entry is None or entry[0] is not schema:
            entry = (schema, self._work_out(schema))
            self._plans[id(schema)] = entry
        return entry[1]

    def _work_out(self, schema: Any) -> _Plan:
        shape = effective_schema(self.spec, schema)
        types = schema_types(shape)
        reader = _TEXT_READERS.get(types[0]) if len(types) == 1 else None
        return shape, union_branches(self.spec, shape), types, reader

    def coerce(self, value: Any, schema: Any, name: str) -> Any:
        shape, branches, types, reader = self.plan(schema)
        if branches:
            return self.coerce_union(value, branches, name)
        if isinstance(value, str):
            if reader is not None:  # one scalar type, the common case: what coerce_text would do
                converted = reader(value, name)
                return value if converted is _NO_MATCH else converted
            return self.coerce_text(value, shape, types, name)
        if isinstance(value, dict):
            return self.coerce_mapping(value, shape, types, name)
        if isinstance(value, list) and "array" in types:
            items = shape.get("items", {})
            return [self.coerce(item, items, f"{name}[{i}]") for i, item in enumerate(value)]
        return value

    def coerce_union(self, value: Any, branches: list[dict[str, Any]], name: str) -> Any:
        for branch in branches:
            candidate = self.coerce(value, branch, name)
            if self.checker.fits(candidate, branch):
                return candidate
        return value  # fits nothing: validation names the problem

    def coerce_text(self, text: str, shape: Mapping[str, Any], types: tuple[str, ...], name: str) -> Any:
        for kind in types:
            converted = _TEXT_READERS[kind](text, name) if kind in _TEXT_READERS else _NO_MATCH
            if converted is not _NO_MATCH:
                return converted
            if kind == "array":
                return [self.coerce(text, shape.get("items", {}), f"{name}[0]")]
        return text

    def coerce_mapping(
        self, value: dict[str, Any], shape: Mapping[str, Any], types: tuple[str, ...], name: str
    ) -> Any:
        if "array" in types and "object" not in types:
            value_list = _indexed_list(value)
            if value_list is not None:
                return self.coerce(value_list, shape, name)
            return value
        properties = shape.get("properties", {})
        extra = shape.get("additionalProperties")
        fallback = extra if isinstance(extra, Mapping) else {}
        return {
            key: self.coerce(item, properties.get(key, fallback), f"{name}[{key}]")
            for key, item in value.items()
        }


_NO_MATCH: Any = object()


def _read_integer(text: str, name: str) -> Any:
    if text.isdigit() and text.isascii() and len(text) < 19:  # plain digits, surely in range
        return int(text)
    stripped = text.strip()
    if not _INTEGER_TEXT.fullmatch(stripped):
        return _NO_MATCH
    # Only the length is bounded (so no value makes int() do quadratic work): a range is the
    # schema's to say (``format: int64`` is checked as one), as for integers in a JSON body.
    if len(stripped.lstrip("+-").lstrip("0")) > MAX_INTEGER_DIGITS:
        raise ParamError(
            f"parameter {name}: integer {shown(stripped, name)} has more than {MAX_INTEGER_DIGITS} digits"
        )
    return int(stripped)


def _read_number(text: str, name: str) -> Any:
    stripped = text.strip()
    if not _NUMBER_TEXT.fullmatch(stripped):
        return _NO_MATCH
    if len(stripped) > 400:
        raise ParamError(f"parameter {name}: number {shown(stripped, name)} is too long")
    number = float(stripped)
    if not math.isfinite(number):
        raise ParamError(f"parameter {name}: number {shown(stripped, name)} is out of range")
    return int(stripped) if _INTEGER_TEXT.fullmatch(stripped) else number


def _read_boolean(text: str, name: str) -> Any:
    return _BOOLEANS.get(text.strip().lower(), _NO_MATCH)


def _read_null(text: str, name: str) -> Any:
    return None if text == "" else _NO_MATCH


def _read_string(text: str, name: str) -> Any:
    return text


_TEXT_READERS = {
    "integer": _read_integer,
    "number": _read_number,
    "boolean": _read_boolean,
    "null": _read_null,
    "string": _read_string,
}


def _indexed_list(value: Mapping[str, Any]) -> list[Any] | None:
    """``{"0": a, "1": b}`` (from ``x[0]=a&x[1]=b``) as ``[a, b]`` in index order; None if not indexed."""
    if not all(_INTEGER_TEXT.fullmatch(key) and len(key) < 10 for key in value):
        return None
    return [value[key] for key in sorted(value, key=int)]
