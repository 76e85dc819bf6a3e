"""Events, expenses, files, custom folders, messages and notes.

- Events belong to staff: every id in ``contacts`` must be a staff contact (``me`` is the caller);
  the end may not be before the start.
- Expenses hang off an existing project; ``date`` defaults to today; the caller is the contact.
- Files: base64 ``content`` plus exactly one of ``projectid``, ``taskid``, ``folderid``; the size is
  that of the decoded bytes; ``GET /files/{id}?content=true`` returns the content for files up to
  1 MB. Non-staff callers may add files to projects they can see.
- Messages start a discussion (``title``, ``contacts`` and ``projectid`` or ``taskid``) or reply to
  one (``originalmessageid``; title and project come from the first message). Only contacts,
  notifications and the public flag can be edited, by staff or the author.
- Notes need an existing category; ``contacts`` ``all`` (the default) shares them with all staff.

All of it is ordinary CRUD (:class:`.crud.Kind`); the lists and creates under a project or a task
are these kinds narrowed to it (:mod:`.handlers_projects`, :mod:`.handlers_tasks`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from apikit.mock.engine import ApiError, Call, Reply
from apikit.mock.proworkflow.crud import Kind, Parent, anyone, id_and_name, id_and_title
from apikit.mock.proworkflow.handlers import (
    Api,
    Caller,
    HandlerFunction,
    MissingReference,
    decode_base64,
)
from apikit.mock.table import Row

MAX_CONTENT_BYTES = 1024 * 1024
IN_PROJECT = Parent("projectid", Api.visible_project)
IN_TASK = Parent("taskid", Api.visible_task)


def _existing_project(api: Api, project_id: Any) -> Any:
    if api.store.projects.find(project_id) is None:
        raise MissingReference(f"'projectid': project {project_id} not found")
    return project_id


# events


def _check_times(start: str, end: str) -> None:
    if end < start:
        raise ApiError(400, "'endtime' cannot be before 'starttime'")


def _build_event(api: Api, call: Call[Caller], body: Mapping[str, Any], row: Row) -> Row:
    start, end = api.resolve_datetime(body["starttime"]), api.resolve_datetime(body["endtime"])
    _check_times(start, end)
    return {
        "title": body["title"],
        "description": body.get("description", ""),
        "starttime": start,
        "endtime": end,
        "contactids": api.contact_ids(call, body.get("contacts", "me"), "contacts", staff_only=True),
    }


def _change_event(api: Api, call: Call[Caller], event: Row, body: Mapping[str, Any]) -> Row:
    changes: Row = {key: api.resolve_datetime(body[key]) for key in ("starttime", "endtime") if key in body}
    if "contacts" in body:
        changes["contactids"] = api.contact_ids(call, body["contacts"], "contacts", staff_only=True)
    changes |= {key: body[key] for key in ("title", "description") if key in body}
    if "title" in changes and not str(changes["title"]).strip():
        raise ApiError(400, "'title' cannot be empty")
    _check_times(
        str(changes.get("starttime", event["starttime"])), str(changes.get("endtime", event["endtime"]))
    )
    return changes


EVENTS = Kind(
    resource="events",
    label="Event",
    singular="event",
    plural="events",
    table=lambda store: store.events,
    show=lambda api, call, event: api.store.event_record(event, staff_view=api.staff_view(call)),
    visible=lambda api, caller, event: api.shared_with(caller, event["contactids"]),
    build=_build_event,
    change=_change_event,
    detail=id_and_title,
)

# expenses


def _expense_visible(api: Api, caller: Caller, expense: Row) -> bool:
    return api.project_visible(caller, api.store.projects.find(expense["projectid"]))


def _build_expense(api: Api, call: Call[Caller], body: Mapping[str, Any], row: Row) -> Row:
    project_id = _existing_project(api, body["projectid"])
    return {
        "name": body["name"],
        "description": body.get("description", ""),
        "cost": float(body["cost"]),
        "date": api.resolve_optional_date(body.get("date"), api.store.today_text()),
        "projectid": project_id,
        "contactid": call.principal.contact_id,
        "invoiced": bool(body.get("invoiced", False)),
        "taxable": bool(body.get("taxable", True)),
        "categoryid": None,
    }


def _change_expense(api: Api, call: Call[Caller], expense: Row, body: Mapping[str, Any]) -> Row:
    if "name" in body and not str(body["name"]).strip():
        raise ApiError(400, "'name' cannot be empty")
    changes = dict(body)
    if "date" in changes:
        changes["date"] = api.resolve_optional_date(changes["date"], api.store.today_text())
    if "cost" in changes:
        changes["cost"] = float(changes["cost"])
    return changes


EXPENSES = Kind(
    resource="expenses",
    label="Expense",
    singular="expense",
    plural="expenses",
    table=lambda store: store.expenses,
    show=lambda api, call, expense: api.store.expense_record(expense),
    visible=_expense_visible,
    # The create under a project checks the project before the caller (handlers_projects).
    parents={"projectid": IN_PROJECT},
    build=_build_expense,
    change=_change_expense,
    detail=id_and_name,
)

# files and folders


def file_project(api: Api, file: Row) -> Row | None:
    task = api.store.tasks.find(file.get("taskid"))
    folder = api.store.folders.find(file.get("folderid"))
    project_id = file.get("projectid") or (task or folder or {}).get("projectid")
    return api.store.projects.find(project_id)


def _file_visible(api: Api, caller: Caller, file: Row) -> bool:
    if caller.type == "contractor" and file["taskid"] is not None:
        task = api.store.tasks.find(file["taskid"])
        return (
            task is not None
            and api.task_visible(caller, task)
            and api.shared_with(caller, file["contactids"])
        )
    project_ok = api.project_visible(caller, file_project(api, file))
    return project_ok and api.shared_with(caller, file["contactids"])


def _show_file(api: Api, call: Call[Caller], file: Row) -> Row:
    return api.store.file_record(file, staff_view=api.staff_view(call))


def _show_file_content(api: Api, call: Call[Caller], file: Row) -> Row:
    record = _show_file(api, call, file)
    if call.params.get("content") and record["size"] <= MAX_CONTENT_BYTES:
        record["content"] = file["content"]
    return record


def files_reply(api: Api, call: Call[Caller], files: Iterable[Row]) -> Reply:
    """The list answer for those of ``files`` the caller may see."""
    shown = [f for f in files if _file_visible(api, call.principal, f)]
    return api.list_reply(call, "files", [_show_file(api, call, f) for f in shown])


def _build_file(api: Api, call: Call[Caller], body: Mapping[str, Any], row: Row) -> Row:
    fields = {**body, **row}  # the task or project the path names wins over the body's
    places = [key for key in ("projectid", "taskid", "folderid") if fields.get(key) is not None]
    if len(places) != 1:
        raise ApiError(400, "Send exactly one of 'projectid', 'taskid' or 'folderid'")
    place = places[0]
    table = {"projectid": api.store.projects, "taskid": api.store.tasks, "folderid": api.store.folders}[place]
    if table.find(fields[place]) is None:
        raise MissingReference(f"'{place}': {table.kind.lower()} {fields[place]} not found")
    decode_base64(fields["content"], "content")
    file: Row = {
        "name": fields["name"],
        "projectid": fields.get("projectid"),
        "taskid": fields.get("taskid"),
        "folderid": fields.get("folderid"),
        "contactids": "all",
        "date": api.store.now_text(),
        "content": "".join(str(fields["content"]).split()),
    }
    if not _file_visible(api, call.principal, file):
        raise ApiError(403, "You cannot add files there")
    return file


def _staff_delete_files(api: Api, call: Call[Caller]) -> None:
    """Whoever may see a place may add a file there (:func:`_build_file`); only staff delete one."""
    if call.operation.method == "delete":
        api.require_staff(call)


def _detach_file(api: Api, file: Row) -> None:
    for message in api.store.messages.all():
        message["fileids"] = [fid for fid in message["fileids"] if fid != file["id"]]


def remove_file(api: Api, file: Row) -> None:
    """Delete a file and take it off the messages it was attached to."""
    api.store.files.delete(file["id"])
    _detach_file(api, file)


FILES = Kind(
    resource="files",
    label="File",
    singular="file",
    plural="files",
    table=lambda store: store.files,
    show=_show_file,
    show_one=_show_file_content,
    visible=_file_visible,
    # /projects/{id}/files also lists the files of the project's tasks and folders
    # (handlers_projects); its create is this one.
    parents={"projectid": IN_PROJECT, "taskid": IN_TASK},
    build=_build_file,
    may_write=_staff_delete_files,
    detail=id_and_name,
    on_delete=lambda api, call, file: _detach_file(api, file),
)


def _folder_visible(api: Api, caller: Caller, folder: Row) -> bool:
    project = api.store.projects.find(folder["projectid"])
    return api.project_visible(caller, project) and api.shared_with(caller, folder["contactids"])


def _build_folder(api: Api, call: Call[Caller], body: Mapping[str, Any], row: Row) -> Row:
    return {
        "name": body["name"],
        "projectid": _existing_project(api, body["projectid"]),
        "contactids": api.assignment(call, body["contacts"], "contacts"),
    }


FOLDERS = Kind(
    resource="folders",
    label="Folder",
    singular="folder",
    plural="folders",
    table=lambda store: store.folders,
    show=lambda api, call, folder: api.store.folder_record(folder, staff_view=api.staff_view(call)),
    visible=_folder_visible,
    build=_build_folder,
    detail=id_and_name,
)

# messages


def _message_visible(api: Api, caller: Caller, message: Row) -> bool:
    if caller.is_staff or caller.contact_id in message["contactids"]:
        return True
    project = api.store.projects.find(message["projectid"])
    return bool(message["public"]) and project is not None and api.project_visible(caller, project)


def _show_message(api: Api, call: Call[Caller], message: Row) -> Row:
    return api.store.message_record(message, staff_view=api.staff_view(call))


def _show_message_and_project(api: Api, call: Call[Caller], message: Row) -> Row:
    record = _show_message(api, call, message)
    project = api.store.projects.find(message["projectid"])
    if call.params.get("projectcontacts") and project is not None:
        staff_view = api.staff_view(call)
        record["projectcontacts"] = api.store.contact_refs(project["contactids"], staff_view=staff_view)
    return record


def _thread_start(api: Api, call: Call[Caller], body: Mapping[str, Any]) -> Row:
    """Title, project and task of a new message: its own, or those of the discussion it answers."""
    original_id = body.get("originalmessageid")
    if original_id is not None:
        original = api.store.messages.find(original_id)
        if original is None or not _message_visible(api, call.principal, original):
            raise MissingReference(f"'originalmessageid': message {original_id} not found")
        root = original["originalmessageid"] or original["id"]
        contacts = body.get("contacts")
        contact_ids = (
            original["contactids"] if contacts is None else _recipients(api, call, contacts, original)
        )
        return {
            **{k: original[k] for k in ("title", "projectid", "taskid")},
            "originalmessageid": root,
            "contactids": contact_ids,
        }
    missing = [key for key in ("title", "contacts") if not body.get(key)]
    if missing or (body.get("projectid") is None and body.get("taskid") is None):
        name = missing[0] if missing else "projectid"
        raise ApiError(400, f"'{name}' is a required field for a new discussion")
    task = api.store.tasks.find(body.get("taskid")) if body.get("taskid") is not None else None
    if body.get("taskid") is not None and task is None:
        raise MissingReference(f"'taskid': task {body['taskid']} not found")
    project_id = body.get("projectid", None if task is None else task["projectid"])
    project = api.store.projects.find(project_id)
    if project is None or not api.project_visible(call.principal, project):
        raise MissingReference(f"'projectid': project {project_id} not found")
    contact_ids = _recipients(api, call, body["contacts"], {"projectid": project["id"]})
    return {
        "title": body["title"],
        "projectid": project["id"],
        "taskid": None if task is None else task["id"],
        "originalmessageid": None,
        "contactids": contact_ids,
    }


def _recipients(api: Api, call: Call[Caller], contacts: Any, thread: Mapping[str, Any]) -> list[int]:
    """Message recipients; ``all`` means everyone on the discussion's project."""
    ids = api.assignment(call, contacts, "contacts")
    if isinstance(ids, list):
        return ids
    project = api.store.projects.find(thread["projectid"])
    return [] if project is None else list(project["contactids"])


def _build_message(api: Api, call: Call[Caller], body: Mapping[str, Any], row: Row) -> Row:
    thread = _thread_start(api, call, body)
    files = body.get("files", body.get("fileid", ""))
    message = {
        **thread,
        "content": body["content"],
        "authorid": call.principal.contact_id,
        "public": bool(body.get("public", True)),
        "fileids": api.existing_ids(files, "files", api.store.files.rows, "File"),
        "date": api.store.now_text(),
    }
    if call.principal.contact_id not in message["contactids"]:
        message["contactids"] = [*message["contactids"], call.principal.contact_id]
    return message


def _require_author(api: Api, call: Call[Caller], message: Row) -> None:
    if not call.principal.is_staff and message["authorid"] != call.principal.contact_id:
        raise ApiError(403, "Only Staff contacts or the author may change a message")


def _change_message(api: Api, call: Call[Caller], message: Row, body: Mapping[str, Any]) -> Row:
    _require_author(api, call, message)
    changes: Row = {}
    if "contacts" in body:
        changes["contactids"] = _recipients(api, call, body["contacts"], message)
    if "public" in body:
        changes["public"] = bool(body["public"])
    return changes


MESSAGES = Kind(
    resource="messages",
    label="Message",
    singular="message",
    plural="messages",
    table=lambda store: store.messages,
    show=_show_message,
    show_one=_show_message_and_project,
    visible=_message_visible,
    # The creates under a project or a task check the discussion belongs there first (their modules).
    parents={"projectid": IN_PROJECT, "taskid": IN_TASK},
    build=_build_message,
    change=_change_message,
    may_write=anyone,
    detail=id_and_title,
    on_delete=_require_author,
)

# notes


def _category(api: Api, category_id: Any) -> int:
    if api.store.note_categories.find(category_id) is None:
        raise MissingReference(f"'categoryid': Note category {category_id} not found")
    return int(category_id)


def _build_note(api: Api, call: Call[Caller], body: Mapping[str, Any], row: Row) -> Row:
    fields = {
        "title": body["title"],
        "content": body["content"],
        "categoryid": _category(api, body["categoryid"]),
        "contactids": api.assignment(call, body.get("contacts", "all"), "contacts"),
    }
    return api.note_row(fields, company_id=None, contact_id=None)


def _change_note(api: Api, call: Call[Caller], note: Row, body: Mapping[str, Any]) -> Row:
    changes: Row = {key: body[key] for key in ("title", "content") if key in body}
    if "categoryid" in body:
        changes["categoryid"] = _category(api, body["categoryid"])
    if "contacts" in body:
        changes["contactids"] = api.assignment(call, body["contacts"], "contacts")
    if "content" in body and not str(body["content"]).strip():
        raise ApiError(400, "'content' cannot be empty")
    return changes


NOTES = Kind(
    resource="notes",
    label="Note",
    singular="note",
    plural="notes",
    table=lambda store: store.notes,
    show=lambda api, call, note: api.store.note_record(note, staff_view=api.staff_view(call)),
    visible=lambda api, caller, note: api.note_visible(caller, note),
    # A company's or a contact's notes are listed here; the other calls under them answer in their
    # own words (handlers_companies, handlers_contacts).
    parents={
        "companyid": Parent("companyid", Api.visible_company),
        "contactid": Parent("contactid", Api.visible_contact),
    },
    build=_build_note,
    change=_change_note,
    detail=id_and_title,
)

HANDLERS: dict[str, HandlerFunction] = {}
KINDS: list[Kind] = [EVENTS, EXPENSES, FILES, FOLDERS, MESSAGES, NOTES]
