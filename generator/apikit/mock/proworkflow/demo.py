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

The rows, the contacts' app permissions and the passwords of those who log in are data, in
``demo.yaml`` beside this module: a ``--seed`` file like any other, in the form the mock's state
takes. The tables hold *stored* rows (ids, foreign keys, private flags); what the API returns is
derived from them by the store, so nested and top-level answers always agree.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import yaml

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

SEED: dict[str, Any] = yaml.safe_load((Path(__file__).parent / "demo.yaml").read_text(encoding="utf-8"))
"""``demo.yaml``: each table's rows by the mock's state names (``timerecords``, ``quotelines``...),
``contactpermissions`` and ``credentials``."""


def rows(table: str) -> list[Row]:
    """A fresh copy of the demo rows of ``table`` (a state name), for a store to own and change."""
    return copy.deepcopy(SEED.get(table, []))


def _user(contact_id: int) -> DemoUser:
    contact = next(row for row in SEED["contacts"] if row["id"] == contact_id)
    password = SEED["credentials"][str(contact_id)]["password"]
    return DemoUser(contact_id, contact["username"], contact["email"], password, contact["type"])


USERS = tuple(_user(int(contact_id)) for contact_id in SEED["credentials"])
_BY_ID = {user.contact_id: user for user in USERS}
DANA, SAM, CHLOE, NINA, CONNOR = (_BY_ID[contact_id] for contact_id in (1, 2, 3, 5, 6))

# Account settings, which the mock's state does not hold (the settings calls read them).
QUOTE_SETTINGS: Row = {"type": "quote", "taxable": True, "taxrate": 0.0}
ACCOUNT_SETTINGS: Row = {"timezone": "Pacific/Auckland", "dateformat": "dd/mm/yyyy", "weekstart": "monday"}
BILLING_CYCLE = "monthly"
STAFF_LICENSES = 5
LOOK_AND_FEEL: Row = {"logo": "", "headercolor": "1F6FB2", "textcolor": "FFFFFF"}
# The options a new project starts with unless its body sets them (/settings/projects).
PROJECT_SETTINGS: Row = {"clientaccess": True, "emailalerts": True}
