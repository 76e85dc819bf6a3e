"""The ProWorkflow mock's tasks and time through HTTP: task life cycle, batches, assignees, actions,
bulk delete and its cascades, overdue/overtime, nested lists, time combinations, timers on the mock
clock, who sees and changes what, errors and the state snapshot. Every answer is checked against the
spec (``Pw`` of the main mock tests, whose coverage file these tests report to as well)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from starlette.testclient import TestClient

import tests.test_mock_proworkflow as main_tests
from apikit.mock.proworkflow.demo import CHLOE, CONNOR, NINA, SAM
from tests.test_mock_proworkflow import FakeClock, Pw

# The main mock tests' fixtures, and their coverage report of the operations that answered 2xx.
spec = main_tests.spec
operations = main_tests.operations
clock = main_tests.clock
behaviour = main_tests.behaviour
client = main_tests.client
dana = main_tests.dana
shared_answers = main_tests.shared_answers

PERIOD = {"trackedfrom": "-1y", "trackedto": "+1y"}
COMBINATIONS_MESSAGE = (
    "You must provide one of the following combinations: 'starttime' & 'endtime', 'starttime' & "
    "'timetracked', 'endtime' & 'timetracked' or 'timetracked'"
)


def task(pw: Pw, task_id: int) -> dict[str, Any]:
    return dict(pw.ok("tasksGet", {"taskid": task_id})["task"])


def record(pw: Pw, record_id: int) -> dict[str, Any]:
    return dict(pw.ok("timeGet", {"timerecordid": record_id})["timerecord"])


def new_task(pw: Pw, **fields: Any) -> int:
    return pw.created_id("tasksCreate", body={"name": "Proofs", "projectid": 1, **fields})


# --- tasks -----------------------------------------------------------------------------------------------


def test_a_task_is_created_read_changed_completed_and_deleted(dana: Pw) -> None:
    created = dana.ok("tasksCreate", body={"name": "Proofs", "projectid": 1, "duedate": "+1w", "priority": 2})
    assert created["message"] == "Task/s Added" and created["details"][0]["name"] == "Proofs"
    task_id = created["details"][0]["id"]
    shown = task(dana, task_id)
    assert (shown["duedate"], shown["priority"], shown["status"]) == ("2026-06-22T00:00:00", 2, "active")
    assert [c["id"] for c in shown["contacts"]] == [1]  # `me` by default: Dana is on project 1

    dana.ok("tasksUpdate", {"taskid": task_id}, {"description": "Check twice", "duedate": ""})
    shown = task(dana, task_id)
    assert shown["description"] == "Check twice" and "duedate" not in shown and shown["name"] == "Proofs"

    answer = dana.ok("tasksComplete", {"taskid": task_id}, {"completedate": "2026-06-09"})
    assert answer["message"] == "Task Completed"
    assert (task(dana, task_id)["status"], task(dana, task_id)["completedate"]) == (
        "complete",
        "2026-06-09T00:00:00",
    )
    dana.ok("tasksReactivate", {"taskid": task_id})
    shown = task(dana, task_id)
    assert shown["status"] == "active" and "completedate" not in shown

    assert dana.ok("tasksDelete", {"taskid": task_id})["message"] == "Task Deleted"
    assert dana.fails("tasksGet", 404, {"taskid": task_id}) == [f"Task {task_id} not found"]


def test_adjusting_dates_is_not_idempotent(dana: Pw) -> None:
    task_id = new_task(dana, startdate="2026-06-01", duedate="2026-06-10")
    for _ in range(2):
        dana.ok("tasksAdjustDates", {"taskid": task_id}, {"adjustment": "+1w", "dates": "due"})
    shown = task(dana, task_id)
    assert (shown["startdate"], shown["duedate"]) == ("2026-06-01T00:00:00", "2026-06-24T00:00:00")
    dana.ok("tasksAdjustDates", {"taskid": task_id}, {"adjustment": "-1m"})
    shown = task(dana, task_id)
    assert (shown["startdate"], shown["duedate"]) == ("2026-05-01T00:00:00", "2026-05-24T00:00:00")


def test_a_batch_is_one_project_and_takes_orders_in_turn(dana: Pw) -> None:
    answer = dana.ok("tasksCreate", body=[{"name": "A", "projectid": 1}, {"name": "B", "projectid": 1}])
    ids = [item["id"] for item in answer["details"]]
    assert [task(dana, i)["order"] for i in ids] == [3, 4]  # after the project's tasks 1 and 2
    before = dana.ids("tasksList", "tasks", params={"status": "all"})
    errors = dana.fails(
        "tasksCreate", 400, body=[{"name": "C", "projectid": 1}, {"name": "D", "projectid": 2}]
    )
    assert errors == ["All tasks added in one call must belong to the same project or category"]
    assert dana.ids("tasksList", "tasks", params={"status": "all"}) == before


def test_assignees_follow_the_project_and_general_tasks_take_staff(dana: Pw) -> None:
    # Project 2 has Sam (staff) and Nina (client); Dana is not on it.
    task_id = dana.created_id("projectTasksCreate", {"projectid": 2}, {"name": "Moodboard"})
    assert task(dana, task_id)["contacts"] == [] and task(dana, task_id)["projectid"] == 2
    assert dana.fails("tasksCreate", 400, body={"name": "X", "projectid": 2, "contacts": "1"}) == [
        "'contacts': contact 1 is not on project 2"
    ]
    staff_only = dana.created_id("tasksCreate", body={"name": "Y", "projectid": 2, "contacts": "allstaff"})
    assert [c["id"] for c in task(dana, staff_only)["contacts"]] == [SAM.contact_id]
    general = dana.created_id("tasksCreate", body={"name": "Filing", "categoryid": 1, "contacts": "all"})
    assert (task(dana, general)["categoryid"], task(dana, general)["type"]) == (1, "general")
    assert dana.fails("tasksCreate", 400, body={"name": "Z", "categoryid": 1, "contacts": "3"}) == [
        "'contacts': contact 3 is not a Staff contact"
    ]
    assert dana.fails("tasksCreate", 400, body={"name": "Z", "categoryid": 9}) == [
        "'categoryid': Task category 9 not found"
    ]


def test_task_contacts_are_added_and_removed(dana: Pw) -> None:
    dana.ok("taskContactsUpdate", {"taskid": 1}, {"contacts": "1,3"})
    assert sorted(dana.ids("taskContactsList", "contacts", {"taskid": 1})) == [1, 2, 3]
    dana.ok("taskContactsUpdate", {"taskid": 1}, {"contacts": "2,3", "remove": True})
    assert dana.ids("taskContactsList", "contacts", {"taskid": 1}) == [1]
    assert dana.fails("taskContactsUpdate", 400, {"taskid": 1}, {"contacts": "5"}) == [
        "'contacts': contact 5 is not on project 1"
    ]


def test_contacts_as_an_array_is_refused_before_anything_is_stored(dana: Pw) -> None:
    before = dana.ids("tasksList", "tasks", params={"status": "all"})
    response = dana.request("tasksCreate", body={"name": "X", "projectid": 1, "contacts": [{"id": "me"}]})
    assert response.status_code == 400 and response.json()["status"] == "Error"
    assert dana.ids("tasksList", "tasks", params={"status": "all"}) == before


def test_a_template_names_and_sets_up_a_task(dana: Pw) -> None:
    task_id = dana.created_id("tasksCreate", body={"templateid": 1, "projectid": 1, "priority": 4})
    shown = task(dana, task_id)
    assert (shown["name"], shown["priority"], shown["timeallocated"]) == ("Proof-read", 4, 60)
    assert dana.fails("tasksCreate", 400, body={"templateid": 7, "projectid": 1}) == [
        "'templateid': Task template 7 not found"
    ]
    assert dana.fails("tasksCreate", 400, body={"name": "X", "projectid": 99}) == [
        "'projectid': project 99 not found"
    ]


def test_lists_filter_choose_fields_sort_and_page(dana: Pw) -> None:
    new_task(dana, name="Zebra copy", duedate="2026-06-20")
    listed = dana.ok("tasksList", params={"projectid": "1", "fields": "name,duedate", "sortby": "name",
                                          "sortorder": "desc"})  # fmt: skip
    assert [row["name"] for row in listed["tasks"]] == ["Zebra copy", "Write page copy", "Design home page"]
    assert set(listed["tasks"][0]) == {"id", "name", "duedate"}
    page = dana.ok("tasksList", params={"status": "all", "pagenumber": 2, "pagesize": 2})
    assert (page["count"], page["totalcount"], [r["id"] for r in page["tasks"]]) == (2, 5, [3, 4])
    assert dana.ids("tasksList", "tasks", params={"search": "copy"}) == [2, 5]
    assert dana.ids("tasksList", "tasks", params={"contacts": "6"}) == [2]
    assert dana.ids("tasksList", "tasks", params={"companyid": "3"}) == [3]
    assert dana.ids("tasksList", "tasks", params={"status": "complete"}) == [4]


def test_nested_lists_are_the_top_level_lists_narrowed(dana: Pw) -> None:
    new_task(dana)
    query = {"status": "all", "fields": "name,project"}
    assert dana.ok("projectTasksList", {"projectid": 1}, query) == dana.ok(
        "tasksList", params={**query, "projectid": "1"}
    )
    assert dana.ok("taskTimeList", {"taskid": 1}, PERIOD) == dana.ok(
        "timeList", params={**PERIOD, "taskid": "1"}
    )
    assert dana.ok("projectTimeList", {"projectid": 1}, PERIOD) == dana.ok(
        "timeList", params={**PERIOD, "projectid": "1"}
    )
    assert dana.fails("projectTasksList", 404, {"projectid": 99}) == ["Project 99 not found"]


def test_overdue_and_overtime(dana: Pw, clock: FakeClock) -> None:
    assert dana.ids("tasksListOverdue", "tasks") == [1]  # due 2026-06-12, still active
    over = new_task(dana, timeallocated=30)
    dana.ok("timeCreate", body={"taskid": over, "timetracked": 31})
    new_task(dana, timeallocated=0)
    assert dana.ids("tasksListOvertime", "tasks") == [over]
    clock.now += timedelta(days=30)
    assert dana.ids("tasksListOverdue", "tasks") == [1, 2, 3]


def test_deleting_tasks_takes_their_files_messages_and_time(dana: Pw) -> None:
    first, second = new_task(dana), new_task(dana)
    for task_id in (first, second):
        dana.ok("taskFilesCreate", {"taskid": task_id}, {"name": "a.txt", "content": "U29tZSB0ZXh0"})
        dana.ok("taskMessagesCreate", {"taskid": task_id}, {"title": "T", "contacts": "me", "content": "C"})
        dana.ok("taskTimeCreate", {"taskid": task_id}, {"timetracked": 10})
    assert len(dana.ok("taskFilesList", {"taskid": first})["files"]) == 1
    assert len(dana.ok("taskMessagesList", {"taskid": first})["messages"]) == 1
    files, messages = dana.ids("filesList", "files"), dana.ids("messagesList", "messages")
    time_ids = dana.ids("timeList", "timerecords", params=PERIOD)

    assert dana.fails("tasksBulkDelete", 400, body={"taskid": f"{first},3"}) == [
        "All tasks deleted in one call must belong to the same project"
    ]
    assert dana.fails("tasksBulkDelete", 400, body={"taskid": f"{first},999"}) == [
        "'taskid': task 999 not found"
    ]
    answer = dana.ok("tasksBulkDelete", body={"taskid": f"{first},{second}"})
    assert [item["id"] for item in answer["details"]] == [first, second]
    assert len(dana.ids("filesList", "files")) == len(files) - 2
    assert len(dana.ids("messagesList", "messages")) == len(messages) - 2
    assert len(dana.ids("timeList", "timerecords", params=PERIOD)) == len(time_ids) - 2
    dana.fails("tasksGet", 404, {"taskid": first})

    dana.ok("tasksDelete", {"taskid": 3})  # demo task 3 has file 2, message 3 and time record 3
    assert 2 not in dana.ids("filesList", "files") and 3 not in dana.ids("messagesList", "messages")
    dana.fails("timeGet", 404, {"timerecordid": 3})


# --- time ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("period", "expected"),
    [
        ({"starttime": "2026-06-14T09:00", "endtime": "2026-06-14T10:30"},
         ("2026-06-14T00:00:00", "2026-06-14T09:00:00", "2026-06-14T10:30:00", 90)),
        ({"starttime": "2026-06-14T09:00", "timetracked": 20},
         ("2026-06-14T00:00:00", "2026-06-14T09:00:00", "2026-06-14T09:20:00", 20)),
        ({"endtime": "2026-06-14T09:00", "timetracked": 20},
         ("2026-06-14T00:00:00", "2026-06-14T08:40:00", "2026-06-14T09:00:00", 20)),
        ({"timetracked": 30}, ("2026-06-15T00:00:00", "2026-06-15T08:30:00", "2026-06-15T09:00:00", 30)),
        ({"timetracked": 30, "date": "2026-06-10"}, ("2026-06-10T00:00:00", None, None, 30)),
    ],
)  # fmt: skip
def test_time_takes_each_combination(dana: Pw, period: dict[str, Any], expected: tuple[Any, ...]) -> None:
    record_id = dana.created_id("timeCreate", body={"taskid": 1, **period})
    shown = record(dana, record_id)
    assert (shown["date"], shown.get("starttime"), shown.get("endtime"), shown["timetracked"]) == expected
    assert shown["contactid"] == 1 and shown["billable"] is True


@pytest.mark.parametrize(
    "period",
    [{}, {"starttime": "2026-06-14T09:00"}, {"starttime": "2026-06-14T09:00", "endtime": "2026-06-14T10:00",
     "timetracked": 60}, {"date": "2026-06-10"}, {"date": "2026-06-10", "starttime": "2026-06-10T09:00",
     "timetracked": 5}],
)  # fmt: skip
def test_other_combinations_get_the_vendors_sentence(dana: Pw, period: dict[str, Any]) -> None:
    assert dana.fails("timeCreate", 400, body={"taskid": 1, **period}) == [COMBINATIONS_MESSAGE]
    assert dana.fails("taskTimeCreate", 400, {"taskid": 1}, period) == [COMBINATIONS_MESSAGE]


def test_creates_answer_with_their_own_messages_and_end_cannot_precede_start(dana: Pw) -> None:
    assert dana.ok("timeCreate", body={"taskid": 1, "timetracked": 5})["message"] == "Time Added"
    assert dana.ok("taskTimeCreate", {"taskid": 1}, {"timetracked": 5})["message"] == "Time Record Added"
    assert dana.fails(
        "timeCreate", 400, body={"taskid": 1, "starttime": "2026-06-14T10:00", "endtime": "2026-06-14T09:00"}
    ) == ["'endtime' cannot be before 'starttime'"]
    assert dana.fails("timeCreate", 400, body={"taskid": 99, "timetracked": 5}) == [
        "'taskid': task 99 not found"
    ]


def test_time_updates_take_single_changes(dana: Pw) -> None:
    record_id = dana.created_id(
        "timeCreate", body={"taskid": 1, "starttime": "2026-06-14T09:00", "endtime": "2026-06-14T10:00",
                            "notes": "Draft"})  # fmt: skip
    dana.ok("timeUpdate", {"timerecordid": record_id}, {"timetracked": 45})
    assert (record(dana, record_id)["endtime"], record(dana, record_id)["timetracked"]) == (
        "2026-06-14T09:45:00",
        45,
    )
    dana.ok("timeUpdate", {"timerecordid": record_id}, {"starttime": "2026-06-14T13:00"})
    assert record(dana, record_id)["endtime"] == "2026-06-14T13:45:00"
    dana.ok("timeUpdate", {"timerecordid": record_id}, {"endtime": "2026-06-14T15:00", "notes": ""})
    shown = record(dana, record_id)
    assert (shown["starttime"], shown["timetracked"], shown["notes"]) == ("2026-06-14T13:00:00", 120, "")
    every_value = {"starttime": "now", "endtime": "now", "timetracked": 1}
    assert dana.fails("timeUpdate", 400, {"timerecordid": record_id}, every_value) == [COMBINATIONS_MESSAGE]
    assert dana.ok("timeDelete", {"timerecordid": record_id})["message"] == "Time Record Deleted"
    assert dana.fails("timeGet", 404, {"timerecordid": record_id}) == [f"Time Record {record_id} not found"]


def test_time_list_totals_subtotals_and_paging(dana: Pw) -> None:
    listed = dana.ok("timeList", params={"trackedfrom": "2026-06-01", "trackedto": "+0d"})
    assert [r["id"] for r in listed["timerecords"]] == [1, 2, 3] and listed["total"] == 270
    assert set(listed["timerecords"][0]) >= {"contactid", "taskid", "projectid", "date", "timetracked"}
    grouped = dana.ok("timeList", params={**PERIOD, "subtotals": "contact", "fields": "none"})
    assert "timerecords" not in grouped
    assert [(g["contactid"], g["subtotal"]) for g in grouped["subtotals"]] == [(1, 45), (2, 180), (6, 90)]
    page = dana.ok("timeList", params={**PERIOD, "pagenumber": 2, "pagesize": 3, "sortby": "date"})
    assert [r["id"] for r in page["timerecords"]] == [3] and page["totalcount"] == 4


def test_timers_run_on_the_mock_clock(dana: Pw, clock: FakeClock) -> None:
    started = dana.ok("tasksStartTimer", {"taskid": 1}, {"notes": "Layouts"})
    assert started["message"] == "Timer Started"
    first = started["details"][0]["id"]
    clock.now += timedelta(minutes=2, seconds=30)
    timers = dana.ok("timeListActiveTimers")["timerecords"]
    assert [(t["id"], t["taskid"], t["timetrackedseconds"], t["timetracked"]) for t in timers] == [
        (first, 1, 150, 2)
    ]
    assert dana.created_id("tasksStartTimer", {"taskid": 1}) == first  # still running: the same timer
    second = dana.created_id("tasksStartTimer", {"taskid": 3})  # stops the first one
    assert (record(dana, first)["running"], record(dana, first)["timetracked"]) == (False, 2)
    clock.now += timedelta(minutes=10)
    assert dana.ok("tasksStopTimer", {"taskid": 3}, {"notes": "Done"})["message"] == "Timer Stopped"
    shown = record(dana, second)
    assert (shown["timetracked"], shown["notes"], shown["running"]) == (10, "Done", False)
    assert dana.ok("timeListActiveTimers")["timerecords"] == []
    assert dana.fails("tasksStopTimer", 400, {"taskid": 3}) == ["You have no timer running on task 3"]
    assert dana.fails("timeStopTimer", 400, {"timerecordid": second}) == [
        f"Time record {second} has no running timer"
    ]
    third = dana.created_id("tasksStartTimer", {"taskid": 2})
    clock.now += timedelta(minutes=5)
    dana.ok("timeStopTimer", {"timerecordid": third})
    assert record(dana, third)["timetracked"] == 5


# --- who sees and changes what ---------------------------------------------------------------------------


def test_clients_see_their_company_tasks_and_change_nothing(dana: Pw) -> None:
    chloe, nina = dana.as_user(CHLOE), dana.as_user(NINA)
    assert chloe.ids("tasksList", "tasks", params={"status": "all"}) == [1, 2, 4]  # projects 1 and 3 (Acme)
    assert nina.ids("tasksList", "tasks", params={"status": "all"}) == [3]
    assert chloe.fails("tasksGet", 404, {"taskid": 3}) == ["Task 3 not found"]
    general = dana.created_id("tasksCreate", body={"name": "Filing", "categoryid": 1})
    assert general not in chloe.ids("tasksList", "tasks")
    assert chloe.fails("tasksCreate", 403, body={"name": "X", "projectid": 1}) == [
        "Only Staff contacts may use this call"
    ]
    assert chloe.fails("tasksComplete", 403, {"taskid": 1}) == [
        "Only Staff contacts or the task's contractors may change its status"
    ]
    assert chloe.fails("timeCreate", 403, body={"taskid": 1, "timetracked": 5}) == [
        "Client contacts cannot track time"
    ]
    assert chloe.ids("timeList", "timerecords", params=PERIOD) == [1, 2, 4]
    assert all("email" not in c for c in chloe.ok("tasksGet", {"taskid": 1})["task"]["contacts"])


def test_contractors_see_and_finish_their_own_tasks_and_time(dana: Pw, clock: FakeClock) -> None:
    connor = dana.as_user(CONNOR)
    assert connor.ids("tasksList", "tasks", params={"status": "all"}) == [2]
    assert connor.fails("tasksGet", 404, {"taskid": 1}) == ["Task 1 not found"]
    assert connor.ok("tasksComplete", {"taskid": 2})["message"] == "Task Completed"
    assert connor.fails("tasksUpdate", 403, {"taskid": 2}, {"name": "Mine"}) == [
        "Only Staff contacts may use this call"
    ]
    assert connor.ids("timeList", "timerecords", params=PERIOD) == [2]
    own = connor.created_id("timeCreate", body={"taskid": 2, "timetracked": 15})
    assert record(dana, own)["contactid"] == CONNOR.contact_id
    assert connor.fails("timeCreate", 403, body={"taskid": 2, "timetracked": 5, "contactid": 1}) == [
        "You may only track your own time"
    ]
    assert connor.fails("timeCreate", 400, body={"taskid": 1, "timetracked": 5}) == [
        "'taskid': task 1 not found"
    ]
    timer = connor.created_id("tasksStartTimer", {"taskid": 2})
    assert dana.ids("timeListActiveTimers", "timerecords") == [timer]
    assert connor.ids("timeListActiveTimers", "timerecords") == [timer]
    assert dana.as_user(SAM).ids("timeListActiveTimers", "timerecords", params={"contacts": "me"}) == []
    clock.now += timedelta(minutes=3)
    connor.ok("timeStopTimer", {"timerecordid": timer})
    assert record(connor, timer)["timetracked"] == 3


def test_errors_name_what_is_wrong(dana: Pw) -> None:
    assert dana.fails("tasksUpdate", 404, {"taskid": 99}, {"name": "X"}) == ["Task 99 not found"]
    assert dana.fails("tasksUpdate", 400, {"taskid": 1}, {"name": " "}) == ["'name' cannot be empty"]
    assert dana.fails("tasksCreate", 400, body={"name": "", "projectid": 1})
    assert dana.fails("tasksAdjustDates", 400, {"taskid": 1}, {"dates": "due"}) == [
        "'adjustment' is a required field"
    ]
    assert dana.fails("timeStopTimer", 404, {"timerecordid": 99}) == ["Time Record 99 not found"]
    assert dana.fails("taskFilesList", 404, {"taskid": 99}) == ["Task 99 not found"]


# --- state -----------------------------------------------------------------------------------------------


def test_tasks_and_running_timers_are_part_of_the_snapshot(client: TestClient, dana: Pw) -> None:
    behaviour = client.app.state.behaviour  # type: ignore[attr-defined]
    task_id = new_task(dana, description="Kept")
    timer = dana.created_id("tasksStartTimer", {"taskid": task_id})
    state = behaviour.snapshot()
    assert any(row["id"] == task_id and row["description"] == "Kept" for row in state["tasks"])
    assert any(row["id"] == timer and row["running"] for row in state["timerecords"])
    behaviour.reset()
    dana.fails("tasksGet", 404, {"taskid": task_id})
    behaviour.restore(state)
    assert task(dana, task_id)["description"] == "Kept"
    assert dana.ids("timeListActiveTimers", "timerecords") == [timer]
