"""The generated 5pm client, used as a user would, against `apikit mock fivepm` in its own process."""

from __future__ import annotations

import asyncio
import base64
from collections.abc import Iterator

import pytest
from fivepm_client import FivepmNotFound, FivepmSession, FivepmUnauthorized, aiter_items, connect, iter_items
from fivepm_client.api.activity import activity_add, activity_get_by_id
from fivepm_client.api.authentication import authentication_get_authorized_user, authentication_sign_out
from fivepm_client.api.files import (
    activity_attach_files,
    activity_download_file,
    activity_get_files_list,
    activity_remove_file,
)
from fivepm_client.api.projects import projects_add, projects_get_by_id, projects_get_list, projects_remove
from fivepm_client.api.tasks import tasks_add, tasks_get_by_id, tasks_get_list
from fivepm_client.client import Client
from fivepm_client.models import (
    ActivityEnvelope,
    ActivityInput,
    ActivityType,
    FileFilter,
    FileUpload,
    FileUploadList,
    ProjectEnvelope,
    ProjectFilter,
    ProjectInput,
    TaskEnvelope,
    TaskFilter,
    TaskInput,
    UserEnvelope,
)

from tests.support import running_mock

LOGIN, PASSWORD = "demo@5pm.example", "demo-password"


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    with running_mock("fivepm") as url:
        yield url + "/api/v2"


@pytest.fixture
def client(base_url: str) -> Iterator[Client]:
    with connect(base_url, LOGIN, PASSWORD) as client:
        yield client


def test_full_workflow(client: Client) -> None:
    me = authentication_get_authorized_user.sync(client=client)
    assert isinstance(me, UserEnvelope) and me.data.email == LOGIN

    project = projects_add.sync(client=client, project=ProjectInput(name="Client workflow", tags="e2e"))
    assert isinstance(project, ProjectEnvelope)
    project_id = int(project.data.id)

    tasks = [
        tasks_add.sync(
            client=client, task=TaskInput(name=f"Step {n}", project_id=project_id, progress=n * 10)
        )
        for n in range(1, 8)
    ]
    assert all(isinstance(t, TaskEnvelope) for t in tasks)
    first_task_id = int(tasks[0].data.id)  # type: ignore[union-attr]

    activity = activity_add.sync(
        client=client,
        activity=ActivityInput(task_id=first_task_id, type_=ActivityType.MSG, text="Kick-off notes"),
    )
    assert isinstance(activity, ActivityEnvelope)
    activity_id = int(activity.data.id)
    upload = FileUploadList()
    upload["1"] = FileUpload(name="notes.txt", content=base64.b64encode(b"hello 5pm").decode())
    attached = activity_attach_files.sync(client=client, activity_id=activity_id, files=upload)
    assert attached is not None and attached.data.status is True  # type: ignore[union-attr]

    # filters and paging: the seven tasks come back in pages of three, and only those of this project
    mine = list(
        iter_items(tasks_get_list.sync, client=client, page_size=3, filter_=TaskFilter(project_id=project_id))
    )
    assert sorted(t.name for t in mine) == sorted(f"Step {n}" for n in range(1, 8))
    over_40 = list(
        iter_items(
            tasks_get_list.sync,
            client=client,
            filter_=TaskFilter(project_id=project_id, progress_more_than=40),
        )
    )
    assert sorted(t.progress for t in over_40) == [50, 60, 70]
    found = list(
        iter_items(projects_get_list.sync, client=client, filter_=ProjectFilter(name="client workflow"))
    )
    assert [p.id for p in found] == [str(project_id)]

    files = list(
        iter_items(activity_get_files_list.sync, client=client, filter_=FileFilter(project_id=project_id))
    )
    assert [f.name for f in files] == ["notes.txt"]
    download = activity_download_file.sync_detailed(client=client, id=int(files[0].id))
    assert download.content == b"hello 5pm"
    assert activity_remove_file.sync(client=client, id=int(files[0].id)).data.status is True  # type: ignore[union-attr]

    removed = projects_remove.sync(client=client, id=project_id)
    assert removed is not None and removed.data.status is True  # type: ignore[union-attr]
    with pytest.raises(FivepmNotFound) as gone:
        projects_get_by_id.sync(client=client, id=project_id)
    assert gone.value.status_code == 404 and gone.value.message
    with pytest.raises(FivepmNotFound):
        tasks_get_by_id.sync(client=client, id=first_task_id)
    with pytest.raises(FivepmNotFound):
        activity_get_by_id.sync(client=client, id=activity_id)


def test_session_is_reused_and_renewed_after_sign_out(client: Client) -> None:
    session = client.get_httpx_client().auth
    assert isinstance(session, FivepmSession)
    assert authentication_get_authorized_user.sync(client=client) is not None
    assert session.signed_in
    authentication_sign_out.sync(client=client)
    assert not session.signed_in
    assert isinstance(authentication_get_authorized_user.sync(client=client), UserEnvelope)  # signs in anew


def test_the_session_sets_its_parameters_once_even_when_the_caller_gave_them(client: Client) -> None:
    """The mock refuses a parameter given twice, so a caller's own ``retType`` must be replaced."""
    httpx_client = client.get_httpx_client()
    assert httpx_client.get("/service/get/projects/getList", params={"count": 1}).status_code == 200
    answer = httpx_client.get("/service/get/projects/getList", params={"count": 1, "retType": "xml"})
    assert answer.status_code == 200
    assert answer.request.url.params.get_list("retType") == ["json"]
    assert len(answer.request.url.params.get_list("sessionId")) == 1


def test_bad_credentials_raise_with_the_vendor_message(base_url: str) -> None:
    with connect(base_url, LOGIN, "wrong") as client, pytest.raises(FivepmUnauthorized) as failure:
        authentication_get_authorized_user.sync(client=client)
    assert failure.value.message
    assert "wrong" not in str(failure.value)


def test_secrets_never_show(base_url: str) -> None:
    with connect(base_url, LOGIN, "s3cret-value") as client:
        assert "s3cret-value" not in repr(client)
        assert "s3cret-value" not in repr(client.get_httpx_client().auth)


def test_async_client_pages_too(base_url: str) -> None:
    async def collect() -> list[str]:
        async with connect(base_url, LOGIN, PASSWORD) as client:
            return [p.name async for p in aiter_items(projects_get_list.asyncio, client=client, page_size=1)]

    names = asyncio.run(collect())
    assert len(names) >= 2 and len(set(names)) == len(names)
