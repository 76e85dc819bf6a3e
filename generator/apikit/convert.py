"""Convert stage, between load and validate: an OpenAPI 3.0 document rewritten as the 3.1 document
that means the same, so that every later stage (validator, generator, mock, docs) knows only 3.1.

3.0's Schema Object is its own dialect of JSON Schema; 3.1's is JSON Schema 2020-12. The rewrite:

- ``openapi: 3.0.x`` becomes ``3.1.0``;
- ``nullable: true`` lets ``null`` in the 2020-12 way: ``"null"`` joins ``type``; a schema that is a
  ``$ref``, a composition (``allOf``/``oneOf``/``anyOf``) or a typed ``enum`` becomes
  ``anyOf: [<that schema>, {type: "null"}]``, its annotations left outside; an ``enum`` with no
  ``type`` gains ``null``. (A typed enum could take ``null`` in both ``type`` and ``enum``, which
  means the same, but openapi-python-client 0.29 makes three enum classes of that; of the wrapper it
  makes one, optional.) ``nullable: false`` and ``x-nullable`` change nothing about which values are
  valid, so they stay as written;
- ``exclusiveMinimum``/``exclusiveMaximum`` are numbers in 2020-12, not flags on ``minimum``/
  ``maximum``: ``true`` takes the bound's value (the inclusive bound goes), ``false`` goes;
- a schema's ``example`` becomes ``examples: [value]`` (a media type's or parameter's ``example``
  is still OpenAPI's own keyword in 3.1 and stays);
- a string with ``format: binary`` or ``byte`` gets the 3.1 keywords for the same thing,
  ``contentMediaType: application/octet-stream`` or ``contentEncoding: base64``. The format stays:
  openapi-python-client 0.29 makes a file upload (``File``) from ``format: binary`` only, and 3.1
  keeps both formats registered.

A 3.1 document is returned as it is. Any other version is refused with what to do about it.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from apikit.load import pointer_of
from apikit.walk import iter_objects

COMPOSITIONS = ("allOf", "oneOf", "anyOf")
ANNOTATIONS = (
    "title", "description", "default", "examples", "deprecated", "readOnly", "writeOnly",
    "externalDocs", "xml", "$comment",
)  # fmt: skip
"""Keywords that describe a schema rather than constrain it: they stay outside a nullable wrapper,
where readers (docs, generators) look for them."""
BINARY_CONTENT = {
    "binary": ("contentMediaType", "application/octet-stream"),
    "byte": ("contentEncoding", "base64"),
}


class UnsupportedVersion(Exception):
    """The document is not OpenAPI 3.0 or 3.1; the message says what to do."""

    def __init__(self, pointer: str, message: str) -> None:
        self.pointer = pointer
        super().__init__(message)


@dataclass(frozen=True)
class Change:
    pointer: str
    what: str

    def __str__(self) -> str:
        return f"{self.pointer or '/'}: {self.what}"


@dataclass(frozen=True)
class Conversion:
    document: dict[str, Any]
    changes: tuple[Change, ...]


def openapi_version(document: dict[str, Any]) -> str:
    """The document's ``openapi`` version, when it is one apikit reads (3.0.x or 3.1.x)."""
    if "swagger" in document:
        raise UnsupportedVersion(
            "/swagger",
            f"this is a Swagger {document['swagger']} (OpenAPI 2) document, and apikit reads OpenAPI 3.0 "
            "and 3.1: convert it to OpenAPI 3 first (for example with swagger2openapi, or the Swagger "
            "Editor's Edit > Convert to OpenAPI 3) and put the result in its place",
        )
    version = document.get("openapi")
    if not isinstance(version, str):
        found = "nothing" if version is None else f"{version!r}, not a string"
        raise UnsupportedVersion(
            "/openapi", f"`openapi` must name the version as a string, found {found}: write `openapi: 3.1.0`"
        )
    if not re.fullmatch(r"3\.[01]\.\d+", version):
        later = re.match(r"(\d+)\.(\d+)", version)
        is_later = later is not None and (int(later[1]), int(later[2])) > (3, 1)
        raise UnsupportedVersion(
            "/openapi",
            f"OpenAPI {version} is not a version apikit reads (3.0.x and 3.1.x): write the spec as "
            "OpenAPI 3.1 (`openapi: 3.1.0`)"
            + (", leaving out what later versions added" if is_later else ""),
        )
    return version


def convert_to_31(document: dict[str, Any]) -> Conversion:
    """``document`` as OpenAPI 3.1 with every change made; the input is left as it was."""
    version = openapi_version(document)
    if version.startswith("3.1."):
        return Conversion(document, ())
    converted = copy.deepcopy(document)
    converted["openapi"] = "3.1.0"
    changes = [Change("/openapi", f"{version} -> 3.1.0")]
    for found in iter_objects(converted, "openapi"):
        if found.kind == "schema":
            changes.extend(convert_schema(found.node, pointer_of(found.pointer)))
    return Conversion(converted, tuple(changes))


def convert_schema(schema: dict[str, Any], pointer: str) -> list[Change]:
    """Rewrite one 3.0 Schema Object in place as 2020-12 (not the schemas inside it)."""
    return [
        *_example_to_examples(schema, pointer),
        *_numeric_exclusive_bounds(schema, pointer),
        *_content_keywords(schema, pointer),
        *_nullable_to_null_type(schema, pointer),  # last: it may move keywords into a wrapper
    ]


def _example_to_examples(schema: dict[str, Any], pointer: str) -> Iterator[Change]:
    if "example" not in schema:
        return
    existing = schema.get("examples")
    if existing is not None and not isinstance(existing, list):
        return  # not 2020-12's `examples`: the validator reports it, nothing to merge into
    value = schema.pop("example")
    if existing is None:
        schema["examples"] = [value]
    elif value not in existing:
        existing.insert(0, value)
    yield Change(pointer, "`example` -> `examples: [example]`")


def _numeric_exclusive_bounds(schema: dict[str, Any], pointer: str) -> Iterator[Change]:
    for exclusive, inclusive in (("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")):
        flag = schema.get(exclusive)
        if not isinstance(flag, bool):
            continue  # already a number (or absent)
        if flag and inclusive in schema:
            bound = schema.pop(inclusive)
            schema[exclusive] = bound
            yield Change(
                pointer, f"`{exclusive}: true` with `{inclusive}: {bound}` -> `{exclusive}: {bound}`"
            )
        else:
            del schema[exclusive]
            why = "the bound stays inclusive" if not flag else f"there is no `{inclusive}` to exclude"
            yield Change(pointer, f"`{exclusive}: {str(flag).lower()}` dropped ({why})")


def _content_keywords(schema: dict[str, Any], pointer: str) -> Iterator[Change]:
    content = BINARY_CONTENT.get(str(schema.get("format")))
    if content is None or not _allows_type(schema, "string"):
        return
    keyword, value = content
    if keyword not in schema:
        schema[keyword] = value
        yield Change(pointer, f"`format: {schema['format']}` -> `{keyword}: {value}` added")


def _nullable_to_null_type(schema: dict[str, Any], pointer: str) -> Iterator[Change]:
    if schema.get("nullable") is not True:
        return
    del schema["nullable"]
    typed_enum = "type" in schema and "enum" in schema
    if "$ref" in schema or typed_enum or any(key in schema for key in COMPOSITIONS):
        _wrap_with_null(schema)
        yield Change(pointer, "`nullable: true` -> `anyOf: [<schema>, {type: 'null'}]`")
    elif "type" in schema:
        schema["type"] = _with_null_type(schema["type"])
        yield Change(pointer, f"`nullable: true` -> `type: {schema['type']}`")
    elif isinstance(schema.get("enum"), list):
        if None not in schema["enum"]:
            schema["enum"].append(None)
        yield Change(pointer, "`nullable: true` -> null added to `enum`")
    else:
        yield Change(pointer, "`nullable: true` dropped (with no `type`, null was allowed already)")


def _wrap_with_null(schema: dict[str, Any]) -> None:
    """``anyOf: [<the schema's constraints>, {type: null}]``, in place; annotations stay outside."""
    constraints = {
        key: value for key, value in schema.items() if key not in ANNOTATIONS and not key.startswith("x-")
    }
    for key in constraints:
        del schema[key]
    schema["anyOf"] = [constraints, {"type": "null"}]


def _with_null_type(declared: Any) -> Any:
    if isinstance(declared, list):
        return declared if "null" in declared else [*declared, "null"]
    return declared if declared == "null" else [declared, "null"]


def _allows_type(schema: dict[str, Any], name: str) -> bool:
    declared = schema.get("type")
    return declared == name or (isinstance(declared, list) and name in declared)
