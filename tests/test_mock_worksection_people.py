"""The Worksection mock's "people" family through HTTP: members and teams, members' schedules, contacts
and their folders, and cost lines (get_costs, get_costs_total, add/update/delete_costs).

Each test starts from the demo account (the admin endpoint's reset) with the clock at T0; calls are
signed by the documented rules (md5 ``hash`` for the query form, ``Authorization: Admin`` for the JSON
form), and the mock checks each answer against the spec itself (a 500 would fail these tests), as does
the test client (tests.worksection_support)."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

import pytest

from tests.worksection_support import RESET, STATE, T0, Api, DemoHost, demo_host, ids, refusal_parts

TODAY = datetime.fromtimestamp(T0).strftime("%Y-%m-%d")  # the mock's day at T0, in its time zone


@pytest.fixture(scope="module")
def demo() -> DemoHost:
    """One host for the module's tests: building it takes about half a second, a reset far less."""
    return demo_host()


@pytest.fixture
def api(demo: DemoHost) -> Api:
    """The demo account afresh, the clock at T0: no state leaks from one test to the next."""
    return demo.fresh()


# --- members --------------------------------------------------------------------------------------------


def test_get_users_lists_the_demo_members_by_id_with_what_is_set(api: Api) -> None:
    users = api.ok("get_users")["data"]
    assert ids(users) == ["101", "102", "103", "104"]
    olivia, marcus = users[0], users[1]
    assert olivia["role"] == "Owner" and marcus["role"] == "Account admin"
    assert (olivia["first_name"], olivia["last_name"], olivia["rate"]) == ("Olivia", "Brandt", 60)
    assert olivia["phone"] == "+1 555 0100" and "phone2" not in olivia
    assert "phone" not in marcus and "address" not in marcus, "phones and addresses only when set"
    assert {u["group"] for u in users} == {"Northwind Studio"}


def test_add_user_with_only_an_address_names_the_member_from_it_as_recorded(api: Api) -> None:
    added = api.ok("add_user", email="kate.greenway@example.com")["data"]
    assert added | {"date_added": None} == {
        "id": "105",
        "first_name": "kate",
        "last_name": "greenway",
        "name": "kate greenway",
        "title": "",
        "rate": 11,
        "avatar": "https://demo.worksection.com/images/user/0f.gif",
        "group": "Northwind Studio",  # the owner's team
        "department": "",
        "role": "User",
        "email": "kate.greenway@example.com",
        "date_added": None,
    }
    assert api.ok("get_users")["data"][-1] == added


def test_add_user_json_form_takes_every_field_and_makes_an_unknown_team(api: Api) -> None:
    body = {
        "email": "mia.kovac@example.com",
        "first_name": "Mia",
        "last_name": "Kovac",
        "title": "Copywriter",
        "group": "Content Crew",
        "department": "Content",
        "role": "guest",
    }
    added = api.post("add_user", body)["data"]
    assert (added["name"], added["title"], added["group"], added["role"]) == (
        "Mia Kovac",
        "Copywriter",
        "Content Crew",
        "Guest",
    )
    teams = api.ok("get_user_groups")["data"]
    assert teams[-1] == {"id": "303", "title": "Content Crew", "type": "company", "client": 0}


def test_add_user_with_a_members_address_answers_that_member_unchanged(api: Api) -> None:
    again = api.ok("add_user", email="Marcus.Lee@example.com", first_name="Someone")["data"]
    assert (again["id"], again["name"]) == ("102", "Marcus Lee")
    assert len(api.ok("get_users")["data"]) == 4


def test_add_user_refuses_a_missing_address_and_a_list_of_two(api: Api) -> None:
    assert api.refused("add_user", first_name="Nobody") == (10, "Field is required", "email")
    code, _, details = api.refused("add_user", email="a@example.com,b@example.com")
    assert code == 11 and details is not None and "a@example.com,b@example.com" in details
    assert len(api.ok("get_users")["data"]) == 4, "nothing was added"


def test_add_user_group_makes_a_team_once_and_answers_the_existing_one_after(api: Api) -> None:
    made = api.ok("add_user_group", title="Oak & Pine", client="1")["data"]
    assert made == {"id": "303", "title": "Oak & Pine", "type": "company", "client": 1}
    assert api.post("add_user_group", {"title": "oak & pine", "client": 0})["data"] == made
    assert ids(api.ok("get_user_groups")["data"]) == ["301", "302", "303"]
    assert api.refused("add_user_group") == (10, "Field is required", "title")


# --- schedules ------------------------------------------------------------------------------------------


def test_get_users_schedule_lists_marked_days_per_member_and_none_as_an_empty_list(api: Api) -> None:
    data = api.ok("get_users_schedule")["data"]
    assert list(data) == ["101", "102", "103", "104"]
    assert data["101"]["schedule"] == []
    assert data["103"] == {
        "id": "103",
        "email": "priya.raman@example.com",
        "name": "Priya Raman",
        "group": "Northwind Studio",
        "department": "Design",
        "schedule": {"2024-08-05": "vacation", "2024-08-06": "vacation"},
    }


def test_get_users_schedule_narrows_by_members_and_inclusive_dates(api: Api) -> None:
    data = api.ok("get_users_schedule", users="tomas.ortega@example.com, 103", datestart="06.08.2024")["data"]
    assert list(data) == ["103", "104"]
    assert data["103"]["schedule"] == {"2024-08-06": "vacation"}
    assert data["104"]["schedule"] == [], "the sick leave of March is before datestart"
    json_form = api.post("get_users_schedule", {"users": [103], "dateend": "05.08.2024"})["data"]
    assert json_form["103"]["schedule"] == {"2024-08-05": "vacation"}


def test_get_users_schedule_refuses_an_unknown_member(api: Api) -> None:
    assert api.refused("get_users_schedule", users="nobody@example.com") == (
        11,
        "Invalid email",
        "nobody@example.com",
    )


def test_update_users_schedule_counts_added_and_updated_days_and_reads_back(api: Api) -> None:
    data = {
        "priya.raman@example.com": {
            "05.08.2024": "unset",
            "2024-08-06": "sick-leave",
            "07.08.2024": "vacation",
        },
        "101": {"2024-12-24": "vacation", "2024-12-25": "unset"},  # unsetting an unmarked day: nothing
    }
    answer = api.ok("update_users_schedule", data=json.dumps(data))
    assert answer == {"status": "ok", "data": [], "message": "Days added: 2, days updated: 2"}
    schedules = api.ok("get_users_schedule", users="101,103")["data"]
    assert schedules["103"]["schedule"] == {"2024-08-06": "sick-leave", "2024-08-07": "vacation"}
    assert schedules["101"]["schedule"] == {"2024-12-24": "vacation"}
    same_again = api.post("update_users_schedule", {"data": {"101": {"24.12.2024": "vacation"}}})
    assert same_again["message"] == "Days added: 0, days updated: 0"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ({"nobody@example.com": {"01.01.2024": "vacation"}}, (11, "Invalid email", "nobody@example.com")),
        ({"103": {"31.02.2024": "vacation"}}, (11, "Invalid parameter value", None)),
    ],
    ids=["unknown member", "no such day"],
)
def test_update_users_schedule_refuses_a_bad_entry_and_changes_nothing(
    api: Api, data: dict[str, Any], expected: tuple[int, str, str | None]
) -> None:
    before = api.ok("get_users_schedule")["data"]
    code, message, details = refusal_parts(
        api.post("update_users_schedule", {"data": {"104": {"01.05.2024": "workday"}} | data})
    )
    assert (code, message) == expected[:2]
    assert expected[2] is None or details == expected[2]
    assert api.ok("get_users_schedule")["data"] == before


# --- contacts -------------------------------------------------------------------------------------------


def test_get_contacts_shows_what_each_contact_has(api: Api) -> None:
    contacts = api.ok("get_contacts")["data"]
    assert ids(contacts) == ["501", "502", "503"]
    assert [c["group"] for c in contacts] == ["Clients", "Suppliers", "DEFAULT"]
    assert "email" not in contacts[1] and contacts[1]["phone"] == "+1 555 0177"
    assert "phone" not in contacts[2]


def test_add_contact_splits_the_name_echoes_the_details_and_files_it(api: Api) -> None:
    added = api.ok(
        "add_contact",
        email="brian.dragonfly@example.com",
        name="Brian Dragon Fly",
        title="manager",
        group="Partners",
        phone="1 345 234 23 67",
        address2="59 Robby Prairie",
    )["data"]
    assert added | {"date_added": None} == {
        "id": "504",
        "first_name": "Brian",
        "last_name": "Dragon Fly",
        "name": "Brian Dragon Fly",
        "title": "manager",
        "group": "Partners",
        "email": "brian.dragonfly@example.com",
        "phone": "1 345 234 23 67",
        "address2": "59 Robby Prairie",
        "date_added": None,
    }
    assert api.ok("get_contact_groups")["data"][-1] == {"id": "403", "title": "Partners", "type": "folder"}
    unfiled = api.post("add_contact", {"email": "x.y@example.com", "name": "Xavier"})["data"]
    assert (unfiled["first_name"], unfiled["last_name"], unfiled["group"]) == ("Xavier", "", "DEFAULT")
    assert ids(api.ok("get_contacts")["data"]) == ["501", "502", "503", "504", "505"]


def test_add_contact_refuses_two_addresses_and_a_missing_name(api: Api) -> None:
    code, _, details = api.refused("add_contact", email="a@example.com,b@example.com", name="A, B")
    assert code == 11 and details is not None and "a@example.com,b@example.com" in details
    assert api.refused("add_contact", email="a@example.com") == (10, "Field is required", "name")
    assert len(api.ok("get_contacts")["data"]) == 3


def test_contact_folders_list_presets_first_and_are_made_once(api: Api) -> None:
    folders = api.ok("get_contact_groups")["data"]
    assert [(f["id"], f["type"]) for f in folders] == [
        (1, "preset"),
        (2, "preset"),
        (3, "preset"),
        (4, "preset"),
        ("401", "folder"),
        ("402", "folder"),
    ]
    made = api.ok("add_contact_group", title="Press")["data"]
    assert made == {"id": "403", "title": "Press", "type": "folder"}
    assert api.post("add_contact_group", {"title": "PRESS"})["data"] == made
    assert api.ok("add_contact_group", title="hidden")["data"] == {
        "id": 4,
        "title": "HIDDEN",
        "type": "preset",
    }
    assert api.refused("add_contact_group") == (10, "Field is required", "title")


# --- costs ----------------------------------------------------------------------------------------------

ALL_LINES = ["4101", "4102", "4103", "4104", "4105", "4106", "4107"]


def test_get_costs_lists_every_line_with_its_task_and_the_total(api: Api) -> None:
    answer = api.ok("get_costs")
    assert ids(answer["data"]) == ALL_LINES
    assert answer["total"] == {"time": "18:50", "money": "1000.50"}
    first = answer["data"][0]
    assert first | {"task": None} == {
        "id": "4101",
        "comment": "Wireframes for the home page",
        "time": "6:30",
        "money": "260.00",
        "date": "2024-01-22",
        "is_timer": True,
        "user_from": {"id": "103", "email": "priya.raman@example.com", "name": "Priya Raman"},
        "task": None,
    }
    assert first["task"]["project"] == {"id": "2101", "name": "Website redesign", "page": "/project/2101/"}
    closed = next(line["task"] for line in answer["data"] if line["id"] == "4104")
    assert (closed["status"], closed["date_closed"]) == ("done", "2024-02-01 16:20")
    subtask = next(line["task"] for line in answer["data"] if line["id"] == "4103")
    assert subtask["page"] == "/project/2101/3101/3102/"
    assert answer["data"][-1]["task"]["user_to"] == {
        "id": "104",
        "email": "tomas.ortega@example.com",
        "name": "Tomás Ortega",
    }


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"id_project": "2101"}, ["4101", "4102", "4103", "4104"]),
        ({"id_task": "3101"}, ["4101", "4102"]),  # not its subtask's line 4103
        ({"datestart": "23.01.2024", "dateend": "12.02.2024"}, ["4102", "4103", "4104", "4105"]),
        ({"is_timer": "1"}, ["4101", "4103", "4105"]),
        ({"is_timer": "0", "id_project": "2102"}, ["4107"]),
        ({"filter": "comment has 'WIRE'"}, ["4101", "4102"]),
        ({"filter": "comment='Form validation'"}, ["4105"]),
        ({"filter": "task in (3103, 3106)"}, ["4104", "4106"]),
        ({"filter": "project=2102 or dateadd<'01.01.2024'"}, ["4105", "4106", "4107"]),
        ({"filter": "(id=3101 or id=3102) and date_added>='25.01.2024'"}, ["4103"]),
        (
            {"filter": "project=2101 and comment has 'e' or task=3104"},
            ["4101", "4102", "4103", "4105", "4107"],
        ),
    ],
)
def test_get_costs_narrows_by_each_criterion(api: Api, params: dict[str, str], expected: list[str]) -> None:
    answer = api.ok("get_costs", **params)
    assert ids(answer["data"]) == expected


def test_get_costs_total_sums_only_the_returned_lines(api: Api) -> None:
    answer = api.ok("get_costs", id_task="3104")
    assert answer["total"] == {"time": "6:05", "money": "180.50"}
    assert api.ok("get_costs", datestart="01.01.2030")["total"] == {"time": "0:00", "money": "0.00"}


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"id_project": "9999"}, (4, "Project is invalid", None)),
        ({"id_task": "9999"}, (5, "Task is invalid", None)),
        ({"filter": "task="}, (11, "Invalid parameter value", "filter: ends where a number was expected")),
        ({"filter": "(task=3101"}, (11, "Invalid parameter value", "filter: expected ')', found 'the end'")),
        (
            {"filter": "(" * 40 + "task=3101" + ")" * 40},
            (11, "Invalid parameter value", "filter: parentheses nested more than 32 deep"),
        ),
        (
            {"filter": "dateadd>'2024-01-01'"},
            (11, "Invalid parameter value", "filter: '2024-01-01' is not a date (DD.MM.YYYY)"),
        ),
    ],
)
def test_get_costs_refuses_unknown_ids_and_a_filter_it_cannot_read(
    api: Api, params: dict[str, str], expected: tuple[int, str, str | None]
) -> None:
    assert api.refused("get_costs", **params) == expected


def test_get_costs_total_without_extra_has_only_the_total(api: Api) -> None:
    assert api.ok("get_costs_total") == {"status": "ok", "total": {"time": "18:50", "money": "1000.50"}}
    selected = api.ok("get_costs_total", filter="project in (2102, 2104)")
    assert selected["total"] == {"time": "6:05", "money": "500.50"}
    assert api.refused("get_costs_total", filter="task=3101")[0] == 11, "only project conditions here"


def test_get_costs_total_with_projects_gives_months_newest_first_and_tasks(api: Api) -> None:
    projects = api.ok("get_costs_total", extra="projects, tasks")["projects"]
    assert list(projects) == ["2101", "2102", "2104"], "projects without lines are left out"
    report = projects["2102"]
    assert (report["time"], report["money"]) == ("6:05", "180.50")
    assert list(report["monthly"]) == ["2024-03", "2024-02"]
    assert report["monthly"]["2024-03"] == {"time": "1:20", "money": "0.00"}
    assert list(projects["2101"]["tasks"]) == ["3101", "3102", "3103"]
    assert projects["2101"]["tasks"]["3101"] == {
        "id": "3101",
        "name": "Home page layout",
        "page": "/project/2101/3101/",
        "status": "active",
        "priority": "5",
        "time": "7:30",
        "money": "260.00",
    }


def test_get_costs_total_tasks_top_level_adds_subtasks_to_their_parent(api: Api) -> None:
    tasks = api.post("get_costs_total", {"id_project": 2101, "extra": "projects,tasks_top_level"})[
        "projects"
    ]["2101"]["tasks"]
    assert list(tasks) == ["3101", "3103"]
    assert (tasks["3101"]["time"], tasks["3101"]["money"]) == ("9:45", "350.00")
    assert "projects" not in api.ok("get_costs_total", id_task="3101", extra="projects"), (
        "ignored with id_task"
    )


@pytest.mark.parametrize(
    ("time", "minutes"),
    [("1,5", "1:30"), ("0.15", "0:09"), ("0,15", "0:09"), ("0:09", "0:09"), ("2", "2:00")],
)
def test_add_costs_reads_time_as_hours_in_each_documented_form(api: Api, time: str, minutes: str) -> None:
    new_id = api.ok("add_costs", id_task="3105", time=time)["id"]
    assert isinstance(new_id, int) and new_id == 4108
    line = api.ok("get_costs", id_task="3105")["data"]
    assert [(item["id"], item["time"], item["money"]) for item in line] == [("4108", minutes, "0.00")]


def test_add_costs_books_for_a_member_on_a_day_with_money_from_the_rate(api: Api) -> None:
    answer = api.post(
        "add_costs",
        {
            "id_task": 3105,
            "time": 1.25,
            "money": 999,
            "is_rate": 1,
            "email_user_from": "tomas.ortega@example.com",
            "comment": "Cabling survey",
            "date": "14.03.2024",
        },
    )
    line = api.ok("get_costs", id_task="3105")["data"][0]
    assert str(answer["id"]) == line["id"]
    assert (line["time"], line["money"], line["date"], line["comment"], line["is_timer"]) == (
        "1:15",
        "47.50",  # 1.25 h at Tomás's rate of 38, not the 999 given
        "2024-03-14",
        "Cabling survey",
        False,
    )
    assert line["user_from"]["id"] == "104"


def test_add_costs_defaults_to_the_owner_today_and_money_alone(api: Api) -> None:
    api.ok("add_costs", id_task="3105", money="12,345")
    line = api.ok("get_costs", id_task="3105")["data"][0]
    assert (line["time"], line["money"], line["date"], line["comment"]) == ("0:00", "12.35", TODAY, "")
    assert line["user_from"]["id"] == "101", "the account owner"


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"id_task": "3105"}, (10, "Field is required", "time or money")),
        ({"id_task": "9999", "time": "1"}, (5, "Task is invalid", None)),
        (
            {"id_task": "3105", "time": "1", "email_user_from": "ghost@example.com"},
            (11, "Invalid email", "ghost@example.com"),
        ),
        ({"time": "1"}, (10, "Field is required", "id_task")),
    ],
)
def test_add_costs_refusals(api: Api, params: dict[str, str], expected: tuple[int, str, str | None]) -> None:
    assert api.refused("add_costs", **params) == expected
    assert ids(api.ok("get_costs")["data"]) == ALL_LINES


def test_update_costs_changes_what_is_given_and_recomputes_money_with_a_new_time(api: Api) -> None:
    assert api.ok("update_costs", id_costs="4102", time="2:15", comment="", date="24.01.2024") == {
        "status": "ok"
    }
    line = api.ok("get_costs", id_task="3101")["data"][1]
    assert (line["time"], line["money"], line["comment"], line["date"]) == ("2:15", "0.00", "", "2024-01-24")
    api.post("update_costs", {"id_costs": 4102, "time": "1:30", "is_rate": "1"})
    assert api.ok("get_costs", id_task="3101")["data"][1]["money"] == "90.00", "1.5 h at Olivia's 60"
    api.ok("update_costs", id_costs="4102", money="5", is_rate="1")
    assert api.ok("get_costs", id_task="3101")["data"][1]["money"] == "5.00", "is_rate acts only with a time"
    assert api.refused("update_costs", id_costs="9999", time="1") == (10, "Costs not found", None)


def test_delete_costs_removes_the_line_from_lists_and_totals(api: Api) -> None:
    assert api.post("delete_costs", {"id_costs": "4105"}) == {"status": "ok"}
    assert "4105" not in ids(api.ok("get_costs")["data"])
    assert api.ok("get_costs_total")["total"] == {"time": "14:05", "money": "820.00"}
    assert api.refused("delete_costs", id_costs="4105") == (10, "Costs not found", None)


def test_a_new_member_books_time_at_the_default_rate_and_the_totals_follow(api: Api) -> None:
    member = api.ok("add_user", email="noor.haddad@example.com", group="Harbor Foods")["data"]
    assert member["group"] == "Harbor Foods" and member["rate"] == 11
    api.ok("add_costs", id_task="3104", time="3", is_rate="1", email_user_from="noor.haddad@example.com")
    projects = api.ok("get_costs_total", id_project="2102", extra="projects")["projects"]
    assert (projects["2102"]["time"], projects["2102"]["money"]) == ("9:05", "213.50")
    assert projects["2102"]["monthly"][TODAY[:7]] == {"time": "3:00", "money": "33.00"}
    mine = api.ok("get_costs", filter="project=2102 and dateadd>='01.01.2025'")["data"]
    assert [line["user_from"]["email"] for line in mine] == ["noor.haddad@example.com"]


# --- both forms -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("action", "params", "body"),
    [
        ("get_users", {}, None),
        ("get_user_groups", {}, {}),
        ("get_contacts", {}, None),
        ("get_contact_groups", {}, {}),
        ("get_users_schedule", {"users": "101,103"}, {"users": ["priya.raman@example.com", 101]}),
        ("get_costs", {"id_project": "2101", "is_timer": "1"}, {"id_project": 2101, "is_timer": 1}),
        ("get_costs_total", {"extra": "projects"}, {"extra": "projects"}),
    ],
)
def test_the_json_form_answers_as_the_query_form(
    api: Api, action: str, params: dict[str, str], body: dict[str, Any] | None
) -> None:
    assert api.post(action, body) == api.ok(action, **params)


# --- the state ------------------------------------------------------------------------------------------


def reads(api: Api) -> list[dict[str, Any]]:
    return [
        api.ok(action)
        for action in (
            "get_users",
            "get_user_groups",
            "get_users_schedule",
            "get_contacts",
            "get_contact_groups",
            "get_costs",
        )
    ]


def test_a_snapshot_with_this_familys_records_restores_to_the_same_answers(api: Api) -> None:
    api.ok("add_user", email="ines.duarte@example.com", group="Field Team")
    api.ok("add_contact", email="p.q@example.com", name="Pat Quinn", group="Press")
    api.post("update_users_schedule", {"data": {"ines.duarte@example.com": {"02.02.2026": "vacation"}}})
    api.ok("add_costs", id_task="3101", time="0:45", comment="Kick-off")
    before, state = reads(api), api.client.get(STATE).json()
    assert {"people", "teams", "contacts", "contact_folders", "costs"} <= set(state)
    assert state["people"][-1]["schedule"] == {"2026-02-02": "vacation"}

    assert api.client.post(RESET).status_code == 204
    assert reads(api) != before
    assert api.client.put(STATE, json=state).status_code == 204
    assert reads(api) == before
    assert api.client.get(STATE).json() == state


def test_a_snapshot_whose_cost_names_no_task_is_refused(api: Api) -> None:
    state = api.client.get(STATE).json()
    state["costs"][0]["task"] = 9999
    refused = api.client.put(STATE, json=state)
    assert (
        refused.status_code == 400
        and "state.costs[0][task]: no task has the id 9999" in refused.json()["error"]
    )
