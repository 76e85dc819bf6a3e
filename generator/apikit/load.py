"""Load stage: read a spec (YAML or JSON) and remember the source line of every JSON pointer.

The line map lets every later stage report a problem as ``file:line (pointer)``. A mapping that
names one key twice is refused (YAML and JSON readers silently keep the last one, so half of what the
author wrote would vanish without a word).

:func:`load_spec` is how every stage reads an API's spec: the file, then the files its ``$ref``s name
bundled into it (:mod:`apikit.bundle`), then an OpenAPI 3.0 document converted to 3.1
(:mod:`apikit.convert`), so every stage sees the same self-contained 3.1 document.

YAML is read with JSON's data model, as the OpenAPI specification asks (YAML 1.2's core schema):
``true``/``false``, ``null``, decimal, octal (``0o``) and hexadecimal integers and floats are what
they look like, and every other plain scalar is a string. So ``2025-01-01`` stays a date string,
``18:00`` a time and ``no`` a country code, where a YAML 1.1 reader makes them a date object, the
number 1080 and false.
"""

from __future__ import annotations

import bisect
import collections
import json
import math
import re
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, ClassVar

import yaml

# libyaml's parser when PyYAML was built with it (the usual wheels are): several times faster.
_BASE_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

NULL_TAG, BOOL_TAG = "tag:yaml.org,2002:null", "tag:yaml.org,2002:bool"
INT_TAG, FLOAT_TAG = "tag:yaml.org,2002:int", "tag:yaml.org,2002:float"


class _JsonSemanticsLoader(_BASE_LOADER):  # type: ignore[valid-type,misc]
    """Plain scalars resolved by YAML 1.2's core schema only (no dates, sexagesimals, yes/no)."""

    yaml_implicit_resolvers: ClassVar[dict[str, list[tuple[str, re.Pattern[str]]]]] = {}


for _tag, _pattern, _first in (
    (NULL_TAG, r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
    (BOOL_TAG, r"^(?:true|True|TRUE|false|False|FALSE)$", list("tTfF")),
    (INT_TAG, r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", list("-+0123456789")),
    (
        FLOAT_TAG,
        r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$",
        list("-+0123456789."),
    ),
):
    _JsonSemanticsLoader.add_implicit_resolver(_tag, re.compile(_pattern), _first)


class LoadError(Exception):
    """A spec or overlay file cannot be read or parsed."""


@dataclass(frozen=True)
class LoadedDocument:
    path: Path
    document: dict[str, Any]
    lines: dict[str, int] = field(default_factory=dict, repr=False)
    origins: dict[str, Path] = field(default_factory=dict, repr=False)
    """Parts bundled in from other files: the pointer where each was placed -> its file (the line
    numbers under that pointer are that file's)."""
    notes: tuple[str, ...] = ()
    """What loading changed (files bundled in, an OpenAPI 3.0 document converted), for messages."""

    def where(self, pointer: str) -> str:
        """``file:line (pointer)`` for the nearest known ancestor of ``pointer``."""
        probe = _nearest(pointer, self.lines)
        line = self.lines.get(probe)
        origin = self.origins.get(_nearest(probe, self.origins), self.path)
        location = f"{origin}:{line}" if line else str(origin)
        return f"{location} ({pointer or '/'})"


def _nearest(pointer: str, known: Mapping[str, Any]) -> str:
    """``pointer`` or its nearest ancestor that is a key of ``known`` ("" when none is)."""
    probe = pointer
    while probe and probe not in known:
        probe = probe.rsplit("/", 1)[0]
    return probe


def escape_pointer_token(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def pointer_of(parts: list[str | int] | tuple[str | int, ...]) -> str:
    return "".join(f"/{escape_pointer_token(str(p))}" for p in parts)


def load_spec(path: Path) -> LoadedDocument:
    """An API's spec as every stage sees it: read (no key twice), the files its ``$ref``s name
    bundled in, and an OpenAPI 3.0 document converted to 3.1. Anything but OpenAPI 3.0 or 3.1 is
    refused with the fix."""
    # Imported here: both modules read files with load_document and report with LoadError.
    from apikit.bundle import bundle_external_refs
    from apikit.convert import UnsupportedVersion, convert_to_31, openapi_version

    loaded = load_document(path)
    try:
        version = openapi_version(loaded.document)
    except UnsupportedVersion as exc:
        raise LoadError(f"{loaded.where(exc.pointer)}: {exc}") from exc
    bundled = bundle_external_refs(loaded)
    if version.startswith("3.1"):
        return bundled
    conversion = convert_to_31(bundled.document)
    note = f"OpenAPI {version} converted to 3.1.0 ({len(conversion.changes)} change(s), see apikit.convert)"
    return replace(bundled, document=conversion.document, notes=(*bundled.notes, note))


def load_document(path: Path) -> LoadedDocument:
    """One YAML or JSON file (``*.json``) with the line of every pointer; no mapping may name a key twice."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise LoadError(f"{path}: cannot read: {exc.strerror}") from exc
    document, lines = _parsed(path, text)
    return LoadedDocument(path, _copy_tree(document), dict(lines))


_Parsed = tuple[dict[str, Any], dict[str, int]]

_PARSED: collections.OrderedDict[tuple[bool, str], _Parsed] = collections.OrderedDict()
_PARSED_KEPT = 16
_PARSED_LOCK = threading.Lock()


def _parsed(path: Path, text: str) -> _Parsed:
    """The file's data and lines, worked out once per text: the stages of one command (and the
    tests) read the same spec again, copies of a project hold it at other paths, and parsing YAML
    with its line numbers is most of loading. Neither result depends on where the file is; only an
    error names the path, and errors are not kept. Callers get copies (``load_document``); a file
    whose text changed is parsed again."""
    key = (path.suffix == ".json", text)
    with _PARSED_LOCK:
        if key in _PARSED:
            _PARSED.move_to_end(key)
            return _PARSED[key]
    parsed = _parse(path, text)
    with _PARSED_LOCK:
        _PARSED[key] = parsed
        while len(_PARSED) > _PARSED_KEPT:
            _PARSED.popitem(last=False)
    return parsed


def _parse(path: Path, text: str) -> _Parsed:
    if path.suffix == ".json":
        document = _parse_json(path, text)
        return _expect_mapping(path, document), _JsonLineMapper(path, text).map_lines()
    builder = _TreeBuilder(path)
    document = builder.build(_compose_yaml(path, text))
    return _expect_mapping(path, document), builder.lines


def _copy_tree(value: Any) -> Any:
    """A copy of parsed JSON data (dicts, lists and scalars), each dict and list new."""
    if isinstance(value, dict):
        return {key: _copy_tree(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_copy_tree(item) for item in value]
    return value


def _duplicate_key(path: Path, key: str, first_line: int, second_line: int, pointer: str) -> LoadError:
    return LoadError(
        f"{path}:{first_line} and {path}:{second_line}: key {key!r} appears twice in {pointer or '/'}; "
        "keep one"
    )


def _parse_json(path: Path, text: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise LoadError(f"{path}:{exc.lineno}: invalid JSON: {exc.msg}") from exc


def _compose_yaml(path: Path, text: str) -> yaml.Node | None:
    try:
        return yaml.compose(text, Loader=_JsonSemanticsLoader)
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else "?"
        raise LoadError(f"{path}:{line}: invalid YAML: {exc.problem}; fix the syntax there") from exc


def _expect_mapping(path: Path, document: Any) -> dict[str, Any]:
    if not isinstance(document, dict):
        raise LoadError(f"{path}: the top level must be a mapping (an OpenAPI or Overlay object)")
    return document


class _TreeBuilder:
    """Plain Python data from a YAML node tree, recording the line of each JSON pointer."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.lines: dict[str, int] = {}

    def build(self, node: yaml.Node | None, pointer: str = "") -> Any:
        if node is None:
            return None
        self.lines[pointer] = node.start_mark.line + 1
        if isinstance(node, yaml.MappingNode):
            result: dict[str, Any] = {}
            for key_node, value_node in node.value:
                key = str(self._scalar(key_node))
                child = f"{pointer}/{escape_pointer_token(key)}"
                key_line = key_node.start_mark.line + 1
                if key in result:
                    raise _duplicate_key(self.path, key, self.lines[child], key_line, pointer)
                result[key] = self.build(value_node, child)
                self.lines[child] = key_line  # point at the key, where a reader looks
            return result
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, f"{pointer}/{i}") for i, item in enumerate(node.value)]
        return self._scalar(node)

    def _scalar(self, node: yaml.Node) -> Any:
        return core_scalar(node.tag, str(node.value))


class _JsonLineMapper:
    """The line of every pointer of a JSON text that already parsed, and its duplicate keys.

    ``json`` keeps no positions and keeps the last of two equal keys, so the text is walked once
    more, token by token; a key is decoded by ``json`` itself.
    """

    _SPACE = re.compile(r"[ \t\n\r]*")
    _STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
    _SCALAR_END = re.compile(r"[,\]}\s]")

    def __init__(self, path: Path, text: str) -> None:
        self.path = path
        self.text = text
        self.lines: dict[str, int] = {}
        self._newlines = [match.start() for match in re.finditer("\n", text)]

    def map_lines(self) -> dict[str, int]:
        """Call only on text ``json`` has parsed: the walk trusts it to be valid JSON."""
        self._value(self._skip_space(0), "")
        return self.lines

    def _line(self, position: int) -> int:
        return bisect.bisect_left(self._newlines, position) + 1

    def _skip_space(self, position: int) -> int:
        match = self._SPACE.match(self.text, position)
        return match.end() if match else position

    def _value(self, position: int, pointer: str) -> int:
        self.lines.setdefault(pointer, self._line(position))
        char = self.text[position]
        if char == "{":
            return self._object(position + 1, pointer)
        if char == "[":
            return self._array(position + 1, pointer)
        if char == '"':
            return self._string(position)[1]
        end = self._SCALAR_END.search(self.text, position)
        return end.start() if end else len(self.text)

    def _string(self, position: int) -> tuple[str, int]:
        """The string starting at ``position`` (its opening quote), and where it ends."""
        match = self._STRING.match(self.text, position)
        assert match is not None, "the text parsed as JSON"
        return str(json.loads(match.group())), match.end()

    def _object(self, position: int, pointer: str) -> int:
        seen: dict[str, int] = {}
        position = self._skip_space(position)
        while self.text[position] != "}":
            key_line = self._line(position)
            key, position = self._string(position)
            if key in seen:
                raise _duplicate_key(self.path, key, seen[key], key_line, pointer)
            seen[key] = key_line
            child = f"{pointer}/{escape_pointer_token(key)}"
            self.lines[child] = key_line  # the key's line, as for YAML
            position = self._skip_space(self._skip_space(position) + 1)  # past the colon
            position = self._skip_space(self._value(position, child))
            if self.text[position] == ",":
                position = self._skip_space(position + 1)
        return position + 1

    def _array(self, position: int, pointer: str) -> int:
        index = 0
        position = self._skip_space(position)
        while self.text[position] != "]":
            position = self._skip_space(self._value(position, f"{pointer}/{index}"))
            index += 1
            if self.text[position] == ",":
                position = self._skip_space(position + 1)
        return position + 1


def core_scalar(tag: str, text: str) -> Any:
    """A scalar's value by YAML 1.2's core schema; any other tag (``!!str``, ``!!timestamp``, a
    custom one) keeps the text as written."""
    if tag == NULL_TAG:
        return None
    if tag == BOOL_TAG:
        return text.lower() == "true"
    if tag == INT_TAG:
        sign = -1 if text.startswith("-") else 1
        digits = text.lstrip("+-")
        if digits.startswith(("0o", "0x")):
            return int(digits[2:], 8 if digits[1] == "o" else 16)
        return sign * int(digits, 10)
    if tag == FLOAT_TAG:
        lowered = text.lower()
        if lowered.endswith(".inf"):
            return -math.inf if lowered.startswith("-") else math.inf
        return math.nan if lowered == ".nan" else float(text)
    return text


def dump_yaml(document: Any) -> str:
    """Stable YAML for files apikit writes (keys keep their order). libyaml's emitter where PyYAML has
    it: the pure-Python one took most of a docs build's time on the largest specs."""
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    return yaml.dump(document, Dumper=dumper, sort_keys=False, allow_unicode=True, width=100)
