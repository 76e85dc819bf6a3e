"""The ProWorkflow mock's quotes, shared notes, project requests and workload through HTTP: create,
read, update, actions, lists, visibility, errors, cascades and the state. Every answer is checked
against the spec (the `Pw` client of test_mock_proworkflow)."""

from __future__ import annotations

from typing import Any

import tests.test_mock_proworkflow as main_tests
from apikit.mock.proworkflow.behaviour import ProWorkflowBehaviour
from apikit.mock.proworkflow.demo import CHLOE, CONNOR, NINA, SAM
from tests.test_mock_proworkflow import Pw

# What each test got a 2xx for goes into the main mock tests' coverage report.
shared_answers = main_tests.shared_answers

TODAY = "2026-06-15T00:00:00"  # DEMO_NOW's day, a Monday
QUOTE_BODY: dict[str, Any] = {
    "title": "Website Refresh Quote",
    "contactid": 3,
    "projectid": 1,
    "taxrate": 10,
    "lines": [
        {"type": "heading", "name": "Design"},
        {"type": "lineitem", "name": "Homepage design", "quantity": 1, "rate": 1200.0, "taxable": True},
        {"type": "taskrate", "name": "Development", "time": 480, "rate": 150.0, "taxable": True},
        {"type": "staffrate", "name": "Amy West", "time": 120, "rate": 100.0, "taxable": False},
    ],
}


spec = main_tests.spec
operations = main_tests.operations


# The main mock tests' mock on DEMO_NOW's clock, with its behaviour at hand, and Dana.
clock = main_tests.clock
behaviour = main_tests.behaviour
client = main_tests.client
dana = main_tests.dana


def quote(pw: Pw, quote_id: int) -> dict[str, Any]:
    found: dict[str, Any] = pw.ok("quotesGet", {"quoteid": quote_id})["quote"]
    return found


def totals(pw: Pw, quote_id: int) -> tuple[float, float, float]:
    shown = quote(pw, quote_id)
    return shown["subtotal"], shown["taxtotal"], shown["grandtotal"]


# --- quotes -----------------------------------------------------------------------------------------------


def test_a_quote_is_created_from_lines_and_read_back(dana: Pw) -> None:
    answer = dana.ok("quotesCreate", body=QUOTE_BODY)
    assert answer["message"] == "Quote Added"
    detail = answer["details"][0]
    assert (detail["number"], detail["title"]) == ("Q-0003", "Website Refresh Quote")

    shown = quote(dana, detail["id"])
    assert (shown["status"], shown["type"], shown["companyid"], shown["contactid"]) == (
        "pending",
        "quote",
        2,
        3,
    )
    assert (shown["quoteddate"], shown["quotedby"], shown["project"]["id"]) == (TODAY, "Dana Admin", 1)
    # 1 x 1200 + 480 min at 150/h + 120 min at 100/h; tax on the two taxable lines only
    assert totals(dana, detail["id"]) == (2600.0, 240.0, 2840.0)
    assert shown["totals"] == {"subtotal": 2600.0, "taxtotal": 240.0, "grandtotal": 2840.0}
    lines = dana.ok("quoteLinesList", {"quoteid": detail["id"]})["lines"]
    assert [(line["type"], line["total"], line["displayorder"]) for line in lines] == [
        ("heading", 0.0, 1.0),
        ("lineitem", 1200.0, 2.0),
        ("taskrate", 1200.0, 3.0),
        ("staffrate", 200.0, 4.0),
    ]


def test_the_demo_quotes_keep_their_totals_on_real_lines(dana: Pw) -> None:
    assert totals(dana, 1) == (4000.0, 400.0, 4400.0)
    assert totals(dana, 2) == (2500.0, 250.0, 2750.0)
    company = dana.ok("companyQuotesList", {"companyid": 2}, {"status": "all", "fields": "number,totals"})
    assert company["quotes"] == [
        {"id": 1, "number": "Q-0001", "totals": {"subtotal": 4000.0, "taxtotal": 400.0, "grandtotal": 4400.0}}
    ]
    assert company["total"] == 4400.0


def test_a_quote_under_a_project_is_for_the_projects_company(dana: Pw) -> None:
    body = {key: value for key, value in QUOTE_BODY.items() if key != "projectid"}
    quote_id = dana.created_id("projectQuotesCreate", {"projectid": 2}, body)
    shown = quote(dana, quote_id)
    assert (shown["projectid"], shown["companyid"], shown["contactid"]) == (2, 3, 3)
    listed = dana.ids("projectQuotesList", "quotes", {"projectid": 2}, {"status": "all"})
    assert listed == [2, quote_id]
    assert dana.fails("projectQuotesCreate", 404, {"projectid": 99}, body) == ["Project 99 not found"]


def test_lines_change_the_totals_and_keep_their_order(dana: Pw) -> None:
    line_id = dana.created_id(
        "quoteLinesCreate",
        {"quoteid": 2},
        {"type": "lineitem", "name": "Print run", "quantity": 2, "rate": 50},
    )
    assert totals(dana, 2) == (2600.0, 260.0, 2860.0)
    added = dana.ok(
        "quoteLinesCreate",
        {"quoteid": 2},
        [
            {"type": "heading", "name": "Extras", "displayorder": "before4"},
            {"type": "heading", "name": "End"},
        ],
    )
    assert added["message"] == "Line/s Added" and [d["name"] for d in added["details"]] == ["Extras", "End"]
    lines = dana.ok("quoteLinesList", {"quoteid": 2})["lines"]
    placed = [line["name"] for line in sorted(lines, key=lambda line: line["displayorder"])]
    assert placed == ["Extras", "Logo concepts", "Sam Staff", "Print run", "End"]
    assert [line["displayorder"] for line in lines] == [2.0, 3.0, 4.0, 1.0, 5.0]  # listed in id order

    dana.ok("quoteLinesUpdate", {"quoteid": 2, "lineid": line_id}, {"rate": 110.0, "taxable": False})
    line = dana.ok("quoteLinesGet", {"quoteid": 2, "lineid": line_id})["line"]
    assert (line["rate"], line["taxable"], line["total"], line["quoteid"]) == (110.0, False, 220.0, 2)
    assert totals(dana, 2) == (2720.0, 250.0, 2970.0)
    assert dana.fails("quoteLinesUpdate", 400, {"quoteid": 2, "lineid": line_id}, {"time": 30}) == [
        "'time' applies to task and staff rate lines, not to a lineitem line"
    ]

    dana.ok("quoteLinesDelete", {"quoteid": 2, "lineid": line_id})
    assert totals(dana, 2) == (2500.0, 250.0, 2750.0)
    assert dana.fails("quoteLinesGet", 404, {"quoteid": 2, "lineid": line_id}) == [
        f"Line {line_id} not found in quote 2"
    ]
    assert dana.fails("quoteLinesGet", 404, {"quoteid": 1, "lineid": 4}) == ["Line 4 not found in quote 1"]


def test_the_lines_of_every_quote_are_listed_together(dana: Pw) -> None:
    everything = dana.ok("quoteLinesListAll")
    assert [(line["quoteid"], line["id"]) for line in everything["lines"]] == [
        (1, 1), (1, 2), (1, 3), (2, 4), (2, 5),
    ]  # fmt: skip
    assert dana.ids("quoteLinesListAll", "lines", params={"quoteid": "2"}) == [4, 5]
    assert dana.ids("quoteLinesListAll", "lines", params={"type": "taskrate"}) == [3]
    page = dana.ok(
        "quoteLinesListAll", params={"sortby": "id", "sortorder": "desc", "pagenumber": 2, "pagesize": 2}
    )
    assert ([line["id"] for line in page["lines"]], page["totalcount"]) == ([3, 2], 5)


def test_approve_decline_and_back_to_pending(dana: Pw) -> None:
    approved = dana.ok("quotesApprove", {"quoteid": 2}, {"approveddate": "+0d", "projectid": 3})
    assert approved["message"] == "Quote Approved" and approved["details"][0]["number"] == "Q-0002"
    shown = quote(dana, 2)
    assert (shown["status"], shown["approveddate"], shown["projectid"]) == ("approved", TODAY, 3)
    assert dana.fails("quotesApprove", 400, {"quoteid": 2}, {}) == [
        "Quote 2 is approved; it cannot be marked as approved"
    ]
    assert dana.fails("quotesDecline", 400, {"quoteid": 2}, {}) == [
        "Quote 2 is approved; it cannot be marked as declined"
    ]

    dana.ok("quotesMarkAsPending", {"quoteid": 2}, {})
    shown = quote(dana, 2)
    assert shown["status"] == "pending" and "approveddate" not in shown
    assert dana.fails("quotesMarkAsPending", 400, {"quoteid": 2}, {}) == [
        "Quote 2 is pending; it cannot be marked as pending"
    ]
    dana.ok("quotesDecline", {"quoteid": 2})
    assert quote(dana, 2)["status"] == "declined"
    dana.ok("quotesMarkAsPending", {"quoteid": 2})
    dana.ok("quotesApprove", {"quoteid": 2})  # no body: today, project kept
    assert (quote(dana, 2)["approveddate"], quote(dana, 2)["projectid"]) == (TODAY, 3)
    assert dana.fails("quotesApprove", 400, {"quoteid": 1}, {"projectid": 99}) == [
        "Quote 1 is approved; it cannot be marked as approved"
    ]


def test_an_update_changes_only_what_is_sent(dana: Pw) -> None:
    dana.ok(
        "quotesUpdate",
        {"quoteid": 2},
        {"title": "Brand refresh - revised", "validtodate": "", "projectid": "", "taxable": False,
         "lines": [{"type": "lineitem", "name": "Extra concept", "quantity": 1, "rate": 500}]},
    )  # fmt: skip
    shown = quote(dana, 2)
    assert (shown["title"], shown["number"], shown["type"], shown["status"]) == (
        "Brand refresh - revised", "Q-0002", "estimate", "pending",
    )  # fmt: skip
    assert "validtodate" not in shown and "projectid" not in shown and "project" not in shown
    assert totals(dana, 2) == (3000.0, 0.0, 3000.0)
    assert dana.fails("quotesUpdate", 400, {"quoteid": 2}, {"title": " "}) == ["'title' cannot be empty"]
    assert dana.fails("quotesUpdate", 400, {"quoteid": 2}, {"projectid": 99}) == [
        "'projectid': project 99 not found"
    ]
    assert dana.request("quotesUpdate", {"quoteid": 2}, body={"status": "approved"}).status_code == 400


def test_quote_lists_filter_choose_fields_sort_and_page(dana: Pw) -> None:
    dana.created_id("quotesCreate", body={**QUOTE_BODY, "contactid": 5, "projectid": 2, "type": "estimate"})
    assert dana.ids("quotesList", "quotes") == [2, 3]  # pending by default
    assert dana.ids("quotesList", "quotes", params={"status": "all"}) == [1, 2, 3]
    assert dana.ids("quotesList", "quotes", params={"status": "active", "companyid": "3"}) == [2, 3]
    assert dana.ids("quotesList", "quotes", params={"status": "all", "contactid": "3"}) == [1]
    assert dana.ids("quotesList", "quotes", params={"status": "all", "type": "quote"}) == [1]
    assert dana.ids("quotesList", "quotes", params={"status": "all", "grandtotal": "gte3000"}) == [1]
    assert dana.ids("quotesList", "quotes", params={"status": "all", "searchtitle": "brand"}) == [2]
    listed = dana.ok("quotesList", params={"status": "all", "fields": "number,company", "sortby": "number",
                                           "sortorder": "desc", "pagenumber": 1, "pagesize": 2})  # fmt: skip
    assert listed["quotes"] == [
        {"id": 3, "number": "Q-0003", "companyid": 3, "companyname": "Northwind Traders"},
        {"id": 2, "number": "Q-0002", "companyid": 3, "companyname": "Northwind Traders"},
    ]
    assert (listed["count"], listed["totalcount"], listed["total"]) == (2, 3, 4400.0 + 2750.0 + 2840.0)
    subtotals = dana.ok("quotesList", params={"status": "all", "subtotals": "company", "fields": "none"})
    assert "quotes" not in subtotals and [row["subtotal"] for row in subtotals["subtotals"]] == [
        4400.0,
        5590.0,
    ]


def test_a_deleted_quote_takes_its_lines_and_leaves_the_project_total(dana: Pw) -> None:
    def quote_total_of_project_1() -> float:
        projects = dana.ok("companyProjectsList", {"companyid": 2}, {"fields": "quotetotal"})["projects"]
        return float(next(p["quotetotal"] for p in projects if p["id"] == 1))

    assert quote_total_of_project_1() == 4400.0
    answer = dana.ok("quotesDelete", {"quoteid": 1})
    assert (answer["message"], answer["details"]) == (
        "Quote Deleted", [{"id": 1, "number": "Q-0001", "title": "Website relaunch quote"}],
    )  # fmt: skip
    assert dana.fails("quotesGet", 404, {"quoteid": 1}) == ["Quote 1 not found"]
    assert dana.ids("quoteLinesListAll", "lines") == [4, 5]
    assert quote_total_of_project_1() == 0.0


def test_quote_errors_say_what_is_wrong_and_store_nothing(dana: Pw) -> None:
    no_contact = {key: value for key, value in QUOTE_BODY.items() if key != "contactid"}
    assert dana.fails("quotesCreate", 400, body=no_contact) == ["'contactid' is a required field"]
    assert dana.fails("quotesCreate", 400, body={**QUOTE_BODY, "contactid": 99}) == [
        "'contactid': contact 99 not found"
    ]
    assert dana.fails("quotesCreate", 400, body={**QUOTE_BODY, "projectid": 99}) == [
        "'projectid': project 99 not found"
    ]
    bad_line = {**QUOTE_BODY, "lines": [{"type": "heading", "name": "A"}, {"type": "lineitem", "name": "B"}]}
    assert dana.fails("quotesCreate", 400, body=bad_line) == [
        "line 2: 'quantity' is a required field for a lineitem line"
    ]
    expense = {**QUOTE_BODY, "lines": [{"type": "expense", "name": "Travel", "quantity": 1, "rate": 10}]}
    assert dana.request("quotesCreate", body=expense).status_code == 400  # no expense lines on quotes
    assert dana.ids("quotesList", "quotes", params={"status": "all"}) == [1, 2]
    assert dana.fails("quotesGet", 404, {"quoteid": 99}) == ["Quote 99 not found"]
    assert dana.fails("quoteLinesCreate", 400, {"quoteid": 2}, {"type": "heading", "name": "X",
                                                                 "displayorder": "after1"}) == [
        "'displayorder': line 1 not found in this quote"
    ]  # fmt: skip


def test_who_sees_and_changes_quotes(dana: Pw) -> None:
    chloe, nina, connor, sam = (dana.as_user(user) for user in (CHLOE, NINA, CONNOR, SAM))
    assert chloe.ids("quotesList", "quotes", params={"status": "all"}) == [1]
    assert nina.ids("quotesList", "quotes", params={"status": "all"}) == [2]
    assert chloe.fails("quotesGet", 404, {"quoteid": 2}) == ["Quote 2 not found"]
    assert chloe.ids("quoteLinesListAll", "lines") == [1, 2, 3]
    assert chloe.fails("quotesApprove", 403, {"quoteid": 1}, {}) == ["Only Staff contacts may use this call"]
    assert connor.fails("quotesList", 403) == ["You do not have permission to view Invoices"]
    assert sam.ids("quotesList", "quotes", params={"status": "all"}) == [1, 2]  # view, but no add
    assert sam.fails("quotesCreate", 403, body=QUOTE_BODY) == ["You do not have permission to add Invoices"]
    assert sam.fails("quotesDelete", 403, {"quoteid": 1}) == ["You do not have permission to delete Invoices"]


# --- shared notes -----------------------------------------------------------------------------------------


def test_shared_notes_are_created_read_changed_and_deleted(dana: Pw) -> None:
    nested = dana.ok(
        "projectSharedNotesCreate", {"projectid": 1}, {"title": "Fonts", "content": "Use Inter."}
    )
    assert nested["message"] == "Shared Note Added"
    note_id = nested["details"][0]["id"]
    top_id = dana.created_id("sharedNotesCreate", body={"projectid": 2, "title": "Print"})
    note = dana.ok("sharedNotesGet", {"noteid": note_id})["sharednote"]
    assert (note["title"], note["content"], note["projectid"], note["date"]) == (
        "Fonts", "Use Inter.", 1, "2026-06-15T09:00:00",
    )  # fmt: skip
    assert (
        note["author"] == {"id": 1, "name": "Dana Admin"} and note["project"]["title"] == "Website relaunch"
    )
    assert dana.ok("sharedNotesGet", {"noteid": top_id})["sharednote"]["content"] == ""

    dana.ok("sharedNotesUpdate", {"noteid": note_id}, {"content": ""})
    note = dana.ok("sharedNotesGet", {"noteid": note_id})["sharednote"]
    assert (note["title"], note["content"]) == ("Fonts", "")
    assert dana.fails("sharedNotesUpdate", 400, {"noteid": note_id}, {"title": "  "}) == [
        "'title' cannot be empty"
    ]

    assert dana.ids("projectSharedNotesList", "sharednotes", {"projectid": 1}) == [1, note_id]
    assert dana.ids("sharedNotesList", "sharednotes", params={"projectid": "2"}) == [2, top_id]
    assert dana.ids("sharedNotesList", "sharednotes", params={"search": "green"}) == [2]
    listed = dana.ok("sharedNotesList", params={"fields": "title", "sortby": "id", "sortorder": "desc"})
    assert listed["sharednotes"][:2] == [{"id": top_id, "title": "Print"}, {"id": note_id, "title": "Fonts"}]

    deleted = dana.ok("sharedNotesDelete", {"noteid": note_id})
    assert deleted["message"] == "Shared Note Deleted"
    assert dana.fails("sharedNotesGet", 404, {"noteid": note_id}) == [f"Shared Note {note_id} not found"]


def test_shared_notes_need_a_project_the_caller_sees(dana: Pw) -> None:
    assert dana.fails("sharedNotesCreate", 400, body={"projectid": 99, "title": "x"}) == [
        "'projectid': project 99 not found"
    ]
    assert dana.fails("projectSharedNotesCreate", 404, {"projectid": 99}, {"title": "x"}) == [
        "Project 99 not found"
    ]
    assert dana.fails("sharedNotesCreate", 400, body={"projectid": 1}) == ["'title' is a required field"]
    chloe, connor, nina = (dana.as_user(user) for user in (CHLOE, CONNOR, NINA))
    assert chloe.ids("sharedNotesList", "sharednotes") == [1]  # Acme's project only
    assert connor.ids("sharedNotesList", "sharednotes") == [1]  # the project Connor is on
    assert nina.fails("sharedNotesGet", 404, {"noteid": 1}) == ["Shared Note 1 not found"]
    assert nina.fails("projectSharedNotesList", 404, {"projectid": 1}) == ["Project 1 not found"]
    assert chloe.fails("sharedNotesCreate", 403, body={"projectid": 1, "title": "x"}) == [
        "Only Staff contacts may use this call"
    ]


# --- project requests -------------------------------------------------------------------------------------


def test_a_project_request_is_read_and_edited_while_pending(dana: Pw) -> None:
    request = dana.ok("projectRequestsGet", {"projectrequestid": 1})["projectrequest"]
    assert (request["title"], request["status"], request["company"]["name"]) == (
        "Mobile app", "pending", "Acme Widgets",
    )  # fmt: skip
    answer = dana.ok("projectRequestsUpdate", {"projectrequestid": 1}, {"budget": 15000, "duedate": "",
                                                                         "startdate": "+1m"})  # fmt: skip
    assert answer["message"] == "Project Request Updated"
    request = dana.ok("projectRequestsGet", {"projectrequestid": 1})["projectrequest"]
    assert (request["budget"], request["startdate"], "duedate" in request) == (
        15000.0,
        "2026-07-15T00:00:00",
        False,
    )
    assert request["title"] == "Mobile app"
    assert dana.fails("projectRequestsUpdate", 400, {"projectrequestid": 1}, {"title": " "}) == [
        "'title' cannot be empty"
    ]
    assert dana.fails("projectRequestsGet", 404, {"projectrequestid": 9}) == ["Project Request 9 not found"]


def test_approving_a_request_makes_its_project(dana: Pw) -> None:
    answer = dana.ok(
        "projectRequestsApprove", {"projectrequestid": 1}, {"number": "auto", "clientaccess": True}
    )
    assert answer["message"] == "Project Request Approved"
    made = answer["details"][0]
    assert (made["number"], made["title"]) == ("0004", "Mobile app")
    shown = {"fields": "title,manager,startdate,duedate,contacts"}
    projects = dana.ok("companyProjectsList", {"companyid": 2}, shown)["projects"]
    project = next(p for p in projects if p["id"] == made["id"])
    assert (project["managerid"], project["startdate"], project["duedate"]) == (
        1, "2026-08-01T00:00:00", "2026-11-30T00:00:00",
    )  # fmt: skip
    assert {c["id"] for c in project["contacts"]} == {1, 3}  # the manager and, with clientaccess, the client
    request = dana.ok("projectRequestsGet", {"projectrequestid": 1})["projectrequest"]
    assert (request["status"], request["projectid"]) == ("approved", made["id"])
    assert dana.fails("projectRequestsApprove", 400, {"projectrequestid": 1}, {}) == [
        "Project request 1 is approved; it cannot be approved"
    ]
    assert dana.fails("projectRequestsUpdate", 400, {"projectrequestid": 1}, {"budget": 1}) == [
        "Project request 1 is approved; it cannot be edited"
    ]


def test_a_request_is_declined_or_deleted(dana: Pw) -> None:
    chloe = dana.as_user(CHLOE)
    request_id = chloe.created_id("projectRequestsCreate", body={"title": "Newsletter"})
    declined = dana.ok("projectRequestsDecline", {"projectrequestid": request_id})
    assert declined["details"] == [{"id": request_id, "title": "Newsletter"}]
    assert (
        chloe.ok("projectRequestsGet", {"projectrequestid": request_id})["projectrequest"]["status"]
        == "declined"
    )
    assert dana.fails("projectRequestsApprove", 400, {"projectrequestid": request_id}) == [
        f"Project request {request_id} is declined; it cannot be approved"
    ]
    assert (
        dana.ok("projectRequestsDelete", {"projectrequestid": request_id})["message"]
        == "Project Request Deleted"
    )
    assert dana.ids("projectRequestsList", "projectrequests") == [1]


def test_who_sees_and_changes_project_requests(dana: Pw) -> None:
    chloe, nina = dana.as_user(CHLOE), dana.as_user(NINA)
    assert chloe.ok("projectRequestsGet", {"projectrequestid": 1})["projectrequest"]["id"] == 1
    assert nina.fails("projectRequestsGet", 404, {"projectrequestid": 1}) == ["Project Request 1 not found"]
    assert chloe.fails("projectRequestsUpdate", 403, {"projectrequestid": 1}, {"budget": 1}) == [
        "Only Staff contacts may use this call"
    ]
    assert chloe.fails("projectRequestsApprove", 403, {"projectrequestid": 1}) == [
        "Only Staff contacts may use this call"
    ]
    assert chloe.fails("projectRequestsDelete", 403, {"projectrequestid": 1}) == [
        "Only Staff contacts may use this call"
    ]


# --- workload ---------------------------------------------------------------------------------------------


def allocate(behaviour: ProWorkflowBehaviour, task_id: int, minutes: int, **dates: str) -> None:
    """Give a demo task allocated time (and dates) through the state, as seed data would."""
    state = behaviour.snapshot()
    task = next(row for row in state["tasks"] if row["id"] == task_id)
    task.update(timeallocated=minutes, **dates)
    behaviour.restore(state)


def days_of(answer: dict[str, Any], contact_id: int) -> dict[str, int]:
    row = next(row for row in answer["workload"] if row["contactid"] == contact_id)
    return {day["date"][:10]: day["minutes"] for day in row["days"]}


def test_the_workload_spreads_remaining_task_time_over_working_days(
    dana: Pw, behaviour: ProWorkflowBehaviour
) -> None:
    # Task 1 (Sam, project 1, due Friday 2026-06-19, 120 min tracked): 720 allocated -> 600 left over 5 days.
    allocate(behaviour, 1, 720, startdate="2026-06-01T00:00:00", duedate="2026-06-19T00:00:00")
    answer = dana.ok("workloadGet", params={"datefrom": "+0d", "dateto": "+1w"})
    assert answer["mode"] == "workload" and answer["count"] == 2
    assert [row["contactid"] for row in answer["workload"]] == [1, 2]
    sam = days_of(answer, 2)
    assert list(sam) == ["2026-06-15", "2026-06-16", "2026-06-17", "2026-06-18", "2026-06-19", "2026-06-22"]
    assert list(sam.values()) == [120, 120, 120, 120, 120, 0]  # weekend left out, nothing after the due date
    assert set(days_of(answer, 1).values()) == {0}
    assert next(row for row in answer["workload"] if row["contactid"] == 2)["total"] == 600

    free = dana.ok("workloadGet", params={"contacts": "2", "mode": "availability", "availableminutes": 100,
                                          "dateto": "+0d"})  # fmt: skip
    assert free["workload"] == [
        {"contactid": 2, "contactname": "Sam Staff", "days": [{"date": TODAY, "minutes": -20}], "total": -20}
    ]
    assert dana.ok("workloadGet", params={"contacts": "me", "dateto": "+0d"})["workload"][0]["contactid"] == 1


def test_overdue_and_completed_tasks_do_not_count(dana: Pw, behaviour: ProWorkflowBehaviour) -> None:
    allocate(behaviour, 1, 720, duedate="2026-06-12T00:00:00")  # overdue
    allocate(behaviour, 4, 600, duedate="2026-06-30T00:00:00")  # complete
    answer = dana.ok("workloadGet")
    assert all(day["minutes"] == 0 for row in answer["workload"] for day in row["days"])
    assert len(answer["workload"][0]["days"]) == 11  # two weeks from today: 11 working days


def test_the_workload_refuses_past_dates_and_non_staff(dana: Pw) -> None:
    assert dana.request("workloadGet", params={"datefrom": "-1d"}).status_code == 400
    assert dana.request("workloadGet", params={"dateto": "2026-06-01"}).status_code == 400
    assert dana.as_user(CHLOE).fails("workloadGet", 403) == ["Only Staff contacts may use this call"]


# --- state ------------------------------------------------------------------------------------------------


def test_quote_lines_and_shared_notes_are_part_of_the_state(
    dana: Pw, behaviour: ProWorkflowBehaviour
) -> None:
    quote_id = dana.created_id("quotesCreate", body=QUOTE_BODY)
    note_id = dana.created_id("sharedNotesCreate", body={"projectid": 1, "title": "Kept"})
    dana.ok("projectRequestsDecline", {"projectrequestid": 1})
    state = behaviour.snapshot()
    assert {line["quoteid"] for line in state["quotelines"]} == {1, 2, quote_id}
    assert [note["id"] for note in state["sharednotes"]] == [1, 2, note_id]
    behaviour.reset()
    assert dana.fails("quotesGet", 404, {"quoteid": quote_id}) == [f"Quote {quote_id} not found"]
    behaviour.restore(state)
    assert totals(dana, quote_id) == (2600.0, 240.0, 2840.0)
    assert dana.ok("sharedNotesGet", {"noteid": note_id})["sharednote"]["title"] == "Kept"
    assert dana.ok("projectRequestsGet", {"projectrequestid": 1})["projectrequest"]["status"] == "declined"
