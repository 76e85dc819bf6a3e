"""Files: get_files, download, upload_files.

A file belongs to a project (put in its Files section or attached to its description) or to a task
(attached to its description or its comments); get_files lists one project's files, which leaves its
tasks' files out, or one task's (as the vendor's page words it). A file upload_files stored is
attached to nothing yet: it is a pending upload, listed nowhere, whose handle (``id``, the file's id
as text) post_task takes in ``files``; :func:`claim_upload` attaches such a file to a task or a
project with its bytes (for the tasks family's post_task). download serves every file by id, pending
uploads included, as ``application/x-download`` with the name in ``Content-Disposition`` (as
recorded).

Bounds, so that an account (and its snapshot, which holds every file's bytes as base64) stays small:
a file over :data:`MAX_FILE_BYTES`, or one that would take the account's files over
:data:`MAX_ACCOUNT_BYTES` or :data:`MAX_FILES`, is refused in upload_files' answer the way the
vendor's clients expect a refused file: ``id`` empty and ``error`` saying why; the others are stored.

Demo data: 6101 "Site brief.txt" (project 2101, Olivia Brandt), 6102 "Home layout v2.svg" (task 3101,
Priya Raman), 6103 "Figures 2023.csv" (project 2104, Priya Raman) and 6104 "Umzugsplan Büro.txt"
(project 2103, Tomás Ortega; a name that needs RFC 5987 encoding).

Files attached by post_task and post_comment are the tasks family's records
(:func:`.tasks.attachments`); get_files lists them with their task, and download serves them, beside
this module's own. Their ids (7101 on) and this module's (6101 on, at most :data:`MAX_FILES`) do not
meet in the demo account; should a restored snapshot give both the same id, download serves this
module's file.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import quote

from starlette.responses import Response

from apikit.mock.records import checked, refers_to, wire
from apikit.mock.worksection.account import Account, Row, collection
from apikit.mock.worksection.actions import Ctx, Upload, User, action, date_time_out, ok
from apikit.mock.worksection.errors import (
    CODE_PROJECT_NOT_FOUND,
    WorksectionError,
    invalid_value,
    project_not_found,
    required,
    task_not_found,
)
from apikit.mock.worksection.people import account_owner, person_out
from apikit.mock.worksection.tasks import AttachedFile, attachments

MAX_FILE_BYTES = 1024 * 1024
MAX_ACCOUNT_BYTES = 16 * 1024 * 1024
MAX_FILES = 500
DOWNLOAD_TYPE = "application/x-download"  # recorded, whatever the file's own type


def _base64_problem(text: str) -> str | None:
    try:
        base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        return "expected the file's bytes as base64 text"
    return None


@collection("files", kind="file", first_id=6101)
@dataclass
class StoredFile:
    id: int
    name: str
    content: str = field(repr=False, metadata=wire("content_base64") | checked(_base64_problem))
    added: datetime = field(metadata=wire("date_added"))
    author: int = field(metadata=wire("user_from") | refers_to("person"))
    project: int | None = field(default=None, metadata=refers_to("project"))
    """The project whose Files section or description holds it (None for a task's file)."""
    task: int | None = field(default=None, metadata=refers_to("task"))
    """The task whose description or comments hold it; neither set: a pending upload."""

    @property
    def data(self) -> bytes:
        return base64.b64decode(self.content)

    @property
    def size(self) -> int:
        """The byte count, read off the base64 text's length (no need to decode it)."""
        return len(self.content) * 3 // 4 - self.content[-2:].count("=")


def stored(
    file_id: int,
    name: str,
    data: bytes,
    added: datetime,
    author: int,
    *,
    project: int | None = None,
    task: int | None = None,
) -> StoredFile:
    return StoredFile(file_id, name, base64.b64encode(data).decode("ascii"), added, author, project, task)


SVG = b'<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20"/></svg>\n'


def seed(account: Account) -> None:
    for file in (
        stored(
            6101,
            "Site brief.txt",
            b"Website redesign: goals, audience and scope.\n",
            datetime(2024, 1, 9, 10, 0),
            101,
            project=2101,
        ),
        stored(6102, "Home layout v2.svg", SVG, datetime(2024, 1, 24, 16, 20), 103, task=3101),
        stored(
            6103,
            "Figures 2023.csv",
            b"quarter,revenue\nQ1,120\nQ2,135\nQ3,128\nQ4,151\n",
            datetime(2023, 12, 5, 9, 10),
            103,
            project=2104,
        ),
        stored(
            6104,
            "Umzugsplan Büro.txt",
            "Netzwerk zuerst, dann die Möbel.\n".encode(),
            datetime(2024, 3, 12, 11, 0),
            104,
            project=2103,
        ),
    ):
        account.add("files", file)


# --- for the tasks family -----------------------------------------------------------------------------


def claim_upload(
    account: Account, handle: str, *, project: int | None = None, task: int | None = None
) -> StoredFile | None:
    """Attach the pending upload with this handle (upload_files' ``id``) to a project or a task; None
    when no pending upload has that handle (unknown, or attached already)."""
    file: StoredFile | None = account.find("files", int(handle)) if handle.isdigit() else None
    if file is None or file.project is not None or file.task is not None:
        return None
    file.project, file.task = project, task
    return file


# --- answers ------------------------------------------------------------------------------------------


def file_out(account: Account, file: StoredFile | AttachedFile) -> Row:
    return {
        "id": str(file.id),
        "page": f"/download/{file.id}/",
        "name": file.name,
        "size": str(file.size),
        "date_added": date_time_out(file.added),
        "user_from": person_out(account.table("people")[file.author]),
    }


def listed_files(ctx: Ctx) -> list[StoredFile | AttachedFile]:
    """The task's files (its description's and its comments') when ``id_task`` is given (with
    ``id_project`` too: the task wins, assumed), else the project's own; each id checked first."""
    account = ctx.account
    task_id = ctx.id("id_task")
    if task_id is not None:
        if account.find("tasks", task_id) is None:
            raise task_not_found()
        mine: list[StoredFile | AttachedFile] = [f for f in account.records("files") if f.task == task_id]
        return mine + [attached for attached in attachments(account) if attached.task == task_id]
    project_id = ctx.id("id_project")
    if project_id is None:
        raise required("id_project")
    if account.find("projects", project_id) is None:
        raise project_not_found()
    return [file for file in account.records("files") if file.project == project_id and file.task is None]


@action("get_files")
def get_files(ctx: Ctx) -> Row:
    """Newest file first (recorded)."""
    files = sorted(listed_files(ctx), key=lambda file: -file.id)
    return ok([file_out(ctx.account, file) for file in files])


def file_named(account: Account, file_id: int) -> tuple[str, bytes] | None:
    """The name and bytes of the file with this id: this module's, else a task's or comment's."""
    file: StoredFile | None = account.find("files", file_id)
    if file is not None:
        return file.name, file.data
    attached = next((a for a in attachments(account) if a.id == file_id), None)
    return (attached.name, attached.data) if attached is not None else None


@action("download")
def download(ctx: Ctx) -> Response:
    found = file_named(ctx.account, ctx.need_id("id_file"))
    if found is None:
        raise WorksectionError(CODE_PROJECT_NOT_FOUND, "File not found")  # code 4, recorded
    name, data = found
    disposition = f"attachment; filename*=UTF-8''{quote(name, safe='')}"
    return Response(data, media_type=DOWNLOAD_TYPE, headers={"Content-Disposition": disposition})


# --- uploads ------------------------------------------------------------------------------------------


def extension(name: str) -> str:
    stem, dot, ext = name.rpartition(".")
    return ext.lower() if dot and stem else ""


def refusal(upload: Upload, account: Account) -> str | None:
    """Why the file cannot be kept, or None."""
    if len(upload.data) > MAX_FILE_BYTES:
        return f"File is too large (more than {MAX_FILE_BYTES // 1024} KB)"
    files = account.records("files")
    if len(files) >= MAX_FILES or sum(file.size for file in files) + len(upload.data) > MAX_ACCOUNT_BYTES:
        return "No room left for files in this account"
    return None


def uploader(ctx: Ctx) -> int:
    """The token's member, else the account owner (an admin key belongs to no member)."""
    if isinstance(ctx.caller, User):
        return ctx.caller.user_id
    owner = account_owner(ctx.account)
    if owner is None:
        raise invalid_value("the account has no member to own the files")
    return owner.id


def handle_out(upload: Upload, file: StoredFile | None, error: str | None) -> Row:
    return {
        "id": str(file.id) if file is not None else "",
        "ext": extension(upload.filename),
        "name": upload.filename,
        "icon": None,
        "error": error,
    }


@action("upload_files")
def upload_files(ctx: Ctx) -> Row:
    """Each file stored as a pending upload, or refused on its own; handles in the order sent."""
    if not ctx.uploads:
        raise required("files")
    author = uploader(ctx)
    handles = []
    for upload in ctx.uploads:
        error = refusal(upload, ctx.account)
        file = None
        if error is None:
            file = stored(ctx.account.new_id("files"), upload.filename, upload.data, ctx.now, author)
            ctx.account.add("files", file)
        handles.append(handle_out(upload, file, error))
    return ok(handles)
