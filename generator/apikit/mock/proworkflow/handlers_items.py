"""Events, expenses, files, custom folders, messages, notes and project requests.

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
- Project requests: clients file them for their own company; staff name the requester (``contactid``),
  whose company the request is for.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from apikit.mock.engine import ApiError, Call, Reply
from apikit.mock.proworkflow.crud import Kind
from apikit.mock.proworkflow.handlers import (
    Api,
    Caller,
    HandlerFunction,
    MissingReference,
    created,
    decode_base64,
    written,
)
from apikit.mock.proworkflow.store import STAFF
from apikit.mock.table import Row

MAX_CONTENT_BYTES = 1024 * 1024


def _named(row: Row, key: str = "title") -> Row:
    return {"id": row["id"], key: row[key]}


# events


def _event(api: Api, call: Call[Caller]) -> Row:
    event = api.store.events.find(call.params["eventid"])
    if event is None or not api.shared_with(call.principal, event["contactids"]):
        raise ApiError(404, f"Event {call.params['eventid']} not found")
    return event


def _check_times(start: str, end: str) -> None:
    if end < start:
        raise ApiError(400, "'endtime' cannot be before 'starttime'")


def events_list(api: Api, call: Call[Caller]) -> Reply:
    caller, staff_view = call.principal, api.staff_view(call)
    records = [
        api.store.event_record(e, staff_view=staff_view)
        for e in api.store.events.all()
        if api.shared_with(caller, e["contactids"])
    ]
    return api.list_reply(call, "events", records)


def events_create(api: Api, call: Call[Caller]) -> Reply:
    api.require_staff(call)
    body = call.body
    start, end = api.resolve_datetime(body["starttime"]), api.resolve_datetime(body["endtime"])
    _check_times(start, end)
    row = {
        "title": body["title"],
        "description": body.get("description", ""),
        "starttime": start,
        "endtime": end,
        "contactids": api.contact_ids(call, body.get("contacts", "me"), "contacts", staff_only=True),
    }
    event = api.store.insert(api.store.events, row)
    return created("Event Added", [_named(event)])


def events_get(api: Api, call: Call[Caller]) -> Reply:
    return api.item_reply("event", api.store.event_record(_event(api, call), staff_view=api.staff_view(call)))


def events_update(api: Api, call: Call[Caller]) -> Reply:
    api.require_staff(call)
    event = _event(api, call)
    body = dict(call.body or {})
    changes: Row = {key: api.resolve_datetime(body[key]) for key in ("starttime", "endtime") if key in body}
    if "contacts" in body:
        changes["contactids"] = api.contact_ids(call, body["contacts"], "contacts", staff_only=True)
    changes |= {key: body[key] for key in ("title", "description") if key in body}
    if "title" in changes and not str(changes["title"]).strip():
        raise ApiError(400, "'title' cannot be empty")
    _check_times(
        str(changes.get("starttime", event["starttime"])), str(changes.get("endtime", event["endtime"]))
    )
    event.update(changes)
    api.store.touch(event)
    return written("Event Updated", [_named(event)])


def events_delete(api: Api, call: Call[Caller]) -> Reply:
    api.require_staff(call)
    event = _event(api, call)
    api.store.events.delete(event["id"])
    return written("Event Deleted", [_named(event)])


# expenses


def _expense_visible(api: Api, caller: Caller, expense: Row) -> bool:
    return api.project_visible(caller, api.store.projects.find(expense["projectid"]))


def _expense(api: Api, call: Call[Caller]) -> Row:
    expense = api.store.expenses.find(call.params["expenseid"])
    if expense is None or not _expense_visible(api, call.principal, expense):
        raise ApiError(404, f"Expense {call.params['expenseid']} not found")
    return expense


def expenses_list(api: Api, call: Call[Caller]) -> Reply:
    return expenses_reply(api, call, api.store.expenses.all())


def expenses_reply(api: Api, call: Call[Caller], expenses: Iterable[Row]) -> Reply:
    """The list answer for those of ``expenses`` the caller may see (also under a project)."""
    shown = [e for e in expenses if _expense_visible(api, call.principal, e)]
    return api.list_reply(call, "expenses", [api.store.expense_record(e) for e in shown])


def expenses_create(api: Api, call: Call[Caller]) -> Reply:
    api.require_staff(call)
    body = call.body
    if api.store.projects.find(body["projectid"]) is None:
        raise MissingReference(f"'projectid': project {body['projectid']} not found")
    row = {
        "name": body["name"],
        "description": body.get("description", ""),
        "cost": float(body["cost"]),
        "date": api.resolve_optional_date(body.get("date"), api.store.today_text()),
        "projectid": body["projectid"],
        "contactid": call.principal.contact_id,
        "invoiced": bool(body.get("invoiced", False)),
        "taxable": bool(body.get("taxable", True)),
        "categoryid": None,
    }
    expense = api.store.insert(api.store.expenses, row)
    return created("Expense Added", [_named(expense, "name")])


def expenses_get(api: Api, call: Call[Caller]) -> Reply:
    return api.item_reply("expense", api.store.expense_record(_expense(api, call)))


def expenses_update(api: Api, call: Call[Caller]) -> Reply:
    api.require_staff(call)
    expense = _expense(api, call)
    body = dict(call.body or {})
    if "name" in body and not str(body["name"]).strip():
        raise ApiError(400, "'name' cannot be empty")
    if "date" in body:
        expense["date"] = api.resolve_optional_date(body.pop("date"), api.store.today_text())
    for key, value in body.items():
        expense[key] = float(value) if key == "cost" else value
    api.store.touch(expense)
    return written("Expense Updated", [_named(expense, "name")])


def expenses_delete(api: Api, call: Call[Caller]) -> Reply:
    api.require_staff(call)
    expense = _expense(api, call)
    api.store.expenses.delete(expense["id"])
    return written("Expense Deleted", [_named(expense, "name")])


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


def _file(api: Api, call: Call[Caller]) -> Row:
    file = api.store.files.find(call.params["fileid"])
    if file is None or not _file_visible(api, call.principal, file):
        raise ApiError(404, f"File {call.params['fileid']} not found")
    return file


def files_list(api: Api, call: Call[Caller]) -> Reply:
    return files_reply(api, call, api.store.files.all())


def files_reply(api: Api, call: Call[Caller], files: Iterable[Row]) -> Reply:
    """The list answer for those of ``files`` the caller may see (also under a task or project)."""
    staff_view = api.staff_view(call)
    shown = [f for f in files if _file_visible(api, call.principal, f)]
    return api.list_reply(call, "files", [api.store.file_record(f, staff_view=staff_view) for f in shown])


def files_create(api: Api, call: Call[Caller]) -> Reply:
    body = call.body
    places = [key for key in ("projectid", "taskid", "folderid") if body.get(key) is not None]
    if len(places) != 1:
        raise ApiError(400, "Send exactly one of 'projectid', 'taskid' or 'folderid'")
    place = places[0]
    table = {"projectid": api.store.projects, "taskid": api.store.tasks, "folderid": api.store.folders}[place]
    if table.find(body[place]) is None:
        raise MissingReference(f"'{place}': {table.kind.lower()} {body[place]} not found")
    decode_base64(body["content"], "content")
    row: Row = {
        "name": body["name"],
        "projectid": body.get("projectid"),
        "taskid": body.get("taskid"),
        "folderid": body.get("folderid"),
        "contactids": "all",
        "date": api.store.now_text(),
        "content": "".join(str(body["content"]).split()),
    }
    if not _file_visible(api, call.principal, row):
        raise ApiError(403, "You cannot add files there")
    file = api.store.insert(api.store.files, row)
    return created("File Added", [_named(file, "name")])


def files_get(api: Api, call: Call[Caller]) -> Reply:
    file = _file(api, call)
    record = api.store.file_record(file, staff_view=api.staff_view(call))
    if call.params.get("content") and record["size"] <= MAX_CONTENT_BYTES:
        record["content"] = file["content"]
    return api.item_reply("file", record)


def files_delete(api: Api, call: Call[Caller]) -> Reply:
    api.require_staff(call)
    file = _file(api, call)
    remove_file(api, file)
    return written("File Deleted", [_named(file, "name")])


def remove_file(api: Api, file: Row) -> None:
    """Delete a file and take it off the messages it was attached to."""
    api.store.files.delete(file["id"])
    for message in api.store.messages.all():
        message["fileids"] = [fid for fid in message["fileids"] if fid != file["id"]]


def _folder_visible(api: Api, caller: Caller, folder: Row) -> bool:
    project = api.store.projects.find(folder["projectid"])
    return api.project_visible(caller, project) and api.shared_with(caller, folder["contactids"])


def folders_list(api: Api, call: Call[Caller]) -> Reply:
    staff_view = api.staff_view(call)
    folders = [f for f in api.store.folders.all() if _folder_visible(api, call.principal, f)]
    return api.list_reply(
        call, "folders", [api.store.folder_record(f, staff_view=staff_view) for f in folders]
    )


def folders_create(api: Api, call: Call[Caller]) -> Reply:
    api.require_staff(call)
    body = call.body
    if api.store.projects.find(body["projectid"]) is None:
        raise MissingReference(f"'projectid': project {body['projectid']} not found")
    row = {
        "name": body["name"],
        "projectid": body["projectid"],
        "contactids": api.assignment(call, body["contacts"], "contacts"),
    }
    folder = api.store.insert(api.store.folders, row)
    return created("Folder Added", [_named(folder, "name")])


def folders_get(api: Api, call: Call[Caller]) -> Reply:
    folder = api.store.folders.find(call.params["folderid"])
    if folder is None or not _folder_visible(api, call.principal, folder):
        raise ApiError(404, f"Folder {call.params['folderid']} not found")
    return api.item_reply("folder", api.store.folder_record(folder, staff_view=api.staff_view(call)))


# messages


def _message_visible(api: Api, caller: Caller, message: Row) -> bool:
    if caller.is_staff or caller.contact_id in message["contactids"]:
        return True
    project = api.store.projects.find(message["projectid"])
    return bool(message["public"]) and project is not None and api.project_visible(caller, project)


def _message(api: Api, call: Call[Caller]) -> Row:
    message = api.store.messages.find(call.params["messageid"])
    if message is None or not _message_visible(api, call.principal, message):
        raise ApiError(404, f"Message {call.params['messageid']} not found")
    return message


def messages_list(api: Api, call: Call[Caller]) -> Reply:
    return messages_reply(api, call, api.store.messages.all())


def messages_reply(api: Api, call: Call[Caller], messages: Iterable[Row]) -> Reply:
    """The list answer for those of ``messages`` the caller may see (also under a task or project)."""
    staff_view = api.staff_view(call)
    shown = [m for m in messages if _message_visible(api, call.principal, m)]
    return api.list_reply(
        call, "messages", [api.store.message_record(m, staff_view=staff_view) for m in shown]
    )


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


def messages_create(api: Api, call: Call[Caller]) -> Reply:
    body = call.body
    thread = _thread_start(api, call, body)
    files = body.get("files", body.get("fileid", ""))
    file_ids = api.existing_ids(files, "files", api.store.files.rows, "File")
    row = {
        **thread,
        "content": body["content"],
        "authorid": call.principal.contact_id,
        "public": bool(body.get("public", True)),
        "fileids": file_ids,
        "date": api.store.now_text(),
    }
    if call.principal.contact_id not in row["contactids"]:
        row["contactids"] = [*row["contactids"], call.principal.contact_id]
    message = api.store.insert(api.store.messages, row)
    return created("Message Added", [_named(message)])


def messages_get(api: Api, call: Call[Caller]) -> Reply:
    message = _message(api, call)
    staff_view = api.staff_view(call)
    record = api.store.message_record(message, staff_view=staff_view)
    project = api.store.projects.find(message["projectid"])
    if call.params.get("projectcontacts") and project is not None:
        record["projectcontacts"] = api.store.contact_refs(project["contactids"], staff_view=staff_view)
    return api.item_reply("message", record)


def _own_message(api: Api, call: Call[Caller]) -> Row:
    message = _message(api, call)
    if not call.principal.is_staff and message["authorid"] != call.principal.contact_id:
        raise ApiError(403, "Only Staff contacts or the author may change a message")
    return message


def messages_update(api: Api, call: Call[Caller]) -> Reply:
    message = _own_message(api, call)
    body = call.body or {}
    if "contacts" in body:
        message["contactids"] = _recipients(api, call, body["contacts"], message)
    if "public" in body:
        message["public"] = bool(body["public"])
    api.store.touch(message)
    return written("Message Updated", [_named(message)])


def messages_delete(api: Api, call: Call[Caller]) -> Reply:
    message = _own_message(api, call)
    api.store.messages.delete(message["id"])
    return written("Message Deleted", [_named(message)])


# notes


def _note(api: Api, call: Call[Caller]) -> Row:
    note = api.store.notes.find(call.params["noteid"])
    if note is None or not api.note_records(call, [note]):
        raise ApiError(404, f"Note {call.params['noteid']} not found")
    return note


def _category(api: Api, category_id: Any) -> int:
    if api.store.note_categories.find(category_id) is None:
        raise MissingReference(f"'categoryid': Note category {category_id} not found")
    return int(category_id)


def notes_list(api: Api, call: Call[Caller]) -> Reply:
    return api.list_reply(call, "notes", api.note_records(call, api.store.notes.all()))


def notes_create(api: Api, call: Call[Caller]) -> Reply:
    api.require_staff(call)
    body = call.body
    fields = {
        "title": body["title"],
        "content": body["content"],
        "categoryid": _category(api, body["categoryid"]),
        "contactids": api.assignment(call, body.get("contacts", "all"), "contacts"),
    }
    note = api.add_note(fields, company_id=None, contact_id=None)
    return created("Note Added", [_named(note)])


def notes_get(api: Api, call: Call[Caller]) -> Reply:
    return api.item_reply("note", api.store.note_record(_note(api, call), staff_view=api.staff_view(call)))


def notes_update(api: Api, call: Call[Caller]) -> Reply:
    api.require_staff(call)
    note = _note(api, call)
    body = dict(call.body or {})
    if "categoryid" in body:
        note["categoryid"] = _category(api, body.pop("categoryid"))
    if "contacts" in body:
        note["contactids"] = api.assignment(call, body.pop("contacts"), "contacts")
    if "content" in body and not str(body["content"]).strip():
        raise ApiError(400, "'content' cannot be empty")
    note.update({key: body[key] for key in ("title", "content") if key in body})
    api.store.touch(note)
    return written("Note Updated", [_named(note)])


def notes_delete(api: Api, call: Call[Caller]) -> Reply:
    api.require_staff(call)
    note = _note(api, call)
    api.store.notes.delete(note["id"])
    return written("Note Deleted", [_named(note)])


# project requests


def request_visible(api: Api, caller: Caller, request: Row) -> bool:
    """Staff see every request, a client its own company's, a contractor none."""
    return caller.is_staff or (caller.type == "client" and request["companyid"] == caller.company_id)


def project_requests_list(api: Api, call: Call[Caller]) -> Reply:
    requests = [r for r in api.store.project_requests.all() if request_visible(api, call.principal, r)]
    staff_view = api.staff_view(call)
    records = [api.store.project_request_record(r, staff_view=staff_view) for r in requests]
    return api.list_reply(call, "projectrequests", records)


def project_requests_create(api: Api, call: Call[Caller]) -> Reply:
    caller, body = call.principal, call.body
    if caller.type == "contractor":
        raise ApiError(403, "Contractors cannot request projects")
    client_id = caller.contact_id if caller.type == "client" else body.get("contactid")
    client = api.store.contacts.find(client_id)
    if client_id is not None and client is None:
        raise MissingReference(f"'contactid': contact {client_id} not found")
    recipient = (
        next(c for c in api.store.contacts.all() if c["type"] == STAFF) if caller.type == "client" else None
    )
    row = {
        "title": body["title"],
        "description": body.get("description", ""),
        "budget": float(body.get("budget", 0.0)),
        "companyid": None if client is None else client["companyid"],
        "clientid": client_id,
        "recipientid": caller.contact_id if recipient is None else recipient["id"],
        "startdate": api.resolve_optional_date(body.get("startdate")),
        "duedate": api.resolve_optional_date(body.get("duedate")),
        "submitteddate": api.store.now_text(),
        "apifields": [dict(item) for item in body.get("apifields", [])],
        **{key: str(body[key]) for key in ("customformtitle", "customformcontent") if key in body},
        "status": "pending",
        "projectid": None,
        "templateid": (api.project_setting("templateid", body.get("templateid")) or {}).get("id"),
    }
    request = api.store.insert(api.store.project_requests, row)
    return created("Project Request Added", [_named(request)])


HANDLERS: dict[str, HandlerFunction] = {
    "eventsList": events_list,
    "eventsCreate": events_create,
    "eventsGet": events_get,
    "eventsUpdate": events_update,
    "eventsDelete": events_delete,
    "expensesList": expenses_list,
    "expensesCreate": expenses_create,
    "expensesGet": expenses_get,
    "expensesUpdate": expenses_update,
    "expensesDelete": expenses_delete,
    "filesList": files_list,
    "filesCreate": files_create,
    "filesGet": files_get,
    "filesDelete": files_delete,
    "foldersList": folders_list,
    "foldersCreate": folders_create,
    "foldersGet": folders_get,
    "messagesList": messages_list,
    "messagesCreate": messages_create,
    "messagesGet": messages_get,
    "messagesUpdate": messages_update,
    "messagesDelete": messages_delete,
    "notesList": notes_list,
    "notesCreate": notes_create,
    "notesGet": notes_get,
    "notesUpdate": notes_update,
    "notesDelete": notes_delete,
    "projectRequestsList": project_requests_list,
    "projectRequestsCreate": project_requests_create,
}

KINDS: list[Kind] = []
