"""State of the ProWorkflow mock: stored rows, credentials, one lock, and the records the API shows.

Rows are kept in one table per kind with foreign keys (``companyid``, ``contactids``...), never as
copies inside other rows, so every view of an item is built from the same row: a note added under
a company is the note ``GET /notes/{id}`` shows, a project added for a contact lists that contact,
and invoice and quote totals are always the sum of their current lines.

Records (the dictionaries handed to :func:`apikit.mock.proworkflow.query.list_rows` and shown by the
single-item calls) carry every property of the spec's item schema the mock knows, plus private keys
starting with ``_`` that filters may read and that are never output:

- companies: ``_pending``, ``_tagids``, ``_contactids``;
- contacts: ``_pending``, ``_tagids``, ``_roleids``, ``_groupids``;
- projects: ``_contactids`` (everyone on the project), ``_managerid``, ``_categoryid``, ``_time``
  (the time entries ``{contactid, date, timetracked, billable}`` of the project's tasks);
- tasks: ``_contactids`` (assignees), ``_time``, ``_companyid``, ``_managerid``, ``_projectstatus``,
  ``_projectcategoryid``, ``_projectstartdate``, ``_projectduedate``, ``_projectcompletedate``;
- time records: ``_projectstatus``, ``_taskstartdate``, ``_taskduedate``, ``_taskcompletedate``,
  ``_projectstartdate``, ``_projectduedate``, ``_projectcompletedate``; a time record whose timer
  runs (``running``) has a ``starttime`` and no ``endtime`` yet, and :meth:`Store.timer_record`
  shows it as a running timer;
- invoices and quotes: ``_managerid``, ``_projectstatus``, ``_projectcategoryid``, ``_contactid``;
- events, notes, folders, files, messages: ``_contactids`` (assigned contacts; ``"all"`` when public);
- shared notes: the project facts (``_projectstatus``, ``_managerid``...) of their project;
- expenses: ``_projectstatus``, ``_categoryid``; files and messages: ``_projectstatus``,
  ``_taskstatus``; notes: ``_categoryid``, ``_companyid``, ``_contactid`` (what the note hangs off).

Contact records seen by non-staff callers lose the staff-only fields (:data:`STAFF_ONLY_CONTACT_KEYS`),
also inside contacts embedded in other items. Timestamps are ``yyyy-mm-ddThh:mm:ss`` in account-local
time; dates are the same at midnight.
"""

from __future__ import annotations

import copy
import functools
import hashlib
import threading
from collections.abc import Callable, Iterable, Mapping
from datetime import datetime
from typing import Any

from apikit.mock.credentials import Credential, credentials_from_state, credentials_state
from apikit.mock.engine import StateError
from apikit.mock.proworkflow import demo
from apikit.mock.table import Row, Table, common_keys, state_sections, table_from_state

Clock = Callable[[], datetime]

TIMESTAMP_FORMAT = "%Y-%m-%dT%H:%M:%S"
STAFF = "staff"
STAFF_ONLY_CONTACT_KEYS = frozenset(
    {
        "email",
        "fax",
        "groups",
        "latitude",
        "longitude",
        "locationtime",
        "allowlogin",
        "username",
        "workphone",
        "mobilephone",
        "tags",
        "teams",
        "title",
    }
)
EMBEDDED_CONTACT_DETAILS = ("email", "phone", "image")
ADDRESS_KEYS = ("address1", "address2", "address3", "city", "state", "zipcode", "country")
LINE_TIME_TYPES = frozenset({"taskrate", "staffrate"})

STATE_TABLES = {
    "companies": "companies",
    "contacts": "contacts",
    "projects": "projects",
    "tasks": "tasks",
    "quotes": "quotes",
    "quotelines": "quote_lines",
    "timerecords": "time_records",
    "invoices": "invoices",
    "invoicelines": "lines",
    "events": "events",
    "expenses": "expenses",
    "folders": "folders",
    "files": "files",
    "messages": "messages",
    "notes": "notes",
    "sharednotes": "shared_notes",
    "projectrequests": "project_requests",
    "bookmarks": "bookmarks",
    "tags": "tags",
    "groups": "groups",
    "teams": "teams",
    "divisions": "divisions",
    "roles": "roles",
    "permissions": "permissions",
    "notecategories": "note_categories",
    "taskcategories": "task_categories",
    "tasktags": "task_tags",
    "tasktemplates": "task_templates",
    "tasktemplatetasks": "task_template_tasks",
    "apifields": "api_fields",
    "fixedcostitems": "fixed_cost_items",
    "servicerates": "service_rates",
    "staffrates": "staff_rates",
    "invoiceautonumbering": "invoice_autonumbering",
    "quoteautonumbering": "quote_autonumbering",
    "invoicetemplates": "invoice_templates",
    "quotetemplates": "quote_templates",
    "projectcategories": "project_categories",
    "customstatuses": "custom_statuses",
    "projecttags": "project_tags",
    "projecttemplates": "project_templates",
    "projectcustomfields": "project_custom_fields",
    "projectautonumbering": "project_autonumbering",
    "webhooks": "webhooks",
    "webhookrequests": "webhook_requests",
}
"""The tables of a snapshot by the API's names (its list keys; ``invoicelines`` and ``quotelines``
for the ``lines`` of invoices and quotes, ``notecategories`` for the note categories it has no list
of; where settings lists share their keys (``categories``, ``tags``, ``templates``,
``autonumbering``...), a name that says whose they are: ``project...``, ``task...``, ``contact...``,
``invoice...``/``quote...``; ``webhookrequests`` for the webhooks' delivery log), with the
:class:`Store` attribute each is kept in."""
PERMISSIONS_KEY = "contactpermissions"
CREDENTIALS_KEY = "credentials"


def format_timestamp(moment: datetime) -> str:
    # strftime("%Y") does not pad years below 1000 on every platform; the format needs four digits.
    return f"{moment.year:04d}-{moment:%m-%dT%H:%M:%S}"


def date_part(timestamp: str) -> str:
    return timestamp[:10]


def money(value: float) -> float:
    return round(value + 0.0, 2)


class Store:
    """The whole account. Callers hold ``lock`` around every read or change."""

    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self.lock = threading.RLock()
        self.account = demo.ACCOUNT
        self.tags = Table("Tag", demo.rows("tags"))
        self.groups = Table("Group", demo.rows("groups"))
        self.teams = Table("Team", demo.rows("teams"))
        self.divisions = Table("Division", demo.rows("divisions"))
        self.roles = Table("Role", demo.rows("roles"))
        self.permissions = Table("Permission", demo.rows("permissions"))
        self.note_categories = Table("Note category", demo.rows("notecategories"))
        self.task_categories = Table("Task category", demo.rows("taskcategories"))
        self.task_tags = Table("Task tag", demo.rows("tasktags"))
        self.task_templates = Table("Task template", demo.rows("tasktemplates"))
        self.task_template_tasks = Table("Task template task", demo.rows("tasktemplatetasks"))
        self.api_fields = Table("API field", demo.rows("apifields"))
        self.fixed_cost_items = Table("Fixed cost item", demo.rows("fixedcostitems"))
        self.service_rates = Table("Service rate", demo.rows("servicerates"))
        self.staff_rates = Table("Staff rate", demo.rows("staffrates"))
        self.invoice_autonumbering = Table("Invoice autonumbering", demo.rows("invoiceautonumbering"))
        self.quote_autonumbering = Table("Quote autonumbering", demo.rows("quoteautonumbering"))
        self.invoice_templates = Table("Invoice template", demo.rows("invoicetemplates"))
        self.quote_templates = Table("Quote template", demo.rows("quotetemplates"))
        self.project_categories = Table("Project category", demo.rows("projectcategories"))
        self.custom_statuses = Table("Custom status", demo.rows("customstatuses"))
        self.project_tags = Table("Project tag", demo.rows("projecttags"))
        self.project_templates = Table("Project template", demo.rows("projecttemplates"))
        self.project_custom_fields = Table("Project custom field", demo.rows("projectcustomfields"))
        self.project_autonumbering = Table("Autonumbering scheme", demo.rows("projectautonumbering"))
        self.companies = Table("Company", demo.rows("companies"))
        self.contacts = Table("Contact", demo.rows("contacts"))
        self.projects = Table("Project", demo.rows("projects"))
        self.tasks = Table("Task", demo.rows("tasks"))
        self.quotes = Table("Quote", demo.rows("quotes"))
        self.quote_lines = Table("Quote line", demo.rows("quotelines"))
        self.time_records = Table("Time record", demo.rows("timerecords"))
        self.invoices = Table("Invoice", demo.rows("invoices"))
        self.lines = Table("Line", demo.rows("invoicelines"))
        self.events = Table("Event", demo.rows("events"))
        self.expenses = Table("Expense", demo.rows("expenses"))
        self.folders = Table("Folder", demo.rows("folders"))
        self.files = Table("File", demo.rows("files"))
        self.messages = Table("Message", demo.rows("messages"))
        self.notes = Table("Note", demo.rows("notes"))
        self.shared_notes = Table("Shared note", demo.rows("sharednotes"))
        self.project_requests = Table("Project request", demo.rows("projectrequests"))
        self.bookmarks = Table("Bookmark", demo.rows("bookmarks"))
        # The demo account subscribes nothing: a mock must not send anywhere until it is told to.
        self.webhooks = Table("Web Hook")
        self.webhook_requests = Table("Web Hook request")
        # Read as a seed's are: the demo data is one.
        self.contact_permissions = _contact_permissions(
            demo.SEED[PERMISSIONS_KEY], self.contacts, self.permissions
        )
        self.credentials = credentials_from_state(
            demo.SEED[CREDENTIALS_KEY], self.contacts, f"demo.{CREDENTIALS_KEY}"
        )
        self._stamp_rows(demo.SEEDED_AT)

    def _stamp_rows(self, moment: str) -> None:
        """``lastmodified`` on every row that has none: the data does not have to give it."""
        for table in self.all_tables():
            for row in table.all():
                row.setdefault("lastmodified", moment)

    def all_tables(self) -> list[Table]:
        return [value for value in vars(self).values() if isinstance(value, Table)]

    # the whole account as data (the caller holds ``lock``)

    def snapshot(self) -> dict[str, Any]:
        """Every table's stored rows by the API's names (:data:`STATE_TABLES`), in id order; each
        contact's app permissions (``contactpermissions``: contact id -> permission id -> setting ->
        allowed); and ``credentials`` (salted password digests by contact id, never a password)."""
        data: dict[str, Any] = {
            name: getattr(self, attribute).exported() for name, attribute in STATE_TABLES.items()
        }
        data[PERMISSIONS_KEY] = {
            str(contact_id): {
                str(permission_id): dict(settings) for permission_id, settings in sorted(by_id.items())
            }
            for contact_id, by_id in sorted(self.contact_permissions.items())
        }
        data[CREDENTIALS_KEY] = credentials_state(self.credentials)
        return data

    @classmethod
    def from_snapshot(cls, data: Any, clock: Clock) -> Store:
        """A new store holding ``data`` (what :meth:`snapshot` gives; a part it leaves out is empty).
        Everything is checked before the store is made: the first problem raises :class:`StateError`
        naming its place."""
        sections = state_sections(data, [*STATE_TABLES, PERMISSIONS_KEY, CREDENTIALS_KEY])
        required = _row_keys_at_start()
        tables = {
            attribute: table_from_state(
                getattr(_start(), attribute).kind,
                sections.get(name, []),
                f"state.{name}",
                required[attribute],
            )
            for name, attribute in STATE_TABLES.items()
        }
        permissions = _contact_permissions(
            sections.get(PERMISSIONS_KEY, {}), tables["contacts"], tables["permissions"]
        )
        credentials = credentials_from_state(
            sections.get(CREDENTIALS_KEY, {}), tables["contacts"], f"state.{CREDENTIALS_KEY}"
        )
        store = cls(clock)  # the demo account's, every part then replaced
        for attribute, table in tables.items():
            setattr(store, attribute, table)
        store.contact_permissions = permissions
        store.credentials = credentials
        store._stamp_rows(store.now_text())  # a row loaded without one was last changed now
        return store

    # time

    def now(self) -> datetime:
        return self.clock()

    def now_text(self) -> str:
        return format_timestamp(self.clock())

    def today_text(self) -> str:
        return format_timestamp(self.clock().replace(hour=0, minute=0, second=0, microsecond=0))

    def touch(self, row: Row) -> Row:
        row["lastmodified"] = self.now_text()
        return row

    def insert(self, table: Table, row: Row) -> Row:
        return table.insert(self.touch(row))

    # logins

    def contact_by_login(self, login: str) -> Row | None:
        """The contact who may log in with this username or e-mail address (case-insensitive)."""
        wanted = login.casefold()
        for contact in self.contacts.all():
            names = {
                str(contact.get("username") or "").casefold(),
                str(contact.get("email") or "").casefold(),
            }
            if contact["allowlogin"] and not contact["pending"] and wanted in names - {""}:
                return contact
        return None

    def check_password(self, login: str, password: str) -> Row | None:
        contact = self.contact_by_login(login)
        credential = None if contact is None else self.credentials.get(contact["id"])
        if contact is None or credential is None or not credential.matches(password):
            return None
        return contact

    def login_in_use(self, login: str, except_id: int | None = None) -> bool:
        holder = self.contact_by_login(login)
        return holder is not None and holder["id"] != except_id

    def set_password(self, contact_id: int, password: str) -> None:
        self.credentials[contact_id] = Credential.of(password)

    def permission(self, contact_id: int, permission_id: int, setting: str) -> bool:
        return bool(self.contact_permissions.get(contact_id, {}).get(permission_id, {}).get(setting, False))

    # names of related rows (an item whose relation was deleted shows empty names)

    def company_name(self, company_id: int | None) -> str:
        company = self.companies.find(company_id)
        return "" if company is None else str(company["name"])

    def contact_name(self, contact_id: int | None) -> str:
        contact = self.contacts.find(contact_id)
        return "" if contact is None else full_name(contact)

    def staff_ids(self) -> list[int]:
        return [c["id"] for c in self.contacts.all() if c["type"] == STAFF and not c["pending"]]

    def assigned_ids(self, contact_ids: list[int] | str) -> list[int]:
        """Assigned contacts; ``"all"`` (public) stands for every staff contact."""
        if contact_ids == "all":
            return self.staff_ids()
        return [cid for cid in contact_ids if cid in self.contacts.rows]

    # invoice and quote money

    @staticmethod
    def line_amount(line: Row) -> float:
        if line["type"] == "heading":
            return 0.0
        if line["type"] in LINE_TIME_TYPES:
            return money(line["time"] / 60 * line["rate"])
        return money(line["quantity"] * line["rate"])

    @staticmethod
    def owned_lines(table: Table, key: str, owner_id: int) -> list[Row]:
        """The lines of one invoice or quote (``key``: ``invoiceid`` / ``quoteid``) in display order."""
        rows = [line for line in table.all() if line[key] == owner_id]
        return sorted(rows, key=lambda line: (line["displayorder"], line["id"]))

    def invoice_lines(self, invoice_id: int) -> list[Row]:
        return self.owned_lines(self.lines, "invoiceid", invoice_id)

    def quote_lines_of(self, quote_id: int) -> list[Row]:
        return self.owned_lines(self.quote_lines, "quoteid", quote_id)

    def invoice_totals(self, invoice: Row) -> dict[str, float]:
        return self._totals(self.invoice_lines(invoice["id"]), invoice, invoice.get("discountvalue"))

    def quote_totals(self, quote: Row) -> dict[str, float]:
        return self._totals(self.quote_lines_of(quote["id"]), quote, None)

    def _totals(self, lines: list[Row], owner: Row, discount_value: Any) -> dict[str, float]:
        """Lines less the discount, plus tax on the taxable lines' share when the owner is taxable."""
        gross = sum(self.line_amount(line) for line in lines)
        taxable = sum(self.line_amount(line) for line in lines if line["taxable"])
        discount = discount_amount(discount_value, gross)
        share = 0.0 if gross == 0 else (gross - discount) / gross
        subtotal = money(gross - discount)
        tax = money(taxable * share * owner["taxrate"] / 100) if owner["taxable"] else 0.0
        return {"subtotal": subtotal, "taxtotal": tax, "grandtotal": money(subtotal + tax)}

    def is_overdue(self, invoice: Row) -> bool:
        return not invoice["paiddate"] and date_part(invoice["duedate"]) < date_part(self.now_text())

    # records ----------------------------------------------------------------------------------------

    def contact_ref(self, contact_id: int, *, staff_view: bool) -> Row:
        contact = self.contacts.get(contact_id)
        ref: Row = {
            "id": contact["id"],
            "name": full_name(contact),
            "firstname": contact["firstname"],
            "lastname": contact["lastname"],
            "type": contact["type"],
            "image": "",
        }
        if staff_view:
            ref["email"] = contact["email"]
            ref["phone"] = contact["workphone"] or contact["mobilephone"]
        return ref

    def contact_refs(self, contact_ids: list[int] | str, *, staff_view: bool) -> list[Row]:
        return [self.contact_ref(cid, staff_view=staff_view) for cid in self.assigned_ids(contact_ids)]

    def _assignment(self, contact_ids: list[int] | str, *, staff_view: bool) -> str | list[Row]:
        return "all" if contact_ids == "all" else self.contact_refs(contact_ids, staff_view=staff_view)

    def _named(self, table: Table, row_id: int | None, *keys: str) -> Row | None:
        row = table.find(row_id)
        return None if row is None else {"id": row["id"], **{key: row[key] for key in keys}}

    def _project_ref(self, project_id: int | None) -> Row | None:
        return self._named(self.projects, project_id, "number", "title")

    def company_record(self, company: Row, *, staff_view: bool) -> Row:
        contact_ids = [c["id"] for c in self.contacts.where(companyid=company["id"])]
        return {
            "id": company["id"],
            "name": company["name"],
            "code": company["code"],
            "type": company["type"],
            "address": dict(company["address"]),
            "phone": company["phone"],
            "fax": company["fax"],
            "email": company["email"],
            "website": company["website"],
            "image": "",
            "lastmodified": company["lastmodified"],
            "tags": self.tag_rows(company["tagids"]),
            "contacts": [self.contact_ref(cid, staff_view=staff_view) for cid in contact_ids],
            "apifields": self.api_field_values("company", company["apifields"], staff_view=staff_view),
            "_pending": company["pending"],
            "_tagids": list(company["tagids"]),
            "_contactids": contact_ids,
        }

    def api_field_values(self, item_type: str, stored: Iterable[Row], *, staff_view: bool) -> list[Row]:
        """An item's API field values as the API shows them: each value of a field of the item's type
        carries the field's current name, and a private field's value is shown to staff only. Values
        naming no field of the type are shown as they were stored (the service's rule for them is
        unknown)."""
        shown: list[Row] = []
        for value in stored:
            entry = copy.deepcopy(dict(value))
            api_field = self.api_fields.find(entry.get("id"))
            if api_field is not None and api_field["type"] == item_type:
                if api_field["private"] and not staff_view:
                    continue
                entry["name"] = api_field["name"]
            shown.append(entry)
        return shown

    def tables_with_api_fields(self, item_type: str) -> list[Table]:
        """The tables whose rows carry values of API fields of ``item_type`` (project fields serve
        project requests too)."""
        by_type = {
            "company": [self.companies],
            "contact": [self.contacts],
            "invoice": [self.invoices],
            "project": [self.projects, self.project_requests],
            "quote": [self.quotes],
            "task": [self.tasks],
            "time": [self.time_records],
        }
        return by_type[item_type]

    def tag_rows(self, tag_ids: Iterable[int]) -> list[Row]:
        return [dict(self.tags.rows[tid]) for tid in tag_ids if tid in self.tags.rows]

    @staticmethod
    def named_rows(table: Table, row_ids: Iterable[int]) -> list[Row]:
        """``{id, name}`` of each of these rows that still exists, in the order given."""
        return [{"id": rid, "name": table.rows[rid]["name"]} for rid in row_ids if rid in table.rows]

    def custom_field_values(self, stored: Iterable[Row]) -> list[Row]:
        """A project's custom field values, each with its field's current name (a value naming no
        field is shown as stored)."""
        shown: list[Row] = []
        for value in stored:
            entry = copy.deepcopy(dict(value))
            custom_field = self.project_custom_fields.find(entry.get("id"))
            if custom_field is not None:
                entry["name"] = custom_field["name"]
            shown.append(entry)
        return shown

    def team_rows(self, group_ids: Iterable[int]) -> list[Row]:
        """The teams these groups sit under, each once: a contact's teams follow their groups."""
        groups = [self.groups.rows[g] for g in group_ids if g in self.groups.rows]
        team_ids = dict.fromkeys(group["teamid"] for group in groups)
        return [{"id": t, "name": self.teams.rows[t]["name"]} for t in team_ids if t in self.teams.rows]

    def contact_record(self, contact: Row, *, staff_view: bool) -> Row:
        location = contact["location"]
        record: Row = {
            "id": contact["id"],
            "name": full_name(contact),
            "firstname": contact["firstname"],
            "lastname": contact["lastname"],
            "type": contact["type"],
            **self._company_keys(contact["companyid"]),
            "email": contact["email"],
            "title": contact["title"],
            "workphone": contact["workphone"],
            "mobilephone": contact["mobilephone"],
            "fax": contact["fax"],
            "address": dict(contact.get("address") or {}),
            "allowlogin": contact["allowlogin"],
            "username": contact["username"],
            **{key: location[key] for key in ("latitude", "longitude", "locationtime") if key in location},
            "image": "",
            "lastmodified": contact["lastmodified"],
            "groups": [dict(self.groups.rows[g]) for g in contact["groupids"] if g in self.groups.rows],
            "roles": [dict(self.roles.rows[r]) for r in contact["roleids"] if r in self.roles.rows],
            "tags": self.tag_rows(contact["tagids"]),
            "teams": self.team_rows(contact["groupids"]),
            "apifields": self.api_field_values("contact", contact["apifields"], staff_view=staff_view),
            "_pending": contact["pending"],
            "_tagids": list(contact["tagids"]),
            "_roleids": list(contact["roleids"]),
            "_groupids": list(contact["groupids"]),
        }
        if not staff_view:
            record = {key: value for key, value in record.items() if key not in STAFF_ONLY_CONTACT_KEYS}
        return record

    def _company_keys(self, company_id: int | None) -> Row:
        """``companyid``/``companyname`` of an item; both left out once the company is deleted."""
        company = self.companies.find(company_id)
        return {} if company is None else {"companyid": company["id"], "companyname": company["name"]}

    def location_record(self, contact: Row) -> Row:
        return {
            "id": contact["id"],
            "name": full_name(contact),
            "firstname": contact["firstname"],
            "lastname": contact["lastname"],
            **dict(contact["location"]),
        }

    def percent_complete(self, project_id: int) -> float:
        tasks = self.tasks.where(projectid=project_id)
        done = sum(1 for task in tasks if task["status"] == "complete")
        return 0.0 if not tasks else money(100 * done / len(tasks))

    def project_record(self, project: Row, *, staff_view: bool) -> Row:
        return {
            "id": project["id"],
            "number": project["number"],
            "title": project["title"],
            "description": project.get("description", ""),
            **self._company_keys(project["companyid"]),
            "managerid": project["managerid"],
            "managername": self.contact_name(project["managerid"]),
            **set_dates(project, "startdate", "duedate", "completedate"),
            "status": project["status"],
            "priority": project["priority"],
            "percentcomplete": self.percent_complete(project["id"]),
            **self._money_of_project(project["id"]),
            **{key: project[key] for key in ("quotetotal", "invoicetotal") if key in project},
            **self._time_of(task["id"] for task in self.tasks.where(projectid=project["id"])),
            "timeallocated": project.get("timeallocated", 0),
            "contacts": self.contact_refs(project["contactids"], staff_view=staff_view),
            "purchaseordernumber": project.get("purchaseordernumber", ""),
            "type": "external" if project["companyid"] is not None else "internal",
            **self._project_links(project),
            **{key: project.get(key, "") for key in ("customformtitle", "customformcontent")},
            **{flag: project.get(flag, False) for flag in ("invoiced", "paid", "accountedfor")},
            **({"privatenotes": project.get("privatenotes", "")} if staff_view else {}),
            "apifields": self.api_field_values(
                "project", project.get("apifields", []), staff_view=staff_view
            ),
            "customfields": self.custom_field_values(project.get("customfields", [])),
            "tags": self.named_rows(self.project_tags, project.get("tagids", [])),
            "lastmodified": project["lastmodified"],
            "_contactids": list(project["contactids"]),
            "_managerid": project["managerid"],
            "_categoryid": project["categoryid"],
        }

    def _project_links(self, project: Row) -> Row:
        """Category, custom status, group and team in charge: id and name of each one set."""
        links: Row = {}
        status = self.custom_statuses.find(project.get("customstatusid"))
        if status is not None:
            links |= {"customstatusid": status["id"], "customstatusname": status["name"],
                      "customstatuscolor": status["color"]}  # fmt: skip
        for key, row in (
            ("category", self.project_categories.find(project.get("categoryid"))),
            ("group", self.groups.find(project.get("groupid"))),
            ("team", self.teams.find(project.get("teamid"))),
        ):
            if row is not None:
                links |= {f"{key}id": row["id"], f"{key}name": row["name"]}
        return links

    def _time_of(self, task_ids: Iterable[int]) -> Row:
        """Minutes tracked on these tasks, and the entries (private) for the time filters."""
        wanted = set(task_ids)
        entries = [
            {key: record[key] for key in ("contactid", "date", "timetracked", "billable")}
            for record in self.time_records.all()
            if record["taskid"] in wanted
        ]
        return {"timetracked": sum(entry["timetracked"] for entry in entries), "_time": entries}

    def _money_of_project(self, project_id: int) -> Row:
        quotes = self.quotes.where(projectid=project_id)
        invoices = self.invoices.where(projectid=project_id)
        expenses = self.expenses.where(projectid=project_id)
        return {
            "quotetotal": money(sum(self.quote_totals(q)["grandtotal"] for q in quotes)),
            "invoicetotal": money(sum(self.invoice_totals(i)["grandtotal"] for i in invoices)),
            "expensestotal": money(sum(e["cost"] for e in expenses)),
        }

    def _project_facts(self, project: Row | None) -> Row:
        """Private keys about an item's project, for the project filters of other lists."""
        if project is None:
            return {"_projectstatus": "", "_projectcategoryid": None, "_managerid": None}
        return {
            "_projectstatus": project["status"],
            "_projectcategoryid": project["categoryid"],
            "_managerid": project["managerid"],
            "_projectstartdate": project["startdate"],
            "_projectduedate": project["duedate"],
            "_projectcompletedate": project["completedate"],
        }

    def task_record(self, task: Row, *, staff_view: bool) -> Row:
        project = self.projects.find(task["projectid"])
        return {
            "id": task["id"],
            "name": task["name"],
            "type": "project" if project is not None else "general",
            "order": task["order"],
            "status": task["status"],
            "priority": task.get("priority", 1),
            **({} if project is None else {"projectid": project["id"]}),
            "projectnumber": "" if project is None else project["number"],
            "projecttitle": "" if project is None else project["title"],
            **self._company_keys(None if project is None else project["companyid"]),
            **set_dates(task, "startdate", "duedate", "completedate"),
            "contacts": self.contact_refs(task["contactids"], staff_view=staff_view),
            **self._time_of([task["id"]]),
            "timeallocated": task.get("timeallocated", 0),
            **self._task_extras(task),
            "apifields": self.api_field_values("task", task.get("apifields", []), staff_view=staff_view),
            **self._task_people(task, project),
            "lastmodified": task["lastmodified"],
            "_contactids": list(task["contactids"]),
            "_companyid": None if project is None else project["companyid"],
            **self._project_facts(project),
        }

    def _task_extras(self, task: Row) -> Row:
        """What tasks added through the API carry besides the demo rows' keys (defaults for those)."""
        extras: Row = {
            "description": task.get("description", ""),
            "billable": task.get("billable", True),
            "taxable": task.get("taxable", True),
            "tags": [
                {"id": tid, "name": self.task_tags.rows[tid]["name"]}
                for tid in task.get("tagids", [])
                if tid in self.task_tags.rows
            ],
        }
        category = self.task_categories.find(task.get("categoryid"))
        if category is not None:
            extras |= {"categoryid": category["id"], "categoryname": category["name"]}
        return extras

    def _task_people(self, task: Row, project: Row | None) -> Row:
        """Who added the task, whether it waits on another one, and its project's category and manager."""
        people: Row = {"dependent": bool(task.get("dependentstatus"))}
        if task.get("dependentstatus"):
            people["dependentstatus"] = task["dependentstatus"]
        creator = self.contacts.find(task.get("creatorid"))
        if creator is not None:
            people |= {"creatorid": creator["id"], "creatorname": full_name(creator)}
        if project is None:
            return people
        category = self.project_categories.find(project["categoryid"])
        if category is not None:
            people |= {"projectcategoryid": category["id"], "projectcategoryname": category["name"]}
        manager = self.contacts.find(project["managerid"])
        if manager is not None:
            people |= {"projectmanagerid": manager["id"], "projectmanagername": full_name(manager)}
        return people

    def quote_record(self, quote: Row, *, staff_view: bool) -> Row:
        totals = self.quote_totals(quote)
        project = self.projects.find(quote["projectid"])
        record: Row = {
            "id": quote["id"],
            "number": quote["number"],
            "title": quote["title"],
            "status": quote["status"],
            "type": quote["type"],
            "description": quote["description"],
            **self._company_keys(quote["companyid"]),
            "contactid": quote["contactid"],
            "contactname": self.contact_name(quote["contactid"]),
            **set_dates(quote, "quoteddate", "validtodate", "approveddate"),
            "quotedbyid": quote["quotedbyid"],
            "quotedby": self.contact_name(quote["quotedbyid"]),
            **_emailed(quote),
            "taxable": quote["taxable"],
            "taxrate": quote["taxrate"],
            "totals": totals,
            **totals,
            "address": dict(quote["address"]),
            "apifields": self.api_field_values("quote", quote["apifields"], staff_view=staff_view),
            "lastmodified": quote["lastmodified"],
            "_contactid": quote["contactid"],
            **self._project_facts(project),
        }
        if project is not None:
            record["projectid"] = project["id"]
            record["project"] = {"id": project["id"], "number": project["number"], "title": project["title"]}
        return record

    def quote_line_record(self, line: Row) -> Row:
        return {"id": line["id"], "quoteid": line["quoteid"], **self.line_record(line)}

    def shared_note_record(self, note: Row) -> Row:
        project = self.projects.find(note["projectid"])
        record: Row = {
            "id": note["id"],
            "title": note["title"],
            "content": note["content"],
            "projectid": note["projectid"],
            "author": {"id": note["authorid"], "name": self.contact_name(note["authorid"])},
            "date": note["date"],
            "lastmodified": note["lastmodified"],
            **self._project_facts(project),
        }
        if project is not None:
            record["project"] = {"id": project["id"], "number": project["number"], "title": project["title"]}
        return record

    def time_record(self, record: Row, *, staff_view: bool) -> Row:
        task = self.tasks.find(record["taskid"])
        project = None if task is None else self.projects.find(task["projectid"])
        row: Row = {
            "id": record["id"],
            "timetracked": record["timetracked"],
            "date": record["date"],
            "contactid": record["contactid"],
            "contactname": self.contact_name(record["contactid"]),
            "taskid": record["taskid"],
            "taskname": "" if task is None else task["name"],
            "projecttitle": "" if project is None else project["title"],
            **self._company_keys(None if project is None else project["companyid"]),
            "billable": record["billable"],
            "notes": record.get("notes", ""),
            **set_dates(record, "starttime", "endtime"),
            "running": bool(record.get("running", False)),
            "apifields": self.api_field_values("time", record.get("apifields", []), staff_view=staff_view),
            "lastmodified": record["lastmodified"],
            "_taskstartdate": "" if task is None else task["startdate"],
            "_taskduedate": "" if task is None else task["duedate"],
            "_taskcompletedate": "" if task is None else task["completedate"],
            **self._project_facts(project),
        }
        if task is not None:
            row["tasktimeallocated"] = task.get("timeallocated", 0)
            row["tasktimetracked"] = self._time_of([task["id"]])["timetracked"]
        if project is not None:
            row |= {"projectid": project["id"], "projectnumber": project["number"]}
            category = self.project_categories.find(project["categoryid"])
            if category is not None:
                row |= {"categoryid": category["id"], "categoryname": category["name"]}
        return row

    def timer_record(self, record: Row) -> Row:
        """A running timer: its time record with the seconds and whole minutes it has run so far."""
        task = self.tasks.find(record["taskid"])
        project = None if task is None else self.projects.find(task["projectid"])
        seconds = max(int((self.now() - datetime.fromisoformat(record["starttime"])).total_seconds()), 0)
        timer: Row = {
            "id": record["id"],
            "contactid": record["contactid"],
            "contactname": self.contact_name(record["contactid"]),
            "taskid": record["taskid"],
            "taskname": "" if task is None else task["name"],
            "starttime": record["starttime"],
            "timetrackedseconds": seconds,
            "timetracked": seconds // 60,
            "notes": record.get("notes", ""),
        }
        if project is not None:
            timer["projectid"] = project["id"]
            timer["projecttitle"] = project["title"]
        return timer

    def invoice_record(self, invoice: Row, *, staff_view: bool) -> Row:
        totals = self.invoice_totals(invoice)
        project = self.projects.find(invoice["projectid"])
        record: Row = {
            "id": invoice["id"],
            "number": invoice["number"],
            "title": invoice["title"],
            **self._company_keys(invoice["companyid"]),
            "status": "paid" if invoice["paiddate"] else "unpaid",
            "invoiceddate": invoice["invoiceddate"],
            "duedate": invoice["duedate"],
            "totals": totals,
            **totals,
            "description": invoice["description"],
            "taxable": invoice["taxable"],
            "taxrate": invoice["taxrate"],
            "purchaseordernumber": invoice["purchaseordernumber"],
            "invoicedbyid": invoice["invoicedbyid"],
            "invoicedby": self.contact_name(invoice["invoicedbyid"]),
            **_emailed(invoice),
            "showcostbreakdown": invoice.get("showcostbreakdown", True),
            "customfieldname": invoice.get("customfieldname", ""),
            "customfieldvalue": invoice.get("customfieldvalue", ""),
            "contactid": invoice["contactid"],
            "contactname": self.contact_name(invoice["contactid"]),
            "apifields": self.api_field_values("invoice", invoice["apifields"], staff_view=staff_view),
            "lastmodified": invoice["lastmodified"],
            "_contactid": invoice["contactid"],
            **self._project_facts(project),
        }
        if invoice["projectid"] is not None:
            record["projectid"] = invoice["projectid"]
        if project is not None:
            record["project"] = {"id": project["id"], "number": project["number"], "title": project["title"]}
        if invoice["paiddate"]:
            record["paiddate"] = invoice["paiddate"]
        return record

    def line_record(self, line: Row) -> Row:
        keys = ("type", "name", "description", "quantity", "rate", "time", "taxable", "displayorder")
        return {"id": line["id"], **{key: line[key] for key in keys}, "total": self.line_amount(line)}

    def event_record(self, event: Row, *, staff_view: bool) -> Row:
        return {
            "id": event["id"],
            "title": event["title"],
            "description": event["description"],
            "starttime": event["starttime"],
            "endtime": event["endtime"],
            "contacts": self.contact_refs(event["contactids"], staff_view=staff_view),
            "lastmodified": event["lastmodified"],
            "_contactids": list(event["contactids"]),
        }

    def expense_record(self, expense: Row) -> Row:
        project = self.projects.find(expense["projectid"])
        company_id = None if project is None else project["companyid"]
        record: Row = {
            "id": expense["id"],
            "name": expense["name"],
            "description": expense["description"],
            "cost": expense["cost"],
            "date": expense["date"],
            "invoiced": expense["invoiced"],
            "taxable": expense["taxable"],
            "projectid": expense["projectid"],
            **self._company_keys(company_id),
            "contactid": expense["contactid"],
            "contactname": self.contact_name(expense["contactid"]),
            "lastmodified": expense["lastmodified"],
            "_categoryid": expense["categoryid"],
            **self._project_facts(project),
        }
        for key, value in (
            ("project", self._project_ref(expense["projectid"])),
            ("company", self._named(self.companies, company_id, "name")),
            ("contact", {"id": expense["contactid"], "name": self.contact_name(expense["contactid"])}),
        ):
            if value is not None:
                record[key] = value
        return record

    def folder_record(self, folder: Row, *, staff_view: bool) -> Row:
        record: Row = {
            "id": folder["id"],
            "name": folder["name"],
            "projectid": folder["projectid"],
            "contacts": self._assignment(folder["contactids"], staff_view=staff_view),
            "lastmodified": folder["lastmodified"],
            "_contactids": copy.copy(folder["contactids"]),
            **self._project_facts(self.projects.find(folder["projectid"])),
        }
        project = self._project_ref(folder["projectid"])
        if project is not None:
            record["project"] = project
        return record

    def file_link(self, file: Row) -> str:
        signature = hashlib.sha256(f"{self.account.slug}/{file['id']}/{file['name']}".encode()).hexdigest()[
            :24
        ]
        return f"{self.account.url}/files/{file['id']}/download?signature={signature}"

    @staticmethod
    def file_size(file: Row) -> int:
        text = str(file["content"])
        return len(text) * 3 // 4 - text[-2:].count("=")

    def file_record(self, file: Row, *, staff_view: bool) -> Row:
        task = self.tasks.find(file["taskid"])
        folder = self.folders.find(file["folderid"])
        project_id = file["projectid"] or (task or folder or {}).get("projectid")
        record: Row = {
            "id": file["id"],
            "name": file["name"],
            "date": file["date"],
            "size": self.file_size(file),
            "link": self.file_link(file),
            "contacts": self._assignment(file["contactids"], staff_view=staff_view),
            "lastmodified": file["lastmodified"],
            "_contactids": copy.copy(file["contactids"]),
            "_taskstatus": "" if task is None else task["status"],
            **self._project_facts(self.projects.find(project_id)),
        }
        for key, row_id, value in (
            ("projectid", project_id, self._project_ref(project_id)),
            ("taskid", file["taskid"], None if task is None else {"id": task["id"], "name": task["name"]}),
            (
                "folderid",
                file["folderid"],
                None if folder is None else {"id": folder["id"], "name": folder["name"]},
            ),
        ):
            if value is not None:
                record[key] = row_id
                record[key.removesuffix("id")] = value
        return record

    def message_record(self, message: Row, *, staff_view: bool) -> Row:
        task = self.tasks.find(message["taskid"])
        record: Row = {
            "id": message["id"],
            "title": message["title"],
            "content": message["content"],
            "originalmessageid": message["originalmessageid"] or "",
            "date": message["date"],
            "public": message["public"],
            "author": {"id": message["authorid"], "name": self.contact_name(message["authorid"])},
            "contacts": self.contact_refs(message["contactids"], staff_view=staff_view),
            "files": [
                {"id": f["id"], "name": f["name"]}
                for fid in message["fileids"]
                if (f := self.files.find(fid))
            ],
            "projectid": message["projectid"],
            "lastmodified": message["lastmodified"],
            "_contactids": list(message["contactids"]),
            "_taskstatus": "" if task is None else task["status"],
            **self._project_facts(self.projects.find(message["projectid"])),
        }
        project = self._project_ref(message["projectid"])
        if project is not None:
            record["project"] = project
        if task is not None:
            record["taskid"] = task["id"]
            record["task"] = {"id": task["id"], "name": task["name"]}
        return record

    def note_record(self, note: Row, *, staff_view: bool) -> Row:
        category = self.note_categories.find(note["categoryid"])
        record: Row = {
            "id": note["id"],
            "title": note["title"],
            "content": note["content"],
            "date": note["date"],
            "lastmodified": note["lastmodified"],
            "contacts": self.contact_refs(note["contactids"], staff_view=staff_view),
            "_contactids": copy.copy(note["contactids"]),
            "_categoryid": note["categoryid"],
            "_companyid": note["companyid"],
            "_contactid": note["contactid"],
        }
        if category is not None:
            record["category"] = dict(category)
        return record

    def project_request_record(self, request: Row, *, staff_view: bool) -> Row:
        record: Row = {
            "id": request["id"],
            "title": request["title"],
            "description": request["description"],
            "budget": request["budget"],
            "status": request["status"],
            **set_dates(request, "startdate", "duedate", "submitteddate"),
            "files": [],
            **{key: request.get(key, "") for key in ("customformtitle", "customformcontent")},
            "customfields": self.custom_field_values(request.get("customfields", [])),
            "apifields": self.api_field_values(
                "project", request.get("apifields", []), staff_view=staff_view
            ),
            "lastmodified": request["lastmodified"],
        }
        # links left out when unset (a request staff filed without naming a client has no company)
        for key in ("companyid", "clientid", "recipientid", "projectid"):
            if request[key] is not None:
                record[key] = request[key]
        for key, value in (
            ("company", self._named(self.companies, request["companyid"], "name")),
            ("client", self._person(request["clientid"])),
            ("recipient", self._person(request["recipientid"])),
            ("template", self.project_templates.find(request.get("templateid"))),
        ):
            if value is not None:
                record[key] = value
        if "template" in record:
            template = record.pop("template")
            record |= {"templateid": template["id"], "templatename": template["name"]}
        return record

    def _person(self, contact_id: int | None) -> Row | None:
        contact = self.contacts.find(contact_id)
        return None if contact is None else {"id": contact["id"], "name": full_name(contact)}


@functools.cache
def _start() -> Store:
    """The demo account, as a store starts: what the state checks take the tables' kinds and rows'
    keys from. Never changed."""
    return Store(lambda: demo.DEMO_NOW)


def _row_keys_at_start() -> dict[str, frozenset[str]]:
    """Per table attribute, the keys every demo row has: the code reads them from any row, and rows
    the API makes have them too. ``lastmodified`` is not asked for: a row loaded without one is
    stamped with the time it was loaded."""
    keys = {
        attribute: common_keys(getattr(_start(), attribute).all()) - {"lastmodified"}
        for attribute in STATE_TABLES.values()
    }
    return keys | ROW_KEYS_WITHOUT_DEMO_ROWS


ROW_KEYS_WITHOUT_DEMO_ROWS = {
    "webhooks": frozenset({"event", "url", "contactid", "date"}),
    "webhook_requests": frozenset({
        "resthookid", "event", "dataid", "dataurl", "url", "httpstatuscode", "tries", "starttime",
        "completetime", "nextruntime", "status",
    }),
}  # fmt: skip
"""The keys the code reads from every row of the tables the demo account leaves empty."""


def _contact_permissions(
    data: Any, contacts: Table, permissions: Table
) -> dict[int, dict[int, dict[str, bool]]]:
    """``contactpermissions`` of a snapshot, checked: contact id -> permission id -> setting -> bool,
    every id one of the state's."""
    where = f"state.{PERMISSIONS_KEY}"
    loaded: dict[int, dict[int, dict[str, bool]]] = {}
    for contact_key, by_permission in _id_mapping(data, contacts, where).items():
        place = f"{where}[{contact_key}]"
        settings_by_id = _id_mapping(by_permission, permissions, place)
        loaded[int(contact_key)] = {
            int(key): _settings(settings, f"{place}[{key}]") for key, settings in settings_by_id.items()
        }
    return loaded


def _id_mapping(data: Any, table: Table, where: str) -> Mapping[str, Any]:
    """``data`` as a mapping keyed by ids (as text) of rows of ``table``."""
    if not isinstance(data, Mapping):
        raise StateError(f"{where}: expected a mapping of {table.kind} id to its settings")
    for key in data:
        if not (isinstance(key, str) and key.isdigit() and int(key) in table.rows):
            raise StateError(f"{where}[{key}]: no {table.kind} with this id")
    return data


def _settings(data: Any, where: str) -> dict[str, bool]:
    if not isinstance(data, Mapping) or not all(isinstance(v, bool) for v in data.values()):
        raise StateError(f"{where}: expected a mapping of setting (view, add...) to true or false")
    return {str(key): value for key, value in data.items()}


def _listed_row(rows: Iterable[Row], row_id: Any) -> Row | None:
    """The row of a fixed demo list with this id (None when there is none or no id)."""
    return next((row for row in rows if row_id is not None and row["id"] == row_id), None)


def _emailed(document: Row) -> Row:
    """When and to whom an invoice or quote was last e-mailed; the mock sends no e-mail, so only a
    stored value shows (empty otherwise)."""
    return {"emailedto": document.get("emailedto", ""), **set_dates(document, "emaileddate")}


def full_name(contact: Mapping[str, Any]) -> str:
    return f"{contact['firstname']} {contact['lastname']}".strip()


def discount_amount(value: Any, gross: float) -> float:
    """A fixed discount (``500``) or a percentage of the lines (``"10%"``), never more than the lines."""
    if value in (None, ""):
        return 0.0
    text = str(value)
    amount = gross * float(text[:-1]) / 100 if text.endswith("%") else float(text)
    return money(min(max(amount, 0.0), gross))


def set_dates(row: Mapping[str, Any], *keys: str) -> Row:
    """The dates a row has; an unset date (stored as "") is left out rather than shown empty."""
    return {key: row[key] for key in keys if row.get(key)}


def public_view(record: Mapping[str, Any]) -> Row:
    """A record without its private ``_`` keys: what a single-item call shows."""
    return {key: value for key, value in record.items() if not key.startswith("_")}
