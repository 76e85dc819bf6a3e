"""5pm's XML answers: the shared schema-guided encoder, plus CDATA sections where 5pm writes them.

The spec marks such a property with ``xml: {x-cdata: true}`` (the names of statuses and priorities,
as captured 5pm output shows them). ElementTree cannot write CDATA, so each marked text is encoded
as a placeholder and the placeholder is then replaced by the section in the finished document.
"""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from typing import Any

from apikit.spec import resolve
from apikit.xmlcodec import effective_schema, encode_xml, scalar_text

CDATA_FLAG = "x-cdata"
_CDATA_END = "]]>"


class CdataXmlEncoder:
    """``encode(body, schema)``: the XML document, with marked texts as CDATA sections. Whether a
    schema marks anything is worked out once per schema object."""

    def __init__(self, spec: Mapping[str, Any]) -> None:
        self.spec = spec
        self._marks_cdata: dict[int, tuple[Any, bool]] = {}

    def encode(self, body: Any, schema: Any) -> bytes:
        if not self.marks_cdata(schema):
            return encode_xml(body, schema, self.spec)  # every answer but the two catalogues
        sections: list[str] = []
        token = f"\ue000{secrets.token_hex(4)}:"  # private-use text no answer carries by chance
        marked = self._mark(body, schema, sections, token)
        document = encode_xml(marked, schema, self.spec)
        for number, text in enumerate(sections):
            document = document.replace(f"{token}{number}\ue000".encode(), cdata_section(text))
        return document

    def marks_cdata(self, schema: Any) -> bool:
        entry = self._marks_cdata.get(id(schema))
        if entry is None or entry[0] is not schema:  # the schema is kept, so its id stays its own
            entry = (schema, _has_cdata_property(self.spec, schema, set()))
            self._marks_cdata[id(schema)] = entry
        return entry[1]

    def _mark(self, value: Any, schema: Any, sections: list[str], token: str) -> Any:
        shape = effective_schema(self.spec, schema)
        if isinstance(value, Mapping):
            properties = shape.get("properties", {})
            return {
                key: self._mark_property(item, properties.get(key, {}), sections, token)
                for key, item in value.items()
            }
        if isinstance(value, list):
            return [self._mark(item, shape.get("items", {}), sections, token) for item in value]
        return value

    def _mark_property(self, value: Any, schema: Any, sections: list[str], token: str) -> Any:
        if isinstance(value, str) and _is_cdata(schema):
            sections.append(value)
            return f"{token}{len(sections) - 1}\ue000"
        return self._mark(value, schema, sections, token)


def cdata_section(text: str) -> bytes:
    """``text`` as CDATA; a ``]]>`` inside is split over two sections, the only way XML allows it."""
    safe = scalar_text(text).replace(_CDATA_END, "]]]]><![CDATA[>")
    return f"<![CDATA[{safe}]]>".encode()


def _is_cdata(schema: Any) -> bool:
    own = schema.get("xml") if isinstance(schema, Mapping) else None
    return isinstance(own, Mapping) and own.get(CDATA_FLAG) is True


def _has_cdata_property(spec: Mapping[str, Any], schema: Any, seen: set[int]) -> bool:
    resolved = resolve(spec, schema)
    if not isinstance(resolved, Mapping) or id(resolved) in seen:
        return False
    seen.add(id(resolved))
    if _is_cdata(resolved):
        return True
    children = [*resolved.get("properties", {}).values()]
    if "items" in resolved:
        children.append(resolved["items"])
    for key in ("allOf", "oneOf", "anyOf"):
        children += resolved.get(key) or []
    return any(_has_cdata_property(spec, child, seen) for child in children)
