"""The ProWorkflow spec is precise where real clients and the service meet: every documented
``fields`` name of a list is a typed property of its item, empty filter values are declared as
ignored, invoice lines require per type what the service requires, and the calls that only read
(or that send an e-mail) say so."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

import pytest

from apikit.load import load_document
from apikit.project import Project
from apikit.spec import Operation, iter_operations, resolve, schema_validator
from apikit.verify.proworkflow import ANCHOR_DATE, keep_query_rules
from tests.support import recorded_samples

# ``fields`` names that never are a key of their own: what each stands for.
COMPOSITE_FIELDS: dict[str, tuple[str, ...]] = {
    "times": ("starttime", "endtime"),
    "tasktimetotals": ("tasktimeallocated", "tasktimetracked"),
    "location": ("latitude", "longitude", "locationtime"),
    "logindetails": ("allowlogin", "username"),
    "phone": ("workphone", "mobilephone"),
    "customfield": ("customfieldname", "customfieldvalue"),
    "customform": ("customformtitle", "customformcontent"),
    "dependent": ("dependent", "dependentstatus"),
    "project": ("projectid", "projectnumber", "projecttitle"),
}
# ``dates`` stands for the dates of the item's kind.
DATES_OF: dict[str, tuple[str, ...]] = {
    "Project": ("startdate", "duedate", "completedate"),
    "Task": ("startdate", "duedate", "completedate"),
    "Invoice": ("invoiceddate", "duedate", "paiddate"),
    "Quote": ("quoteddate", "validtodate", "approveddate"),
    "ProjectRequest": ("startdate", "duedate", "submitteddate"),
    "TimeRecord": ("date", "starttime", "endtime"),
}
_NAMES = re.compile(r"^\^\(\?:([^)]*)\)")
TYPE_KEYWORDS = ("type", "$ref", "const", "enum", "oneOf", "anyOf", "allOf")


@pytest.fixture(scope="module")
def spec(project: Project) -> dict[str, Any]:
    return load_document(project.spec_path("proworkflow")).document


@pytest.fixture(scope="module")
def ops(spec: Mapping[str, Any]) -> dict[str, Operation]:
    return {op.operation_id: op for op in iter_operations(spec)}


def fields_names(op: Operation) -> list[str]:
    """The names a list call documents for ``fields`` (its pattern's alternatives), without ``none``
    (no rows at all) and ``apifield<N>`` (one API field, inside ``apifields``)."""
    for param in op.definition.get("parameters", []):
        if param.get("name") == "fields" and param.get("in") == "query":
            match = _NAMES.match(param["schema"].get("pattern", ""))
            names = match.group(1).split("|") if match else []
            return [name for name in names if name != "none" and not name.startswith("apifield[")]
    return []


def list_item_schema(spec: Mapping[str, Any], op: Operation) -> tuple[str, Mapping[str, Any]]:
    """The envelope key of a list call's rows and the schema of one row."""
    response = resolve(spec, op.definition["responses"]["200"])
    envelope = resolve(spec, response["content"]["application/json"]["schema"])
    for key, prop in envelope["properties"].items():
        items = prop.get("items", {}) if prop.get("type") == "array" else {}
        if "$ref" in items:
            return key, resolve(spec, items)
    raise AssertionError(f"{op.operation_id}: no row array in its envelope")


def field_keys(name: str, schema: Mapping[str, Any]) -> tuple[str, ...]:
    """The row keys one documented ``fields`` name stands for: its own key, the keys of a composite,
    the item's dates, or the id and name of the linked item (``manager`` -> ``managerid``,
    ``managername``)."""
    properties = schema["properties"]
    if name == "dates":
        return next((dates for dates in DATES_OF.values() if set(dates) <= set(properties)), ("date",))
    if name in COMPOSITE_FIELDS and name not in properties:
        return COMPOSITE_FIELDS[name]
    if name in properties:
        return (name,)
    return (f"{name}id", f"{name}name")


def is_typed(schema: Any) -> bool:
    return isinstance(schema, Mapping) and any(keyword in schema for keyword in TYPE_KEYWORDS)


# ----------------------------------------------------------------------------- item 6: typed fields


def test_every_documented_fields_name_is_a_typed_property(
    spec: Mapping[str, Any], ops: Mapping[str, Operation]
) -> None:
    untyped: list[str] = []
    for op in ops.values():
        if op.method != "get" or not fields_names(op):
            continue
        _, schema = list_item_schema(spec, op)
        for name in fields_names(op):
            for key in field_keys(name, schema):
                if not is_typed(schema["properties"].get(key)):
                    untyped.append(f"{op.operation_id}: {name} -> {key}")
    assert not untyped, "\n".join(untyped)


@pytest.mark.parametrize(
    ("schema", "name", "good", "bad"),
    [
        ("Project", "customstatusid", 3, "3"),
        ("Project", "type", "internal", "inside"),
        ("Project", "accountedfor", True, "true"),
        ("Task", "dependentstatus", "current", "waiting"),
        ("Task", "creatorid", 1, "Dana"),
        ("Quote", "emaileddate", "2026-06-01T10:00:00", "yesterday"),
        ("TimeRecord", "tasktimeallocated", 60, 1.5),
        ("ProjectRequest", "templateid", 1, "1"),
        ("Invoice", "showcostbreakdown", False, "no"),
        ("Invoice", "invoicedbyid", 2, "two"),
    ],
)
def test_new_properties_have_their_types(
    spec: Mapping[str, Any], schema: str, name: str, good: Any, bad: Any
) -> None:
    prop = spec["components"]["schemas"][schema]["properties"][name]
    validator = schema_validator(spec, prop)
    assert validator.is_valid(good) and not validator.is_valid(bad)


# ----------------------------------------------------------------------------- item 1: empty filter values

NOT_FILTERS = {"pagenumber", "pagesize", "sortby", "sortorder", "subtotals", "subtotalsdateoption"}


def is_list_call(spec: Mapping[str, Any], op: Operation) -> bool:
    if op.method != "get":
        return False
    response = resolve(spec, op.definition["responses"]["200"])
    envelope = resolve(spec, response["content"]["application/json"]["schema"])
    return "totalcount" in envelope.get("properties", {})


def test_empty_filter_values_are_declared_ignored(
    spec: Mapping[str, Any], ops: Mapping[str, Operation]
) -> None:
    assert "An empty filter or `fields` value" in spec["info"]["description"]
    declared = 0
    for op in ops.values():
        if not is_list_call(spec, op):
            continue
        for param in op.definition.get("parameters", []):
            param = resolve(spec, param)
            if param["in"] != "query":
                continue
            filter_like = param["name"] not in NOT_FILTERS and not param.get("required")
            assert param.get("allowEmptyValue", False) is filter_like, f"{op.operation_id} {param['name']}"
            declared += filter_like
    assert declared > 1000


# ----------------------------------------------------------------------------- item 4: invoice line types

GOOD_LINES = [
    {"type": "heading", "name": "Stage 1"},
    {"type": "lineitem", "name": "Hosting", "quantity": 1, "rate": 20},
    {"type": "lineitem", "description": "Hosting", "quantity": 1, "rate": 20},
    {"type": "taskrate", "name": "Design", "time": 90, "rate": 100},
    {"type": "staffrate", "name": "Dana", "time": 30, "rate": 120},
]
BAD_LINES = [
    {"type": "heading"},
    {"type": "lineitem", "quantity": 1, "rate": 20},
    {"type": "lineitem", "name": "Hosting", "rate": 20},
    {"type": "taskrate", "name": "Design", "rate": 100},
    {"type": "staffrate", "name": "Dana", "time": 30},
]
EXPENSE = {"type": "expense", "name": "Taxi", "quantity": 1, "rate": 30}


@pytest.mark.parametrize("name", ["InvoiceLinesCreateBody", "InvoiceLineInput"])
def test_invoice_lines_take_expense_and_need_what_their_type_needs(
    spec: Mapping[str, Any], name: str
) -> None:
    validator = schema_validator(spec, spec["components"]["schemas"][name])
    for line in [*GOOD_LINES, EXPENSE]:
        assert validator.is_valid(line), line
    for line in [*BAD_LINES, {"type": "expense", "name": "Taxi", "quantity": 1}, {"type": "expense"}]:
        assert not validator.is_valid(line), line


@pytest.mark.parametrize("name", ["QuoteLinesCreateBody", "QuoteLineInput"])
def test_quote_lines_need_what_their_type_needs_and_have_no_expenses(
    spec: Mapping[str, Any], name: str
) -> None:
    validator = schema_validator(spec, spec["components"]["schemas"][name])
    assert all(validator.is_valid(line) for line in GOOD_LINES)
    assert not any(validator.is_valid(line) for line in [*BAD_LINES, EXPENSE])


def test_the_expense_erratum_is_what_the_schemas_say(
    spec: Mapping[str, Any], ops: Mapping[str, Operation]
) -> None:
    errata = {e["id"] for e in ops["invoiceLinesCreate"].definition["x-errata"]}
    assert "pwf-invoice-line-type-expense" in errata
    for name in ("InvoiceLinesCreateBody", "InvoiceLineInput", "InvoiceLine"):
        assert "expense" in spec["components"]["schemas"][name]["properties"]["type"]["enum"], name


# ----------------------------------------------------------------------------- item 5: the tracking period

TIME_LISTS = ("companyTimeList", "contactTimeList", "projectTimeList", "taskTimeList", "timeList")


@pytest.mark.parametrize("operation_id", TIME_LISTS)
def test_the_tracking_period_is_optional_with_its_defaults(
    ops: Mapping[str, Operation], operation_id: str
) -> None:
    op = ops[operation_id]
    for name, default in (("trackedfrom", "-6d"), ("trackedto", "+0d")):
        param = op.parameter(name)
        assert param is not None and param["required"] is False and param["schema"]["default"] == default
        assert "Vendor-doc correction:" in param["description"]
    errata = [e for e in op.definition["x-errata"] if "trackedfrom" in e["documented"]]
    assert len(errata) == 1 and "Vendor-doc correction:" in op.definition["description"]


# ----------------------------------------------------------------------------- item 8: a GET that acts


def test_a_password_reset_request_is_not_conditional(
    spec: Mapping[str, Any], ops: Mapping[str, Operation]
) -> None:
    definition = ops["contactsForgotPassword"].definition
    assert "304" not in definition["responses"]
    assert not any(resolve(spec, p).get("in") == "header" for p in definition.get("parameters", []))
    assert "etag" not in definition["responses"]["200"]["headers"]


# ----------------------------------------------------------------------------- item 2: null members


def post_body_schemas(spec: Mapping[str, Any], ops: Mapping[str, Operation]) -> dict[str, Mapping[str, Any]]:
    """The object schemas of every create (POST) body, by component name."""
    schemas = spec["components"]["schemas"]
    found: dict[str, Mapping[str, Any]] = {}
    for op in ops.values():
        content = op.definition.get("requestBody", {}).get("content", {}) if op.method == "post" else {}
        schema = content.get("application/json", {}).get("schema", {})
        for ref in [schema, *schema.get("oneOf", [])]:
            name = ref.get("$ref", "").rsplit("/", 1)[-1]
            if schemas.get(name, {}).get("type") == "object":
                found[name] = schemas[name]
    return found


def test_optional_members_of_create_bodies_may_be_null(
    spec: Mapping[str, Any], ops: Mapping[str, Operation]
) -> None:
    assert "A `null` member of a create (POST) body is ignored" in spec["info"]["description"]
    bodies = post_body_schemas(spec, ops)
    nullable = 0
    for name, body in bodies.items():
        for member, prop in body["properties"].items():
            takes_null = schema_validator(spec, prop).is_valid(None)
            if member in body.get("required", []):
                assert not takes_null, f"{name}.{member}"
            nullable += takes_null
    assert len(bodies) > 30 and nullable > 250
    companies = schema_validator(spec, {"$ref": "#/components/schemas/CompaniesCreateBody"})
    assert companies.is_valid({"name": "A", "type": "client", "code": None, "email": None})
    assert not companies.is_valid({"name": None, "type": "client"})


# ----------------------------------------------------------------------------- item 7: last change in UTC


@pytest.mark.parametrize("operation_id", ["companiesList", "companyContactsList"])
def test_company_lists_take_the_last_change_in_utc(ops: Mapping[str, Operation], operation_id: str) -> None:
    op = ops[operation_id]
    for name in ("lastmodifiedutcfrom", "lastmodifiedutcto"):
        param = op.parameter(name)
        assert param is not None and param["schema"] == {"$ref": "#/components/schemas/DateTimeFilter"}
        assert "UTC" in param["description"] and param["x-evidence"]["confidence"] == "medium"
    assert not any("lastmodifiedutc" in q for q in op.definition.get("x-open-questions", []))


# ----------------------------------------------------------------------------- recorded answers, key by key


def response_rows(
    spec: Mapping[str, Any], envelope: Mapping[str, Any], body: Mapping[str, Any]
) -> Iterator[tuple[str, Mapping[str, Any], Mapping[str, Any]]]:
    """(envelope key, row schema, row) for every item a recorded answer holds."""
    for key, value in body.items():
        prop = envelope.get("properties", {}).get(key, {})
        item = prop.get("items", {}) if prop.get("type") == "array" else prop
        if "$ref" not in item:
            continue
        for row in value if isinstance(value, list) else [value]:
            if isinstance(row, Mapping):
                yield key, resolve(spec, item), row


def test_every_key_of_the_recorded_answers_is_typed(spec: Mapping[str, Any]) -> None:
    """Every key of every item of a recorded success answer is a property of its schema: answers are
    precise, not only accepted through ``additionalProperties``."""
    by_route = {(op.method.upper(), op.path): op for op in iter_operations(spec)}
    checked = 0
    for name, sample in recorded_samples("proworkflow"):
        op = by_route.get((sample["operation"]["method"], sample["operation"]["path"]))
        if op is None or sample["kind"] != "response" or sample["http_status"] not in (200, 201):
            continue
        response = resolve(spec, op.definition["responses"][str(sample["http_status"])])
        envelope = resolve(spec, response["content"]["application/json"]["schema"])
        for key, schema, row in response_rows(spec, envelope, sample["body"]):
            assert set(row) <= set(schema["properties"]), (
                f"{name} {key}: {set(row) - set(schema['properties'])}"
            )
            checked += 1
    assert checked >= 20


def test_verify_anchors_date_subtotals_whose_from_date_was_sent_empty() -> None:
    accepted = {"subtotals": None, "subtotalsdateoption": "quoted", "quoteddatefrom": None}
    query = keep_query_rules({"subtotals": "company,day", "quoteddatefrom": ""}, accepted)
    assert query["quoteddatefrom"] == ANCHOR_DATE and query["subtotals"] == "company,day"
    kept = keep_query_rules({"subtotals": "day", "quoteddatefrom": "-2w"}, accepted)
    assert kept["quoteddatefrom"] == "-2w"
