"""Read-only views over a loaded OpenAPI document shared by every stage.

Operations, local ``$ref`` resolution and JSON Schema validators that understand
``#/components/...`` references.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import jsonschema_rs
from jsonschema import Draft202012Validator, FormatChecker, ValidationError
from jsonschema.exceptions import best_match
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from apikit.load import escape_pointer_token

# The string formats of JSON Schema 2020-12, checked the way schemathesis checks them (jsonschema-rs):
# jsonschema's own checks are lax for some (any text with an "@" is an "email"), and a server that
# accepts what schemathesis calls invalid fails its negative tests.
STRING_FORMATS = (
    "date", "date-time", "time", "duration", "email", "idn-email", "hostname", "idn-hostname",
    "ipv4", "ipv6", "uri", "uri-reference", "iri", "iri-reference", "uri-template",
    "json-pointer", "relative-json-pointer", "regex", "uuid",
)  # fmt: skip
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
SPEC_URI = "urn:apikit:spec"


@dataclass(frozen=True)
class RpcSelector:
    """``x-rpc.selector``: the request names the operation by ``value`` in a body field or query
    parameter called ``name`` (``location`` is ``body`` or ``query``)."""

    location: str
    name: str
    value: str

    def value_in(self, query: Mapping[str, Any], json_body: Any) -> Any:
        """What a request carries where this selector looks (None when absent)."""
        if self.location == "query":
            return query.get(self.name)
        return json_body.get(self.name) if isinstance(json_body, Mapping) else None


@dataclass(frozen=True)
class Operation:
    path: str
    method: str
    operation_id: str
    definition: Mapping[str, Any]
    parameters: tuple[Mapping[str, Any], ...]

    @property
    def pointer(self) -> str:
        return f"/paths/{escape_pointer_token(self.path)}/{self.method}"

    @property
    def wire_path(self) -> str:
        """The path an HTTP client sends: a ``#fragment`` in the path key never goes on the wire."""
        return self.path.split("#", 1)[0]

    @property
    def action(self) -> str | None:
        """The ``#fragment`` of the path key: the action's name on one-endpoint APIs."""
        return self.path.split("#", 1)[1] if "#" in self.path else None

    @functools.cached_property  # asked on every request a mock routes
    def rpc(self) -> RpcSelector | None:
        """Where the request names this operation, on an API with many operations behind one URL."""
        selector = (self.definition.get("x-rpc") or {}).get("selector")
        if not isinstance(selector, Mapping):
            return None
        return RpcSelector(str(selector.get("in")), str(selector.get("name")), str(selector.get("value")))

    def parameter(self, name: str, location: str = "query") -> Mapping[str, Any] | None:
        for param in self.parameters:
            if param.get("name") == name and param.get("in") == location:
                return param
        return None


def resolve(spec: Mapping[str, Any], obj: Any) -> Any:
    """Follow local ``$ref`` chains (``#/components/...``) until a concrete object."""
    seen: set[str] = set()
    while isinstance(obj, Mapping) and isinstance(obj.get("$ref"), str):
        ref = obj["$ref"]
        if ref in seen or not ref.startswith("#/"):
            raise ValueError(f"cannot resolve $ref {ref!r}: only acyclic local references are supported")
        seen.add(ref)
        obj = resolve_pointer(spec, ref[1:])
    return obj


def resolve_pointer(document: Any, pointer: str) -> Any:
    node = document
    for raw in pointer.lstrip("/").split("/") if pointer else []:
        token = raw.replace("~1", "/").replace("~0", "~")
        node = node[int(token)] if isinstance(node, list) else node[token]
    return node


def iter_operations(spec: Mapping[str, Any]) -> Iterator[Operation]:
    for path, item in (spec.get("paths") or {}).items():
        item = resolve(spec, item)
        shared = [resolve(spec, p) for p in item.get("parameters", [])]
        for method in HTTP_METHODS:
            definition = item.get(method)
            if not isinstance(definition, Mapping):
                continue
            own = [resolve(spec, p) for p in definition.get("parameters", [])]
            own_keys = {(p.get("name"), p.get("in")) for p in own}
            merged = [p for p in shared if (p.get("name"), p.get("in")) not in own_keys] + own
            yield Operation(path, method, str(definition.get("operationId", "")), definition, tuple(merged))


def schema_registry(spec: Mapping[str, Any]) -> Registry[Any]:
    contents = _bounded_spec(spec)
    resource: Resource[Any] = Resource.from_contents(contents, default_specification=DRAFT202012)
    registry: Registry[Any] = Registry().with_resource(SPEC_URI, resource)
    return registry


def _strict_format_checker() -> FormatChecker:
    checker = FormatChecker(formats=())
    for name in STRING_FORMATS:
        is_valid = jsonschema_rs.Draft202012Validator({"format": name}, validate_formats=True).is_valid
        checker.checks(name)(is_valid)
    return checker


FORMAT_CHECKER = _strict_format_checker()


class SchemaValidator:
    """JSON Schema 2020-12 validation within a spec: jsonschema-rs decides (fast, and the same
    engine schemathesis uses), jsonschema explains why a value is invalid."""

    def __init__(
        self, decider: Any, explainer: Draft202012Validator, quick: ScalarCheck | None = None
    ) -> None:
        self._decider = decider
        self._explainer = explainer
        self._quick = quick
        """For the simplest scalar schemas: a plain-Python test that says yes only to values the
        schema surely accepts (see :func:`scalar_check`); anything else goes to the decider."""

    def is_valid(self, instance: Any) -> bool:
        return (self._quick is not None and self._quick(instance)) or bool(self._decider.is_valid(instance))

    def iter_errors(self, instance: Any) -> Iterator[ValidationError]:
        return iter(()) if self.is_valid(instance) else iter(self._explain(instance))

    def first_error(self, instance: Any) -> ValidationError | None:
        """The most relevant ``ValidationError``, or None when ``instance`` fits (decided without
        building any explanation, which is what almost every call needs)."""
        if self.is_valid(instance):
            return None
        error: ValidationError | None = best_match(self._explain(instance))
        return error

    def _explain(self, instance: Any) -> list[ValidationError]:
        """Why ``instance``, which the decider refused, does not fit."""
        errors = list(self._explainer.iter_errors(instance))
        # The engines can disagree (Python's `$` also matches before a final newline, ECMA's does
        # not): the decider's verdict stands, with a plain explanation.
        return errors or [ValidationError("does not match the schema", instance=instance)]

    def validate(self, instance: Any) -> None:
        """Raise the most relevant ``ValidationError`` when ``instance`` does not fit."""
        error = self.first_error(instance)
        if error is not None:
            raise error


def schema_validator(
    spec: Mapping[str, Any], schema: Any, registry: Registry[Any] | None = None
) -> SchemaValidator:
    """A validator for ``schema`` in which ``#/components/...`` refers to the spec itself."""
    rebased = {"allOf": [_rebase_refs(with_integer_bounds(schema))]} if schema is not True else {}
    explainer = Draft202012Validator(
        {"$id": SPEC_URI + "#validator", **rebased},
        registry=registry or schema_registry(spec),
        format_checker=FORMAT_CHECKER,
    )
    decider = jsonschema_rs.validator_for(
        rebased, registry=_rs_registry(spec), validate_formats=True, base_uri=SPEC_URI + "-validator"
    )
    return SchemaValidator(decider, explainer, scalar_check(spec, schema))


_ANNOTATIONS = frozenset(
    (
        "description",
        "title",
        "default",
        "examples",
        "example",
        "deprecated",
        "readOnly",
        "writeOnly",
        "$comment",
    )
)
"""Keywords that never reject a value."""
_INTEGER_FORMATS = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}
_NUMBER_KEYWORDS = {"type", "format", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"}
_STRING_KEYWORDS = {"type", "enum", "minLength", "maxLength"}


@dataclass(frozen=True)
class ScalarCheck:
    """A plain-Python test for the simplest scalar schemas (see :func:`scalar_check`)."""

    kind: str
    low: float | None = None
    high: float | None = None
    above: float | None = None
    below: float | None = None
    options: frozenset[str] | None = None
    shortest: int | None = None
    longest: int | None = None

    def __call__(self, value: Any) -> bool:
        kind = type(value)
        if self.kind == "boolean":
            return kind is bool
        if self.kind == "string":
            return kind is str and self._string_fits(value)
        if kind is not int and (self.kind == "integer" or kind is not float or not math.isfinite(value)):
            return False  # NaN and infinities are no JSON numbers
        return (
            (self.low is None or value >= self.low)
            and (self.high is None or value <= self.high)
            and (self.above is None or value > self.above)
            and (self.below is None or value < self.below)
        )

    def _string_fits(self, value: str) -> bool:
        return (
            (self.options is None or value in self.options)
            and (self.shortest is None or len(value) >= self.shortest)
            and (self.longest is None or len(value) <= self.longest)
        )


def scalar_check(spec: Mapping[str, Any], schema: Any, depth: int = 0) -> ScalarCheck | None:
    """A plain-Python test for the simplest scalar schemas (one type of integer, number, string or
    boolean; numeric bounds, the int32/int64 formats; string lengths, an enum of strings), or None
    for any other schema. Query parameters are mostly such schemas, and a mock checks several per
    request: this answers them without handing each value to the validator.

    The test is strict where JSON Schema is loose (``1.0`` is an integer there, not here): it may say
    no to a valid value, which then goes to the full validator, but never yes to an invalid one."""
    if not isinstance(schema, Mapping) or depth > 3:
        return None
    if "$ref" in schema:
        ref = schema["$ref"]
        if not set(schema) - {"$ref"} <= _ANNOTATIONS or not isinstance(ref, str) or not ref.startswith("#/"):
            return None
        try:
            target = resolve(spec, {"$ref": ref})
        except (KeyError, IndexError, TypeError, ValueError):
            return None
        return scalar_check(spec, target, depth + 1)
    keywords = {key for key in schema if key not in _ANNOTATIONS and not str(key).startswith("x-")}
    kind = schema.get("type")
    if kind in ("integer", "number") and keywords <= _NUMBER_KEYWORDS:
        return _number_check(schema, kind)
    if kind == "string" and keywords <= _STRING_KEYWORDS:
        return _string_check(schema)
    if kind == "boolean" and keywords == {"type"}:
        return ScalarCheck("boolean")
    return None


def _number_check(schema: Mapping[str, Any], kind: str) -> ScalarCheck | None:
    bounds = [schema.get(key) for key in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum")]
    if any(bound is not None and type(bound) not in (int, float) for bound in bounds):
        return None
    low, high, above, below = bounds
    if "format" in schema:
        if kind != "integer" or schema["format"] not in _INTEGER_FORMATS:
            return None  # other formats are checked by the validator
        least, most = _INTEGER_FORMATS[schema["format"]]
        low = least if low is None else max(low, least)
        high = most if high is None else min(high, most)
    return ScalarCheck(kind, low=low, high=high, above=above, below=below)


def _string_check(schema: Mapping[str, Any]) -> ScalarCheck | None:
    options = schema.get("enum")
    shortest, longest = schema.get("minLength"), schema.get("maxLength")
    if options is not None and not (isinstance(options, list) and all(type(o) is str for o in options)):
        return None
    if any(limit is not None and type(limit) is not int for limit in (shortest, longest)):
        return None
    return ScalarCheck(
        "string",
        options=None if options is None else frozenset(options),
        shortest=shortest,
        longest=longest,
    )


_RS_REGISTRIES: dict[int, tuple[Mapping[str, Any], Any]] = {}


def _rs_registry(spec: Mapping[str, Any]) -> Any:
    """One jsonschema-rs registry per spec object (building it serialises the whole spec)."""
    entry = _RS_REGISTRIES.get(id(spec))
    if entry is None or entry[0] is not spec:
        contents = _bounded_spec(spec)
        registry = jsonschema_rs.Registry([(SPEC_URI, contents)], draft=jsonschema_rs.Draft202012)
        entry = _RS_REGISTRIES[id(spec)] = (spec, registry)
    return entry[1]


def with_integer_bounds(schema: Any) -> Any:
    """``schema`` (a spec or any part of one) where ``format: int32`` and ``int64`` are enforced.

    JSON Schema treats ``format`` on a number as an annotation, so neither validator checks it; OpenAPI
    means it as a range, and clients generated for int32 break on a larger value. Each such schema
    gets the range as an ``allOf`` part (its own bounds, if any, still apply)."""
    if isinstance(schema, Mapping):
        copied = {key: with_integer_bounds(value) for key, value in schema.items()}
        fmt = schema.get("format")
        bounds = _INTEGER_FORMATS.get(fmt) if isinstance(fmt, str) else None
        if bounds is not None:
            least, most = bounds
            copied["allOf"] = [*copied.get("allOf", []), {"minimum": least, "maximum": most}]
        return copied
    if isinstance(schema, list):
        return [with_integer_bounds(item) for item in schema]
    return schema


_BOUNDED_SPECS: dict[int, tuple[Mapping[str, Any], dict[str, Any]]] = {}


def _bounded_spec(spec: Mapping[str, Any]) -> dict[str, Any]:
    """``with_integer_bounds(spec)``, made once per spec object (registries are built often)."""
    entry = _BOUNDED_SPECS.get(id(spec))
    if entry is None or entry[0] is not spec:
        entry = _BOUNDED_SPECS[id(spec)] = (spec, with_integer_bounds(spec))
    return entry[1]


def _rebase_refs(schema: Any) -> Any:
    """Point local refs at the registered spec so a schema can be validated out of place."""
    if isinstance(schema, Mapping):
        return {
            key: (
                SPEC_URI + value
                if key == "$ref" and isinstance(value, str) and value.startswith("#")
                else _rebase_refs(value)
            )
            for key, value in schema.items()
        }
    if isinstance(schema, list):
        return [_rebase_refs(item) for item in schema]
    return schema
