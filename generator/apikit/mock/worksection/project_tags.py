"""Project tags: the statuses and labels a project can carry, in groups (get_project_tags,
add_project_tags, get_project_tag_groups, add_project_tag_groups); update_project_tags, which sets
them on a project, is with the project actions in :mod:`.projects`.

A group is a set of statuses (``type`` ``status``, always public) or of labels (``label``), or has
no type (``""``, a group created without one). A project carries at most one status of each status
group: setting another replaces it (presumed). Tags are named by id or by their full name, which must
then be unique among project tags. A project's ``tags`` keep each tag's name as it was set, so a
project of a snapshot written before tag records existed still answers as before.

Choices where the vendor's behaviour is not known: add_project_tags and add_project_tag_groups answer a
name that exists already with the existing record (and make no second one); add_project_tags refuses a
group that names no project tag group like a missing one (10, ``group (id or title)``);
get_project_tags answers such a group with an empty list.

get_project_tags lists tags by group id, and within a group in the group's own order (``position``,
as the recording shows statuses neither by id nor by name); get_project_tag_groups by id.

Demo data: groups 91 "Project status" (status, public; ``id_group`` "-4" as recorded), 92 "Common
labels" (label, public), 93 "Internal labels" (label, private). Labels 5501 "web" and 5502 "priority"
(Common labels, both on project 2101) and 5503 "facilities" (Internal labels, on 2103); statuses 5508
Backlog, 5504 In progress, 5506 Paused, 5507 Canceled, 5505 Completed, in that order.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from apikit.mock.records import checked, one_of, refers_to, wire
from apikit.mock.worksection.account import Account, Row, collection
from apikit.mock.worksection.actions import Ctx, action, ok
from apikit.mock.worksection.errors import CODE_TAG_NOT_FOUND, WorksectionError, required

GROUP_TYPES = ("status", "label", "")
ACCESS = ("public", "private")
GROUP_REQUIRED = "group (id or title)"  # the vendor's message_details for a missing group (recorded)
ID_GROUP = re.compile(r"^-?[0-9]+$")


def _id_group_problem(value: str | None) -> str | None:
    return None if value is None or ID_GROUP.match(value) else "expected a whole number as text"


@collection("project_tag_groups", kind="project_tag_group", first_id=91)
@dataclass
class ProjectTagGroup:
    id: int
    title: str
    kind: str = field(metadata=wire("type") | one_of(*GROUP_TYPES))
    access: str = field(metadata=one_of(*ACCESS))
    id_group: str | None = field(default=None, metadata=checked(_id_group_problem))
    """Undocumented; sent inside a tag's group by get_project_tags when set ("-4" for the built-in
    status group in the recording)."""


@collection("project_tags", kind="project_tag", first_id=5501)
@dataclass
class ProjectTag:
    id: int
    title: str
    group: int = field(metadata=refers_to("project_tag_group"))
    position: int = 0
    """Place in the group's own order (ties by id)."""


# --- lists and look-ups -----------------------------------------------------------------------------------


def listed(value: Any) -> list[str]:
    """A comma-separated parameter (or a JSON array) as its trimmed, non-empty items, each once, in order."""
    items = value if isinstance(value, list) else str(value or "").split(",")
    return list(dict.fromkeys(text for item in items if (text := str(item).strip())))


def group_named(account: Account, ref: str) -> ProjectTagGroup | None:
    """The group with this id (digits) or, failing that, this title."""
    groups: list[ProjectTagGroup] = account.records("project_tag_groups")
    if ref.isascii() and ref.isdigit():
        by_id: ProjectTagGroup | None = account.find("project_tag_groups", int(ref))
        if by_id is not None:
            return by_id
    return next((group for group in groups if group.title == ref), None)


def tag_named(account: Account, ref: str) -> ProjectTag | None:
    """The tag with this id (digits) or, failing that, the one tag with this full name."""
    if ref.isascii() and ref.isdigit():
        by_id: ProjectTag | None = account.find("project_tags", int(ref))
        if by_id is not None:
            return by_id
    named: list[ProjectTag] = [tag for tag in account.records("project_tags") if tag.title == ref]
    return named[0] if len(named) == 1 else None  # an ambiguous name names no tag


def resolve_tags(account: Account, refs: Iterable[str]) -> list[ProjectTag]:
    """The tags named, in order; the first name or id that names no (single) tag is refused with 16."""
    found: list[ProjectTag] = []
    for ref in refs:
        tag = tag_named(account, ref)
        if tag is None:
            raise WorksectionError(CODE_TAG_NOT_FOUND, "Tag is invalid", ref)
        found.append(tag)
    return found


def tags_with(account: Account, current: Mapping[int, str], adding: Iterable[ProjectTag]) -> dict[int, str]:
    """``current`` (tag names by id) with ``adding`` set; a status replaces the other status of its group."""
    result = dict(current)
    for tag in adding:
        if _is_status(account, tag.group):
            for other in [tag_id for tag_id in result if _group_of(account, tag_id) == tag.group]:
                del result[other]
        result[tag.id] = tag.title
    return result


def _group_of(account: Account, tag_id: int) -> int | None:
    tag = account.find("project_tags", tag_id)
    return None if tag is None else int(tag.group)


def _is_status(account: Account, group_id: int) -> bool:
    group = account.find("project_tag_groups", group_id)
    return group is not None and group.kind == "status"


# --- output -----------------------------------------------------------------------------------------------


def group_out(group: ProjectTagGroup, *, with_id_group: bool = False) -> Row:
    """A group as get_project_tag_groups shows it; inside a tag (get_project_tags) with ``id_group``."""
    out: Row = {"title": group.title, "id": group.id}
    if with_id_group and group.id_group is not None:
        out["id_group"] = group.id_group
    out["type"] = group.kind
    out["access"] = group.access
    return out


def _tag_order(tag: ProjectTag) -> tuple[int, int, int]:
    return tag.group, tag.position, tag.id


def _group_wanted(group: ProjectTagGroup, kind: str | None, access: str | None) -> bool:
    return kind in (None, group.kind) and access in (None, group.access)


# --- actions ----------------------------------------------------------------------------------------------


@action("get_project_tags")
def get_project_tags(ctx: Ctx) -> Row:
    account = ctx.account
    ref, kind, access = ctx.text("group"), ctx.text("type"), ctx.text("access")
    only = group_named(account, ref) if ref is not None else None
    if ref is not None and only is None:
        return ok([])  # a group that names none has no tags (the service's answer is not known)
    groups = account.table("project_tag_groups")
    tags = sorted(account.records("project_tags"), key=_tag_order)
    return ok(
        [
            {"title": tag.title, "id": tag.id, "group": group_out(groups[tag.group], with_id_group=True)}
            for tag in tags
            if (only is None or tag.group == only.id) and _group_wanted(groups[tag.group], kind, access)
        ]
    )


@action("add_project_tags")
def add_project_tags(ctx: Ctx) -> Row:
    """Tags in the group, one per listed name: new names are created (at the end of the group's order),
    names the group has already are answered with their ids."""
    ref = ctx.text("group")
    group = group_named(ctx.account, ref) if ref is not None else None
    if group is None:  # missing, empty or naming no group: the recorded refusal
        raise required(GROUP_REQUIRED)
    names = listed(ctx.params.get("title"))
    if not names:
        raise required("title")
    return ok([{"title": tag.title, "id": tag.id} for tag in (_tag_in(ctx.account, group, n) for n in names)])


def _tag_in(account: Account, group: ProjectTagGroup, title: str) -> ProjectTag:
    members: list[ProjectTag] = [tag for tag in account.records("project_tags") if tag.group == group.id]
    existing = next((tag for tag in members if tag.title == title), None)
    if existing is not None:
        return existing
    position = max((tag.position for tag in members), default=0) + 1
    return account.add("project_tags", ProjectTag(account.new_id("project_tags"), title, group.id, position))


@action("get_project_tag_groups")
def get_project_tag_groups(ctx: Ctx) -> Row:
    kind, access = ctx.text("type"), ctx.text("access")
    groups = ctx.account.records("project_tag_groups")
    return ok([group_out(group) for group in groups if _group_wanted(group, kind, access)])


@action("add_project_tag_groups")
def add_project_tag_groups(ctx: Ctx) -> Row:
    """Groups, one per listed name: new names are created, existing ones answered as they are."""
    names = listed(ctx.params.get("title"))
    if not names:
        raise required("title")
    access = ctx.need("access")
    kind = ctx.text("type") or ""
    if kind == "status":
        access = "public"  # status groups are always public, whatever is sent
    return ok([group_out(_group_titled(ctx.account, name, kind, access)) for name in names])


def _group_titled(account: Account, title: str, kind: str, access: str) -> ProjectTagGroup:
    groups: list[ProjectTagGroup] = account.records("project_tag_groups")
    existing = next((group for group in groups if group.title == title), None)
    if existing is not None:
        return existing
    new_id = account.new_id("project_tag_groups")
    return account.add("project_tag_groups", ProjectTagGroup(new_id, title, kind, access))


# --- demo data --------------------------------------------------------------------------------------------


def seed(account: Account) -> None:
    """The demo groups and tags (see the module docstring); the labels are those of the demo projects."""
    for group in (
        ProjectTagGroup(91, "Project status", "status", "public", id_group="-4"),
        ProjectTagGroup(92, "Common labels", "label", "public"),
        ProjectTagGroup(93, "Internal labels", "label", "private"),
    ):
        account.add("project_tag_groups", group)
    for tag in (
        ProjectTag(5501, "web", 92, 1),
        ProjectTag(5502, "priority", 92, 2),
        ProjectTag(5503, "facilities", 93, 1),
        ProjectTag(5504, "In progress", 91, 2),
        ProjectTag(5505, "Completed", 91, 5),
        ProjectTag(5506, "Paused", 91, 3),
        ProjectTag(5507, "Canceled", 91, 4),
        ProjectTag(5508, "Backlog", 91, 1),
    ):
        account.add("project_tags", tag)
