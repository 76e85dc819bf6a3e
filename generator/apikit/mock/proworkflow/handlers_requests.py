"""Project requests (file, read, edit, approve into a project, decline), shared notes and the workload.

- Project requests: clients file them for their own company; staff name the requester
  (``contactid``), whose company the request is for; contractors cannot file one. Clients read
  their own company's, staff every one; only staff change them. Only a pending request can be
  edited, approved or declined (400 otherwise). Approving makes a project from it (title,
  description, start and due dates, the request's company, what its project template gives;
  ``number`` ``auto`` takes the next number of the autonumbering scheme ``autonumberid`` names, else
  of the default one) managed by the contact the request was sent to when that is a staff contact
  (the Advanced plan's rule), else by the approver; ``clientaccess`` puts the requesting client on
  the project. The answer names the new project, and the request keeps its id (``projectid``).
- Shared notes hang off a project and are read by everyone who sees the project; staff add, edit
  and delete them. The author is the caller.
- Workload: per staff contact and working day (weekends left out) from ``datefrom`` to ``dateto``,
  the minutes of work scheduled. Each active task with a due date from today on spreads its
  remaining time (allocated less tracked, never below 0) evenly over the working days from its
  start (today at the earliest) to its due date, shared equally among its staff assignees;
  ``mode=availability`` answers ``availableminutes`` less that (negative when overbooked). Staff
  only.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import date, datetime, timedelta
from typing import Any

from apikit.mock.engine import ApiError, Call, Reply
from apikit.mock.proworkflow.crud import Kind, Parent, id_and_title
from apikit.mock.proworkflow.handlers import (
    Api,
    Caller,
    HandlerFunction,
    MissingReference,
    project_detail,
    written,
)
from apikit.mock.proworkflow.store import STAFF, TIMESTAMP_FORMAT, date_part, format_timestamp
from apikit.mock.table import Row

PENDING, APPROVED, DECLINED = "pending", "approved", "declined"
SATURDAY = 5

# --- project requests ------------------------------------------------------------------------------


def _request_visible(api: Api, caller: Caller, request: Row) -> bool:
    """Staff see every request, a client its own company's, a contractor none."""
    return caller.is_staff or (caller.type == "client" and request["companyid"] == caller.company_id)


def _show_request(api: Api, call: Call[Caller], request: Row) -> Row:
    return api.store.project_request_record(request, staff_view=api.staff_view(call))


def _may_write_request(api: Api, call: Call[Caller]) -> None:
    """Clients and staff file requests; only staff change them."""
    if call.operation.method != "post":
        api.require_staff(call)
    elif call.principal.type == "contractor":
        raise ApiError(403, "Contractors cannot request projects")


def _build_request(api: Api, call: Call[Caller], body: Mapping[str, Any], row: Row) -> Row:
    caller = call.principal
    client_id = caller.contact_id if caller.type == "client" else body.get("contactid")
    client = api.store.contacts.find(client_id)
    if client_id is not None and client is None:
        raise MissingReference(f"'contactid': contact {client_id} not found")
    recipient = (
        next(c for c in api.store.contacts.all() if c["type"] == STAFF) if caller.type == "client" else None
    )
    return {
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
        "status": PENDING,
        "projectid": None,
        "templateid": (api.project_setting("templateid", body.get("templateid")) or {}).get("id"),
    }


def _require_pending(request: Row, action: str) -> None:
    if request["status"] != PENDING:
        raise ApiError(400, f"Project request {request['id']} is {request['status']}; it cannot be {action}")


def _change_request(api: Api, call: Call[Caller], request: Row, body: Mapping[str, Any]) -> Row:
    """A partial edit of a pending request; an empty string clears a date."""
    _require_pending(request, "edited")
    changes: Row = {key: body[key] for key in ("title", "description") if key in body}
    if "title" in changes and not str(changes["title"]).strip():
        raise ApiError(400, "'title' cannot be empty")
    if "budget" in body:
        changes["budget"] = float(body["budget"])
    for key in ("startdate", "duedate"):
        if key in body:
            changes[key] = api.resolve_optional_date(body[key])
    for key in ("apifields", "customfields"):
        if key in body:
            changes[key] = [dict(item) for item in body[key]]
    return changes


PROJECT_REQUESTS = Kind(
    resource="projectrequests",
    label="Project Request",
    singular="projectrequest",
    plural="projectrequests",
    table=lambda store: store.project_requests,
    show=_show_request,
    visible=_request_visible,
    build=_build_request,
    change=_change_request,
    may_write=_may_write_request,
    detail=id_and_title,
)


def _pending_request(api: Api, call: Call[Caller], action: str) -> Row:
    api.require_staff(call)
    request_id = call.params["projectrequestid"]
    request = api.store.project_requests.find(request_id)
    if request is None:
        raise ApiError(404, f"Project Request {request_id} not found")
    _require_pending(request, action)
    return request


def _manager(api: Api, call: Call[Caller], request: Row) -> int:
    recipient = api.store.contacts.find(request["recipientid"])
    if recipient is not None and recipient["type"] == STAFF:
        return int(recipient["id"])
    return call.principal.contact_id


def project_requests_approve(api: Api, call: Call[Caller]) -> Reply:
    request = _pending_request(api, call, "approved")
    body = call.body or {}
    number = str(body.get("number", "auto"))
    fields: Row = {
        "title": request["title"],
        "description": request["description"],
        "managerid": str(_manager(api, call, request)),
        **({} if number == "auto" else {"number": number}),
        **({"autonumberid": body["autonumberid"]} if "autonumberid" in body else {}),
        **({"templateid": request["templateid"]} if request.get("templateid") is not None else {}),
        **{key: date_part(request[key]) for key in ("startdate", "duedate") if request[key]},
    }
    client = api.store.contacts.find(request["clientid"]) if body.get("clientaccess") else None
    project = api.add_project(call, fields, request["companyid"], client)
    request["status"] = APPROVED
    request["projectid"] = project["id"]
    api.store.touch(request)
    return written("Project Request Approved", [project_detail(project)])


def project_requests_decline(api: Api, call: Call[Caller]) -> Reply:
    request = _pending_request(api, call, "declined")
    request["status"] = DECLINED
    api.store.touch(request)
    return written("Project Request Declined", [id_and_title(request)])


# --- shared notes ------------------------------------------------------------------------------------


def _note_visible(api: Api, caller: Caller, note: Row) -> bool:
    return api.project_visible(caller, api.store.projects.find(note["projectid"]))


def _show_note(api: Api, call: Call[Caller], note: Row) -> Row:
    return api.store.shared_note_record(note)


def _build_note(api: Api, call: Call[Caller], body: Mapping[str, Any], row: Row) -> Row:
    project_id = row.get("projectid", body.get("projectid"))
    if api.store.projects.find(project_id) is None:
        raise MissingReference(f"'projectid': project {project_id} not found")
    return {
        "projectid": project_id,
        "title": body["title"],
        "content": body.get("content", ""),
        "authorid": call.principal.contact_id,
        "date": api.store.now_text(),
    }


def _change_note(api: Api, call: Call[Caller], note: Row, body: Mapping[str, Any]) -> Row:
    changes: Row = {key: body[key] for key in ("title", "content") if key in body}
    if "title" in changes and not str(changes["title"]).strip():
        raise ApiError(400, "'title' cannot be empty")
    return changes


SHARED_NOTES = Kind(
    resource="sharednotes",
    label="Shared Note",
    singular="sharednote",
    plural="sharednotes",
    table=lambda store: store.shared_notes,
    show=_show_note,
    visible=_note_visible,
    parents={"projectid": Parent("projectid", Api.visible_project)},
    build=_build_note,
    change=_change_note,
    detail=id_and_title,
)

# --- workload ---------------------------------------------------------------------------------------


def _day(timestamp: str) -> date:
    return datetime.strptime(timestamp, TIMESTAMP_FORMAT).date()


def working_days(first: date, last: date) -> Iterator[date]:
    day = first
    while day <= last:
        if day.weekday() < SATURDAY:
            yield day
        day += timedelta(days=1)


def _tracked(api: Api, task_id: int) -> int:
    return sum(r["timetracked"] for r in api.store.time_records.all() if r["taskid"] == task_id)


def scheduled_minutes(api: Api, today: date) -> dict[tuple[int, date], float]:
    """Minutes of work per (staff contact, working day) from the active tasks that are not overdue."""
    staff = set(api.store.staff_ids())
    minutes: dict[tuple[int, date], float] = {}
    for task in api.store.tasks.all():
        due = task.get("duedate") or ""
        assignees = [cid for cid in task["contactids"] if cid in staff]
        if task["status"] != "active" or not due or _day(due) < today or not assignees:
            continue
        start = max(_day(task["startdate"]) if task.get("startdate") else today, today)
        days = list(working_days(start, _day(due)))
        remaining = max(task.get("timeallocated", 0) - _tracked(api, task["id"]), 0)
        if not days or not remaining:
            continue
        share = remaining / len(days) / len(assignees)
        for contact_id in assignees:
            for day in days:
                minutes[(contact_id, day)] = minutes.get((contact_id, day), 0.0) + share
    return minutes


def _workload_contacts(api: Api, call: Call[Caller], value: str) -> list[int]:
    staff = api.store.staff_ids()
    if value == "all":
        return staff
    wanted = set(api.contact_ids(call, value, "contacts"))
    return [contact_id for contact_id in staff if contact_id in wanted]


def workload_get(api: Api, call: Call[Caller]) -> Reply:
    api.require_staff(call)
    params = call.params
    today = api.store.now().date()
    first = _day(api.resolve_date(str(params.get("datefrom") or "+0d")))
    last = _day(api.resolve_date(str(params.get("dateto") or "+2w")))
    mode = str(params.get("mode") or "workload")
    available = int(params.get("availableminutes", 480))
    scheduled = scheduled_minutes(api, today)
    rows = []
    for contact_id in _workload_contacts(api, call, str(params.get("contacts") or "all")):
        minutes = [round(scheduled.get((contact_id, day), 0.0)) for day in working_days(first, last)]
        if mode == "availability":
            minutes = [available - work for work in minutes]
        days = [
            {"date": format_timestamp(datetime(day.year, day.month, day.day)), "minutes": count}
            for day, count in zip(working_days(first, last), minutes, strict=True)
        ]
        name = api.store.contact_name(contact_id)
        rows.append({"contactid": contact_id, "contactname": name, "days": days, "total": sum(minutes)})
    return Reply({"count": len(rows), "status": "Success", "mode": mode, "workload": rows})


HANDLERS: dict[str, HandlerFunction] = {
    "projectRequestsApprove": project_requests_approve,
    "projectRequestsDecline": project_requests_decline,
    "workloadGet": workload_get,
}
KINDS: list[Kind] = [PROJECT_REQUESTS, SHARED_NOTES]
