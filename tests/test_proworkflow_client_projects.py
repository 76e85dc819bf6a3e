"""The generated ProWorkflow client's Projects calls, end to end against a running `apikit mock proworkflow`.

Signed in as the demo account's administrator: page through the projects with ``iter_items``; start
a project for a client, bookmark a link in it, give it a contractor and an expense, shift its dates,
complete and reopen it, list it as overdue, read its options and delete it with what hangs off it.
"""

from __future__ import annotations

from typing import Any

import pytest
from proworkflow_client import Client, ProWorkflowNotFound, iter_items
from proworkflow_client.api.projects import (
    project_access_check,
    project_bookmarks_create,
    project_bookmarks_get,
    project_bookmarks_list,
    project_contacts_list,
    project_contacts_update,
    project_expenses_create,
    project_expenses_list,
    project_settings_get,
    project_settings_update,
    projects_adjust_dates,
    projects_complete,
    projects_create,
    projects_delete,
    projects_get,
    projects_list,
    projects_list_overdue,
    projects_reactivate,
    projects_update,
)
from proworkflow_client.models import (
    BookmarkEnvelope,
    BookmarkList,
    ContactList,
    ExpenseList,
    ProjectAccessEnvelope,
    ProjectBookmarksCreateBody,
    ProjectContactsListSortby,
    ProjectContactsUpdateBody,
    ProjectEnvelope,
    ProjectExpensesCreateBody,
    ProjectList,
    ProjectsAdjustDatesBody,
    ProjectsAdjustDatesBodyDates,
    ProjectsCompleteBody,
    ProjectsCreateBody,
    ProjectSettingsEnvelope,
    ProjectSettingsUpdateBody,
    ProjectsListSortby,
    ProjectsListStatus,
    ProjectsUpdateBody,
    WriteResult,
)

import tests.test_proworkflow_e2e as e2e
from apikit.mock.proworkflow.demo import CONNOR, DANA, rows
from tests.test_proworkflow_e2e import RequestLog

# The end-to-end tests' mock, signed-in client and log of the URLs it sent.
base_url = e2e.base_url
sent = e2e.sent
client = e2e.client


def new_id(result: Any) -> int:
    assert isinstance(result, WriteResult), result
    return result.details[0].id


def project_of(client: Client, project_id: int) -> Any:
    found = projects_get.sync(project_id, client=client)
    assert isinstance(found, ProjectEnvelope)
    return found.project


def test_iter_items_pages_through_every_project_once(client: Client, sent: RequestLog) -> None:
    every = projects_list.sync(client=client, status=ProjectsListStatus.ALL, sortby=ProjectsListSortby.ID)
    assert isinstance(every, ProjectList) and every.totalcount == len(every.projects)
    assert {row["id"] for row in rows("projects")} <= {p.id for p in every.projects}
    sent.urls.clear()

    paged = list(iter_items(projects_list.sync, client=client, page_size=2, status=ProjectsListStatus.ALL))

    assert sorted(p.id for p in paged) == sorted(p.id for p in every.projects)
    pages = [(int(url.params["pagenumber"]), int(url.params["pagesize"])) for url in sent.urls]
    assert [number for number, _ in pages] == list(range(1, len(pages) + 1)) and len(pages) >= 2
    assert {size for _, size in pages} == {2}


def test_a_project_from_start_to_deletion(client: Client) -> None:
    project_id = new_id(
        projects_create.sync(
            client=client,
            body=ProjectsCreateBody(title="Shop window", companyid=2, duedate="+2w", clients="3"),
        )
    )
    created = project_of(client, project_id)
    assert (created.title, created.companyid, created.managerid, created.status) == (
        "Shop window",
        2,
        DANA.contact_id,
        "active",
    )

    bookmark_id = new_id(
        project_bookmarks_create.sync(
            project_id,
            client=client,
            body=ProjectBookmarksCreateBody(title="Mock-ups", url="https://mockups.example.com"),
        )
    )
    bookmark = project_bookmarks_get.sync(project_id, bookmark_id, client=client)
    assert isinstance(bookmark, BookmarkEnvelope) and bookmark.bookmark.url == "https://mockups.example.com"
    bookmarks = project_bookmarks_list.sync(project_id, client=client)
    assert isinstance(bookmarks, BookmarkList) and [b.id for b in bookmarks.bookmarks] == [bookmark_id]

    assert isinstance(
        project_contacts_update.sync(
            project_id, client=client, body=ProjectContactsUpdateBody(contractors=str(CONNOR.contact_id))
        ),
        WriteResult,
    )
    people = project_contacts_list.sync(project_id, client=client, sortby=ProjectContactsListSortby.ID)
    assert isinstance(people, ContactList)
    assert [c.id for c in people.contacts] == [DANA.contact_id, 3, CONNOR.contact_id]
    access = project_access_check.sync(project_id, CONNOR.contact_id, client=client)
    assert isinstance(access, ProjectAccessEnvelope) and access.access.access is True

    new_id(
        project_expenses_create.sync(
            project_id, client=client, body=ProjectExpensesCreateBody(name="Paint", cost=45.5)
        )
    )
    expenses = project_expenses_list.sync(project_id, client=client)
    assert isinstance(expenses, ExpenseList) and [e.name for e in expenses.expenses] == ["Paint"]

    due = project_of(client, project_id).duedate
    projects_adjust_dates.sync(
        project_id,
        client=client,
        body=ProjectsAdjustDatesBody(adjustment="-3w", dates=ProjectsAdjustDatesBodyDates.DUE),
    )
    assert project_of(client, project_id).duedate < due
    overdue = projects_list_overdue.sync(client=client)
    assert isinstance(overdue, ProjectList) and project_id in [p.id for p in overdue.projects]

    projects_complete.sync(project_id, client=client, body=ProjectsCompleteBody(completedate="+0d"))
    assert project_of(client, project_id).status == "complete"
    projects_reactivate.sync(project_id, client=client)
    projects_update.sync(project_id, client=client, body=ProjectsUpdateBody(description="Spring window"))
    reopened = project_of(client, project_id)
    assert (reopened.status, reopened.description, reopened.managerid) == (
        "active",
        "Spring window",
        DANA.contact_id,
    )

    projects_update.sync(project_id, client=client, body=ProjectsUpdateBody(duedate=""))
    assert isinstance(reopened.duedate, str) and not isinstance(project_of(client, project_id).duedate, str)

    settings_update = ProjectSettingsUpdateBody(emailalerts=False)
    assert isinstance(
        project_settings_update.sync(project_id, client=client, body=settings_update), WriteResult
    )
    settings = project_settings_get.sync(project_id, client=client)
    assert isinstance(settings, ProjectSettingsEnvelope)
    assert (settings.settings.clientaccess, settings.settings.emailalerts) == (True, False)

    assert isinstance(projects_delete.sync(project_id, client=client), WriteResult)
    with pytest.raises(ProWorkflowNotFound):
        projects_get.sync(project_id, client=client)
    with pytest.raises(ProWorkflowNotFound):
        project_bookmarks_get.sync(project_id, bookmark_id, client=client)
