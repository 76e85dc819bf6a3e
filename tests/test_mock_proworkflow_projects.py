"""The ProWorkflow mock's Projects family through HTTP: create -> read -> update -> actions -> lists ->
delete with its cascade, bookmarks, contacts, options, the project-scoped lists and creates, who sees
what, the errors and the state snapshot. Every answer is checked against the spec (``Pw``)."""

from __future__ import annotations

from typing import Any

import pytest

import tests.test_mock_proworkflow as main_tests
from apikit.mock.proworkflow.demo import CHLOE, CONNOR, DANA, NINA
from apikit.mock.proworkflow.store import Store
from tests.test_mock_proworkflow import Pw

SUCCESS = "Success"
# What each test got a 2xx for goes into the main mock tests' coverage report.
shared_answers = main_tests.shared_answers


# The main mock tests' fixtures: the spec, the demo account on DEMO_NOW's clock, Dana.
spec = main_tests.spec
operations = main_tests.operations
clock = main_tests.clock
behaviour = main_tests.behaviour
client = main_tests.client
dana = main_tests.dana


def store_of(pw: Pw) -> Store:
    store: Store = pw.client.app.state.behaviour.store  # type: ignore[attr-defined]
    return store


def project(pw: Pw, project_id: int) -> dict[str, Any]:
    found: dict[str, Any] = pw.ok("projectsGet", {"projectid": project_id})["project"]
    return found


def project_ids(pw: Pw, operation_id: str = "projectsList", **params: Any) -> list[int]:
    return pw.ids(operation_id, "projects", params=params)


# ----------------------------------------------------------------------------- create, read, update, delete


def test_a_project_is_created_read_changed_and_deleted(dana: Pw) -> None:
    answer = dana.ok(
        "projectsCreate",
        body={"title": "Launch party", "companyid": 2, "staff": "2", "clients": "3", "duedate": "+1w"},
    )
    assert answer["message"] == "Project/s Added" and answer["status"] == SUCCESS
    detail = answer["details"][0]
    assert (detail["number"], detail["title"]) == ("0004", "Launch party")
    numbered = dana.ok("projectsCreate", body={"title": "Numbered", "companyid": 2, "number": "auto"})
    assert numbered["details"][0]["number"] == "0005"
    created = project(dana, detail["id"])
    assert created["companyid"] == 2 and created["managerid"] == DANA.contact_id
    assert [c["id"] for c in created["contacts"]] == [1, 2, 3]
    assert (created["status"], created["startdate"], created["duedate"]) == (
        "active",
        "2026-06-15T00:00:00",
        "2026-06-22T00:00:00",
    )

    changed = dana.ok(
        "projectsUpdate",
        {"projectid": detail["id"]},
        {"description": "With cake", "duedate": "", "purchaseordernumber": "PO-7"},
    )
    assert changed["message"] == "Project Updated" and changed["details"][0]["id"] == detail["id"]
    after = project(dana, detail["id"])
    assert after["description"] == "With cake" and after["purchaseordernumber"] == "PO-7"
    assert "duedate" not in after and after["title"] == "Launch party"
    dana.ok("projectsUpdate", {"projectid": detail["id"]}, {"purchaseordernumber": ""})
    assert project(dana, detail["id"])["purchaseordernumber"] == ""

    deleted = dana.ok("projectsDelete", {"projectid": detail["id"]})
    assert deleted["message"] == "Project Deleted"
    assert dana.fails("projectsGet", 404, {"projectid": detail["id"]}) == [
        f"Project {detail['id']} not found"
    ]


def test_create_variants_internal_completed_and_with_api_fields(dana: Pw) -> None:
    internal = dana.created_id("projectsCreate", body={"title": "Intranet", "internalclientcontactid": 2})
    assert "companyid" not in project(dana, internal)
    assert 2 in [c["id"] for c in project(dana, internal)["contacts"]]
    done = dana.created_id(
        "projectsCreate", body={"title": "Archive", "companyid": 3, "completedate": "2026-06-01"}
    )
    assert (project(dana, done)["status"], project(dana, done)["completedate"]) == (
        "complete",
        "2026-06-01T00:00:00",
    )
    tagged = dana.created_id(
        "projectsCreate", body={"title": "CRM", "companyid": 2, "apifields": [{"id": 3, "value": "CRM-1"}]}
    )
    dana.ok("projectsUpdate", {"projectid": tagged}, {"apifields": [{"id": 3, "value": "CRM-2"}]})
    assert project(dana, tagged)["apifields"] == [{"id": 3, "value": "CRM-2"}]
    assert project_ids(dana, apifields="3,crm-2") == [tagged]


def test_create_and_update_errors(dana: Pw) -> None:
    assert dana.fails("projectsCreate", 400, body={"companyid": 2}) == ["'title' is a required field"]
    dana.fails("projectsCreate", 400, body={"title": "No client"})
    assert dana.fails("projectsCreate", 400, body={"title": "x", "companyid": 99}) == [
        "'companyid': company 99 not found"
    ]
    assert dana.fails("projectsCreate", 400, body={"title": "x", "internalclientcontactid": 3}) == [
        "'internalclientcontactid': Staff contact 3 not found"
    ]
    assert dana.fails("projectsCreate", 400, body={"title": "x", "companyid": 2, "clients": "6"}) == [
        "'clients': client contact 6 not found"
    ]
    dana.fails("projectsUpdate", 400, {"projectid": 1}, {"title": ""})
    dana.fails("projectsUpdate", 400, {"projectid": 1}, {"unknown": 1})
    dana.fails("projectsUpdate", 404, {"projectid": 99}, {"title": "x"})
    dana.fails("projectsDelete", 404, {"projectid": 99})
    assert dana.as_user(CHLOE).fails("projectsCreate", 403, body={"title": "x", "companyid": 2}) == [
        "Only Staff contacts may use this call"
    ]


def test_update_adds_contacts_and_moves_the_manager(dana: Pw) -> None:
    dana.ok("projectsUpdate", {"projectid": 2}, {"managerid": "me", "contractors": "6", "timeallocated": 30})
    changed = project(dana, 2)
    assert changed["managerid"] == DANA.contact_id and changed["timeallocated"] == 30
    assert {c["id"] for c in changed["contacts"]} == {1, 2, 5, 6}


def test_quoted_and_invoiced_values_can_be_set_and_go_back_to_auto(dana: Pw) -> None:
    automatic = project(dana, 1)["quotetotal"]
    dana.ok("projectsUpdate", {"projectid": 1}, {"quotetotal": "1500.50", "invoicetotal": 99})
    assert (project(dana, 1)["quotetotal"], project(dana, 1)["invoicetotal"]) == (1500.5, 99.0)
    dana.ok("projectsUpdate", {"projectid": 1}, {"quotetotal": "auto"})
    assert project(dana, 1)["quotetotal"] == automatic


# ----------------------------------------------------------------------------- lists


def test_the_list_language_of_projects(dana: Pw) -> None:
    assert project_ids(dana) == [1, 2]  # active by default
    assert project_ids(dana, status="all") == [1, 2, 3]
    assert project_ids(dana, status="complete") == [3]
    assert project_ids(dana, status="all", companyid="2") == [1, 3]
    assert project_ids(dana, companyid="!2") == [2]
    assert project_ids(dana, id="2,3", status="all") == [2, 3]
    assert project_ids(dana, search="brand") == [2]
    assert project_ids(dana, managerid="me", status="all") == [1, 3]
    assert project_ids(dana, sortby="duedate", sortorder="desc") == [2, 1]
    listed = dana.ok("projectsList", params={"fields": "title"})["projects"]
    assert listed == [{"id": 1, "title": "Website relaunch"}, {"id": 2, "title": "Brand refresh"}]
    default = dana.ok("projectsList")["projects"][0]
    assert set(default) == {"id", "title", "number", "companyid", "companyname", "startdate", "duedate"}
    page = dana.ok("projectsList", params={"status": "all", "pagenumber": 2, "pagesize": 2})
    assert (page["count"], page["totalcount"], [p["id"] for p in page["projects"]]) == (1, 3, [3])
    assert dana.fails("projectsList", 400, params={"pagesize": 2}) == [
        "pagesize and pagenumber must both be provided in order to use paging"
    ]
    dana.fails("projectsList", 400, params={"sortby": "firstname"})


def test_overdue_projects_are_active_and_due_before_today(dana: Pw) -> None:
    assert project_ids(dana, "projectsListOverdue") == []
    dana.ok("projectsUpdate", {"projectid": 2}, {"duedate": "-1d"})
    dana.ok("projectsUpdate", {"projectid": 1}, {"duedate": "+0d"})  # due today: not yet overdue
    assert project_ids(dana, "projectsListOverdue") == [2]
    dana.ok("projectsComplete", {"projectid": 2}, {})
    assert project_ids(dana, "projectsListOverdue") == []


def test_overtime_projects_tracked_more_than_allocated(dana: Pw) -> None:
    assert project_ids(dana, "projectsListOvertime") == []  # nothing allocated in the demo
    tracked = project(dana, 1)["timetracked"]
    dana.ok("projectsUpdate", {"projectid": 1}, {"timeallocated": tracked - 1})
    dana.ok("projectsUpdate", {"projectid": 2}, {"timeallocated": project(dana, 2)["timetracked"]})
    assert project_ids(dana, "projectsListOvertime") == [1]
    assert project_ids(dana, "projectsListOvertime", companyid="3") == []


# ----------------------------------------------------------------------------- delete cascade


def test_deleting_a_project_takes_its_work_with_it(dana: Pw) -> None:
    store = store_of(dana)
    invoices = [i["id"] for i in store.invoices.where(projectid=1)]
    assert invoices and store.tasks.where(projectid=1) and store.bookmarks.where(projectid=1)
    dana.ok("projectsDelete", {"projectid": 1})
    assert store.tasks.where(projectid=1) == []
    assert [r["taskid"] for r in store.time_records.all()] == [3, 4]
    assert all(file["projectid"] != 1 for file in store.files.all())
    assert dana.ids("messagesList", "messages", params={"projectid": "1"}) == []
    assert dana.ids("expensesList", "expenses", params={"projectid": "1"}) == []
    assert store.bookmarks.where(projectid=1) == []
    assert store.shared_notes.where(projectid=1) == [] and store.shared_notes.where(projectid=2)
    for invoice_id in invoices:
        assert "projectid" not in dana.ok("invoicesGet", {"invoiceid": invoice_id})["invoice"]
    assert project_ids(dana, status="all") == [2, 3]


# ----------------------------------------------------------------------------- actions


def test_complete_takes_the_active_tasks_along_and_reactivate_only_the_project(dana: Pw) -> None:
    answer = dana.ok("projectsComplete", {"projectid": 1}, {"completedate": "2026-06-20"})
    assert answer["message"] == "Project Completed" and answer["details"][0]["id"] == 1
    done = project(dana, 1)
    assert (done["status"], done["completedate"], done["percentcomplete"]) == (
        "complete",
        "2026-06-20T00:00:00",
        100,
    )
    tasks = store_of(dana).tasks.where(projectid=1)
    assert {(t["status"], t["completedate"]) for t in tasks} == {("complete", "2026-06-20T00:00:00")}
    assert dana.ok("projectsReactivate", {"projectid": 1})["message"] == "Project Reactivated"
    again = project(dana, 1)
    assert again["status"] == "active" and "completedate" not in again
    assert {t["status"] for t in store_of(dana).tasks.where(projectid=1)} == {"complete"}
    dana.ok("projectsComplete", {"projectid": 2})  # no body: today
    assert project(dana, 2)["completedate"] == "2026-06-15T00:00:00"


def test_adjust_dates_shifts_what_is_asked_and_again_on_every_call(dana: Pw) -> None:
    body = {"adjustment": "+1w", "dates": "all", "tasks": "active", "taskdates": "due"}
    assert dana.ok("projectsAdjustDates", {"projectid": 1}, body)["message"] == "Project Dates Adjusted"
    moved = project(dana, 1)
    assert (moved["startdate"], moved["duedate"]) == ("2026-05-11T00:00:00", "2026-08-07T00:00:00")
    task = store_of(dana).tasks.get(1)
    assert (task["startdate"], task["duedate"]) == ("2026-05-04T00:00:00", "2026-06-19T00:00:00")
    dana.ok("projectsAdjustDates", {"projectid": 1}, body)
    assert project(dana, 1)["startdate"] == "2026-05-18T00:00:00"  # not idempotent
    dana.ok("projectsAdjustDates", {"projectid": 3}, {"adjustment": "-1m", "tasks": "active"})
    assert store_of(dana).tasks.get(4)["duedate"] == "2026-03-01T00:00:00"  # complete task left alone
    assert project(dana, 3)["duedate"] == "2026-03-31T00:00:00"  # no `dates`: the project's stay
    dana.ok(
        "projectsAdjustDates", {"projectid": 3}, {"adjustment": "-1m", "dates": "due", "tasks": "complete"}
    )
    assert (project(dana, 3)["duedate"], store_of(dana).tasks.get(4)["duedate"]) == (
        "2026-02-28T00:00:00",
        "2026-02-01T00:00:00",
    )
    dana.fails("projectsAdjustDates", 400, {"projectid": 1}, {"adjustment": "+1h"})
    dana.fails("projectsAdjustDates", 400, {"projectid": 1}, {"adjustment": "+9999y", "dates": "all"})
    assert project(dana, 1)["startdate"] == "2026-05-18T00:00:00"


# ----------------------------------------------------------------------------- contacts, access, options


def test_project_contacts_are_added_and_removed_by_type(dana: Pw) -> None:
    by_first_name = dana.ok("projectContactsList", {"projectid": 1})["contacts"]
    assert [c["name"] for c in by_first_name] == ["Chloe Client", "Connor Contr", "Dana Admin", "Sam Staff"]
    assert dana.ids("projectContactsList", "contacts", {"projectid": 1}, {"sortby": "id"}) == [1, 2, 3, 6]
    answer = dana.ok("projectContactsUpdate", {"projectid": 2}, {"clients": "5", "contractors": "6"})
    assert answer["message"] == "Project Contacts Updated"
    assert dana.ids("projectContactsList", "contacts", {"projectid": 2}, {"sortby": "id"}) == [2, 5, 6]
    dana.ok("projectContactsUpdate", {"projectid": 2}, {"contractors": "6", "remove": True})
    assert dana.ids("projectContactsList", "contacts", {"projectid": 2}, {"sortby": "id"}) == [2, 5]
    assert dana.fails("projectContactsUpdate", 400, {"projectid": 2}, {"contractors": "3"}) == [
        "'contractors': contractor contact 3 not found"
    ]
    assert dana.fails("projectContactsUpdate", 400, {"projectid": 2}, {"staff": "2", "remove": True}) == [
        "Contact 2 manages this project and cannot be removed"
    ]
    dana.fails("projectContactsUpdate", 400, {"projectid": 2}, {"remove": True})
    dana.as_user(NINA).fails("projectContactsUpdate", 403, {"projectid": 2}, {"clients": "5"})
    assert dana.as_user(NINA).ids("projectContactsList", "contacts", {"projectid": 2}, {"sortby": "id"}) == [
        2,
        5,
    ]


def test_access_check_follows_the_visibility_rules(dana: Pw) -> None:
    def access(pw: Pw, project_id: int, contact_id: int) -> bool:
        answer = pw.ok("projectAccessCheck", {"projectid": project_id, "contactid": contact_id})
        assert answer["access"]["projectid"] == project_id and answer["access"]["contactid"] == contact_id
        return bool(answer["access"]["access"])

    assert access(dana, 1, CONNOR.contact_id) and not access(dana, 2, CONNOR.contact_id)
    assert access(dana, 1, CHLOE.contact_id) and not access(dana, 1, NINA.contact_id)
    assert access(dana, 2, 2)
    connor = dana.as_user(CONNOR)
    assert access(connor, 1, CONNOR.contact_id)
    connor.fails("projectAccessCheck", 403, {"projectid": 1, "contactid": 2})
    connor.fails("projectAccessCheck", 404, {"projectid": 2, "contactid": CONNOR.contact_id})
    dana.fails("projectAccessCheck", 404, {"projectid": 1, "contactid": 999})


def test_project_options_default_on_and_change_for_staff(dana: Pw) -> None:
    settings = dana.ok("projectSettingsGet", {"projectid": 1})["settings"]
    assert settings == {"id": 1, "clientaccess": True, "emailalerts": True}
    assert dana.ok("projectSettingsUpdate", {"projectid": 1}, {"clientaccess": False})["message"] == (
        "Project Settings Updated"
    )
    assert dana.ok("projectSettingsGet", {"projectid": 1})["settings"]["clientaccess"] is False
    assert dana.ok("projectSettingsGet", {"projectid": 1})["settings"]["emailalerts"] is True
    dana.fails("projectSettingsUpdate", 400, {"projectid": 1}, {})
    dana.as_user(CHLOE).fails("projectSettingsUpdate", 403, {"projectid": 1}, {"emailalerts": False})
    dana.as_user(NINA).fails("projectSettingsGet", 404, {"projectid": 1})


# ----------------------------------------------------------------------------- bookmarks


def test_bookmarks_of_a_project(dana: Pw) -> None:
    assert dana.ids("projectBookmarksList", "bookmarks", {"projectid": 1}) == [1]
    answer = dana.ok(
        "projectBookmarksCreate",
        {"projectid": 1},
        {"title": "Analytics", "url": "https://stats.example.com", "description": "Traffic"},
    )
    assert answer["message"] == "Bookmark Added" and answer["details"][0]["title"] == "Analytics"
    new = {"projectid": 1, "bookmarkid": answer["details"][0]["id"]}
    shown = dana.ok("projectBookmarksGet", new)["bookmark"]
    assert shown["url"] == "https://stats.example.com" and shown["date"] == "2026-06-15T09:00:00"
    assert dana.ok("projectBookmarksUpdate", new, {"url": "https://s.example.com", "description": ""})[
        "message"
    ] == ("Bookmark Updated")
    changed = dana.ok("projectBookmarksGet", new)["bookmark"]
    assert (changed["url"], changed["description"], changed["title"]) == (
        "https://s.example.com",
        "",
        "Analytics",
    )
    listed = dana.ok("projectBookmarksList", {"projectid": 1}, params={"sortby": "title", "fields": "title"})
    assert listed["bookmarks"] == [
        {"id": new["bookmarkid"], "title": "Analytics"},
        {"id": 1, "title": "Staging site"},
    ]
    assert dana.ok("projectBookmarksDelete", new)["message"] == "Bookmark Deleted"
    assert dana.fails("projectBookmarksGet", 404, new) == [f"Bookmark {new['bookmarkid']} not found"]
    dana.fails("projectBookmarksGet", 404, {"projectid": 2, "bookmarkid": 1})  # another project's
    dana.fails("projectBookmarksCreate", 404, {"projectid": 99}, {"title": "t", "url": "u"})
    dana.fails("projectBookmarksCreate", 400, {"projectid": 1}, {"title": "no url"})


def test_bookmarks_are_seen_with_the_project_and_written_by_staff(dana: Pw) -> None:
    chloe = dana.as_user(CHLOE)
    assert chloe.ids("projectBookmarksList", "bookmarks", {"projectid": 1}) == [1]
    chloe.fails("projectBookmarksCreate", 403, {"projectid": 1}, {"title": "t", "url": "u"})
    chloe.fails("projectBookmarksDelete", 403, {"projectid": 1, "bookmarkid": 1})
    dana.as_user(NINA).fails("projectBookmarksList", 404, {"projectid": 1})
    dana.as_user(NINA).fails("projectBookmarksGet", 404, {"projectid": 1, "bookmarkid": 1})


# ----------------------------------------------------------------------------- what hangs off a project


@pytest.mark.parametrize(
    ("nested", "top", "key", "params"),
    [
        ("projectExpensesList", "expensesList", "expenses", {}),
        ("projectFilesList", "filesList", "files", {}),
        ("projectInvoicesList", "invoicesList", "invoices", {"status": "all"}),
        ("projectMessagesList", "messagesList", "messages", {}),
    ],
)
def test_project_lists_show_what_the_top_level_lists_show_for_it(
    dana: Pw, nested: str, top: str, key: str, params: dict[str, str]
) -> None:
    for user in (dana, dana.as_user(CHLOE), dana.as_user(CONNOR)):
        for project_id in (1, 2):
            seen = dana.ok("projectAccessCheck", {"projectid": project_id, "contactid": user.user.contact_id})
            if not seen["access"]["access"]:
                user.fails(nested, 404, {"projectid": project_id})
                continue
            mine = user.request(nested, {"projectid": project_id}, params)
            everywhere = user.request(top, None, {**params, "projectid": str(project_id)})
            assert mine.status_code == everywhere.status_code
            assert mine.json().get(key) == everywhere.json().get(key)
            assert mine.json().get("totalcount") == everywhere.json().get("totalcount")
    assert dana.ids(nested, key, {"projectid": 1}, params=params), "the demo project 1 has some"
    assert dana.ids(nested, key, {"projectid": 1}, params={**params, "idfrom": "9999"}) == []


def test_project_creates_are_the_top_level_creates_with_the_project_fixed(dana: Pw) -> None:
    expense = dana.created_id("projectExpensesCreate", {"projectid": 2}, {"name": "Paper", "cost": 12.5})
    assert dana.ok("expensesGet", {"expenseid": expense})["expense"]["projectid"] == 2
    file_id = dana.created_id(
        "projectFilesCreate", {"projectid": 2}, {"name": "brief.txt", "content": "U29tZSB0ZXh0"}
    )
    assert dana.ok("filesGet", {"fileid": file_id})["file"]["projectid"] == 2
    invoice = dana.created_id(
        "projectInvoicesCreate",
        {"projectid": 2},
        {"contactid": 5, "lines": [{"type": "lineitem", "name": "Logo", "quantity": 1, "rate": 500}]},
    )
    assert dana.ok("invoicesGet", {"invoiceid": invoice})["invoice"]["projectid"] == 2
    message = dana.created_id(
        "projectMessagesCreate", {"projectid": 2}, {"title": "Colours", "content": "Blue?", "contacts": "5"}
    )
    assert dana.ok("messagesGet", {"messageid": message})["message"]["projectid"] == 2
    reply = dana.created_id(
        "projectMessagesCreate", {"projectid": 2}, {"originalmessageid": message, "content": "Yes"}
    )
    assert dana.ok("messagesGet", {"messageid": reply})["message"]["originalmessageid"] == message
    assert dana.fails(
        "projectMessagesCreate", 400, {"projectid": 1}, {"originalmessageid": message, "content": "x"}
    ) == [f"'originalmessageid': message {message} not found in project 1"]
    assert dana.fails(
        "projectMessagesCreate",
        400,
        {"projectid": 1},
        {"title": "t", "content": "x", "contacts": "me", "taskid": 3},
    ) == ["'taskid': task 3 not found in project 1"]
    dana.fails("projectExpensesCreate", 400, {"projectid": 2}, {"name": "x", "cost": 1, "projectid": 1})
    dana.fails("projectExpensesCreate", 404, {"projectid": 99}, {"name": "x", "cost": 1})
    dana.as_user(CHLOE).fails("projectFilesCreate", 404, {"projectid": 2}, {"name": "a", "content": "YQ=="})
    chloe_file = dana.as_user(CHLOE).created_id(
        "projectFilesCreate", {"projectid": 1}, {"name": "a.txt", "content": "YQ=="}
    )
    assert chloe_file in dana.ids("projectFilesList", "files", {"projectid": 1})


# ----------------------------------------------------------------------------- visibility


def test_clients_and_contractors_see_only_their_projects(dana: Pw) -> None:
    chloe, nina, connor = dana.as_user(CHLOE), dana.as_user(NINA), dana.as_user(CONNOR)
    assert project_ids(chloe, status="all") == [1, 3]
    assert project_ids(nina, status="all") == [2]
    assert project_ids(connor, status="all") == [1]
    chloe.fails("projectsGet", 404, {"projectid": 2})
    connor.fails("projectsGet", 404, {"projectid": 3})
    assert "privatenotes" not in project(chloe, 1) and "privatenotes" in project(dana, 1)
    assert all("email" not in contact for contact in project(chloe, 1)["contacts"])
    connor.fails("projectsUpdate", 403, {"projectid": 1}, {"title": "Mine now"})
    connor.fails("projectsDelete", 403, {"projectid": 1})
    connor.fails("projectsComplete", 403, {"projectid": 1}, {})
    nina.fails("projectsAdjustDates", 403, {"projectid": 2}, {"adjustment": "+1d", "dates": "all"})
    dana.ok("projectsUpdate", {"projectid": 1}, {"duedate": "-1d"})
    assert project_ids(chloe, "projectsListOverdue") == [1] and project_ids(nina, "projectsListOverdue") == []


# ----------------------------------------------------------------------------- state


def test_bookmarks_and_project_changes_are_part_of_the_state(dana: Pw) -> None:
    behaviour = dana.client.app.state.behaviour  # type: ignore[attr-defined]
    assert [b["id"] for b in behaviour.snapshot()["bookmarks"]] == [1, 2]
    bookmark = dana.created_id("projectBookmarksCreate", {"projectid": 2}, {"title": "Moodboard", "url": "u"})
    dana.ok("projectSettingsUpdate", {"projectid": 2}, {"emailalerts": False})
    state = behaviour.snapshot()
    behaviour.reset()
    assert dana.ids("projectBookmarksList", "bookmarks", {"projectid": 2}) == [2]
    behaviour.restore(state)
    assert dana.ids("projectBookmarksList", "bookmarks", {"projectid": 2}) == [2, bookmark]
    assert dana.ok("projectSettingsGet", {"projectid": 2})["settings"]["emailalerts"] is False
    next_bookmark = dana.created_id("projectBookmarksCreate", {"projectid": 2}, {"title": "Next", "url": "u"})
    assert next_bookmark == bookmark + 1
