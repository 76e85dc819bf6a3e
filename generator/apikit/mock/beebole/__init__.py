"""Beebole legacy API behaviour for the mock engine: a stateful timesheet account behind one URL.

What is reproduced
------------------
- One endpoint, ``POST /api/v2``; the JSON body's ``service`` field (``"project.create"``) picks the
  operation. The spec keys each service as ``/api/v2#<service>`` with an ``x-rpc`` selector, and the
  engine routes by it.
- Authentication is HTTP Basic with the API token as user name and ``x`` as password; only the token
  is checked, and before anything else: a request with a missing or wrong token is refused for that,
  whatever else is wrong with its body. The mock's demo token is ``demo-token`` (owner: Ada Admin,
  person 9).
- ``{"services": [{"service": ...}, ...]}`` runs up to 20 services in one call, in order, and answers
  a JSON array with each call's own answer (success body or error envelope) in its place; a failing
  call neither stops the others nor undoes those before it (see :mod:`apikit.mock.beebole.batch`).
- Every answer is HTTP 200 JSON: ``{"status": "ok", ...}`` with the service's keys beside ``status``,
  or ``{"status": "error", "message": ...}`` for anything refused: a missing or unknown service,
  JSON that does not parse, a body the spec does not allow, an unknown id or xid, a broken rule, a
  missing or wrong token (the vendor does not document an HTTP status for that; the envelope on 200
  is this mock's assumption). Only a request that never reaches a service keeps an HTTP error:
  404 for another URL, 405 for another method (and 500 for a bug in the mock itself).
- Ids come from one sequence shared by every kind. A create may carry ``xid``, an external id unique
  per kind; the create then answers ``{"xid": ...}``, the entity can be named by ``{"xid": ...}``
  wherever ``{"id": ...}`` is accepted, and answers name it by its xid instead of its id.

The account's rules
-------------------
- Hierarchy company -> project -> subproject; tasks and absence types belong to a company; people
  belong to a company and may have team leaders (named by id, xid, email or name, in that order).
- Time is logged by the token's owner on a leaf of that hierarchy (a company without projects, a
  project without subprojects, a subproject) or on an absence, all of its chain active, at most 24
  hours per person and day. When the leaf has specific tasks enabled and attached, the entry must
  name one of them (``time_entry.get_tasks`` lists them); otherwise a task is optional and must
  belong to the leaf's company or to a corporate company. Tasks are ignored on absences.
- Workflow: ``d`` draft -> ``s`` submitted (submit, from d or r) -> ``a`` approved (approve, from s);
  reject (from s or a, with a memo) gives ``r``; lock (from any) gives ``l`` and unlock returns the
  status it had. Only d and r entries can be updated or deleted. By ``id`` + ``date`` the step must
  apply to the entry; by ``person`` + ``from`` + ``to`` it moves the entries it applies to.
- ``time_entry.export`` snapshots the matching entries into a job that reports ``running`` until
  ``export_delay`` (default 1 s on the injected clock) has passed, then ``done`` with the result as
  CSV, or as an array of arrays with ``outputFormat: "array"`` (on the export or on the poll). The
  first row names the columns; the other rows group the entries by the requested dimension columns,
  with the measures (hours, days, share of hours, overtime...) computed per row. The columns are the
  vendor's 46 report columns plus ``gid<ID>`` per group or custom field; see
  :mod:`apikit.mock.beebole.export` for what each holds here (the demo account has no rates, so money
  columns are 0). ``show`` picks ``all`` time, ``work`` or ``abs`` (absences); a ``quota`` report is
  refused (no time-off allowances are kept). Filters: ``statusFilters``, one entity (an entry matches
  when the entity is its person, task, target or one of the target's parents) and ``gids`` (an entry
  matches when any of those entities carries one of the groups or a subgroup).
- ``time.get_people_timesheets`` (undocumented; integrations use it to find who logged no time) sums
  each person's hours over a period given as ``["YYYY", "MM", "DD"]`` lists, among the entries in
  ``statusFilters`` and of the ``show`` kind; ``showAll`` lists every active person, those without
  hours too.
- Specific tasks are enabled by default; attaching twice, adding a group twice and attaching a member
  twice are harmless; detaching or removing what is not there is refused. Deleting a group removes
  its subgroups and is refused while any of them is assigned, unless ``force`` is true.
- Custom fields apply by kind: ``Company - Customer``, ``Company - Corporate``, ``Project``,
  ``Subproject`` and ``Person``.

Demo account (``seed=False`` starts empty):

===  ==============================================================================================
id   entity
===  ==============================================================================================
1-3  companies Demo Corp (corporate), Acme Example, Globex Example (no projects)
4-8  groups Country > France (5), Spain (6); Department > Engineering (8)
9    person Ada Admin (admin, Demo Corp, ada.admin@demo.example.com, token ``demo-token``,
     groups France and Engineering)
10   person Lea Leader (leader); 11 person Ben Builder (employee, team leader Lea)
12   task Administration and 13 Meetings (Demo Corp); 14 Development and 15 Testing (Acme)
16   absence Holiday and 17 Sick leave (Demo Corp)
18   project Website (Acme, 2024-01-01; manager Ada; members Ben and group Engineering)
19   project Support (Acme, no subprojects)
20   subproject Design and 21 Build (of Website; Build has specific tasks Development and Testing)
22   custom fields Industry (Company - Customer), 23 Cost center (Company - Corporate), 24 Location
     (Project), 25 Phase code (Subproject), 26 Employee number (Person)
27   time entries of Ada: 27 Build/Development 2024-05-06 6 h, 28 Support 2024-05-07 2 h,
     29 Holiday 2024-05-08 8 h (drafts); of Ben: 30 Design 2024-05-06 7.5 h (submitted),
     31 Globex Example 2024-05-07 3 h (approved)
===  ==============================================================================================

Acme Example carries the group France and Industry "Retail"; Website has Location "Lyon"; Ada has
Employee number "E-001".

All state sits behind one lock held for a whole call, so concurrent calls never see half-made
changes. The clock is injectable (``clock=``): it dates new projects (first day of the current
month) and drives export jobs.
"""

from apikit.mock.beebole.behaviour import BeeboleBehaviour, create_behaviour
from apikit.mock.beebole.seed import DEMO_TOKEN

__all__ = ["DEMO_TOKEN", "BeeboleBehaviour", "create_behaviour"]
