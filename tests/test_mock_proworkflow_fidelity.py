"""The ProWorkflow mock answers what real clients send the way the service does: every documented
``fields`` name comes back typed by the spec, empty filter values are ignored, ``null`` members of a
create body are left out, and company lists filter on the last-modified time the mock keeps. Every
answer is checked against the spec (``Pw``)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

import pytest

import tests.test_mock_proworkflow as main_tests
from apikit.mock.proworkflow.demo import ACCOUNT, CHLOE, DANA
from apikit.mock.proworkflow.handlers_tasks import DEFAULT_PRIORITY
from apikit.spec import Operation, resolve
from tests.test_mock_proworkflow import Pw
from tests.test_proworkflow_fidelity import field_keys, fields_names, list_item_schema

# What each test got a 2xx for goes into the main mock tests' coverage report.
shared_answers = main_tests.shared_answers
spec = main_tests.spec
operations = main_tests.operations
clock = main_tests.clock
behaviour = main_tests.behaviour
client = main_tests.client
dana = main_tests.dana

# Path ids of the demo account under which every nested list has rows.
DEMO_PATH = {"companyid": 2, "contactid": 2, "projectid": 1, "taskid": 1}
# Filters that widen a list to every row (lists default to active/unpaid/pending/last week's rows).
WIDENING = {"status": "all", "trackedfrom": "2026-01-01", "trackedto": "+1y"}
# Documented names the demo account cannot produce: it has no Xero integration.
NOT_IN_THE_DEMO = {"xero"}


def list_operations(operations: Mapping[str, Operation]) -> list[str]:
    return sorted(op_id for op_id, op in operations.items() if op.method == "get" and fields_names(op))


def query_names(op: Operation) -> set[str]:
    return {p["name"] for p in op.definition.get("parameters", []) if p.get("in") == "query"}


def everything(op: Operation) -> dict[str, Any]:
    """Every documented field name, and the filters that let every row through."""
    params: dict[str, Any] = {"fields": ",".join(fields_names(op))}
    params.update({name: value for name, value in WIDENING.items() if name in query_names(op)})
    return params


# ----------------------------------------------------------------------------- item 6: typed fields


def test_every_documented_field_comes_back_typed_by_the_spec(
    dana: Pw, spec: dict[str, Any], operations: dict[str, Operation]
) -> None:
    dana.created_id("tasksCreate", body={"categoryid": 1, "name": "Chase invoices"})  # a general task
    documented: dict[str, set[str]] = {}
    produced: dict[str, set[str]] = {}
    for op_id in list_operations(operations):
        op = operations[op_id]
        key, schema = list_item_schema(spec, op)
        declared = set(schema["properties"])
        path = {name: DEMO_PATH[name] for name in re.findall(r"{(\w+)}", op.path)}
        rows = dana.ok(op_id, path, params=everything(op))[key]
        for row in rows:
            assert set(row) <= declared, f"{op_id}: keys the spec does not type: {set(row) - declared}"
        seen = {name for row in rows for name in row}
        resource = schema["description"]
        documented.setdefault(resource, set()).update(fields_names(op))
        for name in fields_names(op):
            if any(k in seen for k in field_keys(name, schema)):
                produced.setdefault(resource, set()).add(name)
    for resource, names in documented.items():
        missing = names - produced.get(resource, set()) - NOT_IN_THE_DEMO
        assert not missing, f"{resource}: documented fields that no list returns: {sorted(missing)}"


def test_project_fields_carry_the_linked_names(dana: Pw) -> None:
    fields = "category,customstatus,group,team,type,customform,accountedfor,invoiced,paid"
    rows = {
        row["id"]: row
        for row in dana.ok("projectsList", params={"fields": fields, "status": "all"})["projects"]
    }
    first = rows[1]
    assert (first["categoryid"], first["categoryname"]) == (1, "Client work")
    assert (first["customstatusid"], first["customstatusname"]) == (1, "In progress")
    assert (first["groupid"], first["groupname"], first["teamid"], first["teamname"]) == (
        1,
        "Designers",
        1,
        "Studio",
    )
    assert first["type"] == "external"
    assert (first["accountedfor"], first["invoiced"], first["paid"]) == (False, False, False)
    assert "customstatusid" not in rows[2]  # no custom status set: the link is left out


def test_task_fields_carry_creator_project_category_and_manager(dana: Pw) -> None:
    fields = "creator,dependent,projectcategory,projectmanager,category"
    task = dana.ok("tasksList", params={"fields": fields, "status": "all"})["tasks"][0]
    assert (task["projectcategoryid"], task["projectcategoryname"]) == (1, "Client work")
    assert (task["projectmanagerid"], task["projectmanagername"]) == (1, "Dana Admin")
    assert task["dependent"] is False
    added = dana.created_id("tasksCreate", body={"projectid": 1, "name": "Check links"})
    mine = dana.ok("tasksGet", {"taskid": added})["task"]
    assert (mine["creatorid"], mine["creatorname"]) == (1, "Dana Admin")


def test_time_and_invoice_fields(dana: Pw) -> None:
    time = dana.ok(
        "timeList",
        params={"fields": "category,company,tasktimetotals", "trackedfrom": "2026-06-01", "trackedto": "+0d"},
    )["timerecords"]
    first = {row["id"]: row for row in time}[1]
    assert (first["categoryid"], first["companyid"], first["tasktimetracked"]) == (1, 2, 120)
    invoice = dana.ok(
        "invoicesList",
        params={"fields": "invoicedby,emaileddate,emailedto,showcostbreakdown,customfield", "status": "all"},
    )["invoices"][0]
    assert (invoice["invoicedbyid"], invoice["invoicedby"]) == (1, "Dana Admin")
    assert invoice["showcostbreakdown"] is True
    assert (invoice["emaileddate"], invoice["emailedto"]) == ("2026-05-15T09:30:00", CHLOE.email)


# ----------------------------------------------------------------------------- item 1: empty filter values


def test_empty_filter_values_are_ignored(dana: Pw) -> None:
    contacts = dana.ok("contactsList")
    empty = {"type": "", "searchname": "", "apifields": "", "fields": "", "idfrom": ""}
    assert dana.ok("contactsList", params=empty) == contacts
    active = dana.ok("projectsList")
    assert dana.ok("projectsList", params={"status": "", "companyid": "", "search": ""}) == active
    narrowed = dana.ok("contactsList", params={"type": "client", "searchname": ""})["contacts"]
    assert narrowed and {row["type"] for row in narrowed} == {"client"}


def test_empty_paging_values_are_still_refused(dana: Pw) -> None:
    assert dana.fails("contactsList", 400, params={"pagenumber": "", "pagesize": "10"})


# ----------------------------------------------------------------------------- item 4: invoice line types


def test_an_expense_line_is_added_to_an_invoice(dana: Pw) -> None:
    line_id = dana.created_id(
        "invoiceLinesCreate", {"invoiceid": 2}, {"type": "expense", "name": "Taxi", "quantity": 2, "rate": 15}
    )
    line = dana.ok("invoiceLinesGet", {"invoiceid": 2, "lineid": line_id})["line"]
    assert (line["type"], line["total"]) == ("expense", 30)


def test_a_line_without_what_its_type_needs_is_refused(dana: Pw) -> None:
    assert dana.fails("invoiceLinesCreate", 400, {"invoiceid": 2}, {"type": "expense", "name": "Taxi"}) == [
        "line 1: 'quantity' is a required field for a expense line"
    ]
    assert dana.fails(
        "invoiceLinesCreate", 400, {"invoiceid": 2}, {"type": "lineitem", "quantity": 1, "rate": 2}
    )


@pytest.mark.parametrize("kind", [{"a": 1}, ["lineitem"], 7, None])
def test_a_line_whose_type_is_no_text_is_refused_as_any_bad_body(dana: Pw, kind: Any) -> None:
    line = {"type": kind, "name": "Taxi", "quantity": 1, "rate": 2}
    assert dana.fails("invoiceLinesCreate", 400, {"invoiceid": 2}, line)
    assert dana.fails("invoicesCreate", 400, body={"contactid": 3, "lines": [line]})
    assert dana.fails("quotesCreate", 400, body={"contactid": 3, "title": "Q", "lines": [line]})


# ----------------------------------------------------------------------------- item 5: the tracking period


def test_time_lists_default_to_the_last_seven_days(dana: Pw) -> None:
    # DEMO_NOW is 2026-06-15: -6d is 2026-06-09, so the records of 06-10 and 06-12 are in the period
    assert dana.ids("timeList", "timerecords") == [2, 3]
    assert dana.ids("projectTimeList", "timerecords", {"projectid": 1}) == [2]
    assert dana.ids("timeList", "timerecords", params={"trackedfrom": "2026-06-01"}) == [1, 2, 3]


# ----------------------------------------------------------------------------- item 8: a GET that acts


def test_a_password_reset_request_is_never_answered_not_modified(dana: Pw) -> None:
    query = {"email": CHLOE.email}
    first = dana.request("contactsForgotPassword", params=query)
    assert first.status_code == 200 and "etag" not in first.headers
    again = dana.request("contactsForgotPassword", params=query, headers={"If-None-Match": "*"})
    assert again.status_code == 200 and again.json()["status"] == "Success"
    assert dana.request("contactsList", headers={"If-None-Match": "*"}).status_code == 304


# ----------------------------------------------------------------------------- item 2: null members


def test_null_members_of_a_create_body_are_left_out(dana: Pw) -> None:
    company_id = dana.created_id(
        "companiesCreate", body={"name": "Null Street Bakery", "type": "client", "code": None, "tagid": None}
    )
    company = dana.ok("companiesGet", {"companyid": company_id})["company"]
    assert (company["name"], company["code"], company["tags"]) == ("Null Street Bakery", "", [])
    task_id = dana.created_id(
        "tasksCreate", body=[{"projectid": 1, "name": "Proof", "priority": None, "description": None}]
    )
    task = dana.ok("tasksGet", {"taskid": task_id})["task"]
    assert (task["priority"], task["description"]) == (DEFAULT_PRIORITY, "")


def test_a_null_required_member_is_refused(dana: Pw) -> None:
    assert dana.fails("companiesCreate", 400, body={"name": None, "type": "client"})


# ----------------------------------------------------------------------------- item 7: last change in UTC


def test_companies_filter_on_their_last_change_in_utc(dana: Pw) -> None:
    # the demo rows were last changed 2026-06-01 08:00 local, 2026-05-31 20:00 UTC (the account is UTC+12)
    everyone = dana.ids("companiesList", "companies")
    assert dana.ids("companiesList", "companies", params={"lastmodifiedfrom": "2026-05-31T21:00"}) == everyone
    assert dana.ids("companiesList", "companies", params={"lastmodifiedutcfrom": "2026-05-31T21:00"}) == []
    assert (
        dana.ids("companiesList", "companies", params={"lastmodifiedutcto": "2026-05-31T20:00"}) == everyone
    )
    dana.ok("companiesUpdate", {"companyid": 2}, {"code": "ACME"})  # at 09:00 local, 21:00 UTC the day before
    changed = {"lastmodifiedutcfrom": "2026-06-14T21:00"}
    assert dana.ids("companiesList", "companies", params=changed) == [2]
    assert dana.ids("companiesList", "companies", params={"lastmodifiedutcfrom": "1h"}) == [2]
    earlier = {"lastmodifiedutcto": "2026-06-14T20:59"}
    assert dana.ids("companiesList", "companies", params=earlier) == [c for c in everyone if c != 2]


def test_company_contacts_filter_on_their_last_change_in_utc(dana: Pw) -> None:
    contacts = dana.ids("companyContactsList", "contacts", {"companyid": 2})
    dana.ok("contactsUpdate", {"contactid": contacts[0]}, {"title": "Buyer"})
    changed = {"lastmodifiedutcfrom": "2026-06-14T21:00"}
    assert dana.ids("companyContactsList", "contacts", {"companyid": 2}, changed) == [contacts[0]]


# ----------------------------------------------------------------------------- item 3: trailing slashes


def test_a_trailing_slash_reaches_every_kind_of_call(dana: Pw) -> None:
    """Reads are covered by the main mock tests; writes, actions, nested lists and the login call too."""
    signed = {"headers": {"apikey": ACCOUNT.api_key}, "auth": (DANA.username, DANA.password)}
    http = dana.client
    created = http.post("/companies/", json={"name": "Slash Co", "type": "client"}, **signed)
    assert created.status_code == 201, created.text
    company_id = created.json()["details"][0]["id"]
    assert http.put(f"/companies/{company_id}/", json={"code": "SL"}, **signed).json()["status"] == "Success"
    assert http.get(f"/companies/{company_id}", **signed).json()["company"]["code"] == "SL"
    assert http.put("/tasks/1/complete/", json={}, **signed).status_code == 200
    nested, plain = http.get("/projects/1/tasks/", **signed), http.get("/projects/1/tasks", **signed)
    assert (nested.status_code, nested.json()) == (200, plain.json())
    assert http.get("/login/", params={"url": ACCOUNT.slug}, auth=signed["auth"]).status_code == 200
    assert http.delete(f"/companies/{company_id}/", **signed).status_code == 200
    assert http.get(f"/companies/{company_id}", **signed).status_code == 404


def test_written_fields_come_back_in_the_lists(dana: Pw) -> None:
    invoice_id = dana.created_id(
        "invoicesCreate",
        body={"contactid": 3, "showcostbreakdown": False, "lines": [{"type": "heading", "name": "Stage 2"}]},
    )
    shown = dana.ok("invoicesGet", {"invoiceid": invoice_id})["invoice"]
    assert shown["showcostbreakdown"] is False
    dana.ok("invoicesUpdate", {"invoiceid": invoice_id}, {"showcostbreakdown": True})
    assert dana.ok("invoicesGet", {"invoiceid": invoice_id})["invoice"]["showcostbreakdown"] is True
    request = {"title": "Kiosk", "contactid": 3, "templateid": 1, "customformtitle": "Brief"}
    request_id = dana.created_id("projectRequestsCreate", body=request)
    rows = dana.ok("projectRequestsList", params={"fields": "template,customform"})["projectrequests"]
    row = next(row for row in rows if row["id"] == request_id)
    assert (row["templateid"], row["templatename"], row["customformtitle"]) == (1, "Website", "Brief")
    assert dana.fails("projectRequestsCreate", 400, body={**request, "templateid": 9}) == [
        "'templateid': project template 9 not found"
    ]
    project_id = dana.created_id("projectsCreate", body={"title": "Signage", "companyid": 2, "groupid": 2})
    project = dana.ok("projectsGet", {"projectid": project_id})["project"]
    assert (project["groupid"], project["groupname"], project["type"]) == (2, "Developers", "external")


# Ids of the demo account that every single-item call can read.
DEMO_ITEMS = {
    **DEMO_PATH,
    "invoiceid": 1, "lineid": 2, "quoteid": 1, "timerecordid": 1, "projectrequestid": 1, "eventid": 1,
    "expenseid": 1, "fileid": 1, "folderid": 1, "messageid": 1, "noteid": 1, "sharednoteid": 1,
    "bookmarkid": 1,
}  # fmt: skip


def test_every_key_of_a_single_item_is_typed_by_the_spec(
    dana: Pw, spec: dict[str, Any], operations: dict[str, Operation]
) -> None:
    """A single-item call returns every field: each one is a property of the item's schema."""
    read = 0
    for op_id, op in sorted(operations.items()):
        names = re.findall(r"{(\w+)}", op.path)
        if op.method != "get" or not op.path.endswith("}") or not set(names) <= set(DEMO_ITEMS):
            continue
        response = dana.request(op_id, {name: DEMO_ITEMS[name] for name in names})
        if response.status_code != 200:  # an id pair the demo account does not link (company 2, note 1)
            continue
        answer = response.json()
        envelope = resolve(
            spec, resolve(spec, op.definition["responses"]["200"])["content"]["application/json"]["schema"]
        )
        for key, value in answer.items():
            prop = envelope["properties"].get(key, {})
            if "$ref" in prop and isinstance(value, dict):
                declared = set(resolve(spec, prop)["properties"])
                assert set(value) <= declared, (
                    f"{op_id}: keys the spec does not type: {set(value) - declared}"
                )
                read += 1
    assert read >= 15
