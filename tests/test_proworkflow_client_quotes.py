"""The generated ProWorkflow client for quotes, shared notes, project requests and the workload, end
to end against the mock in process (the client's httpx transport is the test client's): a quote is
built from lines, priced, approved and paged through; a note is shared; a request becomes a project;
the workload is read."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from proworkflow_client import Client, ProWorkflowBadRequest, ProWorkflowNotFound, connect, iter_items
from proworkflow_client.api.project_requests import project_requests_approve, project_requests_get
from proworkflow_client.api.quotes import (
    quote_lines_create,
    quote_lines_list,
    quote_lines_list_all,
    quotes_approve,
    quotes_create,
    quotes_delete,
    quotes_get,
    quotes_list,
)
from proworkflow_client.api.shared_notes import (
    project_shared_notes_create,
    shared_notes_get,
    shared_notes_list,
)
from proworkflow_client.api.workload import workload_get
from proworkflow_client.models import (
    ProjectRequestEnvelope,
    ProjectRequestsApproveBody,
    ProjectRequestStatus,
    QuoteEnvelope,
    QuoteLineInput,
    QuoteLineInputType,
    QuoteLineList,
    QuoteLinesCreateBody,
    QuoteLinesCreateBodyType,
    QuoteList,
    QuotesApproveBody,
    QuotesCreateBody,
    QuotesListStatus,
    QuoteStatus,
    SharedNoteEnvelope,
    SharedNotesCreateInProjectBody,
    WorkloadGetMode,
    WorkloadList,
    WriteResult,
)
from starlette.testclient import TestClient

from apikit.mock import create_app
from apikit.mock.proworkflow.demo import ACCOUNT, DANA, DEMO_NOW
from apikit.project import Project
from tests.support import ROOT


@pytest.fixture
def client() -> Iterator[Client]:
    app = create_app("proworkflow", Project(ROOT), clock=lambda: DEMO_NOW)
    with TestClient(app, base_url="http://testserver") as in_process:
        transport = in_process._transport  # the ASGI transport TestClient itself sends through
        with connect(ACCOUNT.api_key, DANA.username, DANA.password, base_url="http://testserver",
                     httpx_args={"transport": transport}) as signed_in:  # fmt: skip
            yield signed_in


def new_id(answer: Any) -> int:
    assert isinstance(answer, WriteResult)
    return answer.details[0].id


def line(kind: QuoteLineInputType, name: str, **amounts: Any) -> QuoteLineInput:
    return QuoteLineInput(type_=kind, name=name, **amounts)


def test_a_quote_is_priced_from_its_lines_approved_and_removed(client: Client) -> None:
    quote_id = new_id(quotes_create.sync(client=client, body=QuotesCreateBody(
        contactid=5, title="Packaging design", projectid=2, taxrate=20.0,
        lines=[
            line(QuoteLineInputType.HEADING, "Packaging"),
            line(QuoteLineInputType.LINEITEM, "Box artwork", quantity=2, rate=300.0),
            line(QuoteLineInputType.TASKRATE, "Print checks", time=90, rate=60.0, taxable=False),
        ],
    )))  # fmt: skip
    new_id(quote_lines_create.sync(quote_id, client=client, body=QuoteLinesCreateBody(
        type_=QuoteLinesCreateBodyType.STAFFRATE, name="Sam Staff", time=30, rate=100.0,
    )))  # fmt: skip

    shown = quotes_get.sync(quote_id, client=client)
    assert isinstance(shown, QuoteEnvelope)
    quote = shown.quote
    assert (quote.number, quote.status, quote.companyid, quote.contactname) == (
        "Q-0003", QuoteStatus.PENDING, 3, "Nina North",
    )  # fmt: skip
    # 600 + 90 min at 60/h (not taxable) + 30 min at 100/h; 20 % tax on 650
    assert (quote.subtotal, quote.taxtotal, quote.grandtotal) == (740.0, 130.0, 870.0)
    lines = quote_lines_list.sync(quote_id, client=client)
    assert isinstance(lines, QuoteLineList)
    assert [(row.name, row.total) for row in lines.lines] == [
        ("Packaging", 0.0), ("Box artwork", 600.0), ("Print checks", 90.0), ("Sam Staff", 50.0),
    ]  # fmt: skip

    approved = quotes_approve.sync(quote_id, client=client, body=QuotesApproveBody(approveddate="+0d"))
    assert isinstance(approved, WriteResult) and approved.message == "Quote Approved"
    again = quotes_get.sync(quote_id, client=client)
    assert isinstance(again, QuoteEnvelope)
    assert (again.quote.status, again.quote.approveddate) == (QuoteStatus.APPROVED, "2026-06-15T00:00:00")
    with pytest.raises(ProWorkflowBadRequest) as refused:
        quotes_approve.sync(quote_id, client=client)
    assert "cannot be marked as approved" in str(refused.value.details)

    assert isinstance(quotes_delete.sync(quote_id, client=client), WriteResult)
    with pytest.raises(ProWorkflowNotFound):
        quotes_get.sync(quote_id, client=client)


def test_quote_lists_page_through_every_row(client: Client) -> None:
    for number in range(4):
        quotes_create.sync(client=client, body=QuotesCreateBody(
            contactid=3, title=f"Option {number}",
            lines=[line(QuoteLineInputType.LINEITEM, "Work", quantity=1, rate=100.0 * (number + 1))],
        ))  # fmt: skip
    everything = quotes_list.sync(client=client, status=QuotesListStatus.ALL)
    assert isinstance(everything, QuoteList) and everything.totalcount == 6
    paged = list(iter_items(quotes_list.sync, client=client, page_size=4, status=QuotesListStatus.ALL))
    assert [quote.id for quote in paged] == [quote.id for quote in everything.quotes]
    assert len({quote.id for quote in paged}) == 6

    every_line = list(iter_items(quote_lines_list_all.sync, client=client, page_size=2))
    assert len(every_line) == 9  # five demo lines and one per new quote
    assert [row.quoteid for row in every_line] == sorted(row.quoteid for row in every_line)


def test_a_note_is_shared_on_a_project(client: Client) -> None:
    note_id = new_id(project_shared_notes_create.sync(1, client=client, body=SharedNotesCreateInProjectBody(
        title="Hosting", content="The site moves to the new host in July.",
    )))  # fmt: skip
    note = shared_notes_get.sync(note_id, client=client)
    assert isinstance(note, SharedNoteEnvelope)
    assert (note.sharednote.title, note.sharednote.projectid) == ("Hosting", 1)
    assert note.sharednote.author is not None and note.sharednote.author["name"] == "Dana Admin"
    notes = list(iter_items(shared_notes_list.sync, client=client, page_size=1, projectid="1"))
    assert [row.id for row in notes] == [1, note_id]


def test_an_approved_request_becomes_a_project(client: Client) -> None:
    made = project_requests_approve.sync(1, client=client, body=ProjectRequestsApproveBody(clientaccess=True))
    assert isinstance(made, WriteResult) and made.details[0].title == "Mobile app"
    request = project_requests_get.sync(1, client=client)
    assert isinstance(request, ProjectRequestEnvelope)
    assert request.projectrequest.status == ProjectRequestStatus.APPROVED
    assert request.projectrequest.projectid == made.details[0].id


def test_the_workload_reads_per_contact_and_day(client: Client) -> None:
    answer = workload_get.sync(client=client, contacts="me", dateto="+1w", mode=WorkloadGetMode.AVAILABILITY)
    assert isinstance(answer, WorkloadList) and answer.count == 1
    (dana,) = answer.workload
    assert dana.contactid == DANA.contact_id and dana.contactname == "Dana Admin"
    assert [day.date[:10] for day in dana.days][:2] == ["2026-06-15", "2026-06-16"] and len(dana.days) == 6
    assert {day.minutes for day in dana.days} == {480} and dana.total == 6 * 480
