"""Projects: the top-level project calls and what hangs off a project (bookmarks, options, contacts,
and the project's expenses, files, invoices and messages).

- ``POST /projects`` is :meth:`.Api.add_project` (as under a company or a contact): ``title`` plus a
  client company (``companyid``) or, for an internal project, a staff contact
  (``internalclientcontactid``); ``number`` ``auto`` takes the next number (of the autonumbering
  scheme ``autonumberid`` names, or the default one), the manager defaults to
  the caller, ``staff``/``clients``/``contractors`` are comma strings of ids, and a ``completedate``
  adds the project already completed. Staff with the "Projects" add permission only.
- ``PUT /projects/{id}`` changes only what is sent; an empty string clears a text or a date (never
  the title or the number). ``staff``/``clients``/``contractors`` add contacts (taking them off is
  ``PUT /projects/{id}/contacts`` with ``remove``); ``categoryid``, ``customstatusid``, ``tagid``
  (the whole set of tags) and ``customfields`` ids must name the account's project settings
  (:mod:`.handlers_settings_projects`), as on create; ``quotetotal``/``invoicetotal`` set a value,
  ``auto`` goes back to the sum of the project's quotes/invoices. Editing needs the "Projects" edit
  permission, deleting the delete permission.
- ``DELETE /projects/{id}`` takes the project's tasks (with their files, messages and time), its files,
  custom folders, messages, bookmarks, expenses and shared notes with it; its invoices and quotes
  stay, unlinked.
- ``complete`` completes the project and every active task of it on ``completedate`` (today by
  default); ``reactivate`` reopens the project only. ``adjustdates`` shifts the project's start/due
  dates (``dates``) and those of the tasks ``tasks`` selects (``taskdates``) by ``adjustment``
  (``+/-N`` days, weeks, months or years); unset dates stay unset; every call shifts again.
- ``/projects/overdue``: active projects due before today; ``/projects/overtime``: projects whose
  tracked time exceeds a non-zero allocated time. Both take the list language of ``/projects``.
- ``/projects/{id}/access/{contactid}``: whether that contact would see the project (the visibility
  rules of :mod:`.handlers`); staff may ask about anyone, others only about themselves.
- ``/projects/{id}/contacts``: the people on the project; the PUT adds (or with ``remove`` takes off)
  staff, client and contractor contacts, each of the matching type; the manager stays.
- Bookmarks (``title``, ``url``, ``description``) are a per-project collection seen by whoever sees
  the project and written by staff, at most :data:`MAX_BOOKMARKS_PER_PROJECT` per project.
- Options (``/settings``): ``clientaccess`` and ``emailalerts``, the account's project settings
  (:data:`.demo.PROJECT_SETTINGS`, both on) unless set.
- ``/projects/{id}/expenses|files|invoices|messages`` list exactly what the top-level lists show for
  the project, and their creates are the top-level creates with ``projectid`` taken from the path (a
  message's task, or the discussion it answers, must be of this project).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Mapping
from datetime import datetime, timedelta
from typing import Any

from apikit.mock.engine import ApiError, Call, Reply
from apikit.mock.proworkflow import handlers_invoices, handlers_items, handlers_tasks
from apikit.mock.proworkflow.crud import (
    Kind,
    Parent,
    app_permission,
    create_handler,
    id_and_title,
    staff_only,
)
from apikit.mock.proworkflow.demo import PROJECT_SETTINGS
from apikit.mock.proworkflow.handlers import (
    PERMISSION_PROJECTS,
    SUCCESS,
    Api,
    Caller,
    HandlerFunction,
    MissingReference,
    add_months,
    created,
    project_detail,
    written,
)
from apikit.mock.proworkflow.handlers_companies import merge_apifields
from apikit.mock.proworkflow.store import STAFF, TIMESTAMP_FORMAT, date_part, format_timestamp
from apikit.mock.table import Row

MAX_BOOKMARKS_PER_PROJECT = 500
_ADJUSTMENT = re.compile(r"^([+-])([0-9]+)([dwmy])$")
PROJECT_DATES = ("startdate", "duedate", "completedate")
DATE_CHOICES = {"all": ("startdate", "duedate"), "start": ("startdate",), "due": ("duedate",)}
TASK_CHOICES = {"all": ("active", "complete"), "active": ("active",), "complete": ("complete",)}
MEMBER_TYPES = {"staff": STAFF, "clients": "client", "contractors": "contractor"}
SETTINGS_KEYS = ("clientaccess", "emailalerts")
"""A project's options; the account's defaults until set."""
CLEARABLE_TEXT = (
    "description",
    "purchaseordernumber",
    "privatenotes",
    "customformtitle",
    "customformcontent",
)
TOTALS = ("quotetotal", "invoicetotal")


# the project named by the path


def _project(api: Api, call: Call[Caller]) -> Row:
    return api.visible_project(call, call.params["projectid"])


def _require_project_permission(api: Api, call: Call[Caller], setting: str) -> None:
    api.require_staff_permission(call, PERMISSION_PROJECTS, setting)


def _show_project(api: Api, call: Call[Caller], project: Row) -> Row:
    return api.store.project_record(project, staff_view=api.staff_view(call))


# create, change, delete


def projects_create(api: Api, call: Call[Caller]) -> Reply:
    body = call.body
    company_id: int | None = None
    internal_client: Row | None = None
    if body.get("companyid") is not None:
        if api.store.companies.find(body["companyid"]) is None:
            raise MissingReference(f"'companyid': company {body['companyid']} not found")
        company_id = body["companyid"]
    else:
        internal_client = _staff_contact(api, body["internalclientcontactid"], "internalclientcontactid")
    _members(api, call, body)  # each assigned contact must be of the type its list names
    project = api.add_project(call, body, company_id, internal_client)
    return created("Project/s Added", [project_detail(project)])


def _staff_contact(api: Api, contact_id: int, field: str) -> Row:
    contact = api.store.contacts.find(contact_id)
    if contact is None or contact["type"] != STAFF:
        raise MissingReference(f"'{field}': Staff contact {contact_id} not found")
    return contact


def _change_project(api: Api, call: Call[Caller], project: Row, body: Mapping[str, Any]) -> Row:
    """The stored changes a partial update makes; every value is checked before anything changes."""
    changes: Row = {}
    for key, value in body.items():
        if key in PROJECT_DATES:
            changes[key] = api.resolve_optional_date(value)
        elif key == "companyid":
            if api.store.companies.find(value) is None:
                raise MissingReference(f"'companyid': company {value} not found")
            changes[key] = value
        elif key == "managerid":
            changes[key] = api.contact_ids(call, value, "managerid", staff_only=True)[0]
        elif key in MEMBER_TYPES:
            continue  # gathered below, with the manager
        elif key == "internalclientcontactid":
            changes["companyid"] = None
            changes.setdefault("_members", []).append(_staff_contact(api, value, key)["id"])
        elif key in TOTALS:
            changes[key] = None if value == "auto" else float(value)
        elif key in ("categoryid", "customstatusid"):
            api.project_setting(key, value)  # the account must have it
            changes[key] = value
        elif key == "tagid":
            changes["tagids"] = api.project_tag_ids(value)
        elif key == "customfields":
            api.require_project_custom_fields(value)
            changes[key] = merge_apifields(project.get(key, []), value)
        elif key == "apifields":
            changes[key] = merge_apifields(project.get(key, []), value)
        else:
            changes[key] = value
    members = [*changes.pop("_members", []), *_members(api, call, body)]
    if "managerid" in changes:
        members.insert(0, changes["managerid"])
    if members:
        changes["contactids"] = list(dict.fromkeys([*project["contactids"], *members]))
    return changes


def _members(api: Api, call: Call[Caller], body: Mapping[str, Any]) -> list[int]:
    """Contact ids of ``staff``, ``clients`` and ``contractors``, each of the matching type."""
    found: list[int] = []
    for key, contact_type in MEMBER_TYPES.items():
        if body.get(key) in (None, ""):
            continue
        for contact_id in api.contact_ids(call, body[key], key, staff_only=contact_type == STAFF):
            if api.store.contacts.get(contact_id)["type"] != contact_type:
                raise MissingReference(f"'{key}': {contact_type} contact {contact_id} not found")
            found.append(contact_id)
    return found


def _apply_changes(project: Row, changes: Row) -> Row:
    """``None`` for a total means "back to auto": the stored value goes."""
    for key in TOTALS:
        if key in changes and changes[key] is None:
            project.pop(key, None)
            del changes[key]
    return changes


def _change(api: Api, call: Call[Caller], project: Row, body: Mapping[str, Any]) -> Row:
    return _apply_changes(project, _change_project(api, call, project, body))


def _delete_with_dependents(api: Api, call: Call[Caller], project: Row) -> None:
    """The vendor's cascade: tasks (with what goes with a task), folders and files, messages,
    bookmarks, expenses and shared notes; invoices and quotes stay without a project."""
    store = api.store
    for task in store.tasks.where(projectid=project["id"]):
        handlers_tasks.remove_task_parts(api, task)
        store.tasks.delete(task["id"])
    folder_ids = {folder["id"] for folder in store.folders.where(projectid=project["id"])}
    for file in store.files.all():
        if file["projectid"] == project["id"] or file["folderid"] in folder_ids:
            handlers_items.remove_file(api, file)
    for table in (store.folders, store.messages, store.bookmarks, store.expenses, store.shared_notes):
        for row in table.where(projectid=project["id"]):
            table.delete(row["id"])
    for billing in (
        *store.invoices.where(projectid=project["id"]),
        *store.quotes.where(projectid=project["id"]),
    ):
        billing["projectid"] = None
        store.touch(billing)


# actions


def projects_complete(api: Api, call: Call[Caller]) -> Reply:
    _require_project_permission(api, call, "edit")
    project = _project(api, call)
    completed = api.resolve_optional_date((call.body or {}).get("completedate"), api.store.today_text())
    for task in api.store.tasks.where(projectid=project["id"], status="active"):
        task.update(status="complete", completedate=completed)
        api.store.touch(task)
    project.update(status="complete", completedate=completed)
    api.store.touch(project)
    return written("Project Completed", [project_detail(project)])


def projects_reactivate(api: Api, call: Call[Caller]) -> Reply:
    _require_project_permission(api, call, "edit")
    project = _project(api, call)
    project.update(status="active", completedate="")
    api.store.touch(project)
    return written("Project Reactivated", [project_detail(project)])


def projects_adjust_dates(api: Api, call: Call[Caller]) -> Reply:
    _require_project_permission(api, call, "edit")
    project = _project(api, call)
    body = call.body
    shift = _shifter(str(body["adjustment"]))
    moves: list[tuple[Row, tuple[str, ...]]] = []
    if body.get("dates"):
        moves.append((project, DATE_CHOICES[body["dates"]]))
    if body.get("tasks"):
        keys = DATE_CHOICES[body.get("taskdates", "all")]
        statuses = TASK_CHOICES[body["tasks"]]
        moves += [
            (t, keys) for t in api.store.tasks.where(projectid=project["id"]) if t["status"] in statuses
        ]
    # Every new date is worked out before any is stored: a shift out of range changes nothing.
    shifted = [(row, {key: shift(row[key]) for key in keys if row.get(key)}) for row, keys in moves]
    for row, dates in shifted:
        row.update(dates)
        api.store.touch(row)
    api.store.touch(project)
    return written("Project Dates Adjusted", [project_detail(project)])


def _shifter(adjustment: str) -> Callable[[str], str]:
    match = _ADJUSTMENT.match(adjustment)
    if match is None:
        raise ApiError(400, f"'adjustment' must be a sign, a number and d, w, m or y, not '{adjustment}'")
    count = int(match[2]) * (1 if match[1] == "+" else -1)
    unit = match[3]

    def shift(timestamp: str) -> str:
        moment = datetime.strptime(timestamp, TIMESTAMP_FORMAT)
        try:
            if unit in "dw":
                moment += timedelta(days=count * (7 if unit == "w" else 1))
            else:
                moment = add_months(moment, count * (12 if unit == "y" else 1))
        except OverflowError as exc:
            raise ApiError(400, f"'adjustment' {adjustment} moves a date out of range") from exc
        return format_timestamp(moment)

    return shift


# computed lists


def projects_list_overdue(api: Api, call: Call[Caller]) -> Reply:
    today = date_part(api.store.today_text())
    overdue = [
        p
        for p in api.store.projects.all()
        if p["status"] == "active" and p["duedate"] and date_part(p["duedate"]) < today
    ]
    return api.list_reply(call, "projects", api.project_records(call, overdue))


def projects_list_overtime(api: Api, call: Call[Caller]) -> Reply:
    records = [
        record
        for record in api.project_records(call, api.store.projects.all())
        if 0 < record["timeallocated"] < record["timetracked"]
    ]
    return api.list_reply(call, "projects", records)


# access, contacts, options


def project_access_check(api: Api, call: Call[Caller]) -> Reply:
    project = _project(api, call)
    contact = api.visible_contact(call, call.params["contactid"])
    if not call.principal.is_staff and contact["id"] != call.principal.contact_id:
        raise ApiError(403, "Only Staff contacts may check the access of other contacts")
    who = Caller(contact["id"], contact["type"], contact["companyid"])
    record = {
        "projectid": project["id"],
        "contactid": contact["id"],
        "access": api.project_visible(who, project),
    }
    return Reply({"access": record, "count": 1, "status": SUCCESS})


def project_contacts_list(api: Api, call: Call[Caller]) -> Reply:
    project = _project(api, call)
    contacts = [c for cid in project["contactids"] if (c := api.store.contacts.find(cid)) is not None]
    return api.list_reply(call, "contacts", api.contact_records(call, contacts))


def project_contacts_update(api: Api, call: Call[Caller]) -> Reply:
    _require_project_permission(api, call, "edit")
    project = _project(api, call)
    ids = _members(api, call, call.body)
    remove = bool(call.body.get("remove", False))
    if remove and project["managerid"] in ids:
        raise ApiError(400, f"Contact {project['managerid']} manages this project and cannot be removed")
    api.update_links(project, "contactids", ids, remove)
    return written("Project Contacts Updated", [project_detail(project)])


def _settings(project: Row) -> Row:
    # A project that never set an option has the account's default (/settings/projects).
    return {"id": project["id"], **{key: project.get(key, PROJECT_SETTINGS[key]) for key in SETTINGS_KEYS}}


def project_settings_get(api: Api, call: Call[Caller]) -> Reply:
    project = _project(api, call)
    return Reply({"settings": _settings(project), "count": 1, "status": SUCCESS})


def project_settings_update(api: Api, call: Call[Caller]) -> Reply:
    _require_project_permission(api, call, "edit")
    project = _project(api, call)
    project.update({key: bool(call.body[key]) for key in SETTINGS_KEYS if key in call.body})
    api.store.touch(project)
    return written("Project Settings Updated", [project_detail(project)])


# what the top-level lists show of one project, and their creates with the project fixed


def project_files_list(api: Api, call: Call[Caller]) -> Reply:
    project = _project(api, call)
    files = [
        f
        for f in api.store.files.all()
        if (handlers_items.file_project(api, f) or {}).get("id") == project["id"]
    ]
    return handlers_items.files_reply(api, call, files)


_add_message = create_handler(handlers_items.MESSAGES)


def _with_project(create: HandlerFunction) -> HandlerFunction:
    """The top-level create, its body completed with the project the path names."""

    def create_in_project(api: Api, call: Call[Caller]) -> Reply:
        project = _project(api, call)
        return create(api, dataclasses.replace(call, body={**call.body, "projectid": project["id"]}))

    return create_in_project


def project_messages_create(api: Api, call: Call[Caller]) -> Reply:
    project = _project(api, call)
    body = call.body
    task = None if body.get("taskid") is None else api.store.tasks.find(body["taskid"])
    if task is not None and task["projectid"] != project["id"]:
        raise MissingReference(f"'taskid': task {task['id']} not found in project {project['id']}")
    original = (
        None if body.get("originalmessageid") is None else api.store.messages.find(body["originalmessageid"])
    )
    if original is not None and original["projectid"] != project["id"]:
        raise MissingReference(
            f"'originalmessageid': message {original['id']} not found in project {project['id']}"
        )
    return _add_message(api, dataclasses.replace(call, body={**body, "projectid": project["id"]}))


# bookmarks


def _bookmark_record(api: Api, call: Call[Caller], bookmark: Row) -> Row:
    keys = ("id", "title", "url", "description", "projectid", "date", "lastmodified")
    return {key: bookmark[key] for key in keys}


def _bookmark_visible(api: Api, caller: Caller, bookmark: Row) -> bool:
    return api.project_visible(caller, api.store.projects.find(bookmark["projectid"]))


def _new_bookmark(api: Api, call: Call[Caller], body: Mapping[str, Any], row: Row) -> Row:
    if len(api.store.bookmarks.where(projectid=row["projectid"])) >= MAX_BOOKMARKS_PER_PROJECT:
        raise ApiError(400, f"A project holds at most {MAX_BOOKMARKS_PER_PROJECT} bookmarks")
    return {
        **row,
        "title": body["title"],
        "url": body["url"],
        "description": body.get("description", ""),
        "date": api.store.now_text(),
    }


def _change_bookmark(api: Api, call: Call[Caller], bookmark: Row, body: Mapping[str, Any]) -> Row:
    return {key: body[key] for key in ("title", "url", "description") if key in body}


HANDLERS: dict[str, HandlerFunction] = {
    "projectsCreate": projects_create,
    "projectsComplete": projects_complete,
    "projectsReactivate": projects_reactivate,
    "projectsAdjustDates": projects_adjust_dates,
    "projectsListOverdue": projects_list_overdue,
    "projectsListOvertime": projects_list_overtime,
    "projectAccessCheck": project_access_check,
    "projectContactsList": project_contacts_list,
    "projectContactsUpdate": project_contacts_update,
    "projectSettingsGet": project_settings_get,
    "projectSettingsUpdate": project_settings_update,
    "projectExpensesCreate": _with_project(create_handler(handlers_items.EXPENSES)),
    "projectFilesList": project_files_list,
    "projectInvoicesCreate": _with_project(handlers_invoices.invoices_create),
    "projectMessagesCreate": project_messages_create,
}

KINDS: list[Kind] = [
    Kind(
        resource="projects",
        label="Project",
        singular="project",
        plural="projects",
        table=lambda store: store.projects,
        show=_show_project,
        visible=lambda api, caller, project: api.project_visible(caller, project),
        parents={"companyid": Parent("companyid", Api.visible_company)},
        change=_change,
        may_write=app_permission(PERMISSION_PROJECTS),
        detail=project_detail,
        on_delete=_delete_with_dependents,
    ),
    Kind(
        resource="bookmarks",
        label="Bookmark",
        singular="bookmark",
        plural="bookmarks",
        table=lambda store: store.bookmarks,
        show=_bookmark_record,
        visible=_bookmark_visible,
        parents={"projectid": Parent("projectid", Api.visible_project)},
        build=_new_bookmark,
        change=_change_bookmark,
        may_write=staff_only,
        detail=id_and_title,
    ),
]
