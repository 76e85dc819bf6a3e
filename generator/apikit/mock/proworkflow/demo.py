"""The demo account every ProWorkflow mock starts with (invented data; example.com style domains).

Account "Brightside Studio": slug ``brightside``, account URL ``https://brightside.example.com``
(``GET /login`` accepts the URL, any URL whose last path segment is the slug, or the bare slug,
case-insensitively), API key ``pwf-demo-4f1c2a9e7b3d5a60``.

Users who may log in (Basic auth with the username OR the e-mail address, and the password):

===  ==============  ==========  ============================  =============  ==========  =======
id   name            username    e-mail                        password       type        company
===  ==============  ==========  ============================  =============  ==========  =======
1    Dana Admin      dana        dana@brightside.example.com   dana-pass-1    staff       1
2    Sam Staff       sam         sam@brightside.example.com    sam-pass-2     staff       1
3    Chloe Client    chloe       chloe@acme.example.com        chloe-pass-3   client      2
5    Nina North      nina        nina@northwind.example.com    nina-pass-5    client      3
6    Connor Contr    connor      connor@pixel.example.com      connor-pass-6  contractor  4
===  ==============  ==========  ============================  =============  ==========  =======

Contacts 4 (Alan Acme, client of company 2) and 7 (Hugo Harbour, "other" company 5) cannot log in;
contact 8 (Petra Pending, client of company 3) is a pending contact.

Companies: 1 Brightside Studio (staff), 2 Acme Widgets (client), 3 Northwind Traders (client),
4 Pixel Freelance (contractor), 5 Harbour Supplies (other), 6 Old Mill Bakery (client, pending).

Task settings (``/settings/tasks/...``, which may change them): task categories (general tasks belong
to one) 1 Administration and 2 Sales; task tags 1 Urgent and 2 Waiting on client; task template 1
"Proof-read", whose one task (priority 2, 60 minutes allocated) is what a task created with
``templateid`` 1 becomes. Team 1 Studio is fixed (the mock has no calls that change it). The project
settings are tables the settings calls read and change: project categories 1 Client work and 2
Internal, custom statuses 1 In progress and 2 On hold, project tags 1 Retainer and 2 Rush (project 1
has custom status 1, tag 2, group 1 and team 1 in charge); the read-only project templates 1 "Website"
(the one project request 1 asks for) and 2 "Brand identity", custom fields 1 Client reference and 2
Cost centre, and the autonumbering schemes 1 Standard (the default, no prefix) and 2 Internal
(``INT-``). Invoice 1 and quote 1 were e-mailed to Chloe.

Invoices and quotes made with ``number`` ``auto`` are numbered ``INV-nnnn`` and ``Q-nnnn`` by one
autonumbering scheme each, whose counters (next 4 and 3) move on as they are used; the invoice templates
(1 Standard, 2 Time breakdown) and quote templates (1 Standard, 2 Estimate) are read only.

Everything else (projects, tasks, quotes and invoices with their lines, time, events, expenses,
files, folders, messages, notes, shared notes, project requests, project bookmarks, tags, groups,
roles, permissions) is listed in the tables below: among them quote 1 (Q-0001, approved, Acme,
project 1, 4,400.00 with tax) and quote 2 (Q-0002, a pending estimate for Northwind, project 2,
2,750.00), shared notes 1 and 2 and bookmarks 1 and 2 on projects 1 (Website relaunch, Acme) and 2
(Brand refresh, Northwind), and project request 1 (Acme's pending "Mobile app", sent to Dana). No demo
project has allocated time (none is over time) and none is overdue on ``DEMO_NOW``; every project has
the default options (client access and e-mail alerts on). Dates are fixed; ``DEMO_NOW`` (2026-06-15
09:00, account-local) is the moment the data was written for: with that clock invoice 1 is overdue,
invoice 2 is unpaid but not yet due and invoice 3 is paid. Tests inject it with
``create_behaviour(spec, clock=lambda: DEMO_NOW)``.

The tables hold *stored* rows (ids, foreign keys, private flags); what the API returns is derived
from them by the store, so nested and top-level answers always agree.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

Row = dict[str, Any]

DEMO_NOW = datetime(2026, 6, 15, 9, 0, 0)
SEEDED_AT = "2026-06-01T08:00:00"


@dataclass(frozen=True)
class DemoAccount:
    name: str
    slug: str
    url: str
    plan: str
    currency: str
    api_key: str = field(repr=False)
    utc_offset: timedelta = timedelta(hours=12)
    """The account's time zone: New Zealand standard time (the mock keeps no daylight saving). Stored
    times are local; the ``...utc...`` filters read them in UTC."""


@dataclass(frozen=True)
class DemoUser:
    """A contact who can log in; the password is only here to seed the store and document it."""

    contact_id: int
    username: str
    email: str
    password: str = field(repr=False)
    type: str = "staff"


ACCOUNT = DemoAccount(
    name="Brightside Studio",
    slug="brightside",
    url="https://brightside.example.com",
    plan="Advanced",
    currency="USD",
    api_key="pwf-demo-4f1c2a9e7b3d5a60",
)

DANA = DemoUser(1, "dana", "dana@brightside.example.com", "dana-pass-1", "staff")
SAM = DemoUser(2, "sam", "sam@brightside.example.com", "sam-pass-2", "staff")
CHLOE = DemoUser(3, "chloe", "chloe@acme.example.com", "chloe-pass-3", "client")
NINA = DemoUser(5, "nina", "nina@northwind.example.com", "nina-pass-5", "client")
CONNOR = DemoUser(6, "connor", "connor@pixel.example.com", "connor-pass-6", "contractor")
USERS = (DANA, SAM, CHLOE, NINA, CONNOR)

STAFF_COMPANY_ID = 1

TAGS: list[Row] = [
    {"id": 1, "name": "VIP"},
    {"id": 2, "name": "Newsletter"},
    {"id": 3, "name": "Retail"},
]
# Staff groups sit under teams (the org chart); a staff contact's teams are the teams of their groups.
TEAMS: list[Row] = [{"id": 1, "name": "Studio"}]
GROUPS: list[Row] = [
    {"id": 1, "name": "Designers", "teamid": 1},
    {"id": 2, "name": "Developers", "teamid": 1},
]
# Division 1 holds every company and contact without another division; division 2 holds none yet.
DIVISIONS: list[Row] = [{"id": 1, "name": "Head office"}, {"id": 2, "name": "Europe"}]
ROLES: list[Row] = [{"id": 1, "name": "Project manager"}, {"id": 2, "name": "Accounts"}]
PERMISSIONS: list[Row] = [
    {"id": 1, "name": "Projects"},
    {"id": 2, "name": "Invoices"},
    {"id": 3, "name": "Contacts"},
    {"id": 4, "name": "Time"},
]
NOTE_CATEGORIES: list[Row] = [{"id": 1, "name": "General"}, {"id": 2, "name": "Meetings"}]
# API fields: the values items hold (``apifields`` of companies, contacts...) name these ids.
API_FIELDS: list[Row] = [
    {"id": 1, "name": "Budget code", "type": "project", "private": True},
    {"id": 2, "name": "Region", "type": "company", "private": False},
    {"id": 3, "name": "Segment", "type": "contact", "private": False},
]
FIXED_COST_ITEMS: list[Row] = [
    {"id": 1, "name": "Domain registration", "description": "One year", "rate": 25.0, "taxable": True},
    {"id": 2, "name": "Page template", "description": "One page template", "rate": 250.0, "taxable": True},
]
# The hourly rates the demo quote and invoice lines were written with ("Development" and "Design"
# task rates, Sam's staff rate); a line keeps its own rate once written.
SERVICE_RATES: list[Row] = [
    {"id": 1, "name": "Design", "rate": 90.0},
    {"id": 2, "name": "Development", "rate": 100.0},
]
STAFF_RATES: list[Row] = [{"id": 1, "contactid": 1, "rate": 120.0}, {"id": 2, "contactid": 2, "rate": 100.0}]
# Invoice and quote settings. The counters continue the demo's numbers (INV-0001..0003, Q-0001..0002).
INVOICE_AUTONUMBERING: list[Row] = [
    {"id": 1, "name": "Invoices", "prefix": "INV-", "digits": 4, "nextnumber": 4},
]
QUOTE_AUTONUMBERING: list[Row] = [{"id": 1, "name": "Quotes", "prefix": "Q-", "digits": 4, "nextnumber": 3}]
INVOICE_TEMPLATES: list[Row] = [{"id": 1, "name": "Standard"}, {"id": 2, "name": "Time breakdown"}]
QUOTE_TEMPLATES: list[Row] = [{"id": 1, "name": "Standard"}, {"id": 2, "name": "Estimate"}]
QUOTE_SETTINGS: Row = {"type": "quote", "taxable": True, "taxrate": 0.0}
ACCOUNT_SETTINGS: Row = {"timezone": "Pacific/Auckland", "dateformat": "dd/mm/yyyy", "weekstart": "monday"}
BILLING_CYCLE = "monthly"
STAFF_LICENSES = 5
LOOK_AND_FEEL: Row = {"logo": "", "headercolor": "1F6FB2", "textcolor": "FFFFFF"}
EXPENSE_CATEGORY = {"id": 1, "name": "Materials"}
TIME_CATEGORY = {"id": 1, "name": "Design"}
TASK_CATEGORIES: tuple[Row, ...] = ({"id": 1, "name": "Administration"}, {"id": 2, "name": "Sales"})
PROJECT_CATEGORIES: tuple[Row, ...] = ({"id": 1, "name": "Client work"}, {"id": 2, "name": "Internal"})
CUSTOM_STATUSES: tuple[Row, ...] = (
    {"id": 1, "name": "In progress", "color": "00FF00"},
    {"id": 2, "name": "On hold", "color": "FF9900"},
)
PROJECT_TAGS: tuple[Row, ...] = ({"id": 1, "name": "Retainer"}, {"id": 2, "name": "Rush"})
# What a project made from a template starts with (the body's own values win).
PROJECT_TEMPLATES: tuple[Row, ...] = (
    {
        "id": 1,
        "name": "Website",
        "description": "Discovery, design, build and launch of a website.",
        "categoryid": 1,
    },
    {"id": 2, "name": "Brand identity", "description": "", "categoryid": None},
)
PROJECT_CUSTOM_FIELDS: tuple[Row, ...] = (
    {"id": 1, "name": "Client reference"},
    {"id": 2, "name": "Cost centre"},
)
PROJECT_AUTONUMBERING: tuple[Row, ...] = (
    {"id": 1, "name": "Standard", "prefix": "", "default": True},
    {"id": 2, "name": "Internal", "prefix": "INT-", "default": False},
)
# The options a new project starts with unless its body sets them (/settings/projects).
PROJECT_SETTINGS: Row = {"clientaccess": True, "emailalerts": True}
TASK_TAGS: tuple[Row, ...] = ({"id": 1, "name": "Urgent"}, {"id": 2, "name": "Waiting on client"})
TASK_TEMPLATES: tuple[Row, ...] = ({"id": 1, "name": "Proof-read"},)
# What each task added from a template is given, in id order (the order they were added).
TASK_TEMPLATE_TASKS: tuple[Row, ...] = (
    {
        "id": 1,
        "tasktemplateid": 1,
        "name": "Proof-read",
        "description": "Read the copy once more before it goes out.",
        "priority": 2,
        "timeallocated": 60,
        "billable": True,
        "taxable": True,
    },
)

_FULL = {"view": True, "add": True, "edit": True, "delete": True}
_VIEW = {"view": True, "add": False, "edit": False, "delete": False}
_NONE = {"view": False, "add": False, "edit": False, "delete": False}
CONTACT_PERMISSIONS: dict[int, dict[int, dict[str, bool]]] = {
    1: {1: _FULL, 2: _FULL, 3: _FULL, 4: _FULL},
    2: {1: _FULL, 2: _VIEW, 3: _FULL, 4: _FULL},
    3: {1: _VIEW, 2: _VIEW, 3: _NONE, 4: _NONE},
    5: {1: _VIEW, 2: _VIEW, 3: _NONE, 4: _NONE},
    6: {1: _VIEW, 2: _NONE, 3: _NONE, 4: _FULL},
}

COMPANIES: list[Row] = [
    {
        "id": 1,
        "name": "Brightside Studio",
        "code": "BSS",
        "type": "staff",
        "address": {
            "address1": "1 Harbour Lane",
            "city": "Springfield",
            "country": "USA",
            "zipcode": "90210",
        },
        "phone": "+1 555 0100",
        "fax": "",
        "email": "hello@brightside.example.com",
        "website": "www.brightside.example.com",
        "tagids": [],
        "apifields": [],
        "pending": False,
    },
    {
        "id": 2,
        "name": "Acme Widgets",
        "code": "ACME",
        "type": "client",
        "address": {"address1": "22 Mill Road", "city": "Shelbyville", "country": "USA", "zipcode": "90211"},
        "phone": "+1 555 0122",
        "fax": "+1 555 0123",
        "email": "office@acme.example.com",
        "website": "www.acme.example.com",
        "tagids": [1, 3],
        "apifields": [{"id": 2, "name": "Region", "value": "Europe"}],
        "pending": False,
    },
    {
        "id": 3,
        "name": "Northwind Traders",
        "code": "NWT",
        "type": "client",
        "address": {"address1": "5 Dock Street", "city": "Capital City", "country": "USA"},
        "phone": "+1 555 0133",
        "fax": "",
        "email": "info@northwind.example.com",
        "website": "www.northwind.example.com",
        "tagids": [2],
        "apifields": [{"id": 2, "name": "Region", "value": "Asia"}],
        "pending": False,
    },
    {
        "id": 4,
        "name": "Pixel Freelance",
        "code": "PXL",
        "type": "contractor",
        "address": {"city": "Ogdenville"},
        "phone": "+1 555 0144",
        "fax": "",
        "email": "studio@pixel.example.com",
        "website": "",
        "tagids": [],
        "apifields": [],
        "pending": False,
    },
    {
        "id": 5,
        "name": "Harbour Supplies",
        "code": "HBS",
        "type": "other",
        "address": {"city": "North Haverbrook"},
        "phone": "",
        "fax": "",
        "email": "sales@harbour.example.com",
        "website": "",
        "tagids": [3],
        "apifields": [],
        "pending": False,
    },
    {
        "id": 6,
        "name": "Old Mill Bakery",
        "code": "OMB",
        "type": "client",
        "address": {},
        "phone": "",
        "fax": "",
        "email": "bake@oldmill.example.com",
        "website": "",
        "tagids": [],
        "apifields": [],
        "pending": True,
    },
]

_NO_LOCATION: Row = {}
CONTACTS: list[Row] = [
    {
        "id": 1,
        "firstname": "Dana",
        "lastname": "Admin",
        "type": "staff",
        "companyid": 1,
        "email": DANA.email,
        "title": "Director",
        "workphone": "+1 555 0101",
        "mobilephone": "+1 555 0191",
        "fax": "",
        "allowlogin": True,
        "username": DANA.username,
        "groupids": [2],
        "roleids": [1, 2],
        "tagids": [],
        "apifields": [],
        "pending": False,
        "location": {"latitude": -36.8485, "longitude": 174.7633, "locationtime": "2026-06-14T17:30:00"},
    },
    {
        "id": 2,
        "firstname": "Sam",
        "lastname": "Staff",
        "type": "staff",
        "companyid": 1,
        "email": SAM.email,
        "title": "Designer",
        "workphone": "+1 555 0102",
        "mobilephone": "",
        "fax": "",
        "allowlogin": True,
        "username": SAM.username,
        "groupids": [1],
        "roleids": [1],
        "tagids": [2],
        "apifields": [],
        "pending": False,
        "location": {"latitude": 51.5072, "longitude": -0.1276, "locationtime": "2026-06-15T08:10:00"},
    },
    {
        "id": 3,
        "firstname": "Chloe",
        "lastname": "Client",
        "type": "client",
        "companyid": 2,
        "email": CHLOE.email,
        "title": "Marketing lead",
        "workphone": "+1 555 0124",
        "mobilephone": "",
        "fax": "+1 555 0123",
        "allowlogin": True,
        "username": CHLOE.username,
        "groupids": [],
        "roleids": [],
        "tagids": [1, 2],
        "apifields": [{"id": 3, "name": "Segment", "value": "Industrial"}],
        "pending": False,
        "location": _NO_LOCATION,
    },
    {
        "id": 4,
        "firstname": "Alan",
        "lastname": "Acme",
        "type": "client",
        "companyid": 2,
        "email": "alan@acme.example.com",
        "title": "Buyer",
        "workphone": "+1 555 0125",
        "mobilephone": "",
        "fax": "",
        "allowlogin": False,
        "username": "",
        "groupids": [],
        "roleids": [],
        "tagids": [],
        "apifields": [],
        "pending": False,
        "location": _NO_LOCATION,
    },
    {
        "id": 5,
        "firstname": "Nina",
        "lastname": "North",
        "type": "client",
        "companyid": 3,
        "email": NINA.email,
        "title": "Owner",
        "workphone": "+1 555 0134",
        "mobilephone": "",
        "fax": "",
        "allowlogin": True,
        "username": NINA.username,
        "groupids": [],
        "roleids": [],
        "tagids": [],
        "apifields": [],
        "pending": False,
        "location": _NO_LOCATION,
    },
    {
        "id": 6,
        "firstname": "Connor",
        "lastname": "Contr",
        "type": "contractor",
        "companyid": 4,
        "email": CONNOR.email,
        "title": "Copywriter",
        "workphone": "",
        "mobilephone": "+1 555 0146",
        "fax": "",
        "allowlogin": True,
        "username": CONNOR.username,
        "groupids": [],
        "roleids": [],
        "tagids": [],
        "apifields": [],
        "pending": False,
        "location": _NO_LOCATION,
    },
    {
        "id": 7,
        "firstname": "Hugo",
        "lastname": "Harbour",
        "type": "other",
        "companyid": 5,
        "email": "hugo@harbour.example.com",
        "title": "Sales",
        "workphone": "",
        "mobilephone": "",
        "fax": "",
        "allowlogin": False,
        "username": "",
        "groupids": [],
        "roleids": [],
        "tagids": [3],
        "apifields": [],
        "pending": False,
        "location": _NO_LOCATION,
    },
    {
        "id": 8,
        "firstname": "Petra",
        "lastname": "Pending",
        "type": "client",
        "companyid": 3,
        "email": "petra@northwind.example.com",
        "title": "",
        "workphone": "",
        "mobilephone": "",
        "fax": "",
        "allowlogin": False,
        "username": "",
        "groupids": [],
        "roleids": [],
        "tagids": [],
        "apifields": [],
        "pending": True,
        "location": _NO_LOCATION,
    },
]

PROJECTS: list[Row] = [
    {
        "id": 1,
        "number": "0001",
        "title": "Website relaunch",
        "companyid": 2,
        "managerid": 1,
        "contactids": [1, 2, 3, 6],
        "status": "active",
        "priority": 1,
        "categoryid": 1,
        "customstatusid": 1,
        "tagids": [2],
        "groupid": 1,
        "teamid": 1,
        "startdate": "2026-05-04T00:00:00",
        "duedate": "2026-07-31T00:00:00",
        "completedate": "",
    },
    {
        "id": 2,
        "number": "0002",
        "title": "Brand refresh",
        "companyid": 3,
        "managerid": 2,
        "contactids": [2, 5],
        "status": "active",
        "priority": 2,
        "categoryid": 1,
        "startdate": "2026-06-01T00:00:00",
        "duedate": "2026-08-15T00:00:00",
        "completedate": "",
    },
    {
        "id": 3,
        "number": "0003",
        "title": "Office fit-out",
        "companyid": 2,
        "managerid": 1,
        "contactids": [1, 3],
        "status": "complete",
        "priority": 3,
        "categoryid": 2,
        "startdate": "2026-02-01T00:00:00",
        "duedate": "2026-03-31T00:00:00",
        "completedate": "2026-03-28T00:00:00",
    },
]

TASKS: list[Row] = [
    {
        "id": 1,
        "name": "Design home page",
        "projectid": 1,
        "creatorid": 1,
        "contactids": [2],
        "status": "active",
        "order": 1,
        "startdate": "2026-05-04T00:00:00",
        "duedate": "2026-06-12T00:00:00",
        "completedate": "",
    },
    {
        "id": 2,
        "name": "Write page copy",
        "projectid": 1,
        "creatorid": 1,
        "contactids": [6],
        "status": "active",
        "order": 2,
        "startdate": "2026-05-11T00:00:00",
        "duedate": "2026-06-26T00:00:00",
        "completedate": "",
    },
    {
        "id": 3,
        "name": "Logo concepts",
        "projectid": 2,
        "creatorid": 2,
        "contactids": [2],
        "status": "active",
        "order": 1,
        "startdate": "2026-06-01T00:00:00",
        "duedate": "2026-06-30T00:00:00",
        "completedate": "",
    },
    {
        "id": 4,
        "name": "Order furniture",
        "projectid": 3,
        "creatorid": 1,
        "contactids": [1],
        "status": "complete",
        "order": 1,
        "startdate": "2026-02-02T00:00:00",
        "duedate": "2026-03-01T00:00:00",
        "completedate": "2026-02-27T00:00:00",
    },
]

QUOTES: list[Row] = [
    {
        "id": 1,
        "number": "Q-0001",
        "title": "Website relaunch quote",
        "type": "quote",
        "description": "Design and build of the new site.",
        "companyid": 2,
        "projectid": 1,
        "contactid": 3,
        "quotedbyid": 1,
        "status": "approved",
        "quoteddate": "2026-04-20T00:00:00",
        "validtodate": "2026-05-20T00:00:00",
        "approveddate": "2026-04-28T00:00:00",
        "taxable": True,
        "taxrate": 10.0,
        "address": {},
        "apifields": [],
        "emaileddate": "2026-04-20T10:00:00",
        "emailedto": CHLOE.email,
    },
    {
        "id": 2,
        "number": "Q-0002",
        "title": "Brand refresh estimate",
        "type": "estimate",
        "description": "",
        "companyid": 3,
        "projectid": 2,
        "contactid": 5,
        "quotedbyid": 2,
        "status": "pending",
        "quoteddate": "2026-05-25T00:00:00",
        "validtodate": "2026-06-30T00:00:00",
        "approveddate": "",
        "taxable": True,
        "taxrate": 10.0,
        "address": {},
        "apifields": [],
    },
]

# Quote 1: 8 x 250 + 1200 min at 100/h = 4000 before tax; quote 2: 1500 + 600 min at 100/h = 2500.
QUOTE_LINES: list[Row] = [
    {
        "id": 1,
        "quoteid": 1,
        "type": "heading",
        "name": "Design and build",
        "description": "",
        "quantity": 0.0,
        "rate": 0.0,
        "time": 0,
        "taxable": True,
        "displayorder": 1.0,
    },
    {
        "id": 2,
        "quoteid": 1,
        "type": "lineitem",
        "name": "Page templates",
        "description": "Eight templates",
        "quantity": 8.0,
        "rate": 250.0,
        "time": 0,
        "taxable": True,
        "displayorder": 2.0,
    },
    {
        "id": 3,
        "quoteid": 1,
        "type": "taskrate",
        "name": "Development",
        "description": "",
        "quantity": 0.0,
        "rate": 100.0,
        "time": 1200,
        "taxable": True,
        "displayorder": 3.0,
    },
    {
        "id": 4,
        "quoteid": 2,
        "type": "lineitem",
        "name": "Logo concepts",
        "description": "",
        "quantity": 1.0,
        "rate": 1500.0,
        "time": 0,
        "taxable": True,
        "displayorder": 1.0,
    },
    {
        "id": 5,
        "quoteid": 2,
        "type": "staffrate",
        "name": "Sam Staff",
        "description": "",
        "quantity": 0.0,
        "rate": 100.0,
        "time": 600,
        "taxable": True,
        "displayorder": 2.0,
    },
]

TIME_RECORDS: list[Row] = [
    {
        "id": 1,
        "contactid": 2,
        "taskid": 1,
        "date": "2026-06-08T00:00:00",
        "timetracked": 120,
        "billable": True,
    },
    {
        "id": 2,
        "contactid": 6,
        "taskid": 2,
        "date": "2026-06-10T00:00:00",
        "timetracked": 90,
        "billable": True,
    },
    {
        "id": 3,
        "contactid": 2,
        "taskid": 3,
        "date": "2026-06-12T00:00:00",
        "timetracked": 60,
        "billable": False,
    },
    {
        "id": 4,
        "contactid": 1,
        "taskid": 4,
        "date": "2026-02-20T00:00:00",
        "timetracked": 45,
        "billable": True,
    },
]

INVOICES: list[Row] = [
    {
        "id": 1,
        "number": "INV-0001",
        "title": "Website relaunch - design",
        "companyid": 2,
        "projectid": 1,
        "contactid": 3,
        "invoicedbyid": 1,
        "description": "First stage of the relaunch.",
        "invoiceddate": "2026-05-15T00:00:00",
        "duedate": "2026-06-14T00:00:00",
        "paiddate": "",
        "taxable": True,
        "taxrate": 10.0,
        "purchaseordernumber": "PO-7781",
        "apifields": [],
        "emaileddate": "2026-05-15T09:30:00",
        "emailedto": CHLOE.email,
    },
    {
        "id": 2,
        "number": "INV-0002",
        "title": "Brand refresh - deposit",
        "companyid": 3,
        "projectid": 2,
        "contactid": 5,
        "invoicedbyid": 2,
        "description": "Deposit.",
        "invoiceddate": "2026-06-01T00:00:00",
        "duedate": "2026-07-01T00:00:00",
        "paiddate": "",
        "taxable": False,
        "taxrate": 0.0,
        "purchaseordernumber": "",
        "apifields": [],
    },
    {
        "id": 3,
        "number": "INV-0003",
        "title": "Office fit-out",
        "companyid": 2,
        "projectid": 3,
        "contactid": 4,
        "invoicedbyid": 1,
        "description": "Furniture and installation.",
        "invoiceddate": "2026-03-30T00:00:00",
        "duedate": "2026-04-29T00:00:00",
        "paiddate": "2026-04-20T00:00:00",
        "taxable": True,
        "taxrate": 10.0,
        "purchaseordernumber": "",
        "apifields": [],
    },
]

# Money per line: quantity * rate (line items, expenses) or time/60 * rate (task and staff rates).
INVOICE_LINES: list[Row] = [
    {
        "id": 1,
        "invoiceid": 1,
        "type": "heading",
        "name": "Design",
        "description": "",
        "quantity": 0.0,
        "rate": 0.0,
        "time": 0,
        "taxable": True,
        "displayorder": 1.0,
    },
    {
        "id": 2,
        "invoiceid": 1,
        "type": "lineitem",
        "name": "Page layouts",
        "description": "Ten layouts",
        "quantity": 10.0,
        "rate": 100.0,
        "time": 0,
        "taxable": True,
        "displayorder": 2.0,
    },
    {
        "id": 3,
        "invoiceid": 1,
        "type": "taskrate",
        "name": "Design home page",
        "description": "",
        "quantity": 0.0,
        "rate": 90.0,
        "time": 120,
        "taxable": True,
        "displayorder": 3.0,
    },
    {
        "id": 4,
        "invoiceid": 2,
        "type": "lineitem",
        "name": "Deposit",
        "description": "",
        "quantity": 1.0,
        "rate": 500.0,
        "time": 0,
        "taxable": False,
        "displayorder": 1.0,
    },
    {
        "id": 5,
        "invoiceid": 3,
        "type": "expense",
        "name": "Desks",
        "description": "",
        "quantity": 4.0,
        "rate": 250.0,
        "time": 0,
        "taxable": True,
        "displayorder": 1.0,
    },
]

EVENTS: list[Row] = [
    {
        "id": 1,
        "title": "Kick-off meeting",
        "description": "Website relaunch kick-off.",
        "starttime": "2026-05-04T10:00:00",
        "endtime": "2026-05-04T11:00:00",
        "contactids": [1, 2],
    },
    {
        "id": 2,
        "title": "Studio offsite",
        "description": "",
        "starttime": "2026-06-19T09:00:00",
        "endtime": "2026-06-19T17:00:00",
        "contactids": [2],
    },
]

EXPENSES: list[Row] = [
    {
        "id": 1,
        "name": "Stock photos",
        "description": "Hero images",
        "cost": 120.5,
        "date": "2026-05-20T00:00:00",
        "projectid": 1,
        "contactid": 2,
        "invoiced": False,
        "taxable": True,
        "categoryid": 1,
    },
    {
        "id": 2,
        "name": "Courier",
        "description": "",
        "cost": 35.0,
        "date": "2026-06-03T00:00:00",
        "projectid": 2,
        "contactid": 2,
        "invoiced": True,
        "taxable": False,
        "categoryid": 1,
    },
]

FOLDERS: list[Row] = [
    {"id": 1, "name": "Contracts", "projectid": 1, "contactids": [1, 2]},
    {"id": 2, "name": "Shared assets", "projectid": 2, "contactids": "all"},
]

FILES: list[Row] = [
    {
        "id": 1,
        "name": "brief.txt",
        "projectid": 1,
        "taskid": None,
        "folderid": None,
        "contactids": "all",
        "date": "2026-05-04T12:00:00",
        "content": "UHJvamVjdCBicmllZgo=",
    },
    {
        "id": 2,
        "name": "logo-sketch.txt",
        "projectid": 2,
        "taskid": 3,
        "folderid": None,
        "contactids": [1, 2],
        "date": "2026-06-05T15:00:00",
        "content": "TG9nbyBza2V0Y2gK",
    },
    {
        "id": 3,
        "name": "contract.txt",
        "projectid": 1,
        "taskid": None,
        "folderid": 1,
        "contactids": [1, 2],
        "date": "2026-05-05T09:30:00",
        "content": "U2lnbmVkIGNvbnRyYWN0Cg==",
    },
]

MESSAGES: list[Row] = [
    {
        "id": 1,
        "title": "Kick-off notes",
        "content": "Thanks all, notes attached.",
        "originalmessageid": None,
        "projectid": 1,
        "taskid": None,
        "authorid": 1,
        "contactids": [1, 2, 3],
        "public": True,
        "fileids": [1],
        "date": "2026-05-04T12:05:00",
    },
    {
        "id": 2,
        "title": "Kick-off notes",
        "content": "Looks good to us.",
        "originalmessageid": 1,
        "projectid": 1,
        "taskid": None,
        "authorid": 3,
        "contactids": [1, 2, 3],
        "public": True,
        "fileids": [],
        "date": "2026-05-04T15:40:00",
    },
    {
        "id": 3,
        "title": "Logo feedback",
        "content": "Internal: second concept is stronger.",
        "originalmessageid": None,
        "projectid": 2,
        "taskid": 3,
        "authorid": 2,
        "contactids": [1, 2],
        "public": False,
        "fileids": [2],
        "date": "2026-06-06T10:00:00",
    },
]

# One note table: a note may hang off a company or a contact, and then also appears under /notes.
NOTES: list[Row] = [
    {
        "id": 1,
        "title": "Office wifi",
        "content": "The guest network is brightside-guest.",
        "categoryid": 1,
        "contactids": "all",
        "companyid": None,
        "contactid": None,
        "date": "2026-05-02T09:00:00",
    },
    {
        "id": 2,
        "title": "Billing",
        "content": "Acme prefers invoices by e-mail.",
        "categoryid": 1,
        "contactids": [1, 2],
        "companyid": 2,
        "contactid": None,
        "date": "2026-05-10T11:00:00",
    },
    {
        "id": 3,
        "title": "",
        "content": "Chloe is away in July.",
        "categoryid": 2,
        "contactids": [1, 2],
        "companyid": None,
        "contactid": 3,
        "date": "2026-06-02T14:00:00",
    },
]

PROJECT_REQUESTS: list[Row] = [
    {
        "id": 1,
        "title": "Mobile app",
        "description": "A companion app for the new site.",
        "budget": 12000.0,
        "companyid": 2,
        "clientid": 3,
        "recipientid": 1,
        "startdate": "2026-08-01T00:00:00",
        "duedate": "2026-11-30T00:00:00",
        "submitteddate": "2026-06-10T16:00:00",
        "status": "pending",
        "projectid": None,
        "templateid": 1,
    },
]

# Notes shared with everyone on a project.
SHARED_NOTES: list[Row] = [
    {
        "id": 1,
        "projectid": 1,
        "title": "Launch plan",
        "content": "The new site goes live at the end of July.",
        "authorid": 1,
        "date": "2026-06-05T10:00:00",
    },
    {
        "id": 2,
        "projectid": 2,
        "title": "Colour palette",
        "content": "Northwind prefers the green variant.",
        "authorid": 2,
        "date": "2026-06-09T15:30:00",
    },
]

BOOKMARKS: list[Row] = [
    {
        "id": 1,
        "projectid": 1,
        "title": "Staging site",
        "url": "https://staging.acme.example.com",
        "description": "Preview of the relaunched site.",
        "date": "2026-05-05T10:00:00",
    },
    {
        "id": 2,
        "projectid": 2,
        "title": "Brand guidelines",
        "url": "https://northwind.example.com/brand",
        "description": "",
        "date": "2026-06-02T11:30:00",
    },
]
