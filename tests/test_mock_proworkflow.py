"""The ProWorkflow mock against the real spec: auth, envelopes, writes, nesting, invoices, protocol,
visibility and concurrency. Every answer is checked against the spec; the last test checks that the
module made every operation of the spec answer 2xx at least once."""

from __future__ import annotations

import base64
import json
import logging
import os
import sys
import threading
import time
from collections.abc import Iterator, Mapping
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from starlette.testclient import TestClient

from apikit.load import load_document
from apikit.mock import Call, MockSetupError, RawRequest, Reply, build_app, create_app, response_schema
from apikit.mock.proworkflow import ProWorkflowBehaviour, create_behaviour
from apikit.mock.proworkflow.demo import ACCOUNT, CHLOE, CONNOR, DANA, DEMO_NOW, NINA, SAM, DemoUser
from apikit.mock.proworkflow.handlers import Caller
from apikit.project import Project
from apikit.spec import Operation, iter_operations, schema_validator
from tests.support import ROOT, running_mock

SPEC_PATH = ROOT / "specs" / "proworkflow" / "openapi.yaml"
NO_BODY: Any = object()
ANSWERED: set[str] = set()
"""operationIds that answered 2xx somewhere in this module (checked by the last test)."""


class FakeClock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


class FakeTimer:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    return load_document(SPEC_PATH).document


@pytest.fixture(scope="module")
def operations(spec: dict[str, Any]) -> dict[str, Operation]:
    return {op.operation_id: op for op in iter_operations(spec)}


class Pw:
    """A thin test client: calls by operationId as one demo user and checks every answer against the spec."""

    def __init__(
        self, client: TestClient, spec: dict[str, Any], operations: dict[str, Operation], user: DemoUser
    ) -> None:
        self.client = client
        self.spec = spec
        self.operations = operations
        self.user = user
        self._validators: dict[tuple[str, int], Any] = {}

    def as_user(self, user: DemoUser) -> Pw:
        return Pw(self.client, self.spec, self.operations, user)

    def request(
        self,
        operation_id: str,
        path: Mapping[str, Any] | None = None,
        params: Mapping[str, Any] | None = None,
        body: Any = NO_BODY,
        *,
        headers: Mapping[str, str] | None = None,
        key: str | None = ACCOUNT.api_key,
        auth: tuple[str, str] | None = None,
    ) -> httpx.Response:
        op = self.operations[operation_id]
        sent_headers = {"apikey": key} if key is not None else {}
        sent_headers.update(headers or {})
        credentials = auth if auth is not None else (self.user.username, self.user.password)
        response: httpx.Response = self.client.request(
            op.method.upper(),
            op.wire_path.format(**(path or {})),
            params=dict(params or {}),
            headers=sent_headers,
            auth=credentials,
            **({} if body is NO_BODY else {"json": body}),
        )
        self.check(op, response)
        return response

    def check(self, op: Operation, response: httpx.Response) -> None:
        assert response.status_code < 500, response.text
        for header in ("x-ratelimit-limit", "x-ratelimit-remaining", "x-ratelimit-reset"):
            assert response.headers[header].isdigit()
        if response.status_code in (304, 401):
            assert response.content == b""
            return
        if 200 <= response.status_code < 300:
            ANSWERED.add(op.operation_id)
        key = (op.operation_id, response.status_code)
        if key not in self._validators:
            schema = response_schema(self.spec, op, response.status_code)
            assert schema is not None, f"{op.operation_id} answered an undocumented {response.status_code}"
            self._validators[key] = schema_validator(self.spec, schema)
        assert response.headers["content-type"].startswith("application/json")
        self._validators[key].validate(response.json())

    def _split(self, operation_id: str, data: Any, params: Any, body: Any) -> tuple[Any, Any]:
        """A third positional argument is the query of GET/DELETE calls and the body of the others."""
        if data is None:
            return params, body
        if self.operations[operation_id].method in ("get", "delete"):
            return data, body
        return params, data

    def ok(
        self,
        operation_id: str,
        path: Mapping[str, Any] | None = None,
        data: Any = None,
        *,
        params: Any = None,
        body: Any = NO_BODY,
    ) -> Any:
        query, sent = self._split(operation_id, data, params, body)
        response = self.request(operation_id, path, query, sent)
        expected = 201 if self.operations[operation_id].method == "post" else 200
        assert response.status_code == expected, response.text
        return response.json()

    def fails(
        self,
        operation_id: str,
        status: int,
        path: Mapping[str, Any] | None = None,
        data: Any = None,
        *,
        params: Any = None,
        body: Any = NO_BODY,
    ) -> list[str]:
        query, sent = self._split(operation_id, data, params, body)
        response = self.request(operation_id, path, query, sent)
        assert response.status_code == status, response.text
        document = response.json()
        assert document["status"] == "Error"
        return list(document["details"])

    def created_id(
        self, operation_id: str, path: Mapping[str, Any] | None = None, body: Any = NO_BODY
    ) -> int:
        return int(self.ok(operation_id, path, body=body)["details"][0]["id"])

    def ids(
        self, operation_id: str, key: str, path: Mapping[str, Any] | None = None, params: Any = None
    ) -> list[int]:
        return [row["id"] for row in self.ok(operation_id, path, params=params)[key]]


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(DEMO_NOW)


@pytest.fixture
def behaviour(clock: FakeClock, spec: dict[str, Any]) -> ProWorkflowBehaviour:
    return create_behaviour(spec, clock=clock)


@pytest.fixture
def client(spec: dict[str, Any], behaviour: ProWorkflowBehaviour) -> Iterator[TestClient]:
    with TestClient(build_app(spec, behaviour)) as test_client:
        yield test_client


@pytest.fixture
def dana(client: TestClient, spec: dict[str, Any], operations: dict[str, Operation]) -> Pw:
    return Pw(client, spec, operations, DANA)


def test_create_app_serves_the_project_spec() -> None:
    client = TestClient(create_app("proworkflow", Project(ROOT)))
    response = client.get("/me", headers={"apikey": ACCOUNT.api_key}, auth=(DANA.username, DANA.password))
    assert response.status_code == 200
    assert response.json()["contact"]["id"] == DANA.contact_id


def test_the_cli_serves_the_mock_with_a_rate_limit_from_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("PROWORKFLOW_MOCK_RATE_LIMIT", "2")
    with running_mock("proworkflow") as base_url:
        auth = (DANA.email, DANA.password)
        answers = [
            httpx.get(f"{base_url}/me", headers={"apikey": ACCOUNT.api_key}, auth=auth, timeout=10)
            for _ in range(3)
        ]
    assert [a.status_code for a in answers] == [200, 200, 429]
    assert answers[0].json()["contact"]["email"] == DANA.email
    assert answers[0].headers["x-ratelimit-limit"] == "2"


def test_a_bad_rate_limit_in_the_environment_is_a_setup_error(
    monkeypatch: pytest.MonkeyPatch, spec: dict[str, Any]
) -> None:
    monkeypatch.setenv("PROWORKFLOW_MOCK_RATE_WINDOW", "soon")
    with pytest.raises(MockSetupError, match="PROWORKFLOW_MOCK_RATE_WINDOW"):
        create_behaviour(spec)


# --- authentication ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("key_in", "login"),
    [
        ("header", DANA.username),
        ("query", DANA.username),
        ("header", DANA.email),
        ("header", DANA.email.upper()),
    ],
)
def test_key_and_basic_credentials_are_both_accepted_forms(dana: Pw, key_in: str, login: str) -> None:
    params = {"apikey": ACCOUNT.api_key} if key_in == "query" else {}
    key = ACCOUNT.api_key if key_in == "header" else None
    response = dana.request("meGet", params=params, key=key, auth=(login, DANA.password))
    assert response.status_code == 200
    assert response.json()["contact"]["username"] == DANA.username


@pytest.mark.parametrize(
    ("key", "auth"),
    [
        (None, (DANA.username, DANA.password)),
        ("pwf-wrong-key", (DANA.username, DANA.password)),
        (ACCOUNT.api_key, (DANA.username, "not-the-password")),
        (ACCOUNT.api_key, ("nobody", DANA.password)),
        (ACCOUNT.api_key, ("alan@acme.example.com", DANA.password)),  # a contact without login access
    ],
)
def test_any_missing_or_wrong_credential_is_a_bare_401(
    dana: Pw, key: str | None, auth: tuple[str, str]
) -> None:
    response = dana.request("contactsList", key=key, auth=auth)
    assert response.status_code == 401
    assert response.content == b""


def test_missing_basic_credentials_is_a_bare_401(client: TestClient) -> None:
    response = client.get("/contacts", headers={"apikey": ACCOUNT.api_key})
    assert (response.status_code, response.content) == (401, b"")
    garbled = client.get("/contacts", headers={"apikey": ACCOUNT.api_key, "Authorization": "Basic !!!"})
    assert (garbled.status_code, garbled.content) == (401, b"")


@pytest.mark.parametrize(
    "url", [ACCOUNT.url, ACCOUNT.slug, ACCOUNT.slug.upper(), f"https://app.example.com/{ACCOUNT.slug}/"]
)
def test_login_with_basic_and_the_account_url_returns_the_key(dana: Pw, url: str) -> None:
    response = dana.request("loginGet", params={"url": url}, key=None)
    assert response.status_code == 200
    document = response.json()
    assert (document["apikey"], document["userid"], document["status"]) == (ACCOUNT.api_key, 1, "Success")


def test_login_needs_the_right_account(dana: Pw) -> None:
    assert dana.request("loginGet", params={"url": "someone-else"}, key=None).status_code == 401
    assert dana.request("loginGet", key=None).status_code == 401
    assert (
        dana.request(
            "loginGet", key=None, auth=(DANA.username, "wrong"), params={"url": ACCOUNT.slug}
        ).status_code
        == 401
    )
    assert dana.request("loginGet").json()["apikey"] == ACCOUNT.api_key


def test_secrets_never_reach_the_log(dana: Pw, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    dana.request("contactsList", auth=(DANA.username, "wrong-secret-xyz"))
    dana.request("contactsList", key="wrong-key-xyz")
    behaviour = dana.client.app.state.behaviour  # type: ignore[attr-defined]
    shown = caplog.text + repr(behaviour.store.credentials) + repr(behaviour.store.account)
    for secret in ("wrong-secret-xyz", "wrong-key-xyz", DANA.password, ACCOUNT.api_key):
        assert secret not in shown


# --- envelopes --------------------------------------------------------------------------------------------

LIST_CALLS = [
    ("companiesList", {}, "companies"),
    ("companiesListClient", {}, "companies"),
    ("companiesListContractor", {}, "companies"),
    ("companiesListStaff", {}, "companies"),
    ("companyContactsList", {"companyid": 2}, "contacts"),
    ("companyInvoicesList", {"companyid": 2}, "invoices"),
    ("companyNotesList", {"companyid": 2}, "notes"),
    ("companyProjectsList", {"companyid": 2}, "projects"),
    ("companyQuotesList", {"companyid": 3}, "quotes"),
    ("companyTagsList", {"companyid": 2}, "tags"),
    ("companyTasksList", {"companyid": 2}, "tasks"),
    ("contactsList", {}, "contacts"),
    ("contactsListClient", {}, "contacts"),
    ("contactsListContractor", {}, "contacts"),
    ("contactsListStaff", {}, "contacts"),
    ("contactsLocationsList", {}, "contacts"),
    ("contactGroupsList", {"contactid": 1}, "groups"),
    ("contactRolesList", {"contactid": 1}, "roles"),
    ("contactTagsList", {"contactid": 3}, "tags"),
    ("contactNotesList", {"contactid": 3}, "notes"),
    ("contactPermissionsList", {"contactid": 2}, "permissions"),
    ("contactProjectsList", {"contactid": 2}, "projects"),
    ("contactTasksList", {"contactid": 2}, "tasks"),
    ("eventsList", {}, "events"),
    ("expensesList", {}, "expenses"),
    ("filesList", {}, "files"),
    ("foldersList", {}, "folders"),
    ("invoicesList", {}, "invoices"),
    ("invoicesListOverdue", {}, "invoices"),
    ("invoiceLinesList", {"invoiceid": 1}, "lines"),
    ("messagesList", {}, "messages"),
    ("notesList", {}, "notes"),
    ("projectRequestsList", {}, "projectrequests"),
]


@pytest.mark.parametrize(("operation_id", "path", "key"), LIST_CALLS)
def test_lists_use_the_plural_envelope(dana: Pw, operation_id: str, path: dict[str, int], key: str) -> None:
    document = dana.ok(operation_id, path)
    assert document["status"] == "Success"
    assert document["count"] == len(document[key]) > 0
    assert document["totalcount"] >= document["count"]
    assert all(
        isinstance(row["id"], int) and not any(k.startswith("_") for k in row) for row in document[key]
    )


@pytest.mark.parametrize("operation_id", ["companyTimeList", "contactTimeList"])
def test_time_lists_carry_minutes_and_their_total(dana: Pw, operation_id: str) -> None:
    path = {"companyid": 2} if operation_id == "companyTimeList" else {"contactid": 2}
    params = {"trackedfrom": "2026-06-01", "trackedto": "+0d", "fields": "timetracked,contact"}
    document = dana.ok(operation_id, path, params)
    assert document["timerecords"] and document["total"] == sum(
        r["timetracked"] for r in document["timerecords"]
    )


SINGLE_CALLS = [
    ("companiesGet", {"companyid": 2}, "company", 2),
    ("contactsGet", {"contactid": 3}, "contact", 3),
    ("companyNotesGet", {"companyid": 2, "noteid": 2}, "note", 2),
    ("contactNotesGet", {"contactid": 3, "noteid": 3}, "note", 3),
    ("contactLocationGet", {"contactid": 2}, "location", None),
    ("contactPermissionsCheck", {"contactid": 2, "permissionid": 2}, "permission", 2),
    ("eventsGet", {"eventid": 1}, "event", 1),
    ("expensesGet", {"expenseid": 1}, "expense", 1),
    ("filesGet", {"fileid": 1}, "file", 1),
    ("foldersGet", {"folderid": 1}, "folder", 1),
    ("invoicesGet", {"invoiceid": 1}, "invoice", 1),
    ("invoiceLinesGet", {"invoiceid": 1, "lineid": 2}, "line", 2),
    ("messagesGet", {"messageid": 1}, "message", 1),
    ("notesGet", {"noteid": 1}, "note", 1),
    ("meGet", {}, "contact", DANA.contact_id),
]


@pytest.mark.parametrize(("operation_id", "path", "key", "item_id"), SINGLE_CALLS)
def test_single_items_use_the_singular_envelope(
    dana: Pw, operation_id: str, path: dict[str, int], key: str, item_id: int | None
) -> None:
    params = {"permissionsetting": "view"} if operation_id == "contactPermissionsCheck" else None
    document = dana.ok(operation_id, path, params=params)
    assert (document["count"], document["status"]) == (1, "Success")
    assert not any(k.startswith("_") for k in document[key])
    assert document[key].get("id") == item_id


def test_summaries_list_the_first_rows_per_type(dana: Pw) -> None:
    summary = dana.ok("companySummaryGet", {"companyid": 2})
    assert [c["id"] for c in summary["contacts"]] == [4, 3]  # by first name
    assert [i["id"] for i in summary["invoices"]] == [1]  # unpaid only
    assert [p["id"] for p in summary["projects"]] == [1]  # active only
    assert [t["id"] for t in summary["tasks"]] == [1, 2]
    only_contacts = dana.ok("companySummaryGet", {"companyid": 4}, {"types": "all"})
    assert set(only_contacts) == {"contacts", "count", "status"}
    contact = dana.ok("contactSummaryGet", {"contactid": 2}, {"types": "tasks", "pagesize": 1})
    assert [t["id"] for t in contact["tasks"]] == [1] and "projects" not in contact


def test_permission_check_and_password_reset(dana: Pw) -> None:
    check = dana.ok(
        "contactPermissionsCheck", {"contactid": 2, "permissionid": 2}, {"permissionsetting": "add"}
    )
    assert check["permission"]["allowed"] is False
    assert (
        dana.ok(
            "contactPermissionsCheck", {"contactid": 2, "permissionid": 2}, {"permissionsetting": "view"}
        )["permission"]["allowed"]
        is True
    )
    dana.fails(
        "contactPermissionsCheck", 404, {"contactid": 2, "permissionid": 99}, {"permissionsetting": "add"}
    )
    assert dana.ok("contactsForgotPassword", params={"email": CHLOE.email})["status"] == "Success"
    dana.fails("contactsForgotPassword", 404, params={"email": "nobody@example.com"})


def test_file_content_only_on_request(dana: Pw) -> None:
    plain = dana.ok("filesGet", {"fileid": 1})["file"]
    assert "content" not in plain and plain["size"] == len(b"Project brief\n")
    with_content = dana.ok("filesGet", {"fileid": 1}, {"content": "true"})["file"]
    assert base64.b64decode(with_content["content"]) == b"Project brief\n"


# --- writes -----------------------------------------------------------------------------------------------


def test_create_answers_201_with_the_new_id(dana: Pw) -> None:
    document = dana.ok("companiesCreate", body={"name": "Kite Media", "type": "client", "code": "KITE"})
    assert document["status"] == "Success" and len(document["details"]) == 1
    company = dana.ok("companiesGet", {"companyid": document["details"][0]["id"]})["company"]
    assert (company["name"], company["code"], company["type"]) == ("Kite Media", "KITE", "client")


def test_reset_returns_to_the_demo_account(client: TestClient, dana: Pw) -> None:
    created = dana.created_id("companiesCreate", body={"name": "Kite Media", "type": "client"})
    dana.ok("companiesDelete", {"companyid": 2})
    client.app.state.behaviour.reset()
    dana.fails("companiesGet", 404, {"companyid": created})
    assert dana.ok("companiesGet", {"companyid": 2})["company"]["id"] == 2


def test_update_changes_only_what_is_sent_and_empty_string_clears(dana: Pw) -> None:
    before = dana.ok("companiesGet", {"companyid": 2})["company"]
    dana.ok("companiesUpdate", {"companyid": 2}, body={"phone": "+1 555 9999", "fax": "", "city": "Ogden"})
    after = dana.ok("companiesGet", {"companyid": 2})["company"]
    assert after["phone"] == "+1 555 9999" and after["fax"] == ""
    assert (
        after["address"]["city"] == "Ogden" and after["address"]["address1"] == before["address"]["address1"]
    )
    assert {k: v for k, v in after.items() if k not in ("phone", "fax", "address", "lastmodified")} == {
        k: v for k, v in before.items() if k not in ("phone", "fax", "address", "lastmodified")
    }
    dana.ok("contactsUpdate", {"contactid": 4}, body={"title": ""})
    contact = dana.ok("contactsGet", {"contactid": 4})["contact"]
    assert contact["title"] == "" and contact["email"] == "alan@acme.example.com"


def test_partial_updates_of_the_other_families(dana: Pw) -> None:
    dana.ok("eventsUpdate", {"eventid": 1}, body={"title": "Kick-off (moved)"})
    event = dana.ok("eventsGet", {"eventid": 1})["event"]
    assert (event["title"], event["starttime"], [c["id"] for c in event["contacts"]]) == (
        "Kick-off (moved)",
        "2026-05-04T10:00:00",
        [1, 2],
    )
    dana.fails("eventsUpdate", 400, {"eventid": 1}, body={"endtime": "2026-05-04T09:00"})
    dana.ok("expensesUpdate", {"expenseid": 1}, body={"cost": 99.5, "description": ""})
    expense = dana.ok("expensesGet", {"expenseid": 1})["expense"]
    assert (expense["cost"], expense["description"], expense["name"]) == (99.5, "", "Stock photos")
    dana.ok("notesUpdate", {"noteid": 1}, body={"content": "New password on the board."})
    note = dana.ok("notesGet", {"noteid": 1})["note"]
    assert (note["title"], note["content"]) == ("Office wifi", "New password on the board.")
    dana.ok("messagesUpdate", {"messageid": 3}, body={"public": True})
    message = dana.ok("messagesGet", {"messageid": 3}, {"projectcontacts": "true"})["message"]
    assert message["public"] is True and message["content"].startswith("Internal")
    assert [c["id"] for c in message["projectcontacts"]] == [2, 5]
    dana.ok("meUpdate", body={"title": "Managing director"})
    me = dana.ok("meGet")["contact"]
    assert (me["title"], me["workphone"]) == ("Managing director", "+1 555 0101")


def test_password_change_through_me(dana: Pw) -> None:
    dana.ok("meUpdate", body={"password": "a-new-secret"})
    assert dana.request("meGet").status_code == 401
    assert dana.request("meGet", auth=(DANA.username, "a-new-secret")).status_code == 200


def test_deletes_answer_with_the_deleted_id_and_then_404(dana: Pw) -> None:
    for delete, get, path in [
        ("eventsDelete", "eventsGet", {"eventid": 2}),
        ("expensesDelete", "expensesGet", {"expenseid": 2}),
        ("filesDelete", "filesGet", {"fileid": 2}),
        ("messagesDelete", "messagesGet", {"messageid": 2}),
        ("notesDelete", "notesGet", {"noteid": 1}),
        ("invoicesDelete", "invoicesGet", {"invoiceid": 3}),
        ("contactsDelete", "contactsGet", {"contactid": 7}),
    ]:
        assert dana.ok(delete, path)["details"][0]["id"] == next(iter(path.values()))
        assert dana.fails(get, 404, path)
        assert dana.fails(delete, 404, path)
    dana.fails("contactsDelete", 400, {"contactid": DANA.contact_id})


@pytest.mark.parametrize(("delete_contacts", "left"), [(None, []), ("true", []), ("false", [3, 4])])
def test_company_delete_honours_deletecontacts(
    dana: Pw, delete_contacts: str | None, left: list[int]
) -> None:
    params = {} if delete_contacts is None else {"deletecontacts": delete_contacts}
    dana.ok("companiesDelete", {"companyid": 2}, params)
    dana.fails("companiesGet", 404, {"companyid": 2})
    remaining = set(dana.ids("contactsList", "contacts"))
    assert {3, 4} & remaining == set(left)
    dana.fails("notesGet", 404, {"noteid": 2})  # the company's note went with it
    if left:
        assert "companyid" not in dana.ok("contactsGet", {"contactid": 3})["contact"]
    dana.fails("companiesDelete", 400, {"companyid": 1})


def test_batch_creates_answer_one_detail_per_item_in_order(dana: Pw) -> None:
    companies = dana.ok(
        "companiesCreate", body=[{"name": "Alpha", "type": "client"}, {"name": "Beta", "type": "other"}]
    )
    alpha, beta = (d["id"] for d in companies["details"])
    assert beta == alpha + 1
    contacts = dana.ok(
        "contactsCreate",
        body=[
            {"companyid": alpha, "firstname": "Ann", "lastname": "Alpha", "type": "client"},
            {"companyid": alpha, "firstname": "Abe", "lastname": "Alpha", "type": "client"},
        ],
    )
    assert [d["name"] for d in contacts["details"]] == ["Ann Alpha", "Abe Alpha"]
    nested = dana.ok("companyContactsCreate", {"companyid": beta}, [{"firstname": "Bo", "lastname": "Beta"}])
    assert len(nested["details"]) == 1
    assert set(dana.ids("companyContactsList", "contacts", {"companyid": alpha})) == {
        d["id"] for d in contacts["details"]
    }
    lines = dana.ok(
        "invoiceLinesCreate",
        {"invoiceid": 2},
        [
            {"type": "heading", "name": "Extras"},
            {"type": "lineitem", "name": "Print", "quantity": 2, "rate": 50},
        ],
    )
    assert [d["name"] for d in lines["details"]] == ["Extras", "Print"]


def test_a_batch_with_one_bad_item_stores_nothing(dana: Pw) -> None:
    before = dana.ok("contactsList")["totalcount"]
    details = dana.fails(
        "contactsCreate",
        400,
        body=[
            {"companyid": 2, "firstname": "Good", "lastname": "One", "type": "client"},
            {"companyid": 999, "firstname": "Bad", "lastname": "One", "type": "client"},
        ],
    )
    assert "999" in details[0]
    assert dana.ok("contactsList")["totalcount"] == before
    dana.fails("companiesCreate", 400, body=[{"name": "Ok", "type": "client"}, {"name": "No type"}])
    assert "Ok" not in [c["name"] for c in dana.ok("companiesList")["companies"]]


def test_contact_logins_must_be_unique_and_new_logins_work(dana: Pw) -> None:
    body = {
        "firstname": "Zed",
        "lastname": "Zee",
        "username": "zed",
        "password": "zed-pass",
        "email": "zed@acme.example.com",
    }
    contact_id = dana.created_id("companyContactsCreate", {"companyid": 2}, body)
    zed = DemoUser(contact_id, "zed", "zed@acme.example.com", "zed-pass", "client")
    assert dana.as_user(zed).ok("meGet")["contact"]["id"] == contact_id
    assert "already in use" in dana.fails("companyContactsCreate", 400, {"companyid": 2}, body)[0]
    dana.fails(
        "contactsCreate", 400, body={"companyid": 2, "firstname": "S", "lastname": "T", "type": "staff"}
    )


def test_a_missing_item_named_in_a_body_is_400_on_create_and_update(dana: Pw) -> None:
    body = {"title": "t", "content": "c", "categoryid": 77, "contacts": "all"}
    assert dana.fails("notesCreate", 400, body=body) == ["'categoryid': Note category 77 not found"]
    assert dana.fails("notesUpdate", 400, {"noteid": 1}, {"categoryid": 77}) == [
        "'categoryid': Note category 77 not found"
    ]
    dana.fails("contactTagsUpdate", 400, {"contactid": 3}, {"tagid": "0"})


def test_timestamps_keep_four_digit_years(dana: Pw) -> None:
    event_id = dana.created_id(
        "eventsCreate",
        body={
            "title": "Old",
            "starttime": "0999-01-02T03:04",
            "endtime": "0999-01-02T05:00",
            "contacts": "me",
        },
    )
    event = dana.ok("eventsGet", {"eventid": event_id})["event"]
    assert (event["starttime"], event["endtime"]) == ("0999-01-02T03:04:00", "0999-01-02T05:00:00")


# --- nested resources ---------------------------------------------------------------------------------------


def test_a_company_note_is_the_same_note_everywhere(dana: Pw) -> None:
    note_id = dana.created_id(
        "companyNotesCreate", {"companyid": 3}, {"content": "Call back Monday", "title": "Follow-up"}
    )
    assert dana.ok("notesGet", {"noteid": note_id})["note"]["content"] == "Call back Monday"
    assert note_id in dana.ids("companyNotesList", "notes", {"companyid": 3})
    assert note_id in dana.ids("notesList", "notes")
    dana.fails("companyNotesGet", 404, {"companyid": 2, "noteid": note_id})
    dana.ok("notesUpdate", {"noteid": note_id}, body={"content": "Call back Tuesday"})
    assert (
        dana.ok("companyNotesGet", {"companyid": 3, "noteid": note_id})["note"]["content"]
        == "Call back Tuesday"
    )
    dana.ok("companyNotesDelete", {"companyid": 3, "noteid": note_id})
    assert note_id not in dana.ids("notesList", "notes")
    assert dana.fails("companyNotesCreate", 400, {"companyid": 3}, {"title": "no content"}) == [
        "'content' is a required field"
    ]


def test_a_contact_note_is_the_same_note_everywhere(dana: Pw) -> None:
    note_id = dana.created_id("contactNotesCreate", {"contactid": 4}, {"content": "Prefers phone calls"})
    assert note_id in dana.ids("contactNotesList", "notes", {"contactid": 4})
    assert dana.ok("notesGet", {"noteid": note_id})["note"]["content"] == "Prefers phone calls"
    dana.ok("notesDelete", {"noteid": note_id})
    dana.fails("contactNotesGet", 404, {"contactid": 4, "noteid": note_id})
    other = dana.created_id("contactNotesCreate", {"contactid": 4}, {"content": "Second"})
    dana.ok("contactNotesDelete", {"contactid": 4, "noteid": other})
    dana.fails("notesGet", 404, {"noteid": other})


def test_projects_added_for_a_contact_or_company_show_up_in_both(dana: Pw) -> None:
    project = dana.ok("contactProjectsCreate", {"contactid": 5}, {"title": "Catalogue", "startdate": "+1w"})[
        "details"
    ][0]
    assert project["number"] == "0004"
    assert project["id"] in dana.ids("contactProjectsList", "projects", {"contactid": 5})
    assert project["id"] in dana.ids("companyProjectsList", "projects", {"companyid": 3})
    for_company = dana.created_id(
        "companyProjectsCreate", {"companyid": 2}, {"title": "Trade fair", "staff": "2"}
    )
    assert for_company in dana.ids("companyProjectsList", "projects", {"companyid": 2})
    assert for_company in dana.ids("contactProjectsList", "projects", {"contactid": 2})
    assert for_company in dana.ids("contactProjectsList", "projects", {"contactid": 1})  # the manager (me)


def test_tags_groups_and_roles_add_and_remove(dana: Pw) -> None:
    dana.ok("companyTagsUpdate", {"companyid": 2}, {"tagid": "2"})
    assert dana.ids("companyTagsList", "tags", {"companyid": 2}) == [1, 2, 3]
    dana.ok("companyTagsUpdate", {"companyid": 2}, {"tagid": "1,3", "remove": True})
    assert [t["id"] for t in dana.ok("companiesGet", {"companyid": 2})["company"]["tags"]] == [2]
    dana.ok("contactTagsUpdate", {"contactid": 4}, {"tagid": "3"})
    assert dana.ids("contactTagsList", "tags", {"contactid": 4}) == [3]
    dana.ok("contactGroupsUpdate", {"contactid": 2}, {"groupid": "2"})
    assert dana.ids("contactGroupsList", "groups", {"contactid": 2}) == [1, 2]
    dana.ok("contactRolesUpdate", {"contactid": 2}, {"roleid": "1", "remove": True})
    assert dana.ids("contactRolesList", "roles", {"contactid": 2}) == []
    assert dana.fails("companyTagsUpdate", 400, {"companyid": 2}, {"tagid": "42"}) == [
        "'tagid': Tag 42 not found"
    ]
    assert dana.ids("contactGroupsList", "groups", {"contactid": 3}) == []  # groups belong to staff


def test_location_update_and_the_locations_list(dana: Pw, clock: FakeClock) -> None:
    dana.ok("contactLocationUpdate", {"contactid": 1}, {"latitude": 40.7128, "longitude": -74.006})
    location = dana.ok("contactLocationGet", {"contactid": 1})["location"]
    assert (location["latitude"], location["longitude"], location["locationtime"]) == (
        40.7128,
        -74.006,
        "2026-06-15T09:00:00",
    )
    assert dana.ids("contactsLocationsList", "contacts") == [1, 2]
    dana.fails("contactLocationUpdate", 400, {"contactid": 1}, {"latitude": 1.5})


def test_request_access_files_a_pending_contact(dana: Pw) -> None:
    body = {
        "companyname": "Lighthouse Co",
        "email": "lia@lighthouse.example.com",
        "firstname": "Lia",
        "lastname": "Light",
        "type": "client",
    }
    contact_id = dana.created_id("contactsRequestAccess", body=body)
    assert contact_id not in dana.ids("contactsList", "contacts")
    assert contact_id in dana.ids("contactsList", "contacts", params={"pending": "true"})


def test_messages_start_and_reply_to_discussions(dana: Pw) -> None:
    thread = dana.created_id(
        "messagesCreate",
        body={
            "title": "Timeline",
            "content": "Draft attached.",
            "contacts": "2,3",
            "projectid": 1,
            "files": "1",
        },
    )
    reply = dana.created_id("messagesCreate", body={"content": "Thanks!", "originalmessageid": thread})
    message = dana.ok("messagesGet", {"messageid": reply})["message"]
    assert (message["title"], message["originalmessageid"], message["project"]["id"]) == (
        "Timeline",
        thread,
        1,
    )
    assert dana.ok("messagesGet", {"messageid": thread})["message"]["files"] == [
        {"id": 1, "name": "brief.txt"}
    ]
    assert dana.fails("messagesCreate", 400, body={"content": "no thread", "projectid": 1})
    assert "999" in dana.fails("messagesCreate", 400, body={"content": "c", "originalmessageid": 999})[0]
    assert (
        "42"
        in dana.fails(
            "messagesCreate", 400, body={"content": "c", "title": "t", "contacts": "1", "taskid": 42}
        )[0]
    )


def test_files_and_folders(dana: Pw) -> None:
    content = base64.b64encode(b"hello world").decode()
    folder = dana.created_id("foldersCreate", body={"name": "Invoices", "projectid": 2, "contacts": "me"})
    file_id = dana.created_id(
        "filesCreate", body={"name": "hello.txt", "content": content, "folderid": folder}
    )
    file = dana.ok("filesGet", {"fileid": file_id})["file"]
    assert (file["size"], file["folder"]["id"], file["project"]["id"]) == (11, folder, 2)
    assert file["link"].startswith(ACCOUNT.url)
    assert dana.ok("foldersGet", {"folderid": folder})["folder"]["contacts"][0]["id"] == DANA.contact_id
    dana.fails("filesCreate", 400, body={"name": "x", "content": content, "projectid": 1, "taskid": 1})
    dana.fails("filesCreate", 400, body={"name": "x", "content": "not base64!", "projectid": 1})


def test_events_expenses_and_project_requests_are_created(dana: Pw) -> None:
    event = dana.created_id(
        "eventsCreate",
        body={
            "title": "Review",
            "starttime": "2026-06-16T10:00",
            "endtime": "2026-06-16T11:00",
            "contacts": "1,2",
        },
    )
    assert [c["id"] for c in dana.ok("eventsGet", {"eventid": event})["event"]["contacts"]] == [1, 2]
    assert (
        "Staff contact 3 not found"
        in dana.fails(
            "eventsCreate", 400, body={"title": "x", "starttime": "now", "endtime": "now", "contacts": "3"}
        )[0]
    )
    expense = dana.created_id(
        "expensesCreate", body={"name": "Taxi", "cost": 18.2, "projectid": 1, "date": "-1d"}
    )
    assert dana.ok("expensesGet", {"expenseid": expense})["expense"]["date"] == "2026-06-14T00:00:00"
    note = dana.created_id(
        "notesCreate", body={"title": "Lunch", "content": "Friday", "categoryid": 2, "contacts": "all"}
    )
    assert dana.ok("notesGet", {"noteid": note})["note"]["category"]["name"] == "Meetings"
    request_id = dana.created_id(
        "projectRequestsCreate", body={"title": "Podcast", "contactid": 5, "budget": 900}
    )
    assert request_id in dana.ids("projectRequestsList", "projectrequests")
    chloe = dana.as_user(CHLOE)
    mine = chloe.created_id("projectRequestsCreate", body={"title": "Newsletter"})
    assert chloe.ids("projectRequestsList", "projectrequests") == [1, mine]


# --- invoices ---------------------------------------------------------------------------------------------


def invoice(pw: Pw, invoice_id: int) -> dict[str, Any]:
    return dict(pw.ok("invoicesGet", {"invoiceid": invoice_id})["invoice"])


def test_invoice_totals_follow_the_lines(dana: Pw) -> None:
    body = {
        "contactid": 3,
        "title": "Extras",
        "taxrate": 10,
        "lines": [
            {"type": "lineitem", "name": "Prints", "quantity": 3, "rate": 20},
            {"type": "staffrate", "name": "Setup", "time": 90, "rate": 40, "taxable": False},
        ],
    }
    invoice_id = dana.created_id("invoicesCreate", body=body)
    created = invoice(dana, invoice_id)
    assert (created["companyid"], created["number"], created["status"]) == (2, "INV-0004", "unpaid")
    assert created["totals"] == {"subtotal": 120.0, "taxtotal": 6.0, "grandtotal": 126.0}
    assert created["duedate"] == "2026-07-15T00:00:00"
    paper = {"type": "lineitem", "name": "Paper", "quantity": 1, "rate": 30}
    line_id = dana.created_id("invoiceLinesCreate", {"invoiceid": invoice_id}, paper)
    assert invoice(dana, invoice_id)["totals"] == {"subtotal": 150.0, "taxtotal": 9.0, "grandtotal": 159.0}
    dana.ok("invoiceLinesUpdate", {"invoiceid": invoice_id, "lineid": line_id}, {"quantity": 2})
    assert invoice(dana, invoice_id)["grandtotal"] == 192.0
    assert dana.ok("invoiceLinesGet", {"invoiceid": invoice_id, "lineid": line_id})["line"]["total"] == 60.0
    dana.ok("invoiceLinesDelete", {"invoiceid": invoice_id, "lineid": line_id})
    assert invoice(dana, invoice_id)["totals"]["grandtotal"] == 126.0
    dana.ok(
        "invoicesUpdate", {"invoiceid": invoice_id}, {"discountvalue": "50%", "title": "Extras (discounted)"}
    )
    updated = invoice(dana, invoice_id)
    assert (updated["subtotal"], updated["taxtotal"], updated["title"]) == (60.0, 3.0, "Extras (discounted)")
    dana.fails(
        "invoiceLinesCreate", 400, {"invoiceid": invoice_id}, {"type": "taskrate", "name": "x", "rate": 10}
    )


def test_line_display_order(dana: Pw) -> None:
    new = dana.created_id(
        "invoiceLinesCreate",
        {"invoiceid": 1},
        {"type": "lineitem", "name": "Extra", "quantity": 1, "rate": 1, "displayorder": "after1"},
    )
    lines = dana.ok("invoiceLinesList", {"invoiceid": 1})["lines"]
    assert {line["id"]: line["displayorder"] for line in lines} == {1: 1.0, new: 2.0, 2: 3.0, 3: 4.0}
    dana.ok("invoiceLinesCreate", {"invoiceid": 1}, {"type": "heading", "name": "Last", "displayorder": 9.5})
    assert dana.ok("invoiceLinesList", {"invoiceid": 1})["lines"][-1]["displayorder"] == 9.5
    dana.fails(
        "invoiceLinesCreate",
        400,
        {"invoiceid": 1},
        {"type": "heading", "name": "x", "displayorder": "after4"},
    )


def test_mark_paid_and_unpaid_and_the_overdue_list(dana: Pw, clock: FakeClock) -> None:
    assert dana.ids("invoicesListOverdue", "invoices") == [1]
    clock.now += timedelta(days=20)  # invoice 2 falls due on 2026-07-01
    assert dana.ids("invoicesListOverdue", "invoices") == [1, 2]
    dana.ok("invoicesMarkAsPaid", {"invoiceid": 1}, {"paiddate": "2026-06-20"})
    paid = invoice(dana, 1)
    assert (paid["status"], paid["paiddate"]) == ("paid", "2026-06-20T00:00:00")
    assert dana.ids("invoicesListOverdue", "invoices") == [2]
    assert 1 in dana.ids("invoicesList", "invoices", params={"status": "paid"})
    dana.ok("invoicesMarkAsUnpaid", {"invoiceid": 1}, {})
    assert invoice(dana, 1)["status"] == "unpaid" and "paiddate" not in invoice(dana, 1)
    assert dana.ids("invoicesListOverdue", "invoices") == [1, 2]
    dana.ok("invoicesMarkAsPaid", {"invoiceid": 2})
    assert invoice(dana, 2)["paiddate"] == "2026-07-05T00:00:00"


def test_invoice_permissions(dana: Pw) -> None:
    sam = dana.as_user(SAM)
    assert sam.ok("invoicesList")["count"] == 2  # may view
    sam.fails("invoicesMarkAsPaid", 403, {"invoiceid": 1}, {})
    dana.as_user(CONNOR).fails("invoicesList", 403)
    chloe = dana.as_user(CHLOE)
    assert chloe.ids("invoicesList", "invoices", params={"status": "all"}) == [1, 3]
    chloe.fails("invoicesGet", 404, {"invoiceid": 2})


# --- protocol -----------------------------------------------------------------------------------------------


def test_etag_and_304(dana: Pw) -> None:
    first = dana.request("companiesGet", {"companyid": 2})
    etag = first.headers["etag"]
    assert etag and not etag.startswith('"')
    for sent in (etag, f'"{etag}"', f'W/"{etag}", "other"'):
        again = dana.request("companiesGet", {"companyid": 2}, headers={"If-None-Match": sent})
        assert (again.status_code, again.content, again.headers["etag"]) == (304, b"", etag)
    assert (
        dana.request("companiesGet", {"companyid": 2}, headers={"If-None-Match": "stale"}).status_code == 200
    )
    dana.ok("companiesUpdate", {"companyid": 2}, {"phone": "+1 555 7777"})
    changed = dana.request("companiesGet", {"companyid": 2}, headers={"If-None-Match": etag})
    assert changed.status_code == 200 and changed.headers["etag"] != etag
    assert (
        dana.request("companiesList").headers["etag"]
        != dana.request("companiesList", params={"fields": "name"}).headers["etag"]
    )


def test_rate_limit_headers_and_429(spec: dict[str, Any], operations: dict[str, Operation]) -> None:
    timer = FakeTimer()
    behaviour = create_behaviour(
        spec, clock=FakeClock(DEMO_NOW), rate_limit=3, rate_window=10, monotonic=timer
    )
    pw = Pw(TestClient(build_app(spec, behaviour)), spec, operations, DANA)
    remaining = [pw.request("meGet").headers["x-ratelimit-remaining"] for _ in range(3)]
    assert remaining == ["2", "1", "0"]
    refused = pw.request("meGet")
    assert refused.status_code == 429 and refused.json()["status"] == "Error"
    assert (refused.headers["x-ratelimit-limit"], refused.headers["x-ratelimit-remaining"]) == ("3", "0")
    timer.now += 4
    assert (
        pw.request("meGet", auth=(DANA.username, "wrong")).status_code == 429
    )  # counted before the password
    assert pw.request("loginGet", params={"url": ACCOUNT.slug}, key=None).headers["x-ratelimit-reset"] == "6"
    timer.now += 6
    fresh = pw.request("meGet")
    assert (
        fresh.status_code,
        fresh.headers["x-ratelimit-remaining"],
        fresh.headers["x-ratelimit-reset"],
    ) == (200, "2", "10")
    other_key = pw.request("meGet", key="not-the-key")
    assert (other_key.status_code, other_key.headers["x-ratelimit-remaining"]) == (401, "3")


def test_unknown_paths_get_an_html_page_and_missing_items_json(dana: Pw) -> None:
    page = dana.client.get(
        "/projectz", headers={"apikey": ACCOUNT.api_key}, auth=(DANA.username, DANA.password)
    )
    assert page.status_code == 404 and page.headers["content-type"].startswith("text/html")
    assert "x-ratelimit-limit" in page.headers
    assert dana.fails("companiesGet", 404, {"companyid": 999}) == ["Company 999 not found"]
    assert dana.fails("invoiceLinesGet", 404, {"invoiceid": 1, "lineid": 4})


def test_a_trailing_slash_reaches_the_same_call(dana: Pw) -> None:
    signed = {"headers": {"apikey": ACCOUNT.api_key}, "auth": (DANA.username, DANA.password)}
    for path in ("/contacts", "/messages", "/companies/2"):
        plain, slashed = dana.client.get(path, **signed), dana.client.get(path + "/", **signed)
        assert (slashed.status_code, slashed.json()) == (200, plain.json()), path
    assert dana.client.get("/projectz/", **signed).status_code == 404
    assert dana.client.get("/contacts//", **signed).status_code == 404


@pytest.mark.parametrize(
    ("operation_id", "path", "params", "body"),
    [
        ("companiesList", {}, {"pagenumber": "2"}, NO_BODY),
        ("companiesList", {}, {"sortby": "website"}, NO_BODY),
        ("companiesList", {}, {"nosuchparam": "1"}, NO_BODY),
        ("companiesGet", {"companyid": "abc"}, {}, NO_BODY),
        ("companiesCreate", {}, {}, {"name": "x", "type": "staff"}),
        ("companiesCreate", {}, {}, []),
        ("companiesCreate", {}, {}, "a string"),
        ("invoicesCreate", {}, {}, {"contactid": 3, "lines": [{"type": "bogus"}]}),
        (
            "eventsCreate",
            {},
            {},
            {"title": "x", "starttime": "2026-13-01T10:00", "endtime": "now", "contacts": "me"},
        ),
        ("expensesCreate", {}, {}, {"name": "x", "cost": 1, "projectid": 1, "date": "+99999999y"}),
        ("invoicesList", {}, {"duedatefrom": "2026-02-30"}, NO_BODY),
    ],
)
def test_bad_input_is_a_400_in_the_vendor_envelope(
    dana: Pw, operation_id: str, path: dict[str, Any], params: dict[str, str], body: Any
) -> None:
    details = dana.fails(operation_id, 400, path, params=params, body=body)
    assert details and all(isinstance(d, str) for d in details)


def test_the_paging_pair_message(dana: Pw) -> None:
    assert dana.fails("contactsList", 400, params={"pagesize": "2"}) == [
        "pagesize and pagenumber must both be provided in order to use paging"
    ]
    page = dana.ok("contactsList", params={"pagesize": "2", "pagenumber": "2", "sortby": "id"})
    assert ([c["id"] for c in page["contacts"]], page["count"], page["totalcount"]) == ([3, 4], 2, 7)


def test_malformed_json_and_wrong_media_type_are_400(dana: Pw) -> None:
    auth = (DANA.username, DANA.password)
    headers = {"apikey": ACCOUNT.api_key, "content-type": "application/json"}
    broken = dana.client.post("/companies", content=b'{"name": ', headers=headers, auth=auth)
    assert broken.status_code == 400 and broken.json()["status"] == "Error"
    text = dana.client.post(
        "/companies", content=b"name=x", headers={**headers, "content-type": "text/plain"}, auth=auth
    )
    assert text.status_code == 400


# --- visibility -------------------------------------------------------------------------------------------

STAFF_ONLY = {
    "email",
    "fax",
    "groups",
    "latitude",
    "longitude",
    "locationtime",
    "allowlogin",
    "username",
    "workphone",
    "mobilephone",
    "tags",
    "teams",
    "title",
}
ALL_FIELDS = (
    "apifields,address,company,email,fax,groups,image,lastmodified,location,logindetails,name,phone,roles,tags,teams,"
    "title,type"
)


def test_clients_see_staff_and_their_own_company_without_staff_only_fields(dana: Pw) -> None:
    chloe = dana.as_user(CHLOE)
    contacts = chloe.ok("contactsList", params={"fields": ALL_FIELDS})["contacts"]
    assert sorted(c["id"] for c in contacts) == [1, 2, 3, 4]
    assert all(not STAFF_ONLY & set(c) for c in contacts)
    assert STAFF_ONLY & set(dana.ok("contactsList", params={"fields": ALL_FIELDS})["contacts"][0])
    chloe.fails("contactsGet", 404, {"contactid": NINA.contact_id})
    assert "email" not in chloe.ok("contactsGet", {"contactid": 4})["contact"]
    assert chloe.ok("meGet")["contact"]["email"] == CHLOE.email  # one's own details are complete
    assert sorted(chloe.ids("companiesList", "companies")) == [1, 2]
    assert chloe.ids("companyProjectsList", "projects", {"companyid": 2}, {"status": "all"}) == [1, 3]
    chloe.fails("companyProjectsList", 404, {"companyid": 3})
    assert chloe.ids("messagesList", "messages") == [1, 2]
    nina = dana.as_user(NINA)
    assert sorted(nina.ids("contactsList", "contacts")) == [1, 2, 5]  # the pending colleague is hidden


def test_contractors_see_staff_and_themselves(dana: Pw) -> None:
    connor = dana.as_user(CONNOR)
    assert sorted(connor.ids("contactsList", "contacts")) == [1, 2, 6]
    assert connor.ids("contactTasksList", "tasks", {"contactid": CONNOR.contact_id}) == [2]
    connor.fails("contactsGet", 404, {"contactid": 3})
    assert connor.ids(
        "contactTimeList",
        "timerecords",
        {"contactid": 6},
        {"trackedfrom": "2026-06-01", "trackedto": "+0d", "fields": "timetracked"},
    ) == [2]


def test_group_role_and_permission_calls_are_for_staff(dana: Pw) -> None:
    chloe = dana.as_user(CHLOE)
    chloe.fails("contactGroupsList", 403, {"contactid": 1})
    chloe.fails("contactRolesUpdate", 403, {"contactid": 1}, {"roleid": "1"})
    chloe.fails("contactPermissionsList", 403, {"contactid": 1})
    assert [
        p["view"] for p in chloe.ok("contactPermissionsList", {"contactid": CHLOE.contact_id})["permissions"]
    ] == [True, True, False, False]
    chloe.fails("contactsLocationsList", 403)


def test_non_staff_cannot_change_the_account(dana: Pw) -> None:
    chloe = dana.as_user(CHLOE)
    chloe.fails("companiesCreate", 403, body={"name": "Mine", "type": "client"})
    chloe.fails("contactsUpdate", 403, {"contactid": 4}, {"title": "Boss"})
    chloe.fails("notesCreate", 403, body={"title": "t", "content": "c", "categoryid": 1, "contacts": "all"})
    chloe.fails(
        "eventsCreate", 403, body={"title": "t", "starttime": "now", "endtime": "now", "contacts": "me"}
    )
    chloe.ok("meUpdate", body={"mobilephone": "+1 555 0000"})
    reply = chloe.created_id("messagesCreate", body={"content": "See you", "originalmessageid": 1})
    assert dana.ok("messagesGet", {"messageid": reply})["message"]["author"]["id"] == CHLOE.contact_id
    chloe.ok("contactLocationUpdate", {"contactid": CHLOE.contact_id}, {"address": "22 Mill Road"})
    chloe.fails("contactLocationUpdate", 403, {"contactid": 4}, {"address": "22 Mill Road"})
    dana.as_user(CONNOR).fails("projectRequestsCreate", 403, body={"title": "x"})


# --- concurrency --------------------------------------------------------------------------------------------


def test_concurrent_writers_lose_nothing_and_show_no_half_made_objects(dana: Pw) -> None:
    threads, rounds = 6, 15
    errors: list[str] = []
    done = threading.Event()

    def writer(worker: int) -> None:
        for i in range(rounds):
            pair = [
                {"name": f"zz{worker}-{i}-{side}", "type": "client", "phone": "0", "fax": "0"}
                for side in "ab"
            ]
            response = dana.request("companiesCreate", body=pair)
            if response.status_code != 201:
                errors.append(response.text)
                continue
            first, second = (d["id"] for d in response.json()["details"])
            dana.request("companiesUpdate", {"companyid": first}, body={"phone": f"p{i}", "fax": f"p{i}"})
            if i % 3 == 0:
                dana.request("companiesDelete", {"companyid": second})

    def reader() -> None:
        while not done.is_set():
            rows = dana.ok("companiesList", params={"fields": "name,phone,fax", "searchname": "zz"})[
                "companies"
            ]
            names = {row["name"] for row in rows}
            errors.extend(f"half-made update: {row}" for row in rows if row["phone"] != row["fax"])
            errors.extend(
                f"half a batch: {name}"
                for name in names
                if name.endswith("-b") and name[:-1] + "a" not in names
            )

    workers = [threading.Thread(target=writer, args=(n,)) for n in range(threads)]
    watcher = threading.Thread(target=reader)
    watcher.start()
    for thread in workers:
        thread.start()
    for thread in workers:
        thread.join()
    done.set()
    watcher.join()
    assert errors == []
    made = dana.ok("companiesList", params={"searchname": "zz", "fields": "name,phone"})["companies"]
    deleted_per_worker = len(range(0, rounds, 3))
    assert len(made) == threads * (2 * rounds - deleted_per_worker)
    ids = [row["id"] for row in made]
    assert len(set(ids)) == len(ids)
    assert (
        dana.created_id("companiesCreate", body={"name": "after", "type": "other"})
        == 6 + 2 * threads * rounds + 1
    )


def test_threads_calling_the_handlers_directly_never_see_half_made_objects(
    spec: dict[str, Any], operations: dict[str, Operation]
) -> None:
    """The HTTP test above is serialised by the event loop; this one races real threads on the handlers."""
    behaviour = create_behaviour(spec, clock=FakeClock(DEMO_NOW))
    handlers = behaviour.handlers()
    staff = Caller(DANA.contact_id, "staff", 1)

    def call(operation_id: str, body: Any = None, **params: Any) -> Any:
        op = operations[operation_id]
        request = RawRequest(op.method.upper(), op.wire_path)
        reply = handlers[operation_id](Call(op, request, params, body, staff))
        assert isinstance(reply, Reply)
        return reply.payload

    threads, rounds, batch = 6, 12, 25
    errors: list[str] = []
    done = threading.Event()

    def writer(worker: int) -> None:
        for i in range(rounds):
            rows = [
                {"name": f"thr{worker}-{i}-{n}", "type": "client", "phone": "0", "fax": "0"}
                for n in range(batch)
            ]
            ids = [d["id"] for d in call("companiesCreate", rows)["details"]]
            for company_id in ids[:5]:
                call(
                    "companiesUpdate",
                    {"phone": f"p{i}", "fax": f"p{i}", "city": f"p{i}"},
                    companyid=company_id,
                )
            if i % 2:
                call("companiesDelete", companyid=ids[-1])

    def reader() -> None:
        while not done.is_set():
            try:
                listed = call("companiesList", fields="name,phone,fax", searchname="thr")["companies"]
            except RuntimeError as exc:  # what iterating a table while another thread changes it gives
                errors.append(f"torn read: {exc}")
                continue
            rows = [row for row in listed if row["name"].startswith("thr")]
            errors.extend(f"half-made update: {row}" for row in rows if row["phone"] != row["fax"])
            per_batch: dict[str, int] = {}
            for row in rows:
                key = row["name"].rsplit("-", 1)[0]
                per_batch[key] = per_batch.get(key, 0) + 1
            errors.extend(
                f"half a batch: {key} {n}" for key, n in per_batch.items() if n not in (batch - 1, batch)
            )

    workers = [threading.Thread(target=writer, args=(n,)) for n in range(threads)]
    watchers = [threading.Thread(target=reader) for _ in range(2)]
    switch_interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-5)  # switch threads often, so unguarded changes would be caught half-way
    try:
        for thread in [*watchers, *workers]:
            thread.start()
        for thread in workers:
            thread.join()
        done.set()
        for thread in watchers:
            thread.join()
    finally:
        sys.setswitchinterval(switch_interval)
    assert errors == []
    made = [c for c in behaviour.store.companies.all() if c["name"].startswith("thr")]
    assert len(made) == threads * (rounds * batch - rounds // 2)
    updated = [c for c in made if c["phone"] != "0"]
    assert len(updated) == threads * rounds * 5
    assert all(c["phone"] == c["fax"] == c["address"]["city"] for c in updated)


# --- coverage: runs after every other test (after_all) ----------------------------------------------------


COVERAGE_WAIT_SECONDS = 600


@pytest.fixture(autouse=True)
def shared_answers(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[None]:
    """After each test, what it got a 2xx for, in a file all of the run's processes share: the suite
    runs on several workers (pytest-xdist), and this module's tests may be spread over them."""
    before = set(ANSWERED)
    yield
    line = json.dumps({"test": request.node.nodeid, "answered": sorted(ANSWERED - before)})
    with answers_file(tmp_path_factory).open("a", encoding="utf-8") as shared:
        shared.write(line + "\n")


def answers_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.getbasetemp()
    # Workers each have their own base below the run's; the run's is what they share.
    return (base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base) / "proworkflow-answered.jsonl"


def mock_test_modules() -> list[Path]:
    """This module and its family modules (``test_mock_proworkflow_<family>.py``, and the account
    settings families' ``test_proworkflow_settings_<family>.py``), which share its fixtures and report
    their answers through ``shared_answers``."""
    here = Path(__file__).parent
    return sorted([*here.glob("test_mock_proworkflow*.py"), *here.glob("test_proworkflow_settings_*.py")])


@pytest.mark.after_all
def test_every_operation_answered_2xx_somewhere_in_these_modules(
    request: pytest.FixtureRequest, operations: dict[str, Operation], tmp_path_factory: pytest.TempPathFactory
) -> None:
    """Every operation of the spec got a 2xx from some test of this module or its family modules,
    wherever that test ran: runs after all other tests (``after_all``) and waits (bounded) for those
    still running on another worker."""
    modules = {path.stem for path in mock_test_modules()}
    items = [item for item in request.session.items if Path(str(item.fspath)).stem in modules]
    collected = {(Path(str(item.fspath)).stem, item.name.split("[")[0]) for item in items}
    defined = {
        (module.__name__.rsplit(".", 1)[-1], name)
        for module in {item.module for item in items}
        for name in dir(module)
        if name.startswith("test_") and callable(getattr(module, name))
    }
    if {module for module, _ in collected} != modules or collected != defined:
        pytest.skip("only meaningful when these modules run whole")
    assert all("shared_answers" in item.fixturenames for item in items), (
        "a module does not report its answers"
    )
    others = {item.nodeid for item in items} - {request.node.nodeid}
    deadline = time.monotonic() + COVERAGE_WAIT_SECONDS
    reported: dict[str, list[str]] = {}
    while not others <= set(reported) and time.monotonic() < deadline:
        time.sleep(0.2)
        path = answers_file(tmp_path_factory)
        lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
        reported = {entry["test"]: entry["answered"] for entry in map(json.loads, lines)}
    assert others <= set(reported), f"tests that never reported: {sorted(others - set(reported))[:5]}"
    answered = {operation for names in reported.values() for operation in names}
    assert sorted(set(operations) - answered) == []
