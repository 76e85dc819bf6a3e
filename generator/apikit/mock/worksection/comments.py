"""Comments on tasks: get_comments and post_comment.

A comment belongs to a task or subtask; its link is the task's plus ``#com<id>``. Its text holds the
checklist items and mentioned members' names the way post_task composes a description (see
:func:`.tasks.composed_text`). Files come as ``attach[n]`` parts of a multipart post_comment and are
kept as :class:`.tasks.Attachment` records of the comment. Comments are listed newest first (recorded).

What the vendor leaves open, settled here: a comment needs a text, checklist items or a file (a comment
with files only has an empty text, as recorded); neither is refused with code 10 ``At least one of
fields required`` (details ``text, todo``); done tasks take comments too; ``hidden`` addresses that name
no member are ignored.

Demo data: six comments on 3101 Home page layout (4101-4106; 4101 with a file, 4103 with two files and
no text), one on 3103 Pricing table copy (4107) and one on 3104 Beta sign-up form (4108).
"""

from __future__ import annotations

import base64
from dataclasses import dataclass, field
from datetime import datetime

from apikit.mock.records import refers_to
from apikit.mock.worksection import events
from apikit.mock.worksection.account import Account, Row, collection
from apikit.mock.worksection.actions import Ctx, action, date_time_out, ok
from apikit.mock.worksection.errors import CODE_REQUIRED, WorksectionError
from apikit.mock.worksection.people import person_out
from apikit.mock.worksection.tasks import (
    Attachment,
    Task,
    attach_files,
    attachments_of,
    author_of,
    composed_text,
    existing_task,
    file_out,
    members_listed,
    task_page,
    todo_items,
)


@collection("comments", kind="comment", first_id=4101)
@dataclass
class Comment:
    id: int
    task: int = field(metadata=refers_to("task"))
    text: str
    author: int = field(metadata=refers_to("person"))
    added: datetime
    visible_to: list[int] = field(default_factory=list, metadata=refers_to("person"))
    """``hidden`` of post_comment: the only members who may see the comment; empty: everybody."""


def seed(account: Account) -> None:
    """The demo comments and their files (see the module docstring)."""
    for comment in (
        Comment(4101, 3101, "Layout draft is in the attached PDF.", 102, datetime(2024, 1, 16, 10, 20)),
        Comment(
            4102, 3101, "The hero needs a darker overlay for the headline.", 103, datetime(2024, 1, 17, 9, 5)
        ),
        Comment(4103, 3101, "", 101, datetime(2024, 1, 18, 16, 40)),
        Comment(4104, 3101, "Approved, go ahead with the dark one.", 102, datetime(2024, 1, 19, 8, 55)),
        Comment(4105, 3101, "Feature grid icons are done.", 103, datetime(2024, 1, 22, 14, 10)),
        Comment(
            4106,
            3101,
            "Please check the spacing on tablets.",
            101,
            datetime(2024, 1, 23, 11, 30),
            visible_to=[101, 103],
        ),
        Comment(4107, 3103, "Copy is final.", 102, datetime(2024, 1, 31, 17, 0)),
        Comment(4108, 3104, "Which fields are mandatory?", 104, datetime(2024, 2, 6, 9, 40)),
    ):
        account.add("comments", comment)
    for comment_id, name, content_type, content in (
        (4101, "layout-draft.pdf", "application/pdf", b"%PDF-1.4\n% layout draft\n"),
        (4103, "hero-dark.png", "image/png", b"\x89PNG\r\n\x1a\n dark"),
        (4103, "hero-light.png", "image/png", b"\x89PNG\r\n\x1a\n light"),
    ):
        comment = account.table("comments")[comment_id]
        account.add(
            "attachments",
            Attachment(
                account.new_id("attachments"),
                comment.task,
                name,
                comment.author,
                comment.added,
                comment=comment.id,
                content_type=content_type,
                data=base64.b64encode(content).decode(),
            ),
        )


def comments_of(account: Account, task: Task) -> list[Comment]:
    """The task's comments, newest first."""
    comments: list[Comment] = account.records("comments")
    return sorted((c for c in comments if c.task == task.id), key=lambda c: (c.added, c.id), reverse=True)


def comment_out(account: Account, comment: Comment, with_files: bool = False) -> Row:
    """A comment as answers show it; ``files`` only when asked for and the comment has some."""
    task: Task = account.table("tasks")[comment.task]
    out: Row = {
        "id": str(comment.id),
        "page": f"{task_page(account, task)}#com{comment.id}",
        "text": comment.text,
        "date_added": date_time_out(comment.added),
        "user_from": person_out(account.table("people")[comment.author]),
    }
    files = [file_out(a) for a in attachments_of(account, task, comment.id)] if with_files else []
    if files:
        out["files"] = files
    return out


@action("get_comments")
def get_comments(ctx: Ctx) -> Row:
    task = existing_task(ctx)
    with_files = ctx.text("extra") == "files"
    return ok([comment_out(ctx.account, comment, with_files) for comment in comments_of(ctx.account, task)])


@action("post_comment")
def post_comment(ctx: Ctx) -> Row:
    """A new comment by ``email_user_from`` or the owner; the task is checked first (recorded)."""
    account = ctx.account
    task = existing_task(ctx)
    todo = todo_items(ctx)
    text = ctx.text("text") or ""
    has_files = any(upload.name.startswith("attach[") for upload in ctx.uploads)
    if not text.strip() and not todo and not has_files:
        raise WorksectionError(CODE_REQUIRED, "At least one of fields required", "text, todo")
    author = author_of(ctx)
    comment = Comment(
        id=account.new_id("comments"),
        task=task.id,
        text=composed_text(text, todo, members_listed(account, ctx.text("mention"))),
        author=author.id,
        added=ctx.now,
        visible_to=[person.id for person in members_listed(account, ctx.text("hidden"))],
    )
    account.add("comments", comment)
    attach_files(ctx, task, author, comment.id)
    # get_events links a comment by its task's page (recorded).
    events.record_event(
        ctx, "post", "comment", comment.id, task_page(account, task), new={"text": comment.text}
    )
    return ok(comment_out(account, comment))
