"""The ProWorkflow contact settings (divisions, staff groups and teams, roles, permissions, contact tags):
the mock through HTTP, every answer checked against the spec (the `Pw` client of test_mock_proworkflow),
and the generated client driven against the same in-process mock.

What is held: who may use them, 404 for unknown ids, unique names, and that the settings take effect
where contacts, companies and projects name them (at once, under their new names, and gone once deleted).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from proworkflow_client import Client, ProWorkflowBadRequest
from proworkflow_client.api.settings import (
    settings_contact_groups_create,
    settings_contact_groups_get,
    settings_contact_permissions_list,
    settings_contact_roles_get,
    settings_contact_tags_create,
    settings_contact_tags_delete,
    settings_contact_tags_get,
    settings_contact_tags_list,
    settings_contact_tags_update,
    settings_contact_teams_create,
    settings_contact_teams_list,
)
from proworkflow_client.models import (
    ContactTagEnvelope,
    GroupEnvelope,
    PermissionList,
    RoleEnvelope,
    SettingsContactGroupsCreateBody,
    SettingsContactTagsCreateBody,
    SettingsContactTagsUpdateBody,
    SettingsContactTeamsCreateBody,
    TagList,
    TeamList,
    WriteResult,
)
from starlette.testclient import TestClient

import tests.test_mock_proworkflow as main_tests
from apikit.mock.proworkflow import ProWorkflowBehaviour
from apikit.mock.proworkflow.demo import CHLOE, CONNOR
from apikit.mock.proworkflow.store import Store
from tests.proworkflow_settings_support import generated_client, module_mock
from tests.test_mock_proworkflow import Pw

# What each test got a 2xx for goes into the main mock tests' coverage report.
shared_answers = main_tests.shared_answers

spec = main_tests.spec
operations = main_tests.operations


@pytest.fixture(scope="module")
def served(spec: dict[str, Any]) -> Iterator[tuple[ProWorkflowBehaviour, TestClient]]:
    with module_mock(spec) as served:
        yield served


@pytest.fixture
def behaviour(served: tuple[ProWorkflowBehaviour, TestClient]) -> ProWorkflowBehaviour:
    served[0].reset()
    return served[0]


@pytest.fixture
def client(served: tuple[ProWorkflowBehaviour, TestClient], behaviour: ProWorkflowBehaviour) -> TestClient:
    return served[1]


dana = main_tests.dana

SAM_ID, CHLOE_ID, ACME_ID = 2, 3, 2  # a staff contact, a client, Chloe's company


def contact(pw: Pw, contact_id: int) -> dict[str, Any]:
    found: dict[str, Any] = pw.ok("contactsGet", {"contactid": contact_id})["contact"]
    return found


def names(rows: list[dict[str, Any]]) -> list[str]:
    return [row["name"] for row in rows]


def new_team_and_group(pw: Pw, team: str = "Production", group: str = "Animators") -> tuple[int, int]:
    team_id = pw.created_id("settingsContactTeamsCreate", body={"name": team})
    group_id = pw.created_id("settingsContactGroupsCreate", body={"name": group, "teamid": team_id})
    return team_id, group_id


# --- reading --------------------------------------------------------------------------------------------


def test_the_demo_settings_are_listed_and_read(dana: Pw) -> None:
    assert dana.ok("settingsContactDivisionsList")["divisions"] == [
        {"id": 2, "name": "Europe"},
        {"id": 1, "name": "Head office"},
    ]
    assert dana.ok("settingsContactGroupsList")["groups"] == [
        {"id": 1, "name": "Designers", "teamid": 1},
        {"id": 2, "name": "Developers", "teamid": 1},
    ]
    assert dana.ok("settingsContactTeamsList")["teams"] == [{"id": 1, "name": "Studio"}]
    assert dana.ok("settingsContactTeamsGet", {"teamid": 1})["team"] == {"id": 1, "name": "Studio"}
    assert dana.ok("settingsContactTagsGet", {"tagid": 3})["tag"] == {"id": 3, "name": "Retail"}
    assert dana.ok("settingsContactRolesGet", {"roleid": 2})["role"] == {"id": 2, "name": "Accounts"}
    assert dana.ids("settingsContactRolesList", "roles", params={"sortby": "id"}) == [1, 2]
    # the permissions a contact's permissions are listed by
    listed = dana.ids("settingsContactPermissionsList", "permissions", params={"sortby": "id"})
    assert listed == dana.ids("contactPermissionsList", "permissions", {"contactid": SAM_ID})
    assert dana.ids("settingsContactTagsList", "tags", params={"pagenumber": 1, "pagesize": 2}) == [2, 3]


def test_the_settings_are_for_staff_and_unknown_ids_are_404(dana: Pw) -> None:
    for user in (CHLOE, CONNOR):
        caller = dana.as_user(user)
        assert caller.fails("settingsContactTagsList", 403) == ["Only Staff contacts may use this call"]
        caller.fails("settingsContactRolesGet", 403, {"roleid": 1})
        caller.fails("settingsContactTeamsCreate", 403, body={"name": "Sneaky"})
        caller.fails("settingsContactDivisionsDelete", 403, {"divisionid": 2})
    for operation_id, parameter in (
        ("settingsContactDivisionsGet", "divisionid"),
        ("settingsContactGroupsGet", "groupid"),
        ("settingsContactRolesGet", "roleid"),
        ("settingsContactTagsGet", "tagid"),
        ("settingsContactTeamsGet", "teamid"),
    ):
        dana.fails(operation_id, 404, {parameter: 99})
    assert dana.fails("settingsContactTagsDelete", 404, {"tagid": 99}) == ["Tag 99 not found"]


def test_names_are_unique_tags_and_teams_in_the_account_groups_in_their_team(dana: Pw) -> None:
    assert dana.fails("settingsContactTagsCreate", 400, body={"name": "vip"}) == [
        "A tag named 'vip' already exists"
    ]
    dana.fails("settingsContactTeamsCreate", 400, body={"name": "STUDIO"})
    dana.fails("settingsContactGroupsCreate", 400, body={"name": "designers", "teamid": 1})
    dana.fails("settingsContactTagsUpdate", 400, {"tagid": 2}, {"name": "Retail"})
    team_id, _ = new_team_and_group(dana, group="Designers")  # another team's group may share a name
    dana.fails("settingsContactGroupsUpdate", 400, {"groupid": 1}, {"teamid": team_id})
    assert dana.fails("settingsContactGroupsCreate", 400, body={"name": "Ghosts", "teamid": 99}) == [
        "'teamid': Team 99 not found"
    ]


# --- tags -----------------------------------------------------------------------------------------------


def test_a_new_tag_labels_contacts_and_companies_at_once_under_its_current_name(dana: Pw) -> None:
    answer = dana.ok("settingsContactTagsCreate", body={"name": "Prospect"})
    assert answer["message"] == "Tag Added"
    tag_id = answer["details"][0]["id"]
    assert answer["details"] == [{"id": tag_id, "name": "Prospect"}]
    dana.ok("contactTagsUpdate", {"contactid": CHLOE_ID}, {"tagid": str(tag_id)})
    dana.ok("companyTagsUpdate", {"companyid": ACME_ID}, {"tagid": str(tag_id)})
    staff_id = dana.created_id(
        "contactsCreate",
        body={"companyid": 1, "firstname": "Ivy", "lastname": "New", "type": "staff", "tagid": str(tag_id)},
    )
    dana.ok("settingsContactTagsUpdate", {"tagid": tag_id}, {"name": "Key account"})
    assert "Key account" in names(contact(dana, CHLOE_ID)["tags"])
    assert names(contact(dana, staff_id)["tags"]) == ["Key account"]
    company_tags = dana.ok("companyTagsList", {"companyid": ACME_ID})["tags"]
    assert names(company_tags) == ["VIP", "Retail", "Key account"]
    tagged = dana.ids("contactsList", "contacts", params={"tagid": str(tag_id), "sortby": "id"})
    assert tagged == [CHLOE_ID, staff_id]


def test_deleting_a_tag_takes_it_off_every_contact_and_company(dana: Pw) -> None:
    # tag 1 (VIP) is on Chloe and on her company
    assert 1 in [tag["id"] for tag in contact(dana, CHLOE_ID)["tags"]]
    assert dana.ok("settingsContactTagsDelete", {"tagid": 1})["message"] == "Tag Deleted"
    assert [tag["id"] for tag in contact(dana, CHLOE_ID)["tags"]] == [2]
    assert dana.ids("companyTagsList", "tags", {"companyid": ACME_ID}) == [3]
    assert dana.ids("contactsList", "contacts", params={"tagid": "1"}) == []
    # and it can no longer be given
    assert dana.fails("contactTagsUpdate", 400, {"contactid": CHLOE_ID}, {"tagid": "1"}) == [
        "'tagid': Tag 1 not found"
    ]
    dana.fails("companiesCreate", 400, body={"name": "Tagged", "type": "client", "tagid": "1"})


# --- groups and teams -----------------------------------------------------------------------------------


def test_a_staff_contact_is_in_the_teams_of_their_groups(dana: Pw) -> None:
    team_id, group_id = new_team_and_group(dana)
    assert dana.ok("settingsContactGroupsGet", {"groupid": group_id})["group"]["teamid"] == team_id
    dana.ok("contactGroupsUpdate", {"contactid": SAM_ID}, {"groupid": str(group_id)})
    sam = contact(dana, SAM_ID)
    assert (names(sam["groups"]), names(sam["teams"])) == (
        ["Designers", "Animators"],
        ["Studio", "Production"],
    )
    dana.ok("settingsContactTeamsUpdate", {"teamid": team_id}, {"name": "Post-production"})
    dana.ok("settingsContactGroupsUpdate", {"groupid": group_id}, {"name": "Motion design"})
    sam = contact(dana, SAM_ID)
    assert (names(sam["groups"]), names(sam["teams"])) == (
        ["Designers", "Motion design"],
        ["Studio", "Post-production"],
    )
    # a group moved to another team takes its staff along
    dana.ok("settingsContactGroupsUpdate", {"groupid": 1}, {"teamid": team_id})
    assert names(contact(dana, SAM_ID)["teams"]) == ["Post-production"]


def test_deleting_a_group_takes_its_staff_out_of_it_and_its_team(dana: Pw) -> None:
    _, group_id = new_team_and_group(dana)
    new_staff = {
        "companyid": 1,
        "firstname": "Ivy",
        "lastname": "New",
        "type": "staff",
        "groupid": f"1,{group_id}",
    }
    ivy_id = dana.created_id("contactsCreate", body=new_staff)
    assert names(contact(dana, ivy_id)["teams"]) == ["Studio", "Production"]
    assert dana.ok("settingsContactGroupsDelete", {"groupid": group_id})["message"] == "Group Deleted"
    ivy = contact(dana, ivy_id)
    assert (names(ivy["groups"]), names(ivy["teams"])) == (["Designers"], ["Studio"])
    assert dana.fails("contactGroupsUpdate", 400, {"contactid": ivy_id}, {"groupid": str(group_id)}) == [
        f"'groupid': Group {group_id} not found"
    ]


def test_a_team_that_groups_sit_under_is_not_deleted(dana: Pw) -> None:
    team_id, group_id = new_team_and_group(dana)
    assert dana.fails("settingsContactTeamsDelete", 400, {"teamid": team_id}) == [
        f"Team {team_id} holds 1 group(s): delete or move them first"
    ]
    dana.ok("settingsContactGroupsDelete", {"groupid": group_id})
    assert dana.ok("settingsContactTeamsDelete", {"teamid": team_id})["message"] == "Team Deleted"
    dana.fails("settingsContactTeamsGet", 404, {"teamid": team_id})
    dana.fails("settingsContactGroupsCreate", 400, body={"name": "Late", "teamid": team_id})


def test_a_project_shows_its_teams_current_name(dana: Pw) -> None:
    dana.ok("settingsContactTeamsUpdate", {"teamid": 1}, {"name": "Atelier"})
    project = dana.ok("projectsList", params={"fields": "team", "id": "1"})["projects"][0]
    assert (project["teamid"], project["teamname"]) == (1, "Atelier")


# --- divisions ------------------------------------------------------------------------------------------


def test_a_division_is_renamed_and_only_an_empty_one_deleted(dana: Pw) -> None:
    assert dana.ok("settingsContactDivisionsUpdate", {"divisionid": 2}, {"name": "Wholesale"})["details"] == [
        {"id": 2, "name": "Wholesale"}
    ]
    assert dana.ok("settingsContactDivisionsGet", {"divisionid": 2})["division"]["name"] == "Wholesale"
    dana.fails("settingsContactDivisionsUpdate", 400, {"divisionid": 2}, {"name": "head office"})
    # every company and contact without a division of its own is in division 1
    assert dana.fails("settingsContactDivisionsDelete", 400, {"divisionid": 1}) == [
        "Division 1 holds companies or contacts"
    ]
    dana.ok("settingsContactDivisionsDelete", {"divisionid": 2})
    assert dana.ids("settingsContactDivisionsList", "divisions") == [1]


# --- state ----------------------------------------------------------------------------------------------


def test_teams_and_divisions_are_kept_in_snapshots(dana: Pw, behaviour: ProWorkflowBehaviour) -> None:
    team_id, group_id = new_team_and_group(dana)
    dana.ok("settingsContactDivisionsDelete", {"divisionid": 2})
    snapshot = behaviour.store.snapshot()
    assert [row["id"] for row in snapshot["divisions"]] == [1]
    restored = Store.from_snapshot(snapshot, behaviour.store.clock)
    assert restored.teams.get(team_id)["name"] == "Production"
    assert restored.groups.get(group_id)["teamid"] == team_id


# --- the generated client -------------------------------------------------------------------------------


@pytest.fixture
def typed(client: TestClient) -> Iterator[Client]:
    with generated_client(client) as typed:
        yield typed


def written(answer: Any, message: str) -> int:
    assert isinstance(answer, WriteResult) and answer.message == message, answer
    return int(answer.details[0].id)


def test_the_client_adds_renames_and_deletes_a_tag(typed: Client) -> None:
    body = SettingsContactTagsCreateBody(name="Prospect")
    tag_id = written(settings_contact_tags_create.sync(client=typed, body=body), "Tag Added")
    renamed = SettingsContactTagsUpdateBody(name="Key account")
    written(settings_contact_tags_update.sync(tag_id, client=typed, body=renamed), "Tag Updated")
    read = settings_contact_tags_get.sync(tag_id, client=typed)
    assert isinstance(read, ContactTagEnvelope) and read.tag.name == "Key account"
    listed = settings_contact_tags_list.sync(client=typed)
    assert isinstance(listed, TagList) and (tag_id, "Key account") in [(t.id, t.name) for t in listed.tags]
    written(settings_contact_tags_delete.sync(tag_id, client=typed), "Tag Deleted")
    with pytest.raises(ProWorkflowBadRequest):
        settings_contact_tags_create.sync(client=typed, body=SettingsContactTagsCreateBody(name="VIP"))


def test_the_client_reads_teams_groups_roles_and_permissions_as_typed_models(typed: Client) -> None:
    team_body = SettingsContactTeamsCreateBody(name="Production")
    team_id = written(settings_contact_teams_create.sync(client=typed, body=team_body), "Team Added")
    group_body = SettingsContactGroupsCreateBody(name="Animators", teamid=team_id)
    group_id = written(settings_contact_groups_create.sync(client=typed, body=group_body), "Group Added")
    group = settings_contact_groups_get.sync(group_id, client=typed)
    assert isinstance(group, GroupEnvelope) and group.group.teamid == team_id
    teams = settings_contact_teams_list.sync(client=typed)
    assert isinstance(teams, TeamList) and [team.name for team in teams.teams] == ["Production", "Studio"]
    role = settings_contact_roles_get.sync(1, client=typed)
    assert isinstance(role, RoleEnvelope) and role.role.name == "Project manager"
    permissions = settings_contact_permissions_list.sync(client=typed)
    assert isinstance(permissions, PermissionList) and len(permissions.permissions) == 4
