"""Schema-guided conversion between data (what JSON would carry) and XML.

One schema describes both formats of a response (see specs/CONVENTIONS.md), so XML is produced and
read by walking that schema:

- the root element is named by the schema's ``xml.name``, else ``data`` (or by ``root=``); an
  envelope schema whose only property has the root's name (``{"data": ...}``) *is* the document:
  its property is the root element (see :func:`envelope_content`);
- an object gives one child element per key, named by the property's own ``xml.name`` or its key;
  a property with ``xml.attribute: true`` becomes an attribute;
- an array property gives one element per item, named by the items' ``xml.name`` or else the
  property name; with ``xml.wrapped: true`` they sit inside one wrapper element;
- booleans are ``1``/``0`` (``true``/``false`` are read too); null is an empty element.

Decoding coerces text by the schema type and follows ``$ref``, ``allOf``, ``oneOf``/``anyOf``
(the first branch whose decoded value validates) and ``type: [x, "null"]``. Untrusted XML is only
ever parsed with ``defusedxml`` (no DTDs, no entity expansion).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator, Mapping, Sequence
from typing import Any
from xml.etree.ElementTree import Element, ParseError, SubElement, tostring

import defusedxml
import defusedxml.ElementTree as safe_tree

from apikit.spec import SchemaValidator, resolve, schema_registry, schema_validator

DEFAULT_ROOT = "data"
DEFAULT_ITEM = "item"
SCALAR_TYPES = ("integer", "number", "boolean", "string")

# Characters XML 1.0 cannot carry at all, not even as character references.
_NOT_XML_CHAR = re.compile("[^\x09\x0a\x0d\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_XML_NAME = re.compile(r"[^\W\d][\w.\-]*")
_INTEGER_TEXT = re.compile(r"[+-]?\d+")
_NUMBER_TEXT = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")
_TRUE_TEXTS = ("1", "true")
_FALSE_TEXTS = ("0", "false")
_MAX_INTEGER_DIGITS = 4000  # below Python's int/str conversion limit, far above any real id


class XmlCodecError(ValueError):
    """XML cannot be produced from, or read into, the shape the schema describes."""


class XmlDecodeError(XmlCodecError):
    """The XML is malformed, unsafe, or does not fit the schema; the message says where."""


# --- schema helpers, shared with the mock's parameter coercion --------------------------------------------


def effective_schema(spec: Mapping[str, Any], schema: Any) -> dict[str, Any]:
    """``schema`` with ``$ref`` followed and ``allOf`` folded in (the outer keys win on conflicts)."""
    resolved = resolve(spec, schema)
    if not isinstance(resolved, Mapping):
        return {}  # `true` / `{}`: anything goes
    merged: dict[str, Any] = {key: value for key, value in resolved.items() if key not in ("allOf", "$ref")}
    for part in resolved.get("allOf") or []:
        _merge_into(merged, effective_schema(spec, part))
    return merged


def _merge_into(target: dict[str, Any], part: Mapping[str, Any]) -> None:
    for key, value in part.items():
        if key == "properties":
            target["properties"] = {**value, **target.get("properties", {})}
        elif key == "required":
            target["required"] = sorted({*target.get("required", []), *value})
        else:
            target.setdefault(key, value)


def schema_types(schema: Mapping[str, Any]) -> tuple[str, ...]:
    """The JSON types a schema allows, in its own order; inferred from ``const``/``enum`` if untyped."""
    declared = schema.get("type")
    if isinstance(declared, str):
        return (declared,)
    if isinstance(declared, list):
        return tuple(str(t) for t in declared)
    if "const" in schema:
        return (_json_type(schema["const"]),)
    if isinstance(schema.get("enum"), list):
        return tuple(dict.fromkeys(_json_type(v) for v in schema["enum"]))
    if "properties" in schema:
        return ("object",)
    if "items" in schema:
        return ("array",)
    return ()


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, Mapping):
        return "object"
    if isinstance(value, list):
        return "array"
    return "string"


def union_branches(spec: Mapping[str, Any], schema: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The ``oneOf``/``anyOf`` branches, each merged with the keys the union sits beside."""
    branches = schema.get("oneOf") or schema.get("anyOf") or []
    outer = {key: value for key, value in schema.items() if key not in ("oneOf", "anyOf")}
    result = []
    for branch in branches:
        merged = effective_schema(spec, branch)
        _merge_into(merged, outer)
        result.append(merged)
    return result


class SchemaChecker:
    """Cached validators for "does this value fit that schema" questions."""

    def __init__(self, spec: Mapping[str, Any]) -> None:
        self.spec = spec
        self._registry = schema_registry(spec)
        self._validators: dict[int, tuple[Any, SchemaValidator]] = {}
        self._by_text: dict[str, SchemaValidator] = {}

    def fits(self, value: Any, schema: Any) -> bool:
        return bool(self.validator(schema).is_valid(value))

    def validator(self, schema: Any) -> SchemaValidator:
        # Keyed by identity; the schema is kept in the entry so its id cannot be reused meanwhile.
        entry = self._validators.get(id(schema))
        if entry is None or entry[0] is not schema:
            entry = (schema, self._validator_of_text(schema))
            self._validators[id(schema)] = entry
        return entry[1]

    def _validator_of_text(self, schema: Any) -> SchemaValidator:
        """One validator for every copy of the same schema: specs repeat a parameter's schema inline
        in each operation (ProWorkflow's 1,868 parameter and body schemas are 103 distinct ones), and
        compiling a validator costs a hundred times more than writing the schema out as a key."""
        text = json.dumps(schema, sort_keys=True)
        validator = self._by_text.get(text)
        if validator is None:
            validator = self._by_text[text] = schema_validator(self.spec, schema, self._registry)
        return validator


# --- encoding ---------------------------------------------------------------------------------------------


def encode_xml(value: Any, schema: Any, spec: Mapping[str, Any], *, root: str | None = None) -> bytes:
    """``value`` as an XML document (UTF-8, with declaration) shaped by ``schema``."""
    name = root or item_name(spec, schema) or DEFAULT_ROOT
    envelope = envelope_content(spec, schema, name)
    if envelope is not None and isinstance(value, Mapping) and list(value) == [name]:
        value, schema = value[name], envelope
    element = Element(_element_name(name))
    _Encoder(spec).fill(element, value, schema)
    document: bytes = tostring(element, encoding="utf-8", xml_declaration=True)
    return document


def envelope_content(spec: Mapping[str, Any], schema: Any, root: str) -> Any | None:
    """The content schema when ``schema`` is a document envelope for ``root``, else None.

    An object schema whose only property is named like its own root element mirrors the XML
    document itself: in JSON the root is the single top-level key (``{"data": ...}``), in XML it
    is the root element (``<data>...</data>``), not a ``<data>`` inside another ``<data>``.
    """
    properties = effective_schema(spec, schema).get("properties") or {}
    return properties[root] if list(properties) == [root] else None


def item_name(spec: Mapping[str, Any], schema: Any) -> str | None:
    """The element name a schema gives itself (``xml.name``), following ``$ref`` and ``allOf``."""
    name = effective_schema(spec, schema).get("xml", {}).get("name")
    return str(name) if name else None


def _own_xml(schema: Any) -> Mapping[str, Any]:
    """The ``xml`` object written on a property itself: a referenced type's name is not the property's."""
    own = schema.get("xml") if isinstance(schema, Mapping) else None
    return own if isinstance(own, Mapping) else {}


class _Encoder:
    def __init__(self, spec: Mapping[str, Any]) -> None:
        self.spec = spec
        self.checker = SchemaChecker(spec)

    def fill(self, element: Element, value: Any, schema: Any) -> None:
        shape = self.branch_for(value, effective_schema(self.spec, schema))
        if isinstance(value, Mapping):
            self.fill_object(element, value, shape)
        elif isinstance(value, list):
            items = shape.get("items", {})
            name = item_name(self.spec, items) or DEFAULT_ITEM
            for item in value:
                self.fill(SubElement(element, _element_name(name)), item, items)
        elif value is not None:
            element.text = scalar_text(value)

    def branch_for(self, value: Any, shape: dict[str, Any]) -> dict[str, Any]:
        branches = union_branches(self.spec, shape)
        if not branches:
            return shape
        return next((b for b in branches if self.checker.fits(value, b)), branches[0])

    def fill_object(self, element: Element, value: Mapping[str, Any], shape: Mapping[str, Any]) -> None:
        properties = shape.get("properties", {})
        extra = shape.get("additionalProperties")
        for key, item in value.items():
            prop_schema = properties.get(key, extra if isinstance(extra, Mapping) else {})
            self.add_property(element, str(key), item, prop_schema)

    def add_property(self, parent: Element, key: str, value: Any, schema: Any) -> None:
        own = _own_xml(schema)
        name = _element_name(str(own.get("name") or key))
        if own.get("attribute"):
            if value is not None:
                parent.set(name, scalar_text(value))
            return
        if isinstance(value, list):
            self.add_array(parent, key, value, schema)
            return
        self.fill(SubElement(parent, name), value, schema)

    def add_array(self, parent: Element, key: str, value: list[Any], schema: Any) -> None:
        shape = self.branch_for(value, effective_schema(self.spec, schema))
        items = shape.get("items", {})
        own = _own_xml(schema)
        holder = (
            SubElement(parent, _element_name(str(own.get("name") or key))) if own.get("wrapped") else parent
        )
        name = _element_name(
            item_name(self.spec, items) or (str(own.get("name") or key) if own.get("wrapped") else key)
        )
        for item in value:
            self.fill(SubElement(holder, name), item, items)


def _element_name(name: str) -> str:
    if not _XML_NAME.fullmatch(name) or name.lower().startswith("xml"):
        raise XmlCodecError(f"{name[:40]!r} cannot be an XML element name")
    return name


def scalar_text(value: Any) -> str:
    if isinstance(value, bool):
        return "1" if value else "0"
    # XML 1.0 cannot carry some control characters at all; U+FFFD keeps the document well-formed.
    return _NOT_XML_CHAR.sub("\ufffd", str(value))


# --- decoding ---------------------------------------------------------------------------------------------


def decode_xml(body: bytes, schema: Any, spec: Mapping[str, Any], *, root: str | None = None) -> Any:
    """The data an XML document carries, typed by ``schema``.

    The root element must be named ``root`` (default: the schema's ``xml.name``, else ``data``).
    Raises XmlDecodeError naming the element path of the first problem.
    """
    element = parse_xml(body)
    expected = root or item_name(spec, schema) or DEFAULT_ROOT
    if element.tag != expected:
        raise XmlDecodeError(f"/{element.tag}: the root element is <{element.tag}>, expected <{expected}>")
    envelope = envelope_content(spec, schema, expected)
    if envelope is not None:
        return {expected: _Decoder(spec).decode(element, envelope, f"/{expected}")}
    return _Decoder(spec).decode(element, schema, f"/{expected}")


def parse_xml(body: bytes) -> Element:
    """Parse untrusted XML safely: DTDs, entities and external references are refused."""
    try:
        element = safe_tree.fromstring(body, forbid_dtd=True)
    except ParseError as exc:
        raise XmlDecodeError(f"not well-formed XML: {exc}") from exc
    except defusedxml.DefusedXmlException as exc:
        raise XmlDecodeError(f"refused unsafe XML: {type(exc).__name__}") from exc
    if not isinstance(element, Element):
        raise XmlDecodeError("the XML parser returned no element")
    return element


class _Decoder:
    def __init__(self, spec: Mapping[str, Any]) -> None:
        self.spec = spec
        self.checker = SchemaChecker(spec)

    def decode(self, element: Element, schema: Any, path: str) -> Any:
        shape = effective_schema(self.spec, schema)
        branches = union_branches(self.spec, shape)
        if branches:
            return self.decode_union(element, branches, path)
        types = schema_types(shape)
        if _is_empty(element):
            return self.decode_empty(types, path)
        if "object" in types:
            return self.decode_object(element, shape, path)
        if "array" in types:
            items = shape.get("items", {})
            return [self.decode(child, items, f"{path}/{child.tag}[{i}]") for i, child in enumerate(element)]
        if not types:
            return self.decode_untyped(element, path)
        if len(element):
            raise XmlDecodeError(f"{path}: has child elements where {' or '.join(types)} text is expected")
        return coerce_text(element.text or "", types, path)

    def decode_union(self, element: Element, branches: list[dict[str, Any]], path: str) -> Any:
        decoded: list[Any] = []
        problems: list[str] = []
        for branch in branches:
            try:
                value = self.decode(element, branch, path)
            except XmlDecodeError as exc:
                problems.append(str(exc))
                continue
            if self.checker.fits(value, branch):
                return value
            decoded.append(value)
        if decoded:
            return decoded[0]  # fits no branch: the caller's schema validation will say why
        raise XmlDecodeError(f"{path}: fits none of the alternatives ({'; '.join(problems)})")

    def decode_empty(self, types: Sequence[str], path: str) -> Any:
        if "null" in types:
            return None  # an empty element is how XML says "no value"
        for kind in types or ("string",):
            if kind == "string":
                return ""
            if kind == "object":
                return {}
            if kind == "array":
                return []
        raise XmlDecodeError(f"{path}: is empty where {' or '.join(types)} is expected")

    def decode_object(self, element: Element, shape: Mapping[str, Any], path: str) -> dict[str, Any]:
        if (element.text or "").strip():
            raise XmlDecodeError(f"{path}: has text where an object (child elements) is expected")
        layout = _ObjectLayout(self.spec, shape)
        result: dict[str, Any] = {}
        for key, attr_name, prop_schema in layout.attributes:
            if attr_name in element.attrib:
                result[key] = self.decode_attribute(
                    element.attrib[attr_name], prop_schema, f"{path}/@{attr_name}"
                )
        for tag, children in _group_children(element):
            self.decode_children(result, layout, tag, children, path)
        for key in layout.required_arrays():
            result.setdefault(key, [])  # an empty unwrapped list leaves no element behind
        return result

    def decode_attribute(self, text: str, schema: Any, path: str) -> Any:
        types = schema_types(effective_schema(self.spec, schema))
        return coerce_text(text, types or ("string",), path)

    def decode_children(
        self, result: dict[str, Any], layout: _ObjectLayout, tag: str, children: list[Element], path: str
    ) -> None:
        if tag in layout.unwrapped_arrays:
            key, items = layout.unwrapped_arrays[tag]
            result[key] = [self.decode(c, items, f"{path}/{tag}[{i}]") for i, c in enumerate(children)]
            return
        if len(children) > 1:
            raise XmlDecodeError(f"{path}/{tag}: appears {len(children)} times where one element is expected")
        if tag in layout.wrapped_arrays:
            key, items = layout.wrapped_arrays[tag]
            result[key] = [
                self.decode(c, items, f"{path}/{tag}/{c.tag}[{i}]") for i, c in enumerate(children[0])
            ]
            return
        key, prop_schema = layout.elements.get(tag, (tag, layout.extra))
        result[key] = self.decode(children[0], prop_schema, f"{path}/{tag}")

    def decode_untyped(self, element: Element, path: str) -> Any:
        if not len(element):
            return element.text or ""
        result: dict[str, Any] = {}
        for tag, children in _group_children(element):
            values = [self.decode_untyped(c, f"{path}/{tag}") for c in children]
            result[tag] = values if len(values) > 1 else values[0]
        return result


class _ObjectLayout:
    """Which element or attribute name carries which property of an object schema."""

    def __init__(self, spec: Mapping[str, Any], shape: Mapping[str, Any]) -> None:
        self.spec = spec
        self.shape = shape
        extra = shape.get("additionalProperties")
        self.extra: Any = extra if isinstance(extra, Mapping) else {}
        self.attributes: list[tuple[str, str, Any]] = []
        self.elements: dict[str, tuple[str, Any]] = {}
        self.unwrapped_arrays: dict[str, tuple[str, Any]] = {}
        self.wrapped_arrays: dict[str, tuple[str, Any]] = {}
        for key, prop_schema in shape.get("properties", {}).items():
            self.place(key, prop_schema)

    def place(self, key: str, prop_schema: Any) -> None:
        own = _own_xml(prop_schema)
        name = str(own.get("name") or key)
        prop_shape = effective_schema(self.spec, prop_schema)
        if own.get("attribute"):
            self.attributes.append((key, name, prop_schema))
        elif schema_types(prop_shape) and schema_types(prop_shape)[0] == "array":
            items = prop_shape.get("items", {})
            if own.get("wrapped"):
                self.wrapped_arrays[name] = (key, items)
            else:
                self.unwrapped_arrays[item_name(self.spec, items) or key] = (key, items)
        else:
            self.elements[name] = (key, prop_schema)

    def required_arrays(self) -> Iterator[str]:
        required = set(self.shape.get("required", []))
        for key, _items in self.unwrapped_arrays.values():
            if key in required:
                yield key


def _is_empty(element: Element) -> bool:
    return not len(element) and not element.attrib and not (element.text or "")


def _group_children(element: Element) -> list[tuple[str, list[Element]]]:
    """Children grouped by tag, in order of first appearance."""
    groups: dict[str, list[Element]] = {}
    for child in element:
        groups.setdefault(str(child.tag), []).append(child)
    return list(groups.items())


def coerce_text(text: str, types: Sequence[str], path: str) -> Any:
    """The first of ``types`` that ``text`` reads as; XmlDecodeError when none does."""
    stripped = text.strip()
    for kind in types:
        if kind == "string":
            return text
        if kind == "null" and not stripped:
            return None
        if kind == "integer" and _INTEGER_TEXT.fullmatch(stripped) and len(stripped) <= _MAX_INTEGER_DIGITS:
            return int(stripped)
        if kind == "number" and _NUMBER_TEXT.fullmatch(stripped):
            return _read_number(stripped, path)
        if kind == "boolean" and stripped.lower() in (*_TRUE_TEXTS, *_FALSE_TEXTS):
            return stripped.lower() in _TRUE_TEXTS
    shown = stripped if len(stripped) <= 40 else stripped[:37] + "..."
    raise XmlDecodeError(f"{path}: {shown!r} is not {' or '.join(types)}")


def _read_number(text: str, path: str) -> int | float:
    if _INTEGER_TEXT.fullmatch(text) and len(text) <= _MAX_INTEGER_DIGITS:
        return int(text)
    value = float(text)
    if not math.isfinite(value):
        raise XmlDecodeError(f"{path}: number out of range: {text[:40]}")
    return value
