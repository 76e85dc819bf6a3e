"""The Worksection mock's "misc" family through HTTP: timers (the admin's and the token holder's own),
files (listing, download, upload), webhooks, and the token holder's profile (me).

Each test starts from the demo account (the admin endpoint's reset) with the clock at T0. Admin calls
are signed by the documented rules; user-token calls carry the demo token of Olivia Brandt (101); the
client (tests.worksection_support) checks each answer against the spec."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest

from apikit.mock.worksection import files
from apikit.mock.worksection.account import Account
from apikit.mock.worksection.actions import Admin, Ctx, Upload, User
from apikit.mock.worksection.behaviour import DEMO_ACCESS_TOKEN, SEEDERS
from apikit.mock.worksection.errors import WorksectionError
from apikit.mock.worksection.tasks import attachments
from tests.worksection_support import (
    OLIVIA,
    PRIYA,
    RESET,
    STATE,
    T0,
    USER_WIRE,
    WIRE,
    Api,
    DemoHost,
    answer,
    demo_host,
    refusal_parts,
)

NOW = datetime.fromtimestamp(T0)  # the mock's clock at T0, in its time zone
TODAY = NOW.strftime("%Y-%m-%d")
NOBODY = {"id": "0", "email": "NOONE", "name": "Executive isn't assigned"}


@pytest.fixture(scope="module")
def demo() -> DemoHost:
    """One host for the module's tests: building it takes about half a second, a reset far less."""
    return demo_host()


@pytest.fixture
def api(demo: DemoHost) -> Api:
    """The demo account afresh, the clock at T0: no state leaks from one test to the next."""
    return demo.fresh()


def demo_account() -> Account:
    account = Account()
    for seed in SEEDERS:
        seed(account)
    return account


# --- the admin's timers ---------------------------------------------------------------------------------


def test_get_timers_shows_the_running_timer_with_its_time_and_task(api: Api) -> None:
    (timer,) = api.ok("get_timers")["data"]
    ran = int((NOW - datetime(2024, 6, 3, 9, 30)).total_seconds())
    assert timer | {"task": None} == {
        "id": "5101",
        "time": f"{ran // 3600:02d}:{ran // 60 % 60:02d}:00",
        "date_started": "2024-06-03 09:30",
        "user_from": PRIYA,
        "task": None,
    }
    assert timer["task"]["page"] == "/project/2101/3101/" and "date_closed" not in timer["task"]
    api.advance(3600 + 120)
    later = api.ok("get_timers")["data"][0]["time"]
    assert later == f"{ran // 3600 + 1:02d}:{ran // 60 % 60 + 2:02d}:00"


def test_stop_timer_books_the_time_as_a_cost_at_the_members_rate(api: Api) -> None:
    api.user("start_my_timer", id_task="3104")
    api.advance(90 * 60)
    mine = api.ok("get_timers")["data"][0]
    assert (mine["id"], mine["user_from"], mine["time"]) == ("5102", OLIVIA, "01:30:00")
    assert api.post("stop_timer", {"timer": 5102}) == {"status": "ok"}
    assert [t["id"] for t in api.ok("get_timers")["data"]] == ["5101"]
    line = api.ok("get_costs", id_task="3104", is_timer="1")["data"][-1]
    assert (line["time"], line["money"], line["date"], line["comment"], line["user_from"]) == (
        "1:30",
        "90.00",  # 1.5 h at Olivia's rate of 60
        TODAY,
        "",
        OLIVIA,
    )


def test_stop_timer_refuses_an_unknown_timer_as_recorded(api: Api) -> None:
    assert api.refused("stop_timer", timer="9999") == (7, "Timer not found", None)
    assert api.refused("stop_timer") == (10, "Field is required", "timer")


# --- the token holder's own timer -----------------------------------------------------------------------


def test_my_timer_starts_runs_and_stops_into_a_cost_line(api: Api) -> None:
    assert api.user("get_my_timer") == {"status": "ok", "data": []}
    assert api.user("start_my_timer", {"id_task": 3105}) == {"status": "ok"}
    api.advance(20 * 60)
    mine = api.user("get_my_timer")["data"]
    assert (mine["time"], mine["date_started"], mine["task"]["id"]) == (
        1200,
        NOW.strftime("%Y-%m-%d %H:%M"),
        "3105",
    )
    assert mine["task"]["user_to"] == NOBODY, "nobody assigned: the marker timers' schema knows"
    assert api.user("stop_my_timer", comment="Cable plan") == {"status": "ok"}
    assert api.user("get_my_timer")["data"] == []
    (line,) = api.ok("get_costs", id_task="3105")["data"]
    assert (line["time"], line["money"], line["comment"], line["is_timer"]) == (
        "0:20",
        "20.00",
        "Cable plan",
        True,
    )


def test_start_my_timer_refusals(api: Api) -> None:
    assert refusal_parts(api.user("start_my_timer", id_task="9999")) == (5, "Task is invalid", None)
    assert refusal_parts(api.user("start_my_timer", id_task="3103")) == (8, "Task is closed", None)
    api.user("start_my_timer", id_task="3101")
    assert refusal_parts(api.user("start_my_timer", id_task="3104")) == (6, "Timer is already started", None)
    assert api.user("get_my_timer")["data"]["task"]["id"] == "3101", "the first timer still runs"


def test_delete_my_timer_discards_the_time_without_booking_it(api: Api) -> None:
    lines = api.ok("get_costs")["data"]
    api.user("start_my_timer", id_task="3108")
    assert api.user("get_my_timer")["data"]["task"]["user_to"] == {
        "id": "2",
        "email": "ANY",
        "name": "Anyone",
    }
    api.advance(600)
    assert api.user("delete_my_timer", {}) == {"status": "ok"}
    assert api.ok("get_costs")["data"] == lines
    assert [t["id"] for t in api.ok("get_timers")["data"]] == ["5101"]
    assert refusal_parts(api.user("delete_my_timer")) == (7, "Timer is not started", None)
    assert refusal_parts(api.user("stop_my_timer", {"comment": ""})) == (7, "Timer is not started", None)


def test_user_token_actions_need_a_valid_token(api: Api) -> None:
    assert answer(api.client.get(f"{USER_WIRE}?action=me"), 401) == {
        "status": "error",
        "message": "Access token is missing",
    }
    wrong = api.client.get(
        f"{USER_WIRE}?action=get_my_timer", headers={"Authorization": "Bearer not-a-token"}
    )
    assert answer(wrong, 401)["message"] == "Access token is invalid"
    in_query = api.client.get(f"{USER_WIRE}?action=me&access_token={DEMO_ACCESS_TOKEN}")
    assert answer(in_query)["data"]["id"] == "101"


def test_me_is_the_token_holders_profile_without_rate(api: Api) -> None:
    profile = api.user("me")["data"]
    assert profile == {
        "id": "101",
        "first_name": "Olivia",
        "last_name": "Brandt",
        "name": "Olivia Brandt",
        "title": "Managing director",
        "avatar": "https://demo.worksection.com/images/user/101/olivia.jpg",
        "group": "Northwind Studio",
        "department": "Management",
        "role": "Owner",
        "email": "olivia.brandt@example.com",
        "phone": "+1 555 0100",
        "address": "12 Harbour Street, Port Alder",
    }
    assert api.user("me", {})["data"] == profile


# --- files ----------------------------------------------------------------------------------------------


def test_get_files_lists_a_projects_own_files_newest_first(api: Api) -> None:
    (brief,) = api.ok("get_files", id_project="2101")["data"]
    assert brief == {
        "id": "6101",
        "page": "/download/6101/",
        "name": "Site brief.txt",
        "size": "45",
        "date_added": "2024-01-09 10:00",
        "user_from": OLIVIA,
    }
    task_files = api.post("get_files", {"id_task": 3101})["data"]
    assert "6101" not in [f["id"] for f in task_files], "a project's file is not its tasks'"
    assert api.ok("get_files", id_project="2104", id_task="3101")["data"] == task_files, "the task wins"


def test_get_files_of_a_task_joins_its_own_files_and_those_of_its_comments(api: Api) -> None:
    attached = [a for a in attachments(demo_account()) if a.task == 3101]
    assert attached, "the tasks family's demo attaches files to task 3101"
    listed = [f["id"] for f in api.ok("get_files", id_task="3101")["data"]]
    assert listed == sorted(["6102", *(str(a.id) for a in attached)], key=int, reverse=True)
    response = api.client.get(api.signed("download", id_file=str(attached[0].id)))
    assert response.content == attached[0].data


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({}, (10, "Field is required", "id_project")),
        ({"id_project": "9999"}, (4, "Project is invalid", None)),
        ({"id_task": "9999"}, (5, "Task is invalid", None)),
    ],
)
def test_get_files_refusals(api: Api, params: dict[str, str], expected: tuple[int, str, str | None]) -> None:
    assert api.refused("get_files", **params) == expected


def test_download_sends_the_bytes_as_an_attachment_named_in_utf8(api: Api) -> None:
    response = api.client.get(api.signed("download", id_file="6104"))
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/x-download"
    assert (
        response.headers["content-disposition"] == "attachment; filename*=UTF-8''Umzugsplan%20B%C3%BCro.txt"
    )
    assert response.content == "Netzwerk zuerst, dann die Möbel.\n".encode()
    by_json = api.client.post(
        f"{WIRE}?action=download", json={"id_file": 6101}, headers=api.headers("download")
    )
    assert by_json.content == b"Website redesign: goals, audience and scope.\n"


def test_download_of_an_unknown_file_is_refused_with_code_4_by_the_handler() -> None:
    ctx = Ctx(demo_account(), {"id_file": "9999"}, NOW, Admin("hash"))
    with pytest.raises(WorksectionError) as refused:
        files.download(ctx)
    assert (refused.value.code, refused.value.message) == (4, "File not found")


def test_download_of_an_unknown_file_answers_the_recorded_envelope(api: Api) -> None:
    assert api.refused("download", id_file="9999") == (4, "File not found", None)


def uploaded(account: Account, caller: Admin | User, *parts: tuple[str, bytes]) -> list[dict[str, Any]]:
    """upload_files' handles for these (name, bytes) parts, the handler called as the engine would."""
    uploads = [Upload("files[]", name, "application/octet-stream", data) for name, data in parts]
    body = files.upload_files(Ctx(account, {}, NOW, caller, uploads))
    assert isinstance(body, dict) and body["status"] == "ok", body
    handles: list[dict[str, Any]] = body["data"]
    return handles


def test_upload_files_keeps_each_file_pending_and_refuses_an_oversized_one_alone(api: Api) -> None:
    account = demo_account()
    handles = uploaded(
        account,
        User(103),
        ("Report.PDF", b"%PDF-1.7"),
        ("huge.bin", b"x" * (files.MAX_FILE_BYTES + 1)),
        ("notes", b"plain"),
    )
    assert handles == [
        {"id": "6105", "ext": "pdf", "name": "Report.PDF", "icon": None, "error": None},
        {
            "id": "",
            "ext": "bin",
            "name": "huge.bin",
            "icon": None,
            "error": "File is too large (more than 1024 KB)",
        },
        {"id": "6106", "ext": "", "name": "notes", "icon": None, "error": None},
    ]
    assert api.client.put(STATE, json=account.snapshot()).status_code == 204
    assert api.client.get(api.signed("download", id_file="6105")).content == b"%PDF-1.7"
    listed = [
        f["id"]
        for project in ("2101", "2102", "2103", "2104")
        for f in api.ok("get_files", id_project=project)["data"]
    ]
    assert "6105" not in listed and "6106" not in listed, "a pending upload is attached to nothing"
    state = api.client.get(STATE).json()
    assert state["files"][-2]["user_from"] == 103, "the token's member uploaded it"


def test_an_upload_claimed_for_a_task_is_listed_with_the_task(api: Api) -> None:
    account = demo_account()
    (handle,) = uploaded(account, Admin("hmac"), ("mockup.png", b"\x89PNG\r\n"))
    assert files.claim_upload(account, handle["id"], task=3104) is not None
    assert files.claim_upload(account, handle["id"], task=3101) is None, "claimed once only"
    assert api.client.put(STATE, json=account.snapshot()).status_code == 204
    (listed,) = api.ok("get_files", id_task="3104")["data"]
    assert (listed["id"], listed["name"], listed["size"], listed["user_from"]) == (
        "6105",
        "mockup.png",
        "6",
        OLIVIA,
    )


def test_upload_files_refuses_files_past_the_accounts_room() -> None:
    account = demo_account()
    room = files.MAX_FILES - len(account.records("files"))
    handles = uploaded(account, Admin("hash"), *[(f"{n}.txt", b"x") for n in range(room + 1)])
    assert all(h["error"] is None for h in handles[:-1])
    assert handles[-1] == {
        "id": "",
        "ext": "txt",
        "name": f"{room}.txt",
        "icon": None,
        "error": "No room left for files in this account",
    }


def test_upload_files_over_http_answers_handles(api: Api) -> None:
    response = api.client.post(
        api.signed("upload_files"), files=[("files[]", ("a.txt", b"abc", "text/plain"))]
    )
    assert answer(response)["data"][0]["name"] == "a.txt"


# --- webhooks -------------------------------------------------------------------------------------------


def test_get_webhooks_shows_projects_only_when_limited(api: Api) -> None:
    assert api.ok("get_webhooks")["data"] == [
        {
            "id": "121",
            "url": "https://hooks.example.com/worksection",
            "events": "post_task,post_comment,post_project",
            "status": "active",
            "projects": "2101",
        },
        {
            "id": "122",
            "url": "https://automation.example.org/ws",
            "events": "update_task,close_task",
            "status": "paused",
        },
    ]


def test_add_webhook_registers_it_and_answers_a_numeric_id(api: Api) -> None:
    added = api.ok(
        "add_webhook",
        url="https://hooks.example.net/in",
        events="post_task, close_task",
        projects="2102, 2101",
    )
    assert added == {"status": "ok", "id": 123}
    by_json = api.post(
        "add_webhook",
        {
            "url": "http://10.0.0.5:8080/ws",
            "events": "update_project",
            "projects": [2103],
            "http_user": "ws",
            "http_pass": "s3cret",
        },
    )
    assert by_json == {"status": "ok", "id": 124}
    hooks = api.ok("get_webhooks")["data"]
    assert hooks[2] == {
        "id": "123",
        "url": "https://hooks.example.net/in",
        "events": "post_task,close_task",
        "status": "active",
        "projects": "2102,2101",
    }
    assert hooks[3]["projects"] == "2103"
    assert "s3cret" not in api.client.get(STATE).text, "the delivery password is not kept"


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        (
            {"url": "https://hooks.example.invalid/x", "events": ""},
            (11, "Url should respond 200 HTTP_CODE and JSON {status:OK}", "https://hooks.example.invalid/x"),
        ),
        ({"url": "https://hooks.example.com/x", "events": ""}, (10, "Field is required", "events")),
        (
            {"url": "https://hooks.example.com/x", "events": "post_task", "projects": "9999"},
            (11, "Invalid parameter value", "projects: no project has the id 9999"),
        ),
    ],
    ids=["url fails the check first", "no events", "unknown project"],
)
def test_add_webhook_refusals_leave_the_list_as_it_was(
    api: Api, params: dict[str, str], expected: tuple[int, str, str | None]
) -> None:
    assert api.refused("add_webhook", **params) == expected
    assert [h["id"] for h in api.ok("get_webhooks")["data"]] == ["121", "122"]


def test_delete_webhook_removes_it_and_then_answers_the_recorded_not_found(api: Api) -> None:
    assert api.post("delete_webhook", {"id": 121}) == {"status": "ok"}
    assert [h["id"] for h in api.ok("get_webhooks")["data"]] == ["122"]
    assert api.refused("delete_webhook", id="121") == (10, "WebHook not found", None)


# --- both forms -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("action", ["get_timers", "get_webhooks"])
def test_the_json_form_of_a_read_answers_as_the_query_form(api: Api, action: str) -> None:
    assert api.post(action, {}) == api.ok(action)


def test_get_my_timer_answers_alike_in_both_forms(api: Api) -> None:
    api.user("start_my_timer", id_task="3104")
    api.advance(61)
    assert api.user("get_my_timer", {}) == api.user("get_my_timer") != {"status": "ok", "data": []}


# --- the state ------------------------------------------------------------------------------------------


def reads(api: Api) -> list[dict[str, Any]]:
    return [
        api.ok("get_timers"),
        api.ok("get_webhooks"),
        api.ok("get_files", id_task="3101"),
        api.ok("get_costs"),
        api.user("get_my_timer"),
    ]


def test_a_snapshot_with_timers_files_and_webhooks_restores_to_the_same_answers(api: Api) -> None:
    api.user("start_my_timer", id_task="3104")
    api.ok("add_webhook", url="https://hooks.example.com/new", events="delete_task")
    api.ok("stop_timer", timer="5101")
    before, state = reads(api), api.client.get(STATE).json()
    assert [t["id"] for t in state["timers"]] == [5102] and len(state["webhooks"]) == 3

    assert api.client.post(RESET).status_code == 204
    assert reads(api) != before
    assert api.client.put(STATE, json=state).status_code == 204
    assert reads(api) == before
    assert api.client.get(STATE).json() == state


def test_a_snapshot_with_bytes_that_are_not_base64_is_refused(api: Api) -> None:
    state = api.client.get(STATE).json()
    state["files"][0]["content_base64"] = "not base64!"
    refused = api.client.put(STATE, json=state)
    assert refused.status_code == 400
    assert (
        "state.files[0][content_base64]: expected the file's bytes as base64 text" in refused.json()["error"]
    )
