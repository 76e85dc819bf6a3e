"""Which ProWorkflow calls fire which webhook events, and what each event's body is.

The vendor's 43 events (the spec's ``WebhookEvent``) are ``new*``/``edit*``/``delete*`` of the
account's items plus a few lifecycle events. The mock fires an event when a call that does the
thing succeeds (:data:`CALL_EVENTS`): a create names its new items in ``details``, an edit, delete or
action the item in its path. One call may fire several events (stopping a timer is ``stoptimer``
and ``newtime``, as the vendor's documents say).

Events the mock never fires: ``newpendingcompany`` (an access request's answer does not say whether
it filed a new company) and the events of what a delete takes with it (a project's tasks).

A delivery's body is the item's ``id`` and ``url`` (:func:`data_url`: its API address on the server
that was called); delete events send the ``id`` only.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

TIMER_EVENTS = frozenset({"starttimer", "stoptimer"})
GROUP_PATHS = {
    "company": "companies",
    "contact": "contacts",
    "file": "files",
    "invoice": "invoices",
    "message": "messages",
    "project": "projects",
    "projectrequest": "projectrequests",
    "quote": "quotes",
    "sharednote": "sharednotes",
    "task": "tasks",
    "time": "time",
    "timer": "time",  # a timer is a running time record
}
"""Event group (the spec's ``WebhookEventGroup``) -> the API path its items are read at."""
VERBS = ("newpending", "new", "edit", "delete", "complete", "reactivate", "approve", "decline")
EVENTS = (
    "newcontact", "newpendingcontact", "editcontact", "editcontactlocation", "deletecontact",
    "newcompany", "newpendingcompany", "editcompany", "deletecompany",
    "newfile", "deletefile",
    "newinvoice", "editinvoice", "deleteinvoice",
    "newmessage", "editmessage", "deletemessage",
    "newproject", "editproject", "deleteproject", "completeproject", "reactivateproject",
    "newprojectrequest", "editprojectrequest", "deleteprojectrequest", "approveprojectrequest",
    "declineprojectrequest",
    "newquote", "editquote", "deletequote",
    "newsharednote", "editsharednote", "deletesharednote",
    "newtask", "edittask", "deletetask", "completetask", "reactivatetask",
    "newtime", "edittime", "deletetime",
    "starttimer", "stoptimer",
)  # fmt: skip


def event_group(event: str) -> str:
    """The kind of item an event is about: ``newproject`` -> ``project``, ``starttimer`` -> ``timer``."""
    if event in TIMER_EVENTS:
        return "timer"
    if event == "editcontactlocation":
        return "contact"
    verb = next(verb for verb in VERBS if event.startswith(verb))
    return event.removeprefix(verb)


def is_delete(event: str) -> bool:
    return event.startswith("delete")


@dataclass(frozen=True)
class Fires:
    """One event a call fires, for the items ``source`` names: ``details`` (the ids of the answer's
    ``details``) or a path parameter."""

    event: str
    source: str = "details"


CALL_EVENTS: Mapping[str, tuple[Fires, ...]] = {
    # creates: the new items are the answer's details
    **{
        operation_id: (Fires(event),)
        for event, operation_ids in {
            "newcompany": ("companiesCreate",),
            "newcontact": ("contactsCreate", "companyContactsCreate"),
            "newpendingcontact": ("contactsRequestAccess",),
            "newfile": ("filesCreate", "projectFilesCreate", "taskFilesCreate"),
            "newinvoice": ("invoicesCreate", "projectInvoicesCreate"),
            "newmessage": ("messagesCreate", "projectMessagesCreate", "taskMessagesCreate"),
            "newproject": ("projectsCreate", "companyProjectsCreate", "contactProjectsCreate"),
            "newprojectrequest": ("projectRequestsCreate",),
            "newquote": ("quotesCreate", "projectQuotesCreate"),
            "newsharednote": ("sharedNotesCreate", "projectSharedNotesCreate"),
            "newtask": ("tasksCreate", "projectTasksCreate"),
            "newtime": ("timeCreate", "taskTimeCreate"),
            "deletetask": ("tasksBulkDelete",),
            "starttimer": ("tasksStartTimer",),
        }.items()
        for operation_id in operation_ids
    },
    # edits, deletes and actions: the item the path names
    "companiesUpdate": (Fires("editcompany", "companyid"),),
    "companiesDelete": (Fires("deletecompany", "companyid"),),
    "contactsUpdate": (Fires("editcontact", "contactid"),),
    "contactLocationUpdate": (Fires("editcontactlocation", "contactid"),),
    "contactsDelete": (Fires("deletecontact", "contactid"),),
    "filesDelete": (Fires("deletefile", "fileid"),),
    "invoicesUpdate": (Fires("editinvoice", "invoiceid"),),
    "invoicesDelete": (Fires("deleteinvoice", "invoiceid"),),
    "messagesUpdate": (Fires("editmessage", "messageid"),),
    "messagesDelete": (Fires("deletemessage", "messageid"),),
    "projectsUpdate": (Fires("editproject", "projectid"),),
    "projectsDelete": (Fires("deleteproject", "projectid"),),
    "projectsComplete": (Fires("completeproject", "projectid"),),
    "projectsReactivate": (Fires("reactivateproject", "projectid"),),
    "projectRequestsUpdate": (Fires("editprojectrequest", "projectrequestid"),),
    "projectRequestsDelete": (Fires("deleteprojectrequest", "projectrequestid"),),
    "projectRequestsApprove": (Fires("approveprojectrequest", "projectrequestid"),),
    "projectRequestsDecline": (Fires("declineprojectrequest", "projectrequestid"),),
    "quotesUpdate": (Fires("editquote", "quoteid"),),
    "quotesDelete": (Fires("deletequote", "quoteid"),),
    "sharedNotesUpdate": (Fires("editsharednote", "noteid"),),
    "sharedNotesDelete": (Fires("deletesharednote", "noteid"),),
    "tasksUpdate": (Fires("edittask", "taskid"),),
    "tasksDelete": (Fires("deletetask", "taskid"),),
    "tasksComplete": (Fires("completetask", "taskid"),),
    "tasksReactivate": (Fires("reactivatetask", "taskid"),),
    "timeUpdate": (Fires("edittime", "timerecordid"),),
    "timeDelete": (Fires("deletetime", "timerecordid"),),
    # stopping a timer files its time record: both events, for the record in the answer
    "tasksStopTimer": (Fires("stoptimer"), Fires("newtime")),
    "timeStopTimer": (Fires("stoptimer"), Fires("newtime")),
}


@dataclass(frozen=True)
class Happened:
    """One event about one item."""

    event: str
    item_id: int


def events_of(operation_id: str, path_params: Mapping[str, Any], answer: Any) -> list[Happened]:
    """The events a successful call fired, in the order :data:`CALL_EVENTS` gives them."""
    happened: list[Happened] = []
    for fires in CALL_EVENTS.get(operation_id, ()):
        for item_id in _item_ids(fires.source, path_params, answer):
            happened.append(Happened(fires.event, item_id))
    return happened


def _item_ids(source: str, path_params: Mapping[str, Any], answer: Any) -> Sequence[int]:
    if source != "details":
        return [int(path_params[source])]
    details = answer.get("details", []) if isinstance(answer, Mapping) else []
    return [int(item["id"]) for item in details if isinstance(item, Mapping) and "id" in item]


def data_url(event: str, item_id: int, base_url: str) -> str:
    """Where the item of an event is read (for delete events, where it was)."""
    return f"{base_url}/{GROUP_PATHS[event_group(event)]}/{item_id}"
