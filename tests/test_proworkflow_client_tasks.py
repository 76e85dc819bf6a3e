"""The generated ProWorkflow client for tasks and time, against a running `apikit mock proworkflow`.

Signed in as the demo account's administrator: add a batch of tasks to a project and page through
them, complete and reactivate one, record time on it and page through the time, run a timer, and
delete the tasks with the bulk call, after which their time is gone too.
"""

from __future__ import annotations

from typing import Any

import pytest
from proworkflow_client import (
    Client,
    ProWorkflowBadRequest,
    ProWorkflowNotFound,
    filters,
    iter_items,
)
from proworkflow_client.api.tasks import (
    project_tasks_create,
    tasks_bulk_delete,
    tasks_complete,
    tasks_get,
    tasks_list,
    tasks_reactivate,
)
from proworkflow_client.api.time import (
    task_time_list,
    tasks_start_timer,
    tasks_stop_timer,
    time_create,
    time_get,
    time_list,
    time_list_active_timers,
)
from proworkflow_client.models import (
    ProjectTasksCreateBody,
    TaskCompleteBody,
    TaskEnvelope,
    TaskList,
    TasksBulkDeleteBody,
    TasksListStatus,
    TaskTimerBody,
    TimeCreateBody,
    TimeRecordEnvelope,
    TimeRecordList,
    TimerList,
    WriteResult,
)

import tests.test_proworkflow_e2e as e2e

PROJECT = 1
PERIOD = {"trackedfrom": "-10y", "trackedto": "+10y"}


# The end-to-end tests' mock and signed-in client.
base_url = e2e.base_url
sent = e2e.sent
client = e2e.client


def ids_of(answer: Any) -> list[int]:
    assert isinstance(answer, WriteResult) and answer.status == "Success", answer
    return [item.id for item in answer.details]


def read_task(client: Client, task_id: int) -> Any:
    answer = tasks_get.sync(task_id, client=client)
    assert isinstance(answer, TaskEnvelope) and answer.task.id == task_id
    return answer.task


def test_tasks_are_added_paged_finished_timed_and_deleted(client: Client) -> None:
    names = [f"Page {n}" for n in range(1, 6)]
    bodies = [ProjectTasksCreateBody(name=name, duedate="+2w") for name in names]
    task_ids = ids_of(project_tasks_create.sync(PROJECT, client=client, body=bodies))
    assert len(task_ids) == 5

    everything = tasks_list.sync(client=client, projectid=filters.ids([PROJECT]), status=TasksListStatus.ALL)
    assert isinstance(everything, TaskList)
    paged = list(iter_items(tasks_list.sync, client=client, page_size=2, projectid=filters.ids([PROJECT]),
                            status=TasksListStatus.ALL))  # fmt: skip
    assert [t.id for t in paged] == [t.id for t in everything.tasks] and set(task_ids) <= {
        t.id for t in paged
    }

    first = task_ids[0]
    tasks_complete.sync(first, client=client, body=TaskCompleteBody(completedate="2026-06-09"))
    assert read_task(client, first).status == "complete"
    tasks_reactivate.sync(first, client=client)
    assert read_task(client, first).status == "active"

    minutes = [15, 30, 45]
    for amount in minutes:
        ids_of(time_create.sync(client=client, body=TimeCreateBody(taskid=first, timetracked=amount)))
    on_task = task_time_list.sync(first, client=client, **PERIOD)
    assert isinstance(on_task, TimeRecordList) and on_task.total == sum(minutes)
    records = list(
        iter_items(time_list.sync, client=client, page_size=2, taskid=filters.ids([first]), **PERIOD)
    )
    assert sorted(r.timetracked for r in records) == minutes
    single = time_get.sync(records[0].id, client=client)
    assert isinstance(single, TimeRecordEnvelope) and single.timerecord.taskid == first

    timer_id = ids_of(tasks_start_timer.sync(first, client=client, body=TaskTimerBody(notes="Copy")))[0]
    running = time_list_active_timers.sync(client=client)
    assert isinstance(running, TimerList) and [t.id for t in running.timerecords] == [timer_id]
    tasks_stop_timer.sync(first, client=client, body=TaskTimerBody(notes="Done"))
    with pytest.raises(ProWorkflowBadRequest):
        tasks_stop_timer.sync(first, client=client)

    deleted = ids_of(
        tasks_bulk_delete.sync(client=client, body=TasksBulkDeleteBody(taskid=filters.ids(task_ids)))
    )
    assert deleted == task_ids
    with pytest.raises(ProWorkflowNotFound):
        tasks_get.sync(first, client=client)
    left = time_list.sync(client=client, taskid=filters.ids([first]), **PERIOD)
    assert isinstance(left, TimeRecordList) and not left.timerecords
