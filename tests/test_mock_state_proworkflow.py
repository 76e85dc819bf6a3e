"""The ProWorkflow mock's state as data, through the host (apikit.mock.host): shown, reset, put back
and kept in SQLite across a crash; credentials as digests only, permissions kept."""

from __future__ import annotations

import copy
import json
import signal
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import httpx
import pytest
from starlette.testclient import TestClient

from apikit.mock import create_host
from apikit.mock.proworkflow.demo import ACCOUNT, DEMO_NOW, USERS
from apikit.mock.proworkflow.store import STATE_TABLES, Store
from apikit.mock.table import Table
from apikit.project import Project
from tests.support import ROOT, mock_process

STATE = "/__apikit/proworkflow/state"
NEW_LOGIN, NEW_PASSWORD = "zoe", "zoe-pass-9"
SAM_NEW_PASSWORD = "sam-new-pass"

Client = httpx.Client | TestClient


class Pw:
    """Calls as one contact: the account's API key and the contact's Basic credentials."""

    def __init__(self, client: Client, login: str = "dana", password: str = "dana-pass-1") -> None:
        self.client = client
        self.auth = (login, password)

    def call(self, method: str, path: str, body: Any = None) -> httpx.Response:
        return self.client.request(
            method, path, json=body, auth=self.auth, headers={"apikey": ACCOUNT.api_key}
        )

    def ok(self, method: str, path: str, body: Any = None) -> Any:
        answer = self.call(method, path, body)
        assert answer.status_code in (200, 201), f"{method} {path}: {answer.status_code} {answer.text}"
        return answer.json()

    def made_id(self, path: str, body: Any) -> int:
        return int(self.ok("POST", path, body)["details"][0]["id"])

    def signs_in(self) -> bool:
        return self.call("GET", "/me").status_code == 200


def host_client(**options: Any) -> TestClient:
    return TestClient(create_host(["proworkflow"], Project(ROOT), clock=lambda: DEMO_NOW, **options))


@pytest.fixture
def host() -> TestClient:
    return host_client()


def make_changes(dana: Pw) -> dict[str, int]:
    """Creates, updates and deletes across the account; the ids of what was made."""
    company = dana.made_id("/companies", {"name": "Delta Dynamics", "type": "client"})
    made = {
        "company": company,
        "contact": dana.made_id(
            "/contacts",
            {
                "companyid": company,
                "firstname": "Zoe",
                "lastname": "Zed",
                "type": "client",
                "username": NEW_LOGIN,
                "password": NEW_PASSWORD,
                "allowlogin": True,
            },
        ),
        "note": dana.made_id(
            f"/companies/{company}/notes", {"title": "Kick-off", "content": "Agreed scope."}
        ),
        "project": dana.made_id(f"/companies/{company}/projects", {"title": "Rebrand"}),
        "line": dana.made_id(
            "/invoices/1/lines", {"type": "lineitem", "name": "Extra", "quantity": 2, "rate": 50.0}
        ),
    }
    dana.ok("PUT", "/contacts/3", {"title": "Head of purchasing"})
    dana.ok("PUT", "/companies/2", {"phone": "+1 555 0199"})
    dana.ok("PUT", "/contacts/2", {"password": SAM_NEW_PASSWORD})
    dana.ok("DELETE", "/events/1")
    dana.ok("DELETE", "/companies/3")  # with its contacts: Nina (who could log in) and Petra
    return made


def reads(dana: Pw, made: Mapping[str, int]) -> dict[str, Any]:
    """What the API answers about the account, and about each object made."""
    company = made["company"]
    paths = [
        *("/companies", "/contacts", "/events", "/notes", "/invoices", "/files", "/files/folders"),
        *("/messages", "/expenses", "/projectrequests", "/me", "/contacts/location"),
        *(f"/companies/{company}", f"/contacts/{made['contact']}", f"/companies/{company}/projects"),
        *(f"/companies/{company}/notes/{made['note']}", f"/invoices/1/lines/{made['line']}", "/invoices/1"),
        *(
            "/companies/2/tasks",
            "/companies/2/time?trackedfrom=2026-01-01&trackedto=2026-12-31",
            "/companies/2/quotes",
            "/companies/2/summary",
        ),
        *("/contacts/1/permissions", "/contacts/2/permissions", "/contacts/6/permissions"),
    ]
    return {path: dana.ok("GET", path) for path in paths}


def test_a_state_put_back_after_a_reset_answers_every_read_as_before(host: TestClient) -> None:
    dana = Pw(host)
    made = make_changes(dana)
    before = reads(dana, made)
    state = host.get(STATE).json()
    assert host.post("/__apikit/proworkflow/reset").status_code == 204
    assert dana.call("GET", f"/companies/{made['company']}").status_code == 404, "reset forgot it"

    assert host.put(STATE, json=state).status_code == 204
    assert reads(dana, made) == before
    assert dana.call("GET", "/events/1").status_code == 404, "a deleted event stays gone"
    assert dana.call("GET", "/companies/3").status_code == 404, "and so does a deleted company"
    assert dana.call("GET", "/contacts/5").status_code == 404, "with its contacts"
    assert host.get(STATE).json() == state, "a restored state shows as it was given"


def test_ids_continue_after_the_highest_restored_one(host: TestClient) -> None:
    dana = Pw(host)
    made = make_changes(dana)
    state = host.get(STATE).json()
    highest = {name: max(row["id"] for row in state[name]) for name in STATE_TABLES if state[name]}
    assert host.post("/__apikit/proworkflow/reset").status_code == 204
    assert host.put(STATE, json=state).status_code == 204
    assert dana.made_id("/companies", {"name": "Echo", "type": "client"}) == highest["companies"] + 1
    contact = {"companyid": made["company"], "firstname": "Ed", "lastname": "Echo", "type": "client"}
    assert dana.made_id("/contacts", contact) == highest["contacts"] + 1
    event = {
        "contacts": "1",
        "title": "Review",
        "starttime": "2026-06-20T10:00",
        "endtime": "2026-06-20T11:00",
    }
    assert dana.made_id("/events", event) == highest["events"] + 1
    assert (
        dana.made_id("/notes", {"title": "Next", "content": "Next", "categoryid": 1, "contacts": "all"})
        == highest["notes"] + 1
    )
    line = {"type": "lineitem", "name": "More", "quantity": 1, "rate": 10.0}
    assert dana.made_id("/invoices/2/lines", line) == highest["invoicelines"] + 1


def test_contacts_sign_in_with_their_own_passwords_after_a_restore(host: TestClient) -> None:
    make_changes(Pw(host))
    state = host.get(STATE).json()
    assert host.post("/__apikit/proworkflow/reset").status_code == 204
    assert not Pw(host, NEW_LOGIN, NEW_PASSWORD).signs_in()
    assert host.put(STATE, json=state).status_code == 204

    assert Pw(host, NEW_LOGIN, NEW_PASSWORD).signs_in()
    assert Pw(host, "sam", SAM_NEW_PASSWORD).signs_in()
    assert not Pw(host, "sam", "sam-pass-2").signs_in(), "the password changed before the snapshot counts"
    assert not Pw(host, "nina", "nina-pass-5").signs_in(), "a deleted contact cannot sign in"
    assert Pw(host, "chloe", "chloe-pass-3").signs_in()


def test_the_state_holds_no_password_and_no_api_key(host: TestClient) -> None:
    make_changes(Pw(host))
    text = host.get(STATE).text
    for secret in (*(user.password for user in USERS), NEW_PASSWORD, SAM_NEW_PASSWORD, ACCOUNT.api_key):
        assert secret not in text
    state = json.loads(text)
    assert set(state["credentials"]) == {"1", "2", "3", "6", str(state["contacts"][-1]["id"])}
    assert all(set(c) == {"salt", "digest"} for c in state["credentials"].values())
    assert "5" not in state["contactpermissions"], "a deleted contact's permissions went with it"


def test_seed_data_may_give_a_password_which_is_kept_as_a_digest(host: TestClient) -> None:
    state = host.get(STATE).json()
    state["credentials"]["2"] = {"password": "sam-seeded-pass"}
    assert host.put(STATE, json=state).status_code == 204

    assert Pw(host, "sam", "sam-seeded-pass").signs_in()
    assert not Pw(host, "sam", "sam-pass-2").signs_in()
    assert Pw(host, "chloe", "chloe-pass-3").signs_in(), "the other digests are kept as given"
    shown = host.get(STATE)
    assert "sam-seeded-pass" not in shown.text
    assert set(shown.json()["credentials"]["2"]) == {"salt", "digest"}


def test_the_demo_accounts_data_file_is_a_seed_like_any_other(host: TestClient) -> None:
    demo_file = ROOT / "generator" / "apikit" / "mock" / "proworkflow" / "demo.yaml"
    seeded = host_client(seeds={"proworkflow": demo_file})
    started, from_file = host.get(STATE).json(), seeded.get(STATE).json()
    assert from_file.pop("credentials").keys() == started.pop("credentials").keys()
    loaded_at = {row.pop("lastmodified") for name in STATE_TABLES for row in from_file[name]}
    assert loaded_at == {"2026-06-15T09:00:00"}, "a row given without lastmodified was loaded now"
    for name in STATE_TABLES:
        for row in started[name]:
            del row["lastmodified"]
    assert from_file == started
    assert all(Pw(seeded, user.username, user.password).signs_in() for user in USERS)


def test_contact_permissions_are_part_of_the_state(host: TestClient) -> None:
    dana = Pw(host)
    state = host.get(STATE).json()
    assert state["contactpermissions"]["2"]["2"] == {
        "view": True,
        "add": False,
        "edit": False,
        "delete": False,
    }
    state["contactpermissions"]["2"]["2"]["add"] = True
    assert host.put(STATE, json=state).status_code == 204
    invoices = {p["name"]: p for p in dana.ok("GET", "/contacts/2/permissions")["permissions"]}["Invoices"]
    assert invoices["add"] is True


def test_every_table_of_the_store_is_in_the_state() -> None:
    store = Store(lambda: DEMO_NOW)
    tables = {name for name, value in vars(store).items() if isinstance(value, Table)}
    assert set(STATE_TABLES.values()) == tables


def _set(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    """A change of the state at ``section.key.key`` (list indexes as numbers)."""

    def change(state: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        node: Any = state
        for part in parents:
            node = node[int(part)] if isinstance(node, list) else node[part]
        key: Any = int(last) if isinstance(node, list) else last
        if value is _DELETE:
            del node[key]
        else:
            node[key] = value

    return change


_DELETE: Any = object()


def _duplicate_a_contact(state: dict[str, Any]) -> None:
    state["contacts"].insert(1, copy.deepcopy(state["contacts"][0]))


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (
            _set("timesheets", []),
            "state: no collection 'timesheets' in this mock; its collections are: companies",
        ),
        (_set("companies", {}), "state.companies: expected a list of Company rows, got dict"),
        (_set("tags.0", ["VIP"]), "state.tags[0]: expected a row (a mapping), got list"),
        (_set("projects.0.id", True), "state.projects[0][id]: expected a positive integer, got True"),
        (_set("notes.1.id", 0), "state.notes[1][id]: expected a positive integer, got 0"),
        (_duplicate_a_contact, "state.contacts[1][id]: a second Contact with id 1"),
        (_set("contacts.2.allowlogin", _DELETE), "state.contacts[2][allowlogin]: missing; every Contact row"),
        (_set("contactpermissions.99", {}), "state.contactpermissions[99]: no Contact with this id"),
        (_set("contactpermissions.1.9", {}), "state.contactpermissions[1][9]: no Permission with this id"),
        (_set("contactpermissions.1.1.view", "yes"), "state.contactpermissions[1][1]: expected a mapping"),
        (_set("credentials.99", {}), "state.credentials[99]: no Contact with this id"),
        (_set("credentials.1.digest", "zz"), "state.credentials[1][digest]: expected hex text"),
        (_set("credentials.1", {"password": ""}), "state.credentials[1]: a password is given alone"),
        (
            _set("credentials.1", {"password": "dana-pass-9", "salt": "00"}),
            "state.credentials[1]: a password is given alone",
        ),
    ],
)
def test_a_state_that_does_not_fit_is_refused_naming_the_place_and_changes_nothing(
    host: TestClient, change: Callable[[dict[str, Any]], None], problem: str
) -> None:
    dana = Pw(host)
    made = make_changes(dana)
    before, answers = host.get(STATE).json(), reads(dana, made)
    state = copy.deepcopy(before)
    change(state)
    refused = host.put(STATE, json=state)
    assert refused.status_code == 400 and problem in refused.json()["error"], refused.text
    assert host.get(STATE).json() == before
    assert reads(dana, made) == answers


def test_the_state_survives_a_crash_and_contacts_sign_in_again(tmp_path: Path) -> None:
    args = ("proworkflow", "--state", str(tmp_path / "mock.db"))
    with mock_process(*args) as (base, process), httpx.Client(base_url=base) as client:
        made = make_changes(Pw(client))
        contact = Pw(client).ok("GET", f"/contacts/{made['contact']}")
        process.send_signal(signal.SIGKILL)  # nothing written after the last answer
        process.wait(timeout=10)
    with mock_process(*args) as (base, _), httpx.Client(base_url=base) as client:
        zoe = Pw(client, NEW_LOGIN, NEW_PASSWORD)
        assert zoe.ok("GET", "/me")["contact"]["id"] == made["contact"]
        assert Pw(client).ok("GET", f"/contacts/{made['contact']}") == contact
        assert Pw(client, "sam", SAM_NEW_PASSWORD).signs_in()
        assert Pw(client).call("GET", "/events/1").status_code == 404
