"""The generated ProWorkflow client sends what public clients send, against a running
`apikit mock proworkflow`: empty filter values (ignored by the service) and create bodies whose unset
members are ``null``."""

from __future__ import annotations

from proworkflow_client import Client
from proworkflow_client.api.companies import companies_create, companies_get
from proworkflow_client.api.contacts import contacts_list
from proworkflow_client.models import (
    CompaniesCreateBody,
    CompaniesCreateBodyType,
    CompanyEnvelope,
    ContactList,
    WriteResult,
)

import tests.test_proworkflow_e2e as e2e

# The end-to-end tests' mock and signed-in client.
base_url = e2e.base_url
sent = e2e.sent
client = e2e.client


def contact_ids(answer: object) -> list[int]:
    assert isinstance(answer, ContactList), answer
    return [contact.id for contact in answer.contacts]


def test_the_client_sends_empty_filters_and_gets_the_unfiltered_list(client: Client) -> None:
    everyone = contact_ids(contacts_list.sync(client=client))
    emptied = contacts_list.sync(client=client, searchname="", apifields="", fields="", search="")
    assert contact_ids(emptied) == everyone and len(everyone) > 3


def test_the_client_sends_null_members_of_a_create_body(client: Client) -> None:
    body = CompaniesCreateBody(
        name="Null Street Bakery", type_=CompaniesCreateBodyType.CLIENT, code=None, email=None
    )
    assert body.to_dict()["code"] is None
    answer = companies_create.sync(client=client, body=body)
    assert isinstance(answer, WriteResult) and answer.status == "Success", answer
    stored = companies_get.sync(answer.details[0].id, client=client)
    assert isinstance(stored, CompanyEnvelope)
    assert (stored.company.name, stored.company.code, stored.company.email) == ("Null Street Bakery", "", "")
