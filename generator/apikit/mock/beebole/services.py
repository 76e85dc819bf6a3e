"""One function per Beebole service: reads the validated request body, changes the state, and
returns the success keys that sit beside ``"status": "ok"``.

Services sharing a verb across resources (activate, add_group, attach_member, custom fields...)
are built once per resource by the ``*_services`` factories below.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar

from apikit.mock.beebole.export import Report, checked_dimensions, related, report_table, shown_entries
from apikit.mock.beebole.state import (
    ENTITY_KINDS,
    TARGET_KINDS,
    Absence,
    BeeboleError,
    BeeboleState,
    Cell,
    Company,
    Container,
    CustomField,
    Entity,
    ExportJob,
    Group,
    Person,
    Project,
    Record,
    Subproject,
    Task,
    TimeEntry,
    check_period,
    parse_day,
)
from apikit.mock.params import shown

Body = Mapping[str, Any]
Payload = dict[str, Any]


@dataclass(frozen=True)
class Caller:
    """Whoever owns the token of the call."""

    person_id: int


ServiceHandler = Callable[[BeeboleState, Caller, Body], Payload]
E = TypeVar("E", bound=Entity)
RecordT = TypeVar("RecordT", bound=Record)
C = TypeVar("C", bound=Container)


# --- output: the one place per object type that maps state to the answers' shapes -------------------------


def ident(record: Record) -> Payload:
    """How answers name a record: by its external id when it has one, as the vendor does."""
    return {"xid": record.xid} if record.xid is not None else {"id": record.id}


def item_ident(record: Record) -> Payload:
    """How list items name a record: always by id (the spec requires it there), with the xid beside
    it when there is one, so callers that work by xid can still match the item."""
    return {"id": record.id} if record.xid is None else {"id": record.id, "xid": record.xid}


def count(n: int) -> Payload:
    return {"count": n}


def company_out(state: BeeboleState, company: Company) -> Payload:
    return {
        **ident(company),
        "name": company.name,
        "projects": count(len(state.projects_of(company))),
        "active": company.active,
    }


def project_out(state: BeeboleState, project: Project) -> Payload:
    return {
        **ident(project),
        "name": project.name,
        "startDate": project.start_date.isoformat(),
        "description": project.description,
        "company": ident(state.get(Company, project.company_id)),
        "subprojects": count(len(state.subprojects_of(project))),
        "active": project.active,
    }


def subproject_out(state: BeeboleState, subproject: Subproject) -> Payload:
    return {
        **ident(subproject),
        "name": subproject.name,
        "project": ident(state.get(Project, subproject.project_id)),
        "active": subproject.active,
    }


def company_child_out(state: BeeboleState, entity: Task | Absence) -> Payload:
    return {
        **ident(entity),
        "name": entity.name,
        "company": ident(state.get(Company, entity.company_id)),
        "active": entity.active,
    }


def person_out(state: BeeboleState, person: Person) -> Payload:
    out: Payload = {
        **ident(person),
        "name": person.name,
        "company": ident(state.get(Company, person.company_id)),
        "active": person.active,
    }
    if person.email is not None:
        out["email"] = person.email
    out["userGroup"] = person.user_group
    out["leaders"] = count(len(state.pick(Person, person.leader_ids)))
    return out


def group_out(state: BeeboleState, group: Group) -> Payload:
    out: Payload = {**ident(group), "name": group.name}
    if group.parent_id is not None:
        out["parent"] = ident(state.get(Group, group.parent_id))
    return out


def group_item(state: BeeboleState, group: Group) -> Payload:
    return {**item_ident(group), "name": group.name, "groups": count(len(state.subgroups(group)))}


def group_branch(state: BeeboleState, group: Group) -> Payload:
    out: Payload = {**item_ident(group), "name": group.name}
    children = state.subgroups(group)
    if children:
        out["groups"] = [group_branch(state, child) for child in children]
    return out


def named(record: Record) -> Payload:
    return {**item_ident(record), "name": record.name}


def flagged(entity: Entity) -> Payload:
    return {**item_ident(entity), "name": entity.name, "active": entity.active}


def manager_out(person: Person) -> Payload:
    out = flagged(person)
    if person.email is not None:
        out["email"] = person.email
    return out


def custom_value_out(entity: Entity, custom_field: CustomField) -> Payload:
    out: Payload = {"id": custom_field.id, "name": custom_field.name}
    if custom_field.id in entity.custom_values:
        out["value"] = entity.custom_values[custom_field.id]
    return out


def time_entry_out(state: BeeboleState, entry: TimeEntry) -> Payload:
    target = state.get(Entity, entry.target_id)
    out: Payload = {
        "id": entry.id,
        "date": entry.day.isoformat(),
        "hours": float(entry.hours),
        "status": entry.status,
        "comment": entry.comment,
        target.kind: flagged(target),
    }
    if entry.task_id is not None:
        out["task"] = flagged(state.get(Task, entry.task_id))
    return out


def job_out(state: BeeboleState, job: ExportJob, output_format: str | None) -> Payload:
    if not state.job_done(job):
        return {"job": {"status": "running", "id": job.id}}
    chosen = output_format or job.output_format
    result: Any = job.table if chosen == "array" else to_csv(job.table)
    return {"job": {"status": "done", "id": job.id, "result": result}}


def to_csv(table: list[list[Cell]]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(
        [[format_hours(c) if isinstance(c, float) else c for c in row] for row in table]
    )
    return buffer.getvalue()


def format_hours(hours: float) -> str:
    return f"{hours:.2f}".rstrip("0").rstrip(".")


# --- request helpers --------------------------------------------------------------------------------------


def the(state: BeeboleState, cls: type[RecordT], body: Body) -> RecordT:
    """The record a call names at its top level (``"id"`` or ``"xid"``)."""
    return state.find(cls, body)


def one_of(state: BeeboleState, kinds: Mapping[str, type[Entity]], body: Body) -> Entity:
    """The one entity the body names under one of ``kinds`` (``{"project": {"id": 7}}``)."""
    named_kinds = [kind for kind in kinds if kind in body]
    if len(named_kinds) != 1:
        choices = ", ".join(kinds)
        problem = "names none" if not named_kinds else f"names several ({', '.join(named_kinds)})"
        raise BeeboleError(f"the request {problem} of: {choices}; name exactly one")
    kind = named_kinds[0]
    return state.find(kinds[kind], body[kind], kind)


def day_of(body: Body, key: str = "date") -> date:
    return parse_day(str(body[key]), key)


def period_of(body: Body) -> tuple[date, date]:
    first, last = day_of(body, "from"), day_of(body, "to")
    check_period(first, last)
    return first, last


def first_of_month(state: BeeboleState) -> date:
    return state.clock().date().replace(day=1)


def created(record: Record) -> Payload:
    """A create answers with the id the caller will use: the xid when it sent one."""
    return ident(record)


def done() -> Payload:
    """A success with nothing beside ``status``."""
    return {}


# --- services shared by several resources -----------------------------------------------------------------


def lifecycle_services(
    resource: str, cls: type[E], out: Callable[[BeeboleState, E], Payload]
) -> dict[str, ServiceHandler]:
    def get(state: BeeboleState, caller: Caller, body: Body) -> Payload:
        return {resource: out(state, the(state, cls, body))}

    def activate(state: BeeboleState, caller: Caller, body: Body) -> Payload:
        state.set_active(the(state, cls, body), True)
        return done()

    def deactivate(state: BeeboleState, caller: Caller, body: Body) -> Payload:
        state.set_active(the(state, cls, body), False)
        return done()

    return {f"{resource}.get": get, f"{resource}.activate": activate, f"{resource}.deactivate": deactivate}


def group_services(resource: str, cls: type[Entity]) -> dict[str, ServiceHandler]:
    def add_group(state: BeeboleState, caller: Caller, body: Body) -> Payload:
        state.add_group(the(state, cls, body), state.find(Group, body["group"], "group"))
        return done()

    def remove_group(state: BeeboleState, caller: Caller, body: Body) -> Payload:
        state.remove_group(the(state, cls, body), state.find(Group, body["group"], "group"))
        return done()

    def groups(state: BeeboleState, caller: Caller, body: Body) -> Payload:
        return {"groups": [group_item(state, g) for g in state.groups_of(the(state, cls, body))]}

    return {
        f"{resource}.add_group": add_group,
        f"{resource}.remove_group": remove_group,
        f"{resource}.groups": groups,
    }


def custom_field_services(resource: str, cls: type[Entity]) -> dict[str, ServiceHandler]:
    def set_value(state: BeeboleState, caller: Caller, body: Body) -> Payload:
        entity = the(state, cls, body)
        custom_field = state.custom_field_of(entity, body["customField"])
        if "value" not in body["customField"]:
            raise BeeboleError("customField: give the value to set (or use clear_custom_field_value)")
        entity.custom_values[custom_field.id] = body["customField"]["value"]
        return done()

    def clear_value(state: BeeboleState, caller: Caller, body: Body) -> Payload:
        entity = the(state, cls, body)
        entity.custom_values.pop(state.custom_field_of(entity, body["customField"]).id, None)
        return done()

    def listed(state: BeeboleState, caller: Caller, body: Body) -> Payload:
        entity = the(state, cls, body)
        return {"customFields": [custom_value_out(entity, f) for f in state.custom_fields_for(entity)]}

    return {
        f"{resource}.set_custom_field_value": set_value,
        f"{resource}.clear_custom_field_value": clear_value,
        f"{resource}.custom_fields": listed,
    }


def container_services(resource: str, cls: type[Container]) -> dict[str, ServiceHandler]:
    """Specific tasks and exclusive members of a company, project or subproject."""

    def attach_task(state: BeeboleState, caller: Caller, body: Body) -> Payload:
        state.attach_specific_task(the(state, cls, body), state.find(Task, body["task"], "task"))
        return done()

    def detach_task(state: BeeboleState, caller: Caller, body: Body) -> Payload:
        state.detach_specific_task(the(state, cls, body), state.find(Task, body["task"], "task"))
        return done()

    def specific_tasks(state: BeeboleState, caller: Caller, body: Body) -> Payload:
        container = the(state, cls, body)
        return {
            "disabled": container.specific_tasks_disabled,
            "specificTasks": [flagged(t) for t in state.specific_tasks(container)],
        }

    def enable(state: BeeboleState, caller: Caller, body: Body) -> Payload:
        the(state, cls, body).specific_tasks_disabled = False
        return done()

    def disable(state: BeeboleState, caller: Caller, body: Body) -> Payload:
        the(state, cls, body).specific_tasks_disabled = True
        return done()

    def member_of(state: BeeboleState, body: Body) -> Person | Group:
        return state.find(Person, body["person"], "person") if "person" in body else member_group(state, body)

    def attach_member(state: BeeboleState, caller: Caller, body: Body) -> Payload:
        state.attach_member(the(state, cls, body), member_of(state, body))
        return done()

    def detach_member(state: BeeboleState, caller: Caller, body: Body) -> Payload:
        state.detach_member(the(state, cls, body), member_of(state, body))
        return done()

    def members(state: BeeboleState, caller: Caller, body: Body) -> Payload:
        container = the(state, cls, body)
        return {
            "members": [named(p) for p in state.pick(Person, container.member_person_ids)],
            "groups": [named(g) for g in state.pick(Group, container.member_group_ids)],
        }

    return {
        f"{resource}.attach_specific_task": attach_task,
        f"{resource}.detach_specific_task": detach_task,
        f"{resource}.specific_tasks": specific_tasks,
        f"{resource}.enable_specific_tasks": enable,
        f"{resource}.disable_specific_tasks": disable,
        f"{resource}.attach_member": attach_member,
        f"{resource}.detach_member": detach_member,
        f"{resource}.members": members,
    }


def member_group(state: BeeboleState, body: Body) -> Group:
    if "group" not in body:
        raise BeeboleError("name the member as person or as group")
    return state.find(Group, body["group"], "group")


# --- per-resource services --------------------------------------------------------------------------------


def company_services() -> dict[str, ServiceHandler]:
    def create(state: BeeboleState, caller: Caller, body: Body) -> Payload:
        fields = body["company"]
        company = Company(
            name=fields["name"], xid=fields.get("xid"), corporate=fields.get("corporate", False)
        )
        return created(state.add(company))

    def update(state: BeeboleState, caller: Caller, body: Body) -> Payload:
        fields = body["company"]
        company = state.find(Company, fields, "company")
        company.name = fields.get("name", company.name)
        return done()

    def listed(state: BeeboleState, caller: Caller, body: Body) -> Payload:
        return {"companies": [company_out(state, c) for c in state.all(Company)]}

    return {
        "company.create": create,
        "company.update": update,
        "company.list": listed,
        **lifecycle_services("company", Company, company_out),
        **container_services("company", Company),
        **group_services("company", Company),
        **custom_field_services("company", Company),
    }


def project_services() -> dict[str, ServiceHandler]:
    def create(state: BeeboleState, caller: Caller, body: Body) -> Payload:
        fields = body["project"]
        company = state.find(Company, fields["company"], "project.company")
        start = day_of(fields, "startDate") if "startDate" in fields else first_of_month(state)
        project = Project(
            name=fields["name"],
            xid=fields.get("xid"),
            company_id=company.id,
            start_date=start,
            description=fields.get("description", ""),
        )
        return created(state.add(project))

    def update(state: BeeboleState, caller: Caller, body: Body) -> Payload:
        fields = body["project"]
        project = state.find(Project, fields, "project")
        start = day_of(fields, "startDate") if "startDate" in fields else project.start_date
        project.name = fields.get("name", project.name)
        project.start_date = start
        project.description = fields.get("description", project.description)
        return done()

    def listed(state: BeeboleState, caller: Caller, body: Body) -> Payload:
        company = state.find(Company, body["company"], "company")
        return {"projects": [project_out(state, p) for p in state.projects_of(company)]}

    def attach_manager(state: BeeboleState, caller: Caller, body: Body) -> Payload:
        state.attach_manager(the(state, Project, body), state.find(Person, body["person"], "person"))
        return done()

    def detach_manager(state: BeeboleState, caller: Caller, body: Body) -> Payload:
        state.detach_manager(the(state, Project, body), state.find(Person, body["person"], "person"))
        return done()

    def managers(state: BeeboleState, caller: Caller, body: Body) -> Payload:
        project = the(state, Project, body)
        return {"members": [manager_out(p) for p in state.pick(Person, project.manager_ids)]}

    return {
        "project.create": create,
        "project.update": update,
        "project.list": listed,
        "project.attach_manager": attach_manager,
        "project.detach_manager": detach_manager,
        "project.managers": managers,
        **lifecycle_services("project", Project, project_out),
        **container_services("project", Project),
        **group_services("project", Project),
        **custom_field_services("project", Project),
    }


def subproject_services() -> dict[str, ServiceHandler]:
    def create(state: BeeboleState, caller: Caller, body: Body) -> Payload:
        fields = body["subproject"]
        project = state.find(Project, fields["project"], "subproject.project")
        return created(
            state.add(Subproject(name=fields["name"], xid=fields.get("xid"), project_id=project.id))
        )

    def update(state: BeeboleState, caller: Caller, body: Body) -> Payload:
        fields = body["subproject"]
        subproject = state.find(Subproject, fields, "subproject")
        subproject.name = fields.get("name", subproject.name)
        return done()

    def listed(state: BeeboleState, caller: Caller, body: Body) -> Payload:
        project = state.find(Project, body["project"], "project")
        return {"subprojects": [subproject_out(state, s) for s in state.subprojects_of(project)]}

    return {
        "subproject.create": create,
        "subproject.update": update,
        "subproject.list": listed,
        **lifecycle_services("subproject", Subproject, subproject_out),
        **container_services("subproject", Subproject),
        **group_services("subproject", Subproject),
        **custom_field_services("subproject", Subproject),
    }


def company_child_services(
    resource: str, plural: str, cls: type[Task] | type[Absence]
) -> dict[str, ServiceHandler]:
    """Tasks and absence types: a name under a company."""

    def create(state: BeeboleState, caller: Caller, body: Body) -> Payload:
        fields = body[resource]
        company = state.find(Company, fields["company"], f"{resource}.company")
        return created(state.add(cls(name=fields["name"], xid=fields.get("xid"), company_id=company.id)))

    def update(state: BeeboleState, caller: Caller, body: Body) -> Payload:
        fields = body[resource]
        entity = state.find(cls, fields, resource)
        entity.name = fields.get("name", entity.name)
        return done()

    def listed(state: BeeboleState, caller: Caller, body: Body) -> Payload:
        company = state.find(Company, body["company"], "company")
        return {plural: [company_child_out(state, e) for e in state.all(cls) if e.company_id == company.id]}

    return {
        f"{resource}.create": create,
        f"{resource}.update": update,
        f"{resource}.list": listed,
        **lifecycle_services(resource, cls, company_child_out),
        **group_services(resource, cls),
    }


def checked_user_fields(state: BeeboleState, person: Person | None, fields: Body) -> dict[str, Any]:
    """The e-mail, invitation, user group and team leaders a create or update sets, all checked before
    any is applied (``person`` is None on create)."""
    changes: dict[str, Any] = {}
    if "email" in fields:
        state.check_email_free(fields["email"], person)
        changes["email"] = fields["email"]
    if fields.get("invite"):
        if changes.get("email", None if person is None else person.email) is None:
            raise BeeboleError("person.invite: an invitation needs the person's email")
        changes["invited"] = True
    if "userGroup" in fields:
        changes["user_group"] = fields["userGroup"]
    if "leaders" in fields:
        leaders = [state.find_leader(spec) for spec in fields["leaders"]]
        if person is not None and any(leader is person for leader in leaders):
            raise BeeboleError(f"{person.label} cannot be their own team leader")
        changes["leader_ids"] = list(dict.fromkeys(leader.id for leader in leaders))
    return changes


def person_services() -> dict[str, ServiceHandler]:
    def create(state: BeeboleState, caller: Caller, body: Body) -> Payload:
        fields = body["person"]
        company = state.find(Company, fields["company"], "person.company")
        changes = checked_user_fields(state, None, fields)
        person = Person(name=fields["name"], xid=fields.get("xid"), company_id=company.id, **changes)
        return created(state.add(person))

    def update(state: BeeboleState, caller: Caller, body: Body) -> Payload:
        fields = body["person"]
        person = state.find(Person, fields, "person")
        for key, value in checked_user_fields(state, person, fields).items():
            setattr(person, key, value)
        person.name = fields["name"]
        return done()

    def listed(state: BeeboleState, caller: Caller, body: Body) -> Payload:
        company = state.find(Company, body["company"], "company")
        return {"people": [person_out(state, p) for p in state.all(Person) if p.company_id == company.id]}

    def leaders(state: BeeboleState, caller: Caller, body: Body) -> Payload:
        person = the(state, Person, body)
        return {"leaders": [person_out(state, p) for p in state.pick(Person, person.leader_ids)]}

    return {
        "person.create": create,
        "person.update": update,
        "person.list": listed,
        "person.leaders": leaders,
        **lifecycle_services("person", Person, person_out),
        **group_services("person", Person),
        **custom_field_services("person", Person),
    }


ASSIGNMENT_KEYS = (
    ("companies", Company),
    ("people", Person),
    ("projects", Project),
    ("subprojects", Subproject),
    ("tasks", Task),
    ("absences", Absence),
)


def group_resource_services() -> dict[str, ServiceHandler]:
    def create(state: BeeboleState, caller: Caller, body: Body) -> Payload:
        fields = body["group"]
        parent = state.find(Group, fields["parent"], "group.parent") if "parent" in fields else None
        group = Group(
            name=fields["name"], xid=fields.get("xid"), parent_id=None if parent is None else parent.id
        )
        return created(state.create_group(group))

    def get(state: BeeboleState, caller: Caller, body: Body) -> Payload:
        return {"group": group_out(state, the(state, Group, body))}

    def update(state: BeeboleState, caller: Caller, body: Body) -> Payload:
        fields = body["group"]
        group = state.find(Group, fields, "group")
        group.name = fields.get("name", group.name)
        return done()

    def delete(state: BeeboleState, caller: Caller, body: Body) -> Payload:
        state.delete_group(the(state, Group, body), force=bool(body.get("force", False)))
        return done()

    def listed(state: BeeboleState, caller: Caller, body: Body) -> Payload:
        entity = one_of(state, ENTITY_KINDS, body)
        return {"groups": [group_item(state, g) for g in state.groups_of(entity)]}

    def assignments(state: BeeboleState, caller: Caller, body: Body) -> Payload:
        assigned = state.assigned_to(the(state, Group, body))
        out: Payload = {}
        for key, cls in ASSIGNMENT_KEYS:
            out[key] = [
                manager_out(e) if isinstance(e, Person) else flagged(e)
                for e in assigned
                if isinstance(e, cls)
            ]
        return out

    def tree(state: BeeboleState, caller: Caller, body: Body) -> Payload:
        roots = [g for g in state.all(Group) if g.parent_id is None]
        return {"groups": [group_branch(state, g) for g in roots]}

    return {
        "group.create": create,
        "group.get": get,
        "group.update": update,
        "group.delete": delete,
        "group.list": listed,
        "group.assignments": assignments,
        "group.tree": tree,
    }


def custom_field_list(state: BeeboleState, caller: Caller, body: Body) -> Payload:
    return {
        "customFields": [
            {"id": f.id, "name": f.name, "availableFor": f.available_for} for f in state.all(CustomField)
        ]
    }


# --- time entries -----------------------------------------------------------------------------------------


ENTITY_PARENTS: dict[str, type[Container]] = {"company": Company, "project": Project}
TASK_HOLDERS: dict[str, type[Entity]] = {"company": Company, "project": Project, "subproject": Subproject}


def time_entry_services() -> dict[str, ServiceHandler]:
    def get_entities(state: BeeboleState, caller: Caller, body: Body) -> Payload:
        day_of(body)
        parent = one_of(state, ENTITY_PARENTS, body)
        if isinstance(parent, Company):
            projects = state.projects_of(parent)
            return {
                "projects": [
                    {**flagged(p), "subprojects": count(len(state.subprojects_of(p)))} for p in projects
                ]
            }
        assert isinstance(parent, Project)
        return {"subprojects": [flagged(s) for s in state.subprojects_of(parent)]}

    def get_tasks(state: BeeboleState, caller: Caller, body: Body) -> Payload:
        day_of(body)
        entity = one_of(state, TASK_HOLDERS, body)
        return {"tasks": [flagged(t) for t in state.required_tasks(entity)]}

    def create(state: BeeboleState, caller: Caller, body: Body) -> Payload:
        target = one_of(state, TARGET_KINDS, body)
        task = state.find(Task, body["task"], "task") if "task" in body else None
        person = state.get(Person, caller.person_id)
        hours = float(body["hours"])
        saved = state.log_time(person, target, task, day_of(body), hours, body.get("comment", ""))
        return {"timeEntry": time_entry_out(state, saved)}

    def update(state: BeeboleState, caller: Caller, body: Body) -> Payload:
        entry = state.time_entry(body["id"])
        saved = state.log_time(
            state.get(Person, entry.person_id),
            updated_target(state, body, entry),
            updated_task(state, body, entry),
            day_of(body) if "date" in body else entry.day,
            float(body["hours"]) if "hours" in body else entry.hours,
            body.get("comment", entry.comment),
            entry,
        )
        return {"timeEntry": time_entry_out(state, saved)}

    def get(state: BeeboleState, caller: Caller, body: Body) -> Payload:
        return {"timeEntry": time_entry_out(state, state.time_entry(body["id"], day_of(body)))}

    def delete(state: BeeboleState, caller: Caller, body: Body) -> Payload:
        state.delete_time_entry(state.time_entry(body["id"], day_of(body)))
        return done()

    def listed(state: BeeboleState, caller: Caller, body: Body) -> Payload:
        person = (
            state.find(Person, body["person"], "person")
            if "person" in body
            else state.get(Person, caller.person_id)
        )
        first, last = period_of(body)
        return {"timeEntries": [time_entry_out(state, e) for e in state.entries_of(person, first, last)]}

    return {
        "time_entry.get_entities": get_entities,
        "time_entry.get_tasks": get_tasks,
        "time_entry.create": create,
        "time_entry.update": update,
        "time_entry.get": get,
        "time_entry.delete": delete,
        "time_entry.list": listed,
        **{
            f"time_entry.{step}": workflow_service(step)
            for step in ("submit", "approve", "reject", "lock", "unlock")
        },
        "time_entry.export": export,
        "time_entry.get_job_info": get_job_info,
    }


def updated_target(state: BeeboleState, body: Body, entry: TimeEntry) -> Entity:
    """The entity an update names, or the one the entry is on (clients send only what changes)."""
    if any(kind in body for kind in TARGET_KINDS):
        return one_of(state, TARGET_KINDS, body)
    return state.get(Entity, entry.target_id)


def updated_task(state: BeeboleState, body: Body, entry: TimeEntry) -> Task | None:
    """The task an update names; when it names none, the entry's task if the entry stays on its
    entity, else none (a task belongs to the place the time is logged on)."""
    if "task" in body:
        return state.find(Task, body["task"], "task")
    if any(kind in body for kind in TARGET_KINDS):
        return None
    return None if entry.task_id is None else state.get(Task, entry.task_id)


def workflow_service(step: str) -> ServiceHandler:
    """Moves one entry (``id`` + ``date``) or a person's entries over ``from``..``to``."""

    def run(state: BeeboleState, caller: Caller, body: Body) -> Payload:
        memo = body.get("memo")
        if "id" in body:
            if "date" not in body:
                raise BeeboleError("give the date of the time entry with its id")
            state.move(step, [state.time_entry(body["id"], day_of(body))], strict=True, memo=memo)
            return done()
        if "person" not in body or "from" not in body or "to" not in body:
            raise BeeboleError("name the entries by person, from and to, or by id and date")
        person = state.find(Person, body["person"], "person")
        first, last = period_of(body)
        state.move(step, state.entries_of(person, first, last), strict=False, memo=memo)
        return done()

    return run


# --- export -----------------------------------------------------------------------------------------------


EXPORT_FILTERS: dict[str, type[Entity]] = {
    "company": Company,
    "project": Project,
    "subproject": Subproject,
    "person": Person,
    "task": Task,
    "absence": Absence,
}


def export(state: BeeboleState, caller: Caller, body: Body) -> Payload:
    first, last = period_of(body)
    show = str(body.get("show", "all"))
    keys: list[str] = list(body["keys"])
    dimensions = checked_dimensions(state, show, keys)
    entries = [e for e in state.time_entries.values() if first <= e.day <= last]
    entries = shown_entries(state, show, _filtered(state, body, entries))
    report = Report(state, first, last, state.clock().date(), sorted(entries, key=lambda e: (e.day, e.id)))
    job = state.start_job(report_table(report, keys, dimensions), body.get("outputFormat"))
    return {"job": {"status": "running", "id": job.id}}


def _filtered(state: BeeboleState, body: Body, entries: list[TimeEntry]) -> list[TimeEntry]:
    statuses = set(body.get("statusFilters") or "dsarl")
    entries = [e for e in entries if e.status in statuses]
    if any(kind in body for kind in EXPORT_FILTERS):
        wanted = one_of(state, EXPORT_FILTERS, body)
        entries = [e for e in entries if wanted in related(state, e)]
    if "gids" in body:
        gids = {g.id for gid in body["gids"] for g in state.subtree(state.get(Group, gid))}
        entries = [e for e in entries if any(gids & set(x.group_ids) for x in related(state, e))]
    return entries


def get_job_info(state: BeeboleState, caller: Caller, body: Body) -> Payload:
    return job_out(state, state.job(body["id"]), body.get("outputFormat"))


# --- people's timesheets (undocumented) -------------------------------------------------------------------


def day_from_parts(body: Body, key: str) -> date:
    """A day sent as ``["2024", "05", "01"]``, as the integration that calls this service sends it."""
    year, month, day = (int(part) for part in body[key])
    try:
        return date(year, month, day)
    except ValueError:
        raise BeeboleError(f"{key}: {shown(body[key])} is not a day") from None


def get_people_timesheets(state: BeeboleState, caller: Caller, body: Body) -> Payload:
    first, last = day_from_parts(body, "from"), day_from_parts(body, "to")
    check_period(first, last)
    statuses = set(body.get("statusFilters") or "dsarl")
    entries = [e for e in state.time_entries.values() if first <= e.day <= last and e.status in statuses]
    entries = shown_entries(state, str(body.get("show", "all")), entries)
    hours_by_person: dict[int, float] = {}
    for entry in entries:
        hours_by_person[entry.person_id] = hours_by_person.get(entry.person_id, 0.0) + entry.hours
    people = [
        p for p in state.all(Person) if p.id in hours_by_person or (body.get("showAll", False) and p.active)
    ]
    return {
        "items": [
            {
                "people": [
                    {"eid": p.id, "doc": {"name": p.name}, "hours": {"sum": hours_by_person.get(p.id, 0.0)}}
                    for p in people
                ]
            }
        ]
    }


# --- all services -----------------------------------------------------------------------------------------


def all_services() -> dict[str, ServiceHandler]:
    return {
        **company_services(),
        **project_services(),
        **subproject_services(),
        **company_child_services("task", "tasks", Task),
        **company_child_services("absence", "absences", Absence),
        **person_services(),
        **group_resource_services(),
        "custom_field.list": custom_field_list,
        **time_entry_services(),
        "time.get_people_timesheets": get_people_timesheets,
    }
