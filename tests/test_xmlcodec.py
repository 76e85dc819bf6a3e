"""Schema-guided XML encoding and decoding (apikit.xmlcodec)."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from apikit.load import load_document
from apikit.xmlcodec import SchemaChecker, XmlCodecError, XmlDecodeError, decode_xml, encode_xml

SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "codec", "version": "1"},
    "paths": {},
    "components": {
        "schemas": {
            "Item": {
                "type": "object",
                "xml": {"name": "item"},
                "properties": {
                    "id": {"type": "string"},
                    "size": {"type": "integer"},
                    "ratio": {"type": "number"},
                    "done": {"type": "boolean"},
                    "note": {"type": ["string", "null"]},
                    "parent": {"type": ["integer", "null"]},
                },
            },
            "Page": {
                "type": "object",
                "required": ["items", "count"],
                "properties": {
                    "items": {
                        "type": "object",
                        "properties": {
                            "item": {"type": "array", "items": {"$ref": "#/components/schemas/Item"}},
                        },
                    },
                    "count": {"type": "integer"},
                },
            },
            "Envelope": {
                "type": "object",
                "xml": {"name": "data"},
                "required": ["data"],
                "properties": {"data": {"$ref": "#/components/schemas/Page"}},
            },
            "Extended": {
                "allOf": [
                    {"$ref": "#/components/schemas/Item"},
                    {"type": "object", "properties": {"extra": {"type": "integer"}}},
                ]
            },
            "Either": {"oneOf": [{"type": "integer"}, {"type": "boolean"}, {"type": "string"}]},
            "Tagged": {
                "type": "object",
                "properties": {
                    "lang": {"type": "string", "xml": {"attribute": True}},
                    "words": {
                        "type": "array",
                        "xml": {"wrapped": True, "name": "wordList"},
                        "items": {"type": "string", "xml": {"name": "w"}},
                    },
                    "tags": {"type": "array", "items": {"type": "string"}},
                    "must": {"type": "array", "items": {"type": "integer"}},
                },
                "required": ["must"],
            },
        }
    },
}


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def roundtrip(value: Any, schema: Any, spec: dict[str, Any] = SPEC) -> Any:
    return decode_xml(encode_xml(value, schema, spec), schema, spec)


def test_root_is_named_by_xml_name_or_data() -> None:
    assert encode_xml({"id": "1"}, ref("Item"), SPEC).endswith(b"<item><id>1</id></item>")
    assert encode_xml({"items": {}, "count": 0}, ref("Page"), SPEC).endswith(
        b"<data><items /><count>0</count></data>"
    )


def test_scalars_are_typed_by_the_schema() -> None:
    value = {"id": "007", "size": 12, "ratio": 2.5, "done": True, "note": None, "parent": None}
    xml = encode_xml(value, ref("Item"), SPEC)
    assert b"<done>1</done>" in xml and b"<note />" in xml and b"<id>007</id>" in xml
    assert roundtrip(value, ref("Item")) == value


def test_booleans_read_true_false_and_one_zero() -> None:
    for text, expected in (("1", True), ("0", False), ("true", True), ("False", False)):
        assert decode_xml(f"<item><done>{text}</done></item>".encode(), ref("Item"), SPEC) == {
            "done": expected
        }


def test_unwrapped_array_items_repeat_under_their_xml_name() -> None:
    page = {"items": {"item": [{"id": "1"}, {"id": "2"}]}, "count": 2}
    xml = encode_xml(page, ref("Page"), SPEC)
    assert b"<items><item><id>1</id></item><item><id>2</id></item></items>" in xml
    assert roundtrip(page, ref("Page")) == page


def test_a_single_item_still_decodes_as_a_list() -> None:
    xml = b"<data><items><item><id>1</id></item></items><count>1</count></data>"
    assert decode_xml(xml, ref("Page"), SPEC) == {"items": {"item": [{"id": "1"}]}, "count": 1}


def test_envelope_property_is_the_root_element() -> None:
    document = {"data": {"items": {}, "count": 0}}
    xml = encode_xml(document, ref("Envelope"), SPEC)
    assert xml.endswith(b"<data><items /><count>0</count></data>")
    assert decode_xml(xml, ref("Envelope"), SPEC) == document


def test_allof_merges_properties() -> None:
    value = {"id": "3", "extra": 4}
    assert roundtrip(value, ref("Extended")) == value


def test_oneof_takes_the_first_branch_that_fits() -> None:
    assert decode_xml(b"<data>12</data>", ref("Either"), SPEC) == 12
    assert decode_xml(b"<data>true</data>", ref("Either"), SPEC) is True
    assert decode_xml(b"<data>hello</data>", ref("Either"), SPEC) == "hello"


def test_attributes_wrapped_arrays_and_required_empty_arrays() -> None:
    value = {"lang": "en", "words": ["a", "b"], "tags": ["x"], "must": []}
    xml = encode_xml(value, ref("Tagged"), SPEC)
    assert b'<data lang="en"><wordList><w>a</w><w>b</w></wordList><tags>x</tags></data>' in xml
    assert decode_xml(xml, ref("Tagged"), SPEC) == value


def test_empty_elements_mean_null_for_nullable_and_empty_for_strings() -> None:
    assert decode_xml(b"<item><note/><id/></item>", ref("Item"), SPEC) == {"note": None, "id": ""}


@pytest.mark.parametrize(
    ("xml", "fragment"),
    [
        (b"<item><size>abc</size></item>", "/item/size"),
        (b"<item><size/></item>", "/item/size"),
        (b"<item><done>maybe</done></item>", "/item/done"),
        (b"<item><id>1</id><id>2</id></item>", "/item/id"),
        (b"<other/>", "expected <item>"),
        (b"<item><size>", "not well-formed"),
    ],
)
def test_decode_errors_say_where(xml: bytes, fragment: str) -> None:
    with pytest.raises(XmlDecodeError, match=fragment):
        decode_xml(xml, ref("Item"), SPEC)


def test_entity_expansion_and_dtds_are_refused() -> None:
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;">]><item><id>&b;</id></item>'
    )
    with pytest.raises(XmlDecodeError, match="unsafe"):
        decode_xml(bomb, ref("Item"), SPEC)


def test_characters_xml_cannot_carry_are_replaced() -> None:
    xml = encode_xml({"id": "a\x00b\x1fc"}, ref("Item"), SPEC)
    assert decode_xml(xml, ref("Item"), SPEC) == {"id": "a\ufffdb\ufffdc"}


def test_keys_that_are_not_xml_names_are_refused() -> None:
    with pytest.raises(XmlCodecError, match="cannot be an XML element name"):
        encode_xml({"1": "x"}, {"type": "object"}, SPEC)


def test_untyped_content_decodes_as_text_and_dicts() -> None:
    assert decode_xml(b"<data><a>1</a><b><c>2</c><c>3</c></b></data>", {}, SPEC) == {
        "a": "1",
        "b": {"c": ["2", "3"]},
    }


def test_every_example_of_the_fivepm_spec_roundtrips() -> None:
    spec_path = Path(__file__).resolve().parents[1] / "specs" / "fivepm" / "openapi.yaml"
    if not spec_path.exists():
        pytest.skip("the 5pm spec is not there yet")
    spec = load_document(spec_path).document
    checked = 0
    for name, schema in spec["components"]["schemas"].items():
        if name == "FileUploadList":  # request-only, keyed by numbers: never XML
            continue
        for example in schema.get("examples", []):
            assert roundtrip(example, ref(name), spec) == example, name
            checked += 1
    assert checked > 20


def test_copies_of_a_schema_share_one_validator_and_other_schemas_get_their_own() -> None:
    spec: dict[str, Any] = {"components": {"schemas": {"Id": {"type": "integer", "format": "int32"}}}}
    checker = SchemaChecker(spec)
    schema = {"type": "array", "items": {"$ref": "#/components/schemas/Id"}}
    first, again = checker.validator(schema), checker.validator(copy.deepcopy(schema))
    assert first is again
    other = checker.validator({"type": "array", "items": {"type": "string"}})
    assert other is not first
    assert first.is_valid([1, 2]) and not first.is_valid([2**31]) and not first.is_valid(["a"])
    assert other.is_valid(["a"]) and not other.is_valid([1])
