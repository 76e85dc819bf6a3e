"""The generated Worksection client end to end against `apikit mock worksection`, one family of
actions per test (projects, tasks and comments, tags, costs, timers, files, webhooks, members,
contacts, events, the user-token actions): typed calls, signed for the caller, in both request
forms, and what one call changes seen by the next."""

from __future__ import annotations

import io
from collections.abc import Iterator

import pytest
from worksection_client import WorksectionError, connect, connect_user
from worksection_client.api.comments import get_comments, post_comment
from worksection_client.api.contacts import add_contact, get_contacts
from worksection_client.api.costs import add_costs, delete_costs, get_costs
from worksection_client.api.events import get_events
from worksection_client.api.files import download, get_files, upload_files
from worksection_client.api.members import add_user, get_users
from worksection_client.api.my_account import get_my_timer, me, start_my_timer, stop_my_timer
from worksection_client.api.project_tags import get_project_tags
from worksection_client.api.projects import close_project, get_project, post_project, post_project_json
from worksection_client.api.task_tags import get_task_tags
from worksection_client.api.tasks import complete_task, get_task, post_task, reopen_task, search_tasks
from worksection_client.api.timers import get_timers
from worksection_client.api.webhooks import add_webhook, delete_webhook, get_webhooks
from worksection_client.client import Client
from worksection_client.models import PostProjectParameters, TaskTagGroup, UploadFilesForm
from worksection_client.types import File

from tests.support import running_mock

DEMO_API_KEY = "5f2b8c0e9a7d4e61b3c8f0a2d9e4b7c1"
DEMO_ACCESS_TOKEN = "demo-access-token-olivia"
PROJECT = "2101"  # Website redesign, in the mock's demo account
TASK = "3101"  # Home page layout, in that project


@pytest.fixture(scope="module")
def mock_url() -> Iterator[str]:
    with running_mock("worksection") as url:
        yield url


@pytest.fixture
def client(mock_url: str) -> Client:
    return connect("demo", DEMO_API_KEY, base_url=mock_url)


def test_projects_created_in_either_form_are_read_and_closed(client: Client, mock_url: str) -> None:
    by_query = post_project.sync(client=client, title="Client launch", datestart="01.09.2024")
    hmac_client = connect("demo", DEMO_API_KEY, signing="hmac", base_url=mock_url)
    by_json = post_project_json.sync(client=hmac_client, body=PostProjectParameters(title="Client launch 2"))
    assert by_query is not None and by_json is not None
    assert by_query.data.id != by_json.data.id
    project = str(by_query.data.id)
    read = get_project.sync(client=client, id_project=project)
    assert read is not None and (read.data.name, read.data.date_start) == ("Client launch", "2024-09-01")
    close_project.sync(client=client, id_project=project)
    closed = get_project.sync(client=client, id_project=project)
    assert closed is not None and closed.data.status == "archive"
    with pytest.raises(WorksectionError) as again:
        close_project.sync(client=client, id_project=project)
    assert again.value.status_code == 12


def test_tasks_and_comments_follow_a_task_from_creation_to_done_and_back(client: Client) -> None:
    created = post_task.sync(client=client, id_project=PROJECT, title="Footer links", priority="7")
    assert created is not None and isinstance(created.data.id, str)
    task = created.data.id
    post_comment.sync(client=client, id_task=task, text="Legal pages first.")
    comments = get_comments.sync(client=client, id_task=task)
    assert comments is not None and [c.text for c in comments.data] == ["Legal pages first."]
    complete_task.sync(client=client, id_task=task)
    assert (done := get_task.sync(client=client, id_task=task)) is not None and done.data.status == "done"
    reopen_task.sync(client=client, id_task=task)
    assert (open_ := get_task.sync(client=client, id_task=task)) is not None and open_.data.status == "active"
    found = search_tasks.sync(client=client, id_project=PROJECT, filter_="name has 'Footer'")
    assert found is not None and [t.id for t in found.data] == [task]


def test_tags_of_tasks_and_projects_are_listed_with_their_groups(client: Client) -> None:
    task_tags = get_task_tags.sync(client=client)
    project_tags = get_project_tags.sync(client=client)
    assert task_tags is not None and project_tags is not None
    assert task_tags.data and all(isinstance(tag.group, TaskTagGroup) for tag in task_tags.data)
    assert {"web", "priority"} <= {tag.title for tag in project_tags.data}


def test_costs_booked_are_listed_and_deleted(client: Client) -> None:
    booked = add_costs.sync(client=client, id_task=TASK, time="2:15", comment="Grid", date="04.06.2024")
    assert booked is not None
    listed = get_costs.sync(client=client, id_task=TASK)
    assert listed is not None
    (line,) = [cost for cost in listed.data if cost.id == str(booked.id)]
    assert (line.time, line.comment, line.date) == ("2:15", "Grid", "2024-06-04")
    delete_costs.sync(client=client, id_costs=str(booked.id))
    after = get_costs.sync(client=client, id_task=TASK)
    assert after is not None and str(booked.id) not in {cost.id for cost in after.data}


def test_files_uploaded_come_back_byte_for_byte(client: Client) -> None:
    content = b"\x00\x01 binary \xff and a boundary-like line\r\n--+++\r\n"
    sent = File(payload=io.BytesIO(content), file_name="notes.bin", mime_type="application/octet-stream")
    uploaded = upload_files.sync(client=client, body=UploadFilesForm(files=[sent]))
    assert uploaded is not None
    (handle,) = uploaded.data
    assert handle.name == "notes.bin" and not handle.error
    fetched = download.sync(client=client, id_file=handle.id)
    assert fetched is not None and fetched.payload.read() == content
    listed = get_files.sync(client=client, id_task=TASK)
    assert listed is not None and listed.data  # the demo task's own attachments


def test_webhooks_are_registered_listed_and_removed(client: Client) -> None:
    added = add_webhook.sync(
        client=client, url_query="https://hooks.example.com/ci", events="post_task,close_task"
    )
    assert added is not None
    hooks = get_webhooks.sync(client=client)
    assert hooks is not None and str(added.id) in {hook.id for hook in hooks.data}
    delete_webhook.sync(client=client, id=str(added.id))
    remaining = get_webhooks.sync(client=client)
    assert remaining is not None and str(added.id) not in {hook.id for hook in remaining.data}


def test_members_and_contacts_are_added_and_listed(client: Client) -> None:
    add_user.sync(client=client, email="noor.haddad@example.com", first_name="Noor", last_name="Haddad")
    users = get_users.sync(client=client)
    assert users is not None and "noor.haddad@example.com" in {user.email for user in users.data}
    add_contact.sync(client=client, email="ravi.mehta@example.com", name="Ravi Mehta")
    contacts = get_contacts.sync(client=client)
    assert contacts is not None and "Ravi Mehta" in {contact.name for contact in contacts.data}


def test_events_and_timers_are_read(client: Client) -> None:
    events = get_events.sync(client=client, period="30d")
    timers = get_timers.sync(client=client)
    assert events is not None and timers is not None
    assert [timer.id for timer in timers.data] == ["5101"]  # Priya's running timer


def test_the_user_token_actions_act_as_the_tokens_owner(mock_url: str) -> None:
    user = connect_user("demo", DEMO_ACCESS_TOKEN, base_url=mock_url)
    profile = me.sync(client=user)
    assert profile is not None and profile.data.email == "olivia.brandt@example.com"
    start_my_timer.sync(client=user, id_task=TASK)
    running = get_my_timer.sync(client=user)
    assert running is not None and running.data
    stop_my_timer.sync(client=user, comment="Reviewed")
    with pytest.raises(WorksectionError) as refused:
        stop_my_timer.sync(client=user)
    assert refused.value.status_code == 7  # no timer runs any more
