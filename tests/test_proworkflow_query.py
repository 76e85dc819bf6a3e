"""The ProWorkflow list query language: parsing of every filter form and matching on small records.

The parsers are tested on their own; matching, ``fields``, sorting, paging and totals run through
:func:`list_rows` with the real spec's operations and records invented here, so the expected ids
can be read off the records by eye.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from apikit.load import load_document
from apikit.mock import ApiError
from apikit.mock.proworkflow.query import (
    MAX_ROWS,
    NOT_FILTERS,
    PAGING_PAIR_MESSAGE,
    ListPage,
    Viewer,
    call_info,
    list_rows,
    lookup,
    page_bounds,
    parse_comparison,
    parse_contacts,
    parse_date,
    parse_datetime,
    parse_field_pairs,
    parse_id_list,
    parse_search,
    shift,
    summary_lists,
    summary_types,
)
from apikit.spec import Operation, iter_operations

ROOT = Path(__file__).resolve().parents[1]
SPEC_PATH = ROOT / "specs" / "proworkflow" / "openapi.yaml"
NOW = datetime(2026, 6, 15, 9, 0, 0)
TODAY = NOW.date()
STAFF = Viewer(contact_id=1, contact_type="staff", company_id=1)


@pytest.fixture(scope="module")
def operations() -> dict[str, Operation]:
    spec = load_document(SPEC_PATH).document
    return {op.operation_id: op for op in iter_operations(spec)}


def run(
    operations: Mapping[str, Operation],
    operation_id: str,
    records: Sequence[Mapping[str, Any]],
    viewer: Viewer = STAFF,
    now: datetime = NOW,
    **params: Any,
) -> ListPage:
    return list_rows(operations[operation_id], records, params, viewer, now)


def ids(
    operations: Mapping[str, Operation],
    operation_id: str,
    records: Sequence[Mapping[str, Any]],
    **params: Any,
) -> list[int]:
    return [row["id"] for row in run(operations, operation_id, records, **params).rows]


def refused(call: Any, *args: Any, **kwargs: Any) -> str:
    with pytest.raises(ApiError) as caught:
        call(*args, **kwargs)
    assert caught.value.status == 400
    return caught.value.message


# --- parsers ----------------------------------------------------------------------------------------------


def test_id_lists_mean_any_of_them_and_negation_is_opt_in() -> None:
    selection = parse_id_list("id", "1,2,3")
    assert selection.ids == {1, 2, 3} and not selection.negated
    assert selection.matches({3, 9}) and not selection.matches({4})
    negated = parse_id_list("priority", "!4,5", negatable=True)
    assert negated.negated and negated.matches({1}) and not negated.matches({5})
    assert parse_id_list("companyid", 7).ids == {7}
    assert "'!'" not in refused(parse_id_list, "tagid", "!1")
    for bad in ("", "1,,2", "1,", "a", "1 2", "!!1", "-1"):
        refused(parse_id_list, "priority", bad, negatable=True)


def test_contact_filters_know_me_all_unassigned_and_negation() -> None:
    viewer = Viewer(contact_id=42, contact_type="client", company_id=3)
    assert parse_contacts("contacts", "me", viewer).ids == {42}
    assert parse_contacts("contacts", "all", viewer).everyone
    unassigned = parse_contacts("contacts", "unassigned", viewer, unassigned=True)
    assert unassigned.matches(set()) and not unassigned.matches({1})
    refused(parse_contacts, "contacts", "unassigned", viewer)
    refused(parse_contacts, "contacts", "!1,2", viewer)
    negated = parse_contacts("managerid", "!1,2", viewer, negatable=True)
    assert negated.matches({3}) and not negated.matches({2, 3})
    both = parse_contacts("contacts", "1,2", viewer)
    assert both.matches({2}, "any") and not both.matches({2}, "all") and both.matches({1, 2, 5}, "all")
    refused(parse_contacts, "contacts", "me,1", viewer)


def test_search_is_a_case_insensitive_substring_and_bang_negates() -> None:
    search = parse_search("search", "Web")
    assert search.matches(["New WEBSITE"]) and not search.matches(["Print", None])
    negated = parse_search("search", "!layout")
    assert negated.matches(["Logo", "Code"]) and not negated.matches(["Logo", "Page LAYOUT"])
    assert negated.matches([])  # nothing contains the text: the negated search keeps the row
    for bad in ("", "!", "!!x", 5):
        refused(parse_search, "search", bad)


def test_comparisons_exact_gte_lte_and_total_forms() -> None:
    exact = parse_comparison("grandtotal", "3000.00")
    assert exact.matches(3000) and not exact.matches(3000.01) and not exact.matches(None)
    assert parse_comparison("grandtotal", "gte3000").matches(3000.0)
    assert not parse_comparison("grandtotal", "gte3000").matches(2999.99)
    assert parse_comparison("budget", "lte3000").matches(12) and not parse_comparison(
        "budget", "lte3"
    ).matches(4)
    percent = parse_comparison("invoicetotal", "gte30%", totals=True)
    assert percent.matches(30, reference=100) and not percent.matches(29, reference=100)
    assert not percent.matches(30, reference=0)  # a zero reference is ignored
    assert parse_comparison("timetracked", "lte30%", totals=True).matches(30, reference=100)
    over = parse_comparison("invoicetotal", "over", totals=True)
    under = parse_comparison("invoicetotal", "under", totals=True)
    assert over.matches(101, 100) and not over.matches(100, 100)
    assert under.matches(100, 100) and not under.matches(101, 100) and not under.matches(1, 0)
    for bad in ("gte30%", "over", "under"):
        refused(parse_comparison, "grandtotal", bad)
    for bad in ("gt5", "-5", "5,5", "gte", "30%", "lte%", ""):
        refused(parse_comparison, "invoicetotal", bad, totals=True)


def test_dates_absolute_and_relative() -> None:
    assert parse_date("duedatefrom", "2014-01-18", TODAY) == date(2014, 1, 18)
    assert parse_date("duedatefrom", "-3w", TODAY) == TODAY - timedelta(weeks=3)
    assert parse_date("duedatefrom", "+0d", TODAY) == TODAY
    assert parse_date("duedatefrom", "+10d", TODAY) == date(2026, 6, 25)
    assert parse_date("duedatefrom", "+1m", date(2026, 1, 31)) == date(2026, 2, 28)
    assert parse_date("duedatefrom", "-1m", date(2026, 3, 31)) == date(2026, 2, 28)
    assert parse_date("duedatefrom", "+1y", date(2024, 2, 29)) == date(2025, 2, 28)
    assert parse_date("duedatefrom", "-2y", TODAY) == date(2024, 6, 15)
    assert shift(date(2026, 12, 15), 1, "m") == date(2027, 1, 15)
    for bad in ("2014-02-30", "2014-13-01", "18-01-2014", "3w", "-3x", "+1", "now", "2014-01-18T10:00"):
        refused(parse_date, "duedatefrom", bad, TODAY)
    refused(parse_date, "duedatefrom", "+99999999y", TODAY)


def test_datetimes_absolute_now_and_ages() -> None:
    moment = parse_datetime("lastmodifiedfrom", "2014-01-18T13:20", NOW)
    assert moment.at == datetime(2014, 1, 18, 13, 20)
    assert moment.upper() == datetime(2014, 1, 18, 13, 20, 59, 999999)
    last = parse_datetime("lastmodifiedto", "9999-12-31T23:59", NOW)
    assert last.upper() == datetime(9999, 12, 31, 23, 59, 59, 999999)  # no overflow at the calendar's end
    assert parse_datetime("lastmodifiedto", "now", NOW).at == NOW
    assert parse_datetime("lastmodifiedfrom", "12h", NOW).at == NOW - timedelta(hours=12)
    assert parse_datetime("lastmodifiedfrom", "30n", NOW).at == NOW - timedelta(minutes=30)
    assert parse_datetime("lastmodifiedfrom", "2d", NOW).at == NOW - timedelta(days=2)
    assert parse_datetime("lastmodifiedfrom", "1w", NOW).at == NOW - timedelta(weeks=1)
    assert parse_datetime("lastmodifiedfrom", "1m", NOW).at == datetime(2026, 5, 15, 9, 0)
    assert parse_datetime("lastmodifiedfrom", "12h", NOW).upper() == NOW - timedelta(hours=12)
    for bad in (
        "2014-01-18",
        "2014-01-18T25:00",
        "2014-02-30T10:00",
        "12x",
        "-12h",
        "h",
        "12y",
        "99999999999w",
    ):
        refused(parse_datetime, "lastmodifiedfrom", bad, NOW)


def test_api_field_pairs() -> None:
    assert parse_field_pairs("apifields", "2,Europe||3,Industrial||3,Commercial") == (
        (2, "europe"),
        (3, "industrial"),
        (3, "commercial"),
    )
    for bad in ("2,", ",x", "x,y", "2,Europe|3,Asia", "2,Europe||", "2"):
        refused(parse_field_pairs, "apifields", bad)


def test_paging_needs_both_halves() -> None:
    assert page_bounds(None, None) is None
    assert page_bounds(2, 10) == (10, 10)
    assert page_bounds(1, 1) == (0, 1)
    assert refused(page_bounds, 2, None) == PAGING_PAIR_MESSAGE
    assert refused(page_bounds, None, 10) == PAGING_PAIR_MESSAGE
    refused(page_bounds, 0, 10)
    refused(page_bounds, 1, 0)


def test_lookup_reads_private_twins_nested_objects_and_lists() -> None:
    record = {"id": 1, "_contactids": [2, 3], "project": {"id": 9, "status": "complete"}, "tags": [{"id": 4}]}
    assert lookup(record, "contactids") == [[2, 3]]
    assert lookup(record, "contactids[].id") == [2, 3]
    assert lookup(record, "project.status") == ["complete"]
    assert lookup(record, "tags[].id") == [4]
    assert lookup(record, "missing.id") == []


# --- every parameter of every list call is understood -----------------------------------------------------

SAMPLE_VALUES: dict[str, Any] = {
    "IdList": "1,2",
    "NegatableIdList": "!1",
    "ContactIdList": "me",
    "NegatableContactIdList": "!1",
    "TaskContactFilter": "unassigned",
    "IdListOrMe": "me",
    "NegatableSearch": "!x",
    "DateFilter": "-1w",
    "DateTimeFilter": "12h",
    "Comparison": "gte1",
    "TotalComparison": "over",
    "ApiFieldFilter": "1,x",
    "CustomFieldFilter": "1,x",
    "MatchMode": "all",
    "SortOrder": "desc",
    "boolean": True,
    "integer": 1,
}


def list_operations(operations: Mapping[str, Operation]) -> list[Operation]:
    return [
        op
        for op in operations.values()
        if op.method == "get" and any(p.get("name") in ("sortby", "fields", "search") for p in op.parameters)
    ]


def test_every_filter_parameter_of_every_list_call_builds(operations: dict[str, Operation]) -> None:
    checked = 0
    record = {"id": 1, "name": "x", "date": "2026-06-10T00:00:00", "projectid": 1}
    for op in list_operations(operations):
        info = call_info(op)
        assert info.resource, op.operation_id
        for name, param in info.params.items():
            if name in ("fields", "types", "subtotals", "pagenumber", "pagesize"):
                continue
            sample = param.enum[-1] if param.enum else SAMPLE_VALUES.get(param.kind)
            assert sample is not None or name in NOT_FILTERS, (op.operation_id, name, param.kind)
            params: dict[str, Any] = {name: sample}
            if name.startswith("timetracked") or name == "timebillable":
                params["timetracked"] = "gte1"
            page = list_rows(op, [record], params, STAFF, NOW)
            assert page.totalcount in (0, 1)
            checked += 1
    assert checked > 300


def test_every_list_call_has_its_default_fields_and_sort(operations: dict[str, Operation]) -> None:
    for op in list_operations(operations):
        info = call_info(op)
        page = list_rows(op, [], {}, STAFF, NOW)
        assert page.rows == [] and page.totalcount == 0
        if "sortby" in info.params:
            assert info.params["sortby"].default in info.params["sortby"].enum, op.operation_id


# --- companies: flags, ids, search, dates, tags, api fields, fields, sorting, paging ----------------------

COMPANIES = [
    {
        "id": 1,
        "name": "Brightside",
        "code": "BSS",
        "type": "staff",
        "email": "a@bright.example.com",
        "lastmodified": "2026-06-15T08:30:00",
        "tags": [],
        "apifields": [],
        "divisionid": 1,
    },
    {
        "id": 2,
        "name": "Acme Widgets",
        "code": "ACME",
        "type": "client",
        "email": "office@acme.example.com",
        "lastmodified": "2026-06-01T10:00:00",
        "tags": [{"id": 1, "name": "VIP"}, {"id": 3, "name": "Retail"}],
        "apifields": [
            {"id": 2, "name": "Region", "value": "Europe"},
            {"id": 3, "name": "Segment", "value": "Industrial"},
        ],
        "address": {"city": "Shelbyville"},
        "phone": "555",
    },
    {
        "id": 3,
        "name": "northwind",
        "code": "NWT",
        "type": "client",
        "email": "",
        "lastmodified": "2026-06-14T21:00:00",
        "_tagids": [2],
        "divisionid": 2,
        "apifields": [{"id": 2, "value": "Asia"}],
    },
    {
        "id": 4,
        "name": "Old Mill",
        "code": "OMB",
        "type": "client",
        "_pending": True,
        "lastmodified": "2026-05-01T00:00:00",
        "_secret": "hidden",
    },
]


def test_companies_default_filters_hide_pending_rows(operations: dict[str, Operation]) -> None:
    assert ids(operations, "companiesList", COMPANIES) == [2, 1, 3]  # sorted by name, case-insensitive
    assert ids(operations, "companiesList", COMPANIES, pending=True) == [4]
    assert ids(operations, "companiesList", COMPANIES, pending=False) == [2, 1, 3]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"id": "3,1,99"}, [1, 3]),
        ({"idfrom": 2}, [2, 3]),
        ({"idto": 2}, [1, 2]),
        ({"idfrom": 2, "idto": 2}, [2]),
        ({"search": "acme"}, [2]),
        ({"search": "NW"}, [3]),  # the code matches
        ({"search": "!e"}, [3]),  # Brightside and Acme Widgets contain an e; northwind/NWT do not
        ({"searchname": "WIDGET"}, [2]),
        ({"searchname": "!widget"}, [1, 3]),
        ({"searchcode": "bs"}, [1]),
        ({"searchemail": "example.com"}, [1, 2]),
        ({"searchemail": "!acme"}, [1, 3]),
        ({"type": "client"}, [2, 3]),
        ({"type": "other"}, []),
        ({"tagid": "2,3"}, [2, 3]),
        ({"tagid": "1"}, [2]),
        ({"divisionid": 1}, [1, 2]),  # a row without a division belongs to division 1
        ({"divisionid": 2}, [3]),
        ({"apifields": "2,eur"}, [2]),
        ({"apifields": "2,Europe||2,Asia"}, [2, 3]),
        ({"apifields": "2,Europe||3,Industrial", "apifieldsmode": "all"}, [2]),
        ({"apifields": "2,Asia||3,Industrial", "apifieldsmode": "all"}, []),
        ({"lastmodifiedfrom": "2026-06-14T21:00"}, [1, 3]),
        ({"lastmodifiedto": "2026-06-14T21:00"}, [2, 3]),  # the whole minute is included
        ({"lastmodifiedfrom": "12h"}, [1, 3]),  # since 2026-06-14 21:00
        ({"lastmodifiedto": "12h"}, [2, 3]),
        ({"lastmodifiedfrom": "30n"}, [1]),
        ({"lastmodifiedto": "now", "lastmodifiedfrom": "1w"}, [1, 3]),
        ({"search": "acme", "type": "staff"}, []),  # different parameters AND together
    ],
)
def test_company_filters(
    operations: dict[str, Operation], params: dict[str, Any], expected: list[int]
) -> None:
    assert sorted(ids(operations, "companiesList", COMPANIES, **params)) == expected


def test_type_lists_restrict_by_their_path(operations: dict[str, Operation]) -> None:
    assert ids(operations, "companiesListClient", COMPANIES) == [2, 3]
    assert ids(operations, "companiesListStaff", COMPANIES) == [1]
    assert ids(operations, "companiesListContractor", COMPANIES) == []


def test_fields_default_bundles_and_private_keys(operations: dict[str, Operation]) -> None:
    page = run(operations, "companiesList", COMPANIES, id="2")
    assert page.rows == [{"id": 2, "code": "ACME", "name": "Acme Widgets", "type": "client"}]
    rows = run(operations, "companiesList", COMPANIES, fields="address,phone,apifield3").rows
    acme = next(row for row in rows if row["id"] == 2)
    assert acme == {
        "id": 2,
        "address": {"city": "Shelbyville"},
        "phone": "555",
        "apifields": [{"id": 3, "name": "Segment", "value": "Industrial"}],
    }
    everything = run(operations, "companiesList", COMPANIES, pending=True, fields="name,apifields").rows
    assert everything == [{"id": 4, "name": "Old Mill"}]
    assert all(not key.startswith("_") for row in rows for key in row)
    assert "unknown" not in refused(run, operations, "companiesList", COMPANIES, fields="name,bogus")


def test_rows_are_copies(operations: dict[str, Operation]) -> None:
    row = run(operations, "companiesList", COMPANIES, id="2", fields="address").rows[0]
    row["address"]["city"] = "changed"
    assert COMPANIES[1]["address"] == {"city": "Shelbyville"}


def test_sorting_whitelist_and_order(operations: dict[str, Operation]) -> None:
    assert ids(operations, "companiesList", COMPANIES, sortby="code") == [2, 1, 3]
    assert ids(operations, "companiesList", COMPANIES, sortby="code", sortorder="desc") == [3, 1, 2]
    assert ids(operations, "companiesList", COMPANIES, sortby="id", sortorder="desc") == [3, 2, 1]
    message = refused(run, operations, "companiesList", COMPANIES, sortby="email")
    assert "sortby" in message and "code" in message
    refused(run, operations, "companiesList", COMPANIES, sortorder="up")


def test_sorting_puts_missing_values_first_and_keeps_id_order_for_ties(
    operations: dict[str, Operation],
) -> None:
    rows = [
        {"id": 3, "title": "b", "date": "2026-01-02T00:00:00"},
        {"id": 1, "title": "a", "date": "2026-01-02T00:00:00"},
        {"id": 2, "title": "c"},
    ]
    assert ids(operations, "notesList", rows) == [2, 1, 3]
    assert ids(operations, "notesList", rows, sortorder="desc") == [1, 3, 2]


def test_paging_and_the_row_cap(operations: dict[str, Operation]) -> None:
    assert ids(operations, "companiesList", COMPANIES, pagenumber=2, pagesize=2) == [3]
    page = run(operations, "companiesList", COMPANIES, pagenumber=3, pagesize=2)
    assert page.rows == [] and page.totalcount == 3
    assert refused(run, operations, "companiesList", COMPANIES, pagesize=2) == PAGING_PAIR_MESSAGE
    assert refused(run, operations, "companiesList", COMPANIES, pagenumber=1) == PAGING_PAIR_MESSAGE
    many = [{"id": n, "name": f"c{n:05d}", "code": "", "type": "client"} for n in range(1, MAX_ROWS + 2)]
    capped = run(operations, "companiesList", many)
    assert capped.totalcount == MAX_ROWS + 1 and len(capped.rows) == MAX_ROWS
    assert capped.rows[-1]["id"] == MAX_ROWS
    big_page = run(operations, "companiesList", many, pagenumber=1, pagesize=MAX_ROWS + 1)
    assert len(big_page.rows) == MAX_ROWS
    last = run(operations, "companiesList", many, pagenumber=2, pagesize=MAX_ROWS)
    assert [row["id"] for row in last.rows] == [MAX_ROWS + 1]


# --- contacts ---------------------------------------------------------------------------------------------

CONTACTS = [
    {
        "id": 1,
        "firstname": "Dana",
        "lastname": "Admin",
        "type": "staff",
        "companyid": 1,
        "companyname": "B",
        "email": "dana@b.example.com",
        "allowlogin": True,
        "username": "dana",
        "roles": [{"id": 1, "name": "PM"}],
        "latitude": 1.5,
        "longitude": 2.5,
        "locationtime": "2026-06-15T08:10:00",
        "workphone": "1",
    },
    {
        "id": 2,
        "firstname": "ada",
        "lastname": "Lovelace",
        "type": "client",
        "companyid": 2,
        "companyname": "A",
        "email": "ada@a.example.com",
        "allowlogin": False,
        "_roleids": [2],
    },
    {
        "id": 3,
        "firstname": "Zed",
        "lastname": "Ada",
        "type": "contractor",
        "companyid": 4,
        "companyname": "P",
        "email": "",
        "allowlogin": True,
        "locationtime": "2026-06-10T12:00:00",
        "latitude": 0.0,
        "longitude": 0.0,
    },
]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"searchname": "ada lov"}, [2]),  # first and last name read as one name
        ({"searchname": "ada"}, [2, 3]),
        ({"searchname": "!ada"}, [1]),
        ({"search": "b.example"}, [1]),  # the e-mail address
        ({"searchemail": "!a.example"}, [1, 3]),
        ({"type": "client"}, [2]),
        ({"companyid": 4}, [3]),
        ({"roleid": "1,2"}, [1, 2]),
        ({"allowlogin": True}, [1, 3]),
        ({"allowlogin": False}, [2]),
    ],
)
def test_contact_filters(
    operations: dict[str, Operation], params: dict[str, Any], expected: list[int]
) -> None:
    assert sorted(ids(operations, "contactsList", CONTACTS, **params)) == expected


def test_contact_fields_and_sorting(operations: dict[str, Operation]) -> None:
    rows = run(operations, "contactsList", CONTACTS).rows
    assert [row["id"] for row in rows] == [2, 1, 3]  # firstname, case-insensitive
    assert rows[1] == {
        "id": 1,
        "firstname": "Dana",
        "lastname": "Admin",
        "companyid": 1,
        "companyname": "B",
        "type": "staff",
    }
    details = run(operations, "contactsList", CONTACTS, id="1", fields="location,logindetails,phone").rows
    assert details == [
        {
            "id": 1,
            "latitude": 1.5,
            "longitude": 2.5,
            "locationtime": "2026-06-15T08:10:00",
            "allowlogin": True,
            "username": "dana",
            "workphone": "1",
        }
    ]
    assert ids(operations, "contactsList", CONTACTS, sortby="lastname") == [3, 1, 2]
    assert ids(operations, "contactsListStaff", CONTACTS) == [1]


def test_contact_locations_skip_people_never_located(operations: dict[str, Operation]) -> None:
    assert ids(operations, "contactsLocationsList", CONTACTS) == [1, 3]
    assert ids(operations, "contactsLocationsList", CONTACTS, locationtimefrom="1d") == [1]
    assert ids(operations, "contactsLocationsList", CONTACTS, locationtimeto="2026-06-10T12:00") == [3]
    row = run(operations, "contactsLocationsList", CONTACTS, locationtimefrom="1d").rows[0]
    assert row["latitude"] == 1.5 and "_roleids" not in row


# --- invoices: status, money comparisons, totals, subtotals, overdue, none --------------------------------

INVOICES = [
    {
        "id": 1,
        "number": "INV-1",
        "title": "Design",
        "companyid": 2,
        "companyname": "Acme",
        "projectid": 1,
        "status": "unpaid",
        "invoiceddate": "2026-05-15T00:00:00",
        "duedate": "2026-06-14T00:00:00",
        "paiddate": "",
        "totals": {"subtotal": 2000.0, "taxtotal": 200.0, "grandtotal": 2200.0},
        "_projectmanagerid": 1,
        "taxable": True,
    },
    {
        "id": 2,
        "number": "INV-2",
        "title": "Deposit",
        "companyid": 3,
        "companyname": "Northwind",
        "projectid": 2,
        "status": "unpaid",
        "invoiceddate": "2026-06-01T00:00:00",
        "duedate": "2026-07-01T00:00:00",
        "totals": {"subtotal": 500.0, "taxtotal": 0.0, "grandtotal": 500.0},
        "_projectmanagerid": 2,
        "taxable": False,
    },
    {
        "id": 3,
        "number": "INV-3",
        "title": "Fit-out design",
        "companyid": 2,
        "companyname": "Acme",
        "projectid": 3,
        "status": "paid",
        "invoiceddate": "2026-03-30T00:00:00",
        "duedate": "2026-04-29T00:00:00",
        "paiddate": "2026-04-20T00:00:00",
        "totals": {"subtotal": 1000.0, "taxtotal": 100.0, "grandtotal": 1100.0},
        "_projectmanagerid": 1,
        "taxable": True,
    },
]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({}, [1, 2]),  # unpaid by default
        ({"status": "paid"}, [3]),
        ({"status": "all"}, [1, 2, 3]),
        ({"status": "all", "grandtotal": "gte1100"}, [1, 3]),
        ({"status": "all", "grandtotal": "1100.00"}, [3]),
        ({"status": "all", "subtotal": "lte1000"}, [2, 3]),
        ({"status": "all", "taxtotal": "0"}, [2]),
        ({"status": "all", "taxable": "false"}, [2]),
        ({"status": "all", "taxable": "true"}, [1, 3]),
        ({"status": "all", "managerid": "me"}, [1, 3]),
        ({"status": "all", "managerid": "2"}, [2]),
        ({"status": "all", "companyid": "3,9"}, [2]),
        ({"status": "all", "searchtitle": "design"}, [1, 3]),
        ({"status": "all", "search": "inv-2"}, [2]),
        ({"status": "all", "invoiceddatefrom": "2026-05-15"}, [1, 2]),
        ({"status": "all", "invoiceddateto": "-1m"}, [1, 3]),  # on or before 2026-05-15
        ({"status": "all", "duedateto": "+0d"}, [1, 3]),
        ({"status": "all", "paiddatefrom": "2026-01-01"}, [3]),  # rows without the date never match
    ],
)
def test_invoice_filters(
    operations: dict[str, Operation], params: dict[str, Any], expected: list[int]
) -> None:
    assert sorted(ids(operations, "invoicesList", INVOICES, **params)) == expected


def test_invoice_totals_subtotals_and_none(operations: dict[str, Operation]) -> None:
    page = run(operations, "invoicesList", INVOICES, status="all", pagenumber=1, pagesize=1)
    assert page.extras == {"total": 3800.0} and page.totalcount == 3 and len(page.rows) == 1
    assert page.rows[0] == {
        "id": 1,
        "number": "INV-1",
        "title": "Design",
        "companyid": 2,
        "companyname": "Acme",
        "status": "unpaid",
        "totals": {"subtotal": 2000.0, "taxtotal": 200.0, "grandtotal": 2200.0},
        "projectid": 1,
        "invoiceddate": "2026-05-15T00:00:00",
        "duedate": "2026-06-14T00:00:00",
    }
    grouped = run(
        operations, "invoicesList", INVOICES, status="all", subtotals="company,status", fields="none"
    )
    assert not grouped.has_rows and grouped.rows == [] and grouped.totalcount == 3
    assert grouped.extras["subtotals"] == [
        {"companyid": 2, "companyname": "Acme", "status": "paid", "subtotal": 1100.0},
        {"companyid": 2, "companyname": "Acme", "status": "unpaid", "subtotal": 2200.0},
        {"companyid": 3, "companyname": "Northwind", "status": "unpaid", "subtotal": 500.0},
    ]
    monthly = run(
        operations, "invoicesList", INVOICES, status="all", subtotals="month", invoiceddatefrom="2026-01-01"
    )
    assert monthly.extras["subtotals"] == [
        {"month": "2026-03", "subtotal": 1100.0},
        {"month": "2026-05", "subtotal": 2200.0},
        {"month": "2026-06", "subtotal": 500.0},
    ]
    weekly = run(
        operations,
        "invoicesList",
        INVOICES,
        subtotals="week",
        subtotalsdateoption="due",
        duedatefrom="2026-06-10",
    )
    assert weekly.extras["subtotals"] == [
        {"week": "2026-06-10", "subtotal": 2200.0},
        {"week": "2026-07-01", "subtotal": 500.0},  # the fourth week from 2026-06-10
    ]
    assert "invoiceddatefrom" in refused(run, operations, "invoicesList", INVOICES, subtotals="year")
    assert "subtotals" in refused(
        run, operations, "invoicesList", INVOICES, subtotals="company", pagenumber=1, pagesize=5
    )


def test_overdue_invoices_are_unpaid_and_past_due(operations: dict[str, Operation]) -> None:
    assert ids(operations, "invoicesListOverdue", INVOICES) == [1]
    later = run(operations, "invoicesListOverdue", INVOICES, now=datetime(2026, 7, 2, 8, 0))
    assert [row["id"] for row in later.rows] == [1, 2] and later.extras == {"total": 2700.0}


def test_company_invoices_sort_whitelist(operations: dict[str, Operation]) -> None:
    assert ids(operations, "companyInvoicesList", INVOICES, status="all", sortby="title") == [2, 1, 3]
    refused(run, operations, "companyInvoicesList", INVOICES, sortby="duedate")
    assert ids(operations, "invoicesList", INVOICES, status="all", sortby="duedate", sortorder="desc") == [
        2,
        1,
        3,
    ]


# --- quotes -----------------------------------------------------------------------------------------------

QUOTES = [
    {
        "id": 1,
        "number": "Q-1",
        "title": "Site",
        "status": "approved",
        "type": "quote",
        "quoteddate": "2026-04-20T00:00:00",
        "totals": {"grandtotal": 4400.0},
    },
    {
        "id": 2,
        "number": "Q-2",
        "title": "Brand",
        "status": "pending",
        "type": "estimate",
        "quoteddate": "2026-05-25T00:00:00",
        "totals": {"grandtotal": 2750.0},
    },
    {
        "id": 3,
        "number": "Q-3",
        "title": "Print",
        "status": "declined",
        "quoteddate": "2026-05-26T00:00:00",
        "totals": {"grandtotal": 10.0},
    },
]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({}, [2]),
        ({"status": "active"}, [1, 2]),
        ({"status": "declined"}, [3]),
        ({"status": "all", "type": "estimate"}, [2]),
        ({"status": "all", "type": "quote"}, [1, 3]),  # a quote without a type is a quote
        ({"status": "all", "quoteddatefrom": "2026-05-25", "quoteddateto": "2026-05-25"}, [2]),
        ({"status": "all", "grandtotal": "lte2750"}, [2, 3]),
    ],
)
def test_quote_filters(operations: dict[str, Operation], params: dict[str, Any], expected: list[int]) -> None:
    assert sorted(ids(operations, "companyQuotesList", QUOTES, **params)) == expected


# --- projects: contacts, managers, priorities, totals, time tracked, custom fields ------------------------

PROJECTS = [
    {
        "id": 1,
        "number": "0001",
        "title": "Website relaunch",
        "status": "active",
        "managerid": 1,
        "priority": 1,
        "contacts": [{"id": 1}, {"id": 2}, {"id": 3}],
        "quotetotal": 1000.0,
        "invoicetotal": 1200.0,
        "timeallocated": 300,
        "categoryid": 1,
        "customfields": [{"id": 1, "value": "Europe"}],
        "_time": [
            {"contactid": 2, "date": "2026-06-08T00:00:00", "timetracked": 120, "billable": True},
            {"contactid": 6, "date": "2026-06-10T00:00:00", "timetracked": 90, "billable": False},
        ],
    },
    {
        "id": 2,
        "number": "0002",
        "title": "Brand refresh",
        "status": "active",
        "managerid": 2,
        "priority": 4,
        "_contactids": [2, 5],
        "quotetotal": 1000.0,
        "invoicetotal": 250.0,
        "timeallocated": 0,
        "customfields": [{"id": 1, "value": "Europe West"}],
        "_time": [{"contactid": 2, "date": "2026-06-12T00:00:00", "timetracked": 60, "billable": False}],
    },
    {
        "id": 3,
        "number": "0003",
        "title": "Office fit-out",
        "status": "complete",
        "managerid": 1,
        "priority": 5,
        "contacts": [{"id": 1}, {"id": 3}],
        "quotetotal": 0.0,
        "invoicetotal": 0.0,
        "timeallocated": 60,
        "completedate": "2026-03-28T00:00:00",
        "_time": [],
    },
]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({}, [1, 2]),  # active by default
        ({"status": "complete"}, [3]),
        ({"status": "all", "contacts": "3"}, [1, 3]),
        ({"status": "all", "contacts": "me"}, [1, 3]),
        ({"status": "all", "contacts": "2,3"}, [1, 2, 3]),
        ({"status": "all", "contacts": "2,3", "contactsmode": "all"}, [1]),
        ({"status": "all", "contacts": "!3"}, [2]),
        ({"status": "all", "contacts": "!2,3", "contactsmode": "all"}, [2, 3]),
        ({"status": "all", "managerid": "me"}, [1, 3]),
        ({"status": "all", "managerid": "!1"}, [2]),
        ({"status": "all", "priority": "!4,5"}, [1]),
        ({"status": "all", "categoryid": "!1"}, [2, 3]),
        ({"status": "all", "quotetotal": "gte1000"}, [1, 2]),
        ({"status": "all", "invoicetotal": "over"}, [1]),
        ({"status": "all", "invoicetotal": "under"}, [2]),  # a zero quote total is ignored
        ({"status": "all", "invoicetotal": "gte100%"}, [1]),
        ({"status": "all", "invoicetotal": "lte25%"}, [2]),
        ({"status": "all", "invoicetotal": "lte250"}, [2, 3]),
        ({"status": "all", "timeallocated": "300"}, [1]),
        ({"status": "all", "timetracked": "gte200"}, [1]),
        ({"status": "all", "timetracked": "gte100", "timetrackedby": "2"}, [1]),
        ({"status": "all", "timetracked": "lte60", "timetrackedby": "!6"}, [2, 3]),
        (
            {
                "status": "all",
                "timetracked": "90",
                "timebillable": "nonbillable",
                "timetrackedto": "2026-06-10",
            },
            [1],
        ),
        ({"status": "all", "timetracked": "over"}, []),  # 210 of 300 allocated; project 2 has none allocated
        ({"status": "all", "timetracked": "gte70%"}, [1]),
        ({"status": "all", "timetrackedby": "me"}, []),
        ({"status": "all", "timetrackedby": "6"}, [1]),
        ({"status": "all", "timetrackedfrom": "2026-06-11"}, [2]),
        ({"status": "all", "customfields": "1,europe"}, [1]),  # a whole value, any case
        ({"status": "all", "customfields": "1,Europe||1,Europe West"}, [1, 2]),
        ({"status": "all", "completedatefrom": "-3m"}, [3]),
        ({"status": "all", "searchnumber": "!0001"}, [2, 3]),
    ],
)
def test_project_filters(
    operations: dict[str, Operation], params: dict[str, Any], expected: list[int]
) -> None:
    assert sorted(ids(operations, "companyProjectsList", PROJECTS, **params)) == expected


def test_me_follows_the_viewer(operations: dict[str, Operation]) -> None:
    client = Viewer(contact_id=5, contact_type="client", company_id=3)
    page = run(operations, "companyProjectsList", PROJECTS, viewer=client, contacts="me")
    assert [row["id"] for row in page.rows] == [2]


# --- tasks and time ---------------------------------------------------------------------------------------

TASKS = [
    {
        "id": 1,
        "name": "Design",
        "type": "normal",
        "status": "active",
        "projectid": 1,
        "contactids": [2],
        "_projectstatus": "active",
        "dependentstatus": "current",
        "billable": True,
    },
    {
        "id": 2,
        "name": "Copy",
        "type": "bold",
        "status": "active",
        "projectid": 1,
        "contactids": [],
        "_projectstatus": "active",
        "billable": False,
    },
    {
        "id": 3,
        "name": "Heading",
        "type": "heading",
        "status": "active",
        "project": {"id": 3, "status": "complete"},
    },
    {
        "id": 4,
        "name": "General chore",
        "status": "complete",
        "contactids": [1, 2],
        "categoryid": 7,
        "dependentstatus": "noncurrent",
    },
]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({}, [1, 2, 3]),
        ({"status": "all"}, [1, 2, 3, 4]),
        ({"status": "all", "contacts": "unassigned"}, [2, 3]),
        ({"status": "all", "contacts": "1,2", "contactsmode": "all"}, [4]),
        ({"status": "all", "type": "nonheading"}, [1, 2, 4]),  # a task without a type is normal
        ({"status": "all", "type": "heading"}, [3]),
        ({"status": "all", "generaltasks": False}, [1, 2, 3]),
        ({"status": "all", "projecttasks": False}, [4]),
        ({"status": "all", "projectstatus": "complete"}, [3, 4]),  # a general task has no project to test
        ({"status": "all", "projectstatus": "active"}, [1, 2, 4]),
        ({"status": "all", "dependentstatus": "current"}, [1]),
        ({"status": "all", "dependentstatus": "all"}, [1, 4]),
        ({"status": "all", "billable": "false"}, [2]),
        ({"status": "all", "projectid": "3"}, [3]),
        ({"status": "all", "categoryid": "7"}, [4]),
        ({"status": "all", "searchname": "!e"}, [2]),
    ],
)
def test_task_filters(operations: dict[str, Operation], params: dict[str, Any], expected: list[int]) -> None:
    assert sorted(ids(operations, "companyTasksList", TASKS, **params)) == expected


TIME = [
    {
        "id": 1,
        "contactid": 2,
        "contactname": "Sam",
        "taskid": 1,
        "projectid": 1,
        "date": "2026-06-08T00:00:00",
        "timetracked": 120,
        "billable": True,
    },
    {
        "id": 2,
        "contactid": 6,
        "contactname": "Connor",
        "taskid": 2,
        "projectid": 1,
        "date": "2026-06-10T00:00:00",
        "timetracked": 90,
        "billable": True,
    },
    {
        "id": 3,
        "contactid": 2,
        "contactname": "Sam",
        "taskid": 3,
        "projectid": 2,
        "date": "2026-06-12T00:00:00",
        "timetracked": 60,
        "billable": False,
    },
    {
        "id": 4,
        "contactid": 1,
        "contactname": "Dana",
        "taskid": 4,
        "date": "2026-02-20T00:00:00",
        "timetracked": 45,
        "billable": True,
    },
]


def test_time_lists_total_by_default_and_rows_on_request(operations: dict[str, Operation]) -> None:
    page = run(operations, "companyTimeList", TIME, trackedfrom="-6d", trackedto="+0d")
    assert not page.has_rows and page.totalcount == 2 and page.extras == {"total": 150}
    rows = run(
        operations, "companyTimeList", TIME, trackedfrom="2026-01-01", trackedto="+0d", fields="contact"
    )
    assert rows.has_rows and rows.rows[0] == {"id": 1, "contactid": 2, "contactname": "Sam"}
    grouped = run(
        operations,
        "companyTimeList",
        TIME,
        trackedfrom="2026-06-01",
        trackedto="+0d",
        subtotals="contact,billable",
    )
    assert grouped.extras == {
        "total": 270,
        "subtotals": [
            {"contactid": 2, "contactname": "Sam", "billable": False, "subtotal": 60},
            {"contactid": 2, "contactname": "Sam", "billable": True, "subtotal": 120},
            {"contactid": 6, "contactname": "Connor", "billable": True, "subtotal": 90},
        ],
    }
    weeks = run(
        operations, "companyTimeList", TIME, trackedfrom="2026-06-08", trackedto="+0d", subtotals="week"
    )
    assert weeks.extras["subtotals"] == [{"week": "2026-06-08", "subtotal": 270}]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"contacts": "2"}, [1, 3]),
        ({"contacts": "me"}, [4]),
        ({"billable": "nonbillable"}, [3]),
        ({"generaltasks": False}, [1, 2, 3]),
        ({"projecttasks": False}, [4]),
        ({"projectid": "2"}, [3]),
        ({"taskid": "1,4"}, [1, 4]),
        ({"trackedfrom": "2026-06-10", "trackedto": "2026-06-10"}, [2]),
    ],
)
def test_time_filters(operations: dict[str, Operation], params: dict[str, Any], expected: list[int]) -> None:
    query = {"trackedfrom": "2026-01-01", "trackedto": "+0d", "fields": "timetracked", **params}
    assert sorted(ids(operations, "companyTimeList", TIME, **query)) == expected


# --- events, messages, notes, files -----------------------------------------------------------------------


def test_event_filters(operations: dict[str, Operation]) -> None:
    events = [
        {
            "id": 1,
            "title": "Kick-off",
            "starttime": "2026-05-04T10:00:00",
            "endtime": "2026-05-04T11:00:00",
            "contacts": [{"id": 1, "name": "Dana", "email": "d@example.com", "phone": "1"}, {"id": 2}],
        },
        {
            "id": 2,
            "title": "Offsite",
            "starttime": "2026-06-19T09:00:00",
            "endtime": "2026-06-19T17:00:00",
            "_contactids": [2],
        },
    ]
    assert ids(operations, "eventsList", events, contacts="me") == [1]
    assert ids(operations, "eventsList", events, starttimefrom="2026-06-19") == [2]
    assert ids(operations, "eventsList", events, endtimeto="+0d") == [1]
    assert ids(operations, "eventsList", events, searchtitle="!off") == []
    row = run(operations, "eventsList", events, id="1").rows[0]
    assert row["starttime"] == "2026-05-04T10:00:00" and row["contacts"][0] == {"id": 1, "name": "Dana"}
    detailed = run(operations, "eventsList", events, id="1", contactdetails=True).rows[0]
    assert detailed["contacts"][0]["email"] == "d@example.com"


def test_message_filters(operations: dict[str, Operation]) -> None:
    messages = [
        {
            "id": 1,
            "title": "Kick-off notes",
            "originalmessageid": "",
            "authorid": 1,
            "contactids": [1, 2, 3],
            "projectid": 1,
            "_projectstatus": "active",
            "date": "2026-05-04T12:05:00",
        },
        {
            "id": 2,
            "title": "Re: kick-off",
            "originalmessageid": 1,
            "authorid": 3,
            "contactids": [2],
            "projectid": 1,
            "_projectstatus": "active",
            "date": "2026-05-04T15:40:00",
        },
        {
            "id": 3,
            "title": "Logo",
            "originalmessageid": "",
            "author": {"id": 2},
            "contactids": [1],
            "projectid": 2,
            "_projectstatus": "complete",
            "date": "2026-06-06T10:00:00",
        },
    ]
    assert ids(operations, "messagesList", messages) == [1, 2]  # messages of active projects by default
    assert ids(operations, "messagesList", messages, projectstatus="all", contacts="3") == [
        1,
        2,
    ]  # to or from
    assert ids(operations, "messagesList", messages, projectstatus="all", contacts="2") == [1, 2, 3]
    assert ids(operations, "messagesList", messages, originalmessageid=1) == [1, 2]
    assert ids(operations, "messagesList", messages, projectstatus="complete", search="LOGO") == [3]


def test_notes_search_titles_at_top_level_and_text_under_a_company(operations: dict[str, Operation]) -> None:
    notes = [
        {
            "id": 1,
            "title": "Billing",
            "content": "Invoices by e-mail",
            "date": "2026-05-10T11:00:00",
            "category": {"id": 1, "name": "General"},
            "_contactids": [1, 2],
        },
        {
            "id": 2,
            "title": "",
            "content": "Away in July",
            "date": "2026-06-02T14:00:00",
            "categoryid": 2,
            "contacts": "all",
        },
    ]
    assert ids(operations, "notesList", notes, search="july") == []
    assert ids(operations, "companyNotesList", notes, search="july") == [2]
    assert ids(operations, "contactNotesList", notes, search="!e-mail") == [2]
    assert ids(operations, "contactNotesList", notes, datefrom="2026-06-01") == [2]
    assert ids(operations, "notesList", notes, categoryid="1") == [1]
    assert ids(operations, "notesList", notes, contacts="me") == [1, 2]  # a public note is everyone's
    assert ids(operations, "notesList", notes, contacts="7") == [2]
    assert run(operations, "companyNotesList", notes).rows[0] == {
        "id": 1,
        "title": "Billing",
        "content": "Invoices by e-mail",
        "date": "2026-05-10T11:00:00",
        "category": {"id": 1, "name": "General"},
    }


def test_files_and_folders(operations: dict[str, Operation]) -> None:
    files = [
        {
            "id": 1,
            "name": "brief.txt",
            "project": {"id": 1, "number": "0001", "title": "Site"},
            "size": 10,
            "date": "2026-05-04T12:00:00",
            "_projectstatus": "active",
            "_taskstatus": None,
        },
        {
            "id": 2,
            "name": "logo.txt",
            "projectid": 2,
            "taskid": 3,
            "size": 5,
            "date": "2026-06-05T15:00:00",
            "_projectstatus": "active",
            "_taskstatus": "complete",
        },
        {
            "id": 3,
            "name": "old.txt",
            "projectid": 3,
            "size": 1,
            "folderid": 1,
            "date": "2026-03-01T09:00:00",
            "_projectstatus": "complete",
        },
    ]
    assert ids(operations, "filesList", files) == [1, 2]
    assert ids(operations, "filesList", files, projectstatus="all", sortby="size") == [3, 2, 1]
    assert ids(operations, "filesList", files, projectid="1") == [1]
    assert ids(operations, "filesList", files, taskstatus="complete") == [1, 2]
    assert ids(operations, "filesList", files, taskstatus="active") == [1]
    assert ids(operations, "filesList", files, projectstatus="all", folderid="1") == [3]
    row = run(operations, "filesList", files, id="1").rows[0]
    assert row == {
        "id": 1,
        "name": "brief.txt",
        "project": {"id": 1, "number": "0001", "title": "Site"},
        "date": "2026-05-04T12:00:00",
        "size": 10,
    }


def test_project_request_filters(operations: dict[str, Operation]) -> None:
    requests = [
        {
            "id": 1,
            "title": "Mobile app",
            "budget": 12000.0,
            "companyid": 2,
            "clientid": 3,
            "recipientid": 1,
            "submitteddate": "2026-06-10T16:00:00",
            "clienttype": "external",
        },
        {
            "id": 2,
            "title": "Intranet",
            "budget": 800.0,
            "companyid": 1,
            "clientid": 2,
            "recipientid": 2,
            "submitteddate": "2026-06-14T10:00:00",
            "clienttype": "internal",
            "templateid": 4,
        },
    ]
    assert ids(operations, "projectRequestsList", requests, budget="gte1000") == [1]
    assert ids(operations, "projectRequestsList", requests, clientid="!3") == [2]
    assert ids(operations, "projectRequestsList", requests, recipientid="me") == [1]
    assert ids(operations, "projectRequestsList", requests, companyid="!1") == [1]
    assert ids(operations, "projectRequestsList", requests, clienttype="internal") == [2]
    assert ids(operations, "projectRequestsList", requests, templateid="!4") == [1]
    assert ids(operations, "projectRequestsList", requests, submitteddatefrom="-2d") == [2]
    assert ids(operations, "projectRequestsList", requests, sortby="title") == [2, 1]


# --- summaries --------------------------------------------------------------------------------------------


def test_summaries_page_each_type_with_their_defaults(operations: dict[str, Operation]) -> None:
    op = operations["companySummaryGet"]
    assert summary_types(op, {}) == ("contacts", "invoices", "projects", "quotes", "tasks")
    assert summary_types(op, {"types": "tasks,contacts"}) == ("tasks", "contacts")
    assert summary_types(operations["contactSummaryGet"], {}) == ("projects", "tasks")
    refused(summary_types, operations["contactSummaryGet"], {"types": "contacts"})
    many = [
        {
            "id": n,
            "firstname": f"P{n:02d}",
            "lastname": "X",
            "email": "x@example.com",
            "companyid": 2,
            "companyname": "Acme",
            "title": "hidden",
        }
        for n in range(1, 13)
    ]
    sections = {"contacts": many, "invoices": INVOICES, "projects": PROJECTS}
    result = summary_lists(op, sections, {}, STAFF, NOW)
    assert set(result) == {"contacts", "invoices", "projects"}
    assert [row["id"] for row in result["contacts"]] == list(range(1, 11))
    assert result["contacts"][0] == {
        "id": 1,
        "firstname": "P01",
        "lastname": "X",
        "companyid": 2,
        "companyname": "Acme",
        "email": "x@example.com",
    }
    assert [row["id"] for row in result["invoices"]] == [1, 2]  # unpaid only
    assert [row["id"] for row in result["projects"]] == [1, 2]  # active only
    second = summary_lists(op, sections, {"pagenumber": 2, "types": "contacts"}, STAFF, NOW)
    assert [row["id"] for row in second["contacts"]] == [11, 12]
    small = summary_lists(op, sections, {"pagesize": 3, "types": "contacts"}, STAFF, NOW)
    assert [row["id"] for row in small["contacts"]] == [1, 2, 3]
