"""The ProWorkflow project settings: the mock through HTTP (every answer checked against the spec by
the `Pw` client of test_mock_proworkflow) and the generated client against the same in-process mock.

Categories, custom statuses and tags are added, renamed and deleted, and take effect on projects at
once; autonumbering numbers new projects; templates give new projects their start; custom fields
name project values; only staff see or change any of it; the state carries it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from proworkflow_client import (
    Client,
    ProWorkflowAuth,
    ProWorkflowBadRequest,
    ProWorkflowForbidden,
    ProWorkflowNotFound,
)
from proworkflow_client.api.settings import (
    settings_project_autonumbering_list,
    settings_project_categories_create,
    settings_project_categories_delete,
    settings_project_categories_get,
    settings_project_categories_list,
    settings_project_categories_update,
    settings_project_custom_fields_list,
    settings_project_custom_statuses_create,
    settings_project_custom_statuses_get,
    settings_project_tags_create,
    settings_project_tags_delete,
    settings_project_templates_get,
    settings_projects_get,
)
from proworkflow_client.models import (
    AccountProjectSettingsEnvelope,
    ProjectAutonumberingList,
    ProjectCategoryEnvelope,
    ProjectCategoryList,
    ProjectCustomFieldList,
    ProjectCustomStatusEnvelope,
    ProjectTemplateEnvelope,
    SettingsProjectCategoriesCreateBody,
    SettingsProjectCategoriesUpdateBody,
    SettingsProjectCustomStatusesCreateBody,
    SettingsProjectTagsCreateBody,
    WriteResult,
)
from starlette.testclient import TestClient

import tests.test_mock_proworkflow as main_tests
from apikit.mock import build_app
from apikit.mock.proworkflow import ProWorkflowBehaviour, create_behaviour
from apikit.mock.proworkflow.demo import ACCOUNT, CHLOE, CONNOR, DANA, DEMO_NOW, SAM, DemoUser
from tests.test_mock_proworkflow import Pw

# What each test got a 2xx for goes into the main mock tests' coverage report.
shared_answers = main_tests.shared_answers
spec = main_tests.spec
operations = main_tests.operations

NEW_PROJECT = {"title": "Annual report", "companyid": 2}


# One mock for the module (building one per test would cost most of the file's time budget), back
# to the demo account before each test.


@pytest.fixture(scope="module")
def behaviour(spec: dict[str, Any]) -> ProWorkflowBehaviour:
    return create_behaviour(spec, clock=lambda: DEMO_NOW, rate_limit=10**9)


@pytest.fixture(scope="module")
def http(spec: dict[str, Any], behaviour: ProWorkflowBehaviour) -> Iterator[TestClient]:
    with TestClient(build_app(spec, behaviour)) as test_client:
        yield test_client


@pytest.fixture(autouse=True)
def demo_account(behaviour: ProWorkflowBehaviour) -> None:
    behaviour.reset()


@pytest.fixture
def dana(http: TestClient, spec: dict[str, Any], operations: dict[str, Any]) -> Pw:
    return Pw(http, spec, operations, DANA)


def project(pw: Pw, project_id: int) -> dict[str, Any]:
    found: dict[str, Any] = pw.ok("projectsGet", {"projectid": project_id})["project"]
    return found


def new_project(pw: Pw, **fields: Any) -> dict[str, Any]:
    return project(pw, pw.created_id("projectsCreate", body={**NEW_PROJECT, **fields}))


# --- who may -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("user", [CHLOE, CONNOR], ids=["client", "contractor"])
def test_only_staff_read_or_change_the_project_settings(dana: Pw, user: DemoUser) -> None:
    other = dana.as_user(user)
    for operation_id in (
        "settingsProjectsGet",
        "settingsProjectCategoriesList",
        "settingsProjectTemplatesList",
    ):
        assert other.request(operation_id).status_code == 403
    assert other.request("settingsProjectTagsGet", {"tagid": 1}).status_code == 403
    assert other.request("settingsProjectTagsCreate", body={"name": "Mine"}).status_code == 403
    assert other.request("settingsProjectCategoriesDelete", {"categoryid": 2}).status_code == 403
    assert dana.as_user(SAM).ok("settingsProjectTagsList")["tags"] == [
        {"id": 1, "name": "Retainer"},
        {"id": 2, "name": "Rush"},
    ]


def test_unknown_ids_are_404(dana: Pw) -> None:
    for operation_id, path, label in (
        ("settingsProjectCategoriesGet", {"categoryid": 99}, "Category"),
        ("settingsProjectCustomStatusesGet", {"customstatusid": 99}, "Custom Status"),
        ("settingsProjectTagsDelete", {"tagid": 99}, "Tag"),
        ("settingsProjectTemplatesGet", {"templateid": 99}, "Template"),
    ):
        assert dana.fails(operation_id, 404, path) == [f"{label} 99 not found"]
    assert dana.fails("settingsProjectCategoriesUpdate", 404, {"categoryid": 99}, {"name": "x"}) == [
        "Category 99 not found"
    ]


# --- categories, custom statuses, tags: usable at once, renames show, deletes guarded ---------------------


def test_a_new_category_files_projects_at_once_and_its_rename_shows_on_them(dana: Pw) -> None:
    added = dana.ok("settingsProjectCategoriesCreate", body={"name": "Retainers"})
    assert added["message"] == "Category Added"
    category_id = added["details"][0]["id"]
    assert dana.fails("settingsProjectCategoriesCreate", 400, body={"name": " retainers "}) == [
        "A project category named 'retainers' already exists"
    ]
    made = new_project(dana, categoryid=category_id)
    assert (made["categoryid"], made["categoryname"]) == (category_id, "Retainers")
    renamed = dana.ok("settingsProjectCategoriesUpdate", {"categoryid": category_id}, {"name": "Monthly"})
    assert renamed["message"] == "Category Updated"
    assert project(dana, made["id"])["categoryname"] == "Monthly"
    assert dana.ok("settingsProjectCategoriesGet", {"categoryid": category_id})["category"] == {
        "id": category_id,
        "name": "Monthly",
    }
    # in use: refused until the project moves
    assert dana.fails("settingsProjectCategoriesDelete", 400, {"categoryid": category_id}) == [
        f"1 project(s) use category {category_id}: move them to another category first"
    ]
    dana.ok("projectsUpdate", {"projectid": made["id"]}, {"categoryid": 2})
    assert (
        dana.ok("settingsProjectCategoriesDelete", {"categoryid": category_id})["message"]
        == "Category Deleted"
    )
    assert category_id not in dana.ids("settingsProjectCategoriesList", "categories")
    assert dana.fails("projectsUpdate", 400, {"projectid": 1}, {"categoryid": category_id}) == [
        f"'categoryid': project category {category_id} not found"
    ]


def test_a_category_renamed_here_shows_on_the_tasks_of_its_projects(dana: Pw) -> None:
    dana.ok("settingsProjectCategoriesUpdate", {"categoryid": 1}, {"name": "Clients"})
    assert dana.ok("tasksGet", {"taskid": 1})["task"]["projectcategoryname"] == "Clients"


def test_custom_statuses_give_projects_their_name_and_colour(dana: Pw) -> None:
    body = {"name": "Awaiting client", "color": "3366FF"}
    status_id = dana.created_id("settingsProjectCustomStatusesCreate", body=body)
    dana.ok("projectsUpdate", {"projectid": 2}, {"customstatusid": status_id})
    shown = project(dana, 2)
    assert (shown["customstatusname"], shown["customstatuscolor"]) == ("Awaiting client", "3366FF")
    dana.ok("settingsProjectCustomStatusesUpdate", {"customstatusid": status_id}, {"color": "FF0000"})
    assert project(dana, 2)["customstatuscolor"] == "FF0000"
    assert dana.ok("settingsProjectCustomStatusesGet", {"customstatusid": status_id})["customstatus"] == {
        "id": status_id,
        "name": "Awaiting client",
        "color": "FF0000",
    }
    assert dana.fails(
        "settingsProjectCustomStatusesUpdate", 400, {"customstatusid": status_id}, {"name": "ON HOLD"}
    )
    assert dana.fails("settingsProjectCustomStatusesDelete", 400, {"customstatusid": 1}) == [
        "1 project(s) use custom status 1: give them another status first"
    ]
    assert dana.fails("projectsCreate", 400, body={**NEW_PROJECT, "customstatusid": 99}) == [
        "'customstatusid': custom status 99 not found"
    ]
    assert (
        dana.ok("settingsProjectCustomStatusesDelete", {"customstatusid": 2})["message"]
        == "Custom Status Deleted"
    )
    assert dana.ids("settingsProjectCustomStatusesList", "customstatuses") == [status_id, 1]  # by name


def test_tags_are_set_on_projects_renamed_and_taken_off_when_deleted(dana: Pw) -> None:
    tag_id = dana.created_id("settingsProjectTagsCreate", body={"name": "Priority client"})
    made = new_project(dana, tagid=f"1,{tag_id}")
    assert made["tags"] == [{"id": 1, "name": "Retainer"}, {"id": tag_id, "name": "Priority client"}]
    dana.ok("settingsProjectTagsUpdate", {"tagid": tag_id}, {"name": "Key account"})
    assert dana.ok("settingsProjectTagsGet", {"tagid": tag_id})["tag"]["name"] == "Key account"
    assert project(dana, made["id"])["tags"][1] == {"id": tag_id, "name": "Key account"}
    assert dana.ok("settingsProjectTagsDelete", {"tagid": tag_id})["message"] == "Tag Deleted"
    assert project(dana, made["id"])["tags"] == [{"id": 1, "name": "Retainer"}]
    dana.ok("projectsUpdate", {"projectid": made["id"]}, {"tagid": "2"})
    assert project(dana, made["id"])["tags"] == [{"id": 2, "name": "Rush"}]
    assert dana.fails("projectsUpdate", 400, {"projectid": 1}, {"tagid": f"2,{tag_id}"}) == [
        f"'tagid': Project tag {tag_id} not found"
    ]


# --- autonumbering, templates, custom fields, options -----------------------------------------------------


def test_autonumbering_numbers_new_projects(dana: Pw) -> None:
    schemes = dana.ok("settingsProjectAutonumberingList")["autonumbering"]
    assert [(s["id"], s["prefix"], s["nextnumber"], s["default"]) for s in schemes] == [
        (1, "", "0004", True),
        (2, "INT-", "INT-0001", False),
    ]
    assert new_project(dana, autonumberid=2)["number"] == "INT-0001"
    assert new_project(dana, autonumberid=2)["number"] == "INT-0002"
    assert new_project(dana)["number"] == "0004"  # the default scheme
    assert new_project(dana, number="X-1", autonumberid=2)["number"] == "X-1"
    numbers = [s["nextnumber"] for s in dana.ok("settingsProjectAutonumberingList")["autonumbering"]]
    assert numbers == ["0005", "INT-0003"]
    assert dana.fails("projectsCreate", 400, body={**NEW_PROJECT, "autonumberid": 9}) == [
        "'autonumberid': autonumbering scheme 9 not found"
    ]


def test_a_project_starts_from_its_template_unless_the_body_says_otherwise(dana: Pw) -> None:
    template = dana.ok("settingsProjectTemplatesGet", {"templateid": 1})["template"]
    assert template == {
        "id": 1,
        "name": "Website",
        "description": "Discovery, design, build and launch of a website.",
        "categoryid": 1,
        "categoryname": "Client work",
    }
    assert dana.ids("settingsProjectTemplatesList", "templates") == [2, 1]  # by name
    made = new_project(dana, templateid=1)
    assert (made["description"], made["categoryid"]) == (template["description"], 1)
    own = new_project(dana, templateid=1, description="Ours", categoryid=2)
    assert (own["description"], own["categoryid"]) == ("Ours", 2)
    assert dana.fails("projectsCreate", 400, body={**NEW_PROJECT, "templateid": 7}) == [
        "'templateid': project template 7 not found"
    ]
    # project request 1 names template 1: the project approved from it is filed as the template says
    approved = dana.ok("projectRequestsApprove", {"projectrequestid": 1}, {"autonumberid": 2})
    assert approved["details"][0]["number"] == "INT-0001"
    assert project(dana, approved["details"][0]["id"])["categoryid"] == 1


def test_custom_field_values_name_the_accounts_custom_fields(dana: Pw) -> None:
    fields = dana.ok("settingsProjectCustomFieldsList")["customfields"]
    assert fields == [{"id": 1, "name": "Client reference"}, {"id": 2, "name": "Cost centre"}]
    dana.ok("projectsUpdate", {"projectid": 1}, {"customfields": [{"id": 2, "value": "CC-17"}]})
    assert project(dana, 1)["customfields"] == [{"id": 2, "name": "Cost centre", "value": "CC-17"}]
    made = new_project(dana, customfields=[{"id": 1, "value": "ACME-9"}])
    assert made["customfields"] == [{"id": 1, "name": "Client reference", "value": "ACME-9"}]
    # API fields are another thing: an API field's id is no custom field
    assert dana.fails(
        "projectsUpdate", 400, {"projectid": 1}, {"customfields": [{"id": 3, "value": "x"}]}
    ) == ["'customfields': project custom field 3 not found"]


def test_the_project_settings_are_what_a_new_project_starts_with(dana: Pw) -> None:
    settings = dana.ok("settingsProjectsGet")
    assert settings == {
        "settings": {"clientaccess": True, "emailalerts": True},
        "count": 1,
        "status": "Success",
    }
    made = new_project(dana)
    options = dana.ok("projectSettingsGet", {"projectid": made["id"]})["settings"]
    assert options == {"id": made["id"], **settings["settings"]}


def test_the_state_carries_the_project_settings(dana: Pw, behaviour: ProWorkflowBehaviour) -> None:
    dana.ok("settingsProjectCategoriesUpdate", {"categoryid": 2}, {"name": "In-house"})
    state = behaviour.snapshot()
    assert [row["name"] for row in state["projectcategories"]] == ["Client work", "In-house"]
    assert [row["prefix"] for row in state["projectautonumbering"]] == ["", "INT-"]
    assert [row["name"] for row in state["projecttemplates"]] == ["Website", "Brand identity"]
    behaviour.reset()
    assert project(dana, 3)["categoryname"] == "Internal"
    behaviour.restore(state)
    assert project(dana, 3)["categoryname"] == "In-house"


# --- the generated client ------------------------------------------------------------------------------


def signed_in(user: DemoUser) -> ProWorkflowAuth:
    return ProWorkflowAuth(ACCOUNT.api_key, user.username, user.password)


@pytest.fixture
def client(http: TestClient) -> Iterator[Client]:
    """The generated client on the module's mock, signed in as Dana the way `connect` signs in."""
    http.auth = signed_in(DANA)
    yield Client(base_url=str(http.base_url)).set_httpx_client(http)
    http.auth = None


def added_id(answer: Any, message: str) -> int:
    assert isinstance(answer, WriteResult) and answer.message == message, answer
    return int(answer.details[0].id)


def test_the_client_adds_renames_and_deletes_a_category(client: Client) -> None:
    body = SettingsProjectCategoriesCreateBody(name="Retainers")
    category_id = added_id(
        settings_project_categories_create.sync(client=client, body=body), "Category Added"
    )
    rename = SettingsProjectCategoriesUpdateBody(name="Monthly retainers")
    added_id(
        settings_project_categories_update.sync(category_id, client=client, body=rename), "Category Updated"
    )
    shown = settings_project_categories_get.sync(category_id, client=client)
    assert isinstance(shown, ProjectCategoryEnvelope) and shown.category.name == "Monthly retainers"
    with pytest.raises(ProWorkflowBadRequest):
        settings_project_categories_create.sync(
            client=client, body=SettingsProjectCategoriesCreateBody(name="MONTHLY retainers")
        )
    added_id(settings_project_categories_delete.sync(category_id, client=client), "Category Deleted")
    listed = settings_project_categories_list.sync(client=client)
    assert isinstance(listed, ProjectCategoryList)
    assert [category.name for category in listed.categories] == ["Client work", "Internal"]
    with pytest.raises(ProWorkflowNotFound):
        settings_project_categories_get.sync(category_id, client=client)


def test_the_client_reads_statuses_tags_templates_fields_and_numbering(
    client: Client, http: TestClient
) -> None:
    body = SettingsProjectCustomStatusesCreateBody(name="Awaiting client", color="3366FF")
    status_id = added_id(
        settings_project_custom_statuses_create.sync(client=client, body=body), "Custom Status Added"
    )
    status = settings_project_custom_statuses_get.sync(status_id, client=client)
    assert isinstance(status, ProjectCustomStatusEnvelope) and status.customstatus.color == "3366FF"
    tag_id = added_id(
        settings_project_tags_create.sync(client=client, body=SettingsProjectTagsCreateBody(name="Pro bono")),
        "Tag Added",
    )
    added_id(settings_project_tags_delete.sync(tag_id, client=client), "Tag Deleted")
    template = settings_project_templates_get.sync(2, client=client)
    assert isinstance(template, ProjectTemplateEnvelope) and template.template.name == "Brand identity"
    fields = settings_project_custom_fields_list.sync(client=client)
    assert isinstance(fields, ProjectCustomFieldList) and len(fields.customfields) == 2
    numbering = settings_project_autonumbering_list.sync(client=client)
    assert isinstance(numbering, ProjectAutonumberingList)
    assert [scheme.nextnumber for scheme in numbering.autonumbering] == ["0004", "INT-0001"]
    settings = settings_projects_get.sync(client=client)
    assert isinstance(settings, AccountProjectSettingsEnvelope) and settings.settings.clientaccess is True
    http.auth = signed_in(CHLOE)
    with pytest.raises(ProWorkflowForbidden):
        settings_projects_get.sync(client=client)
