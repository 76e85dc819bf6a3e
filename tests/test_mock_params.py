"""Query and form decoding: the fast ways agree with decoding each name and value carefully."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from apikit.mock.params import (
    _NO_MATCH,
    MAX_INTEGER_DIGITS,
    ParamError,
    _decode_field,
    _read_integer,
    parse_pairs,
    split_key,
)

# Inputs rich in what the fast ways must get right: escapes (of separators, NUL, brackets, bad ones),
# plus signs, raw separators and non-ASCII bytes.
PIECES = [b"a", b"b", b"[", b"]", b"=", b"&", b"+", b"%", b"%2", b"%26", b"%3D", b"%3d", b"%00", b"\x00"]
PIECES += [b"%5B", b"%5d", b"%20", b"%2B", b"%25", b"%C3%A9", b"%C3", b"\xc3\xa9", b"\xff", b"%FF"]
QUERIES = st.lists(st.sampled_from(PIECES), max_size=12).map(b"".join)


def careful(raw: bytes) -> list[tuple[str, str]] | str:
    """Each name and value decoded on its own; a refusal as the word "refused"."""
    try:
        return [_decode_field(field) for field in raw.split(b"&") if field]
    except ParamError:
        return "refused"


def fast(raw: bytes) -> list[tuple[str, str]] | str:
    try:
        return parse_pairs(raw)
    except ParamError:
        return "refused"


@given(QUERIES)
@example(b"project%5Bname%5D=a%26b&x=1")
@example(b"a=%3D&b=c")
@example(b"a=1+2%2B3")
@example(b"a=%00&b=c")
def test_fast_decoding_agrees_with_careful_decoding(raw: bytes) -> None:
    assert fast(raw) == careful(raw)


def test_too_many_fields_are_refused_and_empty_ones_do_not_count() -> None:
    assert len(parse_pairs(b"&".join([b"a=1"] * 3), max_fields=3)) == 3
    assert len(parse_pairs(b"a=1&&&&&b=2", max_fields=2)) == 2
    with pytest.raises(ParamError, match="too many parameters: 3"):
        parse_pairs(b"a=1&b=2&c=3", max_fields=2)


# What a bracket name is: a base without brackets, then any number of `[segment]`s.
BRACKET_NAME = re.compile(r"([^\[\]]+)((?:\[[^\[\]]*\])*)")
NAMES = st.lists(st.sampled_from(["a", "bc", "[", "]", "[]", "][", "x]", "[y"]), max_size=8).map("".join)


@given(NAMES)
@example("a[b][]")
@example("a[b]c]")
def test_names_split_into_their_bracket_segments(name: str) -> None:
    match = BRACKET_NAME.fullmatch(name)
    if match is None:
        with pytest.raises(ParamError, match="malformed parameter name"):
            split_key(name)
    else:
        assert split_key(name) == [match.group(1), *re.findall(r"\[([^\[\]]*)\]", match.group(2))]


@given(st.text(alphabet="0123456789+- \u0661", max_size=22) | st.from_regex(r"\A-?0*[1-9][0-9]{95,105}\Z"))
@example("9223372036854775807")
@example("9223372036854775808")
@example("000000000000000000001")
@example("1" * MAX_INTEGER_DIGITS)
@example("-" + "0" * 5 + "1" * (MAX_INTEGER_DIGITS + 1))
def test_integer_text_reads_as_the_integer_it_spells_or_not_at_all(text: str) -> None:
    stripped = text.strip()
    if not re.fullmatch(r"[+-]?\d+", stripped):
        assert _read_integer(text, "n") is _NO_MATCH
    elif len(stripped.lstrip("+-").lstrip("0")) <= MAX_INTEGER_DIGITS:  # the range is the schema's
        assert _read_integer(text, "n") == int(stripped)
    else:
        with pytest.raises(ParamError, match=f"more than {MAX_INTEGER_DIGITS} digits"):
            _read_integer(text, "n")
