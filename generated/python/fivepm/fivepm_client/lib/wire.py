"""Reading JSON the way 5pm may write it, before the generated models see it.

The spec types fields as the vendor documents them (integers, booleans, null for "none"), and the
generated models expect those types. Captured 5pm output (the recorded samples in the project's
tests) carries the XML tree's text instead: numbers and flags as strings (``"7"``, ``"1"``), an
empty element as ``{}``, names wrapped as ``{"_cdata": "..."}``. Whether ``retType=json`` itself
does so is not settled (the spec's ``info.x-open-questions``), so the client reads both forms.

:func:`install` wraps every generated model's ``from_dict``: before the generated code reads a
mapping, each value the model declares is brought to the declared type when it is one of those
text forms; anything else is passed on unchanged, for the generated code to accept or refuse.
"""

from __future__ import annotations

import enum
import functools
import re
import types
import typing
from collections.abc import Callable, Mapping
from typing import Any

from .. import models
from ..types import Unset

TEXT_KEYS = ("_cdata", "_text")
"""Keys an XML-to-JSON conversion puts a CDATA section or an element's text under."""
_INTEGER = re.compile(r"[+-]?\d+")
_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")
_BOOLEANS = {"1": True, "true": True, "0": False, "false": False}
_CAMEL_HUMP = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_INSTALLED = "_fivepm_reads_text_forms"


def install() -> None:
    """Make every generated model read the text forms; safe to call more than once."""
    for model in vars(models).values():
        if isinstance(model, type) and hasattr(model, "from_dict") and not hasattr(model, _INSTALLED):
            _wrap_from_dict(model)


def _wrap_from_dict(model: type) -> None:
    generated: Callable[..., Any] = model.from_dict.__func__  # type: ignore[attr-defined]

    @functools.wraps(generated)
    def from_dict(cls: type, src_dict: Mapping[str, Any]) -> Any:
        return generated(cls, relaxed(cls, src_dict))

    model.from_dict = classmethod(from_dict)  # type: ignore[attr-defined]
    setattr(model, _INSTALLED, True)


def relaxed(model: type, data: Any) -> Any:
    """``data`` with each field ``model`` declares brought to its declared type where it comes in
    one of the text forms; keys the model does not declare stay as they are."""
    if not isinstance(data, Mapping):
        return data
    plan = _plan(model)
    relaxed_data: dict[str, Any] = {}
    for key, value in data.items():
        allowed = plan.get(key)
        if allowed is None:
            allowed = _learn(plan, model, key)
        # Values already of a JSON scalar type (what ``retType=json`` mostly sends) pass unchanged.
        relaxed_data[key] = value if not allowed or type(value) in _PLAIN else _as_allowed(value, allowed)
    return relaxed_data


_PLAIN = frozenset({int, float, bool, type(None), list})
_MAX_PLANNED_KEYS = 512
"""Keys remembered per model: every declared field's spellings, with room for the undeclared keys
a service sends, but bounded, so that a service sending ever new keys cannot grow the client."""


@functools.cache
def _plan(model: type) -> dict[str, tuple[Any, ...]]:
    """Per JSON key of ``model``'s answers, the types its field allows (empty: not declared),
    learnt as keys are first seen: working it out is most of what reading a key costs."""
    return {}


def _learn(plan: dict[str, tuple[Any, ...]], model: type, key: str) -> tuple[Any, ...]:
    declared = _declared_type(_field_types(model), key)
    allowed = () if declared is None else _alternatives(declared)
    if len(plan) < _MAX_PLANNED_KEYS:
        plan[key] = allowed
    return allowed


@functools.cache
def _field_types(model: type) -> dict[str, Any]:
    # The models import each other under TYPE_CHECKING only, so their names are supplied here.
    return typing.get_type_hints(model, localns=vars(models))


def _declared_type(hints: Mapping[str, Any], key: str) -> Any:
    """The type of the attribute the generator made of a JSON key: ``parentId`` -> ``parent_id``,
    ``can_edit`` as it is, ``type`` -> ``type_`` (a name Python reserves gets a trailing ``_``)."""
    name = _CAMEL_HUMP.sub("_", key).lower()
    return hints.get(name, hints.get(f"{name}_"))


def _as_allowed(value: Any, allowed: tuple[Any, ...]) -> Any:
    value = _unwrapped_text(value)
    if isinstance(value, Mapping) and not value:
        return _empty_element(allowed)
    if isinstance(value, str):
        return _from_text(value, allowed)
    return value


def _alternatives(declared: Any) -> tuple[Any, ...]:
    if typing.get_origin(declared) in (typing.Union, types.UnionType):
        return tuple(t for t in typing.get_args(declared) if t is not Unset)
    return (declared,)


def _unwrapped_text(value: Any) -> Any:
    if isinstance(value, Mapping) and len(value) == 1:
        key = next(iter(value))
        if key in TEXT_KEYS and isinstance(value[key], str):
            return value[key]
    return value


def _empty_element(allowed: tuple[Any, ...]) -> Any:
    """An empty XML element: null where the field may be null, else empty text, else left as ``{}``."""
    if type(None) in allowed:
        return None
    if str in allowed:
        return ""
    return {}


def _from_text(text: str, allowed: tuple[Any, ...]) -> Any:
    if str in allowed:
        return text
    stripped = text.strip()
    for kind in allowed:
        if kind is bool and stripped.lower() in _BOOLEANS:
            return _BOOLEANS[stripped.lower()]
        if (kind is int or _is_int_enum(kind)) and _INTEGER.fullmatch(stripped):
            return int(stripped)
        if kind is float and _NUMBER.fullmatch(stripped):
            return float(stripped)
        if kind is type(None) and not stripped:
            return None
    return text


def _is_int_enum(kind: Any) -> bool:
    return isinstance(kind, type) and issubclass(kind, enum.IntEnum)
