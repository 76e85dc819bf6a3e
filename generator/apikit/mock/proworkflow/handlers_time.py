"""Time records: tracked time, running timers and their stop.

- A time record belongs to a task and a contact (``contactid``, ``me`` by default). Staff may record
  time for any staff contact or contractor, contractors only for themselves on tasks assigned to
  them (with the "Time" app permission); clients never. The period is one of ``starttime`` &
  ``endtime``, ``starttime`` & ``timetracked``, ``endtime`` & ``timetracked`` or ``timetracked`` alone
  (ending now; with ``date`` booked on that day without times); anything else is the vendor's 400
  sentence. ``timetracked`` is in minutes.
- ``PUT /time/{id}`` takes the same combinations or one change: ``timetracked`` keeps the start and
  moves the end, ``starttime`` keeps the duration, ``endtime`` keeps the start; an empty ``notes``
  clears them.
- Timers: ``starttimer`` adds a running time record for the caller on the task (started now, no end,
  0 minutes) after stopping the caller's other running timers; a timer already running on that task
  keeps running. ``stoptimer`` (on the task, for the caller's timer; or on the time record) stops it:
  the record keeps the whole minutes between start and the mock clock's now. ``/time/activetimers``
  lists running timers with ``timetrackedseconds`` and whole-minute ``timetracked``.
- The time lists under a project or a task are ``/time`` restricted to it.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any

from apikit.mock.engine import ApiError, Call, Reply
from apikit.mock.proworkflow.crud import Kind, Parent
from apikit.mock.proworkflow.handlers import (
    PERMISSION_TIME,
    Api,
    Caller,
    HandlerFunction,
    MissingReference,
    created,
    written,
)
from apikit.mock.proworkflow.handlers_tasks import path_task
from apikit.mock.proworkflow.store import STAFF, format_timestamp
from apikit.mock.table import Row

COMBINATIONS_MESSAGE = (
    "You must provide one of the following combinations: 'starttime' & 'endtime', 'starttime' & "
    "'timetracked', 'endtime' & 'timetracked' or 'timetracked'"
)
PERIOD_KEYS = ("starttime", "endtime", "timetracked")
COMBINATIONS = (
    frozenset({"starttime", "endtime"}),
    frozenset({"starttime", "timetracked"}),
    frozenset({"endtime", "timetracked"}),
    frozenset({"timetracked"}),
)


def time_detail(record: Row) -> Row:
    return {"id": record["id"]}


# --- the period of a record ----------------------------------------------------------------------------


def _moment(api: Api, text: Any) -> datetime:
    return datetime.fromisoformat(api.resolve_datetime(str(text)))


def _minutes(start: datetime, end: datetime) -> int:
    if end < start:
        raise ApiError(400, "'endtime' cannot be before 'starttime'")
    return int((end - start).total_seconds() // 60)


def _period_row(day: datetime, start: datetime | None, end: datetime | None, minutes: int) -> Row:
    return {
        "date": format_timestamp(day.replace(hour=0, minute=0, second=0)),
        "starttime": "" if start is None else format_timestamp(start),
        "endtime": "" if end is None else format_timestamp(end),
        "timetracked": minutes,
    }


def period_of(api: Api, body: Mapping[str, Any]) -> Row:
    """``date``, ``starttime``, ``endtime`` and ``timetracked`` of a new record, from one of the four
    combinations (``date`` only with ``timetracked`` alone)."""
    sent = frozenset(key for key in PERIOD_KEYS if body.get(key) is not None)
    if sent not in COMBINATIONS or (body.get("date") is not None and sent != {"timetracked"}):
        raise ApiError(400, COMBINATIONS_MESSAGE)
    if sent == {"timetracked"} and body.get("date") is not None:
        day = datetime.fromisoformat(api.resolve_date(str(body["date"])))
        return _period_row(day, None, None, int(body["timetracked"]))
    start = _moment(api, body["starttime"]) if "starttime" in sent else None
    end = _moment(api, body["endtime"]) if "endtime" in sent else None
    if start is not None and end is not None:
        return _period_row(start, start, end, _minutes(start, end))
    span = timedelta(minutes=int(body["timetracked"]))
    if start is not None:
        return _period_row(start, start, start + span, int(body["timetracked"]))
    end = end or api.store.now().replace(second=0, microsecond=0)
    return _period_row(end - span, end - span, end, int(body["timetracked"]))


def changed_period(api: Api, record: Row, body: Mapping[str, Any]) -> Row:
    """A record's period after an update: a full combination, or one value with the rest kept."""
    sent = frozenset(key for key in PERIOD_KEYS if body.get(key) is not None)
    if len(sent) > 1 or (sent == {"timetracked"} and body.get("date") is not None):
        return period_of(api, body)
    start = datetime.fromisoformat(record["starttime"]) if record.get("starttime") else None
    end = datetime.fromisoformat(record["endtime"]) if record.get("endtime") else None
    minutes = int(record["timetracked"])
    if "timetracked" in sent:
        minutes = int(body["timetracked"])
        end = None if start is None else start + timedelta(minutes=minutes)
    elif "starttime" in sent:
        start = _moment(api, body["starttime"])
        end = start + timedelta(minutes=minutes)
    elif "endtime" in sent:
        end = _moment(api, body["endtime"])
        start = start or end - timedelta(minutes=minutes)
        minutes = _minutes(start, end)
    changes: Row = {"timetracked": minutes}
    if start is not None:
        changes |= _period_row(start, start, end, minutes)
    if body.get("date") is not None:
        changes["date"] = api.resolve_date(str(body["date"]))
    return changes


# --- who tracks time where -------------------------------------------------------------------------------


def _may_track(api: Api, call: Call[Caller]) -> None:
    if call.principal.type == "client":
        raise ApiError(403, "Client contacts cannot track time")
    api.require_permission(call, PERMISSION_TIME, "add")


def _tracker(api: Api, call: Call[Caller], value: Any) -> int:
    """The contact a record is for: anyone who tracks time for staff, only themselves for others."""
    caller = call.principal
    contact_id = caller.contact_id if value in (None, "me") else int(value)
    if contact_id == caller.contact_id:
        return contact_id
    if not caller.is_staff:
        raise ApiError(403, "You may only track your own time")
    contact = api.store.contacts.find(contact_id)
    if contact is None:
        raise MissingReference(f"'contactid': contact {contact_id} not found")
    if contact["type"] not in (STAFF, "contractor"):
        raise ApiError(400, f"'contactid': contact {contact_id} cannot track time")
    return contact_id


def _body_task(api: Api, call: Call[Caller], task_id: int) -> Row:
    task = api.store.tasks.find(task_id)
    if task is None or not api.task_visible(call.principal, task):
        raise MissingReference(f"'taskid': task {task_id} not found")
    return task


def _new_record(api: Api, call: Call[Caller], task: Row, body: Mapping[str, Any]) -> Row:
    _may_track(api, call)
    row = {
        "contactid": _tracker(api, call, body.get("contactid")),
        "taskid": task["id"],
        **period_of(api, body),
        "billable": bool(body.get("billable", task.get("billable", True))),
        "notes": str(body.get("notes", "")),
        "running": False,
    }
    return api.store.insert(api.store.time_records, row)


def time_create(api: Api, call: Call[Caller]) -> Reply:
    record = _new_record(api, call, _body_task(api, call, call.body["taskid"]), call.body)
    return created("Time Added", [time_detail(record)])


def task_time_create(api: Api, call: Call[Caller]) -> Reply:
    record = _new_record(api, call, path_task(api, call), call.body or {})
    return created("Time Record Added", [time_detail(record)])


def change_time(api: Api, call: Call[Caller], record: Row, body: Mapping[str, Any]) -> Row:
    changes = changed_period(api, record, body)
    if "contactid" in body:
        changes["contactid"] = _tracker(api, call, body["contactid"])
    changes |= {key: body[key] for key in ("notes", "billable") if key in body}
    return changes


def may_change_time(api: Api, call: Call[Caller]) -> None:
    if call.principal.type == "client":
        raise ApiError(403, "Client contacts cannot change time records")
    api.require_permission(call, PERMISSION_TIME, "edit")


# --- timers --------------------------------------------------------------------------------------------


def _running(api: Api, contact_id: int) -> list[Row]:
    return api.store.time_records.where(contactid=contact_id, running=True)


def _stop(api: Api, record: Row, notes: Any) -> None:
    now = api.store.now().replace(microsecond=0)
    start = datetime.fromisoformat(record["starttime"])
    record |= {"endtime": format_timestamp(now), "timetracked": _minutes(start, now), "running": False}
    if notes is not None:
        record["notes"] = str(notes)
    api.store.touch(record)


def tasks_start_timer(api: Api, call: Call[Caller]) -> Reply:
    task = path_task(api, call)
    _may_track(api, call)
    me = call.principal.contact_id
    body = call.body or {}
    running = [record for record in _running(api, me) if record["taskid"] == task["id"]]
    for other in _running(api, me):
        if other["taskid"] != task["id"]:
            _stop(api, other, None)
    if running:
        return written("Timer Started", [time_detail(running[0])])
    now = api.store.now().replace(microsecond=0)
    row = {
        "contactid": me,
        "taskid": task["id"],
        "date": api.store.today_text(),
        "starttime": format_timestamp(now),
        "endtime": "",
        "timetracked": 0,
        "billable": bool(task.get("billable", True)),
        "notes": str(body.get("notes", "")),
        "running": True,
    }
    record = api.store.insert(api.store.time_records, row)
    return written("Timer Started", [time_detail(record)])


def tasks_stop_timer(api: Api, call: Call[Caller]) -> Reply:
    task = path_task(api, call)
    running = [
        record for record in _running(api, call.principal.contact_id) if record["taskid"] == task["id"]
    ]
    if not running:
        raise ApiError(400, f"You have no timer running on task {task['id']}")
    _stop(api, running[0], (call.body or {}).get("notes"))
    return written("Timer Stopped", [time_detail(running[0])])


def time_stop_timer(api: Api, call: Call[Caller]) -> Reply:
    record = visible_record(api, call, call.params["timerecordid"])
    caller = call.principal
    if not caller.is_staff and record["contactid"] != caller.contact_id:
        raise ApiError(403, "Only Staff contacts may stop someone else's timer")
    if not record.get("running"):
        raise ApiError(400, f"Time record {record['id']} has no running timer")
    _stop(api, record, (call.body or {}).get("notes"))
    return written("Timer Stopped", [time_detail(record)])


def time_list_active_timers(api: Api, call: Call[Caller]) -> Reply:
    caller = call.principal
    timers = [
        api.store.timer_record(record)
        for record in api.store.time_records.where(running=True)
        if caller.is_staff or record["contactid"] == caller.contact_id
    ]
    return api.list_reply(call, "timerecords", timers)


# --- lists -----------------------------------------------------------------------------------------------


def visible_record(api: Api, call: Call[Caller], record_id: int) -> Row:
    record = api.store.time_records.find(record_id)
    allowed = record is not None and api.time_visible(call.principal, record)
    return api.visible("Time Record", record, allowed, record_id)


def project_time_list(api: Api, call: Call[Caller]) -> Reply:
    project = api.visible_project(call, call.params["projectid"])
    task_ids = {task["id"] for task in api.store.tasks.where(projectid=project["id"])}
    records = [record for record in api.store.time_records.all() if record["taskid"] in task_ids]
    return api.list_reply(call, "timerecords", api.time_records(call, records))


def show_time(api: Api, call: Call[Caller], record: Row) -> Row:
    return api.store.time_record(record, staff_view=api.staff_view(call))


def time_visible(api: Api, caller: Caller, record: Row) -> bool:
    return api.time_visible(caller, record)


TIME = Kind(
    resource="time",
    label="Time Record",
    singular="timerecord",
    plural="timerecords",
    table=lambda store: store.time_records,
    show=show_time,
    visible=time_visible,
    parents={
        "taskid": Parent("taskid", Api.visible_task),
        "contactid": Parent("contactid", Api.visible_contact),
    },
    change=change_time,
    may_write=may_change_time,
    detail=time_detail,
)

HANDLERS: dict[str, HandlerFunction] = {
    "projectTimeList": project_time_list,
    "taskTimeCreate": task_time_create,
    "tasksStartTimer": tasks_start_timer,
    "tasksStopTimer": tasks_stop_timer,
    "timeCreate": time_create,
    "timeListActiveTimers": time_list_active_timers,
    "timeStopTimer": time_stop_timer,
}
KINDS: list[Kind] = [TIME]
