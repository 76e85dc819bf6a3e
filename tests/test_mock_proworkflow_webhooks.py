"""The ProWorkflow mock's webhooks through HTTP: subscriptions and their rules, deliveries to a receiver
on 127.0.0.1 caused by ordinary calls (each body checked against the spec's top-level `webhooks`),
retries, giving up, the delivery log, where the mock may send, and the state. Every API answer is
checked against the spec (the `Pw` client of test_mock_proworkflow)."""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest
from starlette.testclient import TestClient

import tests.test_mock_proworkflow as main_tests
from apikit.mock import build_app, create_host
from apikit.mock.proworkflow import WEBHOOK_HOSTS_VARIABLE, create_behaviour
from apikit.mock.proworkflow.behaviour import ProWorkflowBehaviour
from apikit.mock.proworkflow.demo import ACCOUNT, CHLOE, CONNOR, DANA, DEMO_NOW
from apikit.mock.proworkflow.events import CALL_EVENTS, EVENTS, GROUP_PATHS, event_group
from apikit.mock.webhooks import (
    Attempt,
    Deliverer,
    Outcome,
    RetryPolicy,
    TargetPolicy,
    TargetRefused,
)
from apikit.project import Project
from apikit.spec import Operation, schema_validator
from tests.support import ROOT, free_port, mock_process
from tests.test_mock_proworkflow import FakeClock, Pw

# What each test got a 2xx for goes into the main mock tests' coverage report.
shared_answers = main_tests.shared_answers
spec = main_tests.spec
operations = main_tests.operations

FAST = RetryPolicy(delays=(0.05, 0.1), attempt_timeout=2.0)
"""Three attempts, close together: what the retry tests wait for."""
WAIT = 10.0
"""The longest a test waits for deliveries (they normally take milliseconds)."""


# --- a receiver on 127.0.0.1 ------------------------------------------------------------------------------


@dataclass
class Received:
    path: str
    body: Any
    content_type: str


@dataclass
class Receiver:
    """Takes POSTs and answers each with the next of ``statuses`` (200 once they run out); while
    ``hold`` is clear it keeps the answer back."""

    url: str
    statuses: list[int] = field(default_factory=list)
    received: list[Received] = field(default_factory=list)
    hold: threading.Event = field(default_factory=threading.Event)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def __post_init__(self) -> None:
        self.hold.set()

    def answer(self, received: Received) -> int:
        with self.lock:
            self.received.append(received)
            return self.statuses.pop(0) if self.statuses else 200

    def bodies(self, path: str) -> list[Any]:
        with self.lock:
            return [item.body for item in self.received if item.path == path]

    def count(self) -> int:
        with self.lock:
            return len(self.received)


def handler_for(receiver: Receiver) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("content-length", "0"))
            body = json.loads(self.rfile.read(length) or b"null")
            status = receiver.answer(Received(self.path, body, self.headers.get("content-type", "")))
            receiver.hold.wait(WAIT)
            self.send_response(status)
            self.send_header("content-length", "0")
            self.end_headers()

        def log_message(self, format: str, *args: Any) -> None:
            pass

    return Handler


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), BaseHTTPRequestHandler)
    found = Receiver(f"http://127.0.0.1:{server.server_address[1]}")
    server.RequestHandlerClass = handler_for(found)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield found
    found.hold.set()
    server.shutdown()
    server.server_close()


def wait_until(condition: Callable[[], bool], timeout: float = WAIT) -> None:
    ends = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < ends, "not within the wait"
        time.sleep(0.02)


# --- the mock ---------------------------------------------------------------------------------------------


@pytest.fixture
def behaviour(spec: dict[str, Any]) -> ProWorkflowBehaviour:
    return create_behaviour(spec, clock=FakeClock(DEMO_NOW), webhook_retry=FAST)


@pytest.fixture
def client(spec: dict[str, Any], behaviour: ProWorkflowBehaviour) -> Iterator[TestClient]:
    with TestClient(build_app(spec, behaviour)) as test_client:
        yield test_client
    behaviour.webhooks.deliverer.close()


@pytest.fixture
def dana(client: TestClient, spec: dict[str, Any], operations: dict[str, Operation]) -> Pw:
    return Pw(client, spec, operations, DANA)


def subscribe(pw: Pw, event: str, url: str) -> int:
    return pw.created_id("webhooksCreate", body={"event": event, "url": url})


def check_against_the_spec(spec: dict[str, Any], event: str, body: Any) -> None:
    schema = spec["webhooks"][event]["post"]["requestBody"]["content"]["application/json"]["schema"]
    schema_validator(spec, schema).validate(body)


def log(pw: Pw, **params: Any) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = pw.ok("webhooksRequestsList", params=params)["requests"]
    return rows


def hook_exists(pw: Pw, hook_id: int) -> bool:
    return pw.request("webhooksGet", {"webhookid": hook_id}).status_code == 200


# --- subscriptions ----------------------------------------------------------------------------------------


def test_a_webhook_is_added_read_readdressed_listed_and_deleted(dana: Pw, receiver: Receiver) -> None:
    answer = dana.ok("webhooksCreate", body={"event": "newproject", "url": f"{receiver.url}/new"})
    assert (answer["message"], answer["details"]) == ("Web Hook Added", [{"id": 1}])
    task_hook = subscribe(dana, "completetask", f"{receiver.url}/done")

    hook = dana.ok("webhooksGet", {"webhookid": 1})["webhook"]
    assert (hook["event"], hook["url"], hook["contactid"]) == (
        "newproject",
        f"{receiver.url}/new",
        DANA.contact_id,
    )
    assert dana.ok("webhooksUpdate", {"webhookid": 1}, {"url": f"{receiver.url}/projects"})["message"] == (
        "Web Hook Updated"
    )
    assert dana.ok("webhooksGet", {"webhookid": 1})["webhook"]["url"] == f"{receiver.url}/projects"
    # the event of a webhook never changes
    dana.fails("webhooksUpdate", 400, {"webhookid": 1}, {"url": receiver.url, "event": "newtask"})

    assert dana.ids("webhooksList", "webhooks") == [1, task_hook]
    assert dana.ids("webhooksList", "webhooks", params={"event": "task"}) == [task_hook]
    assert dana.ids("webhooksList", "webhooks", params={"event": "time"}) == []

    assert dana.ok("webhooksDelete", {"webhookid": 1})["message"] == "Web Hook Deleted"
    assert dana.fails("webhooksGet", 404, {"webhookid": 1}) == ["Web Hook 1 not found"]
    assert dana.ids("webhooksList", "webhooks") == [task_hook]


def test_an_unknown_event_is_refused(dana: Pw, receiver: Receiver) -> None:
    dana.fails("webhooksCreate", 400, body={"event": "newwidget", "url": receiver.url})
    dana.fails("webhooksCreate", 400, body={"url": receiver.url})


@pytest.mark.parametrize(
    "url",
    [
        "https://hooks.example.com/pwf",
        "http://10.0.0.7:8080/pwf",
        "http://[2001:db8::1]/pwf",
        "http://169.254.169.254/latest",
    ],
)
def test_a_webhook_to_another_host_is_refused_naming_the_url_and_the_option(dana: Pw, url: str) -> None:
    [problem] = dana.fails("webhooksCreate", 400, body={"event": "newproject", "url": url})
    assert url in problem
    assert "--webhook-host" in problem and WEBHOOK_HOSTS_VARIABLE in problem
    hook = subscribe(dana, "newproject", "http://127.0.0.1:9/pwf")
    [problem] = dana.fails("webhooksUpdate", 400, {"webhookid": hook}, {"url": url})
    assert url in problem
    assert dana.ok("webhooksGet", {"webhookid": hook})["webhook"]["url"] == "http://127.0.0.1:9/pwf"
    assert dana.ids("webhooksList", "webhooks") == [hook]


@pytest.mark.parametrize(
    "url",
    ["https://\x190\\k]/hook", "http://[127.0.0.1/hook", "http://127.0.0.1:99999/hook"],
)
def test_an_address_that_is_no_url_is_refused(dana: Pw, url: str) -> None:
    [problem] = dana.fails("webhooksCreate", 400, body={"event": "newproject", "url": url})
    assert "is not a URL" in problem  # a bracket that opens no IPv6 address, a port out of range
    assert dana.ids("webhooksList", "webhooks") == []


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:9/a", "http://127.8.9.10/a", "http://[::1]:9/a", "http://LocalHost:9/a"]
)
def test_loopback_addresses_are_accepted(dana: Pw, url: str) -> None:
    assert dana.ok("webhooksCreate", body={"event": "newtask", "url": url})["details"][0]["id"] == 1


def test_a_named_host_is_allowed_by_the_option(
    spec: dict[str, Any], operations: dict[str, Operation]
) -> None:
    sent: list[str] = []
    behaviour = create_behaviour(
        spec, clock=FakeClock(DEMO_NOW), webhook_hosts=["Hooks.Example.com"],
        webhook_send=lambda url, body, timeout: sent.append(url) or 200,
    )  # fmt: skip
    with TestClient(build_app(spec, behaviour)) as test_client:
        dana = Pw(test_client, spec, operations, DANA)
        subscribe(dana, "newtask", "https://hooks.example.com/pwf")
        dana.fails("webhooksCreate", 400, body={"event": "newtask", "url": "https://other.example.com/pwf"})
    behaviour.webhooks.deliverer.close()
    assert sent == []  # nothing happened that the webhook is for


def test_the_environment_allows_named_hosts(
    spec: dict[str, Any], operations: dict[str, Operation], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(WEBHOOK_HOSTS_VARIABLE, "hooks.example.com, relay.example.org")
    with TestClient(build_app(spec, create_behaviour(spec))) as test_client:
        dana = Pw(test_client, spec, operations, DANA)
        subscribe(dana, "newtask", "https://relay.example.org/pwf")
        dana.fails("webhooksCreate", 400, body={"event": "newtask", "url": "https://example.net/pwf"})


def test_the_cli_option_allows_a_named_host() -> None:
    with mock_process("proworkflow", "--webhook-host", "hooks.example.com") as (base_url, _):

        def add(url: str) -> httpx.Response:
            return httpx.post(
                f"{base_url}/settings/webhooks", json={"event": "newproject", "url": url},
                headers={"apikey": ACCOUNT.api_key}, auth=(DANA.username, DANA.password), timeout=10,
            )  # fmt: skip

        assert add("https://hooks.example.com/pwf").status_code == 201
        assert add("https://elsewhere.example.com/pwf").status_code == 400


@pytest.mark.parametrize("user", [CHLOE, CONNOR])
def test_clients_and_contractors_may_not_use_webhooks(dana: Pw, receiver: Receiver, user: Any) -> None:
    hook = subscribe(dana, "newproject", receiver.url)
    other = dana.as_user(user)
    other.fails("webhooksList", 403)
    other.fails("webhooksGet", 403, {"webhookid": hook})
    other.fails("webhooksCreate", 403, body={"event": "newtask", "url": receiver.url})
    other.fails("webhooksDelete", 403, {"webhookid": hook})
    other.fails("webhooksRequestsList", 403)


# --- deliveries -------------------------------------------------------------------------------------------

EVENTS_CAUSED = (
    "newproject", "editproject", "newtask", "completetask", "reactivatetask", "newtime", "starttimer",
    "stoptimer", "completeproject", "deletetask", "deleteproject", "newcompany", "editcompany",
)  # fmt: skip


def cause_events(pw: Pw) -> dict[str, int]:
    """A day's work through the API; the id each event in :data:`EVENTS_CAUSED` is about."""
    project = pw.created_id("projectsCreate", body={"title": "Harbour Lights", "companyid": 1})
    pw.ok("projectsUpdate", {"projectid": project}, {"description": "Night-time signage"})
    task = pw.created_id("projectTasksCreate", {"projectid": project}, {"name": "Survey the pier"})
    pw.ok("tasksComplete", {"taskid": task}, {})
    pw.ok("tasksReactivate", {"taskid": task}, {})
    time_record = pw.created_id(
        "taskTimeCreate", {"taskid": task}, {"contactid": DANA.contact_id, "timetracked": 90, "date": "+0d"}
    )
    timer = int(pw.ok("tasksStartTimer", {"taskid": task}, {})["details"][0]["id"])
    pw.ok("tasksStopTimer", {"taskid": task}, {})
    pw.ok("projectsComplete", {"projectid": project}, {})
    spare = pw.created_id("projectTasksCreate", {"projectid": project}, {"name": "Spare"})
    pw.ok("tasksDelete", {"taskid": spare})
    pw.ok("projectsDelete", {"projectid": project})
    company = pw.created_id("companiesCreate", body={"name": "Pier Trust", "type": "client"})
    pw.ok("companiesUpdate", {"companyid": company}, {"phone": "555 0100"})
    return {
        "newproject": project, "editproject": project, "newtask": task, "completetask": task,
        "reactivatetask": task, "newtime": time_record, "starttimer": timer, "stoptimer": timer,
        "completeproject": project, "deletetask": spare, "deleteproject": project, "newcompany": company,
        "editcompany": company,
    }  # fmt: skip


def test_events_caused_through_the_api_are_delivered_as_the_spec_describes(
    dana: Pw, receiver: Receiver, spec: dict[str, Any], client: TestClient
) -> None:
    hooks = {event: subscribe(dana, event, f"{receiver.url}/{event}") for event in EVENTS_CAUSED}
    about = cause_events(dana)
    # twice: newtime (stopping a timer files a time record) and newtask (the spare task)
    wait_until(lambda: receiver.count() == len(EVENTS_CAUSED) + 2)

    for event in EVENTS_CAUSED:
        bodies = receiver.bodies(f"/{event}")
        for body in bodies:
            check_against_the_spec(spec, event, body)
        assert about[event] in [body["id"] for body in bodies], event
        if event.startswith("delete"):
            assert bodies == [{"id": about[event]}]
        else:
            path = GROUP_PATHS[event_group(event)]
            assert {"id": about[event], "url": f"http://testserver/{path}/{about[event]}"} in bodies
    assert {item.content_type for item in receiver.received} == {"application/json"}
    assert sorted(body["id"] for body in receiver.bodies("/newtime")) == sorted(
        [about["newtime"], about["stoptimer"]]
    )
    # the address in a body reads the item back
    company_url = receiver.bodies("/newcompany")[0]["url"]
    shown = client.get(company_url, headers={"apikey": ACCOUNT.api_key}, auth=(DANA.username, DANA.password))
    assert shown.json()["company"]["name"] == "Pier Trust"

    wait_until(lambda: all(row["status"] == "complete" for row in log(dana)))
    rows = log(dana)
    assert len(rows) == len(EVENTS_CAUSED) + 2
    assert {(row["tries"], row["httpstatuscode"], row["nextruntime"]) for row in rows} == {(1, 200, "")}
    assert {row["resthookid"] for row in rows} == set(hooks.values())
    assert [row["requestid"] for row in rows] == sorted(row["requestid"] for row in rows)
    assert {row["event"] for row in log(dana, event="task")} == {
        "newtask", "completetask", "reactivatetask", "deletetask",
    }  # fmt: skip
    assert [row["dataid"] for row in log(dana, resthookid=hooks["newcompany"])] == [about["newcompany"]]
    assert log(dana, status="pending") == []
    assert len(log(dana, status="complete")) == len(rows)


def test_only_the_webhooks_of_an_event_get_it(dana: Pw, receiver: Receiver) -> None:
    subscribe(dana, "newtask", f"{receiver.url}/tasks-a")
    subscribe(dana, "newtask", f"{receiver.url}/tasks-b")
    subscribe(dana, "deletecompany", f"{receiver.url}/gone")
    task = dana.created_id("tasksCreate", body={"name": "Order signage", "projectid": 1})
    wait_until(lambda: receiver.count() == 2)
    time.sleep(0.2)  # nothing else arrives
    assert (
        receiver.bodies("/tasks-a")
        == receiver.bodies("/tasks-b")
        == [{"id": task, "url": f"http://testserver/tasks/{task}"}]
    )
    assert receiver.bodies("/gone") == []


def test_a_call_answers_without_waiting_for_the_receiver(dana: Pw, receiver: Receiver) -> None:
    subscribe(dana, "newtask", receiver.url)
    receiver.hold.clear()  # the receiver takes the POST and does not answer
    task = dana.created_id("tasksCreate", body={"name": "Answered at once", "projectid": 1})
    wait_until(lambda: receiver.count() == 1)
    [row] = log(dana)
    assert (row["status"], row["tries"], row["dataid"]) == ("pending", 0, task)
    receiver.hold.set()
    wait_until(lambda: log(dana)[0]["status"] == "complete")


def test_a_failing_receiver_is_tried_again_until_it_takes_the_delivery(dana: Pw, receiver: Receiver) -> None:
    receiver.statuses = [500, 503, 200]
    hook = subscribe(dana, "newtask", receiver.url)
    task = dana.created_id("tasksCreate", body={"name": "Third time lucky", "projectid": 1})
    wait_until(lambda: log(dana)[0]["status"] == "complete")
    assert receiver.bodies("/") == [{"id": task, "url": f"http://testserver/tasks/{task}"}] * 3
    [row] = log(dana)
    assert (row["tries"], row["httpstatuscode"], row["completetime"]) == (3, 200, "2026-06-15T09:00:00")
    assert hook_exists(dana, hook)


def test_a_receiver_that_keeps_failing_is_given_up_and_its_webhook_removed(
    dana: Pw, receiver: Receiver
) -> None:
    receiver.statuses = [500] * 10
    hook = subscribe(dana, "newtask", receiver.url)
    kept = subscribe(dana, "edittask", receiver.url)
    dana.created_id("tasksCreate", body={"name": "Nobody listens", "projectid": 1})
    wait_until(lambda: not hook_exists(dana, hook))
    time.sleep(sum(FAST.delays) + 0.2)  # no attempt after the last
    assert receiver.count() == FAST.attempts
    assert log(dana) == []  # the webhook's deliveries went with it
    assert dana.ids("webhooksList", "webhooks") == [kept]


def test_a_receiver_that_does_not_answer_is_given_up(dana: Pw) -> None:
    hook = subscribe(dana, "newtask", f"http://127.0.0.1:{free_port()}/closed")
    dana.created_id("tasksCreate", body={"name": "Into the void", "projectid": 1})
    wait_until(lambda: not hook_exists(dana, hook))
    assert log(dana) == []


def test_a_4xx_answer_removes_the_webhook_at_once(dana: Pw, receiver: Receiver) -> None:
    receiver.statuses = [410]
    hook = subscribe(dana, "newtask", receiver.url)
    dana.created_id("tasksCreate", body={"name": "Unsubscribe me", "projectid": 1})
    wait_until(lambda: not hook_exists(dana, hook))
    time.sleep(sum(FAST.delays) + 0.2)
    assert receiver.count() == 1


def test_deleting_a_webhook_drops_its_deliveries(dana: Pw, receiver: Receiver) -> None:
    receiver.hold.clear()
    hook = subscribe(dana, "newtask", receiver.url)
    dana.created_id("tasksCreate", body={"name": "First", "projectid": 1})
    wait_until(lambda: receiver.count() == 1)
    dana.created_id("tasksCreate", body={"name": "Second, never sent", "projectid": 1})
    dana.ok("webhooksDelete", {"webhookid": hook})
    assert log(dana) == []
    receiver.hold.set()
    time.sleep(0.3)
    assert receiver.count() == 1


def test_deliveries_beyond_the_queue_bound_are_not_taken(
    spec: dict[str, Any], operations: dict[str, Operation], receiver: Receiver
) -> None:
    behaviour = create_behaviour(spec, clock=FakeClock(DEMO_NOW), webhook_retry=RetryPolicy((), 5.0, 2))
    with TestClient(build_app(spec, behaviour)) as test_client:
        dana = Pw(test_client, spec, operations, DANA)
        subscribe(dana, "newtask", receiver.url)
        receiver.hold.clear()
        dana.created_id("tasksCreate", body={"name": "In flight", "projectid": 1})
        wait_until(lambda: receiver.count() == 1)
        for name in ("Queued 1", "Queued 2", "Over the bound"):
            dana.created_id(
                "tasksCreate", body={"name": name, "projectid": 1}
            )  # the call itself still succeeds
        assert len(log(dana)) == 3
        receiver.hold.set()
        wait_until(lambda: receiver.count() == 3)
    behaviour.webhooks.deliverer.close()


# --- state ------------------------------------------------------------------------------------------------


def test_webhooks_and_their_log_are_part_of_the_state(
    dana: Pw, receiver: Receiver, behaviour: ProWorkflowBehaviour
) -> None:
    hook = subscribe(dana, "newtask", receiver.url)
    dana.created_id("tasksCreate", body={"name": "Logged", "projectid": 1})
    wait_until(lambda: log(dana)[0]["status"] == "complete")
    state = behaviour.snapshot()
    assert [row["id"] for row in state["webhooks"]] == [hook]
    assert [row["status"] for row in state["webhookrequests"]] == ["complete"]

    behaviour.reset()
    assert dana.ids("webhooksList", "webhooks") == [] and log(dana) == []
    # a state with a delivery still pending: it is sent when the state is put in
    pending = {**state["webhookrequests"][0], "status": "pending", "tries": 0, "completetime": ""}
    behaviour.restore({**state, "webhookrequests": [pending]})
    wait_until(lambda: receiver.count() == 2)
    wait_until(lambda: log(dana)[0]["status"] == "complete")
    assert receiver.received[1].body == receiver.received[0].body


def test_a_state_with_an_incomplete_webhook_row_is_refused(behaviour: ProWorkflowBehaviour) -> None:
    from apikit.mock.engine import StateError

    state = behaviour.snapshot()
    with pytest.raises(StateError, match=r"state\.webhooks\[0\]\[url\]"):
        behaviour.restore({**state, "webhooks": [{"id": 1, "event": "newtask", "contactid": 1, "date": ""}]})


# --- the event table against the spec ---------------------------------------------------------------------


def test_the_mock_knows_exactly_the_spec_s_events(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    assert set(EVENTS) == set(schemas["WebhookEvent"]["enum"]) == set(spec["webhooks"])
    assert {event_group(event) for event in EVENTS} == set(schemas["WebhookEventGroup"]["enum"])


def test_every_call_that_fires_events_is_in_the_spec_with_the_item_it_names(
    operations: dict[str, Operation],
) -> None:
    for operation_id, fired in CALL_EVENTS.items():
        op = operations[operation_id]
        path_names = {p["name"] for p in op.parameters if p["in"] == "path"}
        for fires in fired:
            assert fires.event in EVENTS
            assert fires.source == "details" or fires.source in path_names, operation_id


# --- the delivery machinery (apikit.mock.webhooks) ---------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "allowed"),
    [
        ("http://127.0.0.1/x", True),
        ("http://127.255.0.1:81/x", True),
        ("http://[::1]/x", True),
        ("http://localhost./x", True),
        ("https://hooks.example.com/x", True),
        ("https://HOOKS.example.com./x", True),
        ("https://sub.hooks.example.com/x", False),
        ("http://0.0.0.0/x", False),
        ("http://[::ffff:10.0.0.1]/x", False),
        ("ftp://127.0.0.1/x", False),
        ("127.0.0.1/x", False),
    ],
)
def test_target_policy(url: str, allowed: bool) -> None:
    policy = TargetPolicy(frozenset({"hooks.example.com"}))
    if allowed:
        policy.check(url)
    else:
        with pytest.raises(TargetRefused):
            policy.check(url)


def test_the_deliverer_reports_each_attempt_and_stops_at_the_bound() -> None:
    reports: list[Attempt] = []
    done = threading.Event()

    def report(attempt: Attempt) -> None:
        reports.append(attempt)
        if attempt.outcome is not Outcome.RETRYING:
            done.set()

    def send(url: str, body: bytes, timeout: float) -> int:
        assert (url, json.loads(body), timeout) == ("http://127.0.0.1/x", {"id": 1}, 1.0)
        raise ConnectionRefusedError("refused")

    deliverer = Deliverer(RetryPolicy((0.01, 0.02), 1.0, 5), report, send=send)
    assert repr(deliverer).startswith("Deliverer(pending=")
    assert deliverer.submit("a", "http://127.0.0.1/x", {"id": 1})
    assert done.wait(WAIT)
    assert [(r.key, r.tries, r.status, r.outcome) for r in reports] == [
        ("a", 1, None, Outcome.RETRYING),
        ("a", 2, None, Outcome.RETRYING),
        ("a", 3, None, Outcome.GAVE_UP),
    ]
    assert [r.retry_in for r in reports] == [0.01, 0.02, None]
    deliverer.close()
    assert not deliverer.submit("b", "http://127.0.0.1/x", {"id": 1})


def test_the_retry_policy_bounds_a_delivery_in_time() -> None:
    policy = RetryPolicy((1.0, 5.0, 15.0), 10.0)
    assert (policy.attempts, policy.time_bound) == (4, 61.0)
    with pytest.raises(ValueError):
        RetryPolicy((-1.0,))


def test_under_a_mount_point_the_address_in_a_body_includes_it(spec: dict[str, Any]) -> None:
    sent: list[Any] = []
    delivered = threading.Event()

    def send(url: str, body: bytes, timeout: float) -> int:
        sent.append(json.loads(body))
        delivered.set()
        return 200

    host = create_host(
        ["proworkflow"], Project(ROOT), each_under_its_name=True, clock=FakeClock(DEMO_NOW), webhook_send=send
    )
    signed = {"headers": {"apikey": ACCOUNT.api_key}, "auth": (DANA.username, DANA.password)}
    with TestClient(host) as http:
        hook = {"event": "newtask", "url": "http://127.0.0.1:9/hook"}
        assert http.post("/proworkflow/settings/webhooks", json=hook, **signed).status_code == 201
        task = http.post("/proworkflow/tasks", json={"name": "Mounted", "projectid": 1}, **signed).json()
        assert delivered.wait(WAIT)
        task_id = task["details"][0]["id"]
        assert sent == [{"id": task_id, "url": f"http://testserver/proworkflow/tasks/{task_id}"}]
        assert http.get(sent[0]["url"], **signed).json()["task"]["name"] == "Mounted"


def test_webhook_addresses_never_reach_the_log(
    dana: Pw, receiver: Receiver, behaviour: ProWorkflowBehaviour, caplog: pytest.LogCaptureFixture
) -> None:
    secret = "s3cr3t-7f41c9"
    caplog.set_level(logging.DEBUG)
    receiver.statuses = [500]
    subscribe(dana, "newtask", f"{receiver.url}/{secret}")
    subscribe(dana, "newtask", f"http://127.0.0.1:{free_port()}/{secret}")
    dana.created_id("tasksCreate", body={"name": "Quietly", "projectid": 1})
    wait_until(lambda: receiver.count() == 2)
    wait_until(lambda: len(dana.ids("webhooksList", "webhooks")) == 1)  # the silent one given up
    assert secret not in caplog.text
    assert secret not in repr(behaviour.webhooks)


def test_a_restored_webhook_to_a_host_not_allowed_here_is_never_sent_to(
    spec: dict[str, Any], operations: dict[str, Operation]
) -> None:
    sent: list[str] = []
    behaviour = create_behaviour(
        spec, clock=FakeClock(DEMO_NOW), webhook_send=lambda url, body, timeout: sent.append(url) or 200
    )
    elsewhere = {
        "id": 1,
        "event": "newtask",
        "url": "https://hooks.example.com/pwf",
        "contactid": 1,
        "date": "",
    }
    waiting = {
        "id": 1, "resthookid": 1, "event": "newtask", "dataid": 1, "dataurl": "http://testserver/tasks/1",
        "url": elsewhere["url"], "httpstatuscode": None, "tries": 0, "starttime": "2026-06-15T09:00:00",
        "completetime": "", "nextruntime": "2026-06-15T09:00:00", "status": "pending",
    }  # fmt: skip
    behaviour.restore({**behaviour.snapshot(), "webhooks": [elsewhere], "webhookrequests": [waiting]})
    with TestClient(build_app(spec, behaviour)) as test_client:
        dana = Pw(test_client, spec, operations, DANA)
        dana.created_id("tasksCreate", body={"name": "Not for them", "projectid": 1})
        assert log(dana) == []
    time.sleep(0.2)
    behaviour.webhooks.deliverer.close()
    assert sent == []
