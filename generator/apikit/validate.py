"""Validate stage: the OpenAPI schema (openapi-spec-validator) plus the project's own rules.

Every problem names the file, the line and JSON pointer, what is wrong and how to fix it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from apikit.load import LoadedDocument, escape_pointer_token, pointer_of
from apikit.spec import Operation, RpcSelector, iter_operations, resolve, schema_registry, schema_validator

TYPING_KEYWORDS = ("type", "$ref", "const", "enum", "oneOf", "anyOf", "allOf")


@dataclass(frozen=True)
class Problem:
    where: str
    message: str
    fix: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}; {self.fix}"


class SpecInvalid(Exception):
    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


Rule = Callable[[LoadedDocument], Iterator[tuple[str, str, str]]]


def validate_document(loaded: LoadedDocument) -> list[Problem]:
    """All problems of one spec: the OpenAPI schema first, the project rules only on a sound spec."""
    problems = list(_openapi_schema_problems(loaded))
    if problems:
        return problems
    return [
        Problem(loaded.where(pointer), message, fix)
        for rule in RULES
        for pointer, message, fix in rule(loaded)
    ]


def check_document(loaded: LoadedDocument) -> None:
    problems = validate_document(loaded)
    if problems:
        raise SpecInvalid(problems)


def _openapi_schema_problems(loaded: LoadedDocument) -> Iterator[Problem]:
    if not str(loaded.document.get("openapi", "")).startswith("3.1"):
        yield Problem(loaded.where("/openapi"), "apikit specs must be OpenAPI 3.1", "set `openapi: 3.1.0`")
        return
    # Imported here, not at the top: it takes longer to import than an unchanged build takes to run.
    from openapi_spec_validator import OpenAPIV31SpecValidator

    errors = OpenAPIV31SpecValidator(loaded.document).iter_errors()
    reported = False
    try:
        for error in errors:
            pointer = pointer_of(list(error.absolute_path))
            yield Problem(loaded.where(pointer), error.message, "make it match the OpenAPI 3.1 schema")
            reported = True
    except (KeyError, TypeError, AttributeError) as exc:
        # The validator's deeper checks assume a structurally sound document and can trip over
        # one that is not; the structural errors reported so far say what to fix.
        if not reported:
            yield Problem(
                loaded.where(""),
                f"malformed OpenAPI document near {exc}",
                "make it match the OpenAPI 3.1 schema",
            )


def unique_operation_ids(loaded: LoadedDocument) -> Iterator[tuple[str, str, str]]:
    first_seen: dict[str, str] = {}
    for op in iter_operations(loaded.document):
        if not op.operation_id:
            yield op.pointer, "operation has no operationId", "add a unique camelCase operationId"
        elif op.operation_id in first_seen:
            yield (
                f"{op.pointer}/operationId",
                f"operationId {op.operation_id!r} is also used at {first_seen[op.operation_id]}",
                "give each operation its own operationId",
            )
        else:
            first_seen[op.operation_id] = op.pointer


def documented_operations(loaded: LoadedDocument) -> Iterator[tuple[str, str, str]]:
    for op in iter_operations(loaded.document):
        for key in ("summary", "description"):
            if not str(op.definition.get(key, "")).strip():
                yield op.pointer, f"operation {op.operation_id} has no {key}", f"add a {key}"
        if not op.definition.get("tags"):
            yield op.pointer, f"operation {op.operation_id} has no tag", "add it to one of the spec's tags"
        # APIs that answer failures on HTTP 200 document them once, as the root `x-error-envelope`.
        answers_errors_in_body = "x-error-envelope" in loaded.document
        responses = op.definition.get("responses", {})
        if not answers_errors_in_body and not any(_is_error_status(code) for code in responses):
            yield (
                f"{op.pointer}/responses",
                f"operation {op.operation_id} documents no error response",
                "document at least one 4xx, 5xx or default response",
            )


def _is_error_status(code: Any) -> bool:
    text = str(code)
    return text == "default" or text[:1] in ("4", "5")


def typed_properties(loaded: LoadedDocument) -> Iterator[tuple[str, str, str]]:
    for pointer, schema in _walk_schemas(loaded.document):
        for name, prop in (schema.get("properties") or {}).items():
            if isinstance(prop, Mapping) and not any(k in prop for k in TYPING_KEYWORDS):
                yield (
                    f"{pointer}/properties/{escape_pointer_token(name)}",
                    f"property {name!r} has no type",
                    "give it a `type` (or `$ref`, `enum`, `const`, `oneOf`/`anyOf`/`allOf`)",
                )


def valid_examples(loaded: LoadedDocument) -> Iterator[tuple[str, str, str]]:
    spec = loaded.document
    registry = schema_registry(spec)
    for pointer, schema, example in _walk_examples(spec):
        validator = schema_validator(spec, schema, registry)
        for error in validator.iter_errors(example):
            inner = pointer_of(list(error.absolute_path))
            yield (
                pointer,
                f"example is not valid against its schema at {inner or '/'}: {error.message}",
                "correct the example or the schema",
            )


def rpc_operations(loaded: LoadedDocument) -> Iterator[tuple[str, str, str]]:
    """Operations sharing one URL and method must say how a request names them (`x-rpc`), and the
    spec must enforce that name, so clients, mocks and generated tests all send and expect it."""
    spec = loaded.document
    operations = list(iter_operations(spec))
    sharing: dict[tuple[str, str], list[Operation]] = {}
    for op in operations:
        sharing.setdefault((op.wire_path, op.method), []).append(op)
    for op in operations:
        shares_url = len(sharing[(op.wire_path, op.method)]) > 1
        if op.rpc is None:
            if shares_url or op.action is not None:
                yield (
                    op.pointer,
                    f"operation {op.operation_id} shares {op.method.upper()} {op.wire_path} with others "
                    "(or has a #fragment) but has no x-rpc selector",
                    "add `x-rpc: {selector: {in: body|query, name: ..., value: ...}}` (specs/CONVENTIONS.md)",
                )
            continue
        yield from _rpc_selector_problems(spec, op, op.rpc)
    yield from _duplicate_selector_values(sharing)


def _rpc_selector_problems(
    spec: Mapping[str, Any], op: Operation, rpc: RpcSelector
) -> Iterator[tuple[str, str, str]]:
    where = f"{op.pointer}/x-rpc/selector"
    if rpc.location not in ("body", "query"):
        yield where, f"x-rpc selector `in` is {rpc.location!r}", "use `in: body` or `in: query`"
        return
    if op.action is not None and op.action != rpc.value:
        yield (
            where,
            f"the path key's fragment #{op.action} differs from the selector value {rpc.value!r}",
            "make the fragment after # equal to x-rpc.selector.value",
        )
    schema, required, place = _selector_schema(spec, op, rpc.location, rpc.name)
    if schema is None:
        yield where, f"the {place} has no {rpc.name!r} to carry the selector", f"declare {rpc.name!r} there"
        return
    if not required or schema.get("const") != rpc.value or schema.get("default") != rpc.value:
        yield (
            where,
            f"{rpc.name!r} in the {place} does not enforce {rpc.value!r}",
            f"make it required with `type: string, const: {rpc.value}, default: {rpc.value}`",
        )


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


def _duplicate_selector_values(
    sharing: Mapping[tuple[str, str], list[Operation]],
) -> Iterator[tuple[str, str, str]]:
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


RULES: tuple[Rule, ...] = (
    unique_operation_ids,
    documented_operations,
    typed_properties,
    valid_examples,
    rpc_operations,
)


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
