"""Validate stage: the OpenAPI schema (openapi-spec-validator) plus the project's own rules.

Every problem is one line: the file, the line and JSON pointer, its severity and rule id, what is
wrong and how to fix it.

The OpenAPI schema check is not a rule: a document that fails it is not OpenAPI, so it is always an
error. Each project rule has a stable id and a default severity (``RULES``); a project may set
another per API (:mod:`apikit.policy`). The defaults hold every spec to what the generated client,
the mock and ``verify`` need (errors) and only warn about how a spec documents itself, so that a
spec as its vendor publishes it builds; this project's own pyproject.toml makes those errors too.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Literal, Protocol

from apikit.load import escape_pointer_token, pointer_of
from apikit.spec import Operation, RpcSelector, iter_operations, resolve, schema_registry, schema_validator

TYPING_KEYWORDS = ("type", "$ref", "const", "enum", "oneOf", "anyOf", "allOf")

Severity = Literal["error", "warning", "off"]
ERROR: Severity = "error"
WARNING: Severity = "warning"
OFF: Severity = "off"
SEVERITIES: tuple[Severity, ...] = (ERROR, WARNING, OFF)
SCHEMA_CHECK = "openapi-schema"
"""The id shown with OpenAPI schema problems; not a rule, so it cannot be configured."""


@dataclass(frozen=True)
class Problem:
    where: str
    message: str
    fix: str
    rule: str = SCHEMA_CHECK
    severity: Severity = ERROR

    def __str__(self) -> str:
        fix = f"; {self.fix}" if self.fix else ""
        return f"{self.where}: {self.severity} [{self.rule}]: {self.message}{fix}"

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR


class SpecInvalid(Exception):
    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join([*(str(p) for p in problems), *_rule_hint(problems)]))


def _rule_hint(problems: list[Problem]) -> list[str]:
    """How to go on past errors of project rules (not of OpenAPI) in a spec one does not edit."""
    rules = sorted({p.rule for p in problems if p.is_error} & {rule.id for rule in RULES})
    if not rules:
        return []
    which = "project rules" if len(rules) > 1 else "a project rule"
    return [
        f"{', '.join(rules)}: {which}, not OpenAPI. Correct the spec; or keep a vendor's spec as "
        'published and correct it in overlays/<api>/all.yaml; or set the rule to "warning" under '
        '[tool.apikit.rules] in pyproject.toml (README, "Rules and severities").'
    ]


class Located(Protocol):
    """A document and where each of its parts was written: a spec as loaded, or after overlays."""

    @property
    def document(self) -> dict[str, Any]: ...

    def where(self, pointer: str) -> str:
        """``file:line (pointer)`` of the node at ``pointer``."""
        ...


Finding = tuple[str, str, str]
"""(JSON pointer, what is wrong, how to fix it), as a rule's check yields it."""
Check = Callable[[Mapping[str, Any]], Iterator[Finding]]


@dataclass(frozen=True)
class Rule:
    id: str
    default: Severity
    check: Check
    asks: str
    """What the rule asks of a spec, in a few words (for messages and docs)."""


def validate_document(located: Located, severities: Mapping[str, Severity] | None = None) -> list[Problem]:
    """All problems of one spec: the OpenAPI schema first, the project rules only on a sound spec.

    ``severities``: rule id -> severity, for the rules not at their default (see apikit.policy)."""
    problems = openapi_schema_problems(located)
    if problems:
        return problems
    return rule_problems(located, severities)


def errors_of(problems: list[Problem]) -> list[Problem]:
    return [problem for problem in problems if problem.is_error]


def check_document(located: Located, severities: Mapping[str, Severity] | None = None) -> None:
    """Raise SpecInvalid with every problem when one of them is an error."""
    problems = validate_document(located, severities)
    if errors_of(problems):
        raise SpecInvalid(problems)


def rule_problems(located: Located, severities: Mapping[str, Severity] | None = None) -> list[Problem]:
    problems: list[Problem] = []
    for rule in RULES:
        severity = (severities or {}).get(rule.id, rule.default)
        if severity == OFF:
            continue
        for pointer, message, fix in rule.check(located.document):
            problems.append(Problem(located.where(pointer), message, fix, rule.id, severity))
    return problems


def openapi_schema_problems(located: Located) -> list[Problem]:
    """What keeps the document from being OpenAPI 3.1, each at the node it is about."""
    return [
        Problem(located.where(pointer), message, "make it match the OpenAPI 3.1 schema")
        for pointer, message in _openapi_schema_errors(located.document)
    ]


def _openapi_schema_errors(document: Mapping[str, Any]) -> Iterator[tuple[str, str]]:
    if not str(document.get("openapi", "")).startswith("3.1"):
        yield "/openapi", "apikit specs must be OpenAPI 3.1 (set `openapi: 3.1.0`)"
        return
    errors = _locating_validator(document).iter_errors()
    reported = False
    try:
        for error in errors:
            yield pointer_of(list(error.absolute_path)), one_line(error.message)
            reported = True
    except (KeyError, TypeError, AttributeError) as exc:
        # The validator's deeper checks assume a structurally sound document and can trip over
        # one that is not; the structural errors reported so far say what to fix.
        if not reported:
            yield "", f"malformed OpenAPI document near {exc}"


def _locating_validator(document: Mapping[str, Any]) -> Any:
    """openapi-spec-validator, made to say where each of its errors is.

    It checks the document against the OpenAPI schema, with absolute paths, then walks it with one
    "keyword validator" per kind of node (a schema, an operation...), whose errors carry a path
    relative to that node only, or none: so a mistyped ``type`` deep in a schema came out as
    ``/type``. Each keyword validator is wrapped to put the node's own place in front of the paths of
    the errors it yields. A node reached through a ``$ref`` is placed where it is written, found by
    identity (the validator reads the document's own objects), not on the path through the $ref.
    """
    # Imported here, not at the top: it takes longer to import than an unchanged build takes to run.
    from jsonschema_path import SchemaPath
    from openapi_spec_validator import OpenAPIV31SpecValidator
    from openapi_spec_validator.validation.keywords import ValueValidator

    places = _places_by_identity(document)

    def place_of(node: SchemaPath) -> tuple[Any, ...]:
        try:
            return places.get(id(node.read_value()), tuple(node.parts))
        except Exception:  # a node the validator cannot read (a broken $ref): where it was reached
            return tuple(node.parts)

    def locating(cls: type[Any]) -> type[Any]:
        # A value validator checks a schema's `default` against that schema, which is its argument.
        suffix = ("default",) if issubclass(cls, ValueValidator) else ()

        def __call__(self: Any, *args: Any, **kwargs: Any) -> Iterator[Any]:
            node = next((arg for arg in args if isinstance(arg, SchemaPath)), None)
            for error in cls.__call__(self, *args, **kwargs):
                # The innermost validator knows the place; the ones it was called from pass it on.
                if node is not None and not getattr(error, _PLACED, False):
                    error.path.extendleft(reversed((*place_of(node), *suffix)))
                    setattr(error, _PLACED, True)
                yield error

        return type(f"Locating{cls.__name__}", (cls,), {"__call__": __call__})

    keywords = {name: locating(cls) for name, cls in OpenAPIV31SpecValidator.keyword_validators.items()}
    validator = type(
        "LocatingOpenAPIV31SpecValidator", (OpenAPIV31SpecValidator,), {"keyword_validators": keywords}
    )
    return validator(document)


_PLACED = "_apikit_placed"


def _places_by_identity(
    node: Any, parts: tuple[Any, ...] = (), found: dict[int, tuple[Any, ...]] | None = None
) -> dict[int, tuple[Any, ...]]:
    """id() of every mapping and list of the document -> its path (the first place, for a YAML alias)."""
    found = {} if found is None else found
    if isinstance(node, Mapping | list) and id(node) not in found:
        found[id(node)] = parts
        items = node.items() if isinstance(node, Mapping) else enumerate(node)
        for key, value in items:
            _places_by_identity(value, (*parts, key), found)
    return found


def one_line(message: str, limit: int = 300) -> str:
    """A validator's message as one line: its first paragraph (jsonschema adds the failing schema and
    the instance on the lines after), spaces collapsed, a long quoted value shortened in the middle."""
    text = re.sub(r"\s+", " ", message.strip().split("\n\n", 1)[0])
    if len(text) <= limit:
        return text
    keep = limit // 2
    return f"{text[:keep]} … {text[-keep:]}"


def operation_ids(spec: Mapping[str, Any]) -> Iterator[Finding]:
    for op in iter_operations(spec):
        if not op.operation_id:
            yield op.pointer, "operation has no operationId", "add a unique camelCase operationId"


def unique_operation_ids(spec: Mapping[str, Any]) -> Iterator[Finding]:
    first_seen: dict[str, str] = {}
    for op in iter_operations(spec):
        if not op.operation_id:
            continue
        if op.operation_id in first_seen:
            yield (
                f"{op.pointer}/operationId",
                f"operationId {op.operation_id!r} is also used at {first_seen[op.operation_id]}",
                "give each operation its own operationId",
            )
        else:
            first_seen[op.operation_id] = op.pointer


def operation_summaries(spec: Mapping[str, Any]) -> Iterator[Finding]:
    yield from _missing_text(spec, "summary")


def operation_descriptions(spec: Mapping[str, Any]) -> Iterator[Finding]:
    yield from _missing_text(spec, "description")


def _missing_text(spec: Mapping[str, Any], key: str) -> Iterator[Finding]:
    for op in iter_operations(spec):
        if not str(op.definition.get(key, "")).strip():
            yield op.pointer, f"operation {op.operation_id} has no {key}", f"add a {key}"


def operation_tags(spec: Mapping[str, Any]) -> Iterator[Finding]:
    for op in iter_operations(spec):
        if not op.definition.get("tags"):
            yield op.pointer, f"operation {op.operation_id} has no tag", "add it to one of the spec's tags"


def error_responses(spec: Mapping[str, Any]) -> Iterator[Finding]:
    # APIs that answer failures on HTTP 200 document them once, as the root `x-error-envelope`.
    if "x-error-envelope" in spec:
        return
    for op in iter_operations(spec):
        responses = op.definition.get("responses", {})
        if not any(_is_error_status(code) for code in responses):
            yield (
                f"{op.pointer}/responses",
                f"operation {op.operation_id} documents no error response",
                "document at least one 4xx, 5xx or default response",
            )


def _is_error_status(code: Any) -> bool:
    text = str(code)
    return text == "default" or text[:1] in ("4", "5")


def typed_properties(spec: Mapping[str, Any]) -> Iterator[Finding]:
    for pointer, schema in _walk_schemas(spec):
        for name, prop in (schema.get("properties") or {}).items():
            if isinstance(prop, Mapping) and not any(k in prop for k in TYPING_KEYWORDS):
                yield (
                    f"{pointer}/properties/{escape_pointer_token(name)}",
                    f"property {name!r} has no type",
                    "give it a `type` (or `$ref`, `enum`, `const`, `oneOf`/`anyOf`/`allOf`)",
                )


def valid_examples(spec: Mapping[str, Any]) -> Iterator[Finding]:
    registry = schema_registry(spec)
    for pointer, schema, example in _walk_examples(spec):
        validator = schema_validator(spec, schema, registry)
        for error in validator.iter_errors(example):
            inner = pointer_of(list(error.absolute_path))
            yield (
                pointer,
                f"example is not valid against its schema at {inner or '/'}: {one_line(error.message)}",
                "correct the example or the schema",
            )


def rpc_selectors_declared(spec: Mapping[str, Any]) -> Iterator[Finding]:
    """Operations sharing one URL and method must say how a request names them (`x-rpc`), so
    clients, mocks and generated tests all send and expect that name."""
    sharing = _operations_by_wire_url(spec)
    for op in iter_operations(spec):
        shares_url = len(sharing[(op.wire_path, op.method)]) > 1
        batch = "batch" in (op.definition.get("x-rpc") or {})  # named by carrying the others' bodies
        if op.rpc is None and not batch and (shares_url or op.action is not None):
            yield (
                op.pointer,
                f"operation {op.operation_id} shares {op.method.upper()} {op.wire_path} with others "
                "(or has a #fragment) but has no x-rpc selector",
                "add `x-rpc: {selector: {in: body|query, name: ..., value: ...}}` (specs/CONVENTIONS.md)",
            )


def rpc_selectors_valid(spec: Mapping[str, Any]) -> Iterator[Finding]:
    for op, rpc in _rpc_operations(spec):
        where = f"{op.pointer}/x-rpc/selector"
        if rpc.location not in ("body", "query"):
            yield where, f"x-rpc selector `in` is {rpc.location!r}", "use `in: body` or `in: query`"
        if op.action is not None and op.action != rpc.value:
            yield (
                where,
                f"the path key's fragment #{op.action} differs from the selector value {rpc.value!r}",
                "make the fragment after # equal to x-rpc.selector.value",
            )


def rpc_selectors_enforced(spec: Mapping[str, Any]) -> Iterator[Finding]:
    """The spec must make a request carry the selector, so a client cannot send another."""
    for op, rpc in _rpc_operations(spec):
        if rpc.location not in ("body", "query"):
            continue  # rpc-selector-valid reports it
        where = f"{op.pointer}/x-rpc/selector"
        schema, required, place = _selector_schema(spec, op, rpc.location, rpc.name)
        if schema is None:
            yield (
                where,
                f"the {place} has no {rpc.name!r} to carry the selector",
                f"declare {rpc.name!r} there",
            )
        elif not required or schema.get("const") != rpc.value or schema.get("default") != rpc.value:
            yield (
                where,
                f"{rpc.name!r} in the {place} does not enforce {rpc.value!r}",
                f"make it required with `type: string, const: {rpc.value}, default: {rpc.value}`",
            )


def rpc_selectors_unique(spec: Mapping[str, Any]) -> Iterator[Finding]:
    yield from _duplicate_selector_values(_operations_by_wire_url(spec))


def _operations_by_wire_url(spec: Mapping[str, Any]) -> dict[tuple[str, str], list[Operation]]:
    sharing: dict[tuple[str, str], list[Operation]] = {}
    for op in iter_operations(spec):
        sharing.setdefault((op.wire_path, op.method), []).append(op)
    return sharing


def _rpc_operations(spec: Mapping[str, Any]) -> Iterator[tuple[Operation, RpcSelector]]:
    for op in iter_operations(spec):
        if op.rpc is not None:
            yield op, op.rpc


def _selector_schema(
    spec: Mapping[str, Any], op: Operation, location: str, name: str
) -> tuple[Mapping[str, Any] | None, bool, str]:
    if location == "query":
        param = op.parameter(name, "query")
        if param is None:
            return None, False, "query"
        return resolve(spec, param.get("schema", {})), bool(param.get("required")), "query"
    body = resolve(spec, op.definition.get("requestBody")) or {}
    media = (body.get("content") or {}).get("application/json") or {}
    schema = resolve(spec, media.get("schema", {}))
    prop = resolve(spec, (schema.get("properties") or {}).get(name))
    required = bool(body.get("required")) and name in (schema.get("required") or [])
    return (prop if isinstance(prop, Mapping) else None), required, "JSON request body"


def _duplicate_selector_values(sharing: Mapping[tuple[str, str], list[Operation]]) -> Iterator[Finding]:
    for ops in sharing.values():
        seen: dict[tuple[str, str, str], str] = {}
        for op in ops:
            if op.rpc is None:
                continue
            key = (op.rpc.location, op.rpc.name, op.rpc.value)
            if key in seen:
                yield (
                    f"{op.pointer}/x-rpc/selector",
                    f"operation {op.operation_id} has the same selector as {seen[key]}",
                    "give each operation behind one URL its own selector value",
                )
            seen.setdefault(key, op.operation_id)


DOCUMENTATION = WARNING
"""The default of the rules about how a spec documents itself: a spec as its vendor publishes it
often lacks them, and still makes a working client, mock and docs."""
RULES: tuple[Rule, ...] = (
    # Errors: what the client's function names, the docs' links, the mock's routing and the tests
    # rely on. (OpenAPI itself asks for unique operationIds, so openapi-spec-validator refuses a
    # duplicate first, as a schema error that no setting turns off.)
    Rule("operation-id", ERROR, operation_ids, "every operation has an operationId"),
    Rule("unique-operation-ids", ERROR, unique_operation_ids, "no two operations share an operationId"),
    Rule("operation-summary", DOCUMENTATION, operation_summaries, "every operation has a summary"),
    Rule("operation-description", DOCUMENTATION, operation_descriptions, "every operation has a description"),
    Rule("operation-tags", DOCUMENTATION, operation_tags, "every operation has a tag"),
    Rule("error-response", DOCUMENTATION, error_responses, "every operation documents an error response"),
    Rule("typed-properties", DOCUMENTATION, typed_properties, "every property has a type"),
    Rule("valid-examples", ERROR, valid_examples, "every example is valid against its schema"),
    Rule("rpc-selector", ERROR, rpc_selectors_declared, "operations behind one URL declare x-rpc"),
    Rule(
        "rpc-selector-valid", ERROR, rpc_selectors_valid, "x-rpc is in body or query, equal to the #fragment"
    ),
    Rule("rpc-selector-enforced", ERROR, rpc_selectors_enforced, "the request schema enforces x-rpc"),
    Rule(
        "rpc-selector-unique", ERROR, rpc_selectors_unique, "operations behind one URL differ in x-rpc value"
    ),
)
RULE_IDS = tuple(rule.id for rule in RULES)


def _walk_schemas(node: Any, pointer: str = "") -> Iterator[tuple[str, Mapping[str, Any]]]:
    """Every mapping that declares ``properties``, wherever it sits in the document."""
    if isinstance(node, Mapping):
        if isinstance(node.get("properties"), Mapping):
            yield pointer, node
        for key, value in node.items():
            if key not in ("example", "examples") or not pointer.endswith("/properties"):
                yield from _walk_schemas(value, f"{pointer}/{escape_pointer_token(str(key))}")
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from _walk_schemas(item, f"{pointer}/{index}")


def _walk_examples(spec: Mapping[str, Any]) -> Iterator[tuple[str, Any, Any]]:
    """(pointer, schema, example) for schema examples, parameter and media-type examples."""
    yield from _schema_examples(spec, "")
    for op in iter_operations(spec):
        yield from _operation_examples(spec, op)
    for section in ("parameters", "responses", "requestBodies"):
        for name, obj in (spec.get("components", {}).get(section) or {}).items():
            yield from _holder_examples(spec, obj, f"/components/{section}/{escape_pointer_token(name)}")


def _schema_examples(node: Any, pointer: str) -> Iterator[tuple[str, Any, Any]]:
    if isinstance(node, Mapping):
        if _looks_like_schema(node):
            for index, example in (
                enumerate(node.get("examples") or []) if isinstance(node.get("examples"), list) else ()
            ):
                yield f"{pointer}/examples/{index}", node, example
            if "example" in node:
                yield f"{pointer}/example", node, node["example"]
        for key, value in node.items():
            if key not in ("example", "examples", "x-errata"):
                yield from _schema_examples(value, f"{pointer}/{escape_pointer_token(str(key))}")
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from _schema_examples(item, f"{pointer}/{index}")


def _looks_like_schema(node: Mapping[str, Any]) -> bool:
    return any(k in node for k in (*TYPING_KEYWORDS, "properties", "items")) and "in" not in node


def _operation_examples(spec: Mapping[str, Any], op: Operation) -> Iterator[tuple[str, Any, Any]]:
    for index, param in enumerate(op.definition.get("parameters", [])):
        if "$ref" not in param:
            yield from _holder_examples(spec, param, f"{op.pointer}/parameters/{index}")
    body = op.definition.get("requestBody")
    if isinstance(body, Mapping) and "$ref" not in body:
        yield from _holder_examples(spec, body, f"{op.pointer}/requestBody")
    for code, response in (op.definition.get("responses") or {}).items():
        if "$ref" not in response:
            yield from _holder_examples(spec, response, f"{op.pointer}/responses/{code}")


def _holder_examples(spec: Mapping[str, Any], holder: Any, pointer: str) -> Iterator[tuple[str, Any, Any]]:
    """Examples on a parameter, a request body or a response (and their media types)."""
    holder = resolve(spec, holder)
    if not isinstance(holder, Mapping):
        return
    if "schema" in holder:
        yield from _media_examples(spec, holder, pointer)
    for media_type, media in (holder.get("content") or {}).items():
        yield from _media_examples(spec, media, f"{pointer}/content/{escape_pointer_token(media_type)}")


def _media_examples(
    spec: Mapping[str, Any], media: Mapping[str, Any], pointer: str
) -> Iterator[tuple[str, Any, Any]]:
    schema = media.get("schema")
    if schema is None:
        return
    if "example" in media:
        yield f"{pointer}/example", schema, media["example"]
    for name, example in (media.get("examples") or {}).items():
        example = resolve(spec, example)
        if isinstance(example, Mapping) and "value" in example:
            yield f"{pointer}/examples/{escape_pointer_token(name)}/value", schema, example["value"]
