"""Every documented filter form of every ProWorkflow list call, through the mock app, on the demo data.

Each row of the table names a list call, a query and the demo ids it must select. The expected ids
are computed here in plain Python from the demo tables (:mod:`apikit.mock.proworkflow.demo`), not
by the query module, so a wrong filter shows as a wrong set of ids. The clock is the demo's
``DEMO_NOW`` (2026-06-15 09:00); the caller is Dana (staff, contact 1), who sees everything.
A few rows of the overdue and overtime lists run in an altered demo world (see ``WORLDS``), as the
demo data alone leaves those lists (nearly) empty.
A final test checks that the table names every filter parameter of every list call in the spec.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from contextlib import ExitStack
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import TestClient

from apikit.load import load_document
from apikit.mock import create_app
from apikit.mock.proworkflow import demo
from apikit.mock.proworkflow.query import PAGING_PAIR_MESSAGE
from apikit.spec import iter_operations, resolve

ROOT = Path(__file__).resolve().parents[1]
SPEC_PATH = ROOT / "specs" / "proworkflow" / "openapi.yaml"
NOW = demo.DEMO_NOW
TODAY = NOW.date().isoformat()
DANA = (demo.DANA.username, demo.DANA.password)
Rec = Mapping[str, Any]

# Where each list call lives (nested calls on demo company 2 "Acme Widgets", contact 2 "Sam Staff",
# contact 3 "Chloe Client" for notes, project 1 "Website relaunch", which has a row of every kind, task
# 1 for its contacts and time and task 3, the only task with files and messages).
PATHS = {
    "companiesList": "/companies",
    "companiesListClient": "/companies/client",
    "companiesListContractor": "/companies/contractor",
    "companiesListStaff": "/companies/staff",
    "contactsList": "/contacts",
    "contactsListClient": "/contacts/client",
    "contactsListContractor": "/contacts/contractor",
    "contactsListStaff": "/contacts/staff",
    "companyContactsList": "/companies/2/contacts",
    "contactsLocationsList": "/contacts/location",
    "invoicesList": "/invoices",
    "companyInvoicesList": "/companies/2/invoices",
    "invoicesListOverdue": "/invoices/overdue",
    "companyQuotesList": "/companies/2/quotes",
    "projectQuotesList": "/projects/1/quotes",
    "quotesList": "/quotes",
    "quoteLinesListAll": "/quotes/lines",
    "sharedNotesList": "/sharednotes",
    "projectSharedNotesList": "/projects/1/sharednotes",
    "companyProjectsList": "/companies/2/projects",
    "contactProjectsList": "/contacts/2/projects",
    "companyTasksList": "/companies/2/tasks",
    "contactTasksList": "/contacts/2/tasks",
    "companyTimeList": "/companies/2/time",
    "contactTimeList": "/contacts/2/time",
    "eventsList": "/events",
    "expensesList": "/expenses",
    "filesList": "/files",
    "foldersList": "/files/folders",
    "messagesList": "/messages",
    "notesList": "/notes",
    "companyNotesList": "/companies/2/notes",
    "contactNotesList": "/contacts/3/notes",
    "projectRequestsList": "/projectrequests",
    "projectsList": "/projects",
    "projectsListOverdue": "/projects/overdue",
    "projectsListOvertime": "/projects/overtime",
    "projectBookmarksList": "/projects/1/bookmarks",
    "projectContactsList": "/projects/1/contacts",
    "projectExpensesList": "/projects/1/expenses",
    "projectFilesList": "/projects/1/files",
    "projectInvoicesList": "/projects/1/invoices",
    "projectMessagesList": "/projects/1/messages",
    "projectTasksList": "/projects/1/tasks",
    "projectTimeList": "/projects/1/time",
    "tasksList": "/tasks",
    "tasksListOverdue": "/tasks/overdue",
    "tasksListOvertime": "/tasks/overtime",
    "taskContactsList": "/tasks/1/contacts",
    "taskFilesList": "/tasks/3/files",
    "taskMessagesList": "/tasks/3/messages",
    "taskTimeList": "/tasks/1/time",
    "timeList": "/time",
    "settingsApifieldsList": "/settings/apifields",
    "settingsNoteCategoriesList": "/settings/notes/categories",
    "settingsFixedCostItemsList": "/settings/fixedcostitems",
    "settingsServiceRatesList": "/settings/servicerates",
    "settingsStaffRatesList": "/settings/staffrates",
    "settingsProjectAutonumberingList": "/settings/projects/autonumbering",
    "settingsProjectCategoriesList": "/settings/projects/categories",
    "settingsProjectCustomFieldsList": "/settings/projects/customfields",
    "settingsProjectCustomStatusesList": "/settings/projects/customstatuses",
    "settingsProjectTagsList": "/settings/projects/tags",
    "settingsProjectTemplatesList": "/settings/projects/templates",
    "settingsContactDivisionsList": "/settings/contacts/divisions",
    "settingsContactGroupsList": "/settings/contacts/groups",
    "settingsContactPermissionsList": "/settings/contacts/permissions",
    "settingsContactRolesList": "/settings/contacts/roles",
    "settingsContactTagsList": "/settings/contacts/tags",
    "settingsContactTeamsList": "/settings/contacts/teams",
    "settingsInvoiceAutonumberingList": "/settings/invoices/autonumbering",
    "settingsInvoiceHourlyRatesList": "/settings/invoices/hourlyrates",
    "settingsInvoiceStaffRatesList": "/settings/invoices/staffrates",
    "settingsInvoiceTemplatesList": "/settings/invoices/templates",
    "settingsQuoteAutonumberingList": "/settings/quotes/autonumbering",
    "settingsQuoteHourlyRatesList": "/settings/quotes/hourlyrates",
    "settingsQuoteStaffRatesList": "/settings/quotes/staffrates",
    "settingsQuoteTemplatesList": "/settings/quotes/templates",
    "settingsTaskCategoriesList": "/settings/tasks/categories",
    "settingsTaskTagsList": "/settings/tasks/tags",
    "settingsTaskTemplatesList": "/settings/tasks/templates",
    "settingsTaskTemplateTasksList": "/settings/tasks/templates/1/tasks",
}
# Parameters that shape the answer rather than select rows; tested at the end of this file.
SHAPING = {"fields", "pagenumber", "pagesize", "contactdetails", "subtotals", "subtotalsdateoption"}
SORTING = {"sortby", "sortorder"}


# --- the demo data, read independently --------------------------------------------------------------------


def ids(rows: list[dict[str, Any]], keep: Callable[[Rec], bool] = lambda row: True) -> list[int]:
    return sorted(row["id"] for row in rows if keep(row))


def has(text: Any, part: str) -> bool:
    return part.casefold() in str(text or "").casefold()


def day(stamp: Any) -> str:
    return str(stamp or "")[:10]


COMPANY = {row["id"]: row for row in demo.rows("companies")}
CONTACT = {row["id"]: row for row in demo.rows("contacts")}
PROJECT = {row["id"]: row for row in demo.rows("projects")}
TASK = {row["id"]: row for row in demo.rows("tasks")}
INVOICE = {row["id"]: row for row in demo.rows("invoices")}


def name_of(contact: Rec) -> str:
    return f"{contact['firstname']} {contact['lastname']}"


def line_amount(line: Rec) -> float:
    if line["type"] == "heading":
        return 0.0
    if line["type"] in ("taskrate", "staffrate"):
        return line["time"] / 60 * line["rate"]
    return float(line["quantity"] * line["rate"])


def invoice_money(invoice: Rec) -> dict[str, float]:
    return money_of(
        invoice, [line for line in demo.rows("invoicelines") if line["invoiceid"] == invoice["id"]]
    )


def quote_money(quote: Rec) -> dict[str, float]:
    return money_of(quote, [line for line in demo.rows("quotelines") if line["quoteid"] == quote["id"]])


def money_of(invoice: Rec, lines: list[Rec]) -> dict[str, float]:
    subtotal = sum(line_amount(line) for line in lines)
    taxed = sum(line_amount(line) for line in lines if line["taxable"])
    tax = round(taxed * invoice["taxrate"] / 100, 2) if invoice["taxable"] else 0.0
    return {"subtotal": round(subtotal, 2), "taxtotal": tax, "grandtotal": round(subtotal + tax, 2)}


def project_of(row: Rec) -> Rec | None:
    return PROJECT.get(row.get("projectid"))  # type: ignore[arg-type]


def task_project(task: Rec) -> Rec:
    return PROJECT[task["projectid"]]


def time_task(record: Rec) -> Rec:
    return TASK[record["taskid"]]


def time_project(record: Rec) -> Rec:
    return task_project(time_task(record))


def tracked_on_task(task_id: int) -> int:
    return sum(r["timetracked"] for r in demo.rows("timerecords") if r["taskid"] == task_id)


def tracked_on_project(project_id: int) -> int:
    return sum(r["timetracked"] for r in demo.rows("timerecords") if time_task(r)["projectid"] == project_id)


def overdue(rows: list[dict[str, Any]], today: str) -> list[int]:
    """The documented rule of the overdue lists: active and due before today (due today is not yet)."""
    return ids(rows, lambda r: r["status"] == "active" and bool(r["duedate"]) and day(r["duedate"]) < today)


def overtime(
    rows: list[dict[str, Any]], allocated: Mapping[int, int], tracked: Callable[[int], int]
) -> list[int]:
    """The documented rule of the overtime lists: more tracked than allocated; nothing allocated, never."""
    return ids(rows, lambda r: 0 < allocated.get(r["id"], 0) < tracked(r["id"]))


# --- the worlds ---------------------------------------------------------------------------------------------

# On the demo data the overdue and overtime lists select little (on DEMO_NOW only task 1 is past due) or
# nothing (no demo task or project has time allocated), so their rules are also checked in two altered
# worlds, each a mock of its own: "later" is the demo data on the day project 2 falls due (project 1 is
# past due then, project 2 not yet); "allocated" is the demo data after PUTting allocated minutes on
# tasks 1 and 2 and projects 1 and 2: the first of each below what it tracked, the second exactly that.
LATER = datetime.fromisoformat(PROJECT[2]["duedate"]).replace(hour=9)
LATER_DAY = LATER.date().isoformat()
ALLOCATED_TASKS = {1: tracked_on_task(1) // 2, 2: tracked_on_task(2)}
ALLOCATED_PROJECTS = {1: tracked_on_project(1) - 10, 2: tracked_on_project(2)}
WORLDS: dict[str, tuple[datetime, dict[str, int]]] = {
    "demo": (NOW, {}),
    "later": (LATER, {}),
    "allocated": (
        NOW,
        {
            **{f"/tasks/{n}": minutes for n, minutes in ALLOCATED_TASKS.items()},
            **{f"/projects/{n}": minutes for n, minutes in ALLOCATED_PROJECTS.items()},
        },
    ),
}


# --- the table --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    operation_id: str
    query: dict[str, Any]
    expected: list[int]
    ordered: bool = False
    world: str = "demo"

    @property
    def label(self) -> str:
        text = "&".join(f"{key}={value}" for key, value in self.query.items())
        where = "" if self.world == "demo" else f"@{self.world}"
        return f"{self.operation_id}{where}?{text}"


def all_statuses(operation_id: str) -> dict[str, str]:
    """``status=all`` for a call that takes it (the overdue lists hold active rows only and do not)."""
    return {"status": "all"} if "status" in QUERY_NAMES[operation_id] else {}


def company_cases(operation_id: str, kind: str | None) -> Iterator[Case]:
    def of(keep: Callable[[Rec], bool] = lambda c: True, pending: bool = False) -> list[int]:
        return ids(
            demo.rows("companies"),
            lambda c: c["pending"] == pending and kind in (None, c["type"]) and keep(c),
        )

    def api(c: Rec, field_id: int) -> list[str]:
        return [f["value"] for f in c["apifields"] if f["id"] == field_id]

    def case(query: dict[str, Any], expected: list[int], **options: Any) -> Case:
        return Case(operation_id, query, expected, **options)

    yield case({}, of())
    yield case({"pending": "true"}, of(pending=True))
    yield case({"pending": "false"}, of())
    yield case({"apifields": "2,eur"}, of(lambda c: any(has(v, "eur") for v in api(c, 2))))
    yield case(
        {"apifields": "2,Europe||2,ASIA"}, of(lambda c: any(v in ("Europe", "Asia") for v in api(c, 2)))
    )
    yield case({"apifields": "2,Europe||2,Asia", "apifieldsmode": "all"}, [])
    yield case({"apifields": "2,Europe||2,rope", "apifieldsmode": "all"}, of(lambda c: "Europe" in api(c, 2)))
    yield case({"apifields": "2,Europe||2,Asia", "apifieldsmode": "any"}, of(lambda c: bool(api(c, 2))))
    yield case({"divisionid": "1"}, of())
    yield case({"divisionid": "2"}, [])
    yield case({"idfrom": "3"}, of(lambda c: c["id"] >= 3))
    yield case({"idto": "2"}, of(lambda c: c["id"] <= 2))
    yield case({"idfrom": "2", "idto": "3"}, of(lambda c: 2 <= c["id"] <= 3))
    yield case({"lastmodifiedfrom": demo.SEEDED_AT[:16]}, of())
    yield case({"lastmodifiedfrom": "2026-06-01T08:01"}, [])
    yield case({"lastmodifiedto": "2026-06-01T07:59"}, [])
    yield case({"lastmodifiedto": "14d"}, of())  # 14 days before NOW is an hour after the seeding
    yield case({"lastmodifiedfrom": "14d"}, [])
    yield case({"lastmodifiedfrom": "1m", "lastmodifiedto": "0n"}, of())
    if operation_id == "companiesList":  # the account is UTC+12: seeded 2026-05-31 20:00 UTC
        yield case({"lastmodifiedutcfrom": "2026-05-31T20:00"}, of())
        yield case({"lastmodifiedutcfrom": "2026-05-31T20:01"}, [])
        yield case({"lastmodifiedutcto": "2026-05-31T19:59"}, [])
        yield case({"lastmodifiedutcto": "14d"}, of())
    yield case({"search": "ac"}, of(lambda c: has(c["name"], "ac") or has(c["code"], "ac")))
    yield case({"search": "!r"}, of(lambda c: not has(c["name"], "r") and not has(c["code"], "r")))
    yield case({"searchcode": "w"}, of(lambda c: has(c["code"], "w")))
    yield case({"searchcode": "!b"}, of(lambda c: not has(c["code"], "b")))
    yield case({"searchemail": "@ACME"}, of(lambda c: has(c["email"], "@acme")))
    yield case({"searchemail": "!pixel"}, of(lambda c: not has(c["email"], "pixel")))
    yield case({"searchname": "supplies"}, of(lambda c: has(c["name"], "supplies")))
    yield case({"searchname": "!s"}, of(lambda c: not has(c["name"], "s")))
    yield case({"tagid": "3"}, of(lambda c: 3 in c["tagids"]))
    yield case({"tagid": "1,2"}, of(lambda c: bool({1, 2} & set(c["tagids"]))))
    by_code = sorted(
        (c for c in demo.rows("companies") if not c["pending"] and kind in (None, c["type"])),
        key=lambda c: c["code"].casefold(),
        reverse=True,
    )
    yield case({"sortby": "code", "sortorder": "desc"}, [c["id"] for c in by_code], ordered=True)
    by_name = sorted(
        (c for c in demo.rows("companies") if not c["pending"] and kind in (None, c["type"])),
        key=lambda c: c["name"].casefold(),
    )
    yield case({"sortby": "name", "sortorder": "asc"}, [c["id"] for c in by_name], ordered=True)
    yield case({"sortby": "id", "sortorder": "desc"}, sorted(of(), reverse=True), ordered=True)
    if kind is None:
        yield case({"id": "1,3,6"}, [1, 3])  # 6 is pending
        yield case({"type": "client"}, of(lambda c: c["type"] == "client"))
        yield case({"type": "other", "pending": "true"}, [])


def contact_cases(operation_id: str, keep_base: Callable[[Rec], bool]) -> Iterator[Case]:
    def of(keep: Callable[[Rec], bool] = lambda c: True, pending: bool = False) -> list[int]:
        return ids(demo.rows("contacts"), lambda c: c["pending"] == pending and keep_base(c) and keep(c))

    def case(query: dict[str, Any], expected: list[int], **options: Any) -> Case:
        return Case(operation_id, query, expected, **options)

    yield case({}, of())
    yield case({"pending": "true"}, of(pending=True))
    yield case({"allowlogin": "true"}, of(lambda c: c["allowlogin"]))
    yield case({"allowlogin": "false"}, of(lambda c: not c["allowlogin"]))
    yield case({"apifields": "3,INDUS"}, of(lambda c: any(f["id"] == 3 for f in c["apifields"])))
    yield case({"apifields": "3,Industrial||2,Europe", "apifieldsmode": "all"}, [])
    yield case(
        {"apifields": "3,Industrial||3,dust", "apifieldsmode": "all"}, of(lambda c: bool(c["apifields"]))
    )
    yield case({"apifields": "2,x||3,trial", "apifieldsmode": "any"}, of(lambda c: bool(c["apifields"])))
    yield case({"divisionid": "1"}, of())
    yield case({"divisionid": "3"}, [])
    yield case({"idfrom": "4"}, of(lambda c: c["id"] >= 4))
    yield case({"idto": "3"}, of(lambda c: c["id"] <= 3))
    yield case({"lastmodifiedfrom": "2026-06-01T08:00"}, of())
    yield case({"lastmodifiedto": "2026-05-31T23:59"}, [])
    if operation_id == "companyContactsList":  # the account is UTC+12: seeded 2026-05-31 20:00 UTC
        yield case({"lastmodifiedutcfrom": "2026-05-31T20:00"}, of())
        yield case({"lastmodifiedutcto": "2026-05-31T19:59"}, [])
    yield case({"lastmodifiedfrom": "2w"}, [])  # two weeks before NOW is after the seeding
    yield case({"lastmodifiedto": "2w"}, of())
    yield case(
        {"search": "brightside"}, of(lambda c: has(name_of(c), "brightside") or has(c["email"], "brightside"))
    )
    yield case({"search": "!a"}, of(lambda c: not has(name_of(c), "a") and not has(c["email"], "a")))
    yield case({"searchemail": "acme.example"}, of(lambda c: has(c["email"], "acme.example")))
    yield case({"searchemail": "!.example.com"}, [])
    yield case({"searchname": "a a"}, of(lambda c: has(name_of(c), "a a")))  # "Dana Admin": across both parts
    yield case({"searchname": "!n"}, of(lambda c: not has(name_of(c), "n")))
    yield case({"tagid": "2"}, of(lambda c: 2 in c["tagids"]))
    yield case({"tagid": "1,3"}, of(lambda c: bool({1, 3} & set(c["tagids"]))))
    by_last = sorted(
        (c for c in demo.rows("contacts") if not c["pending"] and keep_base(c)),
        key=lambda c: c["lastname"].casefold(),
    )
    yield case({"sortby": "lastname"}, [c["id"] for c in by_last], ordered=True)
    by_first = sorted(
        (c for c in demo.rows("contacts") if not c["pending"] and keep_base(c)),
        key=lambda c: c["firstname"].casefold(),
        reverse=True,
    )
    yield case({"sortorder": "desc"}, [c["id"] for c in by_first], ordered=True)
    yield case({"sortby": "id", "sortorder": "asc"}, of(), ordered=True)
    if operation_id != "companyContactsList":
        yield case({"companyid": "3"}, of(lambda c: c["companyid"] == 3))
        yield case({"companyid": "6"}, [])
    if operation_id in ("contactsList", "contactsListStaff"):
        yield case({"roleid": "2"}, of(lambda c: 2 in c["roleids"]))
        yield case({"roleid": "1,2"}, of(lambda c: bool(c["roleids"])))
    if operation_id == "contactsList":
        yield case({"id": "2,8,99"}, [2])
        yield case({"type": "contractor"}, of(lambda c: c["type"] == "contractor"))
        yield case({"type": "client", "pending": "true"}, [8])


def invoice_cases(operation_id: str, keep_base: Callable[[Rec], bool] = lambda i: True) -> Iterator[Case]:
    overdue = operation_id == "invoicesListOverdue"
    money = {row["id"]: invoice_money(row) for row in demo.rows("invoices")}

    def of(keep: Callable[[Rec], bool] = lambda i: True, status: str = "all") -> list[int]:
        def base(i: Rec) -> bool:
            if not keep_base(i):
                return False
            if overdue:
                return not i["paiddate"] and day(i["duedate"]) < TODAY
            return status == "all" or (status == "paid") == bool(i["paiddate"])

        return ids(demo.rows("invoices"), lambda i: base(i) and keep(i))

    def case(query: dict[str, Any], expected: list[int], **options: Any) -> Case:
        return Case(operation_id, query if overdue else {"status": "all", **query}, expected, **options)

    def total(key: str) -> Callable[[Rec], float]:
        return lambda i: money[i["id"]][key]

    grand, sub, tax = total("grandtotal"), total("subtotal"), total("taxtotal")
    if not overdue:
        yield Case(operation_id, {}, of(status="unpaid"))
        yield Case(operation_id, {"status": "paid"}, of(status="paid"))
        yield Case(operation_id, {"status": "unpaid"}, of(status="unpaid"))
    yield case({}, of())
    yield case({"apifields": "1,x"}, [])
    yield case({"apifields": "1,x", "apifieldsmode": "all"}, [])
    yield case({"grandtotal": "gte1100"}, of(lambda i: grand(i) >= 1100))
    yield case({"grandtotal": "lte1100"}, of(lambda i: grand(i) <= 1100))
    yield case(
        {"grandtotal": f"{money[2]['grandtotal']:.2f}"}, of(lambda i: grand(i) == money[2]["grandtotal"])
    )
    yield case({"subtotal": "gte1000"}, of(lambda i: sub(i) >= 1000))
    yield case({"subtotal": "lte1000"}, of(lambda i: sub(i) <= 1000))
    yield case({"taxtotal": "0"}, of(lambda i: tax(i) == 0))
    yield case({"taxtotal": "gte100"}, of(lambda i: tax(i) >= 100))
    yield case({"taxable": "true"}, of(lambda i: i["taxable"]))
    yield case({"taxable": "false"}, of(lambda i: not i["taxable"]))
    yield case({"taxable": "all"}, of())
    yield case({"divisionid": "1"}, of())
    yield case({"divisionid": "2"}, [])
    yield case({"idfrom": "2"}, of(lambda i: i["id"] >= 2))
    yield case({"idto": "1"}, of(lambda i: i["id"] <= 1))
    yield case({"invoiceddatefrom": "-1m"}, of(lambda i: day(i["invoiceddate"]) >= "2026-05-15"))
    yield case({"invoiceddateto": "2026-05-14"}, of(lambda i: day(i["invoiceddate"]) <= "2026-05-14"))
    yield case({"lastmodifiedfrom": "2026-06-01T08:00", "lastmodifiedto": "0n"}, of())
    yield case({"lastmodifiedto": "15d"}, [])
    yield case({"lastmodifiedfrom": "1h"}, [])
    yield case({"search": "deposit"}, of(lambda i: has(i["title"], "deposit") or has(i["number"], "deposit")))
    yield case(
        {"search": "!0001"}, of(lambda i: not has(i["title"], "0001") and not has(i["number"], "0001"))
    )
    yield case({"searchnumber": "0003"}, of(lambda i: has(i["number"], "0003")))
    yield case({"searchnumber": "!0003"}, of(lambda i: not has(i["number"], "0003")))
    yield case({"searchtitle": "DESIGN"}, of(lambda i: has(i["title"], "design")))
    yield case({"searchtitle": "!design"}, of(lambda i: not has(i["title"], "design")))
    yield case({"sortby": "id", "sortorder": "desc"}, sorted(of(), reverse=True), ordered=True)
    yield case(
        {"sortby": "title"},
        [i["id"] for i in sorted((INVOICE[n] for n in of()), key=lambda i: i["title"].casefold())],
        ordered=True,
    )
    # The forms below are those of some calls only: each call keeps the ones its spec lists.
    yield case({"companyid": "3"}, of(lambda i: i["companyid"] == 3))
    yield case({"companyid": "2,3"}, of())
    yield case({"projectid": "2,3"}, of(lambda i: i["projectid"] in (2, 3)))
    yield case({"duedatefrom": "+0d"}, of(lambda i: day(i["duedate"]) >= TODAY))
    yield case({"duedateto": "2026-06-14"}, of(lambda i: day(i["duedate"]) <= "2026-06-14"))
    yield case(
        {"paiddatefrom": "2026-04-01"},
        of(lambda i: day(i["paiddate"]) >= "2026-04-01" if i["paiddate"] else False),
    )
    yield case({"paiddateto": "2026-04-19"}, [])
    yield case({"id": "1,3"}, of(lambda i: i["id"] in (1, 3)))
    yield case({"managerid": "me"}, of(lambda i: PROJECT[i["projectid"]]["managerid"] == 1))
    yield case({"managerid": "2"}, of(lambda i: PROJECT[i["projectid"]]["managerid"] == 2))
    yield case({"projectcategoryid": "2"}, of(lambda i: PROJECT[i["projectid"]]["categoryid"] == 2))
    yield case({"projectstatus": "complete"}, of(lambda i: PROJECT[i["projectid"]]["status"] == "complete"))
    yield case({"projectstatus": "active"}, of(lambda i: PROJECT[i["projectid"]]["status"] == "active"))
    if operation_id in ("invoicesList", "projectInvoicesList"):  # the others sort by id, number, title only
        by_due = sorted(of(), key=lambda n: INVOICE[n]["duedate"], reverse=True)
        yield case({"sortby": "duedate", "sortorder": "desc"}, by_due, ordered=True)
        by_company = sorted(of(), key=lambda n: (COMPANY[INVOICE[n]["companyid"]]["name"].casefold(), n))
        yield case({"sortby": "companyname"}, by_company, ordered=True)  # then by id


def quote_cases(operation_id: str, narrow: dict[str, Any]) -> Iterator[Case]:
    """The cases of quote 1, the only quote of company 2 and of project 1 (``narrow`` keeps the
    top-level list to it)."""
    quote = next(q for q in demo.rows("quotes") if q["companyid"] == 2)  # approved, the only one of company 2
    grand = quote_money(quote)["grandtotal"]

    def case(query: dict[str, Any], expected: list[int], **options: Any) -> Case:
        return Case(operation_id, {"status": "all", **narrow, **query}, expected, **options)

    yield Case(operation_id, {**narrow}, [])  # pending quotes by default
    yield Case(operation_id, {**narrow, "status": "approved"}, [quote["id"]])
    yield Case(operation_id, {**narrow, "status": "active"}, [quote["id"]])
    yield Case(operation_id, {**narrow, "status": "declined"}, [])
    yield Case(operation_id, {**narrow, "status": "pending"}, [])
    yield case({}, [quote["id"]])
    yield case({"apifields": "1,x", "apifieldsmode": "all"}, [])
    yield case({"approveddatefrom": day(quote["approveddate"])}, [quote["id"]])
    yield case({"approveddateto": "2026-04-27"}, [])  # the day before it was approved
    yield case({"grandtotal": f"gte{grand:.2f}"}, [quote["id"]])
    yield case({"grandtotal": f"lte{grand - 0.01:.2f}"}, [])
    yield case({"subtotal": f"{quote_money(quote)['subtotal']:.2f}"}, [quote["id"]])
    yield case({"taxtotal": "lte1"}, [])
    yield case({"taxable": "true"}, [quote["id"]])
    yield case({"taxable": "false"}, [])
    yield case({"idfrom": str(quote["id"] + 1)}, [])
    yield case({"idto": str(quote["id"])}, [quote["id"]])
    yield case({"lastmodifiedfrom": "30d"}, [quote["id"]])
    yield case({"lastmodifiedto": "30d"}, [])
    yield case({"quoteddatefrom": day(quote["quoteddate"])}, [quote["id"]])
    yield case({"quoteddateto": "2026-04-19"}, [])
    yield case({"search": "relaunch"}, [quote["id"]])
    yield case({"searchnumber": "!q-0001"}, [])
    yield case({"searchtitle": "quote"}, [quote["id"]])
    yield case({"type": "estimate"}, [])
    yield case({"type": "quote"}, [quote["id"]])
    yield case({"validtodatefrom": "2026-05-21"}, [])  # valid to 2026-05-20
    yield case({"validtodateto": "+1y"}, [quote["id"]])
    yield case({"sortby": "number", "sortorder": "desc"}, [quote["id"]], ordered=True)


def top_level_quote_cases() -> Iterator[Case]:
    rows = demo.rows("quotes")

    def case(query: dict[str, Any], keep: Callable[[Rec], bool] = lambda q: True) -> Case:
        return Case("quotesList", {"status": "all", **query}, ids(rows, keep))

    yield case({})
    yield case({"companyid": "3"}, lambda q: q["companyid"] == 3)
    yield case({"contactid": "5"}, lambda q: q["contactid"] == 5)
    yield case({"contactid": "4"}, lambda q: q["contactid"] == 4)
    yield case({"divisionid": 1})
    yield case({"id": "2"}, lambda q: q["id"] == 2)
    yield case({"managerid": "me"}, lambda q: PROJECT[q["projectid"]]["managerid"] == 1)
    yield case({"managerid": "2"}, lambda q: PROJECT[q["projectid"]]["managerid"] == 2)
    yield case({"projectcategoryid": "2"}, lambda q: PROJECT[q["projectid"]]["categoryid"] == 2)
    yield case({"projectid": "2"}, lambda q: q["projectid"] == 2)
    yield case({"projectstatus": "complete"}, lambda q: PROJECT[q["projectid"]]["status"] == "complete")
    yield case({"projectstatus": "active"}, lambda q: PROJECT[q["projectid"]]["status"] == "active")
    yield Case(
        "quotesList", {"status": "all", "sortby": "quoteddate", "sortorder": "desc"}, [2, 1], ordered=True
    )


def quote_line_cases() -> Iterator[Case]:
    rows = demo.rows("quotelines")

    def case(query: dict[str, Any], keep: Callable[[Rec], bool] = lambda line: True, **options: Any) -> Case:
        return Case("quoteLinesListAll", query, ids(rows, keep), **options)

    yield case({})
    yield case({"quoteid": "2"}, lambda line: line["quoteid"] == 2)
    yield case({"quoteid": "99"}, lambda line: False)
    yield case({"type": "heading"}, lambda line: line["type"] == "heading")
    yield case({"type": "all"})
    yield case({"idfrom": "3"}, lambda line: line["id"] >= 3)
    yield case({"idto": "2"}, lambda line: line["id"] <= 2)
    yield Case("quoteLinesListAll", {"sortby": "quoteid", "sortorder": "desc"}, [4, 5, 1, 2, 3], ordered=True)
    yield Case("quoteLinesListAll", {"sortby": "displayorder"}, [1, 4, 2, 5, 3], ordered=True)


def shared_note_cases(operation_id: str, project_ids: set[int]) -> Iterator[Case]:
    rows = [note for note in demo.rows("sharednotes") if note["projectid"] in project_ids]

    def case(query: dict[str, Any], keep: Callable[[Rec], bool] = lambda note: True, **options: Any) -> Case:
        return Case(operation_id, query, ids(rows, keep), **options)

    yield case({})
    yield case({"datefrom": "2026-06-06"}, lambda note: day(note["date"]) >= "2026-06-06")
    yield case({"dateto": "2026-06-05"}, lambda note: day(note["date"]) <= "2026-06-05")
    yield case({"idfrom": "2"}, lambda note: note["id"] >= 2)
    yield case({"idto": "1"}, lambda note: note["id"] <= 1)
    yield case({"lastmodifiedfrom": "2026-06-01T08:00"})
    yield case({"lastmodifiedto": "2026-06-01T07:00"}, lambda note: False)
    yield case({"projectid": "2"}, lambda note: note["projectid"] == 2)
    yield case({"projectstatus": "complete"}, lambda note: PROJECT[note["projectid"]]["status"] == "complete")
    yield case({"projectstatus": "active"}, lambda note: PROJECT[note["projectid"]]["status"] == "active")
    yield case({"search": "green"}, lambda note: has(note["title"], "green") or has(note["content"], "green"))
    yield case({"search": "!green"}, lambda note: not has(note["content"], "green"))
    ordered = [note["id"] for note in sorted(rows, key=lambda note: note["date"], reverse=True)]
    yield Case(operation_id, {"sortby": "date", "sortorder": "desc"}, ordered, ordered=True)


def project_cases(operation_id: str, members: list[int]) -> Iterator[Case]:
    """``members``: the projects the call lists before any filter (active or not)."""

    def of(keep: Callable[[Rec], bool] = lambda p: True) -> list[int]:
        return ids([PROJECT[n] for n in members], keep)

    def case(query: dict[str, Any], expected: list[int], **options: Any) -> Case:
        return Case(operation_id, {**all_statuses(operation_id), **query}, expected, **options)

    minutes = {
        p: sum(r["timetracked"] for r in demo.rows("timerecords") if time_task(r)["projectid"] == p)
        for p in PROJECT
    }
    yield Case(operation_id, {}, of(lambda p: p["status"] == "active"))
    yield case({"status": "complete"}, of(lambda p: p["status"] == "complete"))
    yield case({"status": "active"}, of(lambda p: p["status"] == "active"))
    yield case({}, of())
    yield case({"accountedfor": "accountedfor"}, [])
    yield case({"accountedfor": "unaccountedfor"}, of())
    yield case({"apifields": "1,x", "apifieldsmode": "any"}, [])
    yield case({"categoryid": "1"}, of(lambda p: p["categoryid"] == 1))
    yield case({"categoryid": "!1"}, of(lambda p: p["categoryid"] != 1))
    yield case(
        {"completedatefrom": "2026-03-01"},
        of(lambda p: day(p["completedate"]) >= "2026-03-01" if p["completedate"] else False),
    )
    yield case({"completedateto": "2026-03-27"}, [])
    yield case({"customfields": "1,x", "customfieldsmode": "all"}, [])
    yield case({"customstatusid": "1"}, of(lambda p: p.get("customstatusid") == 1))
    yield case({"customstatusid": "!1"}, of(lambda p: p.get("customstatusid") != 1))
    yield case({"duedatefrom": "2026-07-01"}, of(lambda p: day(p["duedate"]) >= "2026-07-01"))
    yield case({"duedateto": "+0d"}, of(lambda p: day(p["duedate"]) <= TODAY))
    yield case({"groupid": "1"}, of(lambda p: p.get("groupid") == 1))
    yield case({"groupid": "!1"}, of(lambda p: p.get("groupid") != 1))
    yield case({"teamid": "1"}, of(lambda p: p.get("teamid") == 1))
    yield case({"teamid": "!1"}, of(lambda p: p.get("teamid") != 1))
    yield case({"idfrom": "2"}, of(lambda p: p["id"] >= 2))
    yield case({"idto": "1"}, of(lambda p: p["id"] <= 1))
    yield case({"invoiced": "invoiced"}, [])
    yield case({"invoiced": "uninvoiced"}, of())
    yield case({"paid": "paid"}, [])
    yield case({"paid": "unpaid"}, of())
    yield case({"lastmodifiedfrom": "2026-06-01T08:00"}, of())
    yield case({"lastmodifiedto": "3w"}, [])
    yield case({"managerid": "me"}, of(lambda p: p["managerid"] == 1))
    yield case({"managerid": "!1"}, of(lambda p: p["managerid"] != 1))
    yield case({"managerid": "1,2"}, of())
    yield case({"priority": "1,2"}, of(lambda p: p["priority"] in (1, 2)))
    yield case({"priority": "!1"}, of(lambda p: p["priority"] != 1))
    yield case({"search": "relaunch"}, of(lambda p: has(p["title"], "relaunch")))
    yield case({"search": "!000"}, [])
    yield case({"searchcustomform": "x"}, [])
    yield case({"searchcustomform": "!x"}, of())
    yield case({"searchdescription": "x"}, [])
    yield case({"searchdescription": "!x"}, of())
    yield case({"searchnumber": "0003"}, of(lambda p: has(p["number"], "0003")))
    yield case({"searchtitle": "!office"}, of(lambda p: not has(p["title"], "office")))
    yield case({"startdatefrom": "2026-05-01"}, of(lambda p: day(p["startdate"]) >= "2026-05-01"))
    yield case({"startdateto": "-3m"}, of(lambda p: day(p["startdate"]) <= "2026-03-15"))
    yield case(
        {"sortby": "duedate", "sortorder": "desc"},
        [p["id"] for p in sorted((PROJECT[n] for n in members), key=lambda p: p["duedate"], reverse=True)],
        ordered=True,
    )
    yield case(
        {"sortby": "title"},
        [p["id"] for p in sorted((PROJECT[n] for n in members), key=lambda p: p["title"].casefold())],
        ordered=True,
    )
    # Money and time tracked, summed by the store from the quotes, invoices and time records.
    yield case(
        {"quotetotal": "gte1"},
        of(lambda p: any(q["projectid"] == p["id"] for q in demo.rows("quotes"))),
    )
    yield case(
        {"invoicetotal": "gte1"},
        of(lambda p: any(i["projectid"] == p["id"] for i in demo.rows("invoices"))),
    )
    quoted = {
        p: sum(quote_money(q)["grandtotal"] for q in demo.rows("quotes") if q["projectid"] == p)
        for p in PROJECT
    }
    invoiced = {
        p: sum(invoice_money(i)["grandtotal"] for i in demo.rows("invoices") if i["projectid"] == p)
        for p in PROJECT
    }

    def against_quote(test: Callable[[float, float], bool]) -> list[int]:
        return of(lambda p: quoted[p["id"]] > 0 and test(invoiced[p["id"]], quoted[p["id"]]))

    yield case({"quotetotal": f"{quoted[1]:.2f}"}, of(lambda p: quoted[p["id"]] == quoted[1]))
    yield case({"quotetotal": "lte0"}, of(lambda p: quoted[p["id"]] == 0))
    yield case({"invoicetotal": f"lte{invoiced[2]:.2f}"}, of(lambda p: invoiced[p["id"]] <= invoiced[2]))
    yield case({"invoicetotal": "over"}, against_quote(lambda invoice, quote: invoice > quote))
    yield case({"invoicetotal": "under"}, against_quote(lambda invoice, quote: invoice <= quote))
    yield case({"invoicetotal": "gte25%"}, against_quote(lambda invoice, quote: invoice >= quote / 4))
    yield case({"invoicetotal": "lte25%"}, against_quote(lambda invoice, quote: invoice <= quote / 4))
    yield case({"timeallocated": "0"}, of())
    yield case({"timetracked": "over"}, [])  # nothing is allocated in the demo: the form ignores those
    yield case({"timetracked": "gte1"}, of(lambda p: minutes[p["id"]] >= 1))
    yield case({"timetracked": f"lte{minutes[1] - 1}"}, of(lambda p: minutes[p["id"]] < minutes[1]))
    yield case({"timetracked": "0"}, of(lambda p: minutes[p["id"]] == 0))
    yield case(
        {"timetracked": "gte1", "timetrackedby": "6"},
        of(
            lambda p: any(
                r["contactid"] == 6 and time_task(r)["projectid"] == p["id"] for r in demo.rows("timerecords")
            )
        ),
    )
    yield case(
        {"timetrackedby": "me"},
        of(
            lambda p: any(
                r["contactid"] == 1 and time_task(r)["projectid"] == p["id"] for r in demo.rows("timerecords")
            )
        ),
    )
    yield case(
        {"timetrackedfrom": "2026-06-01", "timetrackedto": "+0d"},
        of(
            lambda p: any(
                day(r["date"]) >= "2026-06-01" and time_task(r)["projectid"] == p["id"]
                for r in demo.rows("timerecords")
            )
        ),
    )
    yield case(
        {"timebillable": "nonbillable"},
        of(
            lambda p: any(
                not r["billable"] and time_task(r)["projectid"] == p["id"] for r in demo.rows("timerecords")
            )
        ),
    )
    # The forms below are those of some calls only: each call keeps the ones its spec lists.
    yield case({"contacts": "6"}, of(lambda p: 6 in p["contactids"]))
    yield case({"contacts": "me"}, of(lambda p: 1 in p["contactids"]))
    yield case({"contacts": "!6"}, of(lambda p: 6 not in p["contactids"]))
    yield case({"contacts": "2,3", "contactsmode": "all"}, of(lambda p: {2, 3} <= set(p["contactids"])))
    yield case({"contacts": "2,3", "contactsmode": "any"}, of(lambda p: bool({2, 3} & set(p["contactids"]))))
    yield case({"contacts": "!2,6", "contactsmode": "all"}, of(lambda p: not {2, 6} <= set(p["contactids"])))
    yield case({"contacts": "all"}, of())
    yield case({"companyid": "3"}, of(lambda p: p["companyid"] == 3))
    yield case({"companyid": "2,3"}, of())
    yield case({"companyid": "!2"}, of(lambda p: p["companyid"] != 2))
    yield case({"divisionid": "1"}, of())  # the demo account has the one division
    yield case({"divisionid": "2"}, [])
    yield case({"id": "1,3,99"}, of(lambda p: p["id"] in (1, 3)))


def task_cases(operation_id: str, members: list[int]) -> Iterator[Case]:
    """``members``: the tasks the call lists before any filter (active or not)."""

    def of(keep: Callable[[Rec], bool] = lambda t: True) -> list[int]:
        return ids([TASK[n] for n in members], keep)

    def case(query: dict[str, Any], expected: list[int], **options: Any) -> Case:
        return Case(operation_id, {**all_statuses(operation_id), **query}, expected, **options)

    def project(keep: Callable[[Rec], bool]) -> list[int]:
        return of(lambda t: keep(task_project(t)))

    minutes = {t: sum(r["timetracked"] for r in demo.rows("timerecords") if r["taskid"] == t) for t in TASK}
    yield Case(operation_id, {}, of(lambda t: t["status"] == "active"))
    yield case({"status": "complete"}, of(lambda t: t["status"] == "complete"))
    yield case({}, of())
    yield case({"apifields": "1,x", "apifieldsmode": "all"}, [])
    yield case({"billable": "true"}, of())  # no demo task is marked non-billable
    yield case({"billable": "false"}, [])
    yield case({"categoryid": "1"}, [])  # only general tasks have a category; the demo has none
    yield case({"categoryid": "!1"}, of())
    yield case({"completedatefrom": "2026-02-01"}, of(lambda t: bool(t["completedate"])))
    yield case({"completedateto": "2026-02-26"}, [])
    yield case({"dependentstatus": "all"}, [])  # no dependent tasks in the demo
    yield case({"dependentstatus": "current"}, [])
    yield case({"duedatefrom": "+0d"}, of(lambda t: day(t["duedate"]) >= TODAY))
    yield case({"duedateto": "2026-06-12"}, of(lambda t: day(t["duedate"]) <= "2026-06-12"))
    yield case({"generaltasks": "false"}, of())
    yield case({"generaltasks": "true"}, of())
    yield case({"projecttasks": "false"}, [])
    yield case({"idfrom": "2"}, of(lambda t: t["id"] >= 2))
    yield case({"idto": "2"}, of(lambda t: t["id"] <= 2))
    yield case({"lastmodifiedfrom": "2026-06-01T08:00"}, of())
    yield case({"lastmodifiedto": "2026-06-01T07:00"}, [])
    yield case({"managerid": "me"}, project(lambda p: p["managerid"] == 1))
    yield case({"managerid": "2"}, project(lambda p: p["managerid"] == 2))
    yield case({"priority": "1"}, of())  # every demo task has the default priority 1
    yield case({"priority": "!1"}, [])
    yield case({"projectcategoryid": "2"}, project(lambda p: p["categoryid"] == 2))
    yield case({"projectcompletedatefrom": "2026-03-01"}, project(lambda p: bool(p["completedate"])))
    yield case({"projectcompletedateto": "2026-03-27"}, [])
    yield case({"projectduedatefrom": "2026-08-01"}, project(lambda p: day(p["duedate"]) >= "2026-08-01"))
    yield case({"projectduedateto": "2026-07-31"}, project(lambda p: day(p["duedate"]) <= "2026-07-31"))
    yield case({"projectid": "3"}, of(lambda t: t["projectid"] == 3))
    yield case({"projectid": "1,2"}, of(lambda t: t["projectid"] in (1, 2)))
    yield case({"projectstartdatefrom": "2026-05-01"}, project(lambda p: day(p["startdate"]) >= "2026-05-01"))
    yield case({"projectstartdateto": "2026-05-04"}, project(lambda p: day(p["startdate"]) <= "2026-05-04"))
    yield case({"projectstatus": "complete"}, project(lambda p: p["status"] == "complete"))
    yield case({"projectstatus": "active"}, project(lambda p: p["status"] == "active"))
    yield case({"searchdescription": "x"}, [])
    yield case({"searchdescription": "!x"}, of())
    yield case({"searchname": "page"}, of(lambda t: has(t["name"], "page")))
    yield case({"searchname": "!page"}, of(lambda t: not has(t["name"], "page")))
    yield case({"startdatefrom": "2026-05-11"}, of(lambda t: day(t["startdate"]) >= "2026-05-11"))
    yield case({"startdateto": "2026-05-04"}, of(lambda t: day(t["startdate"]) <= "2026-05-04"))
    yield case({"type": "normal"}, of())  # the demo's tasks are all plain ones
    yield case({"type": "nonheading"}, of())
    yield case({"type": "heading"}, [])
    yield case({"type": "bold"}, [])
    yield case({"timeallocated": "0"}, of())
    yield case({"timetracked": "gte1"}, of(lambda t: minutes[t["id"]] >= 1))
    yield case(
        {"timetracked": "gte1", "timetrackedby": "!2"},
        of(lambda t: any(r["taskid"] == t["id"] and r["contactid"] != 2 for r in demo.rows("timerecords"))),
    )
    yield case(
        {"timetrackedby": "me"},
        of(lambda t: any(r["taskid"] == t["id"] and r["contactid"] == 1 for r in demo.rows("timerecords"))),
    )
    yield case(
        {"timetrackedfrom": "2026-06-09", "timetrackedto": "2026-06-30"},
        of(
            lambda t: any(
                r["taskid"] == t["id"] and day(r["date"]) >= "2026-06-09" for r in demo.rows("timerecords")
            )
        ),
    )
    yield case(
        {"sortby": "name", "sortorder": "desc"},
        [
            t["id"]
            for t in sorted((TASK[n] for n in members), key=lambda t: t["name"].casefold(), reverse=True)
        ],
        ordered=True,
    )
    yield case(
        {"sortby": "projecttitle"},
        [
            t["id"]
            for t in sorted((TASK[n] for n in members), key=lambda t: task_project(t)["title"].casefold())
        ],
        ordered=True,
    )
    # The forms below are those of some calls only: each call keeps the ones its spec lists.
    yield case({"contacts": "6"}, of(lambda t: 6 in t["contactids"]))
    yield case({"contacts": "me"}, of(lambda t: 1 in t["contactids"]))
    yield case({"contacts": "2,6", "contactsmode": "all"}, of(lambda t: {2, 6} <= set(t["contactids"])))
    yield case({"contacts": "2,6", "contactsmode": "any"}, of(lambda t: bool({2, 6} & set(t["contactids"]))))
    yield case({"contacts": "unassigned"}, of(lambda t: not t["contactids"]))
    yield case({"companyid": "2"}, project(lambda p: p["companyid"] == 2))
    yield case({"companyid": "3,9"}, project(lambda p: p["companyid"] == 3))
    yield case({"divisionid": "1"}, of())
    yield case({"divisionid": "2"}, [])
    yield case({"internalclientgroupid": "1"}, [])  # the demo has no internal-client projects
    yield case({"internalclientteamid": "1"}, [])
    yield case({"id": "2,3,99"}, of(lambda t: t["id"] in (2, 3)))
    yield case({"search": "LOGO"}, of(lambda t: has(t["name"], "logo")))  # the task name only
    yield case({"search": "!page"}, of(lambda t: not has(t["name"], "page")))


def time_cases(operation_id: str, members: list[int]) -> Iterator[Case]:
    records = [r for r in demo.rows("timerecords") if r["id"] in members]

    def of(keep: Callable[[Rec], bool] = lambda r: True) -> list[int]:
        return ids(records, keep)

    def case(query: dict[str, Any], expected: list[int], **options: Any) -> Case:
        window = {"trackedfrom": "2026-01-01", "trackedto": "+0d", "fields": "timetracked"}
        return Case(operation_id, {**window, **query}, expected, **options)

    yield case({}, of())
    yield case({"trackedfrom": "2026-06-09"}, of(lambda r: day(r["date"]) >= "2026-06-09"))
    yield case({"trackedto": "2026-06-08"}, of(lambda r: day(r["date"]) <= "2026-06-08"))
    yield case(
        {"trackedfrom": "-6d", "trackedto": "+0d"}, of(lambda r: "2026-06-09" <= day(r["date"]) <= TODAY)
    )
    yield case({"apifields": "1,x", "apifieldsmode": "all"}, [])
    yield case({"billable": "billable"}, of(lambda r: r["billable"]))
    yield case({"billable": "nonbillable"}, of(lambda r: not r["billable"]))
    yield case({"categoryid": "1"}, of(lambda r: time_project(r)["categoryid"] == 1))
    yield case({"generaltasks": "false"}, of())
    yield case({"projecttasks": "false"}, [])
    yield case({"idfrom": "2"}, of(lambda r: r["id"] >= 2))
    yield case({"idto": "2"}, of(lambda r: r["id"] <= 2))
    yield case({"lastmodifiedfrom": "2026-06-01T08:00"}, of())
    yield case({"lastmodifiedto": "2026-06-01T07:00"}, [])
    yield case({"projectcompletedatefrom": "2026-03-01"}, of(lambda r: bool(time_project(r)["completedate"])))
    yield case({"projectcompletedateto": "2026-03-27"}, [])
    yield case(
        {"projectduedatefrom": "2026-07-01"}, of(lambda r: day(time_project(r)["duedate"]) >= "2026-07-01")
    )
    yield case(
        {"projectduedateto": "2026-07-31"}, of(lambda r: day(time_project(r)["duedate"]) <= "2026-07-31")
    )
    yield case({"projectid": "1"}, of(lambda r: time_project(r)["id"] == 1))
    yield case(
        {"projectstartdatefrom": "2026-06-01"},
        of(lambda r: day(time_project(r)["startdate"]) >= "2026-06-01"),
    )
    yield case(
        {"projectstartdateto": "2026-05-04"}, of(lambda r: day(time_project(r)["startdate"]) <= "2026-05-04")
    )
    yield case({"taskcompletedatefrom": "2026-02-01"}, of(lambda r: bool(time_task(r)["completedate"])))
    yield case({"taskcompletedateto": "2026-02-26"}, [])
    yield case({"taskduedatefrom": "2026-06-13"}, of(lambda r: day(time_task(r)["duedate"]) >= "2026-06-13"))
    yield case({"taskduedateto": "2026-06-12"}, of(lambda r: day(time_task(r)["duedate"]) <= "2026-06-12"))
    yield case({"taskid": "2,4"}, of(lambda r: r["taskid"] in (2, 4)))
    yield case(
        {"taskstartdatefrom": "2026-05-11"}, of(lambda r: day(time_task(r)["startdate"]) >= "2026-05-11")
    )
    yield case(
        {"taskstartdateto": "2026-05-04"}, of(lambda r: day(time_task(r)["startdate"]) <= "2026-05-04")
    )
    yield case(
        {"sortby": "date", "sortorder": "desc"},
        [r["id"] for r in sorted(records, key=lambda r: r["date"], reverse=True)],
        ordered=True,
    )
    yield case(
        {"sortby": "taskid"}, [r["id"] for r in sorted(records, key=lambda r: r["taskid"])], ordered=True
    )
    # The forms below are those of some calls only: each call keeps the ones its spec lists.
    yield case({"contacts": "6"}, of(lambda r: r["contactid"] == 6))
    yield case({"contacts": "me"}, of(lambda r: r["contactid"] == 1))
    yield case({"contacts": "all"}, of())
    yield case({"companyid": "3"}, of(lambda r: time_project(r)["companyid"] == 3))
    yield case({"companyid": "2,3"}, of())
    yield case({"id": "1,3,99"}, of(lambda r: r["id"] in (1, 3)))


def event_cases() -> Iterator[Case]:
    rows = demo.rows("events")

    def case(query: dict[str, Any], expected: list[int], **options: Any) -> Case:
        return Case("eventsList", query, expected, **options)

    yield case({}, ids(rows))
    yield case({"contacts": "me"}, ids(rows, lambda e: 1 in e["contactids"]))
    yield case({"contacts": "2"}, ids(rows, lambda e: 2 in e["contactids"]))
    yield case(
        {"contacts": "1,2", "contactsmode": "all"}, ids(rows, lambda e: {1, 2} <= set(e["contactids"]))
    )
    yield case({"contacts": "1,2", "contactsmode": "any"}, ids(rows))
    yield case({"divisionid": "1"}, ids(rows))
    yield case({"endtimefrom": "2026-06-19"}, ids(rows, lambda e: day(e["endtime"]) >= "2026-06-19"))
    yield case({"endtimeto": "2026-05-04"}, ids(rows, lambda e: day(e["endtime"]) <= "2026-05-04"))
    yield case({"id": "2"}, [2])
    yield case({"idfrom": "2"}, [2])
    yield case({"idto": "1"}, [1])
    yield case({"lastmodifiedfrom": "2026-06-01T08:00"}, ids(rows))
    yield case({"lastmodifiedto": "2026-06-01T07:59"}, [])
    yield case({"searchdescription": "KICK"}, ids(rows, lambda e: has(e["description"], "kick")))
    yield case({"searchdescription": "!kick"}, ids(rows, lambda e: not has(e["description"], "kick")))
    yield case({"searchtitle": "offsite"}, ids(rows, lambda e: has(e["title"], "offsite")))
    yield case({"searchtitle": "!offsite"}, ids(rows, lambda e: not has(e["title"], "offsite")))
    yield case({"starttimefrom": "+0d"}, ids(rows, lambda e: day(e["starttime"]) >= TODAY))
    yield case({"starttimeto": "-1m"}, ids(rows, lambda e: day(e["starttime"]) <= "2026-05-15"))
    yield case(
        {"sortby": "title", "sortorder": "desc"},
        [e["id"] for e in sorted(rows, key=lambda e: e["title"].casefold(), reverse=True)],
        ordered=True,
    )


def expense_cases(operation_id: str, rows: list[dict[str, Any]]) -> Iterator[Case]:
    """``rows``: the expenses the call lists before any filter (of any project status)."""

    def case(query: dict[str, Any], expected: list[int], **options: Any) -> Case:
        return Case(operation_id, query, expected, **options)

    active = ids(rows, lambda x: PROJECT[x["projectid"]]["status"] == "active")
    yield case({}, active)
    yield case(
        {"projectstatus": "complete"}, ids(rows, lambda x: PROJECT[x["projectid"]]["status"] == "complete")
    )
    yield case({"projectstatus": "all"}, ids(rows))
    yield case({"categoryid": "1"}, ids(rows, lambda x: PROJECT[x["projectid"]]["categoryid"] == 1))
    yield case({"categoryid": "2"}, ids(rows, lambda x: PROJECT[x["projectid"]]["categoryid"] == 2))
    yield case({"companyid": "3"}, ids(rows, lambda x: PROJECT[x["projectid"]]["companyid"] == 3))
    yield case({"contacts": "2"}, ids(rows, lambda x: x["contactid"] == 2))
    yield case({"contacts": "me"}, ids(rows, lambda x: x["contactid"] == 1))
    yield case({"datefrom": "2026-06-01"}, ids(rows, lambda x: day(x["date"]) >= "2026-06-01"))
    yield case({"dateto": "-4w"}, ids(rows, lambda x: day(x["date"]) <= "2026-05-18"))
    yield case({"divisionid": "2"}, [])
    yield case({"id": "1"}, ids(rows, lambda x: x["id"] == 1))
    yield case({"idfrom": "2"}, ids(rows, lambda x: x["id"] >= 2))
    yield case({"idto": "1"}, ids(rows, lambda x: x["id"] <= 1))
    yield case({"invoiced": "invoiced"}, ids(rows, lambda x: x["invoiced"]))
    yield case({"invoiced": "uninvoiced"}, ids(rows, lambda x: not x["invoiced"]))
    yield case({"projectid": "2"}, ids(rows, lambda x: x["projectid"] == 2))
    yield case({"search": "courier"}, ids(rows, lambda x: has(x["name"], "courier")))
    yield case({"search": "!courier"}, ids(rows, lambda x: not has(x["name"], "courier")))
    yield case({"taxable": "taxable"}, ids(rows, lambda x: x["taxable"]))
    yield case({"taxable": "nontaxable"}, ids(rows, lambda x: not x["taxable"]))
    yield case(
        {"sortby": "name"}, [x["id"] for x in sorted(rows, key=lambda x: x["name"].casefold())], ordered=True
    )
    yield case(
        {"sortby": "date", "sortorder": "desc"},
        [x["id"] for x in sorted(rows, key=lambda x: x["date"], reverse=True)],
        ordered=True,
    )


def file_cases(operation_id: str, rows: list[dict[str, Any]]) -> Iterator[Case]:
    """``rows``: the files the call lists before any filter (of any project status)."""

    def project(f: Rec) -> Rec:
        return PROJECT[f["projectid"]]

    def case(query: dict[str, Any], expected: list[int], **options: Any) -> Case:
        return Case(operation_id, query, expected, **options)

    yield case({}, ids(rows, lambda f: project(f)["status"] == "active"))
    yield case({"projectstatus": "complete"}, ids(rows, lambda f: project(f)["status"] == "complete"))
    yield case({"projectstatus": "all"}, ids(rows))
    yield case({"datefrom": "2026-05-05"}, ids(rows, lambda f: day(f["date"]) >= "2026-05-05"))
    yield case({"dateto": "2026-05-04"}, ids(rows, lambda f: day(f["date"]) <= "2026-05-04"))
    yield case({"divisionid": "1"}, ids(rows))
    yield case({"folderid": "1"}, ids(rows, lambda f: f["folderid"] == 1))
    yield case({"id": "1,2"}, ids(rows, lambda f: f["id"] in (1, 2)))
    yield case({"idfrom": "3"}, ids(rows, lambda f: f["id"] >= 3))
    yield case({"idto": "1"}, ids(rows, lambda f: f["id"] <= 1))
    yield case({"projectid": "2"}, ids(rows, lambda f: f["projectid"] == 2))
    yield case({"search": "LOGO"}, ids(rows, lambda f: has(f["name"], "logo")))
    yield case({"search": "!.txt"}, [])
    yield case({"taskid": "3"}, ids(rows, lambda f: f["taskid"] == 3))
    # Files not linked to a task are not restricted by the task status.
    yield case(
        {"taskstatus": "active"},
        ids(rows, lambda f: f["taskid"] is None or TASK[f["taskid"]]["status"] == "active"),
    )
    yield case(
        {"taskstatus": "complete"},
        ids(rows, lambda f: f["taskid"] is None or TASK[f["taskid"]]["status"] == "complete"),
    )
    yield case(
        {"sortby": "date", "sortorder": "desc"},
        [f["id"] for f in sorted(rows, key=lambda f: f["date"], reverse=True)],
        ordered=True,
    )
    yield case({"sortby": "name"}, [f["id"] for f in sorted(rows, key=lambda f: f["name"])], ordered=True)


def folder_cases() -> Iterator[Case]:
    rows = demo.rows("folders")

    def case(query: dict[str, Any], expected: list[int], **options: Any) -> Case:
        return Case("foldersList", query, expected, **options)

    yield case({}, ids(rows, lambda f: PROJECT[f["projectid"]]["status"] == "active"))
    yield case({"projectstatus": "complete"}, [])
    yield case({"projectstatus": "all"}, ids(rows))
    yield case({"divisionid": "2"}, [])
    yield case({"id": "2"}, [2])
    yield case({"idfrom": "2"}, [2])
    yield case({"idto": "1"}, [1])
    yield case({"projectid": "1"}, ids(rows, lambda f: f["projectid"] == 1))
    yield case({"search": "shared"}, ids(rows, lambda f: has(f["name"], "shared")))
    yield case({"search": "!shared"}, ids(rows, lambda f: not has(f["name"], "shared")))
    yield case(
        {"sortby": "name", "sortorder": "desc"},
        [f["id"] for f in sorted(rows, key=lambda f: f["name"].casefold(), reverse=True)],
        ordered=True,
    )


def message_cases(operation_id: str, rows: list[dict[str, Any]]) -> Iterator[Case]:
    """``rows``: the messages the call lists before any filter (of any project status)."""

    def involved(m: Rec) -> set[int]:
        return {*m["contactids"], m["authorid"]}

    def case(query: dict[str, Any], expected: list[int], **options: Any) -> Case:
        return Case(operation_id, query, expected, **options)

    yield case({}, ids(rows, lambda m: PROJECT[m["projectid"]]["status"] == "active"))
    yield case(
        {"projectstatus": "complete"}, ids(rows, lambda m: PROJECT[m["projectid"]]["status"] == "complete")
    )
    yield case({"projectstatus": "all"}, ids(rows))
    yield case({"contacts": "3"}, ids(rows, lambda m: 3 in involved(m)))  # to or from
    yield case({"contacts": "me"}, ids(rows, lambda m: 1 in involved(m)))
    yield case({"contacts": "5,6"}, ids(rows, lambda m: bool({5, 6} & involved(m))))
    yield case({"datefrom": "2026-06-01"}, ids(rows, lambda m: day(m["date"]) >= "2026-06-01"))
    yield case({"dateto": "2026-05-04"}, ids(rows, lambda m: day(m["date"]) <= "2026-05-04"))
    yield case({"divisionid": "1"}, ids(rows))
    yield case({"id": "3"}, ids(rows, lambda m: m["id"] == 3))
    yield case({"idfrom": "2"}, ids(rows, lambda m: m["id"] >= 2))
    yield case({"idto": "2"}, ids(rows, lambda m: m["id"] <= 2))
    # A discussion is the original message and its answers.
    yield case({"originalmessageid": "1"}, ids(rows, lambda m: m["id"] == 1 or m["originalmessageid"] == 1))
    yield case({"originalmessageid": "3"}, ids(rows, lambda m: m["id"] == 3 or m["originalmessageid"] == 3))
    yield case({"projectid": "1"}, ids(rows, lambda m: m["projectid"] == 1))
    yield case({"search": "logo"}, ids(rows, lambda m: has(m["title"], "logo")))
    yield case({"search": "!kick"}, ids(rows, lambda m: not has(m["title"], "kick")))
    yield case({"taskid": "3"}, ids(rows, lambda m: m["taskid"] == 3))
    # Messages not on a task are not restricted by the task status.
    yield case(
        {"taskstatus": "complete"},
        ids(rows, lambda m: m["taskid"] is None or TASK[m["taskid"]]["status"] == "complete"),
    )
    yield case(
        {"taskstatus": "active"},
        ids(rows, lambda m: m["taskid"] is None or TASK[m["taskid"]]["status"] == "active"),
    )
    yield case(
        {"sortby": "date", "sortorder": "desc"},
        [m["id"] for m in sorted(rows, key=lambda m: m["date"], reverse=True)],
        ordered=True,
    )


def note_cases() -> Iterator[Case]:
    rows = demo.rows("notes")

    def for_contact(n: Rec, contact_id: int) -> bool:
        return n["contactids"] == "all" or contact_id in n["contactids"]

    def case(query: dict[str, Any], expected: list[int], **options: Any) -> Case:
        return Case("notesList", query, expected, **options)

    yield case({}, ids(rows))
    yield case({"categoryid": "2"}, ids(rows, lambda n: n["categoryid"] == 2))
    yield case({"contacts": "me"}, ids(rows, lambda n: for_contact(n, 1)))
    yield case({"contacts": "5"}, ids(rows, lambda n: for_contact(n, 5)))  # only the public note
    yield case({"datefrom": "2026-05-10"}, ids(rows, lambda n: day(n["date"]) >= "2026-05-10"))
    yield case({"dateto": "2026-05-09"}, ids(rows, lambda n: day(n["date"]) <= "2026-05-09"))
    yield case({"divisionid": "1"}, ids(rows))
    yield case({"id": "1,3"}, [1, 3])
    yield case({"idfrom": "2"}, [2, 3])
    yield case({"idto": "1"}, [1])
    yield case({"lastmodifiedfrom": "2026-06-01T08:00"}, ids(rows))
    yield case({"lastmodifiedto": "30n"}, ids(rows))
    yield case({"lastmodifiedfrom": "30n"}, [])
    yield case({"search": "wifi"}, ids(rows, lambda n: has(n["title"], "wifi")))
    yield case({"search": "july"}, ids(rows, lambda n: has(n["title"], "july")))  # titles only: none
    yield case({"search": "!bill"}, ids(rows, lambda n: not has(n["title"], "bill")))
    yield case(
        {"sortby": "title"},
        [n["id"] for n in sorted(rows, key=lambda n: n["title"].casefold())],
        ordered=True,
    )
    yield case(
        {"sortby": "date", "sortorder": "desc"},
        [n["id"] for n in sorted(rows, key=lambda n: n["date"], reverse=True)],
        ordered=True,
    )
    company = [n for n in rows if n["companyid"] == 2]
    contact = [n for n in rows if n["contactid"] == 3]
    yield Case("companyNotesList", {}, ids(company))
    yield Case("companyNotesList", {"search": "E-MAIL"}, ids(company, lambda n: has(n["content"], "e-mail")))
    yield Case(
        "companyNotesList", {"search": "!e-mail"}, ids(company, lambda n: not has(n["content"], "e-mail"))
    )
    yield Case("companyNotesList", {"sortby": "id", "sortorder": "desc"}, ids(company)[::-1], ordered=True)
    yield Case("contactNotesList", {}, ids(contact))
    yield Case("contactNotesList", {"search": "july"}, ids(contact, lambda n: has(n["content"], "july")))
    yield Case(
        "contactNotesList", {"datefrom": "2026-06-01"}, ids(contact, lambda n: day(n["date"]) >= "2026-06-01")
    )
    yield Case(
        "contactNotesList", {"dateto": "2026-06-01"}, ids(contact, lambda n: day(n["date"]) <= "2026-06-01")
    )
    yield Case("contactNotesList", {"sortby": "date", "sortorder": "asc"}, ids(contact), ordered=True)


def project_request_cases() -> Iterator[Case]:
    rows = demo.rows("projectrequests")

    def case(query: dict[str, Any], expected: list[int], **options: Any) -> Case:
        return Case("projectRequestsList", query, expected, **options)

    yield case({}, ids(rows))
    yield case({"apifields": "1,x", "apifieldsmode": "any"}, [])
    yield case({"budget": "gte12000"}, ids(rows, lambda r: r["budget"] >= 12000))
    yield case({"budget": "lte11999.99"}, ids(rows, lambda r: r["budget"] <= 11999.99))
    yield case({"clientid": "3"}, ids(rows, lambda r: r["clientid"] == 3))
    yield case({"clientid": "!3"}, ids(rows, lambda r: r["clientid"] != 3))
    yield case({"clientid": "me"}, ids(rows, lambda r: r["clientid"] == 1))
    yield case({"clienttype": "external"}, ids(rows))
    yield case({"clienttype": "internal"}, [])
    yield case({"companyid": "2"}, ids(rows, lambda r: r["companyid"] == 2))
    yield case({"companyid": "!2"}, ids(rows, lambda r: r["companyid"] != 2))
    yield case({"customfields": "1,x", "customfieldsmode": "all"}, [])
    yield case({"divisionid": "1"}, ids(rows))
    yield case({"duedatefrom": "2026-11-30"}, ids(rows, lambda r: day(r["duedate"]) >= "2026-11-30"))
    yield case({"duedateto": "+1m"}, ids(rows, lambda r: day(r["duedate"]) <= "2026-07-15"))
    yield case({"idfrom": "2"}, [])
    yield case({"idto": "1"}, [1])
    yield case({"lastmodifiedfrom": "2026-06-01T08:00"}, ids(rows))
    yield case({"lastmodifiedto": "2026-06-01T07:00"}, [])
    yield case({"recipientid": "me"}, ids(rows, lambda r: r["recipientid"] == 1))
    yield case({"recipientid": "!1"}, ids(rows, lambda r: r["recipientid"] != 1))
    yield case({"searchcustomform": "!x"}, ids(rows))
    yield case({"searchdescription": "companion"}, ids(rows, lambda r: has(r["description"], "companion")))
    yield case({"searchtitle": "!mobile"}, ids(rows, lambda r: not has(r["title"], "mobile")))
    yield case({"startdatefrom": "+1m"}, ids(rows, lambda r: day(r["startdate"]) >= "2026-07-15"))
    yield case({"startdateto": "2026-07-31"}, ids(rows, lambda r: day(r["startdate"]) <= "2026-07-31"))
    yield case({"submitteddatefrom": "-1w"}, ids(rows, lambda r: day(r["submitteddate"]) >= "2026-06-08"))
    yield case(
        {"submitteddateto": "2026-06-09"}, ids(rows, lambda r: day(r["submitteddate"]) <= "2026-06-09")
    )
    yield case({"templateid": "1"}, ids(rows, lambda r: r.get("templateid") == 1))
    yield case({"templateid": "!1"}, ids(rows, lambda r: r.get("templateid") != 1))
    yield case({"sortby": "submitteddate", "sortorder": "desc"}, ids(rows), ordered=True)


def bookmark_cases(project_id: int) -> Iterator[Case]:
    rows = [b for b in demo.rows("bookmarks") if b["projectid"] == project_id]

    def case(query: dict[str, Any], keep: Callable[[Rec], bool] = lambda b: True, **options: Any) -> Case:
        return Case("projectBookmarksList", query, ids(rows, keep), **options)

    yield case({})
    yield case({"idfrom": "2"}, lambda b: b["id"] >= 2)
    yield case({"idto": "1"}, lambda b: b["id"] <= 1)
    yield case({"search": "STAGING"}, lambda b: has(b["title"], "staging"))  # the title only
    yield case({"search": "acme"}, lambda b: has(b["title"], "acme"))  # in the url, not the title
    yield case({"search": "!staging"}, lambda b: not has(b["title"], "staging"))
    ordered = [b["id"] for b in sorted(rows, key=lambda b: b["title"].casefold(), reverse=True)]
    yield Case("projectBookmarksList", {"sortby": "title", "sortorder": "desc"}, ordered, ordered=True)
    ordered = [b["id"] for b in sorted(rows, key=lambda b: b["date"])]
    yield Case("projectBookmarksList", {"sortby": "date"}, ordered, ordered=True)


def settings_cases() -> Iterator[Case]:
    """The account settings' lists: id bounds, API fields by type, and their sort orders."""
    for operation_id, rows, sort_key in (
        ("settingsApifieldsList", demo.rows("apifields"), "name"),
        ("settingsNoteCategoriesList", demo.rows("notecategories"), "name"),
        ("settingsFixedCostItemsList", demo.rows("fixedcostitems"), "rate"),
        ("settingsServiceRatesList", demo.rows("servicerates"), "rate"),
        ("settingsStaffRatesList", demo.rows("staffrates"), "rate"),
        ("settingsProjectAutonumberingList", demo.rows("projectautonumbering"), "name"),
        ("settingsProjectCategoriesList", demo.rows("projectcategories"), "name"),
        ("settingsProjectCustomFieldsList", demo.rows("projectcustomfields"), "name"),
        ("settingsProjectCustomStatusesList", demo.rows("customstatuses"), "name"),
        ("settingsProjectTagsList", demo.rows("projecttags"), "name"),
        ("settingsProjectTemplatesList", demo.rows("projecttemplates"), "name"),
        ("settingsContactDivisionsList", demo.rows("divisions"), "name"),
        ("settingsContactGroupsList", demo.rows("groups"), "name"),
        ("settingsContactPermissionsList", demo.rows("permissions"), "name"),
        ("settingsContactRolesList", demo.rows("roles"), "name"),
        ("settingsContactTagsList", demo.rows("tags"), "name"),
        ("settingsContactTeamsList", demo.rows("teams"), "name"),
        ("settingsInvoiceAutonumberingList", demo.rows("invoiceautonumbering"), "name"),
        ("settingsInvoiceHourlyRatesList", demo.rows("servicerates"), "rate"),
        ("settingsInvoiceStaffRatesList", demo.rows("staffrates"), "rate"),
        ("settingsInvoiceTemplatesList", demo.rows("invoicetemplates"), "name"),
        ("settingsQuoteAutonumberingList", demo.rows("quoteautonumbering"), "name"),
        ("settingsQuoteHourlyRatesList", demo.rows("servicerates"), "rate"),
        ("settingsQuoteStaffRatesList", demo.rows("staffrates"), "rate"),
        ("settingsQuoteTemplatesList", demo.rows("quotetemplates"), "name"),
        ("settingsTaskCategoriesList", demo.rows("taskcategories"), "name"),
        ("settingsTaskTagsList", demo.rows("tasktags"), "name"),
        ("settingsTaskTemplatesList", demo.rows("tasktemplates"), "name"),
    ):
        yield Case(operation_id, {}, ids(rows))
        yield Case(operation_id, {"idfrom": "2"}, ids(rows, lambda r: r["id"] >= 2))
        yield Case(operation_id, {"idto": "1"}, ids(rows, lambda r: r["id"] <= 1))
        yield Case(operation_id, {"idfrom": "99"}, [])
        ordered = [r["id"] for r in sorted(rows, key=lambda r: r[sort_key], reverse=True)]
        yield Case(operation_id, {"sortby": sort_key, "sortorder": "desc"}, ordered, ordered=True)
    # A template's tasks have no filter, only an order: no query can leave one out.
    template_tasks = [task for task in demo.rows("tasktemplatetasks") if task["tasktemplateid"] == 1]
    ordered = [task["id"] for task in sorted(template_tasks, key=lambda task: task["name"], reverse=True)]
    by_name = {"sortby": "name", "sortorder": "desc"}
    yield Case("settingsTaskTemplateTasksList", by_name, ordered, ordered=True)
    fields = demo.rows("apifields")
    yield Case("settingsApifieldsList", {"type": "company"}, ids(fields, lambda f: f["type"] == "company"))
    yield Case("settingsApifieldsList", {"type": "time"}, [])
    by_type = [f["id"] for f in sorted(fields, key=lambda f: f["type"])]
    yield Case("settingsApifieldsList", {"sortby": "type"}, by_type, ordered=True)


def overdue_cases() -> Iterator[Case]:
    """The overdue lists on the later day, when more is past due than on DEMO_NOW."""
    projects = [PROJECT[n] for n in overdue(demo.rows("projects"), LATER_DAY)]
    tasks = [TASK[n] for n in overdue(demo.rows("tasks"), LATER_DAY)]

    def project_case(query: dict[str, Any], keep: Callable[[Rec], bool] = lambda p: True) -> Case:
        return Case("projectsListOverdue", query, ids(projects, keep), world="later")

    def task_case(query: dict[str, Any], keep: Callable[[Rec], bool] = lambda t: True) -> Case:
        return Case("tasksListOverdue", query, ids(tasks, keep), world="later")

    yield project_case({})
    yield project_case({"companyid": "3"}, lambda p: p["companyid"] == 3)
    yield project_case({"managerid": "me"}, lambda p: p["managerid"] == 1)
    # Relative dates count from the later day too: what is due from it on is not overdue yet.
    yield project_case({"duedatefrom": "+0d"}, lambda p: day(p["duedate"]) >= LATER_DAY)
    yield project_case({"duedateto": "-1d"}, lambda p: day(p["duedate"]) < LATER_DAY)
    yield task_case({})
    yield task_case({"projectid": "2"}, lambda t: t["projectid"] == 2)
    yield task_case({"contacts": "6"}, lambda t: 6 in t["contactids"])
    yield task_case({"search": "page"}, lambda t: has(t["name"], "page"))
    yield task_case(
        {"projectduedateto": "2026-07-31"}, lambda t: day(task_project(t)["duedate"]) <= "2026-07-31"
    )
    ordered = [t["id"] for t in sorted(tasks, key=lambda t: t["name"].casefold())]
    yield Case("tasksListOverdue", {"sortby": "name"}, ordered, ordered=True, world="later")


def overtime_cases() -> Iterator[Case]:
    """The overtime lists once some tasks and projects have time allocated."""
    projects = [PROJECT[n] for n in overtime(demo.rows("projects"), ALLOCATED_PROJECTS, tracked_on_project)]
    tasks = [TASK[n] for n in overtime(demo.rows("tasks"), ALLOCATED_TASKS, tracked_on_task)]

    def project_case(query: dict[str, Any], keep: Callable[[Rec], bool] = lambda p: True) -> Case:
        return Case("projectsListOvertime", query, ids(projects, keep), world="allocated")

    def task_case(query: dict[str, Any], keep: Callable[[Rec], bool] = lambda t: True) -> Case:
        return Case("tasksListOvertime", query, ids(tasks, keep), world="allocated")

    yield project_case({}, lambda p: p["status"] == "active")  # active ones by default
    yield project_case({"status": "all"})
    yield project_case({"status": "complete"}, lambda p: p["status"] == "complete")
    yield project_case({"status": "all", "companyid": "3"}, lambda p: p["companyid"] == 3)
    yield project_case(
        {"status": "all", "timeallocated": f"gte{min(ALLOCATED_PROJECTS.values())}"},
        lambda p: ALLOCATED_PROJECTS.get(p["id"], 0) >= min(ALLOCATED_PROJECTS.values()),
    )
    yield project_case({"status": "all", "timetracked": "over"})  # the same rule as a filter
    yield project_case({"status": "all", "lastmodifiedfrom": "1h"})  # the allocation touched them
    yield task_case({}, lambda t: t["status"] == "active")
    yield task_case({"status": "complete"}, lambda t: t["status"] == "complete")
    yield task_case({"status": "all", "projectid": "2"}, lambda t: t["projectid"] == 2)
    yield task_case({"status": "all", "search": "home"}, lambda t: has(t["name"], "home"))
    yield task_case({"status": "all", "contacts": "2"}, lambda t: 2 in t["contactids"])


def location_cases() -> Iterator[Case]:
    located = [c for c in demo.rows("contacts") if c["location"]]

    def case(query: dict[str, Any], expected: list[int], **options: Any) -> Case:
        return Case("contactsLocationsList", query, expected, **options)

    yield case({}, ids(located))  # never-located contacts are left out
    yield case({"divisionid": "1"}, ids(located))
    yield case({"divisionid": "2"}, [])
    yield case(
        {"locationtimefrom": "12h"},
        ids(located, lambda c: c["location"]["locationtime"] >= "2026-06-14T21:00"),
    )
    yield case(
        {"locationtimeto": "2026-06-14T17:30"},
        ids(located, lambda c: c["location"]["locationtime"] <= "2026-06-14T17:30:59"),
    )


def all_cases() -> list[Case]:
    cases: list[Case] = []
    cases += company_cases("companiesList", None)
    for operation_id, kind in (
        ("companiesListClient", "client"),
        ("companiesListContractor", "contractor"),
        ("companiesListStaff", "staff"),
    ):
        cases += company_cases(operation_id, kind)
    cases += contact_cases("contactsList", lambda c: True)
    for operation_id, kind in (
        ("contactsListClient", "client"),
        ("contactsListContractor", "contractor"),
        ("contactsListStaff", "staff"),
    ):
        cases += contact_cases(operation_id, lambda c, kind=kind: c["type"] == kind)
    cases += contact_cases("companyContactsList", lambda c: c["companyid"] == 2)
    cases += invoice_cases("invoicesList")
    cases += invoice_cases("companyInvoicesList", lambda i: i["companyid"] == 2)
    cases += invoice_cases("invoicesListOverdue")
    cases += invoice_cases("projectInvoicesList", lambda i: i["projectid"] == 1)
    cases += contact_cases("projectContactsList", lambda c: c["id"] in PROJECT[1]["contactids"])
    cases += contact_cases("taskContactsList", lambda c: c["id"] in TASK[1]["contactids"])
    cases += quote_cases("companyQuotesList", {})
    cases += quote_cases("projectQuotesList", {})
    cases += quote_cases("quotesList", {"companyid": "2"})
    cases += top_level_quote_cases()
    cases += quote_line_cases()
    cases += shared_note_cases("sharedNotesList", {p["id"] for p in demo.rows("projects")})
    cases += shared_note_cases("projectSharedNotesList", {1})
    cases += project_cases(
        "companyProjectsList", [p["id"] for p in demo.rows("projects") if p["companyid"] == 2]
    )
    cases += project_cases(
        "contactProjectsList", [p["id"] for p in demo.rows("projects") if 2 in p["contactids"]]
    )
    cases += project_cases("projectsList", list(PROJECT))
    # On the demo data: only what is overdue on DEMO_NOW, and nothing over time (none is allocated).
    cases += project_cases("projectsListOverdue", overdue(demo.rows("projects"), TODAY))
    cases += project_cases("projectsListOvertime", overtime(demo.rows("projects"), {}, tracked_on_project))
    cases += task_cases(
        "companyTasksList", [t["id"] for t in demo.rows("tasks") if task_project(t)["companyid"] == 2]
    )
    cases += task_cases("contactTasksList", [t["id"] for t in demo.rows("tasks") if 2 in t["contactids"]])
    cases += task_cases("projectTasksList", [t["id"] for t in demo.rows("tasks") if t["projectid"] == 1])
    cases += task_cases("tasksList", list(TASK))
    cases += task_cases("tasksListOverdue", overdue(demo.rows("tasks"), TODAY))
    cases += task_cases("tasksListOvertime", overtime(demo.rows("tasks"), {}, tracked_on_task))
    cases += time_cases(
        "companyTimeList", [r["id"] for r in demo.rows("timerecords") if time_project(r)["companyid"] == 2]
    )
    cases += time_cases("contactTimeList", [r["id"] for r in demo.rows("timerecords") if r["contactid"] == 2])
    cases += time_cases(
        "projectTimeList", [r["id"] for r in demo.rows("timerecords") if time_project(r)["id"] == 1]
    )
    cases += time_cases("taskTimeList", [r["id"] for r in demo.rows("timerecords") if r["taskid"] == 1])
    cases += time_cases("timeList", [r["id"] for r in demo.rows("timerecords")])
    cases += expense_cases("expensesList", demo.rows("expenses"))
    cases += expense_cases("projectExpensesList", [x for x in demo.rows("expenses") if x["projectid"] == 1])
    cases += file_cases("filesList", demo.rows("files"))
    cases += file_cases("projectFilesList", [f for f in demo.rows("files") if f["projectid"] == 1])
    cases += file_cases("taskFilesList", [f for f in demo.rows("files") if f["taskid"] == 3])
    cases += message_cases("messagesList", demo.rows("messages"))
    cases += message_cases("projectMessagesList", [m for m in demo.rows("messages") if m["projectid"] == 1])
    cases += message_cases("taskMessagesList", [m for m in demo.rows("messages") if m["taskid"] == 3])
    cases += bookmark_cases(1)
    for more in (
        event_cases,
        folder_cases,
        note_cases,
        project_request_cases,
        location_cases,
        overdue_cases,
        overtime_cases,
        settings_cases,
    ):
        cases += more()
    return [case for case in cases if set(case.query) <= QUERY_NAMES[case.operation_id]]


def query_names() -> dict[str, set[str]]:
    spec = load_document(SPEC_PATH).document
    return {
        op.operation_id: {str(p["name"]) for p in op.parameters if p.get("in") == "query"}
        for op in iter_operations(spec)
    }


# The family generators yield every form; a call keeps the ones its spec parameters allow (the
# coverage test below makes sure nothing a call takes is left out).
QUERY_NAMES = query_names()
CASES = all_cases()


# --- running the table ------------------------------------------------------------------------------------


def stopped_at(moment: datetime) -> Callable[[], datetime]:
    return lambda: moment


@pytest.fixture(scope="module")
def clients() -> Iterator[dict[str, TestClient]]:
    """A mock of its own for each world (its clock, and the allocations PUT before any case runs)."""
    with ExitStack() as stack:
        opened: dict[str, TestClient] = {}
        for world, (now, allocations) in WORLDS.items():
            app = create_app("proworkflow", clock=stopped_at(now), rate_limit=1_000_000)
            test_client = stack.enter_context(TestClient(app, base_url="https://testserver"))
            test_client.headers["apikey"] = demo.ACCOUNT.api_key
            test_client.auth = DANA
            for path, minutes in allocations.items():
                response = test_client.put(path, json={"timeallocated": minutes})
                assert response.status_code == 200, (path, response.text)
            opened[world] = test_client
        yield opened


@pytest.fixture(scope="module")
def client(clients: dict[str, TestClient]) -> TestClient:
    return clients["demo"]


@pytest.fixture(scope="module")
def row_keys() -> dict[str, str]:
    """The envelope key of each list call: the array among its answer schema's properties."""
    spec = load_document(SPEC_PATH).document
    keys: dict[str, str] = {}
    for op in iter_operations(spec):
        if op.operation_id not in PATHS:
            continue
        answer = op.definition["responses"]["200"]["content"]["application/json"]["schema"]
        properties = resolve(spec, answer)["properties"]
        keys[op.operation_id] = next(
            name for name, prop in properties.items() if resolve(spec, prop).get("type") == "array"
        )
    return keys


def fetch(client: TestClient, operation_id: str, query: Mapping[str, Any], key: str) -> list[int]:
    response = client.get(PATHS[operation_id], params=dict(query))
    assert response.status_code == 200, (operation_id, dict(query), response.text)
    body = response.json()
    assert body["status"] == "Success"
    rows = body[key]
    assert body["count"] == len(rows)
    assert all("id" in row for row in rows)
    return [row["id"] for row in rows]


@pytest.mark.parametrize("case", [pytest.param(case, id=case.label) for case in CASES])
def test_filter_selects_exactly_the_expected_demo_records(
    clients: dict[str, TestClient], row_keys: dict[str, str], case: Case
) -> None:
    found = fetch(clients[case.world], case.operation_id, case.query, row_keys[case.operation_id])
    if case.ordered:
        assert found == case.expected
    else:
        assert sorted(found) == case.expected


def test_the_table_covers_every_filter_of_every_list_call() -> None:
    spec = load_document(SPEC_PATH).document
    covered: dict[str, set[str]] = {}
    for case in CASES:
        covered.setdefault(case.operation_id, set()).update(case.query)
    missing = []
    for op in iter_operations(spec):
        names = {str(p["name"]) for p in op.parameters if p.get("in") == "query"}
        if op.method != "get" or not names & {"sortby", "search", "fields", "divisionid"}:
            continue
        assert op.operation_id in PATHS, f"{op.operation_id} is a list call the table does not know"
        missing += [
            f"{op.operation_id}.{name}" for name in sorted(names - SHAPING - covered[op.operation_id])
        ]
    assert missing == []


def test_the_table_has_positive_and_negative_cases_for_every_call() -> None:
    """Every list call has a case that finds records and, where it has a filter, one that finds none."""
    spec = load_document(SPEC_PATH).document
    for op in iter_operations(spec):
        if op.operation_id not in PATHS:
            continue
        query = {str(p["name"]) for p in op.parameters if p.get("in") == "query"}
        results = [case.expected for case in CASES if case.operation_id == op.operation_id]
        assert any(results), op.operation_id
        if query - SHAPING - SORTING:
            assert any(not expected for expected in results), op.operation_id


# --- shaping: fields, paging, totals, errors through the app ----------------------------------------------


def test_fields_bundles_and_defaults(client: TestClient) -> None:
    body = client.get("/contacts", params={"id": "5", "fields": "name,company,logindetails,location"}).json()
    nina = CONTACT[5]
    assert body["contacts"] == [
        {
            "id": 5,
            "name": name_of(nina),
            "firstname": nina["firstname"],
            "lastname": nina["lastname"],
            "companyid": 3,
            "companyname": COMPANY[3]["name"],
            "allowlogin": True,
            "username": "nina",
        }
    ]
    located = client.get("/contacts", params={"id": "1", "fields": "location"}).json()["contacts"][0]
    assert located == {"id": 1, **CONTACT[1]["location"]}
    default = client.get("/companies", params={"id": "2"}).json()["companies"]
    assert default == [{"id": 2, "code": "ACME", "name": "Acme Widgets", "type": "client"}]
    api_field = client.get("/companies", params={"id": "2,3", "fields": "apifield2"}).json()["companies"]
    assert [row["apifields"][0]["value"] for row in api_field] == ["Europe", "Asia"]
    invoice = client.get("/invoices", params={"id": "1", "fields": "totals,dates"}).json()["invoices"][0]
    assert invoice == {
        "id": 1,
        "totals": invoice_money(INVOICE[1]),
        "invoiceddate": INVOICE[1]["invoiceddate"],
        "duedate": INVOICE[1]["duedate"],
    }
    event = client.get("/events", params={"id": "1", "fields": "times"}).json()["events"][0]
    assert event == {
        "id": 1,
        "starttime": demo.rows("events")[0]["starttime"],
        "endtime": demo.rows("events")[0]["endtime"],
    }
    tasks = client.get("/companies/2/tasks", params={"fields": "project", "status": "all"}).json()["tasks"]
    assert tasks[0] == {"id": 1, "projectid": 1, "projectnumber": "0001", "projecttitle": "Website relaunch"}


def test_embedded_contacts_show_details_only_on_request(client: TestClient) -> None:
    plain = client.get("/events", params={"id": "1"}).json()["events"][0]["contacts"]
    detailed = client.get("/events", params={"id": "1", "contactdetails": "true"}).json()["events"][0][
        "contacts"
    ]
    assert [c["id"] for c in plain] == [1, 2] and all("email" not in c for c in plain)
    assert all("email" in c for c in detailed)


def test_paging_pairs_pages_and_totalcount(client: TestClient) -> None:
    everyone = [
        c["id"]
        for c in sorted(
            (c for c in demo.rows("contacts") if not c["pending"]), key=lambda c: c["firstname"].casefold()
        )
    ]
    page = client.get("/contacts", params={"pagenumber": 2, "pagesize": 3}).json()
    assert [row["id"] for row in page["contacts"]] == everyone[3:6]
    assert page["count"] == 3 and page["totalcount"] == len(everyone)
    beyond = client.get("/contacts", params={"pagenumber": 9, "pagesize": 3}).json()
    assert beyond["contacts"] == [] and beyond["totalcount"] == len(everyone)
    for half in ({"pagenumber": 1}, {"pagesize": 5}):
        response = client.get("/contacts", params=half)
        assert response.status_code == 400
        assert response.json() == {"status": "Error", "details": [PAGING_PAIR_MESSAGE]}


def test_invoice_totals_and_subtotals(client: TestClient) -> None:
    money = {row["id"]: invoice_money(row)["grandtotal"] for row in demo.rows("invoices")}
    body = client.get("/invoices", params={"status": "all", "pagenumber": 1, "pagesize": 1}).json()
    assert (
        body["total"] == pytest.approx(sum(money.values())) and body["count"] == 1 and body["totalcount"] == 3
    )
    grouped = client.get(
        "/invoices", params={"status": "all", "fields": "none", "subtotals": "company"}
    ).json()
    assert "invoices" not in grouped
    by_company: dict[int, float] = {}
    for row in demo.rows("invoices"):
        by_company[row["companyid"]] = by_company.get(row["companyid"], 0.0) + money[row["id"]]
    assert {row["companyid"]: row["subtotal"] for row in grouped["subtotals"]} == pytest.approx(by_company)
    refused = client.get("/invoices", params={"subtotals": "company", "pagenumber": 1, "pagesize": 5})
    assert refused.status_code == 400 and "subtotals" in refused.json()["details"][0]
    undated = client.get("/invoices", params={"subtotals": "month"})
    assert undated.status_code == 400 and "invoiceddatefrom" in undated.json()["details"][0]
    overdue = client.get("/invoices/overdue").json()
    assert overdue["total"] == pytest.approx(money[1])


def test_time_totals_without_rows_by_default(client: TestClient) -> None:
    body = client.get("/contacts/2/time", params={"trackedfrom": "2026-01-01", "trackedto": "+0d"}).json()
    sam = [r for r in demo.rows("timerecords") if r["contactid"] == 2]
    assert body["total"] == sum(r["timetracked"] for r in sam) and "timerecords" not in body
    grouped = client.get(
        "/companies/2/time",
        params={"trackedfrom": "2026-01-01", "trackedto": "+0d", "subtotals": "contact", "fields": "none"},
    ).json()
    expected: dict[int, int] = {}
    for record in demo.rows("timerecords"):
        if time_project(record)["companyid"] == 2:
            expected[record["contactid"]] = expected.get(record["contactid"], 0) + record["timetracked"]
    assert {row["contactid"]: row["subtotal"] for row in grouped["subtotals"]} == expected


@pytest.mark.parametrize(
    ("path", "query"),
    [
        ("/invoices", {"duedatefrom": "2026-02-30"}),  # matches the pattern, is no date
        ("/companies", {"lastmodifiedfrom": "2026-02-30T10:00"}),
        ("/companies", {"sortby": "email"}),
        ("/companies", {"search": "!"}),
        ("/invoices", {"grandtotal": "gt5"}),
        ("/companies/2/projects", {"priority": "1,,2"}),
        ("/companies", {"fields": "name,secret"}),
    ],
)
def test_bad_filter_values_are_400(client: TestClient, path: str, query: dict[str, Any]) -> None:
    response = client.get(path, params=query)
    assert response.status_code == 400
    assert response.json()["status"] == "Error"


def test_a_change_moves_a_record_into_the_lastmodified_window() -> None:
    clock = {"now": NOW}
    app = create_app("proworkflow", clock=lambda: clock["now"], rate_limit=1_000_000)
    with TestClient(app, base_url="https://testserver") as test_client:
        test_client.headers["apikey"] = demo.ACCOUNT.api_key
        test_client.auth = DANA
        response = test_client.put("/companies/3", json={"phone": "+1 555 0199"})
        assert response.status_code == 200, response.text
        clock["now"] = NOW.replace(hour=20, minute=59)  # a minute short of 12 hours later
        recent = test_client.get("/companies", params={"lastmodifiedfrom": "12h"}).json()["companies"]
        older = test_client.get("/companies", params={"lastmodifiedto": "12h"}).json()["companies"]
    assert [row["id"] for row in recent] == [3]
    assert sorted(row["id"] for row in older) == [
        c["id"] for c in demo.rows("companies") if not c["pending"] and c["id"] != 3
    ]
