"""Where each kind of OpenAPI object sits, so a stage can visit every schema, parameter, response...
of a document knowing what it is (a ``$ref`` stands for an object of the kind expected where it is
written, which a generic walk over the data cannot tell).

The shapes are those of OpenAPI 3.0 and 3.1; 3.1 only adds ``webhooks``, ``components/pathItems``
and the subschema keywords of JSON Schema 2020-12, none of which a 3.0 document holds. Extensions
(``x-...``) and example data are not entered: what they hold is not OpenAPI's to interpret.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum
from typing import Any

from apikit.spec import HTTP_METHODS


class Shape(Enum):
    ONE = "one"
    """The key holds one object."""
    MAP = "map"
    """The key holds a mapping of names to objects (names are data: ``x-`` ones too)."""
    EXTENSIBLE_MAP = "extensible map"
    """A mapping whose ``x-`` keys are extensions, not objects (Paths, Responses, Callback)."""
    LIST = "list"
    """The key holds a list of objects."""
    ONE_OR_LIST = "one or list"
    """``items``: one schema, or (in older JSON Schema drafts) a list of them."""


Child = tuple[str, Shape, str]
"""(key, shape, kind of the objects under it)."""

_PARAMETER_LIKE: tuple[Child, ...] = (
    ("schema", Shape.ONE, "schema"),
    ("content", Shape.MAP, "mediaType"),
    ("examples", Shape.MAP, "example"),
)
_SCHEMA_MAPS = ("properties", "patternProperties", "$defs", "definitions", "dependentSchemas")
_SCHEMA_ONES = (
    "additionalProperties", "unevaluatedProperties", "unevaluatedItems", "propertyNames",
    "contains", "not", "if", "then", "else",
)  # fmt: skip
_SCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")

CHILDREN: dict[str, tuple[Child, ...]] = {
    "openapi": (
        ("paths", Shape.EXTENSIBLE_MAP, "pathItem"),
        ("webhooks", Shape.MAP, "pathItem"),
        ("components", Shape.ONE, "components"),
    ),
    "components": (
        ("schemas", Shape.MAP, "schema"),
        ("responses", Shape.MAP, "response"),
        ("parameters", Shape.MAP, "parameter"),
        ("examples", Shape.MAP, "example"),
        ("requestBodies", Shape.MAP, "requestBody"),
        ("headers", Shape.MAP, "header"),
        ("securitySchemes", Shape.MAP, "securityScheme"),
        ("links", Shape.MAP, "link"),
        ("callbacks", Shape.MAP, "callback"),
        ("pathItems", Shape.MAP, "pathItem"),
    ),
    "pathItem": (
        ("parameters", Shape.LIST, "parameter"),
        *((method, Shape.ONE, "operation") for method in HTTP_METHODS),
    ),
    "operation": (
        ("parameters", Shape.LIST, "parameter"),
        ("requestBody", Shape.ONE, "requestBody"),
        ("responses", Shape.EXTENSIBLE_MAP, "response"),
        ("callbacks", Shape.MAP, "callback"),
    ),
    "parameter": _PARAMETER_LIKE,
    "header": _PARAMETER_LIKE,
    "requestBody": (("content", Shape.MAP, "mediaType"),),
    "response": (
        ("headers", Shape.MAP, "header"),
        ("content", Shape.MAP, "mediaType"),
        ("links", Shape.MAP, "link"),
    ),
    "mediaType": (
        ("schema", Shape.ONE, "schema"),
        ("examples", Shape.MAP, "example"),
        ("encoding", Shape.MAP, "encoding"),
    ),
    "encoding": (("headers", Shape.MAP, "header"),),
    "schema": (
        *((key, Shape.MAP, "schema") for key in _SCHEMA_MAPS),
        ("items", Shape.ONE_OR_LIST, "schema"),
        *((key, Shape.ONE, "schema") for key in _SCHEMA_ONES),
        *((key, Shape.LIST, "schema") for key in _SCHEMA_LISTS),
    ),
    "example": (),
    "link": (),
    "securityScheme": (),
}
"""What each kind of object holds. A Callback is a mapping of expressions to Path Items: see
:func:`_children`."""

Pointer = tuple[str | int, ...]


@dataclass(frozen=True)
class Found:
    kind: str
    pointer: Pointer
    """Where the object is, from the node the walk started at."""
    node: dict[str, Any]


def iter_objects(node: Any, kind: str, at: Pointer = ()) -> Iterator[Found]:
    """Every object in ``node`` (an object of ``kind``), itself first, each before what it holds.

    A reference object is yielded as the kind expected where it stands and not entered (but a schema
    is entered even with a ``$ref``: in 3.1 its other keywords apply too). What it holds is read only
    after the caller has seen an object, so the caller may change that object in place.
    """
    if not isinstance(node, dict):
        return  # a boolean schema, or a value the validator will refuse
    yield Found(kind, at, node)
    if "$ref" in node and kind != "schema":
        return
    for pointer, child_kind, child in _children(node, kind, at):
        yield from iter_objects(child, child_kind, pointer)


def _children(node: dict[str, Any], kind: str, at: Pointer) -> Iterator[tuple[Pointer, str, Any]]:
    if kind == "callback":
        for expression, item in list(node.items()):
            if not expression.startswith("x-"):
                yield (*at, expression), "pathItem", item
        return
    for key, shape, child_kind in CHILDREN[kind]:
        value = node.get(key)
        if shape is Shape.ONE_OR_LIST:
            shape = Shape.LIST if isinstance(value, list) else Shape.ONE
        if shape is Shape.ONE:
            yield (*at, key), child_kind, value
        elif shape is Shape.LIST and isinstance(value, list):
            for index, item in enumerate(list(value)):
                yield (*at, key, index), child_kind, item
        elif shape in (Shape.MAP, Shape.EXTENSIBLE_MAP) and isinstance(value, dict):
            for name, item in list(value.items()):
                if shape is Shape.MAP or not str(name).startswith("x-"):
                    yield (*at, key, name), child_kind, item
