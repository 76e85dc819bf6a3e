"""Task settings: task categories, task tags, task templates and the tasks of a template.

- Only staff contacts may read or change them; clients and contractors get 403, as for every
  account setting. Names of categories, tags and templates are unique within their kind
  (case-insensitive).
- Task create and update name categories (``categoryid`` of a general task) and tags (``tagid``) by
  id, so one added here is usable at once and a missing one is refused
  (:mod:`.handlers_tasks`). A category that general tasks are filed under cannot be deleted (every
  general task needs one); deleting a tag takes it off every task that carries it.
- A task template is a named set of tasks, kept in the order they were added. ``templateid`` on a
  task create applies it (:func:`.handlers_tasks.template_tasks`): one task per template task, each
  given that task's name and settings. Deleting a template deletes its tasks; tasks added from it
  stay, being copies.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from apikit.mock.engine import ApiError, Call
from apikit.mock.proworkflow.crud import Kind, Parent, id_and_name, staff_only
from apikit.mock.proworkflow.handlers import Api, Caller, HandlerFunction
from apikit.mock.proworkflow.handlers_tasks import TASK_DEFAULTS
from apikit.mock.proworkflow.settings_names import named_record, setting_name, unique_name_writes
from apikit.mock.table import Row

TEMPLATE_TASK_KEYS = ("id", "tasktemplateid", "name", *TASK_DEFAULTS)


CATEGORY_WRITES = unique_name_writes(lambda store: store.task_categories, "task category")
TAG_WRITES = unique_name_writes(lambda store: store.task_tags, "task tag")
TEMPLATE_WRITES = unique_name_writes(lambda store: store.task_templates, "task template")


# what a delete takes with it


def _refuse_if_filed_under(api: Api, call: Call[Caller], category: Row) -> None:
    filed = api.store.tasks.where(categoryid=category["id"])
    if filed:
        message = f"Task category {category['id']} holds {len(filed)} task(s): move or delete them first"
        raise ApiError(400, message)


def _take_tag_off_tasks(api: Api, call: Call[Caller], tag: Row) -> None:
    for task in api.store.tasks.all():
        if tag["id"] in task.get("tagids", []):
            task["tagids"] = [tag_id for tag_id in task["tagids"] if tag_id != tag["id"]]
            api.store.touch(task)


def _delete_template_tasks(api: Api, call: Call[Caller], template: Row) -> None:
    for task in api.store.task_template_tasks.where(tasktemplateid=template["id"]):
        api.store.task_template_tasks.delete(task["id"])


# the tasks of a template


def _path_template(api: Api, call: Call[Caller], template_id: int) -> Row:
    template = api.store.task_templates.find(template_id)
    if template is None:
        raise ApiError(404, f"Template {template_id} not found")
    return template


def _template_task_record(api: Api, call: Call[Caller], task: Row) -> Row:
    return {key: task[key] for key in TEMPLATE_TASK_KEYS}


def _template_task_settings(body: Mapping[str, Any]) -> Row:
    settings: Row = {key: body[key] for key in TASK_DEFAULTS if key in body}
    if "name" in body:
        settings["name"] = setting_name(body)
    return settings


def _new_template_task(api: Api, call: Call[Caller], body: Mapping[str, Any], row: Row) -> Row:
    return {**row, **TASK_DEFAULTS, **_template_task_settings(body)}


def _change_template_task(api: Api, call: Call[Caller], task: Row, body: Mapping[str, Any]) -> Row:
    return _template_task_settings(body)


HANDLERS: dict[str, HandlerFunction] = {}

KINDS = (
    Kind(
        resource="taskcategories",
        label="Category",
        singular="category",
        plural="categories",
        table=lambda store: store.task_categories,
        show=named_record,
        build=CATEGORY_WRITES.build,
        change=CATEGORY_WRITES.change,
        may_read=staff_only,
        detail=id_and_name,
        on_delete=_refuse_if_filed_under,
    ),
    Kind(
        resource="tasktags",
        label="Tag",
        singular="tag",
        plural="tags",
        table=lambda store: store.task_tags,
        show=named_record,
        build=TAG_WRITES.build,
        change=TAG_WRITES.change,
        may_read=staff_only,
        detail=id_and_name,
        on_delete=_take_tag_off_tasks,
    ),
    Kind(
        resource="tasktemplates",
        label="Template",
        singular="template",
        plural="templates",
        table=lambda store: store.task_templates,
        show=named_record,
        build=TEMPLATE_WRITES.build,
        change=TEMPLATE_WRITES.change,
        may_read=staff_only,
        detail=id_and_name,
        on_delete=_delete_template_tasks,
    ),
    Kind(
        resource="tasktemplatetasks",
        label="Task",
        singular="task",
        plural="tasks",
        table=lambda store: store.task_template_tasks,
        show=_template_task_record,
        parents={"tasktemplateid": Parent("tasktemplateid", _path_template)},
        build=_new_template_task,
        change=_change_template_task,
        may_read=staff_only,
        detail=id_and_name,
    ),
)
