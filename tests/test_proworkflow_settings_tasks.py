"""The ProWorkflow task settings (task categories, tags, templates and a template's tasks) in the mock:
through HTTP (every answer checked against the spec by the `Pw` client of test_mock_proworkflow) and
through the generated client, in process. A template added here, with its tasks, becomes real tasks
when a task create names it; a category or tag added here is usable by task create and update at
once; who may use them, unknown ids, uniqueness and the state."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from proworkflow_client import Client, ProWorkflowBadRequest, ProWorkflowNotFound
from proworkflow_client.api.settings import (
    settings_task_categories_create,
    settings_task_tags_create,
    settings_task_tags_delete,
    settings_task_tags_get,
    settings_task_template_tasks_create,
    settings_task_template_tasks_list,
    settings_task_templates_create,
)
from proworkflow_client.api.tasks import tasks_create, tasks_get, tasks_update
from proworkflow_client.models import (
    SettingsTaskCategoriesCreateBody,
    SettingsTaskTagsCreateBody,
    SettingsTaskTemplatesCreateBody,
    SettingsTaskTemplateTaskList,
    SettingsTaskTemplateTasksCreateBody,
    Task,
    TaskEnvelope,
    TasksCreateBody,
    TasksUpdateBody,
    WriteResult,
)
from starlette.testclient import TestClient

import tests.test_mock_proworkflow as main_tests
from apikit.mock.proworkflow import ProWorkflowBehaviour
from apikit.mock.proworkflow.demo import CHLOE, CONNOR
from tests.proworkflow_settings_support import generated_client, module_mock
from tests.test_mock_proworkflow import Pw

# What each test got a 2xx for goes into the main mock tests' coverage report.
shared_answers = main_tests.shared_answers

spec = main_tests.spec
operations = main_tests.operations
dana = main_tests.dana

PROJECT = 1  # Website relaunch: Dana and Sam work on it; its last task has order 2
# Each named setting: its id parameter, list key and the label its messages use.
SETTINGS = {
    "settingsTaskCategories": ("categoryid", "categories", "Category"),
    "settingsTaskTags": ("tagid", "tags", "Tag"),
    "settingsTaskTemplates": ("tasktemplateid", "templates", "Template"),
}


@pytest.fixture(scope="module")
def mock(spec: dict[str, Any]) -> Iterator[tuple[ProWorkflowBehaviour, TestClient]]:
    with module_mock(spec) as served:
        yield served


@pytest.fixture
def behaviour(mock: tuple[ProWorkflowBehaviour, TestClient]) -> ProWorkflowBehaviour:
    mock[0].reset()
    return mock[0]


@pytest.fixture
def client(mock: tuple[ProWorkflowBehaviour, TestClient], behaviour: ProWorkflowBehaviour) -> TestClient:
    return mock[1]


@pytest.fixture
def sdk(client: TestClient) -> Iterator[Client]:
    with generated_client(client) as signed_in:
        yield signed_in


def task(pw: Pw, task_id: int) -> dict[str, Any]:
    shown: dict[str, Any] = pw.ok("tasksGet", {"taskid": task_id})["task"]
    return shown


def new_template(pw: Pw, name: str, *tasks: dict[str, Any]) -> int:
    template_id = pw.created_id("settingsTaskTemplatesCreate", body={"name": name})
    for body in tasks:
        pw.created_id("settingsTaskTemplateTasksCreate", {"tasktemplateid": template_id}, body)
    return template_id


# --- templates ---------------------------------------------------------------------------------------------


def test_a_template_added_here_becomes_tasks_when_a_task_create_names_it(dana: Pw) -> None:
    template_id = new_template(
        dana, "Blog post", {"name": "Write the draft", "priority": 2, "timeallocated": 180}, {"name": "Edit"}
    )
    answer = dana.ok(
        "projectTasksCreate", {"projectid": PROJECT}, {"templateid": template_id, "duedate": "+1w"}
    )
    assert answer["message"] == "Task/s Added"
    assert [detail["name"] for detail in answer["details"]] == ["Write the draft", "Edit"]
    draft, edit = (task(dana, detail["id"]) for detail in answer["details"])
    assert (draft["priority"], draft["timeallocated"], draft["order"]) == (2, 180, 3)
    assert (edit["priority"], edit["timeallocated"], edit["order"], edit["billable"]) == (3, 0, 4, True)
    assert draft["duedate"] == edit["duedate"] == "2026-06-22T00:00:00"
    assert draft["projectid"] == edit["projectid"] == PROJECT


def test_the_create_bodys_own_values_go_to_every_task_of_the_template(dana: Pw) -> None:
    template_id = new_template(dana, "Launch", {"name": "Announce", "priority": 1}, {"name": "Monitor"})
    body = {"templateid": template_id, "categoryid": 2, "priority": 5, "billable": False}
    ids = [detail["id"] for detail in dana.ok("tasksCreate", body=body)["details"]]
    shown = [task(dana, task_id) for task_id in ids]
    assert [(row["name"], row["priority"], row["billable"], row["categoryid"]) for row in shown] == [
        ("Announce", 5, False, 2),
        ("Monitor", 5, False, 2),
    ]


def test_a_template_follows_changes_to_its_tasks_and_refuses_when_empty_or_gone(
    dana: Pw, behaviour: ProWorkflowBehaviour
) -> None:
    template_id = new_template(dana, "Review")
    apply = {"templateid": template_id, "projectid": PROJECT}
    assert dana.fails("tasksCreate", 400, body=apply) == [f"Task template {template_id} has no tasks to add"]
    path = {"tasktemplateid": template_id}
    first = dana.created_id("settingsTaskTemplateTasksCreate", path, {"name": "Check links"})
    second = dana.created_id("settingsTaskTemplateTasksCreate", path, {"name": "Check spelling"})
    dana.ok("settingsTaskTemplateTasksUpdate", {**path, "taskid": first}, {"name": "Check every link"})
    dana.ok("settingsTaskTemplateTasksDelete", {**path, "taskid": second})
    added = dana.ok("tasksCreate", body=apply)["details"]
    assert [detail["name"] for detail in added] == ["Check every link"]
    dana.ok("settingsTaskTemplatesUpdate", path, {"name": "Final review"})
    answer = dana.ok("settingsTaskTemplatesDelete", path)
    assert (answer["message"], answer["details"]) == (
        "Template Deleted",
        [{"id": template_id, "name": "Final review"}],
    )
    assert dana.fails("settingsTaskTemplateTasksList", 404, path) == [f"Template {template_id} not found"]
    assert dana.fails("tasksCreate", 400, body=apply) == [
        f"'templateid': Task template {template_id} not found"
    ]
    assert task(dana, added[0]["id"])["name"] == "Check every link"  # a copy: it stays
    # its tasks went with it: a restored account's next template (which takes the highest id again) has none
    behaviour.restore(behaviour.snapshot())
    reused = {"tasktemplateid": dana.created_id("settingsTaskTemplatesCreate", body={"name": "Review"})}
    assert reused == path and dana.ids("settingsTaskTemplateTasksList", "tasks", reused) == []


def test_a_templates_tasks_are_its_own(dana: Pw) -> None:
    template_id = new_template(dana, "Blog post", {"name": "Write the draft"})
    listed = dana.ok("settingsTaskTemplateTasksList", {"tasktemplateid": template_id})["tasks"]
    assert listed == [
        {
            "id": listed[0]["id"],
            "tasktemplateid": template_id,
            "name": "Write the draft",
            "description": "",
            "priority": 3,
            "timeallocated": 0,
            "billable": True,
            "taxable": True,
        }
    ]
    demo_task = {"tasktemplateid": 1, "taskid": 1}
    assert dana.ok("settingsTaskTemplateTasksGet", demo_task)["task"]["name"] == "Proof-read"
    elsewhere = {"tasktemplateid": template_id, "taskid": 1}
    assert dana.fails("settingsTaskTemplateTasksGet", 404, elsewhere) == ["Task 1 not found"]
    assert dana.fails("settingsTaskTemplateTasksDelete", 404, elsewhere) == ["Task 1 not found"]
    assert dana.ids("settingsTaskTemplateTasksList", "tasks", {"tasktemplateid": 1}) == [1]


# --- categories and tags ------------------------------------------------------------------------------------


def test_a_category_added_here_files_general_tasks_and_cannot_go_while_used(dana: Pw) -> None:
    category_id = dana.created_id("settingsTaskCategoriesCreate", body={"name": "Marketing"})
    task_id = dana.created_id("tasksCreate", body={"name": "Plan the campaign", "categoryid": category_id})
    dana.ok("settingsTaskCategoriesUpdate", {"categoryid": category_id}, {"name": "Sales and marketing"})
    assert dana.ok("settingsTaskCategoriesGet", {"categoryid": category_id})["category"] == {
        "id": category_id,
        "name": "Sales and marketing",
    }
    shown = task(dana, task_id)
    assert (shown["categoryid"], shown["categoryname"]) == (category_id, "Sales and marketing")
    assert dana.fails("settingsTaskCategoriesDelete", 400, {"categoryid": category_id}) == [
        f"Task category {category_id} holds 1 task(s): move or delete them first"
    ]
    dana.ok("tasksUpdate", {"taskid": task_id}, {"categoryid": 1})
    assert task(dana, task_id)["categoryname"] == "Administration"
    answer = dana.ok("settingsTaskCategoriesDelete", {"categoryid": category_id})
    assert (answer["message"], answer["details"]) == (
        "Category Deleted",
        [{"id": category_id, "name": "Sales and marketing"}],
    )
    gone = f"'categoryid': Task category {category_id} not found"
    assert dana.fails("tasksCreate", 400, body={"name": "x", "categoryid": category_id}) == [gone]
    assert dana.fails("tasksUpdate", 400, {"taskid": task_id}, {"categoryid": category_id}) == [gone]
    assert dana.fails("tasksUpdate", 400, {"taskid": 1}, {"categoryid": 1}) == [
        "'categoryid': a project task has no category (only general tasks do)"
    ]


def test_a_tag_added_here_is_carried_by_tasks_and_taken_off_when_deleted(
    dana: Pw, behaviour: ProWorkflowBehaviour
) -> None:
    tag_id = dana.created_id("settingsTaskTagsCreate", body={"name": "Needs review"})
    body = {"name": "Wireframes", "projectid": PROJECT, "tagid": f"{tag_id},1"}
    task_id = dana.created_id("tasksCreate", body=body)
    dana.ok("settingsTaskTagsUpdate", {"tagid": tag_id}, {"name": "Needs sign-off"})
    assert task(dana, task_id)["tags"] == [
        {"id": tag_id, "name": "Needs sign-off"},
        {"id": 1, "name": "Urgent"},
    ]
    dana.ok("tasksUpdate", {"taskid": task_id}, {"tagid": ""})
    assert task(dana, task_id)["tags"] == []
    dana.ok("tasksUpdate", {"taskid": task_id}, {"tagid": str(tag_id)})
    dana.ok("settingsTaskTagsDelete", {"tagid": tag_id})
    assert task(dana, task_id)["tags"] == []
    assert dana.fails("tasksUpdate", 400, {"taskid": task_id}, {"tagid": str(tag_id)}) == [
        f"'tagid': Task tag {tag_id} not found"
    ]
    assert dana.fails("tasksCreate", 400, body={**body, "tagid": "99"}) == ["'tagid': Task tag 99 not found"]
    # taken off, not hidden: a restored account's next tag (which takes the highest id again) is not on it
    behaviour.restore(behaviour.snapshot())
    assert dana.created_id("settingsTaskTagsCreate", body={"name": "Later"}) == tag_id
    assert task(dana, task_id)["tags"] == []


def test_names_are_unique_within_each_kind(dana: Pw) -> None:
    assert dana.fails("settingsTaskCategoriesCreate", 400, body={"name": "sales"}) == [
        "A task category named 'sales' already exists"
    ]
    assert dana.fails("settingsTaskTagsUpdate", 400, {"tagid": 2}, {"name": "URGENT"}) == [
        "A task tag named 'URGENT' already exists"
    ]
    assert dana.fails("settingsTaskTemplatesCreate", 400, body={"name": " proof-READ "}) == [
        "A task template named 'proof-READ' already exists"
    ]
    dana.ok("settingsTaskTagsUpdate", {"tagid": 1}, {"name": "urgent"})  # its own name, recased
    dana.created_id("settingsTaskTagsCreate", body={"name": "Sales"})  # a category's name is no tag's
    assert dana.fails("settingsTaskCategoriesUpdate", 400, {"categoryid": 1}, {"name": "  "}) == [
        "'name' cannot be empty"
    ]


def test_lists_sort_and_page(dana: Pw) -> None:
    listed = dana.ok("settingsTaskTagsList", params={"sortby": "name", "sortorder": "desc"})["tags"]
    assert listed == [{"id": 2, "name": "Waiting on client"}, {"id": 1, "name": "Urgent"}]
    page = dana.ok("settingsTaskCategoriesList", params={"pagenumber": 2, "pagesize": 1})
    assert (page["count"], page["totalcount"], page["categories"]) == (1, 2, [{"id": 2, "name": "Sales"}])
    assert dana.ok("settingsTaskTemplatesGet", {"tasktemplateid": 1})["template"] == {
        "id": 1,
        "name": "Proof-read",
    }


# --- who may, unknown ids, the state -----------------------------------------------------------------------


@pytest.mark.parametrize("prefix", sorted(SETTINGS))
def test_the_task_settings_are_for_staff_and_unknown_ids_are_404(dana: Pw, prefix: str) -> None:
    id_parameter, list_key, label = SETTINGS[prefix]
    item = {id_parameter: 1}
    for user in (CHLOE, CONNOR):
        caller = dana.as_user(user)
        assert caller.fails(f"{prefix}List", 403) == ["Only Staff contacts may use this call"]
        caller.fails(f"{prefix}Get", 403, item)
        caller.fails(f"{prefix}Create", 403, body={"name": "Mine"})
        caller.fails(f"{prefix}Update", 403, item, {"name": "Mine"})
        caller.fails(f"{prefix}Delete", 403, item)
    missing = {id_parameter: 99}
    assert dana.fails(f"{prefix}Get", 404, missing) == [f"{label} 99 not found"]
    dana.fails(f"{prefix}Update", 404, missing, {"name": "x"})
    dana.fails(f"{prefix}Delete", 404, missing)
    assert 1 in dana.ids(f"{prefix}List", list_key)


def test_a_templates_tasks_are_for_staff(dana: Pw) -> None:
    chloe = dana.as_user(CHLOE)
    path = {"tasktemplateid": 1}
    assert chloe.fails("settingsTaskTemplateTasksList", 403, path) == [
        "Only Staff contacts may use this call"
    ]
    chloe.fails("settingsTaskTemplateTasksCreate", 403, path, {"name": "Mine"})
    chloe.fails("settingsTaskTemplateTasksUpdate", 403, {**path, "taskid": 1}, {"name": "Mine"})
    chloe.fails("settingsTaskTemplateTasksDelete", 403, {**path, "taskid": 1})
    assert dana.fails("settingsTaskTemplateTasksCreate", 404, {"tasktemplateid": 99}, {"name": "x"}) == [
        "Template 99 not found"
    ]


def test_the_task_settings_are_part_of_the_state(dana: Pw, behaviour: ProWorkflowBehaviour) -> None:
    template_id = new_template(dana, "Blog post", {"name": "Write the draft"})
    tag_id = dana.created_id("settingsTaskTagsCreate", body={"name": "Needs review"})
    state = behaviour.snapshot()
    assert [row["name"] for row in state["tasktemplates"]] == ["Proof-read", "Blog post"]
    assert [row["tasktemplateid"] for row in state["tasktemplatetasks"]] == [1, template_id]
    assert [row["id"] for row in state["tasktags"]] == [1, 2, tag_id]
    assert [row["name"] for row in state["taskcategories"]] == ["Administration", "Sales"]
    behaviour.reset()
    dana.fails("settingsTaskTemplatesGet", 404, {"tasktemplateid": template_id})
    behaviour.restore(state)
    applied = dana.ok("tasksCreate", body={"templateid": template_id, "projectid": PROJECT})["details"]
    assert [detail["name"] for detail in applied] == ["Write the draft"]
    assert dana.ok("settingsTaskTagsGet", {"tagid": tag_id})["tag"] == {"id": tag_id, "name": "Needs review"}


# --- the generated client ----------------------------------------------------------------------------------


def added_ids(answer: Any) -> list[int]:
    assert isinstance(answer, WriteResult), answer
    return [int(detail.id) for detail in answer.details]


def read_task(sdk: Client, task_id: int) -> Task:
    answer = tasks_get.sync(task_id, client=sdk)
    assert isinstance(answer, TaskEnvelope), answer
    return answer.task


def test_the_client_fills_a_template_and_applies_it(sdk: Client) -> None:
    body = SettingsTaskTemplatesCreateBody(name="Blog post")
    (template_id,) = added_ids(settings_task_templates_create.sync(client=sdk, body=body))
    for name, priority in (("Write the draft", 2), ("Edit", 4)):
        task_body = SettingsTaskTemplateTasksCreateBody(name=name, priority=priority)
        added_ids(settings_task_template_tasks_create.sync(template_id, client=sdk, body=task_body))
    listed = settings_task_template_tasks_list.sync(template_id, client=sdk)
    assert isinstance(listed, SettingsTaskTemplateTaskList)
    assert [(row.name, row.priority) for row in listed.tasks] == [("Write the draft", 2), ("Edit", 4)]

    ids = added_ids(
        tasks_create.sync(client=sdk, body=TasksCreateBody(templateid=template_id, projectid=PROJECT))
    )
    shown = [read_task(sdk, task_id) for task_id in ids]
    assert [(row.name, row.priority) for row in shown] == [("Write the draft", 2), ("Edit", 4)]
    empty = SettingsTaskTemplatesCreateBody(name="Empty")
    (empty_id,) = added_ids(settings_task_templates_create.sync(client=sdk, body=empty))
    with pytest.raises(ProWorkflowBadRequest) as refused:
        tasks_create.sync(client=sdk, body=TasksCreateBody(templateid=empty_id, projectid=PROJECT))
    assert refused.value.details == [f"Task template {empty_id} has no tasks to add"]


def test_the_client_files_a_general_task_under_a_new_category_with_a_new_tag(sdk: Client) -> None:
    category_body = SettingsTaskCategoriesCreateBody(name="Marketing")
    (category_id,) = added_ids(settings_task_categories_create.sync(client=sdk, body=category_body))
    (tag_id,) = added_ids(
        settings_task_tags_create.sync(client=sdk, body=SettingsTaskTagsCreateBody(name="Q3"))
    )
    body = TasksCreateBody(name="Plan the campaign", categoryid=category_id, tagid=str(tag_id))
    (task_id,) = added_ids(tasks_create.sync(client=sdk, body=body))
    shown = read_task(sdk, task_id)
    assert (shown.categoryname, [tag.name for tag in shown.tags or []]) == ("Marketing", ["Q3"])

    added_ids(settings_task_tags_delete.sync(tag_id, client=sdk))
    with pytest.raises(ProWorkflowNotFound):
        settings_task_tags_get.sync(tag_id, client=sdk)
    with pytest.raises(ProWorkflowBadRequest) as refused:
        tasks_update.sync(task_id, client=sdk, body=TasksUpdateBody(tagid=str(tag_id)))
    assert refused.value.details == [f"'tagid': Task tag {tag_id} not found"]
