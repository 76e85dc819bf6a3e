"""The Worksection mock's tasks family through HTTP: tasks, comments, task tags and the search_tasks filter
language (apikit.mock.worksection.tasks, .comments, .task_tags, .search).

Each test starts from the demo account (the host is built once; a fixture resets its state and clock
before every test). Every answer is checked against the spec's answer of the operation that was called
(tests.worksection_support).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any

import pytest

from apikit.mock.worksection import events, tasks
from tests.worksection_support import (
    MARCUS,
    OLIVIA,
    PRIYA,
    RESET,
    STATE,
    T0,
    TOMAS,
    Api,
    DemoHost,
    demo_host,
    ids,
    refusal,
)

NOW = datetime.fromtimestamp(T0).strftime("%Y-%m-%d %H:%M")  # the mock's clock reads local time

NOBODY = {"id": "1", "email": "NOONE", "name": "Executive isn't assigned"}
ANYONE = {"id": "2", "email": "ANY", "name": "Anyone"}
WEBSITE = {"id": "2101", "name": "Website redesign", "page": "/project/2101/"}

LIVE_TOP_LEVEL = ["3101", "3103", "3104", "3105", "3108"]
"""Top-level tasks of the projects that are not archived (3109's publication is delayed)."""
SHORT_FIELDS = {"id", "name", "page", "status", "priority"}
SEARCH_REFUSAL = {
    "status": "error",
    "status_code": 10,
    "message": "At least one of fields required",
    "message_details": "filter, id_project, id_task, email_user_from, email_user_to",
}


@pytest.fixture(scope="module")
def demo() -> DemoHost:
    """One host for the module's tests: building it takes about half a second, a reset far less."""
    return demo_host()


@pytest.fixture
def api(demo: DemoHost) -> Api:
    """The demo account afresh, the clock at T0: nothing leaks from one test to the next."""
    return demo.fresh()


# --- reading tasks ----------------------------------------------------------------------------------------


def test_get_all_tasks_lists_top_level_tasks_of_live_projects_in_id_order(api: Api) -> None:
    listed = api.data("get_all_tasks")
    assert ids(listed) == LIVE_TOP_LEVEL
    assert all("child" not in task for task in listed), "subtasks only with extra=subtasks"
    assert ids(api.data("get_all_tasks", {"extra": "archive"})) == [*LIVE_TOP_LEVEL[:4], "3106", "3108"]


def test_filter_active_drops_done_tasks_and_done_subtasks(api: Api) -> None:
    listed = api.data("get_all_tasks", {"filter": "active", "extra": "subtasks"})
    assert ids(listed) == ["3101", "3104", "3105", "3108"]
    home = listed[0]
    assert ids(home["child"]) == ["3102"], "3111 is done"
    assert ids(home["child"][0]["child"]) == ["3107"]


def test_subtasks_nest_two_levels_as_full_entries_with_the_recorded_links(api: Api) -> None:
    home = api.data("get_tasks", {"id_project": "2101", "extra": "subtasks"})[0]
    assert ids(home["child"]) == ["3102", "3111"]
    hero = home["child"][0]
    assert hero["page"] == "/project/2101/3101/3102/"
    assert hero["user_from"] == PRIYA and hero["project"] == WEBSITE, "children are full entries"
    crop = hero["child"][0]
    assert crop["page"] == "/project/2101/3101/3107/", "a sub-subtask is linked under its top-level task"
    assert "parent" not in hero, "lists show no parent"


def test_a_task_shows_its_set_fields_and_only_what_extra_asks_for(api: Api) -> None:
    home, copy = api.data("get_tasks", {"id_project": "2101"})
    assert home == {
        "id": "3101",
        "name": "Home page layout",
        "page": "/project/2101/3101/",
        "status": "active",
        "priority": "5",
        "user_from": OLIVIA,
        "user_to": PRIYA,
        "project": WEBSITE,
        "date_added": "2024-01-16 10:00",
        "date_start": "2024-01-22",
        "date_end": "2024-02-16",
        "time_start": "09:00",
        "time_end": "17:30",
        "max_time": 40,
        "max_money": 1600,
        "tags": {"6102": "In progress", "6105": "design", "6110": "web"},
    }
    assert copy["status"] == "done" and copy["date_closed"] == "2024-02-01 16:20"
    plan = api.data("get_task", {"id_task": "3105"})
    assert plan["user_to"] == NOBODY and "date_start" not in plan and "text" not in plan
    assert api.data("get_task", {"id_task": "3108"})["user_to"] == ANYONE


def test_text_is_plain_and_html_is_escaped_with_line_breaks(api: Api) -> None:
    plain = api.data("get_task", {"id_task": "3101", "extra": "text"})["text"]
    assert plain == "Wireframes and final layout of the new home page.\r\n• hero section\r\n• feature grid"
    html = api.data("get_task", {"id_task": "3101", "extra": "html"})["text"]
    assert html == "Wireframes and final layout of the new home page.<br>• hero section<br>• feature grid"
    assert api.data("get_task", {"id_task": "3105", "extra": "text"})["text"] == "", "empty, but there"


@pytest.mark.parametrize(
    ("action", "params"),
    [
        ("get_task", {"id_task": "3101"}),
        ("get_tasks", {"id_project": "2101"}),
        ("get_all_tasks", {}),
        ("search_tasks", {"id_project": "2101"}),
    ],
)
def test_an_extra_naming_both_description_formats_is_refused(
    api: Api, action: str, params: dict[str, str]
) -> None:
    code, _, details = api.refused(action, {**params, "extra": "text,html"})
    assert code == 11 and details is not None and "extra" in details
    assert api.post(action, {**params, "extra": "html, text"})["status_code"] == 11


def test_get_task_shows_the_parent_and_short_children(api: Api) -> None:
    hero = api.data("get_task", {"id_task": "3102", "extra": "subtasks"})
    assert hero["parent"] == {
        "id": "3101",
        "name": "Home page layout",
        "page": "/project/2101/3101/",
        "status": "active",
        "priority": "5",
    }
    assert hero["child"] == [
        {
            "id": "3107",
            "name": "Hero image: mobile crop",
            "page": "/project/2101/3101/3107/",
            "status": "active",
            "priority": "2",
        }
    ]
    home = api.data("get_task", {"id_task": "3101", "extra": "subtasks"})
    assert [set(child) for child in home["child"]] == [SHORT_FIELDS | {"child"}, SHORT_FIELDS]
    assert ids(home["child"][0]["child"]) == ["3107"]
    only_open = api.data("get_task", {"id_task": "3101", "extra": "subtasks", "filter": "active"})
    assert ids(only_open["child"]) == ["3102"]


def test_get_task_extras_files_comments_relations_subscribers_custom_fields(api: Api) -> None:
    home = api.data(
        "get_task", {"id_task": "3101", "extra": "files,comments,relations,subscribers,custom_fields"}
    )
    assert home["files"] == [
        {"id": "7101", "page": "/download/7101/", "name": "home-wireframe.pdf", "size": "43"}
    ]
    assert home["has_comments"] == 1
    assert ids(home["comments"]) == ["4106", "4105", "4104", "4103", "4102"], "the five newest, newest first"
    assert home["comments"][0]["page"] == "/project/2101/3101/#com4106"
    assert all("files" not in comment for comment in home["comments"])
    assert home["relations"] == {
        "from": [
            {
                "type": "finish-to-start",
                "task": {
                    "id": "3103",
                    "name": "Pricing table copy",
                    "page": "/project/2101/3103/",
                    "status": "done",
                    "priority": "0",
                },
            }
        ]
    }
    assert home["subscribers"] == [OLIVIA, MARCUS, PRIYA]
    assert home["custom_fields"] == [
        {"id": 1, "type": "text", "name": "Client reference", "value": "WEB-2024-01"},
        {"id": 2, "type": "select", "name": "Channel", "value": "Web"},
    ]
    copy = api.data("get_task", {"id_task": "3103", "extra": "relations,comments"})
    assert ids([r["task"] for r in copy["relations"]["to"]]) == ["3101"] and "from" not in copy["relations"]
    plan = api.data("get_task", {"id_task": "3105", "extra": "comments,relations,files"})
    assert plan["has_comments"] == 0
    assert not {"comments", "relations", "files"} & set(plan), "left out when there are none"


@pytest.mark.parametrize("task_id", ["3109", "999999"], ids=["delayed publication", "unknown"])
def test_an_unknown_or_unpublished_task_is_refused_with_code_5(api: Api, task_id: str) -> None:
    for action in ("get_task", "update_task", "complete_task", "reopen_task", "get_comments"):
        assert api.get(action, {"id_task": task_id}) == refusal(5, "Task is invalid"), action


def test_get_tasks_of_an_unknown_project_is_refused_with_code_4(api: Api) -> None:
    assert api.get("get_tasks", {"id_project": "2199"}) == refusal(4, "Project is invalid")


def test_get_task_custom_fields_lists_the_accounts_fields(api: Api) -> None:
    fields = api.data("get_task_custom_fields")
    assert [(f["id"], f["type"], f["name"]) for f in fields] == [
        (1, "text", "Client reference"),
        (2, "select", "Channel"),
        (3, "number", "Story points"),
    ]
    assert fields[1]["options"] == ["Web", "Print", "Social"]


def test_too_many_tasks_are_refused(api: Api, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tasks, "MAX_LISTED", 4)
    body = api.get("get_all_tasks")
    assert (body["status_code"], body["message"]) == (11, "Too many tasks (4 max)")
    assert ids(api.data("get_tasks", {"id_project": "2102"})) == ["3104", "3108"], "fewer are still fine"


def test_both_forms_answer_the_same(api: Api) -> None:
    asked = {"id_task": "3101", "extra": "text, subtasks, comments, subscribers"}
    assert api.get("get_task", asked) == api.post("get_task", asked | {"id_task": 3101})


# --- post_task --------------------------------------------------------------------------------------------


def test_post_task_creates_an_open_task_that_later_reads_show(api: Api) -> None:
    created = api.data("post_task", {"id_project": "2102", "title": "Template creation"})
    assert created == {
        "id": "3112",
        "name": "Template creation",
        "page": "/project/2102/3112/",
        "status": "active",
        "priority": "1",
        "user_from": OLIVIA,
        "user_to": NOBODY,
        "project": {"id": "2102", "name": "Mobile app beta", "page": "/project/2102/"},
        "date_added": NOW,
    }, "the recorded shape: no text without a description, nobody assigned, priority 1, the owner as author"
    assert ids(api.data("get_tasks", {"id_project": "2102"})) == ["3104", "3108", "3112"]
    again = api.data("get_task", {"id_task": "3112", "extra": "subscribers"})
    assert again == created | {"subscribers": [OLIVIA]}, "the author is subscribed"


def test_post_task_json_form_sets_everything_and_composes_the_text(api: Api) -> None:
    created = api.post(
        "post_task",
        {
            "id_project": 2101,
            "id_parent": "3101",
            "title": "Template prototype",
            "email_user_from": "marcus.lee@example.com",
            "email_user_to": "tomas.ortega@example.com",
            "priority": 2,
            "text": "Take the previous prototype as an example",
            "todo": ["draft", "first version", "final result"],
            "mention": "priya.raman@example.com",
            "datestart": "15.01.2024",
            "dateend": "17.01.2024",
            "subscribe": "priya.raman@example.com, outsider@elsewhere.example",
            "hidden": "marcus.lee@example.com, tomas.ortega@example.com",
            "max_time": "15,5",
            "max_money": 165,
            "tags": "To-do, 6105",
        },
    )["data"]
    assert created["page"] == "/project/2101/3101/3112/"
    assert created["parent"]["id"] == "3101"
    assert (created["user_from"], created["user_to"], created["priority"]) == (MARCUS, TOMAS, "2")
    assert created["text"] == (
        "Take the previous prototype as an example\r\n• draft\r\n• first version\r\n• final result"
        " Priya Raman"
    ), "checklist items on their own lines after a bullet, then the mentioned names (as recorded)"
    assert (created["date_start"], created["date_end"]) == ("2024-01-15", "2024-01-17")
    assert (created["max_time"], created["max_money"]) == (15.5, 165)
    assert created["tags"] == {"6101": "To-do", "6105": "design"}
    shown = api.data("get_task", {"id_task": "3112", "extra": "subscribers,text"})
    assert shown["subscribers"] == [MARCUS, PRIYA], "the author and members; the outside address is ignored"
    home = api.data("get_task", {"id_task": "3101", "extra": "subtasks"})
    assert ids(home["child"]) == ["3102", "3111", "3112"]


def test_post_task_multipart_attaches_the_files_and_takes_form_fields(api: Api) -> None:
    created = api.multipart(
        "post_task",
        {"id_project": "2103", "title": "Cabling quote", "todo[]": ["floor 1", "floor 2"], "extra": "html"},
        [("attach[0]", "quote.pdf", b"%PDF quote"), ("attach[1]", "plan.png", b"\x89PNG plan")],
    )["data"]
    assert created["text"] == "• floor 1<br>• floor 2", "extra=html answers the description as HTML"
    shown = api.data("get_task", {"id_task": created["id"], "extra": "files"})
    assert shown["files"] == [
        {"id": "7105", "page": "/download/7105/", "name": "quote.pdf", "size": "10"},
        {"id": "7106", "page": "/download/7106/", "name": "plan.png", "size": "9"},
    ]
    attached = {f.id: f for f in tasks.attachments(api.behaviour.account)}
    assert (attached[7105].data, attached[7105].project, attached[7105].task, attached[7105].comment) == (
        b"%PDF quote",
        2103,
        int(created["id"]),
        None,
    )
    assert attached[7105].added.strftime("%Y-%m-%d %H:%M") == NOW and attached[7105].author == 101


def test_post_task_attaches_upload_handles_given_in_json_files(api: Api) -> None:
    handles = [
        {"id": "6f1c2a9e0b4d", "ext": "pdf", "name": "brief.pdf", "icon": "pdf", "error": None},
        {"id": "9a7e3b11c5f2", "ext": "png", "name": "broken.png", "icon": None, "error": "too large"},
    ]
    created = api.post("post_task", {"id_project": 2101, "title": "Brief", "files": handles})["data"]
    files = api.data("get_task", {"id_task": created["id"], "extra": "files"})["files"]
    assert [f["name"] for f in files] == ["brief.pdf"], "a handle with an error is not attached"


REFUSED_POSTS: list[tuple[str, dict[str, str], dict[str, Any]]] = [
    ("unknown project", {"id_project": "2199", "title": "x"}, refusal(4, "Project is invalid")),
    ("project before an empty title", {"id_project": "2199", "title": ""}, refusal(4, "Project is invalid")),
    ("empty title", {"id_project": "2101", "title": ""}, refusal(10, "Field is required", "title")),
    ("missing title", {"id_project": "2101"}, refusal(10, "Field is required", "title")),
    (
        "unknown parent",
        {"id_project": "2101", "title": "x", "id_parent": "999"},
        refusal(5, "Task is invalid"),
    ),
    (
        "parent in another project",
        {"id_project": "2102", "title": "x", "id_parent": "3101"},
        refusal(5, "Task is invalid"),
    ),
    ("parent done", {"id_project": "2101", "title": "x", "id_parent": "3103"}, refusal(8, "Task is closed")),
    (
        "a third level",
        {"id_project": "2101", "title": "x", "id_parent": "3107"},
        refusal(
            11, "Invalid parameter value", "id_parent: tasks nest at most 2 levels below a top-level task"
        ),
    ),
    (
        "assignee not a member",
        {"id_project": "2101", "title": "x", "email_user_to": "bill@elsewhere.example"},
        refusal(11, "Invalid email", "bill@elsewhere.example"),
    ),
    (
        "author not a member",
        {"id_project": "2101", "title": "x", "email_user_from": "bill@elsewhere.example"},
        refusal(11, "Invalid email", "bill@elsewhere.example"),
    ),
    (
        "unknown tag",
        {"id_project": "2101", "title": "x", "tags": "design, docs"},
        refusal(16, "Tag is invalid", "docs"),
    ),
]


@pytest.mark.parametrize(
    ("sent", "expected"), [c[1:] for c in REFUSED_POSTS], ids=[c[0] for c in REFUSED_POSTS]
)
def test_post_task_refusals_create_nothing(api: Api, sent: dict[str, str], expected: dict[str, Any]) -> None:
    assert api.get("post_task", sent) == expected
    assert api.behaviour.account.find("tasks", 3112) is None


def test_post_task_query_form_takes_todo_items(api: Api) -> None:
    created = api.data("post_task", {"id_project": "2101", "title": "List", "todo[]": ["a", "b"]})
    assert created["text"] == "• a\r\n• b"


# --- update_task, complete_task, reopen_task --------------------------------------------------------------


def test_update_task_changes_only_the_given_fields(api: Api) -> None:
    before = api.data("get_task", {"id_task": "3104"})
    api.clock.now += 86_400
    updated = api.data("update_task", {"id_task": "3104", "priority": "10", "tags": ""})
    assert updated == before | {"priority": "10"}, "date_added, tags (an empty list) and everything else stay"
    assert api.data("get_task", {"id_task": "3104"})["priority"] == "10"


def test_update_task_json_form_sets_every_field(api: Api) -> None:
    updated = api.post(
        "update_task",
        {
            "id_task": 3102,
            "title": "Hero image, final",
            "email_user_to": "ANY",
            "priority": "4",
            "datestart": "01.02.2024",
            "dateend": "09.02.2024",
            "max_time": 6.5,
            "max_money": "300",
            "tags": "In progress, print",
        },
    )["data"]
    assert updated["name"] == "Hero image, final" and updated["user_to"] == ANYONE
    assert updated["parent"]["id"] == "3101", "written answers show the parent"
    assert (updated["date_start"], updated["date_end"], updated["max_time"], updated["max_money"]) == (
        "2024-02-01",
        "2024-02-09",
        6.5,
        300,
    )
    assert updated["tags"] == {"6102": "In progress", "6111": "print"}, "tags replace the task's tags"
    assert api.data("update_task", {"id_task": "3102", "email_user_to": "NOONE"})["user_to"] == NOBODY


def test_dateclosed_corrects_a_done_task_and_is_refused_on_an_open_one(api: Api) -> None:
    corrected = api.data("update_task", {"id_task": "3103", "dateclosed": "30.01.2024"})
    assert corrected["date_closed"] == "2024-01-30 16:20", "the day changes, the time stays"
    refused = api.get("update_task", {"id_task": "3101", "dateclosed": "30.01.2024"})
    assert refused == refusal(11, "Invalid parameter value", "dateclosed: the task is not done")


@pytest.mark.parametrize(
    ("sent", "expected"),
    [
        ({"title": ""}, refusal(10, "Field is required", "title")),
        (
            {"priority": "9", "email_user_to": "x@elsewhere.example"},
            refusal(11, "Invalid email", "x@elsewhere.example"),
        ),
        ({"priority": "9", "tags": "nope"}, refusal(16, "Tag is invalid", "nope")),
    ],
    ids=["empty title", "unknown assignee", "unknown tag"],
)
def test_a_refused_update_changes_nothing(api: Api, sent: dict[str, str], expected: dict[str, Any]) -> None:
    before = api.data("get_task", {"id_task": "3104"})
    assert api.get("update_task", {"id_task": "3104", **sent}) == expected
    assert api.data("get_task", {"id_task": "3104"}) == before


def test_complete_task_answers_the_task_as_it_was_and_closes_it(api: Api) -> None:
    answer = api.get("complete_task", {"id_task": "3104"})
    assert answer["status"] == "ok" and answer["data"]["status"] == "active", "as recorded"
    done = api.data("get_task", {"id_task": "3104"})
    assert (done["status"], done["date_closed"]) == ("done", NOW)
    assert "3104" not in ids(api.data("get_all_tasks", {"filter": "active"}))


def test_complete_task_refusals(api: Api) -> None:
    assert api.get("complete_task", {"id_task": "3103"}) == refusal(12, "Task is already closed")
    assert api.get("complete_task", {"id_task": "3101"}) == refusal(13, "Task has children")
    assert api.get("complete_task", {"id_task": "3102"}) == refusal(13, "Task has children"), "3107 is open"


def test_reopen_task_opens_a_done_task_and_keeps_its_closing_date(api: Api) -> None:
    assert api.get("reopen_task", {"id_task": "3103"}) == {"status": "ok"}
    reopened = api.data("get_task", {"id_task": "3103"})
    assert (reopened["status"], reopened["date_closed"]) == ("active", "2024-02-01 16:20")
    assert api.get("reopen_task", {"id_task": "3103"}) == refusal(12, "Task is already active")


def test_subtasks_close_bottom_up_and_reopen_top_down(api: Api) -> None:
    for task_id in ("3107", "3102"):
        assert api.get("complete_task", {"id_task": task_id})["status"] == "ok", task_id
    assert api.post("complete_task", {"id_task": 3101})["status"] == "ok", "every subtask is done now"
    assert api.get("reopen_task", {"id_task": "3107"}) == refusal(14, "Parent task is done")
    assert api.post("reopen_task", {"id_task": "3101"}) == {"status": "ok"}
    assert api.get("reopen_task", {"id_task": "3102"}) == {"status": "ok"}


# --- search_tasks -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sent", [{}, {"status": "active"}, {"extra": "text"}], ids=["nothing", "status", "extra"]
)
def test_search_needs_one_of_five_criteria(api: Api, sent: dict[str, str]) -> None:
    assert api.get("search_tasks", sent) == SEARCH_REFUSAL
    assert api.post("search_tasks", sent) == SEARCH_REFUSAL


FILTERS = [
    ("project = 2101", ["3101", "3102", "3103", "3107", "3111"]),
    ("id in (3101, 3104,3109)", ["3101", "3104"]),
    ("name = 'hero image'", ["3102"]),
    ("name has 'Hero'", ["3102", "3107", "3111"]),
    ("parent = 3101", ["3102", "3111"]),
    ("dateadd = '16.01.2024'", ["3101"]),
    ("date_added <= '17.01.2024'", ["3101", "3102"]),
    ("dateend>'01.02.2024' and dateend<'20.02.2024'", ["3101", "3102"]),
    ("(name has 'hero' or name has 'form') and dateend >= '02.02.2024'", ["3102", "3104"]),
    ("name has 'hero' or name has 'copy' and project = 2102", ["3102", "3107", "3111"]),
    ("dateclose != '01.02.2024'", ["3111"]),
    ("date_closed = '01.02.2024'", ["3103"]),
    ("project = 2104", []),
]


@pytest.mark.parametrize(("expression", "expected"), FILTERS, ids=[f[0] for f in FILTERS])
def test_search_filter_language(api: Api, expression: str, expected: list[str]) -> None:
    assert ids(api.data("search_tasks", {"filter": expression})) == expected


MALFORMED = [
    ("priority = 3", "unknown field 'priority' at character 1"),
    ("name has 'x' AND id = 1", "found 'AND' at character 14 (keywords are written in lower case)"),
    ("Name has 'x'", "unknown field 'Name' at character 1 (keywords and fields are written in lower case)"),
    (
        "(project = 2101",
        "the parenthesis opened at character 1 is not closed (found the end of the expression)",
    ),
    ("project = 2101)", "expected 'and', 'or' or the end of the expression, found ')' at character 15"),
    ("dateend > '31.02.2024'", "'31.02.2024' at character 11 is not a date DD.MM.YYYY"),
    (
        "dateend > 01.02.2024",
        "a date is written in single quotes ('DD.MM.YYYY'), found '01.02.2024' at character 11",
    ),
    ("name ~ 'x'", "unexpected '~' at character 6"),
    ("name has 'x", "a text opened with ' at character 10 is never closed"),
    ("id = '5'", "id takes an integer, written without quotes, found '5' at character 6"),
    ("dateend ! = '01.01.2024'", "'!' at character 9 is not an operator"),
    ("id in ()", "id takes an integer, written without quotes, found ')' at character 8"),
    ("name has", "name compares with a text in single quotes, found the end of the expression"),
    ("id = 1 or", "expected a field (id, project, parent, name, dateadd"),
    ("   ", "the expression is empty"),
]


@pytest.mark.parametrize(("expression", "problem"), MALFORMED, ids=[m[0] for m in MALFORMED])
def test_a_malformed_filter_is_refused_saying_what_and_where(api: Api, expression: str, problem: str) -> None:
    body = api.get("search_tasks", {"filter": expression})
    assert (body["status_code"], body["message"]) == (11, "Invalid parameter value")
    assert problem in body["message_details"] and body["message_details"].endswith(f"(in: {expression})")


def test_search_criteria_combine_and_results_are_flat(api: Api) -> None:
    assert ids(api.data("search_tasks", {"id_project": "2101", "status": "done"})) == ["3103", "3111"]
    assert ids(api.data("search_tasks", {"id_task": "3101"})) == ["3101", "3102", "3107", "3111"]
    assert ids(api.data("search_tasks", {"email_user_from": "marcus.lee@example.com"})) == [
        "3103",
        "3104",
        "3108",
    ]
    found = api.post(
        "search_tasks",
        {"email_user_to": "priya.raman@example.com", "filter": "name has 'hero'", "extra": "text"},
    )["data"]
    assert ids(found) == ["3102", "3107"]
    assert all("child" not in task and task["text"] == "" for task in found), "flat, with text when asked"


def test_search_refuses_unknown_projects_tasks_and_addresses(api: Api) -> None:
    assert api.get("search_tasks", {"id_project": "2199"}) == refusal(4, "Project is invalid")
    assert api.get("search_tasks", {"id_task": "3109"}) == refusal(5, "Task is invalid")
    assert api.get("search_tasks", {"email_user_to": "x@y.example"}) == refusal(
        11, "Invalid email", "x@y.example"
    )


# --- subscribers ------------------------------------------------------------------------------------------


def subscribers(api: Api, task_id: str) -> list[dict[str, str]]:
    found: list[dict[str, str]] = api.data("get_task", {"id_task": task_id, "extra": "subscribers"})[
        "subscribers"
    ]
    return found


def test_subscribe_and_unsubscribe_change_the_subscribers(api: Api) -> None:
    assert api.get("subscribe", {"id_task": "3104", "email_user": "olivia.brandt@example.com"}) == {
        "status": "ok"
    }
    assert subscribers(api, "3104") == [MARCUS, TOMAS, OLIVIA]
    assert api.post("subscribe", {"id_task": 3104, "email_user": "olivia.brandt@example.com"}) == {
        "status": "ok"
    }
    assert subscribers(api, "3104") == [MARCUS, TOMAS, OLIVIA], "once only"
    assert api.get("unsubscribe", {"id_task": "3104", "email_user": "marcus.lee@example.com"}) == {
        "status": "ok"
    }
    assert api.get("unsubscribe", {"id_task": "3104", "email_user": "marcus.lee@example.com"}) == {
        "status": "ok"
    }
    assert subscribers(api, "3104") == [TOMAS, OLIVIA]


def test_subscribe_refusals(api: Api) -> None:
    outsider = {"id_task": "3104", "email_user": "bill.jones@elsewhere.example"}
    assert api.get("subscribe", outsider) == refusal(11, "Invalid email", "bill.jones@elsewhere.example")
    assert api.get("unsubscribe", outsider) == refusal(11, "Invalid email", "bill.jones@elsewhere.example")
    assert api.get("subscribe", {**outsider, "id_task": "999"}) == refusal(5, "Task is invalid"), "task first"


def test_subscribe_refuses_two_addresses_as_invalid_email(api: Api) -> None:
    two = "olivia.brandt@example.com,marcus.lee@example.com"
    assert api.get("subscribe", {"id_task": "3104", "email_user": two}) == refusal(11, "Invalid email", two)


# --- comments ---------------------------------------------------------------------------------------------


def test_get_comments_lists_newest_first_with_files_only_when_asked(api: Api) -> None:
    comments = api.data("get_comments", {"id_task": "3101"})
    assert ids(comments) == ["4106", "4105", "4104", "4103", "4102", "4101"]
    assert all("files" not in c for c in comments)
    with_files = {c["id"]: c for c in api.data("get_comments", {"id_task": "3101", "extra": "files"})}
    assert with_files["4103"]["text"] == "" and [f["name"] for f in with_files["4103"]["files"]] == [
        "hero-dark.png",
        "hero-light.png",
    ]
    assert with_files["4101"]["files"] == [
        {"id": "7102", "page": "/download/7102/", "name": "layout-draft.pdf", "size": "24"}
    ]
    assert "files" not in with_files["4102"], "only on comments that have files"
    assert api.data("get_comments", {"id_task": "3105"}) == []


def test_post_comment_creates_a_comment_that_later_reads_show(api: Api) -> None:
    posted = api.post(
        "post_comment",
        {
            "id_task": 3105,
            "text": "Need info from your department",
            "todo": ["survey results", "questions"],
            "mention": "marcus.lee@example.com",
            "email_user_from": "tomas.ortega@example.com",
            "hidden": "tomas.ortega@example.com, someone@elsewhere.example",
        },
    )["data"]
    assert posted == {
        "id": "4109",
        "page": "/project/2103/3105/#com4109",
        "text": "Need info from your department\r\n• survey results\r\n• questions Marcus Lee",
        "date_added": NOW,
        "user_from": TOMAS,
    }
    assert api.data("get_comments", {"id_task": "3105"}) == [posted]
    plan = api.data("get_task", {"id_task": "3105", "extra": "comments"})
    assert (plan["has_comments"], plan["comments"]) == (1, [posted])
    by_owner = api.data("post_comment", {"id_task": "3107", "text": "Looks good"})
    assert by_owner["user_from"] == OLIVIA and by_owner["page"] == "/project/2101/3101/3107/#com4110"


def test_post_comment_multipart_with_files_only(api: Api) -> None:
    posted = api.multipart("post_comment", {"id_task": "3104"}, [("attach[0]", "form.png", b"png!")])["data"]
    assert posted["text"] == ""
    listed = api.data("get_comments", {"id_task": "3104", "extra": "files"})
    assert listed[0]["id"] == posted["id"] and listed[0]["files"][0]["name"] == "form.png"
    assert [f.comment for f in tasks.attachments(api.behaviour.account)][-1] == int(posted["id"])


def test_post_comment_refusals(api: Api) -> None:
    assert api.get("post_comment", {"id_task": "999", "text": ""}) == refusal(5, "Task is invalid"), (
        "task first"
    )
    assert api.get("post_comment", {"id_task": "3104", "text": ""}) == refusal(
        10, "At least one of fields required", "text, todo"
    )
    assert api.post("post_comment", {"id_task": 3104, "todo": ["  "]})["status_code"] == 10
    outsider = {"id_task": "3104", "text": "hi", "email_user_from": "x@elsewhere.example"}
    assert api.get("post_comment", outsider) == refusal(11, "Invalid email", "x@elsewhere.example")
    assert len(api.data("get_comments", {"id_task": "3104"})) == 1, "nothing was posted"


# --- task tags --------------------------------------------------------------------------------------------


def test_tag_groups_come_status_first_then_public_then_private_labels(api: Api) -> None:
    assert [(g["id"], g["type"], g["access"]) for g in api.data("get_task_tag_groups")] == [
        (301, "status", "public"),
        (302, "label", "public"),
        (304, "label", "public"),
        (303, "label", "private"),
    ]
    assert [g["title"] for g in api.data("get_task_tag_groups", {"type": "label", "access": "public"})] == [
        "Topics",
        "Channels",
    ]


def test_add_task_tag_groups_creates_new_groups_only(api: Api) -> None:
    created = api.data(
        "add_task_tag_groups", {"type": "status", "access": "private", "title": "Sales, topics,Sales"}
    )
    assert created == [{"title": "Sales", "id": 305, "type": "status", "access": "public"}], (
        "existing names are skipped; status groups are public"
    )
    labels = api.post("add_task_tag_groups", {"type": "label", "access": "private", "title": "Costs"})["data"]
    assert labels == [{"title": "Costs", "id": 306, "type": "label", "access": "private"}]
    assert [g["id"] for g in api.data("get_task_tag_groups")] == [301, 305, 302, 304, 303, 306]
    for title in ("", " , "):
        assert api.get(
            "add_task_tag_groups", {"type": "label", "access": "public", "title": title}
        ) == refusal(10, "Field is required", "title")


def test_get_task_tags_lists_tags_with_their_groups(api: Api) -> None:
    workflow = api.data("get_task_tags", {"group": "Workflow"})
    assert [t["title"] for t in workflow] == ["To-do", "In progress", "Review", "Done"]
    assert workflow[0] == {
        "title": "To-do",
        "id": 6101,
        "group": {"title": "Workflow", "id": 301, "id_group": "1", "type": "status", "access": "public"},
    }
    assert [t["id"] for t in api.post("get_task_tags", {"group": 304})["data"]] == [6110, 6111]
    assert [t["title"] for t in api.data("get_task_tags", {"access": "private"})] == ["billable", "internal"]
    assert len(api.data("get_task_tags", {"type": "label"})) == 7
    assert api.data("get_task_tags", {"group": "No such group"}) == []


def test_add_task_tags_creates_new_tags_in_the_group(api: Api) -> None:
    created = api.data("add_task_tags", {"group": "302", "title": "bug,feature, docs,feature"})
    assert created == [{"title": "feature", "id": 6112}, {"title": "docs", "id": 6113}]
    assert [t["title"] for t in api.data("get_task_tags", {"group": "Topics"})] == [
        "design",
        "copy",
        "bug",
        "feature",
        "docs",
    ]
    assert api.get("update_task_tags", {"id_task": "3105", "plus": "docs"}) == {"status": "ok"}
    assert task_tags(api, "3105") == {"6108": "billable", "6113": "docs"}


@pytest.mark.parametrize(
    ("sent", "details"),
    [
        ({"group": "", "title": ""}, "group (id or title)"),
        ({"group": "Nowhere", "title": "x"}, "group (id or title)"),
        ({"group": "Topics", "title": ""}, "title"),
    ],
    ids=["empty group (recorded)", "unknown group", "empty title"],
)
def test_add_task_tags_refusals(api: Api, sent: dict[str, str], details: str) -> None:
    assert api.get("add_task_tags", sent) == refusal(10, "Field is required", details)


def task_tags(api: Api, task_id: str) -> dict[str, str]:
    found: dict[str, str] = api.data("get_task", {"id_task": task_id}).get("tags", {})
    return found


def test_update_task_tags_sets_and_removes_and_a_status_replaces_its_group_mate(api: Api) -> None:
    assert task_tags(api, "3101") == {"6102": "In progress", "6105": "design", "6110": "web"}
    changed = api.get("update_task_tags", {"id_task": "3101", "plus": "Review, 6108", "minus": "WEB"})
    assert changed == {"status": "ok"}
    assert task_tags(api, "3101") == {"6103": "Review", "6105": "design", "6108": "billable"}
    assert api.post("update_task_tags", {"id_task": 3101, "plus": "", "minus": ""}) == {"status": "ok"}
    assert task_tags(api, "3101") == {"6103": "Review", "6105": "design", "6108": "billable"}


def test_update_task_tags_refuses_an_unknown_tag_and_changes_nothing(api: Api) -> None:
    before = task_tags(api, "3101")
    assert api.get("update_task_tags", {"id_task": "3101", "plus": "Done, docs"}) == refusal(
        16, "Tag is invalid", "docs"
    )
    assert api.get("update_task_tags", {"id_task": "3101", "minus": "6199"}) == refusal(
        16, "Tag is invalid", "6199"
    )
    assert task_tags(api, "3101") == before
    assert api.get("update_task_tags", {"id_task": "999", "plus": "docs"}) == refusal(5, "Task is invalid")


def test_a_name_two_groups_share_must_be_given_by_id(api: Api) -> None:
    api.data("add_task_tags", {"group": "Channels", "title": "design"})  # now Topics and Channels have it
    assert api.get("update_task_tags", {"id_task": "3105", "plus": "design"}) == refusal(
        16, "Tag is invalid", "design"
    )
    assert api.get("update_task_tags", {"id_task": "3105", "plus": "6112"}) == {"status": "ok"}
    assert task_tags(api, "3105") == {"6108": "billable", "6112": "design"}


# --- events -----------------------------------------------------------------------------------------------


@pytest.fixture
def logged(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[tuple[Any, ...]]]:
    calls: list[tuple[Any, ...]] = []

    def record(
        ctx: Any, action: str, kind: str, record_id: int, page: str, new: Any = None, old: Any = None
    ) -> None:
        calls.append((action, kind, record_id, page, new, old))

    monkeypatch.setattr(events, "record_event", record)
    yield calls


def test_writes_are_logged_for_get_events(api: Api, logged: list[tuple[Any, ...]]) -> None:
    api.data("post_task", {"id_project": "2101", "title": "Logo", "email_user_to": "priya.raman@example.com"})
    api.data("update_task", {"id_task": "3112", "priority": "1", "dateend": "05.01.2026"})
    api.get("update_task", {"id_task": "3112", "priority": "1"})  # nothing changes: nothing logged
    api.get("complete_task", {"id_task": "3112"})
    api.get("reopen_task", {"id_task": "3112"})
    api.data("post_comment", {"id_task": "3112", "text": "Done soon"})
    api.get("complete_task", {"id_task": "3103"})  # refused: nothing logged
    page = "/project/2101/3112/"
    assert logged == [
        ("post", "task", 3112, page, {"title": "Logo", "priority": "1", "user_to": PRIYA}, None),
        ("update", "task", 3112, page, {"date_end": "2026-01-05"}, {"date_end": ""}),
        ("close", "task", 3112, page, None, None),
        ("reopen", "task", 3112, page, None, None),
        ("post", "comment", 4109, page, {"text": "Done soon"}, None),
    ]


def test_an_update_to_nobody_is_logged_in_the_form_get_events_takes(
    api: Api, logged: list[tuple[Any, ...]]
) -> None:
    api.data("update_task", {"id_task": "3108", "email_user_to": "NOONE"})
    assert logged[0][4:] == (
        {"user_to": {"id": "0", "email": "NOONE", "name": "Executive isn't assigned"}},
        {"user_to": ANYONE},
    )


# --- state ------------------------------------------------------------------------------------------------

READS = [
    ("get_all_tasks", {"extra": "text,files,comments,relations,subtasks,archive"}),
    ("get_task", {"id_task": "3112", "extra": "text,files,subscribers,custom_fields"}),
    ("get_comments", {"id_task": "3112", "extra": "files"}),
    ("get_task_tags", {}),
    ("get_task_tag_groups", {}),
]


def test_a_snapshot_with_the_familys_records_round_trips(api: Api) -> None:
    host = api.client

    def read_all() -> list[Any]:
        return [api.get(action, params) for action, params in READS]

    created = api.post(
        "post_task",
        {
            "id_project": 2101,
            "title": "Snapshot",
            "subscribe": "priya.raman@example.com",
            "files": [{"id": "u1"}],
        },
    )
    assert created["data"]["id"] == "3112", created
    api.post("post_comment", {"id_task": 3112, "text": "kept"})
    before, state = read_all(), host.get(STATE).json()
    assert {"tasks", "comments", "attachments", "task_tags", "task_tag_groups"} <= set(state)
    assert state["attachments"][0]["data"].startswith("JVBERi0xLjQK"), "the bytes, in base64"
    assert state["attachments"][-1]["name"] == "u1"

    assert host.post(RESET).status_code == 204
    assert read_all()[1]["status"] == "error", "the new task is gone"
    assert host.put(STATE, json=state).status_code == 204
    assert read_all() == before
    assert host.get(STATE).json() == state


@pytest.mark.parametrize(
    ("collection", "index", "change", "problem"),
    [
        ("tasks", 0, {"tags": [6101, 6999]}, "state.tasks[0][tags][1]: no task_tag has the id 6999"),
        ("tasks", 0, {"priority": 11}, "state.tasks[0][priority]: expected a priority from 0 to 10"),
        ("tasks", 0, {"depends_on": {"3103": "after"}}, "state.tasks[0][depends_on]: expected each relation"),
        ("comments", 0, {"task": 999}, "state.comments[0][task]: no task has the id 999"),
        ("attachments", 0, {"data": "not base64!"}, "state.attachments[0][data]: expected the file's bytes"),
        (
            "task_tag_groups",
            0,
            {"type": "badge"},
            "state.task_tag_groups[0][type]: expected one of status, label",
        ),
    ],
)
def test_a_bad_snapshot_of_the_familys_records_is_refused(
    api: Api, collection: str, index: int, change: dict[str, Any], problem: str
) -> None:
    host = api.client
    state = host.get(STATE).json()
    bad = state | {collection: [dict(row) for row in state[collection]]}
    bad[collection][index] |= change
    refused = host.put(STATE, json=bad)
    assert refused.status_code == 400 and problem in refused.json()["error"], refused.text
    assert host.get(STATE).json() == state, "nothing half written"


# --- a workflow -------------------------------------------------------------------------------------------


def test_a_workflow_across_the_familys_actions(api: Api) -> None:
    group = api.data("add_task_tag_groups", {"type": "status", "access": "public", "title": "Print flow"})[0]
    api.data("add_task_tags", {"group": str(group["id"]), "title": "Proof, Printed"})
    poster = api.post(
        "post_task",
        {"id_project": 2103, "title": "Poster for the move", "tags": "Proof", "email_user_to": "ANY"},
    )["data"]
    proof = api.data("post_task", {"id_project": "2103", "id_parent": poster["id"], "title": "Proof print"})
    api.clock.now += 3600
    api.data("post_comment", {"id_task": proof["id"], "text": "Colours are off"})
    assert ids(api.data("search_tasks", {"filter": "name has 'poster' or parent = " + poster["id"]})) == [
        poster["id"],
        proof["id"],
    ]
    assert api.get("complete_task", {"id_task": poster["id"]})["status_code"] == 13
    assert api.get("complete_task", {"id_task": proof["id"]})["status"] == "ok"
    assert api.get("update_task_tags", {"id_task": poster["id"], "plus": "Printed"}) == {"status": "ok"}
    assert api.get("complete_task", {"id_task": poster["id"]})["status"] == "ok"
    done = api.data("get_tasks", {"id_project": "2103", "extra": "subtasks,comments"})
    assert ids(done) == ["3105", poster["id"]]
    assert done[1]["status"] == "done" and done[1]["tags"] == {"6113": "Printed"}
    child = done[1]["child"][0]
    assert (child["status"], child["has_comments"], child["comments"][0]["text"]) == (
        "done",
        1,
        "Colours are off",
    )
    assert api.data("search_tasks", {"id_project": "2103", "status": "active"}) == api.data(
        "search_tasks", {"id_task": "3105"}
    )
