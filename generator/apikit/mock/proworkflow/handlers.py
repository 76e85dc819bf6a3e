"""What the handlers share: the caller, envelopes, who may see and change what, and body parsing.

Visibility (what a caller's lists and single-item calls contain; an item the caller may not see
answers 404 like a missing one):

- staff see every item; invoices and quotes need the "Invoices" view permission;
- clients see staff contacts and their own company's contacts, the staff companies and their own,
  their company's projects with those projects' tasks, time, files, folders, expenses and messages
  (files, folders and messages only when public or shared with them), their company's invoices and
  quotes (with the "Invoices" view permission) and project requests;
- contractors see staff contacts and themselves, the staff companies and their own, the projects
  they are on, the tasks assigned to them, their own time records, and public or shared files,
  folders and messages of their projects; no invoices unless their permissions allow;
- notes and events are shown to non-staff only when assigned to them by id.

Non-staff callers never see the staff-only contact fields (see :mod:`.store`). Writes are staff
calls (403 otherwise) except: ``PUT /me``, a contact's own location, messages and files on projects
the caller can see, and project requests by clients. Staff need the matching app permission
("Contacts" for companies and contacts, "Projects" to add projects, "Invoices" for invoices).
"""

from __future__ import annotations

import base64
import binascii
import calendar
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, TypeAlias

from apikit.mock.engine import ApiError, Call, Reply
from apikit.mock.proworkflow.query import Viewer, list_rows, summary_lists
from apikit.mock.proworkflow.store import (
    ADDRESS_KEYS,
    STAFF,
    Store,
    format_timestamp,
    full_name,
    public_view,
)
from apikit.mock.table import Row, Table

if TYPE_CHECKING:
    from apikit.mock.proworkflow.handlers_webhooks import WebhookService

PERMISSION_PROJECTS = 1
PERMISSION_INVOICES = 2
PERMISSION_CONTACTS = 3
PERMISSION_TIME = 4
SUCCESS = "Success"

_RELATIVE_DATE = re.compile(r"^([+-])([0-9]+)([dwmy])$")
_ABSOLUTE_DATE = re.compile(r"^([0-9]{4})-([0-9]{2})-([0-9]{2})$")
_ID = re.compile(r"^[0-9]+$")
_DATE_TIME = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}$")
PROJECT_OPTIONAL_KEYS = (
    "timeallocated",
    "purchaseordernumber",
    "privatenotes",
    "clientaccess",
    "emailalerts",
    "groupid",
    "customformtitle",
    "customformcontent",
)
"""Project body fields stored as sent (a project without one shows the vendor's default)."""
PROJECT_SETTING_TABLES = {
    "categoryid": "project_categories",
    "customstatusid": "custom_statuses",
    "templateid": "project_templates",
    "autonumberid": "project_autonumbering",
}
"""The account's project settings (/settings/projects/...) a project body names by id: the
:class:`.store.Store` table each id must be a row of."""


@dataclass(frozen=True)
class Caller:
    """The contact whose Basic credentials made the call."""

    contact_id: int
    type: str
    company_id: int | None

    @property
    def is_staff(self) -> bool:
        return self.type == STAFF


HandlerFunction: TypeAlias = Callable[["Api", Call[Caller]], Reply]


class MissingReference(ApiError):
    """An item named inside the request (body or filter) does not exist.

    404 like a missing item, except on writes (POST, PUT): there the item the URL names exists, and
    a 404 would read as if it did not, so the behaviour answers 400 instead.
    """

    def __init__(self, message: str) -> None:
        super().__init__(404, message)


def query_params(call: Call[Caller]) -> dict[str, Any]:
    """The call's query parameters (what the list language reads; path ids and headers left out)."""
    names = {str(p["name"]) for p in call.operation.parameters if p.get("in", "query") == "query"}
    return {name: value for name, value in call.params.items() if name in names}


def written(message: str, details: Sequence[Mapping[str, Any]], status: int = 200) -> Reply:
    return Reply({"message": message, "status": SUCCESS, "details": [dict(item) for item in details]}, status)


def created(message: str, details: Sequence[Mapping[str, Any]]) -> Reply:
    return written(message, details, 201)


def one_or_many(body: Any) -> tuple[list[Mapping[str, Any]], bool]:
    """The items of a create body that may be one JSON object or an array of them."""
    if isinstance(body, list):
        return list(body), True
    return [body if isinstance(body, Mapping) else {}], False


class Api:
    """Handler context: the store plus everything about the caller."""

    def __init__(self, store: Store, webhooks: WebhookService | None = None) -> None:
        self.store = store
        self.webhooks = webhooks
        """Where events go (:mod:`.handlers_webhooks`); None where nothing is delivered."""

    # envelopes

    def list_reply(self, call: Call[Caller], key: str, records: Sequence[Mapping[str, Any]]) -> Reply:
        page = list_rows(
            call.operation,
            records,
            query_params(call),
            self.viewer(call),
            self.store.now(),
            self.store.account.utc_offset,
        )
        counts: dict[str, Any] = {"count": len(page.rows)} if page.has_rows else {}
        rows: dict[str, Any] = {key: page.rows} if page.has_rows else {}
        return Reply({**counts, "totalcount": page.totalcount, "status": SUCCESS, **rows, **page.extras})

    def summary_reply(self, call: Call[Caller], sections: Mapping[str, Sequence[Mapping[str, Any]]]) -> Reply:
        lists = summary_lists(
            call.operation, sections, query_params(call), self.viewer(call), self.store.now()
        )
        return Reply({**lists, "count": 1, "status": SUCCESS})

    @staticmethod
    def item_reply(key: str, record: Mapping[str, Any]) -> Reply:
        return Reply({key: public_view(record), "count": 1, "status": SUCCESS})

    # the caller

    def viewer(self, call: Call[Caller]) -> Viewer:
        caller = call.principal
        return Viewer(contact_id=caller.contact_id, contact_type=caller.type, company_id=caller.company_id)

    def caller_row(self, call: Call[Caller]) -> Row:
        return self.store.contacts.get(call.principal.contact_id)

    @staticmethod
    def require_staff(call: Call[Caller]) -> None:
        if not call.principal.is_staff:
            raise ApiError(403, "Only Staff contacts may use this call")

    def require_permission(self, call: Call[Caller], permission_id: int, setting: str) -> None:
        self.require_caller_permission(call.principal, permission_id, setting)

    def require_caller_permission(self, caller: Caller, permission_id: int, setting: str) -> None:
        """403 naming the permission unless the caller holds its ``setting``."""
        if not self.store.permission(caller.contact_id, permission_id, setting):
            name = self.store.permissions.get(permission_id)["name"]
            raise ApiError(403, f"You do not have permission to {setting} {name}")

    def require_staff_permission(self, call: Call[Caller], permission_id: int, setting: str) -> None:
        self.require_staff(call)
        self.require_permission(call, permission_id, setting)

    # visibility

    def contact_visible(self, caller: Caller, contact: Row) -> bool:
        if caller.is_staff or contact["type"] == STAFF or contact["id"] == caller.contact_id:
            return True
        return caller.type == "client" and contact["companyid"] == caller.company_id

    def company_visible(self, caller: Caller, company: Row) -> bool:
        return caller.is_staff or company["type"] == STAFF or company["id"] == caller.company_id

    def project_visible(self, caller: Caller, project: Row | None) -> bool:
        if project is None:
            return caller.is_staff
        if caller.is_staff:
            return True
        if caller.type == "client":
            return bool(project["companyid"] == caller.company_id)
        return caller.contact_id in project["contactids"]

    def task_visible(self, caller: Caller, task: Row) -> bool:
        if caller.type == "contractor":
            return caller.contact_id in task["contactids"]
        return self.project_visible(caller, self.store.projects.find(task["projectid"]))

    def time_visible(self, caller: Caller, record: Row) -> bool:
        if caller.type == "contractor":
            return bool(record["contactid"] == caller.contact_id)
        task = self.store.tasks.find(record["taskid"])
        return caller.is_staff or (task is not None and self.task_visible(caller, task))

    def note_visible(self, caller: Caller, note: Row) -> bool:
        return caller.is_staff or (note["contactids"] != "all" and caller.contact_id in note["contactids"])

    def shared_with(self, caller: Caller, contact_ids: list[int] | str) -> bool:
        return caller.is_staff or contact_ids == "all" or caller.contact_id in contact_ids

    def may_view_billing(self, call: Call[Caller]) -> bool:
        return self.store.permission(call.principal.contact_id, PERMISSION_INVOICES, "view")

    def billing_visible(self, caller: Caller, item: Row) -> bool:
        """An invoice or a quote: the Invoices view permission (403 without it), and for clients their
        own company's."""
        self.require_caller_permission(caller, PERMISSION_INVOICES, "view")
        return caller.is_staff or (caller.type == "client" and item["companyid"] == caller.company_id)

    def visible(self, table_kind: str, found: Row | None, allowed: bool, row_id: int) -> Row:
        if found is None or not allowed:
            raise ApiError(404, f"{table_kind} {row_id} not found")
        return found

    def visible_contact(self, call: Call[Caller], contact_id: int) -> Row:
        contact = self.store.contacts.find(contact_id)
        allowed = contact is not None and self.contact_visible(call.principal, contact)
        return self.visible("Contact", contact, allowed, contact_id)

    def visible_company(self, call: Call[Caller], company_id: int) -> Row:
        company = self.store.companies.find(company_id)
        allowed = company is not None and self.company_visible(call.principal, company)
        return self.visible("Company", company, allowed, company_id)

    def visible_project(self, call: Call[Caller], project_id: int) -> Row:
        project = self.store.projects.find(project_id)
        allowed = project is not None and self.project_visible(call.principal, project)
        return self.visible("Project", project, allowed, project_id)

    def visible_task(self, call: Call[Caller], task_id: int) -> Row:
        task = self.store.tasks.find(task_id)
        allowed = task is not None and self.task_visible(call.principal, task)
        return self.visible("Task", task, allowed, task_id)

    def staff_view(self, call: Call[Caller]) -> bool:
        return call.principal.is_staff

    # records the caller may see

    def contact_records(self, call: Call[Caller], contacts: Iterable[Row]) -> list[Row]:
        caller, staff_view = call.principal, self.staff_view(call)
        return [
            self.store.contact_record(c, staff_view=staff_view)
            for c in contacts
            if self.contact_visible(caller, c)
        ]

    def company_records(self, call: Call[Caller], companies: Iterable[Row]) -> list[Row]:
        caller, staff_view = call.principal, self.staff_view(call)
        return [
            self.store.company_record(c, staff_view=staff_view)
            for c in companies
            if self.company_visible(caller, c)
        ]

    def project_records(self, call: Call[Caller], projects: Iterable[Row]) -> list[Row]:
        caller, staff_view = call.principal, self.staff_view(call)
        return [
            self.store.project_record(p, staff_view=staff_view)
            for p in projects
            if self.project_visible(caller, p)
        ]

    def task_records(self, call: Call[Caller], tasks: Iterable[Row]) -> list[Row]:
        caller, staff_view = call.principal, self.staff_view(call)
        return [
            self.store.task_record(t, staff_view=staff_view) for t in tasks if self.task_visible(caller, t)
        ]

    def time_records(self, call: Call[Caller], records: Iterable[Row]) -> list[Row]:
        caller, staff_view = call.principal, self.staff_view(call)
        return [
            self.store.time_record(r, staff_view=staff_view) for r in records if self.time_visible(caller, r)
        ]

    def invoice_records(self, call: Call[Caller], invoices: Iterable[Row]) -> list[Row]:
        staff_view = self.staff_view(call)
        return [
            self.store.invoice_record(i, staff_view=staff_view)
            for i in invoices
            if self.billing_visible(call.principal, i)
        ]

    def quote_records(self, call: Call[Caller], quotes: Iterable[Row]) -> list[Row]:
        staff_view = self.staff_view(call)
        return [
            self.store.quote_record(q, staff_view=staff_view)
            for q in quotes
            if self.billing_visible(call.principal, q)
        ]

    # body values

    def resolve_date(self, text: str) -> str:
        """A body date (``yyyy-mm-dd`` or relative ``+1m``) as a midnight timestamp."""
        return format_timestamp(resolve_date(text, self.store.now()))

    def resolve_optional_date(self, value: Any, default: str = "") -> str:
        return default if value in (None, "") else self.resolve_date(str(value))

    def resolve_datetime(self, text: str) -> str:
        """A body date-time (``yyyy-mm-ddThh:mm`` or ``now``) as a timestamp."""
        if text == "now":
            return self.store.now_text()
        if not _DATE_TIME.match(text):
            raise ApiError(400, f"'{text}' is not a valid date and time")
        try:
            return format_timestamp(datetime.strptime(text, "%Y-%m-%dT%H:%M"))
        except ValueError as exc:
            raise ApiError(400, f"'{text}' is not a valid date and time") from exc

    def assignment(self, call: Call[Caller], value: Any, field: str) -> list[int] | str:
        """An assignment list that may also be ``"all"`` (public / everyone concerned)."""
        return "all" if str(value).strip() == "all" else self.contact_ids(call, value, field)

    def contact_ids(
        self, call: Call[Caller], value: Any, field: str, *, staff_only: bool = False
    ) -> list[int]:
        """Contact ids from ``"1,2"`` or ``"me"``; every id must be a contact (of staff if asked).
        Where only staff may be named, ``all`` means every staff contact."""
        text = str(value).strip()
        if text == "all":
            if not staff_only:
                raise ApiError(400, f"'{field}' cannot be 'all' here")
            return self.store.staff_ids()
        ids = [
            call.principal.contact_id if part == "me" else parse_id(part, field) for part in text.split(",")
        ]
        for contact_id in ids:
            contact = self.store.contacts.find(contact_id)
            if contact is None:
                raise MissingReference(f"'{field}': contact {contact_id} not found")
            if staff_only and contact["type"] != STAFF:
                raise MissingReference(f"'{field}': Staff contact {contact_id} not found")
        return list(dict.fromkeys(ids))

    def project_setting(self, field: str, row_id: Any) -> Row | None:
        """The project setting (category, custom status, template, autonumbering scheme) a body's
        ``field`` names; None when it names none."""
        if row_id is None:
            return None
        table: Table = getattr(self.store, PROJECT_SETTING_TABLES[field])
        row = table.find(row_id)
        if row is None:
            raise MissingReference(f"'{field}': {table.kind.lower()} {row_id} not found")
        return row

    def project_tag_ids(self, value: Any) -> list[int]:
        return self.existing_ids(value, "tagid", self.store.project_tags.rows, "Project tag")

    def require_project_custom_fields(self, values: Iterable[Mapping[str, Any]]) -> None:
        """Every custom field value ``{id, value}`` names a project custom field of the account."""
        for value in values:
            if self.store.project_custom_fields.find(value.get("id")) is None:
                raise MissingReference(f"'customfields': project custom field {value.get('id')} not found")

    def existing_ids(self, value: Any, field: str, table_ids: Iterable[int], kind: str) -> list[int]:
        known = set(table_ids)
        ids = id_list(value, field)
        for row_id in ids:
            if row_id not in known:
                raise MissingReference(f"'{field}': {kind} {row_id} not found")
        return ids

    # shared writes (used by several resource families)

    def add_note(self, fields: Mapping[str, Any], *, company_id: int | None, contact_id: int | None) -> Row:
        return self.store.insert(self.store.notes, self.note_row(fields, company_id, contact_id))

    def note_row(self, fields: Mapping[str, Any], company_id: int | None, contact_id: int | None) -> Row:
        """A new note (not stored yet): the fields sent, the defaults for the others."""
        return {
            "title": fields.get("title", ""),
            "content": fields["content"],
            "categoryid": fields.get("categoryid", 1),
            "contactids": fields.get("contactids", "all"),
            "companyid": company_id,
            "contactid": contact_id,
            "date": self.store.now_text(),
        }

    def update_links(self, row: Row, key: str, ids: list[int], remove: bool) -> None:
        """Add ids to (or take them off) a row's id list, keeping the list's order."""
        current: list[int] = row[key]
        row[key] = [i for i in current if i not in ids] if remove else list(dict.fromkeys([*current, *ids]))
        self.store.touch(row)

    def prepare_contact(
        self, call: Call[Caller], fields: Mapping[str, Any], company: Row, contact_type: str, taken: set[str]
    ) -> tuple[Row, str | None]:
        """A new contact row (not stored yet) and its password; checks every reference first."""
        if contact_type != company["type"] and company["type"] != "other":
            raise ApiError(
                400, f"A contact of type {contact_type} cannot belong to a {company['type']} company"
            )
        username = str(fields.get("username", "")).strip()
        email = str(fields.get("email", "")).strip()
        for login in (username, email):
            if login and (login.casefold() in taken or self.store.login_in_use(login)):
                raise ApiError(400, f"The username or e-mail address '{login}' is already in use")
        taken.update(login.casefold() for login in (username, email) if login)
        password = fields.get("password")
        staff = contact_type == STAFF
        row: Row = {
            "firstname": fields["firstname"],
            "lastname": fields["lastname"],
            "type": contact_type,
            "companyid": company["id"],
            "email": email,
            "title": fields.get("title", ""),
            "workphone": fields.get("workphone", ""),
            "mobilephone": fields.get("mobilephone", ""),
            "fax": fields.get("fax", ""),
            "address": {key: fields[key] for key in ADDRESS_KEYS if key in fields},
            "allowlogin": bool(fields.get("allowlogin", password is not None)),
            "username": username,
            "groupids": self._staff_links(fields, "groupid", self.store.groups.rows, "Group", staff),
            "roleids": self._staff_links(fields, "roleid", self.store.roles.rows, "Role", staff),
            "tagids": self.existing_ids(fields.get("tagid", ""), "tagid", self.store.tags.rows, "Tag"),
            "apifields": [dict(item) for item in fields.get("apifields", [])],
            "pending": False,
            "location": {},
        }
        return row, None if password is None else str(password)

    def _staff_links(
        self, fields: Mapping[str, Any], key: str, rows: Mapping[int, Row], kind: str, staff: bool
    ) -> list[int]:
        if key not in fields or fields[key] == "":
            return []
        if not staff:
            raise ApiError(400, f"'{key}' applies to Staff contacts only")
        return self.existing_ids(fields[key], key, rows, kind)

    def insert_contacts(self, prepared: list[tuple[Row, str | None]]) -> list[Row]:
        stored = []
        for row, password in prepared:
            contact = self.store.insert(self.store.contacts, row)
            if password is not None:
                self.store.set_password(contact["id"], password)
            stored.append(contact)
        return stored

    def add_project(
        self, call: Call[Caller], fields: Mapping[str, Any], company_id: int | None, contact: Row | None
    ) -> Row:
        self.require_staff_permission(call, PERMISSION_PROJECTS, "add")
        manager = fields.get("managerid", "me")
        manager_id = self.contact_ids(call, manager, "managerid", staff_only=True)
        members: list[int] = []
        for key, staff_only in (("staff", True), ("clients", False), ("contractors", False)):
            if fields.get(key):
                members += self.contact_ids(call, fields[key], key, staff_only=staff_only)
        if contact is not None:
            members.append(contact["id"])
        template = self.project_setting("templateid", fields.get("templateid"))
        if template is not None:  # the body's own values win over the template's
            fields = {"description": template["description"], "categoryid": template["categoryid"], **fields}
        self.require_project_custom_fields(fields.get("customfields", []))
        category = self.project_setting("categoryid", fields.get("categoryid"))
        status = self.project_setting("customstatusid", fields.get("customstatusid"))
        completedate = self.resolve_optional_date(fields.get("completedate"))
        row = {
            "number": self.project_number(fields),
            "title": fields["title"],
            "description": fields.get("description", ""),
            "companyid": company_id,
            "managerid": manager_id[0],
            "contactids": list(dict.fromkeys([*manager_id, *members])),
            "status": "complete" if completedate else "active",
            "priority": fields.get("priority", 1),
            "categoryid": None if category is None else category["id"],
            **({} if status is None else {"customstatusid": status["id"]}),
            "tagids": self.project_tag_ids(fields.get("tagid", "")),
            "startdate": self.resolve_optional_date(fields.get("startdate"), self.store.today_text()),
            "duedate": self.resolve_optional_date(fields.get("duedate")),
            "completedate": completedate,
            **{key: fields[key] for key in PROJECT_OPTIONAL_KEYS if key in fields},
            "apifields": [dict(item) for item in fields.get("apifields", [])],
            "customfields": [dict(item) for item in fields.get("customfields", [])],
        }
        return self.store.insert(self.store.projects, row)

    def project_number(self, fields: Mapping[str, Any]) -> str:
        """The number sent, or for ``auto`` (or none) the next number of the autonumbering scheme
        ``autonumberid`` names, else of the account's default scheme (no prefix when none is)."""
        number = str(fields.get("number") or "auto")
        if number != "auto":
            return number
        scheme = self.project_setting("autonumberid", fields.get("autonumberid")) or next(
            (row for row in self.store.project_autonumbering.all() if row["default"]), {"prefix": ""}
        )
        return next_number(self.store.projects.all(), str(scheme["prefix"]))


def next_number(rows: Iterable[Row], prefix: str) -> str:
    """What ``auto`` numbers a new item: ``prefix`` and one more than the highest number of that
    form among ``rows``, four digits at least (``0004``, ``INV-0004``, ``Q-0004``)."""
    form = re.compile(rf"^{re.escape(prefix)}([0-9]{{1,9}})$")
    numbers = [int(match[1]) for row in rows if (match := form.match(str(row["number"])))]
    return f"{prefix}{max(numbers, default=0) + 1:04d}"


def project_detail(project: Row) -> Row:
    return {"id": project["id"], "number": project["number"], "title": project["title"]}


def contact_detail(contact: Row) -> Row:
    return {"id": contact["id"], "name": full_name(contact)}


def parse_id(text: str, field: str) -> int:
    """One id of a comma list; 0 and unknown ids are left for the existence checks (404)."""
    if not _ID.match(text):
        raise ApiError(400, f"'{field}' must be a list of ids separated by commas")
    return int(text)


def id_list(value: Any, field: str) -> list[int]:
    text = str(value).strip()
    if not text:
        return []
    return list(dict.fromkeys(parse_id(part.strip(), field) for part in text.split(",")))


def resolve_date(text: str, now: datetime) -> datetime:
    """``yyyy-mm-dd``, or a date relative to today: sign, count, unit (days, weeks, months, years)."""
    today = now.replace(hour=0, minute=0, second=0, microsecond=0)
    absolute = _ABSOLUTE_DATE.match(text)
    if absolute:
        try:
            return datetime(int(absolute[1]), int(absolute[2]), int(absolute[3]))
        except ValueError as exc:
            raise ApiError(400, f"'{text}' is not a valid date") from exc
    relative = _RELATIVE_DATE.match(text)
    if relative is None:
        raise ApiError(400, f"'{text}' is not a valid date")
    count = int(relative[2]) * (1 if relative[1] == "+" else -1)
    unit = relative[3]
    try:
        if unit in "dw":
            return today + timedelta(days=count * (7 if unit == "w" else 1))
        return add_months(today, count * (12 if unit == "y" else 1))
    except OverflowError as exc:
        raise ApiError(400, f"'{text}' is out of range") from exc


def add_months(moment: datetime, months: int) -> datetime:
    month_index = moment.month - 1 + months
    year, month = moment.year + month_index // 12, month_index % 12 + 1
    if not 1 <= year <= 9999:
        raise ApiError(400, "the relative date is out of range")
    return moment.replace(year=year, month=month, day=min(moment.day, calendar.monthrange(year, month)[1]))


def decode_base64(text: str, field: str) -> bytes:
    try:
        return base64.b64decode("".join(text.split()), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise ApiError(400, f"'{field}' is not valid base64") from exc
