"""The load stage reads YAML with JSON's data model (YAML 1.2's core schema), as OpenAPI asks."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from apikit.load import load_document


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("2025-01-01", "2025-01-01"),  # a YAML 1.1 reader makes a date object
        ("2025-01-01T10:00:00Z", "2025-01-01T10:00:00Z"),
        ("18:00", "18:00"),  # ... the number 1080 (base 60)
        ("no", "no"),  # ... false
        ("on", "on"),
        ("1_000", "1_000"),  # ... 1000
        ("014", 14),  # ... 12 (octal)
        ("0o17", 15),
        ("0x1F", 31),
        ("-7", -7),
        ("+3", 3),
        ("1.5", 1.5),
        ("1e3", 1000.0),
        ("true", True),
        ("False", False),
        ("~", None),
        ("null", None),
        ("", None),
        ("'12'", "12"),
        ("!!str 5", "5"),
        ("!!timestamp 2025-01-01", "2025-01-01"),  # an explicit tag keeps the text
    ],
)
def test_plain_scalars_mean_what_json_would(tmp_path: Path, text: str, value: object) -> None:
    path = tmp_path / "doc.yaml"
    path.write_text(f"value: {text}\n", encoding="utf-8")
    assert load_document(path).document == {"value": value}


def test_infinity_and_not_a_number(tmp_path: Path) -> None:
    path = tmp_path / "doc.yaml"
    path.write_text("a: .inf\nb: -.Inf\nc: .nan\n", encoding="utf-8")
    document = load_document(path).document
    assert document["a"] == math.inf and document["b"] == -math.inf and math.isnan(document["c"])
