"""The ProWorkflow invoice and quote settings: the mock through HTTP (every answer checked against the
spec by the `Pw` client of test_mock_proworkflow), and the generated client against the same mock.

Autonumbering numbers the invoices and quotes made with `number` `auto` and moves on; the hourly and
staff rates are the account's service and staff rates; templates are read only; a new quote takes the
quote settings' defaults; all of it is for staff and part of the mock's state.

One mock serves the module, put back to the demo account before each test (building one per test
would cost most of the module's time).
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

import pytest
from proworkflow_client import Client, ProWorkflowNotFound
from proworkflow_client.api.invoices import invoices_create, invoices_get
from proworkflow_client.api.settings import (
    settings_invoice_autonumbering_list,
    settings_invoice_hourly_rates_list,
    settings_invoice_templates_get,
    settings_quote_staff_rates_list,
    settings_quotes_get,
    settings_service_rates_list,
)
from proworkflow_client.models import (
    AutonumberingList,
    BillingTemplateEnvelope,
    HourlyRateList,
    InvoiceEnvelope,
    InvoiceLineInput,
    InvoiceLineInputType,
    InvoicesCreateBody,
    QuoteSettingsEnvelope,
    ServiceRateList,
    StaffRateList,
    WriteResult,
)
from starlette.testclient import TestClient

import tests.test_mock_proworkflow as main_tests
from apikit.mock.proworkflow import ProWorkflowBehaviour
from apikit.mock.proworkflow.demo import CHLOE, CONNOR, DANA
from apikit.spec import Operation
from tests.proworkflow_settings_support import generated_client, module_mock
from tests.test_mock_proworkflow import Pw

# What each test got a 2xx for goes into the main mock tests' coverage report.
shared_answers = main_tests.shared_answers

spec = main_tests.spec
operations = main_tests.operations


@pytest.fixture(scope="module")
def mock_and_server(spec: dict[str, Any]) -> Iterator[tuple[ProWorkflowBehaviour, TestClient]]:
    with module_mock(spec) as served:
        yield served


@pytest.fixture(scope="module")
def mock(mock_and_server: tuple[ProWorkflowBehaviour, TestClient]) -> ProWorkflowBehaviour:
    return mock_and_server[0]


@pytest.fixture(scope="module")
def served(mock_and_server: tuple[ProWorkflowBehaviour, TestClient]) -> TestClient:
    return mock_and_server[1]


@pytest.fixture
def behaviour(mock: ProWorkflowBehaviour) -> ProWorkflowBehaviour:
    mock.reset()
    return mock


@pytest.fixture
def dana(
    served: TestClient,
    behaviour: ProWorkflowBehaviour,
    spec: dict[str, Any],
    operations: dict[str, Operation],
) -> Pw:
    return Pw(served, spec, operations, DANA)


@pytest.fixture
def signed_in(served: TestClient, behaviour: ProWorkflowBehaviour) -> Iterator[Client]:
    with generated_client(served) as client:
        yield client


LINE = {"type": "lineitem", "name": "Setup", "quantity": 1, "rate": 100.0}
INVOICE = {"contactid": 3, "lines": [LINE]}
QUOTE = {"contactid": 3, "title": "Extra pages", "lines": [LINE]}
READS = {
    "settingsInvoiceAutonumberingList": {},
    "settingsInvoiceHourlyRatesList": {},
    "settingsInvoiceStaffRatesList": {},
    "settingsInvoiceTemplatesList": {},
    "settingsInvoiceTemplatesGet": {"templateid": 1},
    "settingsQuotesGet": {},
    "settingsQuoteAutonumberingList": {},
    "settingsQuoteHourlyRatesList": {},
    "settingsQuoteStaffRatesList": {},
    "settingsQuoteTemplatesList": {},
    "settingsQuoteTemplatesGet": {"templateid": 1},
}


def scheme(pw: Pw, operation_id: str) -> dict[str, Any]:
    found: dict[str, Any] = pw.ok(operation_id)["autonumbering"][0]
    return found


def invoice_number(pw: Pw, body: dict[str, Any]) -> str:
    invoice_id = pw.created_id("invoicesCreate", body=body)
    number: str = pw.ok("invoicesGet", {"invoiceid": invoice_id})["invoice"]["number"]
    return number


def quote_number(pw: Pw, quote_id: int) -> str:
    number: str = pw.ok("quotesGet", {"quoteid": quote_id})["quote"]["number"]
    return number


# --- autonumbering ----------------------------------------------------------------------------------------


def test_the_invoice_autonumbering_numbers_the_next_invoice_and_moves_on(dana: Pw) -> None:
    assert scheme(dana, "settingsInvoiceAutonumberingList") == {
        "id": 1,
        "name": "Invoices",
        "prefix": "INV-",
        "digits": 4,
        "nextnumber": 4,
    }
    assert invoice_number(dana, {**INVOICE, "number": "auto"}) == "INV-0004"
    latest = dana.created_id("invoicesCreate", body=INVOICE)
    assert dana.ok("invoicesGet", {"invoiceid": latest})["invoice"]["number"] == "INV-0005"
    dana.ok("invoicesDelete", {"invoiceid": latest})  # its number is not given out again
    assert scheme(dana, "settingsInvoiceAutonumberingList")["nextnumber"] == 6
    assert invoice_number(dana, INVOICE) == "INV-0006"


def test_a_number_typed_in_by_hand_is_skipped(dana: Pw) -> None:
    assert invoice_number(dana, {**INVOICE, "number": "INV-0004"}) == "INV-0004"
    assert scheme(dana, "settingsInvoiceAutonumberingList")["nextnumber"] == 5
    assert invoice_number(dana, INVOICE) == "INV-0005"


def test_a_refused_create_takes_no_number(dana: Pw) -> None:
    dana.fails("invoicesCreate", 400, body={**INVOICE, "duedate": "someday"})
    dana.fails("quotesCreate", 400, body={**QUOTE, "companyid": 99})
    assert scheme(dana, "settingsInvoiceAutonumberingList")["nextnumber"] == 4
    assert scheme(dana, "settingsQuoteAutonumberingList")["nextnumber"] == 3


def test_the_quote_autonumbering_numbers_new_quotes_and_quotes_renumbered_auto(dana: Pw) -> None:
    assert scheme(dana, "settingsQuoteAutonumberingList")["nextnumber"] == 3
    assert quote_number(dana, dana.created_id("quotesCreate", body=QUOTE)) == "Q-0003"
    in_project = dana.created_id("projectQuotesCreate", {"projectid": 1}, body=QUOTE)
    assert quote_number(dana, in_project) == "Q-0004"
    dana.ok("quotesUpdate", {"quoteid": 1}, body={"number": "auto"})
    assert quote_number(dana, 1) == "Q-0005"
    assert scheme(dana, "settingsQuoteAutonumberingList")["nextnumber"] == 6


def test_the_numbering_is_part_of_the_state(dana: Pw, behaviour: ProWorkflowBehaviour) -> None:
    state = behaviour.snapshot()
    assert [row["prefix"] for row in state["invoiceautonumbering"]] == ["INV-"]
    changed = copy.deepcopy(state)
    changed["invoiceautonumbering"][0] |= {"prefix": "B-", "digits": 6, "nextnumber": 120}
    behaviour.restore(changed)
    assert invoice_number(dana, INVOICE) == "B-000120"
    assert behaviour.snapshot()["invoiceautonumbering"][0]["nextnumber"] == 121

    behaviour.restore({**state, "invoiceautonumbering": []})
    assert dana.ok("settingsInvoiceAutonumberingList")["autonumbering"] == []
    assert dana.fails("invoicesCreate", 400, body=INVOICE) == [
        "No autonumbering is set up for invoices: send a 'number'"
    ]
    assert invoice_number(dana, {**INVOICE, "number": "X-1"}) == "X-1"


# --- rates, templates, quote defaults ---------------------------------------------------------------------


def test_the_hourly_and_staff_rates_are_the_accounts_rates(dana: Pw, behaviour: ProWorkflowBehaviour) -> None:
    services = dana.ok("settingsServiceRatesList")["servicerates"]
    staff = dana.ok("settingsStaffRatesList")["staffrates"]
    for kind in ("Invoice", "Quote"):
        assert dana.ok(f"settings{kind}HourlyRatesList")["hourlyrates"] == services
        assert dana.ok(f"settings{kind}StaffRatesList")["staffrates"] == staff

    state = behaviour.snapshot()
    state["servicerates"][0]["rate"] = 95.0
    behaviour.restore(state)
    assert dana.ok("settingsQuoteHourlyRatesList", params={"sortby": "rate"})["hourlyrates"][0] == {
        "id": 1,
        "name": "Design",
        "rate": 95.0,
    }
    dana.ok("contactsDelete", {"contactid": 2})
    assert dana.ids("settingsInvoiceStaffRatesList", "staffrates") == [1]


def test_templates_are_listed_and_read(dana: Pw) -> None:
    assert dana.ok("settingsInvoiceTemplatesList")["templates"] == [
        {"id": 1, "name": "Standard"},
        {"id": 2, "name": "Time breakdown"},
    ]
    assert dana.ids("settingsQuoteTemplatesList", "templates", params={"sortby": "id"}) == [1, 2]
    assert dana.ok("settingsQuoteTemplatesGet", {"templateid": 2})["template"] == {
        "id": 2,
        "name": "Estimate",
    }
    assert dana.ok("settingsInvoiceTemplatesGet", {"templateid": 2})["template"] == {
        "id": 2,
        "name": "Time breakdown",
    }
    assert dana.fails("settingsInvoiceTemplatesGet", 404, {"templateid": 3}) == [
        "Invoice template 3 not found"
    ]
    assert dana.fails("settingsQuoteTemplatesGet", 404, {"templateid": 9}) == ["Quote template 9 not found"]


def test_a_new_quote_takes_the_quote_settings_defaults(dana: Pw) -> None:
    defaults = dana.ok("settingsQuotesGet")["settings"]
    assert defaults == {"type": "quote", "taxable": True, "taxrate": 0.0}
    quote = dana.ok("quotesGet", {"quoteid": dana.created_id("quotesCreate", body=QUOTE)})["quote"]
    assert {key: quote[key] for key in defaults} == defaults


def test_the_invoice_and_quote_settings_are_for_staff(dana: Pw) -> None:
    for user in (CHLOE, CONNOR):
        caller = dana.as_user(user)
        for operation_id, path in READS.items():
            assert caller.fails(operation_id, 403, path) == ["Only Staff contacts may use this call"]


# --- the generated client ---------------------------------------------------------------------------------


def test_the_client_reads_the_next_number_and_the_invoice_it_makes_has_it(signed_in: Client) -> None:
    before = settings_invoice_autonumbering_list.sync(client=signed_in)
    assert isinstance(before, AutonumberingList)
    first = before.autonumbering[0]
    assert isinstance(first.nextnumber, int) and isinstance(first.digits, int)
    line = InvoiceLineInput(type_=InvoiceLineInputType.LINEITEM, name="Setup", quantity=1, rate=100.0)
    made = invoices_create.sync(client=signed_in, body=InvoicesCreateBody(contactid=3, lines=[line]))
    assert isinstance(made, WriteResult)
    invoice = invoices_get.sync(int(made.details[0].id), client=signed_in)
    assert isinstance(invoice, InvoiceEnvelope)
    assert invoice.invoice.number == f"{first.prefix}{first.nextnumber:0{first.digits}d}"
    after = settings_invoice_autonumbering_list.sync(client=signed_in)
    assert isinstance(after, AutonumberingList) and after.autonumbering[0].nextnumber == first.nextnumber + 1


def test_the_client_reads_rates_templates_and_quote_defaults(signed_in: Client) -> None:
    services = settings_service_rates_list.sync(client=signed_in)
    hourly = settings_invoice_hourly_rates_list.sync(client=signed_in)
    assert isinstance(services, ServiceRateList) and isinstance(hourly, HourlyRateList)
    assert [rate.to_dict() for rate in hourly.hourlyrates] == [
        rate.to_dict() for rate in services.servicerates
    ]
    staff = settings_quote_staff_rates_list.sync(client=signed_in)
    assert isinstance(staff, StaffRateList) and [rate.contactid for rate in staff.staffrates] == [1, 2]
    template = settings_invoice_templates_get.sync(1, client=signed_in)
    assert isinstance(template, BillingTemplateEnvelope) and template.template.name == "Standard"
    with pytest.raises(ProWorkflowNotFound):
        settings_invoice_templates_get.sync(99, client=signed_in)
    defaults = settings_quotes_get.sync(client=signed_in)
    assert isinstance(defaults, QuoteSettingsEnvelope) and defaults.settings.taxrate == 0.0
