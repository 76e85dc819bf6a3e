"""The ProWorkflow mock's account settings through HTTP: the account, API fields and their values on
items, note categories, fixed cost items, service and staff rates; who may use them, errors and the
state. Every answer is checked against the spec (the `Pw` client of test_mock_proworkflow)."""

from __future__ import annotations

from typing import Any

from starlette.testclient import TestClient

import tests.test_mock_proworkflow as main_tests
from apikit.mock.proworkflow.behaviour import ProWorkflowBehaviour
from apikit.mock.proworkflow.demo import ACCOUNT, CHLOE, CONNOR, SAM
from tests.test_mock_proworkflow import Pw

# What each test got a 2xx for goes into the main mock tests' coverage report.
shared_answers = main_tests.shared_answers

spec = main_tests.spec
operations = main_tests.operations

FIELD_BODY = {"name": "crm_sync_id", "type": "project", "private": True}  # recorded sample 057


# The main mock tests' mock on DEMO_NOW's clock, with its behaviour at hand, and Dana.
clock = main_tests.clock
behaviour = main_tests.behaviour
client = main_tests.client
dana = main_tests.dana


def project_api_fields(pw: Pw, project_id: int) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = pw.ok("projectsGet", {"projectid": project_id})["project"]["apifields"]
    return found


# --- the account ------------------------------------------------------------------------------------------


def test_the_account_settings_licence_and_plan_are_the_accounts(dana: Pw) -> None:
    settings = dana.ok("settingsAccountGet")["settings"]
    assert (settings["name"], settings["accounturl"], settings["currency"]) == (
        ACCOUNT.name,
        ACCOUNT.url,
        ACCOUNT.currency,
    )
    assert settings["timezone"] == "Pacific/Auckland"
    assert dana.ok("settingsAccountPlanGet") == {
        "settings": {"plan": "Advanced", "billingcycle": "monthly"},
        "count": 1,
        "status": "Success",
    }
    assert dana.ok("settingsAccountLicenseGet")["settings"] == {
        "stafflicenses": 5,
        "staffused": 2,
        "stafffree": 3,
    }


def test_a_new_staff_login_takes_a_licence(dana: Pw) -> None:
    body = {"companyid": 1, "firstname": "Ivy", "lastname": "New", "type": "staff", "allowlogin": True}
    body |= {"username": "ivy", "password": "ivy-pass-123", "email": "ivy@brightside.example.com"}
    dana.created_id("contactsCreate", body=body)
    licence = dana.ok("settingsAccountLicenseGet")["settings"]
    assert (licence["staffused"], licence["stafffree"]) == (3, 2)


def test_the_look_and_feel_needs_only_the_api_key(client: TestClient, dana: Pw) -> None:
    response = client.get("/settings/account/looknfeel", headers={"apikey": ACCOUNT.api_key})
    assert response.status_code == 200
    dana.check(dana.operations["settingsAccountLooknfeelGet"], response)
    assert response.json()["settings"]["name"] == ACCOUNT.name
    by_query = client.get("/settings/account/looknfeel", params={"apikey": ACCOUNT.api_key})
    assert by_query.status_code == 200
    assert client.get("/settings/account/looknfeel").status_code == 401
    wrong_key = client.get("/settings/account/looknfeel", headers={"apikey": "nope"})
    assert (wrong_key.status_code, wrong_key.content) == (401, b"")
    # the other account calls still need a user
    assert client.get("/settings/account", headers={"apikey": ACCOUNT.api_key}).status_code == 401


def test_account_settings_are_for_staff(dana: Pw) -> None:
    for user in (CHLOE, CONNOR):
        caller = dana.as_user(user)
        for operation_id in ("settingsAccountGet", "settingsAccountLicenseGet", "settingsAccountPlanGet"):
            assert caller.fails(operation_id, 403) == ["Only Staff contacts may use this call"]
        assert caller.ok("settingsAccountLooknfeelGet")["settings"]["name"] == ACCOUNT.name
    assert dana.as_user(SAM).ok("settingsAccountGet")["settings"]["name"] == ACCOUNT.name


def test_account_answers_carry_an_etag(dana: Pw) -> None:
    first = dana.request("settingsAccountPlanGet")
    again = dana.request("settingsAccountPlanGet", headers={"If-None-Match": first.headers["etag"]})
    assert again.status_code == 304


# --- API fields -------------------------------------------------------------------------------------------


def test_an_api_field_is_added_as_recorded_and_read_back(dana: Pw) -> None:
    answer = dana.ok("settingsApifieldsCreate", body=FIELD_BODY)
    assert answer["message"] == "Field Added"
    field_id = answer["details"][0]["id"]
    assert answer["details"] == [{"id": field_id, "name": "crm_sync_id"}]
    assert dana.ok("settingsApifieldsGet", {"fieldid": field_id})["apifield"] == {
        "id": field_id,
        **FIELD_BODY,
    }
    assert dana.ids("settingsApifieldsList", "apifields", params={"type": "project"}) == [1, field_id]
    assert dana.ids("settingsApifieldsList", "apifields") == [1, 2, 3, field_id]


def test_a_new_field_appears_under_apifields_of_its_items(dana: Pw) -> None:
    field_id = dana.created_id("settingsApifieldsCreate", body=FIELD_BODY)
    dana.ok("projectsUpdate", {"projectid": 1}, {"apifields": [{"id": field_id, "value": "CRM-88231"}]})
    expected = [{"id": field_id, "name": "crm_sync_id", "value": "CRM-88231"}]
    assert project_api_fields(dana, 1) == expected
    listed = dana.ok("projectsList", params={"fields": f"title,apifield{field_id}", "id": "1"})["projects"]
    assert listed[0]["apifields"] == expected
    assert dana.ids("projectsList", "projects", params={"apifields": f"{field_id},crm-88"}) == [1]
    # a renamed field shows its new name on the items
    dana.ok("settingsApifieldsUpdate", {"fieldid": field_id}, {"name": "crm_id"})
    assert project_api_fields(dana, 1)[0]["name"] == "crm_id"


def test_a_private_fields_values_are_shown_to_staff_only(dana: Pw) -> None:
    field_id = dana.created_id("settingsApifieldsCreate", body=FIELD_BODY)
    dana.ok("projectsUpdate", {"projectid": 1}, {"apifields": [{"id": field_id, "value": "CRM-1"}]})
    chloe = dana.as_user(CHLOE)  # a client of project 1's company
    assert chloe.ok("projectsGet", {"projectid": 1})["project"]["apifields"] == []
    dana.ok("settingsApifieldsUpdate", {"fieldid": field_id}, {"private": False})
    assert chloe.ok("projectsGet", {"projectid": 1})["project"]["apifields"] == [
        {"id": field_id, "name": "crm_sync_id", "value": "CRM-1"}
    ]


def test_private_values_stay_hidden_on_invoices_and_quotes_a_client_sees(dana: Pw) -> None:
    for item_type, update, get, key, item_id in (
        ("invoice", "invoicesUpdate", "invoicesGet", "invoice", 1),
        ("quote", "quotesUpdate", "quotesGet", "quote", 1),
    ):
        body = {"name": "Margin", "type": item_type, "private": True}
        field_id = dana.created_id("settingsApifieldsCreate", body=body)
        path = {f"{key}id": item_id}
        dana.ok(update, path, {"apifields": [{"id": field_id, "value": "40%"}]})
        assert dana.ok(get, path)[key]["apifields"] == [{"id": field_id, "name": "Margin", "value": "40%"}]
        assert dana.as_user(CHLOE).ok(get, path)[key]["apifields"] == []


def test_deleting_a_field_deletes_its_values_everywhere(dana: Pw) -> None:
    assert dana.ok("companiesGet", {"companyid": 2})["company"]["apifields"] == [
        {"id": 2, "name": "Region", "value": "Europe"}
    ]
    answer = dana.ok("settingsApifieldsDelete", {"fieldid": 2})
    assert (answer["message"], answer["details"]) == ("Field Deleted", [{"id": 2, "name": "Region"}])
    for company_id in (2, 3):
        assert dana.ok("companiesGet", {"companyid": company_id})["company"]["apifields"] == []
    assert dana.ids("companiesList", "companies", params={"apifields": "2,Europe"}) == []
    assert dana.fails("settingsApifieldsGet", 404, {"fieldid": 2}) == ["Field 2 not found"]
    assert dana.fails("settingsApifieldsDelete", 404, {"fieldid": 2}) == ["Field 2 not found"]


def test_field_names_are_unique_within_a_type_and_the_type_never_changes(dana: Pw) -> None:
    dana.created_id("settingsApifieldsCreate", body=FIELD_BODY)
    assert dana.fails("settingsApifieldsCreate", 400, body={**FIELD_BODY, "name": "CRM_SYNC_ID"}) == [
        "An API field named 'CRM_SYNC_ID' already exists for project"
    ]
    other_type = dana.created_id("settingsApifieldsCreate", body={**FIELD_BODY, "type": "task"})
    assert dana.ok("settingsApifieldsGet", {"fieldid": other_type})["apifield"]["private"] is True
    assert dana.fails("settingsApifieldsUpdate", 400, {"fieldid": other_type}, {"type": "project"})
    assert dana.fails("settingsApifieldsUpdate", 400, {"fieldid": 2}, {"name": "  "}) == [
        "'name' cannot be empty"
    ]
    assert dana.fails("settingsApifieldsCreate", 400, body={"name": "x"}) == ["'type' is a required field"]
    assert dana.fails("settingsApifieldsUpdate", 404, {"fieldid": 99}, {"name": "x"}) == [
        "Field 99 not found"
    ]
    public = dana.created_id("settingsApifieldsCreate", body={"name": "Size", "type": "company"})
    assert dana.ok("settingsApifieldsGet", {"fieldid": public})["apifield"]["private"] is False


def test_api_fields_are_for_staff(dana: Pw) -> None:
    for user in (CHLOE, CONNOR):
        caller = dana.as_user(user)
        assert caller.fails("settingsApifieldsList", 403) == ["Only Staff contacts may use this call"]
        caller.fails("settingsApifieldsGet", 403, {"fieldid": 1})
        caller.fails("settingsApifieldsCreate", 403, body=FIELD_BODY)
        caller.fails("settingsApifieldsUpdate", 403, {"fieldid": 1}, {"name": "x"})
        caller.fails("settingsApifieldsDelete", 403, {"fieldid": 1})
    assert dana.ids("settingsApifieldsList", "apifields") == [1, 2, 3]


def test_the_api_field_list_sorts_and_pages(dana: Pw) -> None:
    names = dana.ok("settingsApifieldsList", params={"sortby": "name", "sortorder": "desc"})["apifields"]
    assert [row["name"] for row in names] == ["Segment", "Region", "Budget code"]
    page = dana.ok("settingsApifieldsList", params={"pagenumber": 2, "pagesize": 2})
    assert (page["count"], page["totalcount"], [row["id"] for row in page["apifields"]]) == (1, 3, [3])
    dana.fails("settingsApifieldsList", 400, params={"type": "event"})


# --- note categories --------------------------------------------------------------------------------------


def test_a_note_category_is_added_renamed_and_used_by_notes(dana: Pw) -> None:
    answer = dana.ok("settingsNoteCategoriesCreate", body={"name": "Research"})
    assert answer["message"] == "Category Added"
    category_id = answer["details"][0]["id"]
    assert dana.ok("settingsNoteCategoriesGet", {"categoryid": category_id})["category"] == {
        "id": category_id,
        "name": "Research",
    }
    body = {"title": "Sources", "content": "Reading list", "categoryid": category_id, "contacts": "all"}
    note_id = dana.created_id("notesCreate", body=body)
    dana.ok("settingsNoteCategoriesUpdate", {"categoryid": category_id}, {"name": "Desk research"})
    category = dana.ok("notesGet", {"noteid": note_id})["note"]["category"]
    assert (category["id"], category["name"]) == (category_id, "Desk research")
    listed = dana.ok("settingsNoteCategoriesList")["categories"]
    assert [row["name"] for row in listed] == ["Desk research", "General", "Meetings"]


def test_a_category_with_notes_cannot_be_deleted(dana: Pw) -> None:
    assert dana.fails("settingsNoteCategoriesDelete", 400, {"categoryid": 2}) == [
        "Note category 2 holds 1 note(s): move or delete them first"
    ]
    dana.ok("notesUpdate", {"noteid": 3}, {"categoryid": 1})
    answer = dana.ok("settingsNoteCategoriesDelete", {"categoryid": 2})
    assert (answer["message"], answer["details"]) == ("Category Deleted", [{"id": 2, "name": "Meetings"}])
    assert dana.fails("settingsNoteCategoriesGet", 404, {"categoryid": 2}) == ["Category 2 not found"]
    body = {"title": "t", "content": "c", "categoryid": 2, "contacts": "all"}
    assert dana.fails("notesCreate", 400, body=body) == ["'categoryid': Note category 2 not found"]


def test_note_category_names_are_unique_and_for_staff(dana: Pw) -> None:
    assert dana.fails("settingsNoteCategoriesCreate", 400, body={"name": "general"}) == [
        "A note category named 'general' already exists"
    ]
    assert dana.fails("settingsNoteCategoriesUpdate", 400, {"categoryid": 2}, {"name": "GENERAL"})
    dana.ok("settingsNoteCategoriesUpdate", {"categoryid": 1}, {"name": "general"})  # its own name, recased
    chloe = dana.as_user(CHLOE)
    chloe.fails("settingsNoteCategoriesList", 403)
    chloe.fails("settingsNoteCategoriesCreate", 403, body={"name": "Mine"})
    chloe.fails("settingsNoteCategoriesDelete", 403, {"categoryid": 1})


# --- fixed cost items and rates ---------------------------------------------------------------------------


def test_fixed_cost_items_are_listed_and_added(dana: Pw) -> None:
    answer = dana.ok("settingsFixedCostItemsCreate", body={"name": "Hosting (1 year)", "rate": 240.0})
    assert answer["message"] == "Fixed Cost Item Added"
    item_id = answer["details"][0]["id"]
    items = dana.ok("settingsFixedCostItemsList")["fixedcostitems"]
    assert [row["name"] for row in items] == ["Domain registration", "Hosting (1 year)", "Page template"]
    added = next(row for row in items if row["id"] == item_id)
    assert added == {
        "id": item_id,
        "name": "Hosting (1 year)",
        "description": "",
        "rate": 240.0,
        "taxable": True,
    }
    nulls = {"name": "Setup", "description": None, "rate": None, "taxable": None}
    setup_id = dana.created_id("settingsFixedCostItemsCreate", body=nulls)
    by_rate = dana.ok("settingsFixedCostItemsList", params={"sortby": "rate"})["fixedcostitems"]
    assert by_rate[0] == {"id": setup_id, "name": "Setup", "description": "", "rate": 0.0, "taxable": True}
    dana.fails("settingsFixedCostItemsCreate", 400, body={"name": "Bad", "rate": -1})
    dana.as_user(CONNOR).fails("settingsFixedCostItemsList", 403)


def test_rates_are_those_the_demo_lines_were_written_with(dana: Pw) -> None:
    assert dana.ok("settingsServiceRatesList")["servicerates"] == [
        {"id": 1, "name": "Design", "rate": 90.0},
        {"id": 2, "name": "Development", "rate": 100.0},
    ]
    quote_lines = dana.ok("quoteLinesList", {"quoteid": 2})["lines"]
    sam_line = next(line for line in quote_lines if line["type"] == "staffrate")
    staff = dana.ok("settingsStaffRatesList")["staffrates"]
    assert staff == [
        {"id": 1, "contactid": 1, "name": "Dana Admin", "rate": 120.0},
        {"id": 2, "contactid": 2, "name": "Sam Staff", "rate": 100.0},
    ]
    assert (sam_line["name"], sam_line["rate"]) == (staff[1]["name"], staff[1]["rate"])
    by_rate = dana.ok("settingsStaffRatesList", params={"sortby": "rate"})["staffrates"]
    assert [row["contactid"] for row in by_rate] == [2, 1]
    dana.as_user(CHLOE).fails("settingsStaffRatesList", 403)
    dana.as_user(CHLOE).fails("settingsServiceRatesList", 403)


def test_a_deleted_staff_contact_has_no_rate(dana: Pw) -> None:
    dana.ok("contactsDelete", {"contactid": 2})
    assert dana.ids("settingsStaffRatesList", "staffrates") == [1]


# --- state ------------------------------------------------------------------------------------------------


def test_the_settings_are_part_of_the_state(dana: Pw, behaviour: ProWorkflowBehaviour) -> None:
    field_id = dana.created_id("settingsApifieldsCreate", body=FIELD_BODY)
    category_id = dana.created_id("settingsNoteCategoriesCreate", body={"name": "Research"})
    item_id = dana.created_id("settingsFixedCostItemsCreate", body={"name": "Setup", "rate": 50})
    state = behaviour.snapshot()
    assert [row["id"] for row in state["apifields"]] == [1, 2, 3, field_id]
    assert [row["id"] for row in state["fixedcostitems"]] == [1, 2, item_id]
    assert [row["contactid"] for row in state["staffrates"]] == [1, 2]
    assert [row["name"] for row in state["servicerates"]] == ["Design", "Development"]
    behaviour.reset()
    dana.fails("settingsApifieldsGet", 404, {"fieldid": field_id})
    behaviour.restore(state)
    assert dana.ok("settingsApifieldsGet", {"fieldid": field_id})["apifield"]["name"] == "crm_sync_id"
    assert dana.ok("settingsNoteCategoriesGet", {"categoryid": category_id})["category"]["name"] == "Research"
    assert item_id in dana.ids("settingsFixedCostItemsList", "fixedcostitems")
