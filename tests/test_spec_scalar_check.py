"""The plain-Python check for simple scalar schemas never says yes where JSON Schema says no."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from apikit.spec import FORMAT_CHECKER, scalar_check, schema_validator

SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "scalars", "version": "1"},
    "paths": {},
    "components": {"schemas": {"RetType": {"type": "string", "enum": ["xml", "json"]}}},
}

SCALAR_SCHEMAS: list[Any] = [
    {"type": "integer"},
    {"type": "integer", "minimum": 1, "format": "int64", "maximum": 9223372036854775807},
    {"type": "integer", "format": "int32", "default": 0, "description": "x"},
    {"type": "integer", "exclusiveMinimum": 0, "exclusiveMaximum": 10},
    {"type": "number", "minimum": -1.5, "maximum": 2.5},
    {"type": "number", "exclusiveMinimum": 0},
    {"type": "string"},
    {"type": "string", "minLength": 2, "maxLength": 4},
    {"type": "string", "enum": ["a", "bc", "é"]},
    {"type": "boolean", "default": False},
    {"$ref": "#/components/schemas/RetType", "default": "xml"},
]

NOT_SCALAR: list[Any] = [
    {"type": ["integer", "null"]},
    {"type": "string", "format": "date"},
    {"type": "string", "pattern": "^a"},
    {"type": "integer", "enum": [1, 2]},
    {"type": "integer", "format": "uint8"},
    {"type": "object"},
    {"anyOf": [{"type": "integer"}]},
    {"$ref": "#/components/schemas/RetType", "maxLength": 1},
    {"type": "integer", "minimum": "1"},
    {"type": "boolean", "enum": [True]},
    True,
]

VALUES = st.one_of(
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.none(),
    st.text(max_size=6),
    st.sampled_from(["a", "bc", "é", "xml", "json", "", "abcde", 1.0, 0, -1, 2**31, 2**63]),
    st.lists(st.integers(), max_size=2),
)


@pytest.mark.parametrize("schema", SCALAR_SCHEMAS, ids=repr)
@settings(max_examples=300, deadline=None)
@given(value=VALUES)
def test_a_quick_yes_is_always_a_yes_of_json_schema(schema: Any, value: Any) -> None:
    check = scalar_check(SPEC, schema)
    assert check is not None
    reference = Draft202012Validator(
        {"$defs": {}, **schema} if "$ref" not in schema else SPEC["components"]["schemas"]["RetType"],
        format_checker=FORMAT_CHECKER,
    )
    if check(value):
        assert reference.is_valid(value), f"{value!r} passed the quick check of {schema}"


@pytest.mark.parametrize("schema", NOT_SCALAR, ids=repr)
def test_other_schemas_get_no_quick_check(schema: Any) -> None:
    assert scalar_check(SPEC, schema) is None


def test_the_usual_values_take_the_quick_path_and_errors_are_still_explained() -> None:
    validator = schema_validator(SPEC, {"type": "integer", "minimum": 1, "format": "int64"})
    check = scalar_check(SPEC, {"type": "integer", "minimum": 1, "format": "int64"})
    assert check is not None and check(5) and not check(0) and not check(True)
    assert validator.first_error(5) is None
    error = validator.first_error(0)
    assert error is not None and error.validator == "minimum"
    assert validator.first_error(1.0) is None  # JSON Schema's integer: the full validator decides


INTEGER_SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "integers", "version": "1"},
    "paths": {},
    "components": {
        "schemas": {
            "Small": {"type": "integer", "format": "int32"},
            "Holder": {
                "type": "object",
                "properties": {"small": {"$ref": "#/components/schemas/Small"}, "big": {"format": "int64"}},
            },
        }
    },
}


@pytest.mark.parametrize(
    ("schema", "value", "fits"),
    [
        ({"type": "integer", "format": "int32"}, 2**31 - 1, True),
        ({"type": "integer", "format": "int32"}, 2**31, False),
        ({"type": "integer", "format": "int32"}, -(2**31) - 1, False),
        ({"type": "integer", "format": "int32", "maximum": 5}, 6, False),  # its own bounds still apply
        ({"$ref": "#/components/schemas/Holder"}, {"small": 2**31}, False),  # through a $ref
        ({"$ref": "#/components/schemas/Holder"}, {"small": 7, "big": 2**63}, False),
        ({"$ref": "#/components/schemas/Holder"}, {"small": 7, "big": 2**62}, True),
        ({"type": "array", "items": {"type": "integer", "format": "int32"}}, [1, 2**40], False),
    ],
)
def test_int32_and_int64_are_ranges_not_annotations(schema: Any, value: Any, fits: bool) -> None:
    validator = schema_validator(INTEGER_SPEC, schema)
    assert validator.is_valid(value) is fits
    assert (validator.first_error(value) is None) is fits  # the explanation agrees with the verdict
