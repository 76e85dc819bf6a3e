"""The generated ProWorkflow client for webhooks, against a running `apikit mock proworkflow`.

Signed in as the demo account's administrator: subscribe a receiver on 127.0.0.1 to new projects and
completed tasks, do the work through the client, read what the receiver got with the generated
payload models and the item back from the address it names, look at the delivery log, move the
webhook to another address, and delete it. A receiver elsewhere is refused.
"""

from __future__ import annotations

from typing import Any

import pytest
from proworkflow_client import Client, ProWorkflowBadRequest, ProWorkflowNotFound
from proworkflow_client.api.projects import projects_create
from proworkflow_client.api.tasks import project_tasks_create, tasks_complete
from proworkflow_client.api.webhooks import (
    webhooks_create,
    webhooks_delete,
    webhooks_get,
    webhooks_list,
    webhooks_requests_list,
    webhooks_update,
)
from proworkflow_client.models import (
    ProjectEventPayload,
    ProjectsCreateBody,
    ProjectTasksCreateBody,
    TaskEventPayload,
    WebhookEnvelope,
    WebhookEvent,
    WebhookEventGroup,
    WebhookList,
    WebhookRequestList,
    WebhookRequestStatus,
    WebhooksCreateBody,
    WebhooksRequestsListStatus,
    WebhooksUpdateBody,
    WriteResult,
)

import tests.test_mock_proworkflow_webhooks as mock_tests
import tests.test_proworkflow_e2e as e2e
from tests.test_mock_proworkflow_webhooks import Receiver, wait_until

# The end-to-end tests' mock and signed-in client, and the mock tests' receiver on 127.0.0.1.
base_url = e2e.base_url
sent = e2e.sent
client = e2e.client
receiver = mock_tests.receiver


def new_id(answer: Any) -> int:
    assert isinstance(answer, WriteResult) and answer.status == "Success", answer
    return int(answer.details[0].id)


def subscribe(client: Client, event: WebhookEvent, url: str) -> int:
    return new_id(webhooks_create.sync(client=client, body=WebhooksCreateBody(event=event, url=url)))


def test_a_receiver_hears_of_new_projects_and_completed_tasks(
    client: Client, receiver: Receiver, base_url: str
) -> None:
    project_hook = subscribe(client, WebhookEvent.NEWPROJECT, f"{receiver.url}/projects")
    task_hook = subscribe(client, WebhookEvent.COMPLETETASK, f"{receiver.url}/tasks")

    project = new_id(
        projects_create.sync(client=client, body=ProjectsCreateBody(title="Lighthouse", companyid=1))
    )
    task = new_id(project_tasks_create.sync(project, client=client, body=ProjectTasksCreateBody(name="Lamp")))
    tasks_complete.sync(task, client=client)
    wait_until(lambda: receiver.count() == 2)

    [project_body] = receiver.bodies("/projects")
    [task_body] = receiver.bodies("/tasks")
    heard_project = ProjectEventPayload.from_dict(project_body)
    heard_task = TaskEventPayload.from_dict(task_body)
    assert (heard_project.id, heard_project.url) == (project, f"{base_url}/projects/{project}")
    assert (heard_task.id, heard_task.url) == (task, f"{base_url}/tasks/{task}")
    # the address is the item's in the API: the signed-in client reads it back
    shown = client.get_httpx_client().get(heard_task.url.removeprefix(base_url))
    assert shown.status_code == 200 and shown.json()["task"]["status"] == "complete"

    wait_until(lambda: all_complete(client, project_hook, task_hook))
    log = webhooks_requests_list.sync(client=client, resthookid=task_hook)
    assert isinstance(log, WebhookRequestList)
    [delivery] = log.requests
    assert (delivery.event, delivery.dataid, delivery.tries, delivery.httpstatuscode) == (
        WebhookEvent.COMPLETETASK, task, 1, 200,
    )  # fmt: skip
    assert delivery.status == WebhookRequestStatus.COMPLETE
    pending = webhooks_requests_list.sync(client=client, status=WebhooksRequestsListStatus.PENDING)
    assert isinstance(pending, WebhookRequestList) and pending.requests == []

    for hook in (project_hook, task_hook):
        webhooks_delete.sync(hook, client=client)


def all_complete(client: Client, *hooks: int) -> bool:
    log = webhooks_requests_list.sync(client=client)
    assert isinstance(log, WebhookRequestList)
    mine = [row for row in log.requests if row.resthookid in hooks]
    return bool(mine) and all(row.status == WebhookRequestStatus.COMPLETE for row in mine)


def test_a_webhook_is_read_readdressed_listed_and_deleted(client: Client, receiver: Receiver) -> None:
    hook = subscribe(client, WebhookEvent.STOPTIMER, f"{receiver.url}/timers")
    webhooks_update.sync(hook, client=client, body=WebhooksUpdateBody(url=f"{receiver.url}/stopped"))
    read = webhooks_get.sync(hook, client=client)
    assert isinstance(read, WebhookEnvelope)
    assert (read.webhook.event, read.webhook.url) == (WebhookEvent.STOPTIMER, f"{receiver.url}/stopped")

    timers = webhooks_list.sync(client=client, event=WebhookEventGroup.TIMER)
    assert isinstance(timers, WebhookList) and [w.id for w in timers.webhooks] == [hook]
    webhooks_delete.sync(hook, client=client)
    with pytest.raises(ProWorkflowNotFound):
        webhooks_get.sync(hook, client=client)


def test_a_receiver_on_another_host_is_refused(client: Client) -> None:
    url = "https://hooks.example.com/pwf"
    with pytest.raises(ProWorkflowBadRequest) as refused:
        webhooks_create.sync(client=client, body=WebhooksCreateBody(event=WebhookEvent.NEWTASK, url=url))
    [detail] = refused.value.details
    assert url in detail and "--webhook-host hooks.example.com" in detail
