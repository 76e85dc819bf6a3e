"""Docs stage: a static reference site for every API, generated from its spec after the docs overlays.

``site/`` as written (host it as is; nothing is loaded from elsewhere)::

    index.html                every API, with counts and downloads
    search-index.json         operation ids, summaries and paths, read by the search box
    assets/style.css          the only stylesheet
    assets/site.js            the only script: search, copy buttons
    <api>/index.html          the reference: overview, authentication, operations by tag
    <api>/notes.html          vendor-doc errata, open questions and provenance
    <api>/openapi.yaml|.json  the spec after the docs overlays
    <api>/summary.json        what the index and the search need from this API

The work is split in two: a view model built from the spec (operations by tag, parameter rows,
schema tables, notes, Python snippets), then Jinja2 templates in ``templates/docs/`` that only lay
it out. Nothing in the templates is specific to one API. The output is deterministic: no
timestamps, and every order is either the spec's own or sorted. The site is written into a
temporary folder and swapped in only when complete, so a failure leaves the previous site.
"""

from __future__ import annotations

import contextlib
import functools
import importlib
import json
import re
import shutil
import tempfile
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markdown_it import MarkdownIt
from markupsafe import Markup
from openapi_python_client import strings
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError
from openapi_python_client.parser.openapi import Endpoint
from openapi_python_client.parser.properties.any import AnyProperty
from openapi_python_client.parser.properties.boolean import BooleanProperty
from openapi_python_client.parser.properties.const import ConstProperty
from openapi_python_client.parser.properties.date import DateProperty
from openapi_python_client.parser.properties.datetime import DateTimeProperty
from openapi_python_client.parser.properties.enum_property import EnumProperty
from openapi_python_client.parser.properties.file import FileProperty
from openapi_python_client.parser.properties.float import FloatProperty
from openapi_python_client.parser.properties.int import IntProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.literal_enum_property import LiteralEnumProperty
from openapi_python_client.parser.properties.model_property import ModelProperty
from openapi_python_client.parser.properties.none import NoneProperty
from openapi_python_client.parser.properties.protocol import PropertyProtocol
from openapi_python_client.parser.properties.string import StringProperty
from openapi_python_client.parser.properties.union import UnionProperty
from openapi_python_client.parser.properties.uuid import UuidProperty

from apikit.build import PYTHON_CLIENT, TYPESCRIPT, WARNING, apply_overlays, load_valid_spec
from apikit.fingerprint import fingerprint, read_fingerprint, write_fingerprint
from apikit.generate import generator_config, generator_input, swap_in
from apikit.generate_typescript import TYPESCRIPT_CLIENT
from apikit.generate_typescript import package_name as typescript_package_name
from apikit.load import dump_yaml, escape_pointer_token
from apikit.policy import client_languages
from apikit.project import Project, client_package_name
from apikit.spec import HTTP_METHODS, Operation, iter_operations, resolve, resolve_pointer

DOCS = "docs"
TEMPLATES = Path(__file__).parent / "templates" / "docs"
ASSETS = ("style.css", "site.js")
SUMMARY_FILE = "summary.json"
SUMMARY_FORMAT = 1
SEARCH_INDEX = "search-index.json"
CLIENT_AUTH_KEY = "x-apikit-client-auth"
MAX_DEPTH = 12  # schema nesting shown; deeper levels are cut (recursion is caught before that)
SNIPPET_WIDTH = 88
NOTE_KEYS = ("x-errata", "x-open-questions", "x-evidence")
ERRATUM_ROWS = (
    ("documented", "The vendor's docs say"),
    ("actual", "What the service does"),
    ("evidence", "Evidence"),
)
FLAGS = (("readOnly", "read-only"), ("writeOnly", "write-only"))
HTTP_SCHEMES = {
    "basic": "HTTP Basic (user name and password in the Authorization header)",
    "bearer": "Bearer token in the Authorization header",
}
Progress = Callable[[str], None]


class DocsError(Exception):
    """The site could not be built; the previous site is unchanged."""


# --- Markdown ------------------------------------------------------------------------------------


def _markdown_parser() -> MarkdownIt:
    parser = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    parser.enable(["table", "strikethrough"])
    parser.disable("image")  # an image would be fetched from elsewhere: the site works offline
    return parser


_MARKDOWN = _markdown_parser()


def markdown(text: object, *, shift: int = 0) -> Markup:
    """Markdown as HTML; raw HTML in the source is shown as text. Headings move down ``shift`` levels."""
    if not isinstance(text, str) or not text.strip():
        return Markup("")
    return _rendered(text, shift)


@functools.lru_cache(maxsize=4096)
def _rendered(text: str, shift: int) -> Markup:
    # A spec repeats its descriptions (a shared schema's fields under every operation that uses
    # it): each is rendered once.
    tokens = _MARKDOWN.parse(text)
    for token in tokens:
        if shift and token.type in ("heading_open", "heading_close"):
            token.tag = f"h{min(6, int(token.tag[1:]) + shift)}"
    return Markup(_MARKDOWN.renderer.render(tokens, _MARKDOWN.options, {}))


def markdown_inline(text: object) -> Markup:
    if not isinstance(text, str) or not text.strip():
        return Markup("")
    return Markup(_MARKDOWN.renderInline(text.strip()))


def pretty_json(value: Any) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False)


def compact_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


# --- Patterns in words ---------------------------------------------------------------------------

_RE_PARSER: Any = importlib.import_module("re._parser")  # the stdlib's own regex parser (3.11+)
_MAXREPEAT: int = importlib.import_module("re._constants").MAXREPEAT
_STARTS = ("AT_BEGINNING", "AT_BEGINNING_STRING")
_ENDS = ("AT_END", "AT_END_STRING")
_CATEGORIES = {
    "CATEGORY_DIGIT": ("a digit", "digits"),
    "CATEGORY_NOT_DIGIT": ("a non-digit", "non-digits"),
    "CATEGORY_SPACE": ("a whitespace character", "whitespace characters"),
    "CATEGORY_NOT_SPACE": ("a non-whitespace character", "non-whitespace characters"),
    "CATEGORY_WORD": ("a letter, digit or underscore", "letters, digits or underscores"),
    "CATEGORY_NOT_WORD": ("a character other than a letter, digit or underscore", "such characters"),
}


@dataclass(frozen=True)
class _Noun:
    one: str
    many: str
    countable: bool = True


def explain_pattern(pattern: str) -> str | None:
    """A regular expression in plain words, or None when it uses constructs not explained here."""
    try:
        items = list(_RE_PARSER.parse(pattern))
    except (re.error, RecursionError, OverflowError):
        return None
    begins = bool(items) and _is_anchor(items[0], _STARTS)
    items = items[1:] if begins else items
    ends = bool(items) and _is_anchor(items[-1], _ENDS)
    items = items[:-1] if ends else items
    body = _sequence(items)
    if body is None:
        return None
    if not body:
        return "must be empty" if begins and ends else None
    lead = {(True, True): "the whole value is", (True, False): "starts with", (False, True): "ends with"}
    return f"{lead.get((begins, ends), 'contains')} {body}"


def _is_anchor(item: Any, names: tuple[str, ...]) -> bool:
    return str(item[0]) == "AT" and str(item[1]) in names


def _sequence(items: Sequence[Any]) -> str | None:
    parts: list[str] = []
    literal = ""
    for op, arg in items:
        if str(op) == "LITERAL":
            literal += chr(arg)
            continue
        if literal:
            parts.append(_quote(literal))
            literal = ""
        phrase = _phrase(str(op), arg)
        if phrase is None:
            return None
        parts.append(phrase)
    if literal:
        parts.append(_quote(literal))
    return ", ".join(parts)


def _quote(text: str) -> str:
    return "a space" if text == " " else json.dumps(text, ensure_ascii=False)


def _phrase(op: str, arg: Any) -> str | None:
    if op in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        low, high, sub = arg
        sub_items = list(sub)
        if len(sub_items) == 1 and str(sub_items[0][0]) == "LITERAL":
            noun: _Noun | None = _Noun(_quote(chr(sub_items[0][1])), "", countable=False)
        else:
            noun = _noun(sub_items)
        return None if noun is None else _repeat(noun, int(low), int(high))
    noun = _noun([(op, arg)])
    return None if noun is None else noun.one


def _noun(items: Sequence[Any]) -> _Noun | None:
    if len(items) != 1:
        inner = _sequence(items)
        return None if inner is None else _Noun(f"({inner})", "", countable=False)
    op, arg = str(items[0][0]), items[0][1]
    if op == "IN":
        return _set_noun(arg)
    if op == "ANY":
        return _Noun("any character", "characters of any kind")
    if op == "NOT_LITERAL":
        other = _quote(chr(arg))
        return _Noun(f"a character other than {other}", f"characters other than {other}")
    if op == "SUBPATTERN":
        inner = _sequence(list(arg[-1]))
        return None if inner is None else _Noun(f"({inner})", "", countable=False)
    if op == "BRANCH":
        options = [_sequence(list(branch)) for branch in arg[1]]
        if any(option is None for option in options):
            return None
        words = [o if o and "," not in o else f"({o})" for o in options if o is not None]
        return _Noun(f"either {_or(words)}", "", countable=False)
    return None


def _set_noun(items: Sequence[Any]) -> _Noun | None:
    negate = False
    parts: list[tuple[str, str]] = []
    for op, arg in items:
        name = str(op)
        if name == "NEGATE":
            negate = True
        elif name == "LITERAL":
            parts.append((_quote(chr(arg)), _quote(chr(arg))))
        elif name == "RANGE":
            parts.append(_range_noun(chr(arg[0]), chr(arg[1])))
        elif name == "CATEGORY" and str(arg) in _CATEGORIES:
            parts.append(_CATEGORIES[str(arg)])
        else:
            return None
    if ("a lowercase letter", "lowercase letters") in parts and (
        "an uppercase letter",
        "uppercase letters",
    ) in parts:
        parts = [p for p in parts if "case letter" not in p[0]]
        parts.insert(0, ("a letter", "letters"))
    one = _or([p[0] for p in parts])
    if negate:
        return _Noun(f"a character other than {one}", f"characters other than {one}")
    if len(parts) == 1:
        return _Noun(parts[0][0], parts[0][1])
    return _Noun(one, f"characters (each {one})")


def _range_noun(low: str, high: str) -> tuple[str, str]:
    if (low, high) == ("0", "9"):
        return ("a digit", "digits")
    if (low, high) == ("a", "z"):
        return ("a lowercase letter", "lowercase letters")
    if (low, high) == ("A", "Z"):
        return ("an uppercase letter", "uppercase letters")
    if low.isdigit() and high.isdigit():
        return (f"a digit from {low} to {high}", f"digits from {low} to {high}")
    return (
        f"a character from {_quote(low)} to {_quote(high)}",
        f"characters from {_quote(low)} to {_quote(high)}",
    )


def _or(words: Sequence[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " or " + words[-1]


def _repeat(noun: _Noun, low: int, high: int) -> str:
    unbounded = high == _MAXREPEAT
    if not noun.countable:
        if (low, high) == (0, 1):
            times = "optional"
        elif unbounded:
            times = "any number of times" if low == 0 else f"{_count(low)} or more times"
        elif low == high:
            times = f"{low} times"
        else:
            times = f"{low} to {high} times"
        return f"{noun.one} ({times})"
    if (low, high) == (0, 1):
        return f"optionally {noun.one}"
    if unbounded:
        return f"any number of {noun.many}" if low == 0 else f"{_count(low)} or more {noun.many}"
    if low == high:
        return noun.one if low == 1 else f"{low} {noun.many}"
    return f"{low} to {high} {noun.many}"


def _count(number: int) -> str:
    return "one" if number == 1 else str(number)


# --- Schemas as nested tables --------------------------------------------------------------------


@dataclass(frozen=True)
class EnumValue:
    value: str
    meaning: str


@dataclass(frozen=True)
class NoteLink:
    """A note (erratum, open question, provenance) shown elsewhere, linked from where it applies."""

    kind: str
    label: str
    href: str


@dataclass(frozen=True)
class Field:
    name: str
    type: str
    ref: str | None
    required: bool
    flags: tuple[str, ...]
    description: Markup
    facts: tuple[str, ...]
    pattern: str | None
    pattern_words: str | None
    enum: tuple[EnumValue, ...]
    default: str | None
    errata: tuple[NoteLink, ...]
    children: tuple[Field, ...]
    recursive: bool = False


@dataclass(frozen=True)
class _Flat:
    """A schema with its ``$ref`` chain merged (outer keywords win) and allOf parts combined."""

    schema: Mapping[str, Any]
    ref_name: str | None
    refs: tuple[str, ...]
    errata_ids: tuple[str, ...]


_FACTS = (
    ("minimum", "≥ {}"),
    ("exclusiveMinimum", "> {}"),
    ("maximum", "≤ {}"),
    ("exclusiveMaximum", "< {}"),
    ("multipleOf", "multiple of {}"),
    ("minLength", "at least {} characters"),
    ("maxLength", "at most {} characters"),
    ("minItems", "at least {} items"),
    ("maxItems", "at most {} items"),
    ("minProperties", "at least {} keys"),
    ("maxProperties", "at most {} keys"),
    ("contentEncoding", "encoded as {}"),
    ("contentMediaType", "content type {}"),
)


class SchemaView:
    """Turns schemas of one spec into :class:`Field` trees, following ``$ref`` with a recursion guard."""

    def __init__(self, spec: Mapping[str, Any], errata_links: Mapping[str, NoteLink]) -> None:
        self.spec = spec
        self.errata_links = errata_links

    def flatten(self, schema: Any, outer: tuple[str, ...] = ()) -> _Flat:
        """``outer``: refs being flattened around this one (allOf parts), so a cycle ends."""
        layers: list[Mapping[str, Any]] = []
        refs: list[str] = []
        current = schema if isinstance(schema, Mapping) else {}
        while isinstance(current.get("$ref"), str):
            ref = current["$ref"]
            layers.append(current)
            if ref in refs or ref in outer or not ref.startswith("#/"):
                current = {}
                break
            refs.append(ref)
            target = resolve_pointer(self.spec, ref[1:])
            current = target if isinstance(target, Mapping) else {}
        layers.append(current)
        merged: dict[str, Any] = {}
        errata: list[str] = []
        for layer in reversed(layers):
            merged.update({k: v for k, v in layer.items() if k != "$ref"})
            errata.extend(_errata_ids(layer))
        if isinstance(merged.get("allOf"), list):
            merged, more_refs, more_errata = self._combine_all_of(merged, (*outer, *refs))
            refs.extend(more_refs)
            errata.extend(more_errata)
        options = _options(merged)
        if len(options) == 1 and not _types(merged) and "properties" not in merged:
            merged, more_refs, more_errata = self._unwrap_nullable(merged, options[0], (*outer, *refs))
            refs.extend(more_refs)
            errata.extend(more_errata)
        name = refs[0].rsplit("/", 1)[-1] if refs else None
        return _Flat(merged, name, tuple(refs), tuple(dict.fromkeys(errata)))

    def _unwrap_nullable(
        self, schema: Mapping[str, Any], option: Any, seen: tuple[str, ...]
    ) -> tuple[dict[str, Any], list[str], list[str]]:
        """``anyOf: [X, {type: null}]`` reads as X, nullable (the outer keywords win)."""
        if isinstance(option, Mapping) and option.get("$ref") in seen:
            return dict(schema), [], []
        inner = self.flatten(option, seen)
        outer = {k: v for k, v in schema.items() if k not in ("oneOf", "anyOf")}
        return {**inner.schema, **outer, "nullable": True}, list(inner.refs), list(inner.errata_ids)

    def _combine_all_of(
        self, schema: Mapping[str, Any], seen: tuple[str, ...]
    ) -> tuple[dict[str, Any], list[str], list[str]]:
        combined: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
        properties: dict[str, Any] = dict(combined.get("properties") or {})
        required: list[str] = list(combined.get("required") or [])
        refs: list[str] = []
        errata: list[str] = []
        for part in schema["allOf"]:
            if isinstance(part, Mapping) and part.get("$ref") in seen:
                continue
            flat = self.flatten(part, seen)
            refs.extend(flat.refs)
            errata.extend(flat.errata_ids)
            properties.update(flat.schema.get("properties") or {})
            required.extend(flat.schema.get("required") or [])
            for key, value in flat.schema.items():
                combined.setdefault(key, value)
        if properties:
            combined["properties"] = properties
        if required:
            combined["required"] = list(dict.fromkeys(required))
        return combined, refs, errata

    def field(
        self,
        name: str,
        schema: Any,
        *,
        required: bool = False,
        show_example: bool = True,
        stack: tuple[str, ...] = (),
        depth: int = 0,
    ) -> Field:
        flat = self.flatten(schema)
        merged = flat.schema
        recursive = any(ref in stack for ref in flat.refs)
        type_label, nullable = self._type_label(flat)
        facts = list(self._facts(merged, show_example=show_example))
        enum = _enum_values(merged)
        pattern = merged.get("pattern") if isinstance(merged.get("pattern"), str) else None
        children: tuple[Field, ...] = ()
        if not recursive and depth < MAX_DEPTH:
            children, extra = self._children(merged, stack + flat.refs, depth)
            if extra is not None:
                enum = enum or extra.enum
                pattern = pattern or extra.pattern
                facts.extend(f"items: {fact}" for fact in extra.facts)
                if extra.recursive:
                    facts.append(
                        f"each item has the same structure as {extra.ref} above (it contains itself)"
                    )
        elif not recursive and self._has_children(merged):
            facts.append("nested further; see the schema in the downloadable spec")
        flags = [label for key, label in FLAGS if merged.get(key) is True]
        if nullable:
            flags.append("nullable")
        if merged.get("deprecated") is True:
            flags.append("deprecated")
        return Field(
            name=name,
            type=type_label,
            ref=flat.ref_name,
            required=required,
            flags=tuple(flags),
            description=markdown(merged.get("description")),
            facts=tuple(facts),
            pattern=pattern,
            pattern_words=explain_pattern(pattern) if pattern else None,
            enum=enum,
            default=compact_json(merged["default"]) if "default" in merged else None,
            errata=tuple(self.errata_links[i] for i in flat.errata_ids if i in self.errata_links),
            children=children,
            recursive=recursive,
        )

    def _children(
        self, schema: Mapping[str, Any], stack: tuple[str, ...], depth: int
    ) -> tuple[tuple[Field, ...], Field | None]:
        """Child rows, and for an array of scalars the item's description to fold into the parent."""
        options = _options(schema)
        if options:
            return tuple(
                self.field(
                    self.flatten(option).ref_name or f"option {i}", option, stack=stack, depth=depth + 1
                )
                for i, option in enumerate(options, 1)
            ), None
        if _types(schema) == ["array"] or ("items" in schema and not _types(schema)):
            items = schema.get("items")
            if not isinstance(items, Mapping):
                return (), None
            item = self.field("[item]", items, stack=stack, depth=depth)
            return (item.children, None) if item.children else ((), item)
        rows: list[Field] = []
        required = set(schema.get("required") or [])
        for key, sub in (schema.get("properties") or {}).items():
            rows.append(self.field(key, sub, required=key in required, stack=stack, depth=depth + 1))
        for key, sub in (schema.get("patternProperties") or {}).items():
            rows.append(self.field(f"(any key matching {key})", sub, stack=stack, depth=depth + 1))
        extra = schema.get("additionalProperties")
        if isinstance(extra, Mapping):
            rows.append(self.field("(any other key)", extra, stack=stack, depth=depth + 1))
        return tuple(rows), None

    def _has_children(self, schema: Mapping[str, Any]) -> bool:
        keys = ("properties", "patternProperties", "items", "oneOf", "anyOf")
        return any(key in schema for key in keys) or isinstance(schema.get("additionalProperties"), Mapping)

    def _type_label(self, flat: _Flat) -> tuple[str, bool]:
        schema = flat.schema
        raw = schema.get("type")
        nullable = (
            raw == "null" or (isinstance(raw, list) and "null" in raw) or schema.get("nullable") is True
        )
        options = schema.get("oneOf") or schema.get("anyOf")
        if isinstance(options, list) and any(_is_null_schema(o) for o in options):
            nullable = True
        types = _types(schema)
        if "const" in schema:
            label = f"const {compact_json(schema['const'])}"
        elif types == ["array"] or ("items" in schema and not types):
            label = f"array of {self._item_label(schema.get('items'))}"
        elif types:
            label = " or ".join(types)
        elif _options(schema):
            label = "one of" if "oneOf" in schema else "any of"
        elif "enum" in schema:
            label = _enum_type(schema["enum"])
        elif any(k in schema for k in ("properties", "additionalProperties", "patternProperties")):
            label = "object"
        else:
            label = "null" if nullable and raw is not None else "any value"
        if isinstance(schema.get("format"), str):
            label += f" ({schema['format']})"
        return label, nullable

    def _item_label(self, items: Any) -> str:
        if not isinstance(items, Mapping):
            return "any value"
        flat = self.flatten(items)
        if flat.ref_name:
            return flat.ref_name
        types = _types(flat.schema)
        return " or ".join(types) if types else "values"

    def _facts(self, schema: Mapping[str, Any], *, show_example: bool) -> Iterator[str]:
        for key, template in _FACTS:
            if key in schema and not isinstance(schema[key], bool | Mapping | list):
                yield template.format(schema[key])
        if schema.get("uniqueItems") is True:
            yield "items are unique"
        if schema.get("additionalProperties") is False:
            yield "no other keys"
        names = schema.get("propertyNames")
        if isinstance(names, Mapping) and isinstance(names.get("pattern"), str):
            words = explain_pattern(names["pattern"])
            yield f"keys match {names['pattern']}" + (f" ({words})" if words else "")
        examples = schema.get("examples")
        example = examples[0] if isinstance(examples, list) and examples else schema.get("example")
        scalar = example is not None and not isinstance(example, Mapping | list)
        if show_example and scalar and ("default" not in schema or schema["default"] != example):
            yield f"example: {compact_json(example)}"


def _types(schema: Mapping[str, Any]) -> list[str]:
    raw = schema.get("type")
    types = (
        [raw]
        if isinstance(raw, str)
        else [t for t in raw if isinstance(t, str)]
        if isinstance(raw, list)
        else []
    )
    return [t for t in types if t != "null"]


def _is_null_schema(schema: Any) -> bool:
    return isinstance(schema, Mapping) and (schema.get("type") == "null" or schema.get("const", 0) is None)


def _options(schema: Mapping[str, Any]) -> list[Any]:
    options = schema.get("oneOf") or schema.get("anyOf")
    return [o for o in options if not _is_null_schema(o)] if isinstance(options, list) else []


def _enum_type(values: Any) -> str:
    kinds = {type(v).__name__ for v in values} if isinstance(values, list) else set()
    names = {"str": "string", "int": "integer", "float": "number", "bool": "boolean", "NoneType": "null"}
    return " or ".join(sorted(names.get(k, k) for k in kinds)) or "any value"


def _enum_values(schema: Mapping[str, Any]) -> tuple[EnumValue, ...]:
    values = schema.get("enum")
    if not isinstance(values, list):
        return ()
    meanings = schema.get("x-enum-descriptions")
    meanings = meanings if isinstance(meanings, list) else []
    return tuple(
        EnumValue(compact_json(value), str(meanings[i]) if i < len(meanings) else "")
        for i, value in enumerate(values)
    )


def _errata_ids(node: Mapping[str, Any]) -> list[str]:
    errata = node.get("x-errata")
    return (
        [str(e["id"]) for e in errata if isinstance(e, Mapping) and "id" in e]
        if isinstance(errata, list)
        else []
    )


# --- Notes: errata, open questions, provenance ----------------------------------------------------


@dataclass(frozen=True)
class OpRef:
    id: str
    summary: str


@dataclass(frozen=True)
class Note:
    """One ``x-errata`` entry, open question or ``x-evidence`` record, with where it applies."""

    kind: str  # "erratum" | "question" | "evidence"
    anchor: str
    pointer: str
    place: Markup
    owner: str | None  # the operation it is recorded on, if any
    appears_in: tuple[OpRef, ...]
    title: str
    text: Markup
    rows: tuple[tuple[str, Markup], ...]
    confidence: str

    @property
    def link(self) -> NoteLink:
        labels = {"erratum": "erratum", "question": "open question", "evidence": "provenance"}
        return NoteLink(labels[self.kind], self.title, f"notes.html#{self.anchor}")


@dataclass(frozen=True)
class Notes:
    errata: tuple[Note, ...]
    questions: tuple[Note, ...]
    evidence: tuple[Note, ...]

    @property
    def all(self) -> tuple[Note, ...]:
        return self.errata + self.questions + self.evidence


def _walk_notes(node: Any, pointer: str = "") -> Iterator[tuple[str, str, Any]]:
    """``(owner pointer, key, value)`` for every note key in document order; examples are data, skipped."""
    if isinstance(node, Mapping):
        for key, value in node.items():
            if key in NOTE_KEYS:
                yield pointer, key, value
            elif key not in ("example", "examples", "x-apikit-client-auth"):
                yield from _walk_notes(value, f"{pointer}/{escape_pointer_token(str(key))}")
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from _walk_notes(item, f"{pointer}/{index}")


class NoteIndex:
    """Every note of a spec, where it sits, and which operations show it."""

    def __init__(self, spec: Mapping[str, Any], operations: Sequence[Operation]) -> None:
        self.spec = spec
        self.operations = operations
        self.by_pointer = {op.pointer: op for op in operations}
        self.reach = {op.operation_id: _reached_components(spec, op) for op in operations}
        self.notes = self._collect()

    def _collect(self) -> Notes:
        errata: list[Note] = []
        questions: list[Note] = []
        evidence: list[Note] = []
        anchors: set[str] = set()
        for pointer, key, value in _walk_notes(self.spec):
            entries = value if isinstance(value, list) else [value]
            for entry in entries:
                if key == "x-errata":
                    errata.append(self._erratum(pointer, entry, len(errata) + 1, anchors))
                elif key == "x-open-questions":
                    questions.append(self._question(pointer, entry, len(questions) + 1))
                else:
                    evidence.append(self._evidence(pointer, entry, len(evidence) + 1))
        return Notes(tuple(errata), tuple(questions), tuple(evidence))

    def _base(self, pointer: str) -> dict[str, Any]:
        owner = self.by_pointer.get(pointer)
        return {
            "pointer": pointer,
            "place": markdown_inline(self.place(pointer)),
            "owner": owner.operation_id if owner else None,
            "appears_in": self.appears_in(pointer),
        }

    def _erratum(self, pointer: str, entry: Any, number: int, anchors: set[str]) -> Note:
        data = entry if isinstance(entry, Mapping) else {"actual": entry}
        ident = str(data.get("id") or f"{number}")
        anchor = "erratum-" + _slug(ident)
        while anchor in anchors:
            anchor += "-x"
        anchors.add(anchor)
        rows = [(label, markdown_inline(_text(data[key]))) for key, label in ERRATUM_ROWS if key in data]
        known = {"id", "confidence", *(key for key, _ in ERRATUM_ROWS)}
        rows += [(str(k), markdown_inline(_text(v))) for k, v in data.items() if k not in known]
        return Note(
            kind="erratum",
            anchor=anchor,
            title=ident,
            text=markdown_inline(_text(data.get("actual"))),
            rows=tuple(rows),
            confidence=str(data.get("confidence") or ""),
            **self._base(pointer),
        )

    def _question(self, pointer: str, entry: Any, number: int) -> Note:
        text = _text(entry)
        return Note(
            kind="question",
            anchor=f"question-{number}",
            title=_shorten(text),
            text=markdown(text),
            rows=(),
            confidence="",
            **self._base(pointer),
        )

    def _evidence(self, pointer: str, entry: Any, number: int) -> Note:
        data = entry if isinstance(entry, Mapping) else {"source": entry}
        rows = tuple(
            (str(k), markdown_inline(_text(v))) for k, v in data.items() if k not in ("source", "confidence")
        )
        source = _text(data.get("source"))
        return Note(
            kind="evidence",
            anchor=f"evidence-{number}",
            title=_shorten(source),
            text=markdown_inline(source),
            rows=rows,
            confidence=str(data.get("confidence") or ""),
            **self._base(pointer),
        )

    def appears_in(self, pointer: str) -> tuple[OpRef, ...]:
        parts = _pointer_parts(pointer)
        if parts[:1] == ["paths"] and len(parts) >= 2:
            found = [op for op in self.operations if op.path == parts[1]]
            if len(parts) >= 3 and parts[2] in HTTP_METHODS:
                found = [op for op in found if op.method == parts[2]]
        elif parts[:1] == ["components"] and len(parts) >= 3:
            root = "/" + "/".join(escape_pointer_token(p) for p in parts[:3])
            found = [op for op in self.operations if root in self.reach[op.operation_id]]
        else:
            found = []
        return tuple(OpRef(op.operation_id, str(op.definition.get("summary") or "")) for op in found)

    def place(self, pointer: str) -> str:
        """Where a note is recorded, in words (Markdown with code spans)."""
        parts = _pointer_parts(pointer)
        if not parts:
            return "the whole document"
        if parts[0] == "info":
            return "the API as a whole"
        if parts[0] == "paths" and len(parts) >= 2:
            return self._place_in_path(parts)
        if parts[0] == "components" and len(parts) >= 3:
            kind, name, rest = parts[1], parts[2], parts[3:]
            if kind == "schemas":
                inner = _property_path(rest)
                return f"property `{name}{inner}`" if inner else f"schema `{name}`"
            if kind == "parameters":
                param = resolve_pointer(self.spec, f"/components/parameters/{escape_pointer_token(name)}")
                return f"shared parameter `{param.get('name', name)}` (`{name}`)"
            singular = {
                "responses": "response",
                "securitySchemes": "security scheme",
                "requestBodies": "body",
            }
            return f"shared {singular.get(kind, kind)} `{name}`"
        return f"`{pointer}`"

    def _place_in_path(self, parts: list[str]) -> str:
        path = parts[1]
        if len(parts) < 3 or parts[2] not in HTTP_METHODS:
            return f"every operation on `{path}`"
        op = self.by_pointer.get(f"/paths/{escape_pointer_token(path)}/{parts[2]}")
        name = f"`{op.operation_id}`" if op else f"`{parts[2].upper()} {path}`"
        rest = parts[3:]
        if not rest:
            return f"operation {name}"
        if rest[0] == "parameters" and len(rest) >= 2 and op:
            raw = op.definition.get("parameters") or []
            index = int(rest[1]) if rest[1].isdigit() else -1
            param = resolve(self.spec, raw[index]) if 0 <= index < len(raw) else {}
            return f"parameter `{param.get('name', '?')}` of {name}"
        if rest[0] == "responses" and len(rest) >= 2:
            return f"response {rest[1]} of {name}"
        if rest[0] == "requestBody":
            return f"request body of {name}"
        return f"{name} (`{'/'.join(rest)}`)"


def _pointer_parts(pointer: str) -> list[str]:
    return [p.replace("~1", "/").replace("~0", "~") for p in pointer.split("/")[1:]] if pointer else []


def _property_path(parts: Sequence[str]) -> str:
    out = ""
    index = 0
    while index < len(parts):
        key = parts[index]
        if key in ("properties", "patternProperties") and index + 1 < len(parts):
            out += f".{parts[index + 1]}"
            index += 2
            continue
        out += {"items": "[]", "additionalProperties": ".*"}.get(key, "")
        index += 1
    return out


def _reached_components(spec: Mapping[str, Any], op: Operation) -> set[str]:
    """``/components/<kind>/<name>`` of every component an operation uses, directly or through others."""
    found: set[str] = set()
    seen: set[str] = set()
    pending: list[Any] = [op.definition, *op.parameters]
    path_item = (spec.get("paths") or {}).get(op.path)
    if isinstance(path_item, Mapping):
        pending.append(path_item.get("parameters") or [])
    while pending:
        node = pending.pop()
        if isinstance(node, Mapping):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/") and ref not in seen:
                seen.add(ref)
                parts = ref[1:].split("/")
                if len(parts) >= 4 and parts[1] == "components":
                    found.add("/".join(parts[:4]))
                with contextlib.suppress(KeyError, IndexError, ValueError):
                    pending.append(resolve_pointer(spec, ref[1:]))
            pending.extend(node.values())
        elif isinstance(node, list):
            pending.extend(node)
    return found


def _text(value: Any) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else compact_json(value)


def _shorten(text: str, limit: int = 90) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "-", text).strip("-") or "x"


# --- Python snippets through the generated client ------------------------------------------------

_MISSING: Any = object()


@dataclass(frozen=True)
class Snippet:
    """A call of one operation through the generated client; ``client`` is defined by the reader."""

    module: str
    imports: tuple[str, ...]
    call: str

    @property
    def text(self) -> str:
        return "\n".join(self.imports) + "\n\n" + self.call + "\n"


@dataclass(frozen=True)
class _Code:
    """A Python expression: an atom, or a call/list/dict whose items may be split over lines."""

    text: str = ""
    opener: str = ""
    closer: str = ""
    items: tuple[tuple[str, _Code], ...] = ()

    def flat(self) -> str:
        if not self.opener:
            return self.text
        return self.opener + ", ".join(prefix + value.flat() for prefix, value in self.items) + self.closer

    def layout(self, indent: int, used: int) -> str:
        flat = self.flat()
        if not self.opener or not self.items or indent + used + len(flat) + 1 <= SNIPPET_WIDTH:
            return flat
        pad = " " * (indent + 4)
        comma = "," if len(self.items) > 1 or not self.opener.endswith("(") else ""
        lines = [self.opener.rstrip()]  # a TypeScript object's `{ ` keeps its space on one line only
        lines += [
            f"{pad}{prefix}{value.layout(indent + 4, len(prefix))}{comma}" for prefix, value in self.items
        ]
        lines.append(" " * indent + self.closer.lstrip())
        return "\n".join(lines)


def _atom(text: str) -> _Code:
    return _Code(text=text)


def _literal(value: Any) -> _Code:
    if isinstance(value, Mapping):
        return _Code(
            opener="{",
            closer="}",
            items=tuple((f"{json.dumps(str(k))}: ", _literal(v)) for k, v in value.items()),
        )
    if isinstance(value, list):
        return _Code(opener="[", closer="]", items=tuple(("", _literal(v)) for v in value))
    if value is None or isinstance(value, bool):
        return _atom(repr(value))
    if isinstance(value, int | float):
        return _atom(repr(value))
    return _atom(json.dumps(str(value), ensure_ascii=False))


class _SnippetValues:
    """Python values for a client call's arguments, typed the way openapi-python-client types them."""

    def __init__(self, package: str, models: Mapping[str, ModelProperty] | None = None) -> None:
        self.package = package
        # The parser's finished models by class name: a model reached through a union member can be
        # a copy whose properties were never filled in.
        self.known_models = dict(models or {})
        self.models: set[str] = set()
        self.stdlib: set[str] = set()
        self.types: set[str] = set()

    def imports(self, tag_module: str, module: str) -> tuple[str, ...]:
        own = [f"from {self.package}.api.{tag_module} import {module}"]
        if self.models:
            own.append(f"from {self.package}.models import {', '.join(sorted(self.models))}")
        if self.types:
            own.append(f"from {self.package}.types import {', '.join(sorted(self.types))}")
        stdlib = sorted(self.stdlib, key=lambda line: (line.startswith("from "), line))
        return (*stdlib, *([""] if stdlib else []), *own)

    def value(self, prop: PropertyProtocol, example: Any, depth: int = 0) -> _Code:
        if isinstance(prop, UnionProperty):
            options = [self._finished(option) for option in prop.inner_properties]
            return self.value(_pick(options, example), example, depth)
        if isinstance(prop, NoneProperty):
            return _atom("None")
        if isinstance(prop, ConstProperty):
            return _literal(prop.value.raw_value)
        if isinstance(prop, EnumProperty):
            return self._enum(prop, example)
        if isinstance(prop, LiteralEnumProperty):
            choices = sorted(prop.values, key=str)
            return _literal(example if example in choices else choices[0])
        if isinstance(prop, ModelProperty):
            return self._model(prop, example, depth)
        if isinstance(prop, ListProperty):
            items = example[:3] if isinstance(example, list) and example else [_MISSING]
            return _Code(
                opener="[",
                closer="]",
                items=tuple(("", self.value(prop.inner_property, i, depth + 1)) for i in items),
            )
        return self._scalar(prop, example)

    def _scalar(self, prop: PropertyProtocol, example: Any) -> _Code:
        if isinstance(prop, BooleanProperty):
            return _atom(repr(example) if isinstance(example, bool) else "True")
        if isinstance(prop, IntProperty):
            return _atom(str(_as_int(example)))
        if isinstance(prop, FloatProperty):
            number = example if isinstance(example, int | float) and not isinstance(example, bool) else 1.5
            return _atom(repr(float(number)))
        if isinstance(prop, DateProperty | DateTimeProperty):
            return self._when(prop, example)
        if isinstance(prop, UuidProperty):
            self.stdlib.add("from uuid import UUID")
            text = example if isinstance(example, str) else "00000000-0000-4000-8000-000000000000"
            return _atom(f"UUID({json.dumps(text)})")
        if isinstance(prop, FileProperty):
            self.stdlib.add("import io")
            self.types.add("File")
            return _atom('File(payload=io.BytesIO(b"file content"), file_name="example.txt")')
        if isinstance(prop, StringProperty):
            usable = isinstance(example, str | int | float) and not isinstance(example, bool)
            return _literal(str(example) if usable else "text")
        if isinstance(prop, AnyProperty):
            return _literal(None if example is _MISSING else example)
        raise DocsError(f"no snippet value for a {type(prop).__name__} ({prop.name.get_untrusted_value()!r})")

    def _enum(self, prop: EnumProperty, example: Any) -> _Code:
        values = list(prop.values.values())
        chosen = example if any(example == v and type(example) is type(v) for v in values) else values[0]
        self.models.add(prop.class_info.name)
        return _atom(f"{prop.class_info.name}({_literal(chosen).flat()})")

    def _when(self, prop: DateProperty | DateTimeProperty, example: Any) -> _Code:
        self.stdlib.add("import datetime")
        if isinstance(prop, DateProperty):
            try:
                day = date.fromisoformat(str(example))
            except ValueError:
                day = date(2024, 1, 31)
            return _atom(f"datetime.date({day.year}, {day.month}, {day.day})")
        try:
            datetime.fromisoformat(str(example))
            text = str(example)
        except ValueError:
            text = "2024-01-31T09:30:00+00:00"
        return _atom(f"datetime.datetime.fromisoformat({json.dumps(text)})")

    def _finished(self, prop: PropertyProtocol) -> PropertyProtocol:
        if isinstance(prop, ModelProperty):
            return self.known_models.get(str(prop.class_info.name), prop)
        return prop

    def _model(self, prop: ModelProperty, example: Any, depth: int) -> _Code:
        prop = self.known_models.get(str(prop.class_info.name), prop)
        name = str(prop.class_info.name)
        self.models.add(name)
        required = list(prop.required_properties or [])
        optional = list(prop.optional_properties or [])
        data: Mapping[str, Any] = example if isinstance(example, Mapping) else {}
        known = {p.name.get_untrusted_value() for p in required + optional}
        extra = [key for key in data if key not in known]
        if depth > MAX_DEPTH or (prop.additional_properties is not None and extra and not required):
            return _Code(opener=f"{name}.from_dict(", closer=")", items=(("", _literal(dict(data))),))
        chosen = [*required, *(p for p in optional if p.name.get_untrusted_value() in data)]
        items = tuple(
            (f"{p.python_name}=", self.value(p, data.get(p.name.get_untrusted_value(), _MISSING), depth + 1))
            for p in chosen
        )
        return _Code(opener=f"{name}(", closer=")", items=items)


def _as_int(example: Any) -> int:
    if isinstance(example, int) and not isinstance(example, bool):
        return example
    if isinstance(example, str) and example.strip().lstrip("-").isdigit():
        return int(example)
    return 1


def _pick(options: Sequence[PropertyProtocol], example: Any) -> PropertyProtocol:
    """The union member an example belongs to, else the first that is not None."""
    checks: list[tuple[type[Any] | tuple[type[Any], ...], Callable[[Any], bool]]] = [
        (NoneProperty, lambda v: v is None),
        (BooleanProperty, lambda v: isinstance(v, bool)),
        (IntProperty, lambda v: isinstance(v, int) and not isinstance(v, bool)),
        (FloatProperty, lambda v: isinstance(v, int | float) and not isinstance(v, bool)),
        ((StringProperty, DateProperty, DateTimeProperty, UuidProperty), lambda v: isinstance(v, str)),
        (ModelProperty, lambda v: isinstance(v, Mapping)),
        (ListProperty, lambda v: isinstance(v, list)),
    ]
    if isinstance(example, Mapping):
        fitting = [o for o in options if isinstance(o, ModelProperty) and _fits_model(o, example)]
        if fitting:
            return max(fitting, key=lambda model: len(_property_names(model) & set(example)))
    if example is not _MISSING:
        for option in options:
            if isinstance(option, EnumProperty | LiteralEnumProperty):
                values = (
                    list(option.values.values()) if isinstance(option, EnumProperty) else list(option.values)
                )
                if example in values:
                    return option
                continue
            if any(isinstance(option, kinds) and test(example) for kinds, test in checks):
                return option
    return next((o for o in options if not isinstance(o, NoneProperty)), options[0])


def _property_names(model: ModelProperty) -> set[str]:
    props = [*(model.required_properties or []), *(model.optional_properties or [])]
    return {p.name.get_untrusted_value() for p in props}


def _fits_model(model: ModelProperty, example: Mapping[str, Any]) -> bool:
    """The example has every required key of the model and, for a closed model, no other key."""
    required = {p.name.get_untrusted_value() for p in model.required_properties or []}
    closed = model.additional_properties is None
    return required <= set(example) and (not closed or set(example) <= _property_names(model))


def client_snippets(api: str, client_spec: Mapping[str, Any]) -> dict[str, Snippet]:
    """A call through the generated client for every operation in it, keyed by operationId.

    The names (tag module, operation module, argument and model names) come from the generator's
    own parser run over the spec the client is generated from, so they match the generated files.
    """
    config = Config.from_sources(
        ConfigFile(**generator_config(api)), MetaType.UV, "openapi.json", "utf-8", True, None
    )
    data = GeneratorData.from_dict(json.loads(json.dumps(generator_input(client_spec))), config=config)
    if isinstance(data, GeneratorError):
        raise DocsError(f"{api}: openapi-python-client cannot read the client spec: {data.header}")
    operations = _operations_by_route(client_spec)
    package = client_package_name(api)
    models = {str(model.class_info.name): model for model in data.models}
    snippets: dict[str, Snippet] = {}
    for tag_module, collection in data.endpoint_collections_by_tag.items():
        for endpoint in collection.endpoints:
            op = _operation_of(endpoint, operations)
            if op is None:
                continue
            module = strings.PythonIdentifier(endpoint.name, config.field_prefix)
            snippets[op.operation_id] = _snippet(
                client_spec, op, endpoint, package, str(tag_module), str(module), models
            )
    return snippets


_PATH_TEMPLATE = re.compile(r"\{[^{}]*\}")


def _route(method: str, path: str) -> tuple[str, str]:
    """A method and path with every ``{name}`` blanked: the same for an operation and its endpoint,
    whose path has the parameters' Python names. OpenAPI forbids paths that differ only there."""
    return method, _PATH_TEMPLATE.sub("{}", path)


def _operations_by_route(spec: Mapping[str, Any]) -> dict[tuple[str, str], list[Operation]]:
    by_route: dict[tuple[str, str], list[Operation]] = {}
    for op in iter_operations(spec):
        by_route.setdefault(_route(op.method, op.path), []).append(op)
    return by_route


def _path_as_parsed(path: str, endpoint: Endpoint) -> str:
    """``path`` as the parser leaves it in ``endpoint.path``: each ``{name}`` of a path parameter
    replaced by ``{python_name}`` (``Endpoint.sort_parameters``), so ``{petId}`` reads ``{pet_id}``."""
    for prop in endpoint.path_parameters:
        path = path.replace(f"{{{prop.name.get_untrusted_value()}}}", f"{{{prop.python_name}}}")
    return path


def _operation_of(
    endpoint: Endpoint, by_route: Mapping[tuple[str, str], list[Operation]]
) -> Operation | None:
    """The spec's operation an endpoint of the parser was made from.

    Not found by the endpoint's path as is: the parser renames path parameters in it, so an
    operation with ``{petId}``, ``{pet-id}`` or ``{class}`` would go without its snippet.
    """
    parsed_path = endpoint.path.get_untrusted_value()
    candidates = by_route.get(_route(endpoint.method, parsed_path), [])
    return next((op for op in candidates if _path_as_parsed(op.path, endpoint) == parsed_path), None)


def _snippet(
    spec: Mapping[str, Any],
    op: Operation,
    endpoint: Any,
    package: str,
    tag_module: str,
    module: str,
    models: Mapping[str, ModelProperty],
) -> Snippet:
    values = _SnippetValues(package, models)
    arguments: list[tuple[str, _Code]] = [("client=", _atom("client"))]
    located = (
        ("path", endpoint.path_parameters),
        ("query", endpoint.query_parameters),
        ("header", endpoint.header_parameters),
        ("cookie", endpoint.cookie_parameters),
    )
    bodies = list(endpoint.bodies)
    if bodies and bodies[0].prop.required:
        example = _body_example(spec, op, bodies[0].content_type.get_untrusted_value())
        arguments.append(("body=", values.value(bodies[0].prop, example)))
    for location, props in located:
        for prop in props:
            if prop.required:
                param = op.parameter(prop.name.get_untrusted_value(), location) or {}
                arguments.append(
                    (f"{prop.python_name}=", values.value(prop, _parameter_example(spec, param)))
                )
    parsed = len(endpoint.responses) > 0 and endpoint.response_type().as_unembedded_code() != "Any"
    call = _Code(
        opener=f"{module}.{'sync' if parsed else 'sync_detailed'}(", closer=")", items=tuple(arguments)
    )
    return Snippet(
        module=f"{package}.api.{tag_module}.{module}",
        imports=values.imports(tag_module, module),
        call="result = " + call.layout(0, len("result = ")),
    )


def _first_example(spec: Mapping[str, Any], node: Any) -> Any:
    if not isinstance(node, Mapping):
        return _MISSING
    if "example" in node:
        return node["example"]
    examples = node.get("examples")
    if isinstance(examples, Mapping):
        for entry in examples.values():
            entry = resolve(spec, entry)
            if isinstance(entry, Mapping) and "value" in entry:
                return entry["value"]
    if isinstance(examples, list) and examples:
        return examples[0]
    return _MISSING


def _schema_example(spec: Mapping[str, Any], schema: Any) -> Any:
    flat = SchemaView(spec, {}).flatten(schema).schema
    found = _first_example(spec, flat)
    if found is _MISSING and "default" in flat:
        return flat["default"]
    if found is _MISSING and isinstance(flat.get("enum"), list) and flat["enum"]:
        return flat["enum"][0]
    return found


def _parameter_example(spec: Mapping[str, Any], param: Mapping[str, Any]) -> Any:
    found = _first_example(spec, param)
    return _schema_example(spec, param.get("schema")) if found is _MISSING else found


def _body_example(spec: Mapping[str, Any], op: Operation, content_type: str) -> Any:
    body = resolve(spec, op.definition.get("requestBody") or {})
    media = (body.get("content") or {}).get(content_type) or {}
    found = _first_example(spec, media)
    return _schema_example(spec, media.get("schema")) if found is _MISSING else found


# --- TypeScript snippets through the generated package -------------------------------------------


@dataclass(frozen=True)
class TypeScriptSnippet:
    """A call of one operation through the API's TypeScript package; ``client`` is defined by the reader."""

    package: str
    function: str
    text: str


TS_IDENTIFIER = re.compile(r"[A-Za-z_$][A-Za-z0-9_$]*")
TS_OPTION_OF = {"path": "path", "query": "query", "header": "headers"}
"""Where the package's call options carry a parameter, by where the spec puts it."""


def typescript_function(operation_id: str) -> str:
    """The package's function for an operation: its operationId in camelCase, as @hey-api/openapi-ts
    names it (``get_projects`` -> ``getProjects``, ``project.get`` -> ``projectGet``)."""
    first, *rest = [part for part in re.split(r"[^A-Za-z0-9]+", operation_id) if part]
    return first[0].lower() + first[1:] + "".join(part[0].upper() + part[1:] for part in rest)


def typescript_snippets(api: str, spec: Mapping[str, Any]) -> dict[str, TypeScriptSnippet]:
    """A call through the TypeScript package for every operation, keyed by operationId: its required
    parameters and body, from the spec's examples (the spec as the package is generated from)."""
    package = typescript_package_name(api)
    snippets: dict[str, TypeScriptSnippet] = {}
    for op in iter_operations(spec):
        function = typescript_function(op.operation_id)
        options: list[tuple[str, _Code]] = [("", _atom("client"))]
        for location, option in TS_OPTION_OF.items():
            values = {
                str(param["name"]): _or_sample(spec, param.get("schema"), _parameter_example(spec, param))
                for param in op.parameters
                if param.get("in") == location and param.get("required")
            }
            if values:
                options.append((f"{option}: ", _ts_literal(values)))
        body = resolve(spec, op.definition.get("requestBody") or {})
        if body.get("required") and body.get("content"):
            content_type, media = next(iter(body["content"].items()))
            example = _or_sample(spec, media.get("schema"), _body_example(spec, op, content_type))
            example = _declared_only(spec, media.get("schema"), example)
            options.append(("body: ", _ts_literal(example)))
        call = _Code(opener=f"await {function}({{ ", closer=" })", items=tuple(options))
        text = f"import {{ {function} }} from '{package}';\n\nconst {{ data }} = {_ts_layout(call)};\n"
        snippets[op.operation_id] = TypeScriptSnippet(package, function, text)
    return snippets


def _or_sample(spec: Mapping[str, Any], schema: Any, example: Any) -> Any:
    return _sample(spec, schema) if example is _MISSING else example


def _sample(spec: Mapping[str, Any], schema: Any, depth: int = 0) -> Any:
    """A value of ``schema`` for a call the spec gives no example of: its enum's or const's first
    value, a placeholder of its type and format, an object of its required properties."""
    schema = resolve(spec, schema)
    if not isinstance(schema, Mapping) or depth > MAX_SAMPLE_DEPTH:
        return None
    if "const" in schema:
        return schema["const"]
    if isinstance(schema.get("enum"), list) and schema["enum"]:
        return schema["enum"][0]
    for combinator in ("oneOf", "anyOf"):
        if isinstance(schema.get(combinator), list) and schema[combinator]:
            return _sample(spec, schema[combinator][0], depth + 1)
    if isinstance(schema.get("allOf"), list):
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            value = _sample(spec, part, depth + 1)
            merged.update(value if isinstance(value, Mapping) else {})
        return merged
    kind = schema.get("type")
    kind = next((k for k in kind if k != "null"), None) if isinstance(kind, list) else kind
    if kind in ("integer", "number"):
        return schema.get("minimum", 1)
    if kind == "boolean":
        return True
    if kind == "string":
        return SAMPLE_STRINGS.get(str(schema.get("format")), "text")
    if kind == "array":
        return [_sample(spec, schema.get("items"), depth + 1)]
    required = schema.get("required") or []
    properties = schema.get("properties") or {}
    return {name: _sample(spec, properties.get(name), depth + 1) for name in required}


MAX_SAMPLE_DEPTH = 8
SAMPLE_STRINGS = {"date": "2026-01-31", "date-time": "2026-01-31T09:00:00Z", "email": "name@example.com"}


def _declared_only(spec: Mapping[str, Any], schema: Any, example: Any) -> Any:
    """``example`` as the package types it: without the members its object schema does not declare
    (an overlay may take a property out of the package, one the runtime fills itself, and a typed
    object literal may not name it), with a ``Blob`` for each binary string."""
    schema = resolve(spec, schema)
    if not isinstance(schema, Mapping):
        return example
    if schema.get("type") == "string" and (schema.get("format") == "binary" or "contentMediaType" in schema):
        return BLOB
    if isinstance(example, list):
        return [_declared_only(spec, schema.get("items"), item) for item in example]
    declared = schema.get("properties")
    if not isinstance(example, Mapping) or not isinstance(declared, Mapping):
        return example
    return {
        key: _declared_only(spec, declared[key], value) for key, value in example.items() if key in declared
    }


BLOB = _atom("new Blob(['file contents'])")
"""A file's bytes in a TypeScript call."""


def _ts_layout(call: _Code) -> str:
    prefix = "const { data } = "
    flat = call.flat()
    if len(prefix) + len(flat) + 1 <= SNIPPET_WIDTH:
        return flat
    return _Code(opener=call.opener.rstrip(" "), closer="})", items=call.items).layout(0, len(prefix))


def _ts_literal(value: Any) -> _Code:
    """``value`` as a TypeScript expression: JSON, with keys unquoted where they are identifiers."""
    if isinstance(value, _Code):
        return value
    if isinstance(value, Mapping):
        items = tuple(
            (f"{key if TS_IDENTIFIER.fullmatch(str(key)) else json.dumps(str(key))}: ", _ts_literal(v))
            for key, v in value.items()
        )
        return _Code(opener="{ ", closer=" }", items=items) if items else _atom("{}")
    if isinstance(value, list):
        return _Code(opener="[", closer="]", items=tuple(("", _ts_literal(v)) for v in value))
    if value is _MISSING or value is None:
        return _atom("null")
    return _atom(json.dumps(value, ensure_ascii=False))


# --- The view model of one API -------------------------------------------------------------------


@dataclass(frozen=True)
class Example:
    name: str
    summary: str
    text: str


@dataclass(frozen=True)
class Content:
    media_types: tuple[str, ...]
    schema: Field | None
    examples: tuple[Example, ...]


@dataclass(frozen=True)
class Parameter:
    name: str
    location: str
    required: bool
    deprecated: bool
    description: Markup
    field: Field
    style: str
    examples: tuple[Example, ...]
    errata: tuple[NoteLink, ...]


@dataclass(frozen=True)
class Body:
    required: bool
    description: Markup
    contents: tuple[Content, ...]


@dataclass(frozen=True)
class Header:
    name: str
    required: bool
    description: Markup
    field: Field
    examples: tuple[Example, ...]


@dataclass(frozen=True)
class ResponseLink:
    name: str
    operation_id: str
    description: str


@dataclass(frozen=True)
class Response:
    status: str
    phrase: str
    kind: str  # success | redirect | error | info | default
    description: Markup
    headers: tuple[Header, ...]
    contents: tuple[Content, ...]
    links: tuple[ResponseLink, ...]
    shared: str | None  # the components/responses name it comes from: shown once per page, linked


@dataclass(frozen=True)
class SharedResponse:
    name: str
    anchor: str
    response: Response
    users: int


@dataclass(frozen=True)
class OperationView:
    id: str
    method: str
    path: str
    wire_path: str
    action: str | None  # the #fragment naming the action, for one-endpoint APIs
    rpc: str | None  # the operation's x-rpc, pretty JSON
    shares_url: bool  # other operations are sent to the same method and URL
    summary: str
    description: Markup
    deprecated: bool
    tag: str
    also_tags: tuple[str, ...]
    security: tuple[tuple[str, ...], ...] | None  # None: the API's default
    parameters: tuple[Parameter, ...]
    body: Body | None
    responses: tuple[Response, ...]
    notes: tuple[Note, ...]  # recorded on the operation itself
    related: tuple[NoteLink, ...]  # recorded on a parameter or schema the operation uses
    external_docs: tuple[str, str] | None
    snippet: Snippet | None
    typescript: TypeScriptSnippet | None


@dataclass(frozen=True)
class Tag:
    name: str
    anchor: str
    description: Markup
    module: str | None
    operations: tuple[OperationView, ...]
    see_also: tuple[OpRef, ...]


@dataclass(frozen=True)
class Scheme:
    name: str
    kind: str
    description: Markup
    details: tuple[str, ...]


@dataclass(frozen=True)
class Auth:
    schemes: tuple[Scheme, ...]
    alternatives: tuple[tuple[str, ...], ...]
    client: Markup
    client_from_spec: bool


@dataclass(frozen=True)
class Server:
    url: str
    description: Markup
    variables: tuple[tuple[str, str, Markup], ...]


@dataclass(frozen=True)
class ApiPage:
    name: str
    title: str
    version: str
    summary: str
    description: Markup
    servers: tuple[Server, ...]
    external_docs: tuple[str, str] | None
    auth: Auth
    tags: tuple[Tag, ...]
    notes: Notes
    package: str
    client_path: str
    operation_count: int
    shared_responses: tuple[SharedResponse, ...]
    document: Mapping[str, Any] = field(repr=False, compare=False)

    def search_entries(self) -> list[dict[str, str]]:
        return [
            {
                "api": self.name,
                "title": self.title,
                "id": op.id,
                "summary": op.summary,
                "method": op.method.upper(),
                "path": op.path,
                "tag": tag.name,
                "url": f"{self.name}/index.html#{op.id}",
            }
            for tag in self.tags
            for op in tag.operations
        ]

    def summary_record(self) -> dict[str, Any]:
        return {
            "format": SUMMARY_FORMAT,
            "name": self.name,
            "title": self.title,
            "version": self.version,
            "summary": self.summary,
            "operations": self.operation_count,
            "tags": len(self.tags),
            "errata": len(self.notes.errata),
            "questions": len(self.notes.questions),
            "evidence": len(self.notes.evidence),
            "search": self.search_entries(),
        }


def api_page(
    project: Project,
    api: str,
    spec: Mapping[str, Any],
    client_spec: Mapping[str, Any] | None,
    typescript_spec: Mapping[str, Any] | None = None,
) -> ApiPage:
    """The view model of one API's reference, from its docs spec (and the clients' specs for snippets)."""
    operations = list(iter_operations(spec))
    notes = NoteIndex(spec, operations)
    errata_links = {n.title: n.link for n in notes.notes.errata}
    schemas = SchemaView(spec, errata_links)
    snippets = client_snippets(api, client_spec) if client_spec is not None else {}
    typescript = typescript_snippets(api, typescript_spec) if typescript_spec is not None else {}
    shared_urls = _shared_urls(operations)
    views = [
        _operation(
            spec,
            op,
            schemas,
            notes,
            snippets.get(op.operation_id),
            typescript.get(op.operation_id),
            shared_urls,
        )
        for op in operations
    ]
    info = spec.get("info") or {}
    client_root = project.client_dir(api)
    try:
        client_path = client_root.relative_to(project.root).as_posix()
    except ValueError:
        client_path = client_root.as_posix()
    return ApiPage(
        name=api,
        title=str(info.get("title") or api),
        version=str(info.get("version") or ""),
        summary=str(info.get("summary") or ""),
        description=markdown(info.get("description"), shift=1),
        servers=_servers(spec),
        external_docs=_external_docs(spec.get("externalDocs")),
        auth=_auth(spec, api),
        tags=_tags(spec, views),
        notes=notes.notes,
        package=client_package_name(api),
        client_path=client_path,
        operation_count=len(views),
        shared_responses=_shared_responses(spec, operations, schemas),
        document=spec,
    )


def _shared_urls(operations: Sequence[Operation]) -> set[tuple[str, str]]:
    counts: dict[tuple[str, str], int] = {}
    for op in operations:
        counts[(op.method, op.wire_path)] = counts.get((op.method, op.wire_path), 0) + 1
    return {key for key, count in counts.items() if count > 1}


def _operation(
    spec: Mapping[str, Any],
    op: Operation,
    schemas: SchemaView,
    notes: NoteIndex,
    snippet: Snippet | None,
    typescript: TypeScriptSnippet | None,
    shared_urls: set[tuple[str, str]],
) -> OperationView:
    definition = op.definition
    tags = [str(t) for t in definition.get("tags") or []] or ["Other"]
    own = tuple(n for n in notes.notes.all if n.pointer == op.pointer)
    related = tuple(
        n.link
        for n in notes.notes.all
        if n.pointer != op.pointer and any(ref.id == op.operation_id for ref in n.appears_in)
    )
    security = definition.get("security")
    rpc = definition.get("x-rpc")
    return OperationView(
        id=op.operation_id,
        method=op.method,
        path=op.path,
        wire_path=op.wire_path,
        action=op.path.split("#", 1)[1] if "#" in op.path else None,
        rpc=pretty_json(rpc) if rpc is not None else None,
        shares_url=(op.method, op.wire_path) in shared_urls,
        summary=str(definition.get("summary") or ""),
        description=markdown(definition.get("description"), shift=3),
        deprecated=definition.get("deprecated") is True,
        tag=tags[0],
        also_tags=tuple(tags[1:]),
        security=_requirements(security) if isinstance(security, list) else None,
        parameters=tuple(_parameter(spec, p, schemas) for p in op.parameters),
        body=_body(spec, definition.get("requestBody"), schemas),
        responses=tuple(
            _response(spec, str(code), raw, schemas)
            for code, raw in (definition.get("responses") or {}).items()
        ),
        notes=own,
        related=tuple(dict.fromkeys(related)),
        external_docs=_external_docs(definition.get("externalDocs")),
        snippet=snippet,
        typescript=typescript,
    )


def _parameter(spec: Mapping[str, Any], param: Mapping[str, Any], schemas: SchemaView) -> Parameter:
    schema = param.get("schema")
    if schema is None and isinstance(param.get("content"), Mapping):
        media: Mapping[str, Any] = next(iter(param["content"].values()), {})
        schema = media.get("schema")
    name = str(param.get("name", ""))
    examples = _examples(spec, param, "application/json", compact=True)
    field_view = schemas.field(
        name, schema or {}, required=param.get("required") is True, show_example=not examples
    )
    return Parameter(
        name=name,
        location=str(param.get("in", "")),
        required=param.get("required") is True,
        deprecated=param.get("deprecated") is True,
        description=markdown(param.get("description")) or field_view.description,
        field=field_view,
        style=_style_note(param, schemas.flatten(schema).schema if schema else {}),
        examples=examples,
        errata=tuple(schemas.errata_links[i] for i in _errata_ids(param) if i in schemas.errata_links),
    )


def _style_note(param: Mapping[str, Any], schema: Mapping[str, Any]) -> str:
    name = str(param.get("name", ""))
    location = param.get("in")
    style = param.get("style") or ("form" if location in ("query", "cookie") else "simple")
    explode = param.get("explode", style == "form")
    is_object = "object" in _types(schema) or "properties" in schema or "additionalProperties" in schema
    is_array = "array" in _types(schema)
    if style == "deepObject":
        return f"sent as {name}[key]=value for each key"
    if style == "form" and is_object:
        return "each key sent as its own key=value" if explode else f"sent as {name}=key,value,…"
    if style == "form" and is_array:
        return f"repeat {name}=… once per value" if explode else f"comma-separated: {name}=a,b"
    if style in ("pipeDelimited", "spaceDelimited") and is_array:
        return f"values separated by {'|' if style == 'pipeDelimited' else 'spaces'}"
    if location == "path" and style != "simple":
        return f"path style {style}"
    return ""


def _body(spec: Mapping[str, Any], raw: Any, schemas: SchemaView) -> Body | None:
    if raw is None:
        return None
    body = resolve(spec, raw)
    return Body(
        required=body.get("required") is True,
        description=markdown(body.get("description")),
        contents=_contents(spec, body.get("content") or {}, schemas),
    )


def _shared_name(raw: Any) -> str | None:
    ref = raw.get("$ref") if isinstance(raw, Mapping) else None
    return (
        ref.rsplit("/", 1)[-1] if isinstance(ref, str) and ref.startswith("#/components/responses/") else None
    )


def _shared_responses(
    spec: Mapping[str, Any], operations: Sequence[Operation], schemas: SchemaView
) -> tuple[SharedResponse, ...]:
    """Every ``components/responses`` entry an operation uses, described once for the page."""
    users: dict[str, int] = {}
    for op in operations:
        for raw in (op.definition.get("responses") or {}).values():
            name = _shared_name(raw)
            if name:
                users[name] = users.get(name, 0) + 1
    declared = ((spec.get("components") or {}).get("responses")) or {}
    return tuple(
        SharedResponse(
            name=str(name),
            anchor="response-" + _slug(str(name)),
            response=_response(spec, "", {"$ref": f"#/components/responses/{name}"}, schemas, brief=False),
            users=users[name],
        )
        for name in declared
        if name in users
    )


def _response(
    spec: Mapping[str, Any], status: str, raw: Any, schemas: SchemaView, *, brief: bool = True
) -> Response:
    """One status of an operation; a shared response is only named here (``brief``), its body shown once."""
    shared = _shared_name(raw)
    response = resolve(spec, raw)
    if shared and brief:
        return Response(
            status=status,
            phrase=_status_phrase(status),
            kind=_status_kind(status),
            description=markdown(response.get("description")),
            headers=(),
            contents=(),
            links=(),
            shared=shared,
        )
    headers = tuple(
        _header(spec, name, value, schemas)
        for name, value in (response.get("headers") or {}).items()
        if name.lower() != "content-type"  # OpenAPI: a Content-Type header definition is ignored
    )
    links = tuple(
        ResponseLink(str(name), str(link.get("operationId", "")), str(link.get("description", "")))
        for name, link in ((n, resolve(spec, v)) for n, v in (response.get("links") or {}).items())
    )
    return Response(
        status=status,
        phrase=_status_phrase(status),
        kind=_status_kind(status),
        description=markdown(response.get("description")),
        headers=headers,
        contents=_contents(spec, response.get("content") or {}, schemas),
        links=links,
        shared=shared,
    )


def _header(spec: Mapping[str, Any], name: str, raw: Any, schemas: SchemaView) -> Header:
    header = resolve(spec, raw)
    return Header(
        name=name,
        required=header.get("required") is True,
        description=markdown(header.get("description")),
        field=schemas.field(name, header.get("schema") or {}),
        examples=_examples(spec, header, "text/plain", compact=True),
    )


def _contents(
    spec: Mapping[str, Any], content: Mapping[str, Any], schemas: SchemaView
) -> tuple[Content, ...]:
    """Media types grouped by identical schema (one table for JSON and XML of the same shape)."""
    groups: dict[str, list[tuple[str, Mapping[str, Any]]]] = {}
    for media_type, media in content.items():
        media = resolve(spec, media) if isinstance(media, Mapping) else {}
        key = json.dumps(media.get("schema"), sort_keys=True, default=str)
        groups.setdefault(key, []).append((str(media_type), media))
    out: list[Content] = []
    for members in groups.values():
        schema = members[0][1].get("schema")
        examples: list[Example] = []
        for media_type, media in members:
            examples.extend(e for e in _examples(spec, media, media_type) if e not in examples)
        if not examples and schema is not None:
            examples = list(_schema_examples(spec, schema, members[0][0], schemas))
        out.append(
            Content(
                media_types=tuple(m for m, _ in members),
                schema=schemas.field("(body)", schema) if schema is not None else None,
                examples=tuple(examples),
            )
        )
    return tuple(out)


def _examples(
    spec: Mapping[str, Any], node: Mapping[str, Any], media_type: str, *, compact: bool = False
) -> tuple[Example, ...]:
    found: list[Example] = []
    if "example" in node:
        found.append(Example("example", "", _example_text(node["example"], media_type, compact)))
    examples = node.get("examples")
    if isinstance(examples, Mapping):
        for name, raw in examples.items():
            entry = resolve(spec, raw)
            if isinstance(entry, Mapping) and "value" in entry:
                text = _example_text(entry["value"], media_type, compact)
                found.append(Example(str(name), str(entry.get("summary") or ""), text))
    return tuple(found)


def _schema_examples(
    spec: Mapping[str, Any], schema: Any, media_type: str, schemas: SchemaView
) -> Iterator[Example]:
    flat = schemas.flatten(schema).schema
    values = flat.get("examples")
    values = values if isinstance(values, list) else [flat["example"]] if "example" in flat else []
    for number, value in enumerate(values, 1):
        yield Example(
            f"example {number}" if len(values) > 1 else "example", "", _example_text(value, media_type)
        )


def _example_text(value: Any, media_type: str, compact: bool = False) -> str:
    if isinstance(value, str) and "json" not in media_type:
        return value
    return compact_json(value) if compact else pretty_json(value)


def _status_phrase(status: str) -> str:
    if status == "default":
        return "any other status"
    if len(status) == 3 and status[1:].upper() == "XX":
        return f"any {status[0]}xx status"
    try:
        return HTTPStatus(int(status)).phrase
    except ValueError:
        return ""


def _status_kind(status: str) -> str:
    return {"1": "info", "2": "success", "3": "redirect", "4": "error", "5": "error"}.get(
        status[:1], "default"
    )


def _requirements(security: Sequence[Any]) -> tuple[tuple[str, ...], ...]:
    out: list[tuple[str, ...]] = []
    for requirement in security:
        if not isinstance(requirement, Mapping):
            continue
        names = []
        for name, scopes in requirement.items():
            scoped = (
                f" (scopes: {', '.join(map(str, scopes))})" if isinstance(scopes, list) and scopes else ""
            )
            names.append(f"{name}{scoped}")
        out.append(tuple(names))
    return tuple(out)


def _auth(spec: Mapping[str, Any], api: str) -> Auth:
    raw = ((spec.get("components") or {}).get("securitySchemes")) or {}
    schemes = tuple(_scheme(str(name), resolve(spec, value)) for name, value in raw.items())
    security = spec.get("security")
    client_text = (spec.get("info") or {}).get(CLIENT_AUTH_KEY)
    from_spec = isinstance(client_text, str) and bool(client_text.strip())
    if not from_spec:
        package = client_package_name(api)
        client_text = (
            f"The spec does not say how the generated client signs in. Build a `{package}.Client` "
            f"(or an `AuthenticatedClient` for a token sent in a header) with the API's base URL, "
            f"and give it the credentials the schemes above describe, through `httpx_args` when needed."
        )
    return Auth(
        schemes=schemes,
        alternatives=_requirements(security) if isinstance(security, list) else (),
        client=markdown(client_text, shift=3),
        client_from_spec=from_spec,
    )


def _scheme(name: str, scheme: Mapping[str, Any]) -> Scheme:
    kind = str(scheme.get("type", ""))
    details: list[str] = []
    if kind == "apiKey":
        where = {"query": "query parameter", "header": "header", "cookie": "cookie"}.get(
            str(scheme.get("in")), "?"
        )
        label = f"API key, sent as the {where} {scheme.get('name', '')}"
    elif kind == "http":
        http = str(scheme.get("scheme", "")).lower()
        label = HTTP_SCHEMES.get(http, f"HTTP {http} authentication")
        if scheme.get("bearerFormat"):
            details.append(f"token format: {scheme['bearerFormat']}")
    elif kind == "oauth2":
        label = "OAuth 2.0"
        for flow, data in (scheme.get("flows") or {}).items():
            urls = [f"{k}: {v}" for k, v in data.items() if k.endswith("Url")]
            scopes = ", ".join((data.get("scopes") or {}).keys())
            details.append(f"{flow} flow — " + "; ".join(urls + ([f"scopes: {scopes}"] if scopes else [])))
    elif kind == "openIdConnect":
        label = "OpenID Connect"
        details.append(f"discovery: {scheme.get('openIdConnectUrl', '')}")
    elif kind == "mutualTLS":
        label = "Mutual TLS (a client certificate)"
    else:
        label = kind or "unspecified"
    return Scheme(name, label, markdown(scheme.get("description")), tuple(details))


def _servers(spec: Mapping[str, Any]) -> tuple[Server, ...]:
    out = []
    for server in spec.get("servers") or []:
        variables = tuple(
            (str(name), compact_json(var.get("default")), markdown_inline(var.get("description")))
            for name, var in (server.get("variables") or {}).items()
        )
        out.append(Server(str(server.get("url", "")), markdown_inline(server.get("description")), variables))
    return tuple(out)


def _external_docs(raw: Any) -> tuple[str, str] | None:
    if not isinstance(raw, Mapping) or not isinstance(raw.get("url"), str):
        return None
    return (raw["url"], str(raw.get("description") or raw["url"]))


def _tags(spec: Mapping[str, Any], operations: Sequence[OperationView]) -> tuple[Tag, ...]:
    declared = {str(t.get("name")): t for t in spec.get("tags") or [] if isinstance(t, Mapping)}
    order = list(declared) + [op.tag for op in operations if op.tag not in declared]
    out = []
    anchors: set[str] = set()
    for name in dict.fromkeys(order):
        members = tuple(op for op in operations if op.tag == name)
        see_also = tuple(OpRef(op.id, op.summary) for op in operations if name in op.also_tags)
        if not members and not see_also:
            continue
        anchor = "tag-" + _slug(name.lower())
        while anchor in anchors:
            anchor += "-x"
        anchors.add(anchor)
        out.append(
            Tag(
                name=name,
                anchor=anchor,
                description=markdown((declared.get(name) or {}).get("description")),
                module=str(strings.PythonIdentifier(name, "tag")),
                operations=members,
                see_also=see_also,
            )
        )
    return tuple(out)


# --- Writing the site ----------------------------------------------------------------------------


def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=StrictUndefined,
    )
    return env


def render_site(output: Path, pages: Sequence[ApiPage], carried: Sequence[Mapping[str, Any]] = ()) -> None:
    """Write the whole site into ``output`` (an empty or missing folder)."""
    env = _environment()
    (output / "assets").mkdir(parents=True, exist_ok=True)
    for asset in ASSETS:
        (output / "assets" / asset).write_bytes((TEMPLATES / "assets" / asset).read_bytes())
    summaries = list(carried)
    for page in pages:
        folder = output / page.name
        folder.mkdir()
        _write(folder / "index.html", env.get_template("api.html.jinja").render(page=page, root="../"))
        _write(folder / "notes.html", env.get_template("notes.html.jinja").render(page=page, root="../"))
        _write(folder / "openapi.yaml", dump_yaml(page.document))
        _write(folder / "openapi.json", json.dumps(page.document, indent=2, ensure_ascii=False) + "\n")
        record = page.summary_record()
        _write(folder / SUMMARY_FILE, json.dumps(record, indent=1, ensure_ascii=False) + "\n")
        summaries.append(record)
    summaries.sort(key=lambda record: str(record["name"]))
    _write(output / "index.html", env.get_template("index.html.jinja").render(apis=summaries, root=""))
    entries = [entry for record in summaries for entry in record["search"]]
    _write(output / SEARCH_INDEX, json.dumps(entries, indent=0, ensure_ascii=False) + "\n")


def _write(path: Path, text: str) -> None:
    path.write_bytes(text.encode("utf-8"))


def _carried_over(
    project: Project, previous: Path, rendered: Sequence[str]
) -> list[tuple[str, dict[str, Any]]]:
    """The previous site's pages of the project's APIs outside ``rendered``, with their summaries:
    other APIs' pages (``--api`` renders one API) and pages whose inputs have not changed."""
    out = []
    for api in project.api_names():
        summary = previous / api / SUMMARY_FILE
        if api in rendered or not summary.is_file():
            continue
        try:
            record = json.loads(summary.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if isinstance(record, dict) and record.get("format") == SUMMARY_FORMAT:
            out.append((api, record))
    return out


def build_site(
    project: Project,
    apis: Sequence[str],
    *,
    documents: Mapping[str, dict[str, Any]] | None = None,
    output: Path | None = None,
    strict: bool = False,
    progress: Progress = print,
) -> Path:
    """Build the reference of ``apis`` into ``output`` (default ``site/``), keeping other APIs' pages.

    ``documents`` are already validated specs by API (the main job passes them); otherwise each
    spec is loaded and validated here. Returns the site folder.
    """
    destination = (output or project.site_dir).resolve()
    inputs: list[tuple[str, dict[str, Any], dict[str, Any], dict[str, Any] | None]] = []
    for api in apis:
        # Loaded and checked once, then overlaid for each output the pages show: reading one of the
        # larger specs takes about a second, and each output used to read it again.
        document = (
            documents[api] if documents is not None and api in documents else load_valid_spec(project, api)
        )
        prepared = apply_overlays(project, api, document, DOCS, strict=strict)
        for warning in prepared.warnings:
            progress(f"{WARNING}{warning}")
        python = apply_overlays(project, api, document, PYTHON_CLIENT).document
        typescript = (
            apply_overlays(project, api, document, TYPESCRIPT_CLIENT).document
            if TYPESCRIPT in client_languages(project, api)
            else None
        )
        inputs.append((api, prepared.document, python, typescript))
    page_ids = {item[0]: page_fingerprint(item) for item in inputs}
    inputs_id = fingerprint(data=list(page_ids.items()))  # each spec is hashed once, for its pages
    if read_fingerprint(destination) == inputs_id:
        return destination  # same specs, templates and code as the site already there
    # An API's pages made from the same inputs are kept: `apikit docs` after `--api fivepm`
    # renders only the index.
    unchanged = {api for api, page_id in page_ids.items() if read_fingerprint(destination / api) == page_id}
    carried = _carried_over(project, destination, [api for api in apis if api not in unchanged])
    kept = {api for api, _ in carried}
    pages = [api_page(project, *item) for item in inputs if item[0] not in kept]
    destination.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=f".{destination.name}-", dir=destination.parent) as scratch:
        work = Path(scratch) / "site"
        work.mkdir()
        for api, _ in carried:
            shutil.copytree(destination / api, work / api)
        render_site(work, pages, [record for _, record in carried])
        for page in pages:
            write_fingerprint(work / page.name, page_ids[page.name])
        write_fingerprint(work, inputs_id)
        swap_in(work, destination)
    return destination


def page_fingerprint(inputs: tuple[Any, ...]) -> str:
    """Changes with an API's prepared specs, the templates, this module and the libraries it renders with."""
    return fingerprint(
        data=list(inputs),
        packages=("markdown-it-py", "jinja2", "openapi-python-client"),
        files=[Path(__file__)],
        folders=[TEMPLATES],
    )


def serve_site(site: Path, port: int, *, progress: Progress = print) -> None:
    """Serve ``site`` on 127.0.0.1 until interrupted."""
    handler = functools.partial(SimpleHTTPRequestHandler, directory=str(site))
    with ThreadingHTTPServer(("127.0.0.1", port), handler) as server:
        progress(f"serving {site} on http://127.0.0.1:{server.server_address[1]}/  (Ctrl+C to stop)")
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            progress("stopped")
