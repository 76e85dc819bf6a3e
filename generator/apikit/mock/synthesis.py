"""Values that fit a schema, for mocks that have no hand-written data: the spec's own examples first,
otherwise the plainest value each keyword allows.

Every value is checked against its schema before it is used; a schema no rule here can satisfy (an
unusual ``pattern``, conflicting bounds) raises :class:`SynthesisError` naming the schema, so a mock
fails when it is built, not on the request that needed the value.
"""

from __future__ import annotations

import copy
import math
from collections.abc import Iterator, Mapping
from typing import Any

from apikit.spec import resolve
from apikit.xmlcodec import SchemaChecker

MAX_DEPTH = 12
"""How deep a generated value nests before optional parts are left out (recursive schemas)."""

STRING_FORMATS: dict[str, str] = {
    "date": "2024-01-15",
    "date-time": "2024-01-15T09:30:00Z",
    "time": "09:30:00Z",
    "duration": "P1D",
    "email": "user@example.com",
    "idn-email": "user@example.com",
    "hostname": "example.com",
    "idn-hostname": "example.com",
    "ipv4": "192.0.2.1",
    "ipv6": "2001:db8::1",
    "uri": "https://example.com/",
    "uri-reference": "https://example.com/",
    "iri": "https://example.com/",
    "iri-reference": "https://example.com/",
    "url": "https://example.com/",
    "uri-template": "https://example.com/{id}",
    "json-pointer": "/example",
    "relative-json-pointer": "0",
    "regex": "^example$",
    "uuid": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
    "byte": "ZXhhbXBsZQ==",
    "binary": "example",
    "password": "example-password",
}
"""A plain valid value per string format (the ones JSON Schema defines, plus OpenAPI's own)."""

_PATTERN_GUESSES = ("example", "a", "A", "1", "abc", "ABC", "a1", "A1", "x-1", "abc123", "0")


class SynthesisError(Exception):
    """No value could be made for a schema."""


class Synthesizer:
    """Makes one value per schema (``value``), deterministically, checked against the schema."""

    def __init__(self, spec: Mapping[str, Any], checker: SchemaChecker | None = None) -> None:
        self.spec = spec
        self.checker = checker or SchemaChecker(spec)

    def value(self, schema: Any, where: str = "schema") -> Any:
        """A value that fits ``schema``: its first example that fits, else one made from its keywords."""
        for candidate in self._candidates(schema, 0):
            if self.checker.fits(candidate, schema):
                return candidate
        raise SynthesisError(
            f"{where}: no value fits this schema (give it an `example` that does): {_short(schema)}"
        )

    def _candidates(self, schema: Any, depth: int) -> Iterator[Any]:
        yield from self._examples(schema)
        yield self._make(schema, depth)

    def _examples(self, schema: Any) -> Iterator[Any]:
        node = resolve(self.spec, schema)
        if not isinstance(node, Mapping):
            return
        if "const" in node:
            yield copy.deepcopy(node["const"])
        for example in node.get("examples") or ():
            yield copy.deepcopy(example)
        for key in ("example", "default"):
            if key in node:
                yield copy.deepcopy(node[key])
        for value in node.get("enum") or ():
            yield copy.deepcopy(value)

    def _fitting(self, schema: Any, depth: int) -> Any:
        """The first candidate for ``schema`` that fits it (else the plain made one)."""
        made = None
        for made in self._candidates(schema, depth):
            if self.checker.fits(made, schema):
                return made
        return made

    def _make(self, schema: Any, depth: int) -> Any:
        node = resolve(self.spec, schema)
        if node is True or node == {} or not isinstance(node, Mapping):
            return "example"
        for combinator in ("oneOf", "anyOf"):
            if node.get(combinator):
                return self._first_branch(node, combinator, depth)
        if node.get("allOf"):  # the parts' examples, consts and enums count too
            return self._fitting(_merged(self.spec, node), depth)
        kind = _kind(node)
        if kind == "object":
            return self._object(node, depth)
        if kind == "array":
            return self._array(node, depth)
        if kind == "string":
            return self._string(node)
        if kind == "integer":
            return _integer(node)
        if kind == "number":
            return _number(node)
        if kind == "boolean":
            return True
        return None

    def _first_branch(self, node: Mapping[str, Any], combinator: str, depth: int) -> Any:
        siblings = {k: v for k, v in node.items() if k not in (combinator, "discriminator")}
        fallback = None
        for branch in node[combinator]:
            candidate_schema = {"allOf": [siblings, branch]} if siblings else branch
            candidate = self._fitting(candidate_schema, depth)
            if self.checker.fits(candidate, node):
                return candidate
            fallback = candidate if fallback is None else fallback
        return fallback

    def _object(self, node: Mapping[str, Any], depth: int) -> dict[str, Any]:
        properties: Mapping[str, Any] = node.get("properties") or {}
        required = set(node.get("required") or ())
        made: dict[str, Any] = {}
        for name, schema in properties.items():
            prop = resolve(self.spec, schema)
            if name not in required and (depth >= MAX_DEPTH or _is_write_only(prop)):
                continue
            made[name] = self._fitting(schema, depth + 1)
        for name in required - set(made):  # required but not declared: anything will do
            made[name] = "example"
        return made

    def _array(self, node: Mapping[str, Any], depth: int) -> list[Any]:
        least = int(node.get("minItems", 0))
        count = max(least, 0 if depth >= MAX_DEPTH or node.get("maxItems") == 0 else 1)
        if "prefixItems" in node:
            prefix = [self._fitting(item, depth + 1) for item in node["prefixItems"]]
            return prefix[: max(count, len(prefix))]
        item = self._fitting(node.get("items", {}), depth + 1)
        if node.get("uniqueItems") and count > 1:
            return [item] + [self._fitting(node.get("items", {}), depth + 1) for _ in range(count - 1)]
        return [copy.deepcopy(item) for _ in range(count)]

    def _string(self, node: Mapping[str, Any]) -> str:
        text = STRING_FORMATS.get(str(node.get("format", "")), "example")
        pattern = node.get("pattern")
        if pattern is not None:
            text = self._matching(str(pattern), node)
        least, most = int(node.get("minLength", 0)), node.get("maxLength")
        if len(text) < least:
            text = text + "x" * (least - len(text))
        if most is not None and len(text) > int(most):
            text = text[: int(most)]
        return text

    def _matching(self, pattern: str, node: Mapping[str, Any]) -> str:
        probe = {"type": "string", "pattern": pattern}
        for guess in (STRING_FORMATS.get(str(node.get("format", "")), ""), *_PATTERN_GUESSES):
            if guess and self.checker.fits(guess, probe):
                return guess
        return _from_regex(pattern)


def _from_regex(pattern: str) -> str:
    """A string matching ``pattern``, found by hypothesis (deterministically) when no guess did."""
    from hypothesis import HealthCheck, find, settings
    from hypothesis import strategies as st

    try:
        found: str = find(
            st.from_regex(pattern, fullmatch=False),
            lambda _: True,
            settings=settings(database=None, derandomize=True, suppress_health_check=list(HealthCheck)),
        )
    except Exception as exc:
        raise SynthesisError(f"no string found for the pattern {pattern!r}: {exc}") from exc
    return found


def _kind(node: Mapping[str, Any]) -> str | None:
    declared = node.get("type")
    if isinstance(declared, list):
        named = [t for t in declared if t != "null"]
        return str(named[0]) if named else "null"
    if isinstance(declared, str):
        return declared
    if "properties" in node or "additionalProperties" in node or "required" in node:
        return "object"
    if "items" in node or "prefixItems" in node:
        return "array"
    if any(key in node for key in ("minLength", "maxLength", "pattern", "format")):
        return "string"
    if any(key in node for key in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum")):
        return "number"
    return None


def _integer(node: Mapping[str, Any]) -> int:
    value = _number(node)
    step = node.get("multipleOf")
    whole = math.ceil(value)
    if step:
        whole = math.ceil(whole / step) * step
    return int(whole)


def _number(node: Mapping[str, Any]) -> float | int:
    least = node.get("minimum")
    if node.get("exclusiveMinimum") is not None:
        least = node["exclusiveMinimum"] + 1
    most = node.get("maximum")
    if node.get("exclusiveMaximum") is not None:
        most = node["exclusiveMaximum"] - 1
    value: float | int = 1
    if least is not None and value < least:
        value = least
    if most is not None and value > most:
        value = most
    step = node.get("multipleOf")
    if step and not float(value / step).is_integer():
        value = math.ceil(value / step) * step
    return value


def _is_write_only(node: Any) -> bool:
    return isinstance(node, Mapping) and bool(node.get("writeOnly"))


def _merged(spec: Mapping[str, Any], node: Mapping[str, Any]) -> dict[str, Any]:
    """An ``allOf`` read as one schema: properties and required lists joined, other keywords kept
    (the result is checked against the real schema, so a keyword lost here is caught)."""
    merged: dict[str, Any] = {k: v for k, v in node.items() if k != "allOf"}
    for part in node["allOf"]:
        part = resolve(spec, part)
        if isinstance(part, Mapping) and part.get("allOf"):
            part = _merged(spec, part)
        if not isinstance(part, Mapping):
            continue
        for key, value in part.items():
            if key == "properties":
                merged["properties"] = {**merged.get("properties", {}), **value}
            elif key == "required":  # each name once: a list with repeats is not a schema
                merged["required"] = list(dict.fromkeys([*merged.get("required", []), *value]))
            else:
                merged.setdefault(key, value)
    return merged


def _short(schema: Any, limit: int = 160) -> str:
    text = str(schema)
    return text if len(text) <= limit else text[: limit - 3] + "..."
