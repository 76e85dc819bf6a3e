"""Load stage: read a spec (YAML or JSON) and remember the source line of every JSON pointer.

The line map lets every later stage report a problem as ``file:line (pointer)``.

YAML is read with JSON's data model, as the OpenAPI specification asks (YAML 1.2's core schema):
``true``/``false``, ``null``, decimal, octal (``0o``) and hexadecimal integers and floats are what
they look like, and every other plain scalar is a string. So ``2025-01-01`` stays a date string,
``18:00`` a time and ``no`` a country code, where a YAML 1.1 reader makes them a date object, the
number 1080 and false.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
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

    def where(self, pointer: str) -> str:
        """``file:line (pointer)`` for the nearest known ancestor of ``pointer``."""
        probe = pointer
        while probe and probe not in self.lines:
            probe = probe.rsplit("/", 1)[0]
        line = self.lines.get(probe)
        location = f"{self.path}:{line}" if line else str(self.path)
        return f"{location} ({pointer or '/'})"


def escape_pointer_token(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def pointer_of(parts: list[str | int] | tuple[str | int, ...]) -> str:
    return "".join(f"/{escape_pointer_token(str(p))}" for p in parts)


def load_document(path: Path) -> LoadedDocument:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise LoadError(f"{path}: cannot read: {exc.strerror}") from exc
    if path.suffix == ".json":
        return LoadedDocument(path, _expect_mapping(path, _parse_json(path, text)))
    builder = _TreeBuilder()
    document = builder.build(_compose_yaml(path, text))
    return LoadedDocument(path, _expect_mapping(path, document), builder.lines)


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

    def __init__(self) -> None:
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
                result[key] = self.build(value_node, child)
                self.lines[child] = key_node.start_mark.line + 1  # point at the key, where a reader looks
            return result
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, f"{pointer}/{i}") for i, item in enumerate(node.value)]
        return self._scalar(node)

    def _scalar(self, node: yaml.Node) -> Any:
        return core_scalar(node.tag, str(node.value))


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
    """Stable YAML for files apikit writes (keys keep their order)."""
    return yaml.safe_dump(document, sort_keys=False, allow_unicode=True, width=100)
