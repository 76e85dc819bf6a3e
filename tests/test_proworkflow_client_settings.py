"""The generated ProWorkflow client for the account settings, against a running `apikit mock proworkflow`.

Signed in as the demo account's administrator: read the account, its licence, plan and look; add an
API field for projects, give a project a value for it, rename the field and delete it, after which
the value is gone; add, rename and delete a note category; add a fixed cost item; read the rates.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from proworkflow_client import (
    Client,
    ProWorkflowBadRequest,
    ProWorkflowNotFound,
    ProWorkflowUnauthorized,
    connect,
)
from proworkflow_client.api.projects import projects_get, projects_update
from proworkflow_client.api.settings import (
    settings_account_get,
    settings_account_license_get,
    settings_account_looknfeel_get,
    settings_account_plan_get,
    settings_apifields_create,
    settings_apifields_delete,
    settings_apifields_get,
    settings_apifields_list,
    settings_apifields_update,
    settings_fixed_cost_items_create,
    settings_fixed_cost_items_list,
    settings_note_categories_create,
    settings_note_categories_delete,
    settings_note_categories_get,
    settings_note_categories_list,
    settings_note_categories_update,
    settings_service_rates_list,
    settings_staff_rates_list,
)
from proworkflow_client.models import (
    AccountLicenseEnvelope,
    AccountPlanEnvelope,
    AccountSettingsEnvelope,
    ApiFieldEnvelope,
    ApiFieldList,
    FieldValue,
    FixedCostItemList,
    LookAndFeelEnvelope,
    ProjectEnvelope,
    ProjectsUpdateBody,
    ServiceRateList,
    SettingsApifieldsCreateBody,
    SettingsApifieldsCreateBodyType,
    SettingsApifieldsListType,
    SettingsApifieldsUpdateBody,
    SettingsFixedCostItemsCreateBody,
    SettingsNoteCategoriesCreateBody,
    SettingsNoteCategoriesUpdateBody,
    SettingsNoteCategoryEnvelope,
    SettingsNoteCategoryList,
    StaffRateList,
    WriteResult,
)

import tests.test_proworkflow_e2e as e2e
from apikit.mock.proworkflow.demo import ACCOUNT

PROJECT = 1

# The end-to-end tests' mock and signed-in client.
base_url = e2e.base_url
sent = e2e.sent
client = e2e.client


def added_id(answer: Any, message: str) -> int:
    assert isinstance(answer, WriteResult) and answer.message == message, answer
    return int(answer.details[0].id)


def project_fields(client: Client) -> list[dict[str, Any]]:
    answer = projects_get.sync(PROJECT, client=client)
    assert isinstance(answer, ProjectEnvelope)
    return [value.to_dict() for value in answer.project.apifields or []]


def test_the_account_is_read_with_the_clients_credentials(client: Client) -> None:
    settings = settings_account_get.sync(client=client)
    assert isinstance(settings, AccountSettingsEnvelope)
    assert (settings.settings.name, settings.settings.currency) == (ACCOUNT.name, ACCOUNT.currency)
    plan = settings_account_plan_get.sync(client=client)
    assert isinstance(plan, AccountPlanEnvelope) and plan.settings.plan == ACCOUNT.plan
    licence = settings_account_license_get.sync(client=client)
    assert isinstance(licence, AccountLicenseEnvelope) and licence.settings.stafflicenses >= 1
    look = settings_account_looknfeel_get.sync(client=client)
    assert isinstance(look, LookAndFeelEnvelope) and look.settings.name == ACCOUNT.name


def test_the_look_and_feel_needs_only_the_key(base_url: str) -> None:
    with httpx.Client(base_url=base_url) as anonymous:
        assert (
            anonymous.get("/settings/account/looknfeel", headers={"apikey": ACCOUNT.api_key}).status_code
            == 200
        )
        assert anonymous.get("/settings/account/looknfeel").status_code == 401


def test_an_api_field_is_added_used_renamed_and_deleted(client: Client) -> None:
    body = SettingsApifieldsCreateBody(
        name="crm_sync_id", type_=SettingsApifieldsCreateBodyType.PROJECT, private=True
    )
    field_id = added_id(settings_apifields_create.sync(client=client, body=body), "Field Added")
    listed = settings_apifields_list.sync(client=client, type_=SettingsApifieldsListType.PROJECT)
    assert isinstance(listed, ApiFieldList) and field_id in [field.id for field in listed.apifields]

    value = FieldValue(id=field_id, value="CRM-88231")
    projects_update.sync(PROJECT, client=client, body=ProjectsUpdateBody(apifields=[value]))
    assert {"id": field_id, "name": "crm_sync_id", "value": "CRM-88231"} in project_fields(client)

    settings_apifields_update.sync(field_id, client=client, body=SettingsApifieldsUpdateBody(name="crm_id"))
    shown = settings_apifields_get.sync(field_id, client=client)
    assert isinstance(shown, ApiFieldEnvelope) and (shown.apifield.name, shown.apifield.private) == (
        "crm_id",
        True,
    )
    assert {"id": field_id, "name": "crm_id", "value": "CRM-88231"} in project_fields(client)

    added_id(settings_apifields_delete.sync(field_id, client=client), "Field Deleted")
    assert all(entry["id"] != field_id for entry in project_fields(client))
    with pytest.raises(ProWorkflowNotFound) as missing:
        settings_apifields_get.sync(field_id, client=client)
    assert missing.value.details == [f"Field {field_id} not found"]


def test_a_note_category_is_added_renamed_and_deleted(client: Client) -> None:
    body = SettingsNoteCategoriesCreateBody(name="Research")
    category_id = added_id(settings_note_categories_create.sync(client=client, body=body), "Category Added")
    rename = SettingsNoteCategoriesUpdateBody(name="Desk research")
    settings_note_categories_update.sync(category_id, client=client, body=rename)
    shown = settings_note_categories_get.sync(category_id, client=client)
    assert isinstance(shown, SettingsNoteCategoryEnvelope) and shown.category.name == "Desk research"
    with pytest.raises(ProWorkflowBadRequest):
        settings_note_categories_create.sync(
            client=client, body=SettingsNoteCategoriesCreateBody(name="desk RESEARCH")
        )
    # no note is filed under it, so it may go
    settings_note_categories_create.sync(
        client=client, body=SettingsNoteCategoriesCreateBody(name="Research")
    )
    added_id(settings_note_categories_delete.sync(category_id, client=client), "Category Deleted")
    listed = settings_note_categories_list.sync(client=client)
    assert isinstance(listed, SettingsNoteCategoryList)
    assert category_id not in [category.id for category in listed.categories]


def test_fixed_cost_items_and_rates(client: Client) -> None:
    body = SettingsFixedCostItemsCreateBody(name="Hosting (1 year)", rate=240.0, taxable=False)
    item_id = added_id(
        settings_fixed_cost_items_create.sync(client=client, body=body), "Fixed Cost Item Added"
    )
    items = settings_fixed_cost_items_list.sync(client=client)
    assert isinstance(items, FixedCostItemList)
    added = next(item for item in items.fixedcostitems if item.id == item_id)
    assert (added.name, added.rate, added.taxable) == ("Hosting (1 year)", 240.0, False)
    services = settings_service_rates_list.sync(client=client)
    assert isinstance(services, ServiceRateList)
    assert {(rate.name, rate.rate) for rate in services.servicerates} == {
        ("Design", 90.0),
        ("Development", 100.0),
    }
    staff = settings_staff_rates_list.sync(client=client)
    assert isinstance(staff, StaffRateList)
    assert [(rate.contactid, rate.rate) for rate in staff.staffrates] == [(1, 120.0), (2, 100.0)]


def test_a_wrong_password_is_refused_on_settings_too(base_url: str) -> None:
    with (
        connect(ACCOUNT.api_key, "dana", "wrong", base_url=base_url) as wrong,
        pytest.raises(ProWorkflowUnauthorized),
    ):
        settings_account_get.sync(client=wrong)
