"""The generated ProWorkflow client used as a person would, against a running `apikit mock proworkflow`.

Signed in as the demo account's administrator: page through every contact; then take on a new
client (a company with two contacts), invoice it with lines, mark the invoice paid, and read all of
it back through the list and single-item calls.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from proworkflow_client import Client, ProWorkflowNotFound, connect, filters, iter_items
from proworkflow_client.api.companies import (
    companies_create,
    companies_get,
    company_contacts_create,
    company_contacts_list,
    company_invoices_list,
)
from proworkflow_client.api.contacts import contacts_get, contacts_list
from proworkflow_client.api.invoices import (
    invoice_lines_create,
    invoice_lines_list,
    invoices_create,
    invoices_get,
    invoices_list,
    invoices_mark_as_paid,
)
from proworkflow_client.models import (
    CompaniesCreateBody,
    CompaniesCreateBodyType,
    CompanyContactsCreateBody,
    CompanyEnvelope,
    CompanyInvoicesListStatus,
    ContactEnvelope,
    ContactList,
    InvoiceEnvelope,
    InvoiceLineInput,
    InvoiceLineInputType,
    InvoiceLineList,
    InvoiceLinesCreateBody,
    InvoiceLinesCreateBodyType,
    InvoiceList,
    InvoicesCreateBody,
    InvoicesListStatus,
    InvoicesMarkAsPaidBody,
    InvoiceStatus,
    WriteResult,
)

from apikit.mock.proworkflow.demo import ACCOUNT, DANA, rows
from tests.support import running_mock


class RequestLog:
    """The URLs the client sent, through httpx's own event hooks."""

    def __init__(self) -> None:
        self.urls: list[httpx.URL] = []

    def __call__(self, request: httpx.Request) -> None:
        self.urls.append(request.url)


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    with running_mock("proworkflow") as url:
        yield url


@pytest.fixture
def sent() -> RequestLog:
    return RequestLog()


@pytest.fixture
def client(base_url: str, sent: RequestLog) -> Iterator[Client]:
    hooks = {"request": [sent]}
    with connect(ACCOUNT.api_key, DANA.username, DANA.password, base_url=base_url,
                 httpx_args={"event_hooks": hooks}) as signed_in:  # fmt: skip
        yield signed_in


def test_paging_reads_every_contact_once(client: Client, sent: RequestLog) -> None:
    everyone = contacts_list.sync(client=client)
    assert isinstance(everyone, ContactList) and everyone.totalcount == len(everyone.contacts)
    sent.urls.clear()

    paged = list(iter_items(contacts_list.sync, client=client, page_size=3))

    assert [c.id for c in paged] == [c.id for c in everyone.contacts]
    assert {row["id"] for row in rows("contacts") if not row["pending"]} <= {c.id for c in paged}
    pages = [(int(url.params["pagenumber"]), int(url.params["pagesize"])) for url in sent.urls]
    expected_pages = max(1, math.ceil(len(paged) / 3))  # the last page is known from totalcount
    assert [number for number, _ in pages] == list(range(1, expected_pages + 1))
    assert {size for _, size in pages} == {3}


def test_a_new_client_is_invoiced_and_paid(client: Client) -> None:
    company_id = new_id(companies_create.sync(client=client, body=CompaniesCreateBody(
        name="Lakeside Ceramics", type_=CompaniesCreateBodyType.CLIENT, email="studio@lakeside.example.com",
    )))  # fmt: skip
    people = [
        CompanyContactsCreateBody(firstname="Lena", lastname="Lake", email="lena@lakeside.example.com"),
        CompanyContactsCreateBody(firstname="Omar", lastname="Shore", email="omar@lakeside.example.com"),
    ]
    added = company_contacts_create.sync(company_id, client=client, body=people)
    assert isinstance(added, WriteResult) and len(added.details) == 2
    lena_id, omar_id = (item.id for item in added.details)

    company = companies_get.sync(company_id, client=client)
    assert isinstance(company, CompanyEnvelope)
    assert (company.company.name, company.company.type_) == ("Lakeside Ceramics", "client")
    staff = company_contacts_list.sync(company_id, client=client)
    assert isinstance(staff, ContactList)
    assert sorted((c.id, c.name) for c in staff.contacts) == [(lena_id, "Lena Lake"), (omar_id, "Omar Shore")]
    lena = contacts_get.sync(lena_id, client=client)
    assert isinstance(lena, ContactEnvelope)
    assert (lena.contact.companyid, lena.contact.type_, lena.contact.email) == (
        company_id, "client", "lena@lakeside.example.com",
    )  # fmt: skip

    invoice_id = new_id(invoices_create.sync(client=client, body=InvoicesCreateBody(
        contactid=lena_id, companyid=company_id, title="Spring collection",
        invoiceddate="2026-03-02", duedate="2026-04-01", taxable=True, taxrate=10.0,
        lines=[
            InvoiceLineInput(type_=InvoiceLineInputType.LINEITEM, name="Vases", quantity=3, rate=40.0),
            InvoiceLineInput(type_=InvoiceLineInputType.LINEITEM, name="Glazing", quantity=1, rate=80.0),
        ],
    )))  # fmt: skip
    delivery_id = new_id(invoice_lines_create.sync(invoice_id, client=client, body=InvoiceLinesCreateBody(
        type_=InvoiceLinesCreateBodyType.LINEITEM, name="Delivery", quantity=1, rate=25.0, taxable=False,
    )))  # fmt: skip

    lines = invoice_lines_list.sync(invoice_id, client=client)
    assert isinstance(lines, InvoiceLineList)
    assert [(line.name, line.quantity, line.rate) for line in lines.lines] == [
        ("Vases", 3, 40.0), ("Glazing", 1, 80.0), ("Delivery", 1, 25.0),
    ]  # fmt: skip
    assert lines.lines[-1].id == delivery_id

    unpaid = read_invoice(client, invoice_id)
    assert unpaid.status == InvoiceStatus.UNPAID
    assert unpaid.companyid == company_id and unpaid.title == "Spring collection"
    assert unpaid.totals and unpaid.totals.subtotal == pytest.approx(3 * 40 + 80 + 25)
    # Tax is charged on the taxable lines only (the delivery is not taxable).
    assert unpaid.totals.taxtotal == pytest.approx(0.10 * (3 * 40 + 80))
    assert unpaid.totals.grandtotal == pytest.approx(unpaid.totals.subtotal + unpaid.totals.taxtotal)

    paid = invoices_mark_as_paid.sync(
        invoice_id, client=client, body=InvoicesMarkAsPaidBody(paiddate="2026-03-20")
    )
    assert isinstance(paid, WriteResult) and paid.details[0].id == invoice_id

    invoice = read_invoice(client, invoice_id)
    assert invoice.status == InvoiceStatus.PAID and str(invoice.paiddate).startswith("2026-03-20")
    paid_rows = invoices_list.sync(
        client=client, status=InvoicesListStatus.PAID, companyid=filters.ids([company_id])
    )
    assert isinstance(paid_rows, InvoiceList) and [row.id for row in paid_rows.invoices or []] == [invoice_id]
    unpaid_rows = invoices_list.sync(client=client, companyid=filters.ids([company_id]))
    assert isinstance(unpaid_rows, InvoiceList) and not unpaid_rows.invoices  # `unpaid` is the default filter
    for_company = company_invoices_list.sync(company_id, client=client, status=CompanyInvoicesListStatus.ALL)
    assert isinstance(for_company, InvoiceList) and [row.id for row in for_company.invoices or []] == [
        invoice_id
    ]


def test_reading_what_does_not_exist_raises_not_found(client: Client) -> None:
    with pytest.raises(ProWorkflowNotFound) as missing:
        invoices_get.sync(2**31 - 1, client=client)
    assert missing.value.status_code == 404 and missing.value.details


def new_id(answer: Any) -> int:
    assert isinstance(answer, WriteResult) and answer.status == "Success", answer
    return answer.details[0].id


def read_invoice(client: Client, invoice_id: int) -> Any:
    answer = invoices_get.sync(invoice_id, client=client)
    assert isinstance(answer, InvoiceEnvelope) and answer.invoice.id == invoice_id
    return answer.invoice
