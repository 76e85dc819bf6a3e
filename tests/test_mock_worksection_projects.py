"""The Worksection mock's projects family through HTTP: projects (read, create, change, archive,
reactivate, teams), folders, project tags and their groups, custom fields and the activity log, in
the query form (md5 ``hash``) and the JSON form (``Authorization: Admin``), against the real spec."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest

from apikit.mock.worksection import create_behaviour
from apikit.mock.worksection.actions import Admin, Ctx
from apikit.mock.worksection.events import get_events, record_event
from tests.worksection_support import (
    MARCUS,
    OLIVIA,
    PRIYA,
    RESET,
    STATE,
    TOMAS,
    Api,
    DemoHost,
    demo_host,
    refusal,
    worksection_spec,
)

NOW = datetime(2026, 1, 5, 10, 30)  # the mock's clock is local time, and so is this
NO_MANAGER = {"id": "0", "email": "NOONE", "name": "Manager isn't assigned"}
ALL_OFF = dict.fromkeys(
    [
        "allow_close",
        "allow_give",
        "allow_term",
        "allow_limit",
        "require_term",
        "require_tag",
        "require_limit",
        "require_hidden",
        "deny_comments_edit",
        "deny_task_edit",
        "deny_task_delete",
        "time_require",
        "time_today",
        "timer_only",
    ],
    0,
)
STATUS_GROUP = {"title": "Project status", "id": 91, "id_group": "-4", "type": "status", "access": "public"}
COST_RULES_REFUSED = {
    "status": "error",
    "status_code": 11,
    "message": "Only one parameter (options.time_require or options.time_today or options.timer_only)"
    " can be set as 1.",
}


@pytest.fixture(scope="module")
def demo() -> DemoHost:
    """One host for the module's tests: building it takes about half a second, a reset far less."""
    return demo_host(NOW.timestamp())


@pytest.fixture
def api(demo: DemoHost) -> Api:
    """The demo account afresh, the clock at NOW: no test sees another's changes."""
    return demo.fresh()


def shown_project(api: Api, project_id: str, extra: str = "text,options,users") -> dict[str, Any]:
    """The project as get_project shows it, by default with everything extra can add."""
    found: dict[str, Any] = api.data("get_project", id_project=project_id, extra=extra)
    return found


# --- get_project ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("extra", ["", "text,options,users", "html"])
def test_get_project_answers_what_get_projects_shows_for_that_project(api: Api, extra: str) -> None:
    listed = api.data("get_projects", **({"extra": extra} if extra else {}))
    for project in listed:
        params = {"id_project": project["id"], **({"extra": extra} if extra else {})}
        assert api.data("get_project", **params) == project


def test_get_project_refuses_an_unknown_id_as_recorded(api: Api) -> None:
    assert api.get("get_project", id_project="6623") == refusal(4, "Project is invalid")


# --- post_project -----------------------------------------------------------------------------------------


def test_a_project_with_only_a_title_gets_the_recorded_defaults(api: Api) -> None:
    created = api.data("post_project", title="New brand launch", extra="options")
    assert created == {
        "id": "2105",
        "name": "New brand launch",
        "page": "/project/2105/",
        "status": "active",
        "company": "Product",  # the account's own team folder
        "user_from": OLIVIA,  # the account owner acts for the admin key
        "user_to": NO_MANAGER,
        "date_added": "2026-01-05 10:30",
        "options": ALL_OFF,
    }
    assert [p["id"] for p in api.data("get_projects", filter="active")] == ["2101", "2102", "2105"]


def test_every_parameter_of_post_project_is_kept(api: Api) -> None:
    created = api.data(
        "post_project",
        title="Trade fair stand",
        email_user_from="priya.raman@example.com",
        email_manager="tomas.ortega@example.com",
        email_user_to="ANY",
        members="marcus.lee@example.com, tomas.ortega@example.com",
        text="<p>Stand <b>B12</b></p>",
        company="Marketing",
        datestart="01.04.2026",
        dateend="15.06.2026",
        max_time="80",
        max_money="4000.5",
        tags="web, 5508",
        extra="options",
        **{"options.allow_close": "1", "options.require_term": "1", "options.timer_only": "1"},
    )
    assert created["user_from"] == PRIYA and created["user_to"] == TOMAS
    assert created["company"] == "Marketing"
    assert (created["date_start"], created["date_end"]) == ("2026-04-01", "2026-06-15")
    assert (created["max_time"], created["max_money"]) == (80, 4000.5)
    assert created["tags"] == {"5501": "web", "5508": "Backlog"}
    assert created["options"] == ALL_OFF | {"allow_close": 1, "require_term": 1, "timer_only": 1}
    assert "text" not in created and "users" not in created, "extra=options asks for neither"
    shown = shown_project(api, created["id"])
    assert shown["text"] == "Stand B12"
    assert shown["users"] == [MARCUS, PRIYA, TOMAS], "author, manager and members, in id order"


def test_post_project_answers_the_flags_but_never_the_description_or_team(api: Api) -> None:
    created = api.data("post_project", title="Notes", text="<p>a &amp; b</p>", extra="options")
    assert "options" in created and "text" not in created and "users" not in created
    assert shown_project(api, created["id"], extra="html")["text"] == "<p>a &amp; b</p>"


@pytest.mark.parametrize("extra", ["text", "html", "users", "options,users", "text,options"])
def test_an_extra_other_than_options_is_refused_by_post_and_update_project(api: Api, extra: str) -> None:
    for action, params in (("post_project", {"title": "Notes"}), ("update_project", {"id_project": "2101"})):
        code, _, details = api.refused(action, {**params, "extra": extra})
        assert code == 11 and details is not None and "extra" in details, action
        assert api.post(action, {**params, "extra": extra})["status_code"] == 11, action
    assert len(api.data("get_projects")) == 4, "nothing was made"
    assert shown_project(api, "2101")["name"] == "Website redesign", "nothing was changed"


def test_a_company_no_folder_has_becomes_a_user_folder(api: Api) -> None:
    api.data("post_project", title="Audit", company="Compliance")
    folders = api.data("get_project_groups")
    assert {"id": "4406", "title": "Compliance", "type": "folder"} in folders


def test_two_cost_rules_are_refused_as_recorded_and_nothing_is_made(api: Api) -> None:
    flags = {"options.time_require": "1", "options.time_today": "1", "options.timer_only": "1"}
    assert api.get("post_project", title="New brank launch", **flags) == COST_RULES_REFUSED
    assert len(api.data("get_projects")) == 4


@pytest.mark.parametrize(
    "params",
    [
        {"email_manager": "brian.dragonfly@gmail.com"},
        {"email_user_from": "brian.dragonfly@gmail.com"},
        {"email_user_to": "brian.dragonfly@gmail.com"},
        {"members": "marcus.lee@example.com, brian.dragonfly@gmail.com"},
    ],
)
def test_an_address_of_no_user_is_refused_and_nothing_is_made(api: Api, params: dict[str, str]) -> None:
    assert api.get("post_project", title="X", **params) == refusal(
        11, "Invalid email", "brian.dragonfly@gmail.com"
    )
    assert len(api.data("get_projects")) == 4


@pytest.mark.parametrize("title", ["", "   "])
def test_an_empty_title_is_refused_as_required(api: Api, title: str) -> None:
    assert api.get("post_project", title=title) == refusal(10, "Field is required", "title")
    assert api.post("post_project", {"title": title}) == refusal(10, "Field is required", "title")


def test_a_missing_title_is_refused_as_required(api: Api) -> None:
    assert api.get("post_project", company="Marketing") == refusal(10, "Field is required", "title")


def test_an_unknown_tag_on_a_new_project_is_refused_with_16(api: Api) -> None:
    assert api.get("post_project", title="X", tags="web, declined") == refusal(
        16, "Tag is invalid", "declined"
    )
    assert len(api.data("get_projects")) == 4


def test_the_json_form_takes_numbers_and_a_members_array(api: Api) -> None:
    body = api.post(
        "post_project",
        {
            "title": "App launch",
            "members": ["priya.raman@example.com"],
            "max_time": 12.5,
            "options.allow_give": 1,
            "extra": "options",
        },
    )
    assert body["status"] == "ok", body
    assert body["data"]["max_time"] == 12.5 and body["data"]["options"]["allow_give"] == 1
    assert shown_project(api, body["data"]["id"])["users"] == [OLIVIA, PRIYA]


# --- update_project ---------------------------------------------------------------------------------------


def test_update_project_changes_the_given_fields_only(api: Api) -> None:
    before = shown_project(api, "2101")
    after = api.data("update_project", id_project="2101", title="Owl brand launch", extra="options")
    assert after["id"] == "2101", "the project asked for is the one answered (unlike recording 016)"
    assert after["name"] == "Owl brand launch"
    unchanged = {key: value for key, value in before.items() if key not in ("name", "users", "text")}
    assert {key: value for key, value in after.items() if key != "name"} == unchanged


def test_update_project_adds_members_and_replaces_tags(api: Api) -> None:
    api.data(
        "update_project",
        id_project="2101",
        members="tomas.ortega@example.com",
        email_manager="tomas.ortega@example.com",
        tags="facilities, In progress",
        dateend="30.09.2026",
        max_money="0",
    )
    shown = shown_project(api, "2101")
    assert shown["users"] == [OLIVIA, MARCUS, PRIYA, TOMAS], "nobody removed"
    assert shown["user_to"] == TOMAS
    assert shown["tags"] == {"5503": "facilities", "5504": "In progress"}, "web and priority replaced"
    assert (shown["date_end"], shown["max_money"], shown["max_time"]) == ("2026-09-30", 0, 320)


def test_turning_one_cost_rule_on_turns_the_others_off(api: Api) -> None:
    assert shown_project(api, "2101")["options"]["time_require"] == 1
    changed = api.data("update_project", id_project="2101", extra="options", **{"options.timer_only": "1"})
    assert (changed["options"]["timer_only"], changed["options"]["time_require"]) == (1, 0)
    assert changed["options"]["allow_close"] == 1, "flags left out keep their values"
    cleared = api.data("update_project", id_project="2101", extra="options", **{"options.allow_close": "0"})
    assert (cleared["options"]["allow_close"], cleared["options"]["timer_only"]) == (0, 1)


def test_update_project_refuses_two_cost_rules_as_recorded_and_changes_nothing(api: Api) -> None:
    before = shown_project(api, "2101")
    flags = {"options.time_require": "1", "options.time_today": "1", "options.timer_only": "1"}
    assert api.get("update_project", id_project="2101", title="Renamed", **flags) == COST_RULES_REFUSED
    assert shown_project(api, "2101") == before


def test_update_project_refuses_a_bad_member_and_changes_nothing(api: Api) -> None:
    before = shown_project(api, "2102")
    refused = api.get("update_project", id_project="2102", title="Y", members="x@nowhere.example")
    assert refused == refusal(11, "Invalid email", "x@nowhere.example")
    assert shown_project(api, "2102") == before


# --- close_project, activate_project ----------------------------------------------------------------------


def test_closing_archives_and_reactivating_keeps_the_closing_time(api: Api) -> None:
    assert api.get("close_project", id_project="2101") == {"status": "ok"}
    archived = api.data("get_projects", filter="archive")
    assert [(p["id"], p["status"], p.get("date_closed")) for p in archived] == [
        ("2101", "archive", "2026-01-05 10:30"),
        ("2104", "archive", "2024-02-29 17:45"),
    ]
    assert api.get("close_project", id_project="2101") == refusal(12, "Project is already closed")

    api.advance(3600)
    assert api.get("activate_project", id_project="2101") == {"status": "ok"}
    shown = shown_project(api, "2101")
    assert (shown["status"], shown["date_closed"]) == ("active", "2026-01-05 10:30")
    assert api.get("activate_project", id_project="2101") == refusal(12, "Project is already active")


def test_activating_wakes_a_pending_project_and_closing_archives_it(api: Api) -> None:
    assert api.get("activate_project", id_project="2103") == {"status": "ok"}
    assert shown_project(api, "2103")["status"] == "active"
    api.ok("close_project", id_project="2102")
    assert shown_project(api, "2102")["status"] == "archive"


# --- members ----------------------------------------------------------------------------------------------


def test_members_are_added_in_id_order_and_removed(api: Api) -> None:
    added = api.get(
        "add_project_members", id_project="2102", members="priya.raman@example.com, olivia.brandt@example.com"
    )
    assert added == {"status": "ok"}
    assert shown_project(api, "2102")["users"] == [OLIVIA, MARCUS, PRIYA, TOMAS]
    assert api.get("add_project_members", id_project="2102", members="priya.raman@example.com") == {
        "status": "ok"
    }
    assert shown_project(api, "2102")["users"] == [OLIVIA, MARCUS, PRIYA, TOMAS], (
        "adding a member again changes nothing"
    )

    removed = api.post(
        "delete_project_members", {"id_project": 2102, "members": ["olivia.brandt@example.com"]}
    )
    assert removed == {"status": "ok"}
    assert shown_project(api, "2102")["users"] == [MARCUS, PRIYA, TOMAS]
    assert api.get("delete_project_members", id_project="2102", members="olivia.brandt@example.com") == {
        "status": "ok"
    }, "removing a non-member is nothing to do"


@pytest.mark.parametrize("action", ["add_project_members", "delete_project_members"])
def test_an_address_of_no_user_is_refused_as_recorded_and_the_team_is_unchanged(
    api: Api, action: str
) -> None:
    members = "olivia.brandt@example.com, brian.dragonfly@gmail.com, marcus.lee@example.com"
    assert api.get(action, id_project="2101", members=members) == refusal(
        11, "Invalid email", "brian.dragonfly@gmail.com"
    )
    assert shown_project(api, "2101")["users"] == [OLIVIA, MARCUS, PRIYA]


@pytest.mark.parametrize(
    ("action", "params"),
    [
        ("update_project", {}),
        ("close_project", {}),
        ("activate_project", {}),
        ("add_project_members", {"members": "olivia.brandt@example.com"}),
        ("delete_project_members", {"members": "olivia.brandt@example.com"}),
        ("update_project_tags", {"plus": "web"}),
        ("get_events", {"period": "1d"}),
    ],
)
def test_an_unknown_project_is_refused_with_code_4(api: Api, action: str, params: dict[str, str]) -> None:
    assert api.get(action, id_project="9999", **params) == refusal(4, "Project is invalid")
    assert api.post(action, {"id_project": 9999, **params}) == refusal(4, "Project is invalid")


# --- folders ----------------------------------------------------------------------------------------------


def test_folders_are_listed_by_title_with_client_only_on_team_folders(api: Api) -> None:
    assert api.data("get_project_groups") == [
        {"id": "4405", "title": "Bluebird Foods", "type": "company", "client": 1},
        {"id": "4404", "title": "Finance", "type": "folder"},
        {"id": "4402", "title": "Marketing", "type": "company", "client": 0},
        {"id": "4403", "title": "Operations", "type": "folder"},
        {"id": "4401", "title": "Product", "type": "company", "client": 0},
    ]
    companies = {p["company"] for p in api.data("get_projects")}
    assert companies <= {folder["title"] for folder in api.data("get_project_groups")}


def test_a_new_folder_is_listed_and_a_taken_title_answers_the_existing_one(api: Api) -> None:
    made = api.data("add_project_group", title="Outsource")
    assert made == {"id": "4406", "title": "Outsource", "type": "folder"}
    assert api.data("add_project_group", title="Outsource") == made
    assert api.data("add_project_group", title="Marketing") == {
        "id": "4402",
        "title": "Marketing",
        "type": "company",
        "client": 0,
    }
    assert [f["title"] for f in api.data("get_project_groups")].count("Outsource") == 1
    assert api.data("post_project", title="Z", company="Outsource")["company"] == "Outsource"


def test_an_empty_folder_title_is_refused_as_recorded(api: Api) -> None:
    assert api.get("add_project_group", title="") == refusal(10, "Field is required", "title")
    assert len(api.data("get_project_groups")) == 5


def test_the_postman_plural_action_name_is_unknown(api: Api) -> None:
    body = api.client.get(api.signed("add_project_groups", title="Outsource")).json()
    assert body["status_code"] == 1


# --- project tags -----------------------------------------------------------------------------------------


def test_tags_of_a_group_come_in_the_groups_own_order(api: Api) -> None:
    statuses = api.data("get_project_tags", group="Project status")
    assert statuses == [
        {"title": title, "id": tag_id, "group": STATUS_GROUP}
        for title, tag_id in [
            ("Backlog", 5508),
            ("In progress", 5504),
            ("Paused", 5506),
            ("Canceled", 5507),
            ("Completed", 5505),
        ]
    ]
    assert api.data("get_project_tags", group="91") == statuses, "a group by id"


@pytest.mark.parametrize(
    ("params", "titles"),
    [
        ({}, ["Backlog", "In progress", "Paused", "Canceled", "Completed", "web", "priority", "facilities"]),
        ({"type": "label"}, ["web", "priority", "facilities"]),
        ({"access": "private"}, ["facilities"]),
        ({"type": "status", "access": "private"}, []),
        ({"group": "No such group"}, []),
    ],
)
def test_tag_filters_narrow_the_list(api: Api, params: dict[str, str], titles: list[str]) -> None:
    assert [tag["title"] for tag in api.data("get_project_tags", **params)] == titles


def test_new_tags_get_ids_and_join_the_end_of_their_group(api: Api) -> None:
    made = api.data("add_project_tags", group="Common labels", title="paid, bill, web, paid")
    assert made == [
        {"title": "paid", "id": 5509},
        {"title": "bill", "id": 5510},
        {"title": "web", "id": 5501},
    ]
    labels = api.data("get_project_tags", group="92")
    assert [tag["title"] for tag in labels] == ["web", "priority", "paid", "bill"]
    assert "id_group" not in labels[0]["group"], "only the built-in status group has one"


@pytest.mark.parametrize(
    ("params", "details"),
    [
        ({"group": "", "title": ""}, "group (id or title)"),  # the recorded call
        ({"group": "Finance", "title": "paid"}, "group (id or title)"),  # no such project tag group
        ({"group": "Common labels", "title": ""}, "title"),
        ({"group": "Common labels", "title": " , "}, "title"),
    ],
)
def test_add_project_tags_refusals(api: Api, params: dict[str, str], details: str) -> None:
    assert api.get("add_project_tags", **params) == refusal(10, "Field is required", details)
    assert len(api.data("get_project_tags")) == 8


def test_tags_are_set_and_taken_off_by_name_or_id(api: Api) -> None:
    api.data("add_project_tags", group="Common labels", title="paid")
    assert api.get("update_project_tags", id_project="2101", plus="In progress, 5509", minus="web") == {
        "status": "ok"
    }
    assert shown_project(api, "2101")["tags"] == {"5502": "priority", "5504": "In progress", "5509": "paid"}
    assert api.post("update_project_tags", {"id_project": 2101, "plus": "", "minus": "5502,paid"}) == {
        "status": "ok"
    }
    assert shown_project(api, "2101")["tags"] == {"5504": "In progress"}


def test_a_status_replaces_the_other_status_of_its_group(api: Api) -> None:
    api.ok("update_project_tags", id_project="2102", plus="Backlog, web")
    api.ok("update_project_tags", id_project="2102", plus="Completed")
    assert shown_project(api, "2102")["tags"] == {"5501": "web", "5505": "Completed"}


def test_an_unknown_tag_is_refused_as_recorded_and_nothing_changes(api: Api) -> None:
    before = shown_project(api, "2101")["tags"]
    assert api.get("update_project_tags", id_project="2101", plus="In progress, declined") == refusal(
        16, "Tag is invalid", "declined"
    )
    assert api.get("update_project_tags", id_project="2101", minus="99999") == refusal(
        16, "Tag is invalid", "99999"
    )
    assert shown_project(api, "2101")["tags"] == before


def test_a_name_two_groups_share_names_no_tag(api: Api) -> None:
    api.data("add_project_tags", group="Internal labels", title="web")
    assert api.get("update_project_tags", id_project="2102", plus="web") == refusal(
        16, "Tag is invalid", "web"
    )
    assert api.ok("update_project_tags", id_project="2102", plus="5501").get("data") is None, (
        "the id still names it"
    )


def test_tag_groups_are_listed_by_id_and_filtered(api: Api) -> None:
    assert api.data("get_project_tag_groups") == [
        {"title": "Project status", "id": 91, "type": "status", "access": "public"},
        {"title": "Common labels", "id": 92, "type": "label", "access": "public"},
        {"title": "Internal labels", "id": 93, "type": "label", "access": "private"},
    ]
    assert [g["id"] for g in api.data("get_project_tag_groups", type="label", access="public")] == [92]


def test_new_tag_groups_without_a_type_have_an_empty_one(api: Api) -> None:
    made = api.data("add_project_tag_groups", access="public", title="Budget level, Devs number")
    assert made == [
        {"title": "Budget level", "id": 94, "type": "", "access": "public"},
        {"title": "Devs number", "id": 95, "type": "", "access": "public"},
    ]
    stages = api.post(
        "add_project_tag_groups", {"title": "Stages, Common labels", "access": "private", "type": "status"}
    )
    assert stages["data"] == [
        {"title": "Stages", "id": 96, "type": "status", "access": "public"},  # status groups are public
        {"title": "Common labels", "id": 92, "type": "label", "access": "public"},  # exists: as it is
    ]
    assert [g["id"] for g in api.data("get_project_tag_groups")] == [91, 92, 93, 94, 95, 96]
    assert api.data("add_project_tags", group="Stages", title="Draft")[0]["id"] == 5509


def test_an_empty_tag_group_title_is_refused_as_recorded(api: Api) -> None:
    assert api.get("add_project_tag_groups", access="public", title="") == refusal(
        10, "Field is required", "title"
    )
    assert len(api.data("get_project_tag_groups")) == 3


# --- custom fields ----------------------------------------------------------------------------------------


def test_custom_fields_are_the_accounts_list_in_both_forms(api: Api) -> None:
    fields = api.data("get_project_custom_fields")
    assert [(f["id"], f["type"], f["name"]) for f in fields] == [
        (61, "select", "Region"),
        (62, "text", "Cost centre"),
    ]
    assert fields[0]["options"] == ["North", "South", "East", "West"]
    assert api.post("get_project_custom_fields", {}) == {"status": "ok", "data": fields}


# --- events -----------------------------------------------------------------------------------------------


def test_creating_and_changing_projects_is_logged(api: Api) -> None:
    created = api.data("post_project", title="Prototyping", email_manager="priya.raman@example.com")
    api.advance(600)
    api.data(
        "update_project", id_project=created["id"], title="Prototypes", dateend="11.01.2026", max_time="5"
    )
    api.data("update_project", id_project=created["id"], max_time="6")  # no logged field: no event
    page = {"type": "project", "id": created["id"], "page": f"/project/{created['id']}/"}
    assert api.data("get_events", period="1h") == [
        {
            "action": "post",
            "object": page,
            "date_added": "2026-01-05 10:30",
            "user_from": OLIVIA,
            "new": {"title": "Prototyping", "user_to": PRIYA},
        },
        {
            "action": "update",
            "object": page,
            "date_added": "2026-01-05 10:40",
            "user_from": OLIVIA,
            "new": {"title": "Prototypes", "date_end": "2026-01-11"},
            "old": {"title": "Prototyping", "date_end": ""},
        },
    ]
    assert [e["action"] for e in api.data("get_events", period="5m")] == ["update"], "older events left out"


def test_events_can_be_narrowed_to_one_project(api: Api) -> None:
    api.data("post_project", title="One")
    api.data("update_project", id_project="2102", email_manager="olivia.brandt@example.com")
    only = api.data("get_events", period="1d", id_project="2102")
    assert [(e["action"], e["object"]["id"], e["new"]) for e in only] == [
        ("update", "2102", {"user_to": OLIVIA})
    ]
    assert api.post("get_events", {"period": "1d", "id_project": 2102})["data"] == only


def test_the_demo_log_shows_at_its_own_time_oldest_first(api: Api) -> None:
    api.clock.now = datetime(2024, 2, 2, 12, 0).timestamp()
    assert api.data("get_events", period="2d") == [
        {
            "action": "close",
            "object": {"type": "task", "id": "3106", "page": "/project/2104/3106/"},
            "date_added": "2024-01-31 17:00",
            "user_from": PRIYA,
        },
        {
            "action": "close",
            "object": {"type": "task", "id": "3103", "page": "/project/2101/3103/"},
            "date_added": "2024-02-01 16:20",
            "user_from": MARCUS,
        },
    ]
    only_2101 = api.data("get_events", period="30d", id_project="2101")
    assert [(e["action"], e["object"]["id"]) for e in only_2101] == [
        ("post", "2101"),
        ("post", "3101"),
        ("update", "3101"),
        ("close", "3103"),
    ]


@pytest.mark.parametrize("period", ["60d", "31d", "73h", "361m"])
def test_a_period_out_of_range_is_refused_as_required(api: Api, period: str) -> None:
    assert api.get("get_events", period=period) == refusal(10, "Field is required", "period")


@pytest.mark.parametrize("period", ["30d", "72h", "360m", "1m"])
def test_the_longest_and_shortest_periods_are_served(api: Api, period: str) -> None:
    assert api.get("get_events", period=period) == {"status": "ok", "data": []}


def test_a_missing_period_is_refused_as_required(api: Api) -> None:
    assert api.post("get_events", {}) == refusal(10, "Field is required", "period")


def test_other_families_log_through_record_event() -> None:
    account = create_behaviour(worksection_spec()).account
    ctx = Ctx(account, {"period": "10m"}, NOW, Admin("hash"))
    record_event(ctx, "close", "task", 3101, "/project/2101/3101/")
    record_event(ctx, "post", "comment", 77, "/project/2101/3101/", new={"text": "Done", "priority": 3})
    answer = get_events(ctx)
    assert isinstance(answer, dict)
    logged = answer["data"]
    assert [(e["action"], e["object"]["type"], e.get("new")) for e in logged] == [
        ("close", "task", None),
        ("post", "comment", {"text": "Done", "priority": "3"}),
    ]
    with pytest.raises(ValueError, match="page"):
        record_event(ctx, "close", "task", 3101, "/tasks/3101/")


# --- both forms, a workflow, snapshots --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("action", "params"),
    [
        ("get_project", {"id_project": "2103", "extra": "text,users"}),
        ("get_project_groups", {}),
        ("get_project_tags", {"group": "Common labels"}),
        ("get_project_tag_groups", {"type": "label"}),
        ("get_events", {"period": "3d"}),
    ],
)
def test_the_query_and_json_forms_answer_alike(api: Api, action: str, params: dict[str, str]) -> None:
    via_query = api.get(action, **params)
    assert via_query["status"] == "ok"
    assert api.post(action, params or None) == via_query


def test_a_project_through_its_life(api: Api) -> None:
    folder = api.data("add_project_group", title="Events")
    group = api.data("add_project_tag_groups", title="Budget", access="private", type="label")[0]
    budget = api.data("add_project_tags", group=str(group["id"]), title="small, large")
    created = api.data(
        "post_project",
        title="Spring fair",
        company=folder["title"],
        members="tomas.ortega@example.com",
        tags="small, Backlog",
    )
    project_id = created["id"]
    assert created["tags"] == {str(budget[0]["id"]): "small", "5508": "Backlog"}
    api.ok("update_project_tags", id_project=project_id, plus="In progress, large", minus="small")
    api.ok("add_project_members", id_project=project_id, members="marcus.lee@example.com")
    api.ok("delete_project_members", id_project=project_id, members="tomas.ortega@example.com")
    api.ok("close_project", id_project=project_id)

    shown = shown_project(api, project_id)
    assert (shown["status"], shown["company"]) == ("archive", "Events")
    assert shown["tags"] == {"5504": "In progress", str(budget[1]["id"]): "large"}
    assert shown["users"] == [OLIVIA, MARCUS]
    assert [p["id"] for p in api.data("get_projects", filter="archive")] == ["2104", project_id]
    assert [e["action"] for e in api.data("get_events", period="1h", id_project=project_id)] == ["post"]
    api.ok("activate_project", id_project=project_id)
    assert shown_project(api, project_id)["status"] == "active"


READS: list[tuple[str, dict[str, str]]] = [
    ("get_projects", {"extra": "html,options,users"}),
    ("get_project_groups", {}),
    ("get_project_tags", {}),
    ("get_project_tag_groups", {}),
    ("get_project_custom_fields", {}),
    ("get_events", {"period": "1d"}),
]


def test_a_snapshot_with_the_familys_records_restores_to_the_same_answers(api: Api) -> None:
    host = api.client
    api.data("add_project_group", title="Outsource")
    api.data("add_project_tag_groups", title="Budget", access="public")
    api.data("add_project_tags", group="Budget", title="small")
    api.data(
        "post_project", title="Kept", company="Outsource", tags="small", members="priya.raman@example.com"
    )
    api.data("update_project", id_project="2101", title="Website relaunch")
    before = [api.data(action, **params) for action, params in READS]
    state = host.get(STATE).json()
    assert {"project_groups", "project_tag_groups", "project_tags", "project_custom_fields", "events"} <= set(
        state
    )

    assert host.post(RESET).status_code == 204
    assert [api.data(action, **params) for action, params in READS] != before
    assert host.put(STATE, json=state).status_code == 204
    assert [api.data(action, **params) for action, params in READS] == before
    assert host.get(STATE).json() == state


def test_a_snapshot_naming_an_unknown_tag_group_is_refused(api: Api) -> None:
    host = api.client
    state = host.get(STATE).json()
    state["project_tags"][0]["group"] = 999
    refused = host.put(STATE, json=state)
    assert refused.status_code == 400
    assert "state.project_tags[0][group]: no project_tag_group has the id 999" in refused.json()["error"]
