"""The generic, spec-driven half of a mock server; the vendor's half is a :class:`Behaviour`.

For every request the engine
1. routes by the spec's wire paths (a ``#fragment`` in a path key is not sent by HTTP, so several
   operations may share one wire path and method: the behaviour picks one);
2. reads the query string (and, for behaviours that ask for it, a form body) into a nested tree of
   strings with PHP bracket rules (:mod:`apikit.mock.params`), and a JSON body strictly;
3. coerces and validates every declared parameter and the request body against the spec;
4. asks the behaviour to authenticate the call, then runs the handler for the operationId;
5. checks the answer against the operation's response schema and lets the behaviour render it.

Bad input always ends as the behaviour's 400 answer, never a 5xx. An exception other than
:class:`ApiError` in a handler is a bug in the mock: it is logged with its traceback and answered
with the vendor's error shape and status 500, so tests see it.
"""

from __future__ import annotations

import contextlib
import json
import logging
import re
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar, Generic, TypeAlias, TypeVar
from urllib.parse import urlsplit

import orjson
from jsonschema.exceptions import ValidationError
from starlette.datastructures import State
from starlette.requests import ClientDisconnect, cookie_parser
from starlette.responses import PlainTextResponse, Response
from starlette.routing import compile_path
from starlette.types import Receive, Scope, Send

from apikit.mock.multipart import MultipartError, as_plain_strings, parse_form_data
from apikit.mock.params import (
    Coercer,
    ParamError,
    is_secret_name,
    nest,
    parse_pairs,
    plain_values,
    shown,
    wire_name,
)
from apikit.spec import Operation, RpcSelector, SchemaValidator, iter_operations, resolve
from apikit.xmlcodec import SchemaChecker, effective_schema, schema_types

logger = logging.getLogger("apikit.mock")

P = TypeVar("P")

FORM_MEDIA_TYPE = "application/x-www-form-urlencoded"
MULTIPART_MEDIA_TYPE = "multipart/form-data"
DEFAULT_MAX_BODY_BYTES = 16 * 1024 * 1024
MAX_SHOWN_PATH = 80
MAX_JSON_INTEGER_DIGITS = 100


class ApiError(Exception):
    """An answer other than success, in the vendor's error shape: raise it from handlers."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


class MethodNotAllowed(ApiError):
    def __init__(self, method: str, allowed: Sequence[str]) -> None:
        super().__init__(405, f"method {method} is not allowed here; use {', '.join(allowed)}")
        self.allowed = tuple(allowed)


class MissingRequired(ApiError):
    """A required parameter or body field is absent (a 400 that some vendors answer in their own way)."""

    def __init__(self, name: str, message: str) -> None:
        super().__init__(400, message)
        self.name = name


class InvalidInput(ApiError):
    """A parameter or body value the spec refuses; ``place`` is where (``["title"]``,
    ``["body", "title"]``) and ``value`` what was sent there."""

    def __init__(self, place: list[str], value: Any, message: str) -> None:
        super().__init__(400, message)
        self.place = place
        self.value = value


class StateUnsupported(Exception):
    """The behaviour cannot show, load or reset its state (it implements no such method)."""


class StateError(ValueError):
    """State offered to :meth:`Behaviour.restore` does not fit the spec; the message names the place."""


class MockSetupError(Exception):
    """The spec and the behaviour do not fit together (e.g. an operation without a handler)."""


# The objects built for every request are plain slotted dataclasses, not frozen ones: a frozen
# dataclass costs nearly three times as much to build. Apart from a call's caller, which the engine
# sets once the behaviour has authenticated it, nothing changes them after they are built.


@dataclass(slots=True)
class RawRequest:
    """What arrived, before any operation-specific checks. Never printed whole: it holds secrets."""

    method: str
    path: str
    query: Mapping[str, Any] = field(default_factory=dict, repr=False)
    headers: Mapping[str, str] = field(default_factory=dict, repr=False)
    cookies: Mapping[str, str] = field(default_factory=dict, repr=False)
    path_params: Mapping[str, str] = field(default_factory=dict, repr=False)
    media_type: str = ""
    body: bytes = field(default=b"", repr=False)
    json_body: Any = field(default=None, repr=False)
    """The parsed JSON body when the request sent JSON, else None."""
    query_string: bytes = field(default=b"", repr=False)
    """The query string exactly as received (for vendors that sign it)."""
    root_path: str = ""
    """What comes before the API's paths in the URL: the mount point and the spec's base path
    (``/fivepm/api/v2`` under ``apikit mock --all``), for answers that name the mock's own address."""

    def query_text(self, name: str) -> str | None:
        """A top-level query value if it is a plain string (bracket sub-keys do not count)."""
        value = self.query.get(name)
        return value if isinstance(value, str) else None


@dataclass(slots=True)
class Call(Generic[P]):
    """One validated call of one operation, as handlers see it."""

    operation: Operation = field(repr=False)
    request: RawRequest
    params: Mapping[str, Any] = field(repr=False)
    """Declared parameters by name, coerced to their schema types and validated."""
    body: Any = field(repr=False)
    """The validated request body, or None when the operation takes none or none was sent."""
    principal: P = field(repr=False)
    """Who is calling, as the behaviour's ``authenticate`` answered."""

    @property
    def operation_id(self) -> str:
        return self.operation.operation_id


@dataclass(slots=True)
class Reply:
    """A handler's successful result; the behaviour wraps and renders it."""

    payload: Any
    status: int = 200


Handler: TypeAlias = Callable[[Call[P]], Reply | Response]


class Behaviour(ABC, Generic[P]):
    """What makes a mock behave like one vendor's API. ``P`` is the type of an authenticated caller.

    Subclasses provide handlers by operationId, authentication, and the vendor's body shapes and
    format; the engine does routing, parsing, validation and error handling around them.
    """

    merge_form_body: bool = False
    """True: keys of an ``application/x-www-form-urlencoded`` body join the query (PHP $_REQUEST)."""

    form_body_overrides_query: bool = False
    """With ``merge_form_body``, as PHP builds $_REQUEST: a name sent in both the query and the form
    body takes the body's value instead of being refused as given twice. Each part is still checked
    on its own: the body against the declared request body, each argument the query carries against
    its parameter (fields an object argument leaves out may be in the body)."""

    path_aliases: ClassVar[Mapping[str, str]] = {}
    """Other wire paths the API answers at, each to the spec wire path it serves (a vendor that
    takes ``/api/admin/v2`` and ``/api/admin/v2/`` alike)."""

    trailing_slash: ClassVar[bool] = False
    """True: every path is also answered with a trailing slash (``/contacts/`` as ``/contacts``), as
    vendors whose web server ignores it do; clients written against them send both."""

    @abstractmethod
    def handlers(self) -> Mapping[str, Handler[P]]:
        """One handler per operationId of the spec (checked when the app is built)."""

    @abstractmethod
    def authenticate(self, call: Call[None]) -> P:
        """The caller of a validated call; raise ApiError (e.g. 401) to refuse it."""

    def choose_operation(self, candidates: Sequence[Operation], request: RawRequest) -> Operation:
        """Pick among operations sharing one wire path and method: by their ``x-rpc`` selectors
        (a ``service`` field of a JSON body, an ``action`` query parameter...)."""
        if len(candidates) == 1 and candidates[0].rpc is None:
            return candidates[0]
        return choose_by_selector(candidates, request)

    def success_body(self, call: Call[P], reply: Reply) -> Any:
        """The whole success document (the vendor's envelope around ``reply.payload``)."""
        return reply.payload

    def answer_instead(self, call: Call[P], mismatch: str) -> Reply | None:
        """Another answer for a call whose answer broke the spec (``mismatch`` says where), or None
        to fail the call with 500, as a mock bug. A mock whose behaviour is written by hand keeps
        None, so its tests see the bug; the spec-only mock, whose reading of a spec it has never seen
        can be wrong, answers from the spec's example instead and says why."""
        return None

    @abstractmethod
    def error_body(self, error: ApiError, request: RawRequest, operation: Operation | None) -> Any:
        """The vendor's error document; ``operation`` is None when routing failed."""

    def render(self, status: int, body: Any, request: RawRequest, operation: Operation | None) -> Response:
        """Serialize a success or error document (format chosen by the vendor's rules)."""
        return CompactJSONResponse(body, status_code=status)

    # The state a test suite drives through the admin endpoint (apikit.mock.host) and that
    # ``apikit mock --state`` keeps across restarts. A behaviour offers what it can; the defaults
    # say that it cannot.

    def reset(self) -> None:
        """Back to the state right after start-up."""
        raise StateUnsupported(f"{type(self).__name__} cannot reset its state (it has no reset())")

    def snapshot(self) -> Any:
        """The whole state as JSON-able data that :meth:`restore` takes back."""
        raise StateUnsupported(f"{type(self).__name__} cannot show its state (it has no snapshot())")

    def restore(self, state: Any) -> None:
        """Replace the whole state with ``state`` (a :meth:`snapshot`, or a seed file's data); raise
        :class:`StateError` naming the place of the first problem, and change nothing then."""
        raise StateUnsupported(f"{type(self).__name__} cannot load a state (it has no restore())")


class CompactJSONResponse(Response):
    """Compact UTF-8 JSON, like Starlette's JSONResponse, encoded by orjson (the standard library's
    encoder was an eighth of a mock's time per request) and with its two headers set directly."""

    media_type = "application/json"

    def __init__(self, content: Any, status_code: int = 200) -> None:
        self.status_code = status_code
        self.background = None
        self.body = _json_bytes(content)
        self.raw_headers = [(b"content-length", b"%d" % len(self.body)), _JSON_CONTENT_TYPE]
        if status_code < 200 or status_code in (204, 304):  # answers without a body carry no length
            del self.raw_headers[0]


_JSON_CONTENT_TYPE = (b"content-type", b"application/json")


def _json_bytes(content: Any) -> bytes:
    try:
        return orjson.dumps(content, option=orjson.OPT_NON_STR_KEYS)
    except orjson.JSONEncodeError:
        # orjson stops at 64-bit integers; JSON itself does not, and a request may carry larger ones
        return json.dumps(content, separators=(",", ":"), ensure_ascii=False).encode()


def choose_by_selector(candidates: Sequence[Operation], request: RawRequest) -> Operation:
    """The candidate whose ``x-rpc`` selector value the request carries, else the plain one (no
    selector, no ``#fragment``: :attr:`Candidates.plain`); ApiError(400) otherwise."""
    choice = candidates if isinstance(candidates, Candidates) else Candidates(candidates)
    chosen = choice.named_by(request)
    if chosen is not None:
        return chosen
    if choice.plain is not None:
        return choice.plain
    if choice.unselected:
        raise ApiError(
            400,
            "this URL serves several operations and the request does not say which one: "
            + ", ".join(op.operation_id for op in choice),
        )
    names = " or ".join(choice.selector_names)
    carried = choice.carried_values(request)
    if not carried:
        raise ApiError(400, f"the request does not name its operation: {names} is missing")
    raise ApiError(400, f"unknown operation {shown(carried[0])} in the {names}")


class Candidates(tuple[Operation, ...]):
    """The operations sharing one wire path and method, in spec order, with their ``x-rpc``
    selectors indexed once: a one-URL API has over a hundred operations, and every call picks one."""

    unselected: bool
    """Some operation has no selector, so a request cannot name it."""
    plain: Operation | None
    """The one operation without a selector whose path key has no ``#fragment``, among others that
    have one (``/files/{id}`` beside ``/files/{id}#get_shared_link``, in a spec whose rules allow
    that): it serves the requests that name no other."""
    selector_names: list[str]
    """Where requests name operations (``body field 'service'``), for error messages."""
    _places: list[tuple[RpcSelector, dict[str, tuple[int, Operation]]]]
    """Per place a selector looks (one selector standing for all that look there), in order of
    first use: its values → (spec position, operation)."""

    def __new__(cls, operations: Iterable[Operation]) -> Candidates:
        self = super().__new__(cls, operations)
        self.unselected = any(op.rpc is None for op in self)
        plain = [op for op in self if op.rpc is None and "#" not in op.path]
        self.plain = plain[0] if len(plain) == 1 else None
        self.selector_names = sorted({f"{rpc.location} field {rpc.name!r}" for op in self if (rpc := op.rpc)})
        places: dict[tuple[str, str], tuple[RpcSelector, dict[str, tuple[int, Operation]]]] = {}
        for position, op in enumerate(self):
            if (rpc := op.rpc) is not None:
                _, by_value = places.setdefault((rpc.location, rpc.name), (rpc, {}))
                by_value.setdefault(rpc.value, (position, op))
        self._places = list(places.values())
        return self

    def named_by(self, request: RawRequest) -> Operation | None:
        """The first operation, in spec order, whose selector value the request carries."""
        best: tuple[int, Operation] | None = None
        for selector, by_value in self._places:
            value = selector.value_in(request.query, request.json_body)
            hit = by_value.get(value) if isinstance(value, str) else None
            if hit is not None and (best is None or hit[0] < best[0]):
                best = hit
        return None if best is None else best[1]

    def carried_values(self, request: RawRequest) -> list[Any]:
        """What the request carries in the selectors' places (None where absent is left out)."""
        values = (selector.value_in(request.query, request.json_body) for selector, _ in self._places)
        return [value for value in values if value is not None]


# --- per-operation compiled checks ------------------------------------------------------------------------


_MISSING: Any = object()


@dataclass(frozen=True)
class _Parameter:
    name: str
    location: str
    key: str
    """The name as the request carries it (header names arrive lowercased)."""
    required: bool
    schema: Any
    style: str
    explode: bool
    content_json: bool
    is_array: bool
    shaped: bool
    """Whether the serialization style must be undone before coercion (see ``_shape``)."""
    validator: SchemaValidator = field(repr=False)
    empty_is_absent: bool = False
    """``allowEmptyValue: true`` on a query parameter: ``name=`` counts as not sent (the spec says the
    service ignores an empty value), so its schema and default apply as if it were left out."""

    @property
    def label(self) -> str:
        return f"{self.location} parameter {self.name}"


class _BoundOperation:
    """An operation with its validators built once: parameters, body, responses."""

    def __init__(self, spec: Mapping[str, Any], operation: Operation, checker: SchemaChecker) -> None:
        self.spec = spec
        self.operation = operation
        self.checker = checker
        self.coercer = Coercer(spec, checker)
        self.parameters = [self._compile_parameter(p) for p in operation.parameters]
        self.request_body = resolve(spec, operation.definition.get("requestBody")) or {}
        self.known_query_names = (
            {p.name for p in self.parameters if p.location == "query"}
            | _query_credentials(spec)
            | self._form_body_names()  # behaviours that merge form bodies into the query
        )
        # Query parameters that may legitimately repeat (``id=1&id=2``): exploded arrays.
        self.repeatable = frozenset(
            p.name for p in self.parameters if p.location == "query" and p.explode and p.is_array
        )
        # Per status: the documented response schema's validator (None: undocumented), built once.
        self._response_validators: dict[int, SchemaValidator | None] = {}

    def _compile_parameter(self, param: Mapping[str, Any]) -> _Parameter:
        location = str(param.get("in", "query"))
        content = param.get("content") or {}
        schema = param.get("schema", next((m.get("schema", {}) for m in content.values()), {}))
        style = str(param.get("style", "form" if location in ("query", "cookie") else "simple"))
        content_json = any("json" in media for media in content)
        is_array = "array" in schema_types(effective_schema(self.spec, schema))
        return _Parameter(
            name=str(param["name"]),
            location=location,
            key=str(param["name"]).lower() if location == "header" else str(param["name"]),
            required=bool(param.get("required", location == "path")),
            schema=schema,
            style=style,
            explode=bool(param.get("explode", style == "form")),
            content_json=content_json,
            is_array=is_array,
            shaped=content_json or is_array,
            validator=self.checker.validator(schema),
            empty_is_absent=location == "query" and param.get("allowEmptyValue") is True,
        )

    def _form_body_names(self) -> set[str]:
        media = (self.request_body.get("content") or {}).get(FORM_MEDIA_TYPE) or {}
        schema = effective_schema(self.spec, media.get("schema") or {})
        return set(schema.get("properties") or {})

    def bind_parameters(self, request: RawRequest) -> dict[str, Any]:
        # An argument the spec does not know is refused rather than ignored: it is almost always a
        # misspelt name, and silently dropping it would hide the mistake from the caller.
        if not self.known_query_names.issuperset(request.query):
            unknown = sorted(set(request.query) - self.known_query_names)
            raise ApiError(
                400, f"unknown query parameter {shown(unknown[0])}: the operation does not take it"
            )
        values: dict[str, Any] = {}
        sources = {
            "query": request.query,
            "path": request.path_params,
            "header": request.headers,
            "cookie": request.cookies,
        }
        try:
            for param in self.parameters:
                raw = sources[param.location].get(param.key, _MISSING)
                if raw == "" and param.empty_is_absent:
                    raw = _MISSING
                if raw is _MISSING:
                    if param.required:
                        raise MissingRequired(param.name, f"missing required {param.label}")
                    continue
                if param.shaped:
                    raw = self._shape(raw, param)
                value = self.coercer.coerce(raw, param.schema, param.name)
                if not param.validator.is_valid(value):  # explained only when it fails
                    _raise_first_problem(param.validator, value, param.label, [param.name])
                values[param.name] = value
        except ParamError as exc:
            raise ApiError(400, str(exc)) from exc
        return values

    def check_query_alone(self, query: Mapping[str, Any]) -> None:
        """Each argument the query itself carries fits its parameter, field by field: the fields an
        object argument leaves out may come in the form body, so none is required here."""
        try:
            for param in self.parameters:
                if param.location == "query" and param.key in query:
                    raw = self._shape(query[param.key], param) if param.shaped else query[param.key]
                    self._check_part(raw, param.schema, [param.name])
        except ParamError as exc:
            raise ApiError(400, str(exc)) from exc

    def _check_part(self, raw: Any, schema: Any, path: list[str]) -> None:
        shape = effective_schema(self.spec, schema)
        if isinstance(raw, dict) and "object" in schema_types(shape):
            properties = shape.get("properties") or {}
            extra = shape.get("additionalProperties")
            for key, item in raw.items():
                field = properties.get(key, extra if isinstance(extra, Mapping) else None)
                if field is not None:  # an undeclared field: the merged arguments' check refuses it
                    self._check_part(item, field, [*path, key])
            return
        value = self.coercer.coerce(raw, schema, wire_name(path))
        _raise_first_problem(
            self.checker.validator(schema), value, f"query parameter {wire_name(path)}", path
        )

    def _coerce(self, value: Any, schema: Any, name: str) -> Any:
        try:
            return self.coercer.coerce(value, schema, name)
        except ParamError as exc:
            raise ApiError(400, str(exc)) from exc

    def _shape(self, raw: Any, param: _Parameter) -> Any:
        """Undo the parameter's serialization style (what coercion cannot guess)."""
        if param.content_json and isinstance(raw, str):
            return _parse_json_text(raw, param.label)
        if not isinstance(raw, str) or not param.is_array:
            return raw
        delimiter = {"spaceDelimited": " ", "pipeDelimited": "|"}.get(param.style, ",")
        if param.explode and param.style == "form":
            return [raw]
        return raw.split(delimiter) if raw else []

    def bind_body(self, request: RawRequest) -> Any:
        content = self.request_body.get("content") or {}
        if not content:
            return None
        if not request.body:
            if self.request_body.get("required"):
                raise ApiError(400, "the request body is required")
            return None
        media = _match_media_type(request.media_type, content)
        if media is None:
            expected = ", ".join(content)
            raise ApiError(
                400, f"unsupported content type {request.media_type or '(none)'}; expected {expected}"
            )
        schema = content[media].get("schema", {})
        value = self._decode_body(request, media)
        if media == MULTIPART_MEDIA_TYPE:
            value = self._read_json_parts(value, schema)
        value = (
            self._coerce(value, schema, "body") if media in (FORM_MEDIA_TYPE, MULTIPART_MEDIA_TYPE) else value
        )
        checked = as_plain_strings(value) if media == MULTIPART_MEDIA_TYPE else _as_text(value)
        _raise_first_problem(self.checker.validator(schema), checked, "request body", ["body"])
        return value

    def _read_json_parts(self, fields: dict[str, Any], schema: Any) -> dict[str, Any]:
        """A multipart part for an object or array property holds JSON text: OpenAPI's default
        encoding of such a part. Text that is not JSON is left for the check to refuse."""
        read = dict(fields)
        for name, prop in (effective_schema(self.spec, schema).get("properties") or {}).items():
            text = read.get(name)
            structured = {"object", "array"} & set(schema_types(effective_schema(self.spec, prop)))
            if type(text) is str and structured:  # a file part is an UploadedFile, not plain text
                with contextlib.suppress(ValueError):
                    read[name] = json.loads(text)
        return read

    def _decode_body(self, request: RawRequest, media: str) -> Any:
        if _is_json(media):
            return request.json_body
        if media == FORM_MEDIA_TYPE:
            try:
                return nest(parse_pairs(request.body))
            except ParamError as exc:
                raise ApiError(400, f"request body: {exc}") from exc
        if media == MULTIPART_MEDIA_TYPE:
            try:
                return parse_form_data(request.headers.get("content-type", ""), request.body)
            except MultipartError as exc:
                raise ApiError(400, f"request body: {exc}") from exc
        return request.body

    def response_validator(self, status: int) -> SchemaValidator | None:
        if status not in self._response_validators:
            schema = response_schema(self.spec, self.operation, status)
            self._response_validators[status] = None if schema is None else self.checker.validator(schema)
        return self._response_validators[status]


def _as_text(value: Any) -> Any:
    """A raw body (``application/octet-stream``, ``text/plain``) as the string its schema describes:
    its UTF-8 text, else one character per byte (binary content, which a string schema holds)."""
    if not isinstance(value, bytes):
        return value
    try:
        return value.decode("utf-8")
    except UnicodeDecodeError:
        return value.decode("latin-1")


def _query_credentials(spec: Mapping[str, Any]) -> set[str]:
    """Names of API keys sent in the query (``sessionId``): valid on every operation they secure."""
    schemes = (spec.get("components") or {}).get("securitySchemes") or {}
    return {
        str(scheme["name"])
        for scheme in (resolve(spec, s) for s in schemes.values())
        if scheme.get("type") == "apiKey" and scheme.get("in") == "query"
    }


def response_schema(
    spec: Mapping[str, Any], operation: Operation, status: int, media_type: str | None = None
) -> Any | None:
    """The schema of the operation's documented response for ``status`` (exact code, ``4XX``,
    ``default``), for ``media_type`` or else its first JSON media type, else its first media type
    (a mock's answers are data: a file download documents its bytes first and its JSON refusal
    after); None when undocumented."""
    response = documented_response(spec, operation, status)
    if response is None:
        return None
    content = response.get("content") or {}
    if media_type is None:
        media_type = next((name for name in content if _is_json(name)), next(iter(content), None))
    media = content.get(media_type) if media_type else None
    return None if media is None else media.get("schema")


def documented_response(
    spec: Mapping[str, Any], operation: Operation, status: int
) -> Mapping[str, Any] | None:
    """The operation's response object for ``status`` (exact code, then ``4XX``, then ``default``),
    its ``$ref`` resolved; None when the operation documents no answer for it."""
    responses = operation.definition.get("responses") or {}
    for key in (str(status), f"{str(status)[0]}XX", "default"):
        if key in responses:
            found: Mapping[str, Any] = resolve(spec, responses[key])
            return found
    return None


def _match_media_type(media_type: str, content: Mapping[str, Any]) -> str | None:
    if media_type in content:
        return media_type
    major = media_type.split("/", 1)[0]
    for candidate in (f"{major}/*", "*/*"):
        if candidate in content:
            return candidate
    return None


def _is_json(media_type: str) -> bool:
    return media_type == "application/json" or media_type.endswith("+json")


# --- validation messages ----------------------------------------------------------------------------------


def _raise_first_problem(validator: SchemaValidator, value: Any, label: str, base: list[str]) -> None:
    error = validator.first_error(value)
    if error is None:
        return
    message = describe_validation_error(error, label, base)
    required: Any = error.validator_value
    if error.validator == "required" and isinstance(error.instance, Mapping) and isinstance(required, list):
        absent = [name for name in required if name not in error.instance]
        raise MissingRequired(str(absent[0]) if absent else "", message)
    raise InvalidInput([*base, *(str(part) for part in error.absolute_path)], error.instance, message)


def describe_validation_error(error: ValidationError, label: str, base: list[str]) -> str:
    """``<label> <wire name>: <problem>`` without echoing secrets or huge values."""
    segments = [*base, *(str(part) for part in error.absolute_path)]
    where = wire_name(segments)
    problem = validation_problem(error, where)
    prefix = label if len(segments) == len(base) else f"{label.rsplit(' ', 1)[0]} {where}"
    return f"{prefix}: {problem}"


def validation_problem(error: ValidationError, where: str) -> str:
    instance, keyword = error.instance, error.validator
    expected: Any = error.validator_value  # its type depends on the keyword
    if keyword == "required" and isinstance(instance, Mapping):
        missing = [key for key in expected if key not in instance]
        return f"missing required key {wire_name([where, str(missing[0])])}" if missing else "missing keys"
    if keyword == "additionalProperties" and isinstance(instance, Mapping):
        known = set((error.schema or {}).get("properties", {}) if isinstance(error.schema, Mapping) else ())
        unknown = [key for key in instance if key not in known]
        return f"unknown key {wire_name([where, str(unknown[0])])}" if unknown else "unknown keys"
    if keyword == "type":
        return f"expected {_expected_types(expected)}, got {_describe_value(instance, where)}"
    if keyword in ("enum", "const"):
        allowed = expected if keyword == "enum" else [expected]
        return f"must be one of {', '.join(map(str, allowed))}, got {shown(instance, where)}"
    if keyword in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minLength", "maxLength"):
        return f"{shown(instance, where)} violates {keyword} {expected}"
    if keyword == "pattern":
        return f"{shown(instance, where)} does not match the pattern {expected}"
    if keyword == "not":  # the refused shape's own description, not a dump of the schema
        refused = expected.get("description") if isinstance(expected, Mapping) else None
        return f"{shown(instance, where)} is refused" + (f": {refused}" if refused else "")
    if is_secret_name(where):
        return f"invalid value ({keyword})"
    return _shorten(error.message)


def _expected_types(types: Any) -> str:
    names = [types] if isinstance(types, str) else list(types)
    article = {"integer": "an integer", "object": "an object", "array": "an array", "boolean": "a boolean"}
    return " or ".join(article.get(str(name), f"a {name}") for name in names)


def _describe_value(value: Any, where: str) -> str:
    if isinstance(value, Mapping):
        return f"bracket keys ({where}[...])"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        return f"the plain value {shown(value, where)}"
    return shown(value, where)


def _shorten(text: str, limit: int = 200) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."


# --- request reading --------------------------------------------------------------------------------------


def _parse_json_text(text: str, label: str) -> Any:
    try:
        if text.startswith("\ufeff"):  # what json.loads says first, before it decodes anything
            raise json.JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", text, 0)
        return _STRICT_JSON.decode(text)
    except RecursionError as exc:
        raise ApiError(400, f"{label}: JSON nested too deeply") from exc
    except json.JSONDecodeError as exc:
        raise ApiError(
            400, f"{label}: not valid JSON ({exc.msg} at line {exc.lineno} column {exc.colno})"
        ) from exc
    except ValueError as exc:
        raise ApiError(400, f"{label}: {exc}") from exc


def _reject_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"key {shown(key)} appears twice in one JSON object")
        result[key] = value
    return result


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def _bounded_int(text: str) -> int:
    # JSON does not bound integers and neither do schemas unless they say so (``format: int64`` is
    # checked as a range): only the length is bounded, so no body makes the parser do quadratic work.
    if len(text.lstrip("-")) > MAX_JSON_INTEGER_DIGITS:
        raise ValueError(f"integer {shown(text)} has more than {MAX_JSON_INTEGER_DIGITS} digits")
    return int(text)


def _finite_float(text: str) -> float:
    value = float(text)
    if value in (float("inf"), float("-inf")):
        raise ValueError(f"number {shown(text)} is out of range")
    return value


_STRICT_JSON = json.JSONDecoder(
    object_pairs_hook=_reject_duplicate_keys,
    parse_constant=_reject_constant,
    parse_int=_bounded_int,
    parse_float=_finite_float,
)
"""Made once: ``json.loads`` with hooks builds a decoder (and its scanner) per call, which cost as
much as decoding a small body. A decoder keeps no state between calls."""


def _partly_read(incoming: _Incoming) -> RawRequest:
    """A request that could not be read in full, for answering its error from what could be read of
    it (built only then: decoding the query twice on every call would cost more than the call). The
    headers come along, so a behaviour can still tell who sent a body it could not read."""
    return RawRequest(
        incoming.method, incoming.path, query=plain_values(incoming.query_string), headers=incoming.headers
    )


def _media_type(headers: Mapping[str, str]) -> str:
    return headers.get("content-type", "").split(";", 1)[0].strip().lower()


@dataclass(slots=True)
class _Incoming:
    """The raw pieces of an HTTP request, as the ASGI scope gave them."""

    method: str
    path: str
    query_string: bytes = field(repr=False)
    headers: Mapping[str, str] = field(repr=False)
    cookies: Mapping[str, str] = field(repr=False)
    path_params: Mapping[str, str] = field(repr=False)
    body: bytes | None = field(repr=False)
    """None when the body was larger than allowed."""
    root_path: str = ""


# --- the engine -------------------------------------------------------------------------------------------


class MockEngine(Generic[P]):
    """Serves one spec with one behaviour; :meth:`app` gives the ASGI application."""

    def __init__(
        self,
        spec: Mapping[str, Any],
        behaviour: Behaviour[P],
        *,
        base_path: str | None = None,
        check_responses: bool = True,
        max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
    ) -> None:
        self.spec = spec
        self.behaviour = behaviour
        self.base_path = (base_path if base_path is not None else server_base_path(spec)).rstrip("/")
        self.check_responses = check_responses
        self.max_body_bytes = max_body_bytes
        self.checker = SchemaChecker(spec)
        self.operations = list(iter_operations(spec))
        self.bound = {(op.path, op.method): _BoundOperation(spec, op, self.checker) for op in self.operations}
        self.handlers = dict(behaviour.handlers())
        self._check_handlers()
        self._form_body_overrides = behaviour.merge_form_body and behaviour.form_body_overrides_query

    def _check_handlers(self) -> None:
        ids = {op.operation_id for op in self.operations}
        missing = sorted(ids - set(self.handlers))
        unknown = sorted(set(self.handlers) - ids)
        if missing or unknown:
            raise MockSetupError(
                f"{type(self.behaviour).__name__} does not fit the spec: no handler for {missing or 'none'}; "
                f"handlers for operations not in the spec: {unknown or 'none'}"
            )

    def app(self) -> MockApp:
        state = State()
        state.behaviour = self.behaviour
        state.engine = self
        return MockApp(self.routes(), state)

    def routes(self) -> list[tuple[str, _PathEndpoint]]:
        by_path: dict[str, list[Operation]] = {}
        for op in self.operations:
            by_path.setdefault(op.wire_path, []).append(op)
        # Literal paths before templated ones, so `/users/me` wins over `/users/{id}`.
        ordered = sorted(by_path.items(), key=lambda item: (item[0].count("{"), item[0]))
        # The API answers below the spec's server path (`/api/v2/...`, as the vendor does) and at the
        # root too, so a base URL of just `http://127.0.0.1:PORT` works for clients and schemathesis.
        prefixes = [self.base_path, ""] if self.base_path else [""]
        endpoints = {path: _PathEndpoint(self, path, ops) for path, ops in ordered}
        aliases = self.behaviour.path_aliases
        unknown = sorted(target for target in aliases.values() if target not in endpoints)
        if unknown:
            raise MockSetupError(f"{type(self.behaviour).__name__}.path_aliases name no spec path: {unknown}")
        routes = [(prefix + path, endpoints[path]) for prefix in prefixes for path, _ in ordered]
        routes += [
            (prefix + alias, endpoints[target]) for prefix in prefixes for alias, target in aliases.items()
        ]
        if self.behaviour.trailing_slash:
            routes += [
                (prefix + path + "/", endpoints[path])
                for prefix in prefixes
                for path, _ in ordered
                if not path.endswith("/")
            ]
        routes.append(("/{unrouted:path}", _PathEndpoint(self, None, [])))
        return routes

    # Handlers are plain functions over shared, locked state (safe from any thread).
    def dispatch(self, incoming: _Incoming, endpoint: _PathEndpoint) -> Response:
        request: RawRequest | None = None
        operation: Operation | None = None
        try:
            request = self.read_request(incoming, endpoint.repeatable)
            operation = self.behaviour.choose_operation(self.candidates(incoming, endpoint, request), request)
            return self.run(self.bound[(operation.path, operation.method)], request)
        except ApiError as error:
            operation = operation or _sole_operation(incoming, endpoint)
            return self.error_response(error, request or _partly_read(incoming), operation)
        except Exception:
            logger.exception("mock bug while serving %s %s", incoming.method, _short_path(incoming.path))
            bug = ApiError(500, "internal error in the mock server")
            return self.error_response(bug, request or _partly_read(incoming), operation)

    @staticmethod
    def candidates(incoming: _Incoming, endpoint: _PathEndpoint, request: RawRequest) -> Candidates:
        if endpoint.wire_path is None:
            raise ApiError(404, f"no such API path: {_short_path(incoming.path)}")
        matching = endpoint.by_method.get(incoming.method)
        if matching is not None and (not matching.selector_names or matching.named_by(request) is not None):
            return matching
        # No operation of this method, or a one-URL API's operation served by other methods only
        # (``GET ?action=upload_files`` where upload_files is POST): 405 naming those methods.
        named = [
            method for method, choice in endpoint.by_method.items() if choice.named_by(request) is not None
        ]
        if matching is None or named:
            raise MethodNotAllowed(incoming.method, sorted(named or endpoint.by_method))
        return matching

    def repeatable_names(self, operations: Sequence[Operation]) -> frozenset[str]:
        return frozenset().union(*(self.bound[(op.path, op.method)].repeatable for op in operations))

    def read_request(self, incoming: _Incoming, repeatable: frozenset[str]) -> RawRequest:
        media_type = _media_type(incoming.headers)
        if incoming.body is None:
            raise ApiError(400, f"the request body is larger than {self.max_body_bytes} bytes")
        # Most calls that name an item by its path carry no query at all: nothing to parse then.
        pairs = self._pairs(incoming.query_string, "query string") if incoming.query_string else []
        if self.behaviour.merge_form_body and media_type == FORM_MEDIA_TYPE:
            body_pairs = self._pairs(incoming.body, "form body")
            if self.behaviour.form_body_overrides_query:
                pairs = _body_wins(pairs, body_pairs)
            else:
                pairs += body_pairs
        try:
            query = nest(pairs, repeatable)
        except ParamError as exc:
            raise ApiError(400, str(exc)) from exc
        json_body = None
        if _is_json(media_type) and incoming.body:
            json_body = _parse_json_text(self._text(incoming.body), "request body")
        return RawRequest(
            method=incoming.method,
            path=incoming.path,
            query=query,
            headers=incoming.headers,
            cookies=incoming.cookies,
            path_params=incoming.path_params,
            root_path=incoming.root_path,
            media_type=media_type,
            body=incoming.body,
            json_body=json_body,
            query_string=incoming.query_string,
        )

    def _body_overrode_query(self, request: RawRequest) -> bool:
        """With a behaviour whose form body overrides the query (``_form_body_overrides``, which the
        caller checks first): whether this request sent both."""
        return request.media_type == FORM_MEDIA_TYPE and bool(request.query_string) and bool(request.body)

    def _query_alone(self, request: RawRequest, bound: _BoundOperation) -> dict[str, Any]:
        """The query string's own arguments, before the form body joined (and overrode) them."""
        try:
            return nest(self._pairs(request.query_string, "query string"), bound.repeatable)
        except ParamError as exc:
            raise ApiError(400, str(exc)) from exc

    @staticmethod
    def _pairs(raw: bytes, where: str) -> list[tuple[str, str]]:
        try:
            return parse_pairs(raw)
        except ParamError as exc:
            raise ApiError(400, f"{where}: {exc}") from exc

    @staticmethod
    def _text(body: bytes) -> str:
        try:
            return body.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise ApiError(400, "request body: not valid UTF-8") from exc

    def run(self, bound: _BoundOperation, request: RawRequest) -> Response:
        operation = bound.operation
        params = bound.bind_parameters(request)
        if self._form_body_overrides and self._body_overrode_query(request):
            bound.check_query_alone(self._query_alone(request, bound))
        body = bound.bind_body(request)
        call: Call[Any] = Call(operation, request, params, body, None)
        call.principal = self.behaviour.authenticate(call)  # the same call, now with its caller
        result = self.handlers[operation.operation_id](call)
        if isinstance(result, Response):
            return result
        document = self.behaviour.success_body(call, result)
        try:
            self.check_document(bound, result.status, document)
        except _ResponseMismatch as mismatch:
            instead = self.behaviour.answer_instead(call, str(mismatch))
            if instead is None:
                raise
            result, document = instead, self.behaviour.success_body(call, instead)
            self.check_document(bound, result.status, document)
        return self.behaviour.render(result.status, document, request, operation)

    def check_document(self, bound: _BoundOperation, status: int, document: Any) -> None:
        """A mock answer that breaks its own spec is a mock bug: fail loudly (500) so tests see it."""
        if not self.check_responses:
            return
        validator = bound.response_validator(status)
        if validator is None or validator.is_valid(document):
            return
        error = validator.first_error(document)
        if error is not None:
            location = "/".join(str(part) for part in error.absolute_path)
            raise _ResponseMismatch(
                f"{bound.operation.operation_id} answered {status} with a body that breaks the spec "
                f"at /{location}: {error.validator} {_shorten(str(error.validator_value), 80)}"
            )

    def error_response(self, error: ApiError, request: RawRequest, operation: Operation | None) -> Response:
        try:
            document = self.behaviour.error_body(error, request, operation)
            status = error.status
            if operation is not None and status != 500:
                status = self._checked_error_status(operation, status, document)
            response = self.behaviour.render(status, document, request, operation)
        except Exception:
            logger.exception("mock bug while rendering a %d answer", error.status)
            response = PlainTextResponse("internal error in the mock server", status_code=500)
        if isinstance(error, MethodNotAllowed):
            response.headers["Allow"] = ", ".join(error.allowed)
        return response

    def _checked_error_status(self, operation: Operation, status: int, document: Any) -> int:
        try:
            self.check_document(self.bound[(operation.path, operation.method)], status, document)
        except _ResponseMismatch:
            logger.exception("mock bug: error body does not match the spec")
            return 500
        return status


def _sole_operation(incoming: _Incoming, endpoint: _PathEndpoint) -> Operation | None:
    """The operation a request was for when its URL and method name just one, even if the request
    failed before it was chosen: its error then takes that operation's documented shape."""
    candidates = endpoint.by_method.get(incoming.method, ())
    return candidates[0] if len(candidates) == 1 and candidates[0].rpc is None else None


class _ResponseMismatch(Exception):
    """The mock produced an answer its spec does not allow."""


_WHOLE_RESPONSE = Response.__call__
"""How a Starlette response whose body is whole in memory is sent (subclasses that stream override it)."""


class _PathEndpoint:
    """What answers one wire path: gathers the request, then dispatches it."""

    def __init__(
        self, engine: MockEngine[Any], wire_path: str | None, operations: Sequence[Operation]
    ) -> None:
        self.engine = engine
        self.wire_path = wire_path
        # Worked out once, not per request: the operations by method, and the query names they
        # allow to repeat (see ``nest``).
        grouped: dict[str, list[Operation]] = {}
        for operation in operations:
            grouped.setdefault(operation.method.upper(), []).append(operation)
        self.by_method = {method: Candidates(group) for method, group in grouped.items()}
        self.repeatable = engine.repeatable_names(operations)

    async def __call__(self, scope: Scope, path_params: dict[str, str], receive: Receive, send: Send) -> None:
        # Read from the ASGI scope directly: a starlette Request would decode the same, more slowly.
        headers = {key.decode("latin-1").lower(): value.decode("latin-1") for key, value in scope["headers"]}
        incoming = _Incoming(
            method=str(scope["method"]).upper(),
            path=_below_base(_url_path(scope), self.engine.base_path),
            query_string=scope.get("query_string", b""),
            headers=headers,
            cookies=cookie_parser(headers["cookie"]) if "cookie" in headers else {},
            path_params=path_params,
            body=await _read_limited(receive, self.engine.max_body_bytes),
            root_path=str(scope.get("root_path", "")) + self.engine.base_path,
        )
        # Dispatched on the event loop itself: a call is a fraction of a millisecond of CPU work under
        # one lock, so a worker thread would only add a hand-over (and the GIL allows no overlap).
        response = self.engine.dispatch(incoming, self)
        if type(response).__call__ is _WHOLE_RESPONSE and response.background is None:
            # What Response.__call__ sends for an answer whole in memory (every JSON and XML answer),
            # without the extra coroutine it costs on every call.
            await send(
                {
                    "type": "http.response.start",
                    "status": response.status_code,
                    "headers": response.raw_headers,
                }
            )
            await send({"type": "http.response.body", "body": response.body})
        else:
            await response(scope, receive, send)


class MockApp:
    """The ASGI application of one mock: routes a request to the endpoint of its wire path.

    Not a Starlette app: the engine answers every error itself, in the vendor's shape, so
    Starlette's error layers, router and route objects would only add calls to every request.
    ``state.behaviour`` and ``state.engine`` are there for tests and tools that reach inside.
    """

    def __init__(self, routes: Sequence[tuple[str, _PathEndpoint]], state: State) -> None:
        self.state = state
        # A path without variables is found by one dict lookup; the others (and anything the
        # literal table would answer differently from the ordered list) by trying patterns in order.
        # Patterns must match the whole path: Starlette's end with ``$``, which also matches before
        # a final newline, so ``/items%0A`` would reach the operation of ``/items``.
        compiled = [(compile_path(path)[0], endpoint) for path, endpoint in routes]
        self.literal = {
            path: endpoint
            for path, endpoint in routes
            if "{" not in path and next(e for regex, e in compiled if regex.fullmatch(path)) is endpoint
        }
        # A literal route's pattern matches its path alone: that path is answered from the table, or
        # (when it is not there) by an earlier templated route, so the loop need not try literal ones.
        self.patterns = [entry for entry, (path, _) in zip(compiled, routes, strict=True) if "{" in path]
        # What answers a path no pattern matches, such as ``*`` (``OPTIONS *``) or one with a line
        # break, which the catch-all route's ``.*`` does not cross: the vendor's 404, not silence.
        self.unrouted = next(endpoint for _, endpoint in routes if endpoint.wire_path is None)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        kind = scope["type"]
        if kind == "http":
            path = _route_path(scope)
            endpoint = self.literal.get(path)
            if endpoint is not None:
                await endpoint(scope, {}, receive, send)
                return
            for regex, endpoint in self.patterns:
                match = regex.fullmatch(path)
                if match:
                    await endpoint(scope, match.groupdict(), receive, send)
                    return
            await self.unrouted(scope, {}, receive, send)
        elif kind == "lifespan":
            await _lifespan(receive, send)
        # Other kinds (websocket) are not served: returning without a word closes them.


async def _lifespan(receive: Receive, send: Send) -> None:
    """Nothing to start or stop: acknowledge both, so servers and test clients that send them go on."""
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return


def _route_path(scope: Scope) -> str:
    """The path below the app's mount point (``root_path``), as routes are written."""
    path = str(scope["path"])
    root = scope.get("root_path", "")
    return path[len(root) :] if root and path.startswith(root) else path


def _url_path(scope: Scope) -> str:
    """``request.url.path`` without building the whole URL: the path with ``?#\\`` escaped."""
    path = str(scope["path"])
    if "?" in path or "#" in path or "\\" in path:
        return path.replace("?", "%3F").replace("#", "%23").replace("\\", "%5C")
    return path


async def _read_limited(receive: Receive, limit: int) -> bytes | None:
    chunks: list[bytes] = []
    size = 0
    more = True
    while more:
        message = await receive()
        if message["type"] == "http.disconnect":
            raise ClientDisconnect()
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)
        more = message.get("more_body", False)
    return b"".join(chunks)


def _below_base(path: str, base: str) -> str:
    return path[len(base) :] or "/" if base and path.startswith(base) else path


def _body_wins(query: list[tuple[str, str]], body: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Query and form-body pairs as one list, a name sent in both keeping only the body's values:
    PHP fills $_REQUEST from the query first and then from the body, so the body overrides."""
    if not query:
        return body
    in_body = {name for name, _ in body}
    return [pair for pair in query if pair[0] not in in_body] + body


def _short_path(path: str) -> str:
    return path if len(path) <= MAX_SHOWN_PATH else path[: MAX_SHOWN_PATH - 3] + "..."


_SERVER_VARIABLE = re.compile(r"\{([^{}]+)\}")


def server_base_path(spec: Mapping[str, Any]) -> str:
    """The path part of the first server URL, variables filled with their defaults (``/api/v2``)."""
    servers = spec.get("servers") or [{}]
    server = servers[0]
    variables = server.get("variables") or {}
    url = _SERVER_VARIABLE.sub(
        lambda m: str((variables.get(m.group(1)) or {}).get("default", "x")), server.get("url", "/")
    )
    return urlsplit(url).path.rstrip("/")


def build_app(spec: Mapping[str, Any], behaviour: Behaviour[Any], **options: Any) -> MockApp:
    """An ASGI app serving ``spec`` with ``behaviour`` (options: see :class:`MockEngine`)."""
    return MockEngine(spec, behaviour, **options).app()
