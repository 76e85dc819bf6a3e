"""Task tags: the account's groups of statuses and labels, and the tags in them.

A group is either ``status`` (a task carries at most one status of the group: setting one drops the
task's other status of that group) or ``label`` (any number), and ``public`` or ``private``; status
groups are always public. Actions: get_task_tag_groups, add_task_tag_groups, get_task_tags,
add_task_tags. Setting tags on a task (update_task_tags, and ``tags`` of post_task and update_task) is
the tasks module's, with :func:`tags_named` and :func:`with_tags` from here.

Groups are listed in the account's display order as recorded: status groups first, then public label
groups, then private ones, each kind in creation (id) order; a group's tags in creation order. A tag is
named by its id or by its full name (letter case ignored); a name that two groups share must be given
by id.

Demo data: groups 301 Workflow (status: To-do 6101, In progress 6102, Review 6103, Done 6104), 302
Topics (public labels: design 6105, copy 6106, bug 6107), 303 Billing (private labels: billable 6108,
internal 6109), 304 Channels (public labels: web 6110, print 6111).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from apikit.mock.records import one_of, refers_to
from apikit.mock.worksection.account import Account, Row, collection
from apikit.mock.worksection.actions import Ctx, action, ok
from apikit.mock.worksection.errors import CODE_TAG_NOT_FOUND, WorksectionError, required

GROUP_TYPES = ("status", "label")
ACCESSES = ("public", "private")
GROUP_DETAILS = "group (id or title)"
"""What the service names in its refusal of a missing or empty group (recorded)."""


@collection("task_tag_groups", kind="task_tag_group", first_id=301)
@dataclass
class TaskTagGroup:
    id: int
    title: str
    type: str = field(metadata=one_of(*GROUP_TYPES))
    access: str = field(metadata=one_of(*ACCESSES))


@collection("task_tags", kind="task_tag", first_id=6101)
@dataclass
class TaskTag:
    id: int
    title: str
    group: int = field(metadata=refers_to("task_tag_group"))


def seed(account: Account) -> None:
    groups = (
        (TaskTagGroup(301, "Workflow", "status", "public"), ("To-do", "In progress", "Review", "Done")),
        (TaskTagGroup(302, "Topics", "label", "public"), ("design", "copy", "bug")),
        (TaskTagGroup(303, "Billing", "label", "private"), ("billable", "internal")),
        (TaskTagGroup(304, "Channels", "label", "public"), ("web", "print")),
    )
    for group, titles in groups:
        account.add("task_tag_groups", group)
        for title in titles:
            account.add("task_tags", TaskTag(account.new_id("task_tags"), title, group.id))


# --- reading ----------------------------------------------------------------------------------------------


def groups_in_display_order(account: Account) -> list[TaskTagGroup]:
    """Status groups, then public label groups, then private ones; by id within each (as recorded)."""

    def place(group: TaskTagGroup) -> tuple[int, int, int]:
        return (group.type != "status", group.access != "public", group.id)

    return sorted(account.records("task_tag_groups"), key=place)


def group_named(account: Account, reference: str) -> TaskTagGroup | None:
    """The group with this id, else the one with this title (letter case ignored)."""
    wanted = reference.strip()
    groups: list[TaskTagGroup] = account.records("task_tag_groups")
    by_id = next((g for g in groups if wanted.isdigit() and g.id == int(wanted)), None)
    return by_id or next((g for g in groups if g.title.casefold() == wanted.casefold()), None)


def tags_named(account: Account, references: Iterable[str]) -> list[TaskTag]:
    """The tags named (each by id or full name), in the order given; refused with code 16 (``Tag is
    invalid``, the reference as given) at the first that names no tag, or a name two tags share."""
    tags: list[TaskTag] = account.records("task_tags")
    found: list[TaskTag] = []
    for reference in references:
        by_id = [t for t in tags if reference.isdigit() and t.id == int(reference)]
        matches = by_id or [t for t in tags if t.title.casefold() == reference.casefold()]
        if len(matches) != 1:
            raise WorksectionError(CODE_TAG_NOT_FOUND, "Tag is invalid", reference)
        found.append(matches[0])
    return found


def with_tags(
    account: Account, current: Sequence[int], adding: Sequence[TaskTag], removing: Sequence[TaskTag]
) -> list[int]:
    """A task's tag ids after taking ``removing`` off and setting ``adding``, in id order. A status
    replaces the task's other status of its group, so a task never has two of one status group."""
    groups = account.table("task_tag_groups")
    tags = account.table("task_tags")
    kept = [tag_id for tag_id in current if tag_id not in {t.id for t in removing}]
    for tag in adding:
        if groups[tag.group].type == "status":
            kept = [tag_id for tag_id in kept if tags[tag_id].group != tag.group]
        if tag.id not in kept:
            kept.append(tag.id)
    return sorted(kept)


def tag_map(account: Account, tag_ids: Iterable[int]) -> dict[str, str]:
    """A task's ``tags`` as answers show them: name by id (ids as text), in id order."""
    tags = account.table("task_tags")
    return {str(tag_id): tags[tag_id].title for tag_id in sorted(tag_ids)}


def comma_words(text: str | None) -> list[str]:
    """A comma-separated list as its trimmed, non-empty words, in order, each once."""
    words = (word.strip() for word in (text or "").split(","))
    return list(dict.fromkeys(word for word in words if word))


# --- output -----------------------------------------------------------------------------------------------


def group_out(group: TaskTagGroup) -> Row:
    return {"title": group.title, "id": group.id, "type": group.type, "access": group.access}


def tag_out(tag: TaskTag, group: TaskTagGroup, position: int) -> Row:
    """A tag as get_task_tags shows it. ``id_group`` is undocumented; recorded ``"1"`` for the first
    group of the account, so the mock gives the group's place in the display order."""
    return {"title": tag.title, "id": tag.id, "group": group_out(group) | {"id_group": str(position)}}


# --- actions ----------------------------------------------------------------------------------------------


@action("get_task_tag_groups")
def get_task_tag_groups(ctx: Ctx) -> Row:
    wanted_type, wanted_access = ctx.text("type"), ctx.text("access")
    return ok(
        [
            group_out(group)
            for group in groups_in_display_order(ctx.account)
            if wanted_type in (None, group.type) and wanted_access in (None, group.access)
        ]
    )


@action("add_task_tag_groups")
def add_task_tag_groups(ctx: Ctx) -> Row:
    """One group per new title; titles the account already has are skipped (and not answered)."""
    kind, access, titles = ctx.need("type"), ctx.need("access"), comma_words(ctx.text("title"))
    if not titles:
        raise required("title")
    taken = {group.title.casefold() for group in ctx.account.records("task_tag_groups")}
    created = []
    for title in titles:
        if title.casefold() in taken:
            continue
        group = TaskTagGroup(
            ctx.account.new_id("task_tag_groups"), title, kind, "public" if kind == "status" else access
        )
        created.append(ctx.account.add("task_tag_groups", group))
        taken.add(title.casefold())
    return ok([group_out(group) for group in created])


@action("get_task_tags", meanings={"group": lambda value: str(value).strip()})
def get_task_tags(ctx: Ctx) -> Row:
    """Every tag with its group; ``group`` naming no group gives an empty list."""
    wanted_type, wanted_access, reference = ctx.text("type"), ctx.text("access"), ctx.text("group")
    only = group_named(ctx.account, reference) if reference is not None else None
    if reference is not None and only is None:
        return ok([])
    tags: list[TaskTag] = ctx.account.records("task_tags")
    listed = []
    for position, group in enumerate(groups_in_display_order(ctx.account), start=1):
        if only not in (None, group) or wanted_type not in (None, group.type):
            continue
        if wanted_access not in (None, group.access):
            continue
        listed += [tag_out(tag, group, position) for tag in tags if tag.group == group.id]
    return ok(listed)


@action("add_task_tags", meanings={"group": lambda value: str(value).strip()})
def add_task_tags(ctx: Ctx) -> Row:
    """One tag per new title in the group; titles the group already has are skipped (and not answered).
    An unknown group is refused like a missing one (the service's answer is not recorded)."""
    reference = ctx.text("group")
    group = group_named(ctx.account, reference) if reference is not None else None
    if group is None:
        raise required(GROUP_DETAILS)
    titles = comma_words(ctx.text("title"))
    if not titles:
        raise required("title")
    tags: list[TaskTag] = ctx.account.records("task_tags")
    taken = {tag.title.casefold() for tag in tags if tag.group == group.id}
    created = []
    for title in titles:
        if title.casefold() not in taken:
            tag = TaskTag(ctx.account.new_id("task_tags"), title, group.id)
            created.append(ctx.account.add("task_tags", tag))
            taken.add(title.casefold())
    return ok([{"title": tag.title, "id": tag.id} for tag in created])
