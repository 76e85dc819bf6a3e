"""The Beebole account kept in memory: its entities, how they hang together, and the vendor's rules.

Everything here raises :class:`BeeboleError` to refuse a call; the behaviour turns that into the
vendor's ``{"status": "error", "message": ...}`` answer on HTTP 200. Callers hold ``lock`` around
every read or change (the behaviour does, for a whole call).

The account can be shown and replaced as plain data (:meth:`BeeboleState.snapshot`,
:meth:`BeeboleState.load_snapshot`): one list per kind of record, each record a mapping of its fields
under the vendor's camelCase names. The converter of :mod:`apikit.mock.records`, driven by the records'
dataclass fields and their types, does both ways; a field's metadata adds what its type cannot say
(the kinds of record its ids name, the values it allows).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any, ClassVar, TypeVar

from apikit.mock.engine import ApiError, StateError
from apikit.mock.params import shown
from apikit.mock.records import Converter, checked, one_of, refers_to, wire

Clock = Callable[[], datetime]
Cell = str | int | float | bool

MAX_HOURS_PER_DAY = 24.0
USER_GROUPS = ("admin", "contractor", "employee", "pm", "leader")
AUDIENCES = ("Company - Customer", "Company - Corporate", "Project", "Subproject", "Person")
"""The ``availableFor`` values of custom fields (see :func:`custom_field_audience`)."""

DRAFT, SUBMITTED, APPROVED, REJECTED, LOCKED = "d", "s", "a", "r", "l"
EDITABLE = frozenset({DRAFT, REJECTED})
STATUS_NAMES = {
    DRAFT: "draft",
    SUBMITTED: "submitted",
    APPROVED: "approved",
    REJECTED: "rejected",
    LOCKED: "locked",
}

# Which statuses each workflow step moves from, and where to. Unlock goes back to the status the
# entry had when it was locked, so it has no fixed target here.
WORKFLOW: dict[str, tuple[frozenset[str], str | None]] = {
    "submit": (frozenset({DRAFT, REJECTED}), SUBMITTED),
    "approve": (frozenset({SUBMITTED}), APPROVED),
    "reject": (frozenset({SUBMITTED, APPROVED}), REJECTED),
    "lock": (frozenset({DRAFT, SUBMITTED, APPROVED, REJECTED}), LOCKED),
    "unlock": (frozenset({LOCKED}), None),
}


def utc_now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class BeeboleError(ApiError):
    """A refusal: the vendor answers it with HTTP 200 and its error envelope."""

    def __init__(self, message: str) -> None:
        super().__init__(200, message)


# --- what a record's values must meet beyond their types --------------------------------------------------


def _not_empty(value: Any) -> str | None:
    return "expected a non-empty string" if value == "" else None


def _hours_in_a_day(value: Any) -> str | None:
    return (
        None if 0 < value <= MAX_HOURS_PER_DAY else f"expected more than 0 and at most {MAX_HOURS_PER_DAY:g}"
    )


# --- records ----------------------------------------------------------------------------------------------


@dataclass(kw_only=True, eq=False)
class Record:
    """Anything with an id in the account's one id sequence, optionally also an external id."""

    kind: ClassVar[str] = "record"
    id: int = 0
    name: str = field(metadata=checked(_not_empty))
    xid: str | None = field(default=None, metadata=checked(_not_empty))

    @property
    def label(self) -> str:
        """How messages name it: by the id the caller uses for it."""
        return f"{self.kind} xid {shown(self.xid)}" if self.xid is not None else f"{self.kind} {self.id}"


@dataclass(kw_only=True, eq=False)
class Entity(Record):
    """A thing groups and custom fields can be assigned to, and that can be (de)activated."""

    active: bool = True
    group_ids: list[int] = field(default_factory=list, metadata=refers_to("group"))
    custom_values: dict[int, str] = field(default_factory=dict, metadata=refers_to("custom field"))


@dataclass(kw_only=True, eq=False)
class Container(Entity):
    """A node of company -> project -> subproject: time goes on its leaves, with its own tasks and
    exclusive members."""

    specific_tasks_disabled: bool = False
    specific_task_ids: list[int] = field(default_factory=list, metadata=refers_to("task"))
    member_person_ids: list[int] = field(default_factory=list, metadata=refers_to("person"))
    member_group_ids: list[int] = field(default_factory=list, metadata=refers_to("group"))


@dataclass(kw_only=True, eq=False)
class Company(Container):
    kind: ClassVar[str] = "company"
    corporate: bool = False


@dataclass(kw_only=True, eq=False)
class Project(Container):
    kind: ClassVar[str] = "project"
    company_id: int = field(metadata=refers_to("company"))
    start_date: date
    description: str = ""
    manager_ids: list[int] = field(default_factory=list, metadata=refers_to("person"))


@dataclass(kw_only=True, eq=False)
class Subproject(Container):
    kind: ClassVar[str] = "subproject"
    project_id: int = field(metadata=refers_to("project"))


@dataclass(kw_only=True, eq=False)
class Task(Entity):
    """A general task of a company; attached to a company, project or subproject it is a specific task."""

    kind: ClassVar[str] = "task"
    company_id: int = field(metadata=refers_to("company"))


@dataclass(kw_only=True, eq=False)
class Absence(Entity):
    kind: ClassVar[str] = "absence"
    company_id: int = field(metadata=refers_to("company"))


@dataclass(kw_only=True, eq=False)
class Person(Entity):
    kind: ClassVar[str] = "person"
    company_id: int = field(metadata=refers_to("company"))
    email: str | None = None
    user_group: str = field(default="employee", metadata=one_of(*USER_GROUPS))
    leader_ids: list[int] = field(default_factory=list, metadata=refers_to("person"))
    invited: bool = False


@dataclass(kw_only=True, eq=False)
class Group(Record):
    """A node of the group tree (e.g. Country > France); groups label entities and people."""

    kind: ClassVar[str] = "group"
    parent_id: int | None = field(default=None, metadata=refers_to("group"))


@dataclass(kw_only=True, eq=False)
class CustomField(Record):
    kind: ClassVar[str] = "custom field"
    available_for: str = field(metadata=one_of(*AUDIENCES))


@dataclass(kw_only=True, eq=False)
class TimeEntry:
    id: int = 0
    person_id: int = field(metadata=refers_to("person"))
    target_id: int = field(metadata=refers_to("company", "project", "subproject", "absence"))
    """The company, project, subproject or absence the time is logged on."""
    task_id: int | None = field(metadata=refers_to("task"))
    day: date = field(metadata=wire("date"))
    hours: float = field(metadata=checked(_hours_in_a_day))
    comment: str = ""
    status: str = field(default=DRAFT, metadata=one_of(*STATUS_NAMES))
    memo: str | None = None
    """The reason given with the last rejection."""
    status_before_lock: str | None = field(default=None, metadata=one_of(*STATUS_NAMES))


@dataclass(kw_only=True, eq=False)
class ExportJob:
    id: int = 0
    started: datetime
    ready: datetime
    table: list[list[Cell]]
    """The header row, then one row per group of entries."""
    output_format: str | None = field(default=None, metadata=one_of("array"))


R = TypeVar("R", bound=Record)
ENTITY_KINDS: dict[str, type[Entity]] = {
    cls.kind: cls for cls in (Company, Project, Subproject, Task, Absence, Person)
}
TARGET_KINDS: dict[str, type[Entity]] = {cls.kind: cls for cls in (Company, Project, Subproject, Absence)}
COLLECTIONS: dict[str, type[Record | TimeEntry | ExportJob]] = {
    "companies": Company,
    "projects": Project,
    "subprojects": Subproject,
    "tasks": Task,
    "absences": Absence,
    "people": Person,
    "groups": Group,
    "customFields": CustomField,
    "timeEntries": TimeEntry,
    "exportJobs": ExportJob,
}
"""A snapshot's lists, by the vendor's names for them (the keys of its list answers)."""
Item = Record | TimeEntry | ExportJob


def custom_field_audience(entity: Entity) -> str:
    """The ``availableFor`` value of the custom fields an entity of this kind can carry."""
    if isinstance(entity, Company):
        return "Company - Corporate" if entity.corporate else "Company - Customer"
    return entity.kind.capitalize()


# --- the account ------------------------------------------------------------------------------------------


class BeeboleState:
    """The whole account. Ids come from one sequence shared by every kind, as the vendor's do."""

    def __init__(self, clock: Clock, export_delay: timedelta) -> None:
        self.clock = clock
        self.export_delay = export_delay
        self.lock = threading.RLock()
        self.records: dict[int, Record] = {}
        self.xids: dict[tuple[str, str], int] = {}
        self.time_entries: dict[int, TimeEntry] = {}
        self.jobs: dict[int, ExportJob] = {}
        self.tokens: dict[str, int] = {}
        self._last_id = 0

    def next_id(self) -> int:
        self._last_id += 1
        return self._last_id

    # snapshots

    def snapshot(self) -> dict[str, list[dict[str, Any]]]:
        """Every record as plain data, by collection, in id order. The tokens (configuration of the
        demo account, and secrets), the clock and the id counter are not in it."""
        shown_rows: dict[str, list[dict[str, Any]]] = {name: [] for name in COLLECTIONS}
        for item in sorted(self._items(), key=lambda item: item.id):
            shown_rows[_COLLECTION_OF[type(item)]].append(CONVERTER.row_of(item))
        return shown_rows

    def _items(self) -> Iterator[Item]:
        yield from self.records.values()
        yield from self.time_entries.values()
        yield from self.jobs.values()

    def load_snapshot(self, data: Any, where: str = "state") -> None:
        """Fill this new, empty state from ``data`` (what :meth:`snapshot` gives, or a seed file; a
        collection it leaves out is empty). Raises :class:`StateError` naming the place of the first
        problem: callers build a fresh state and swap it in only when this returns."""
        if not isinstance(data, Mapping):
            raise StateError(
                f"{where}: expected a mapping of collection name to a list of records ({_KNOWN})"
            )
        placed: list[tuple[str, Item]] = []
        for name, rows in data.items():
            cls = COLLECTIONS.get(name)
            if cls is None:
                raise StateError(f"{where}: no collection {shown(name)} in a Beebole account ({_KNOWN})")
            if not isinstance(rows, list):
                raise StateError(f"{where}.{name}: expected a list of records")
            placed += [
                (f"{where}.{name}[{i}]", CONVERTER.record_of(cls, row, f"{where}.{name}[{i}]"))
                for i, row in enumerate(rows)
            ]
        # In id order, as the API made them: list answers show records in the order they are kept.
        placed.sort(key=lambda pair: pair[1].id)
        places: dict[int, str] = {}
        for place, item in placed:
            self._keep(item, place, places)
        for place, item in placed:
            CONVERTER.check_references(item, place, self._is_known)
        self._check_group_tree(places)
        self._last_id = max(places, default=0)

    def _keep(self, item: Item, place: str, places: dict[int, str]) -> None:
        """Files a loaded record, refusing an id or an xid that is already taken."""
        if item.id in places:
            raise StateError(
                f"{place}[id]: {item.id} is already the id of {places[item.id]} (one sequence of ids "
                "serves every kind)"
            )
        places[item.id] = place
        if isinstance(item, TimeEntry):
            self.time_entries[item.id] = item
        elif isinstance(item, ExportJob):
            self.jobs[item.id] = item
        else:
            if item.xid is not None and (item.kind, item.xid) in self.xids:
                raise StateError(f"{place}[xid]: a second {item.kind} with the xid {shown(item.xid)}")
            if item.xid is not None:
                self.xids[(item.kind, item.xid)] = item.id
            self.records[item.id] = item

    def _is_known(self, record_id: int, kinds: tuple[str, ...]) -> bool:
        """Whether ``record_id`` is the id of a record of one of ``kinds`` (what a reference needs)."""
        record = self.records.get(record_id)
        return record is not None and record.kind in kinds

    def _check_group_tree(self, places: Mapping[int, str]) -> None:
        """A group may not be its own ancestor: the tree answers would never end."""
        for group in self.all(Group):
            seen = {group.id}
            parent_id = group.parent_id
            while parent_id is not None:
                if parent_id in seen:
                    raise StateError(f"{places[group.id]}[parentId]: the group would be its own ancestor")
                seen.add(parent_id)
                parent_id = self.get(Group, parent_id).parent_id

    # lookup

    def add(self, record: R) -> R:
        if record.xid is not None:
            if (record.kind, record.xid) in self.xids:
                raise BeeboleError(f"another {record.kind} already has the xid {shown(record.xid)}")
            record.id = self.next_id()
            self.xids[(record.kind, record.xid)] = record.id
        else:
            record.id = self.next_id()
        self.records[record.id] = record
        return record

    def remove(self, record: Record) -> None:
        del self.records[record.id]
        if record.xid is not None:
            self.xids.pop((record.kind, record.xid), None)

    def find(self, cls: type[R], ref: Mapping[str, Any], where: str = "") -> R:
        """The record a ``{"id": ...}`` or ``{"xid": ...}`` reference names (``where`` says which one
        of the request's fields it was, for the message)."""
        prefix = f"{where}: " if where else ""
        if "id" in ref:
            record = self.records.get(ref["id"])
            if isinstance(record, cls):
                return record
            raise BeeboleError(f"{prefix}no {cls.kind} has the id {ref['id']}")
        if "xid" in ref:
            record = self.records.get(self.xids.get((cls.kind, ref["xid"]), 0))
            if isinstance(record, cls):
                return record
            raise BeeboleError(f"{prefix}no {cls.kind} has the xid {shown(ref['xid'])}")
        raise BeeboleError(f"{prefix}name the {cls.kind} by id or xid")

    def get(self, cls: type[R], record_id: int) -> R:
        record = self.records.get(record_id)
        if not isinstance(record, cls):
            raise BeeboleError(f"no {cls.kind} has the id {record_id}")
        return record

    def all(self, cls: type[R]) -> list[R]:
        return [record for record in self.records.values() if isinstance(record, cls)]

    def pick(self, cls: type[R], ids: Iterable[int]) -> list[R]:
        """The records of ``ids`` that still exist, in the order given."""
        return [record for record in (self.records.get(i) for i in ids) if isinstance(record, cls)]

    # hierarchy

    def projects_of(self, company: Company) -> list[Project]:
        return [p for p in self.all(Project) if p.company_id == company.id]

    def subprojects_of(self, project: Project) -> list[Subproject]:
        return [s for s in self.all(Subproject) if s.project_id == project.id]

    def parent_of(self, entity: Entity) -> Container | None:
        if isinstance(entity, Subproject):
            return self.get(Project, entity.project_id)
        if isinstance(entity, Project | Task | Absence | Person):
            return self.get(Company, entity.company_id)
        return None

    def chain(self, entity: Entity) -> list[Entity]:
        """The entity, then its parent, up to its company."""
        chain: list[Entity] = [entity]
        parent = self.parent_of(entity)
        while parent is not None:
            chain.append(parent)
            parent = self.parent_of(parent)
        return chain

    def company_of(self, entity: Entity) -> Company:
        top = self.chain(entity)[-1]
        assert isinstance(top, Company)
        return top

    def children_count(self, container: Container) -> int:
        if isinstance(container, Company):
            return len(self.projects_of(container))
        if isinstance(container, Project):
            return len(self.subprojects_of(container))
        return 0

    # activation

    @staticmethod
    def set_active(entity: Entity, active: bool) -> None:
        entity.active = active

    # specific tasks

    def specific_tasks(self, container: Container) -> list[Task]:
        return self.pick(Task, container.specific_task_ids)

    def attach_specific_task(self, container: Container, task: Task) -> None:
        """A task can serve the entities of its own company; a corporate company's tasks serve all."""
        owner = self.get(Company, task.company_id)
        if owner.id != self.company_of(container).id and not owner.corporate:
            raise BeeboleError(
                f"{task.label} belongs to {owner.label}, which is neither the company of "
                f"{container.label} nor a corporate company"
            )
        if task.id not in container.specific_task_ids:
            container.specific_task_ids.append(task.id)

    @staticmethod
    def detach_specific_task(container: Container, task: Task) -> None:
        if task.id not in container.specific_task_ids:
            raise BeeboleError(f"{task.label} is not attached to {container.label}")
        container.specific_task_ids.remove(task.id)

    def required_tasks(self, target: Entity) -> list[Task]:
        """The tasks one of which a time entry on ``target`` must name (none: no task needed)."""
        if not isinstance(target, Container) or target.specific_tasks_disabled:
            return []
        return [task for task in self.specific_tasks(target) if task.active]

    # members and managers

    @staticmethod
    def attach_member(container: Container, member: Person | Group) -> None:
        members = container.member_person_ids if isinstance(member, Person) else container.member_group_ids
        if member.id not in members:
            members.append(member.id)

    @staticmethod
    def detach_member(container: Container, member: Person | Group) -> None:
        members = container.member_person_ids if isinstance(member, Person) else container.member_group_ids
        if member.id not in members:
            raise BeeboleError(f"{member.label} is not a member of {container.label}")
        members.remove(member.id)

    @staticmethod
    def attach_manager(project: Project, person: Person) -> None:
        if person.id not in project.manager_ids:
            project.manager_ids.append(person.id)

    @staticmethod
    def detach_manager(project: Project, person: Person) -> None:
        if person.id not in project.manager_ids:
            raise BeeboleError(f"{person.label} is not a manager of {project.label}")
        project.manager_ids.remove(person.id)

    # groups

    def create_group(self, group: Group) -> Group:
        if group.parent_id is not None:
            self.get(Group, group.parent_id)
        return self.add(group)

    def subgroups(self, group: Group) -> list[Group]:
        return [g for g in self.all(Group) if g.parent_id == group.id]

    def subtree(self, group: Group) -> list[Group]:
        """The group and every group below it."""
        found = [group]
        for child in self.subgroups(group):
            found += self.subtree(child)
        return found

    @staticmethod
    def add_group(entity: Entity, group: Group) -> None:
        if group.id not in entity.group_ids:
            entity.group_ids.append(group.id)

    @staticmethod
    def remove_group(entity: Entity, group: Group) -> None:
        if group.id not in entity.group_ids:
            raise BeeboleError(f"{group.label} is not assigned to {entity.label}")
        entity.group_ids.remove(group.id)

    def groups_of(self, entity: Entity) -> list[Group]:
        return self.pick(Group, entity.group_ids)

    def assigned_to(self, group: Group) -> list[Entity]:
        return [e for e in self.all(Entity) if group.id in e.group_ids]

    def delete_group(self, group: Group, *, force: bool) -> None:
        """Removes the group with its subgroups. Without ``force`` a group (or subgroup) still assigned
        to an entity, or a member of one, is refused."""
        doomed = {g.id for g in self.subtree(group)}
        holders = [e for e in self.all(Entity) if doomed & set(e.group_ids)]
        holders += [c for c in self.all(Container) if doomed & set(c.member_group_ids)]
        if holders and not force:
            raise BeeboleError(
                f"{group.label} is still assigned (to {holders[0].label}); pass force to delete it anyway"
            )
        for entity in self.all(Entity):
            entity.group_ids = [gid for gid in entity.group_ids if gid not in doomed]
        for container in self.all(Container):
            container.member_group_ids = [gid for gid in container.member_group_ids if gid not in doomed]
        for gid in doomed:
            self.remove(self.records[gid])

    # custom fields

    def custom_fields_for(self, entity: Entity) -> list[CustomField]:
        audience = custom_field_audience(entity)
        return [f for f in self.all(CustomField) if f.available_for == audience]

    def custom_field_of(self, entity: Entity, ref: Mapping[str, Any]) -> CustomField:
        custom_field = self.find(CustomField, ref, "customField")
        if custom_field not in self.custom_fields_for(entity):
            raise BeeboleError(
                f"{custom_field.label} is for {shown(custom_field.available_for)}, not for {entity.label}"
            )
        return custom_field

    # people

    def check_email_free(self, email: str | None, person: Person | None) -> None:
        if email is None:
            return
        wanted = email.casefold()
        for other in self.all(Person):
            if other is not person and (other.email or "").casefold() == wanted:
                raise BeeboleError(f"the e-mail address is already used by {other.label}")

    def find_leader(self, spec: Mapping[str, Any]) -> Person:
        """A team leader named by id, xid, e-mail or name, in that order of precedence."""
        if "id" in spec or "xid" in spec:
            return self.find(Person, {k: spec[k] for k in ("id", "xid") if k in spec}, "leaders")
        if "email" in spec:
            wanted = str(spec["email"]).casefold()
            matches = [p for p in self.all(Person) if (p.email or "").casefold() == wanted]
            what = "the e-mail address"
        elif "name" in spec:
            matches = [p for p in self.all(Person) if p.name == spec["name"]]
            what = f"the name {shown(spec['name'])}"
        else:
            raise BeeboleError("leaders: name each leader by id, xid, email or name")
        if len(matches) != 1:
            problem = "no person has" if not matches else "several people have"
            raise BeeboleError(f"leaders: {problem} {what}")
        return matches[0]

    # time entries

    def time_entry(self, entry_id: int, day: date | None = None) -> TimeEntry:
        """An entry by id; when the caller also gives its date (as get, delete... do), it must match."""
        entry = self.time_entries.get(entry_id)
        if entry is None or (day is not None and entry.day != day):
            where = "" if day is None else f" on {day.isoformat()}"
            raise BeeboleError(f"no time entry has the id {entry_id}{where}")
        return entry

    def check_target(self, target: Entity) -> None:
        """Time goes on a leaf of company -> project -> subproject, or on an absence, all active."""
        if isinstance(target, Company) and self.projects_of(target):
            raise BeeboleError(f"{target.label} has projects: log time on one of them, not on the company")
        if isinstance(target, Project) and self.subprojects_of(target):
            raise BeeboleError(f"{target.label} has subprojects: log time on one of them, not on the project")
        for entity in self.chain(target):
            if not entity.active:
                raise BeeboleError(f"{entity.label} is inactive: no time can be logged on it")

    def check_task(self, target: Entity, task: Task | None) -> Task | None:
        """The task the entry keeps: none on an absence; one of the required ones when the target has
        specific tasks; otherwise an optional task of the target's company or a corporate one."""
        if isinstance(target, Absence):
            return None  # tasks do not apply to absences
        required = self.required_tasks(target)
        if task is None:
            if required:
                names = ", ".join(f"{t.name} ({t.label})" for t in required)
                raise BeeboleError(f"{target.label} has specific tasks: name one of them as task ({names})")
            return None
        if not task.active:
            raise BeeboleError(f"{task.label} is inactive")
        if required and task not in required:
            raise BeeboleError(f"{task.label} is not one of the specific tasks of {target.label}")
        owner = self.get(Company, task.company_id)
        if not required and owner is not self.company_of(target) and not owner.corporate:
            raise BeeboleError(f"{task.label} belongs to another company than {target.label}")
        return task

    def check_day_total(self, person: Person, day: date, hours: float, replacing: TimeEntry | None) -> None:
        logged = sum(
            e.hours
            for e in self.time_entries.values()
            if e.person_id == person.id and e.day == day and e is not replacing
        )
        if logged + hours > MAX_HOURS_PER_DAY:
            raise BeeboleError(
                f"{person.label} would have {logged + hours:g} hours on {day.isoformat()}; "
                f"a day holds at most {MAX_HOURS_PER_DAY:g}"
            )

    def log_time(
        self,
        person: Person,
        target: Entity,
        task: Task | None,
        day: date,
        hours: float,
        comment: str,
        entry: TimeEntry | None = None,
    ) -> TimeEntry:
        """Create (``entry`` None) or rewrite a time entry, after every logging rule."""
        if not person.active:
            raise BeeboleError(f"{person.label} is inactive and cannot log time")
        if entry is not None and entry.status not in EDITABLE:
            raise BeeboleError(
                f"time entry {entry.id} is {STATUS_NAMES[entry.status]}: only draft or rejected "
                "entries can be changed"
            )
        if hours <= 0:
            raise BeeboleError("hours must be more than 0")
        self.check_target(target)
        kept_task = self.check_task(target, task)
        self.check_day_total(person, day, hours, entry)
        if entry is None:
            entry = TimeEntry(person_id=person.id, target_id=target.id, task_id=None, day=day, hours=hours)
            entry.id = self.next_id()
            self.time_entries[entry.id] = entry
        entry.target_id = target.id
        entry.task_id = None if kept_task is None else kept_task.id
        entry.day, entry.hours, entry.comment = day, float(hours), comment
        return entry

    def delete_time_entry(self, entry: TimeEntry) -> None:
        if entry.status not in EDITABLE:
            raise BeeboleError(
                f"time entry {entry.id} is {STATUS_NAMES[entry.status]}: only draft or rejected "
                "entries can be deleted"
            )
        del self.time_entries[entry.id]

    def entries_of(self, person: Person, first: date, last: date) -> list[TimeEntry]:
        check_period(first, last)
        return sorted(
            (e for e in self.time_entries.values() if e.person_id == person.id and first <= e.day <= last),
            key=lambda e: (e.day, e.id),
        )

    def move(self, step: str, entries: list[TimeEntry], *, strict: bool, memo: str | None = None) -> None:
        """One workflow step on the entries. ``strict`` (a single entry named by id) refuses an entry
        in the wrong status; over a period, entries the step does not apply to are left as they are."""
        sources, target = WORKFLOW[step]
        for entry in entries:
            if entry.status not in sources:
                if strict:
                    allowed = " or ".join(sorted(STATUS_NAMES[s] for s in sources))
                    raise BeeboleError(
                        f"time entry {entry.id} is {STATUS_NAMES[entry.status]}; {step} applies to "
                        f"{allowed} entries"
                    )
                continue
            if step == "lock":
                entry.status_before_lock = entry.status
            if step == "reject":
                entry.memo = memo
            entry.status = target if target is not None else (entry.status_before_lock or DRAFT)

    # export jobs

    def start_job(self, table: list[list[Cell]], output_format: str | None) -> ExportJob:
        started = self.clock()
        job = ExportJob(
            started=started, ready=started + self.export_delay, table=table, output_format=output_format
        )
        job.id = self.next_id()
        self.jobs[job.id] = job
        return job

    def job(self, job_id: int) -> ExportJob:
        job = self.jobs.get(job_id)
        if job is None:
            raise BeeboleError(f"no export job has the id {job_id}")
        return job

    def job_done(self, job: ExportJob) -> bool:
        return self.clock() >= job.ready


def check_period(first: date, last: date) -> None:
    if first > last:
        raise BeeboleError(f"from ({first.isoformat()}) is after to ({last.isoformat()})")


def parse_day(text: str, where: str) -> date:
    try:
        return date.fromisoformat(text) if len(text) == 10 else _bad_day(text, where)
    except ValueError:
        return _bad_day(text, where)


def _bad_day(text: str, where: str) -> date:
    raise BeeboleError(f"{where}: {shown(text)} is not a date (YYYY-MM-DD)")


# --- snapshots: records <-> plain data ---------------------------------------------------------------------

_COLLECTION_OF = {cls: name for name, cls in COLLECTIONS.items()}
_KNOWN = "collections: " + ", ".join(COLLECTIONS)


def _camel(name: str) -> str:
    first, *rest = name.split("_")
    return first + "".join(part.capitalize() for part in rest)


CONVERTER = Converter(naming=_camel)
"""Records <-> plain data, each field under the vendor's camelCase name unless its metadata names one."""
