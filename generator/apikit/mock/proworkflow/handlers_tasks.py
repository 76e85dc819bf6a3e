"""Tasks: the top-level task calls, task actions (complete, reactivate, dates), task contacts and what
hangs off a task (files, messages; time and timers are in :mod:`.handlers_time`).

- A task belongs to a project (``projectid``: a project task) or to a task category (``categoryid``:
  a general task, visible to staff only; an update may move it to another category). ``tagid`` gives
  it task tags. Categories, tags and templates are the task settings
  (:mod:`.handlers_settings_tasks`), named by id and checked to exist when the call is made.
- ``templateid`` applies a task template: the create adds one task per template task, in the
  template's order, each given that task's name and settings, the body's own values winning (a
  template without tasks is refused). ``POST /tasks`` takes one object or a JSON array whose items all
  belong to the same project (or category); ``order`` ``auto`` (the default) puts each new task after
  the project's last one, in array order.
- ``contacts`` is a comma string: ids and ``me``, ``allstaff``, ``all`` (everyone on the project; all
  staff for a general task) or ``none``. Project tasks take only contacts on the project, general
  tasks only staff (otherwise 400). Left out, it is the caller when the caller may be assigned, and
  nobody otherwise.
- ``PUT /tasks/{id}`` changes only what is sent; an empty string clears a date or the description.
- Completing sets the status and the completion date (today unless ``completedate``); reactivating
  clears both. Staff, and contractors assigned to the task, may do either.
- ``adjustdates`` moves the start and/or due date by a relative amount each time it is called.
- Deleting a task, alone or with ``PUT /tasks/delete`` (all of one project, all or nothing), deletes
  its files, messages and time records too.
- Overdue tasks are active tasks due before today; overtime tasks have allocated time and more time
  tracked than allocated.
- Task files and messages are the files and messages of ``/files`` and ``/messages`` with the task
  fixed by the path.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from apikit.mock.engine import ApiError, Call, Reply
from apikit.mock.proworkflow import handlers_items
from apikit.mock.proworkflow.crud import Kind, Parent, create_handler, id_and_name
from apikit.mock.proworkflow.handlers import (
    Api,
    Caller,
    HandlerFunction,
    MissingReference,
    id_list,
    written,
)
from apikit.mock.proworkflow.query import shift
from apikit.mock.proworkflow.store import date_part, format_timestamp
from apikit.mock.table import Row

DEFAULT_PRIORITY = 3
TASK_DEFAULTS: Row = {"description": "", "priority": DEFAULT_PRIORITY, "timeallocated": 0, "billable": True,
                      "taxable": True}  # fmt: skip
"""What a new task is given unless its body (or the template it is added from) says otherwise."""
_ADJUSTMENT = re.compile(r"^([+-])([0-9]+)([dwmy])$")
DATE_KEYS = {"all": ("startdate", "duedate"), "start": ("startdate",), "due": ("duedate",)}
TASK_TEXT_KEYS = ("name", "description")


# --- finding tasks and their parents -------------------------------------------------------------------


def path_task(api: Api, call: Call[Caller]) -> Row:
    return api.visible_task(call, call.params["taskid"])


def _task_category(api: Api, category_id: Any) -> Row:
    category = api.store.task_categories.find(category_id)
    if category is None:
        raise MissingReference(f"'categoryid': Task category {category_id} not found")
    return category


def _task_tag_ids(api: Api, value: Any) -> list[int]:
    return api.existing_ids(value, "tagid", api.store.task_tags.rows, "Task tag")


# --- assignees ----------------------------------------------------------------------------------------


def assignable_ids(api: Api, project: Row | None) -> list[int]:
    """Who a task may be assigned to: everyone on its project, or every staff contact."""
    return list(project["contactids"]) if project is not None else api.store.staff_ids()


def assignees(api: Api, call: Call[Caller], value: Any, project: Row | None) -> list[int]:
    """The contact ids a ``contacts`` comma string names, each checked against the task's project."""
    allowed = assignable_ids(api, project)
    if value is None:
        me = call.principal.contact_id
        return [me] if me in allowed else []
    text = str(value).strip()
    if text == "none":
        return []
    if text == "all":
        return allowed
    if text == "allstaff":
        staff = set(api.store.staff_ids())
        return [cid for cid in allowed if cid in staff]
    ids = api.contact_ids(call, text, "contacts")
    for contact_id in ids:
        if contact_id not in allowed:
            where = f"on project {project['id']}" if project is not None else "a Staff contact"
            raise ApiError(400, f"'contacts': contact {contact_id} is not {where}")
    return ids


# --- create, update, delete (routed by crud.Kind) ----------------------------------------------------


def template_tasks(api: Api, call: Call[Caller], body: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    """The task bodies one create body stands for: itself, or with ``templateid`` one per task of that
    template, each the template task's name and settings with the body's own values over them."""
    template_id = body.get("templateid")
    if template_id is None:
        return [body]
    if api.store.task_templates.find(template_id) is None:
        raise MissingReference(f"'templateid': Task template {template_id} not found")
    tasks = api.store.task_template_tasks.where(tasktemplateid=template_id)
    if not tasks:
        raise ApiError(400, f"Task template {template_id} has no tasks to add")
    own = {key: value for key, value in body.items() if key != "templateid"}
    return [{**{key: task[key] for key in ("name", *TASK_DEFAULTS)}, **own} for task in tasks]


def build_task(api: Api, call: Call[Caller], body: Mapping[str, Any], row: Row) -> Row:
    project_id = row.get("projectid", body.get("projectid"))
    project = None if project_id is None else _body_project(api, call, project_id)
    settings = {**TASK_DEFAULTS, **body}
    if not str(settings.get("name") or "").strip():
        raise ApiError(400, "'name' is a required field")
    category_id = None if project is not None else _task_category(api, body.get("categoryid"))["id"]
    completedate = api.resolve_optional_date(body.get("completedate"))
    order = body.get("order", "auto")
    return {
        "name": str(settings["name"]),
        "description": str(settings["description"]),
        "projectid": None if project is None else project["id"],
        "categoryid": category_id,
        "tagids": _task_tag_ids(api, body.get("tagid", "")),
        "creatorid": call.principal.contact_id,
        "contactids": assignees(api, call, body.get("contacts"), project),
        "status": "complete" if completedate else "active",
        "order": None if order == "auto" else order,
        "priority": int(settings["priority"]),
        "billable": bool(settings["billable"]),
        "taxable": bool(settings["taxable"]),
        "timeallocated": int(settings["timeallocated"]),
        "startdate": api.resolve_optional_date(body.get("startdate")),
        "duedate": api.resolve_optional_date(body.get("duedate")),
        "completedate": completedate,
        "apifields": [dict(item) for item in body.get("apifields", [])],
    }


def _body_project(api: Api, call: Call[Caller], project_id: int) -> Row:
    project = api.store.projects.find(project_id)
    if project is None or not api.project_visible(call.principal, project):
        raise MissingReference(f"'projectid': project {project_id} not found")
    return project


def settle_tasks(api: Api, call: Call[Caller], rows: list[Row]) -> None:
    """One batch, one project (or category); ``auto`` orders follow the project's last task."""
    if len({(row["projectid"], row["categoryid"]) for row in rows}) > 1:
        raise ApiError(400, "All tasks added in one call must belong to the same project or category")
    place = {"projectid": rows[0]["projectid"], "categoryid": rows[0]["categoryid"]}
    taken = [task["order"] for task in api.store.tasks.where(**place)]
    last = max((int(order) for order in taken if isinstance(order, int | float)), default=0)
    for row in rows:
        if row["order"] is None:
            last += 1
            row["order"] = last


def change_task(api: Api, call: Call[Caller], task: Row, body: Mapping[str, Any]) -> Row:
    changes: Row = {}
    if "name" in body and not str(body["name"]).strip():
        raise ApiError(400, "'name' cannot be empty")
    changes |= {key: str(body[key]) for key in TASK_TEXT_KEYS if key in body}
    for key in ("startdate", "duedate"):
        if key in body:
            changes[key] = api.resolve_optional_date(body[key])
    if "contacts" in body:
        project = api.store.projects.find(task["projectid"])
        changes["contactids"] = assignees(api, call, body["contacts"], project)
    changes |= {key: body[key] for key in ("priority", "billable", "taxable", "timeallocated") if key in body}
    if body.get("order", "auto") != "auto":
        changes["order"] = body["order"]
    if "apifields" in body:
        changes["apifields"] = [dict(item) for item in body["apifields"]]
    if "tagid" in body:
        changes["tagids"] = _task_tag_ids(api, body["tagid"])
    if "categoryid" in body:
        changes["categoryid"] = _moved_category(api, task, body["categoryid"])
    return changes


def _moved_category(api: Api, task: Row, category_id: Any) -> int:
    if task["projectid"] is not None:
        raise ApiError(400, "'categoryid': a project task has no category (only general tasks do)")
    return int(_task_category(api, category_id)["id"])


def remove_task_parts(api: Api, task: Row) -> None:
    """What goes with a deleted task: its files (off the messages too), messages and time records."""
    store = api.store
    for file in store.files.where(taskid=task["id"]):
        handlers_items.remove_file(api, file)
    for table in (store.messages, store.time_records):
        for row in table.where(taskid=task["id"]):
            table.delete(row["id"])


# --- actions -------------------------------------------------------------------------------------------


def _may_finish(api: Api, call: Call[Caller], task: Row) -> None:
    """Staff, and contractors assigned to the task, may complete or reactivate it."""
    caller = call.principal
    if not (caller.is_staff or (caller.type == "contractor" and caller.contact_id in task["contactids"])):
        raise ApiError(403, "Only Staff contacts or the task's contractors may change its status")


def tasks_complete(api: Api, call: Call[Caller]) -> Reply:
    task = path_task(api, call)
    _may_finish(api, call, task)
    body = call.body or {}
    task["status"] = "complete"
    task["completedate"] = api.resolve_optional_date(body.get("completedate"), api.store.today_text())
    api.store.touch(task)
    return written("Task Completed", [{"id": task["id"]}])


def tasks_reactivate(api: Api, call: Call[Caller]) -> Reply:
    task = path_task(api, call)
    _may_finish(api, call, task)
    task["status"] = "active"
    task["completedate"] = ""
    api.store.touch(task)
    return written("Task Reactivated", [{"id": task["id"]}])


def tasks_adjust_dates(api: Api, call: Call[Caller]) -> Reply:
    api.require_staff(call)
    task = path_task(api, call)
    match = _ADJUSTMENT.match(str(call.body["adjustment"]))
    if match is None:
        raise ApiError(400, "'adjustment' must be a relative amount such as +1w or -3d")
    count = int(match[2]) * (1 if match[1] == "+" else -1)
    for key in DATE_KEYS[call.body.get("dates", "all")]:
        if task[key]:
            task[key] = _moved(task[key], count, match[3])
    api.store.touch(task)
    return written("Task Dates Adjusted", [id_and_name(task)])


def _moved(timestamp: str, count: int, unit: str) -> str:
    try:
        day = shift(datetime.fromisoformat(date_part(timestamp)).date(), count, unit)
    except (OverflowError, ValueError) as exc:
        raise ApiError(400, "'adjustment' moves the dates out of the calendar") from exc
    return format_timestamp(datetime(day.year, day.month, day.day))


def task_contacts_list(api: Api, call: Call[Caller]) -> Reply:
    task = path_task(api, call)
    contacts = [api.store.contacts.get(cid) for cid in api.store.assigned_ids(task["contactids"])]
    return api.list_reply(call, "contacts", api.contact_records(call, contacts))


def task_contacts_update(api: Api, call: Call[Caller]) -> Reply:
    api.require_staff(call)
    task = path_task(api, call)
    project = api.store.projects.find(task["projectid"])
    ids = assignees(api, call, call.body["contacts"], project)
    api.update_links(task, "contactids", ids, bool(call.body.get("remove", False)))
    return written("Task Contacts Updated", [id_and_name(task)])


def tasks_bulk_delete(api: Api, call: Call[Caller]) -> Reply:
    api.require_staff(call)
    ids = id_list(call.body["taskid"], "taskid")
    if not ids:
        raise ApiError(400, "'taskid' names no task")
    tasks = []
    for task_id in ids:
        task = api.store.tasks.find(task_id)
        if task is None:
            raise MissingReference(f"'taskid': task {task_id} not found")
        tasks.append(task)
    if len({(task["projectid"], task.get("categoryid")) for task in tasks}) > 1:
        raise ApiError(400, "All tasks deleted in one call must belong to the same project")
    for task in tasks:
        remove_task_parts(api, task)
        api.store.tasks.delete(task["id"])
    return written("Task/s Deleted", [id_and_name(task) for task in tasks])


def tasks_list_overdue(api: Api, call: Call[Caller]) -> Reply:
    today = date_part(api.store.today_text())
    overdue = [
        task
        for task in api.store.tasks.all()
        if task["status"] == "active" and task["duedate"] and date_part(task["duedate"]) < today
    ]
    return api.list_reply(call, "tasks", api.task_records(call, overdue))


def tasks_list_overtime(api: Api, call: Call[Caller]) -> Reply:
    records = [
        record
        for record in api.task_records(call, api.store.tasks.all())
        if 0 < record["timeallocated"] < record["timetracked"]
    ]
    return api.list_reply(call, "tasks", records)


# --- messages of a task (its files and message lists are those of handlers_items, narrowed) ------------

_add_message = create_handler(handlers_items.MESSAGES)


def task_messages_create(api: Api, call: Call[Caller]) -> Reply:
    """``POST /messages`` with the task of the path in the body; a reply must answer one of its
    discussions."""
    task = path_task(api, call)
    body = call.body or {}
    original_id = body.get("originalmessageid")
    if original_id is not None:
        original = api.store.messages.find(original_id)
        if original is not None and original["taskid"] != task["id"]:
            raise ApiError(400, f"Message {original_id} is not a discussion of task {task['id']}")
    return _add_message(api, dataclasses.replace(call, body={**body, "taskid": task["id"]}))


# --- the kind and the handlers ------------------------------------------------------------------------


def show_task(api: Api, call: Call[Caller], task: Row) -> Row:
    return api.store.task_record(task, staff_view=api.staff_view(call))


def task_visible(api: Api, caller: Caller, task: Row) -> bool:
    return api.task_visible(caller, task)


TASKS = Kind(
    resource="tasks",
    label="Task",
    singular="task",
    plural="tasks",
    table=lambda store: store.tasks,
    show=show_task,
    visible=task_visible,
    parents={"projectid": Parent("projectid", Api.visible_project)},
    build=build_task,
    change=change_task,
    detail=id_and_name,
    on_delete=lambda api, call, task: remove_task_parts(api, task),
    batch=True,
    expand=template_tasks,
    added="Task/s Added",
    settle=settle_tasks,
)

HANDLERS: dict[str, HandlerFunction] = {
    "tasksAdjustDates": tasks_adjust_dates,
    "tasksBulkDelete": tasks_bulk_delete,
    "tasksComplete": tasks_complete,
    "tasksListOverdue": tasks_list_overdue,
    "tasksListOvertime": tasks_list_overtime,
    "tasksReactivate": tasks_reactivate,
    "taskContactsList": task_contacts_list,
    "taskContactsUpdate": task_contacts_update,
    "taskMessagesCreate": task_messages_create,
}
KINDS: list[Kind] = [TASKS]
