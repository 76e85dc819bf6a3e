"""The Worksection mock against the real spec: signatures, filter and extra, errors, the rate limit."""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlencode

import httpx
import pytest
from starlette.testclient import TestClient

from apikit.load import load_document
from apikit.mock import create_app, response_schema
from apikit.mock.worksection import DEMO_API_KEY, admin_header, create_behaviour
from apikit.mock.worksection.behaviour import AccessToken
from apikit.project import Project
from apikit.spec import Operation, iter_operations, schema_validator
from tests.support import ROOT, FakeTime, running_mock

WIRE = "/api/admin/v2/"
T0 = 1_767_225_600  # 2026-01-01 00:00:00 UTC
OTHER_KEY = "0123456789abcdef0123456789abcdef"

ALL_IDS = ["2101", "2102", "2103", "2104"]
IDS_BY_FILTER = {
    None: ALL_IDS,
    "active": ["2101", "2102"],
    "pending": ["2103"],
    "archive": ["2104"],
}
ALWAYS = {"id", "name", "page", "status", "company", "user_from", "user_to", "date_added"}
SET_ON = {  # fields a project has because they are set, not because extra asked for them
    "2101": {"date_start", "date_end", "max_time", "max_money", "tags"},
    "2102": {"date_closed"},
    "2103": {"date_start", "max_money", "tags"},
    "2104": {"date_closed", "date_start", "date_end", "max_time"},
}
TEAMS = {"2101": ["101", "102", "103"], "2102": ["102", "104"], "2103": ["101", "104"], "2104": ["103"]}
TEXT_2101 = "New layout and copy for the public site.\nHome page\nPricing & plans"
HTML_2101 = (
    "<p>New layout and copy for the <b>public</b> site.</p>"
    "<ul><li>Home page</li><li>Pricing &amp; plans</li></ul>"
)


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    return load_document(Project(ROOT).spec_path("worksection")).document


@pytest.fixture(scope="module")
def operations(spec: dict[str, Any]) -> dict[str, Operation]:
    return {op.operation_id: op for op in iter_operations(spec)}


def md5_hash(query: str, key: str = DEMO_API_KEY) -> str:
    return hashlib.md5((query + key).encode()).hexdigest()


def signed(query: str, key: str = DEMO_API_KEY) -> str:
    """The query with its ``hash`` appended, computed by the documented rule (not the mock's code)."""
    return f"{query}&hash={md5_hash(query, key)}"


class Worksection:
    """A thin test client: builds exact query strings and checks every answer against the spec."""

    def __init__(
        self, client: TestClient, spec: dict[str, Any], operations: dict[str, Operation], clock: FakeTime
    ) -> None:
        self.client = client
        self.spec = spec
        self.clock = clock
        self.answer = schema_validator(spec, response_schema(spec, operations["getProjects"], 200))
        self.envelope = schema_validator(spec, spec["components"]["schemas"]["ErrorEnvelope"])

    def get(self, query: str, headers: Mapping[str, str] | None = None) -> httpx.Response:
        return self.checked(self.client.get(f"{WIRE}?{query}", headers=dict(headers or {})))

    def post(
        self, query: str, body: Any = None, headers: Mapping[str, str] | None = None, **kwargs: Any
    ) -> httpx.Response:
        sent = dict(headers or {})
        if body is not None:
            kwargs["json"] = body
        return self.checked(self.client.post(f"{WIRE}?{query}", headers=sent, **kwargs))

    def hmac(
        self, action: str = "get_projects", *, at: float | None = None, key: str = DEMO_API_KEY
    ) -> dict[str, str]:
        return {"Authorization": admin_header(action, int(self.clock() if at is None else at), key)}

    def checked(self, response: httpx.Response) -> httpx.Response:
        """Every answer of the API path is JSON, HTTP 200 and valid against the operation's answer."""
        assert response.status_code == 200, response.text
        assert response.headers["content-type"].startswith("application/json")
        self.answer.validate(response.json())
        return response

    def projects(self, query: str) -> list[dict[str, Any]]:
        body = self.get(signed(query)).json()
        assert body["status"] == "ok", body
        projects: list[dict[str, Any]] = body["data"]
        return projects

    def error(self, response: httpx.Response) -> dict[str, Any]:
        body: dict[str, Any] = response.json()
        assert body["status"] == "error", body
        self.envelope.validate(body)
        return body


def make_client(
    spec: dict[str, Any], operations: dict[str, Operation], clock: FakeTime | None = None, **options: Any
) -> Worksection:
    clock = clock or FakeTime(T0)
    app = create_app("worksection", Project(ROOT), clock=clock, **options)
    return Worksection(TestClient(app), spec, operations, clock)


@pytest.fixture()
def ws(spec: dict[str, Any], operations: dict[str, Operation]) -> Worksection:
    return make_client(spec, operations)


def code_of(ws: Worksection, response: httpx.Response) -> int:
    return int(ws.error(response)["status_code"])


# --- the md5 query hash -----------------------------------------------------------------------------------


def test_a_call_signed_with_the_query_hash_is_served(ws: Worksection) -> None:
    body = ws.get(signed("action=get_projects")).json()
    assert body["status"] == "ok"
    assert [p["id"] for p in body["data"]] == ALL_IDS


def test_the_hash_covers_the_query_exactly_as_sent(ws: Worksection) -> None:
    escaped = urlencode({"action": "get_projects", "extra": "text,options,users"})
    assert "%2C" in escaped  # what http clients send, and what is signed
    assert ws.get(signed(escaped)).json()["status"] == "ok"
    spaced = "action=get_projects&extra=text,%20options,%20users"
    assert ws.get(signed(spaced)).json()["status"] == "ok"


def test_upper_case_hex_is_the_same_hash(ws: Worksection) -> None:
    query = "action=get_projects&filter=active"
    assert ws.get(f"{query}&hash={md5_hash(query).upper()}").json()["status"] == "ok"


def test_the_hash_may_sit_anywhere_in_the_query(ws: Worksection) -> None:
    query = "action=get_projects&filter=pending"
    digest = md5_hash(query)
    answer = ws.get(f"action=get_projects&hash={digest}&filter=pending").json()
    assert [p["id"] for p in answer["data"]] == ["2103"]


@pytest.mark.parametrize(
    ("sent", "why"),
    [
        ("action=get_projects", "no hash at all"),
        (signed("action=get_projects", OTHER_KEY), "signed with another key"),
        (signed("action=get_projects&filter=active").replace("active", "pending"), "value changed"),
        (
            "filter=active&action=get_projects&hash=" + md5_hash("action=get_projects&filter=active"),
            "reordered",
        ),
        (
            "action=get_projects&extra=text%2Cusers&hash=" + md5_hash("action=get_projects&extra=text,users"),
            "signed decoded, sent escaped",
        ),
        (signed("action=get_projects") + "&filter=active", "parameter added after signing"),
        ("action=get_projects&hash=", "empty hash"),
        ("action=get_projects&hash=" + md5_hash("action=get_projects")[:-1], "truncated hash"),
    ],
)
def test_a_wrong_or_missing_hash_is_refused_with_code_2(ws: Worksection, sent: str, why: str) -> None:
    response = ws.get(sent)
    body = ws.error(response)
    assert (body["status_code"], body["message"]) == (2, "Action hash is missed or invalid"), why


def test_refusals_never_show_the_key_or_the_expected_hash(ws: Worksection) -> None:
    query = "action=get_projects&filter=active"
    response = ws.get(f"{query}&hash={'0' * 32}")
    assert code_of(ws, response) == 2
    assert DEMO_API_KEY not in response.text
    assert md5_hash(query) not in response.text
    behaviour = create_behaviour(ws.spec, api_key="a-very-secret-key")
    assert "a-very-secret-key" not in repr(behaviour)


def test_another_api_key_is_configurable_and_the_demo_key_then_fails(
    spec: dict[str, Any], operations: dict[str, Operation]
) -> None:
    worked_key = "7776461cd931e7b1c8e9632ff8e979ce"  # the key of the vendor's worked example
    ws = make_client(spec, operations, api_key=worked_key)
    assert ws.get(signed("action=get_projects&filter=active", worked_key)).json()["status"] == "ok"
    assert code_of(ws, ws.get(signed("action=get_projects&filter=active"))) == 2


# --- the HMAC header --------------------------------------------------------------------------------------


def test_a_call_signed_with_the_admin_header_is_served(ws: Worksection) -> None:
    body = ws.get("action=get_projects&filter=archive", headers=ws.hmac()).json()
    assert [p["id"] for p in body["data"]] == ["2104"]


def test_the_json_form_of_the_2026_clients_is_served(ws: Worksection) -> None:
    body = ws.post("action=get_projects", {"filter": "active", "extra": "users"}, ws.hmac()).json()
    assert [p["id"] for p in body["data"]] == ["2101", "2102"]
    assert all("users" in p and "text" not in p for p in body["data"])
    empty = ws.post(
        "action=get_projects", headers={**ws.hmac(), "Content-Type": "application/json"}, content=b""
    )
    assert [p["id"] for p in empty.json()["data"]] == ALL_IDS


@pytest.mark.parametrize("skew", [-300, 0, 300])
def test_timestamps_within_five_minutes_are_accepted(ws: Worksection, skew: int) -> None:
    response = ws.get("action=get_projects", headers=ws.hmac(at=T0 + skew))
    assert response.json()["status"] == "ok"


@pytest.mark.parametrize("skew", [-301, 301, -86_400])
def test_stale_or_future_timestamps_are_refused(ws: Worksection, skew: int) -> None:
    body = ws.error(ws.get("action=get_projects", headers=ws.hmac(at=T0 + skew)))
    assert body["status_code"] == 2
    assert "timestamp" in body["message_details"]


def test_a_header_signed_then_replayed_too_late_is_refused(ws: Worksection) -> None:
    header = ws.hmac()
    assert ws.get("action=get_projects", headers=header).json()["status"] == "ok"
    ws.clock.sleep(301)
    assert code_of(ws, ws.get("action=get_projects", headers=header)) == 2


@pytest.mark.parametrize(
    "header",
    [
        admin_header("get_projects", T0, OTHER_KEY),
        admin_header("get_tasks", T0, DEMO_API_KEY),  # signs another action
        admin_header("get_projects", T0 + 1, DEMO_API_KEY).replace(str(T0 + 1), str(T0)),  # time swapped
        f"Admin {T0}",
        f"Admin x{T0}_abc",
        "Admin ",
        f"Bearer {DEMO_API_KEY}",
        DEMO_API_KEY,
    ],
)
def test_a_wrong_admin_header_is_refused_with_code_2(ws: Worksection, header: str) -> None:
    assert code_of(ws, ws.get("action=get_projects", headers={"Authorization": header})) == 2
    assert code_of(ws, ws.post("action=get_projects", {}, headers={"Authorization": header})) == 2


def test_either_signature_is_enough(ws: Worksection) -> None:
    wrong_header = {"Authorization": admin_header("get_projects", T0, OTHER_KEY)}
    assert ws.get(signed("action=get_projects"), headers=wrong_header).json()["status"] == "ok"
    assert ws.get("action=get_projects&hash=" + "0" * 32, headers=ws.hmac()).json()["status"] == "ok"


# --- filter and extra -------------------------------------------------------------------------------------

EXTRAS: dict[str, tuple[str | None, bool, bool]] = {  # extra -> (text format, options?, users?)
    "": (None, False, False),
    "text": ("text", False, False),
    "html": ("html", False, False),
    "options": (None, True, False),
    "users": (None, False, True),
    "text,options,users": ("text", True, True),
    "text, options, users": ("text", True, True),  # as the vendor's Postman collection sends it
    "users,html": ("html", False, True),
}


@pytest.mark.parametrize("filter_value", list(IDS_BY_FILTER))
@pytest.mark.parametrize("extra", list(EXTRAS))
def test_filter_and_extra_select_exactly_the_right_projects_and_fields(
    ws: Worksection, filter_value: str | None, extra: str
) -> None:
    params = {"action": "get_projects"}
    if filter_value is not None:
        params["filter"] = filter_value
    if extra:
        params["extra"] = extra
    projects = ws.projects(urlencode(params))
    assert [p["id"] for p in projects] == IDS_BY_FILTER[filter_value]
    text_format, with_options, with_users = EXTRAS[extra]
    for project in projects:
        asked = {"text"} if text_format else set()
        asked |= {"options"} if with_options else set()
        asked |= {"users"} if with_users else set()
        assert set(project) == ALWAYS | SET_ON[project["id"]] | asked, project["id"]
        if with_users:
            assert [u["id"] for u in project["users"]] == TEAMS[project["id"]]
        if project["id"] == "2101" and text_format:
            assert project["text"] == (HTML_2101 if text_format == "html" else TEXT_2101)


def test_the_archive_filter_is_the_word_the_status_shows(ws: Worksection) -> None:
    (project,) = ws.projects("action=get_projects&filter=archive")
    assert (project["status"], project["date_closed"]) == ("archive", "2024-02-29 17:45")
    assert {p["status"] for p in ws.projects("action=get_projects")} == {"active", "pending", "archive"}


def test_the_documented_archived_filter_is_refused_with_code_11(ws: Worksection) -> None:
    for response in (
        ws.get(signed("action=get_projects&filter=archived")),
        ws.post("action=get_projects", {"filter": "archived"}, ws.hmac()),
    ):
        body = ws.error(response)
        assert body["status_code"] == 11 and "filter" in body["message_details"]


@pytest.mark.parametrize("extra", ["text,html", "html, text", "users,html,options,text"])
def test_an_extra_naming_both_description_formats_is_refused_with_code_11(
    ws: Worksection, extra: str
) -> None:
    for response in (
        ws.get(signed(urlencode({"action": "get_projects", "extra": extra}))),
        ws.get(signed(urlencode({"action": "get_project", "id_project": "2101", "extra": extra}))),
        ws.post("action=get_projects", {"extra": extra}, ws.hmac()),
    ):
        body = ws.error(response)
        assert body["status_code"] == 11 and "extra" in body["message_details"]
        assert "both description formats" in body["message_details"], "said in words, not as a schema"


def test_a_project_without_manager_or_description(ws: Worksection) -> None:
    (project,) = [p for p in ws.projects("action=get_projects&extra=text") if p["id"] == "2102"]
    assert project["user_to"] == {"id": "0", "email": "NOONE", "name": "Manager isn't assigned"}
    assert project["text"] == ""
    assert project["date_closed"] == "2024-03-01 18:00"  # active again after an earlier close


def test_text_is_the_html_description_as_plain_text(ws: Worksection) -> None:
    texts = {p["id"]: p["text"] for p in ws.projects("action=get_projects&extra=text")}
    htmls = {p["id"]: p["text"] for p in ws.projects("action=get_projects&extra=html")}
    assert texts["2103"] == "Move to the new office on Harbour Street.\nNetwork first."
    assert "<br>" in htmls["2103"]
    assert all("<" not in text for text in texts.values())


def test_options_have_all_flags_and_at_most_one_cost_rule(ws: Worksection) -> None:
    projects = ws.projects("action=get_projects&extra=options")
    assert len(projects) == 4
    for project in projects:
        options = project["options"]
        assert len(options) == 14 and set(options.values()) <= {0, 1}
        assert options["time_require"] + options["time_today"] + options["timer_only"] <= 1
    flags = {p["id"]: p["options"] for p in projects}
    assert (flags["2101"]["time_require"], flags["2102"]["time_today"], flags["2104"]["timer_only"]) == (
        1,
        1,
        1,
    )


def test_set_values_keep_their_types(ws: Worksection) -> None:
    projects = {p["id"]: p for p in ws.projects("action=get_projects")}
    assert projects["2101"]["tags"] == {"5501": "web", "5502": "priority"}
    assert (projects["2101"]["max_time"], projects["2103"]["max_money"]) == (320, 5000.5)
    assert projects["2104"]["user_from"] == {
        "id": "103",
        "email": "priya.raman@example.com",
        "name": "Priya Raman",
    }


def test_query_and_body_parameters_must_agree(ws: Worksection) -> None:
    same = ws.post("action=get_projects&filter=archive", {"filter": "archive"}, ws.hmac())
    assert [p["id"] for p in same.json()["data"]] == ["2104"]
    postman = ws.post(signed(urlencode({"action": "get_projects", "extra": "text, options, users"})))
    assert set(postman.json()["data"][0]) >= {"text", "options", "users"}
    clash = ws.error(ws.post("action=get_projects&filter=active", {"filter": "pending"}, ws.hmac()))
    assert clash["status_code"] == 11 and "filter" in clash["message_details"]


# --- errors -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "query", [signed("action=get_invoices"), signed("action=GET_PROJECTS"), signed("filter=active")]
)
def test_an_unknown_or_missing_action_gets_the_vendor_envelope(ws: Worksection, query: str) -> None:
    for response in (ws.get(query), ws.post(query)):
        assert response.status_code == 200
        assert code_of(ws, response) == 1


@pytest.mark.parametrize(
    "query",
    [
        "action=get_projects&filter=closed",
        "action=get_projects&filter=",
        "action=get_projects&extra=custom_fields",
        "action=get_projects&extra=",
        "action=get_projects&extra=text,,users",
        "action=get_projects&page=%2Fproject%2F2101%2F",
        "action=get_projects&filter[x]=active",
    ],
)
def test_a_bad_parameter_is_refused_with_code_11(ws: Worksection, query: str) -> None:
    body = ws.error(ws.get(signed(query)))
    assert body["status_code"] == 11
    assert body["message_details"]


@pytest.mark.parametrize(
    ("content", "content_type"),
    [
        (b'{"filter": "active", "id_project": 1}', "application/json"),
        (b'{"filter": "active",', "application/json"),
        (b"[]", "application/json"),
        (b"null", "application/json"),
        (b'{"extra": ["text"]}', "application/json"),
        (b"filter=active", "application/x-www-form-urlencoded"),
    ],
)
def test_a_bad_json_body_is_refused_with_code_11(ws: Worksection, content: bytes, content_type: str) -> None:
    response = ws.post(
        "action=get_projects", headers={**ws.hmac(), "Content-Type": content_type}, content=content
    )
    assert code_of(ws, response) == 11


@pytest.mark.parametrize(
    "raw_query",
    [
        "action=get_projects&filter=%zz",
        "action=get_projects&filter=%ff%fe",
        "action=get_projects&filter=a%00b",
        "action=get_projects&action=get_projects",
        "action[]=get_projects",
        "action=get_projects&" + "&".join(f"p{i}=1" for i in range(1200)),
        "=&&&",
        "hash&action=get_projects",
    ],
)
def test_never_a_5xx_for_malformed_input(ws: Worksection, raw_query: str) -> None:
    for response in (ws.client.get(f"{WIRE}?{raw_query}"), ws.client.post(f"{WIRE}?{raw_query}")):
        assert response.status_code == 200, response.text
        assert ws.error(response)["status_code"] in (1, 2, 11)


def test_a_url_over_8_kb_gets_414_like_the_vendors_web_server(ws: Worksection) -> None:
    response = ws.client.get(f"{WIRE}?{signed('action=get_projects&extra=' + 'text,' * 1700 + 'text')}")
    assert response.status_code == 414
    assert response.content == b""


def test_other_paths_and_methods_get_the_envelope_without_a_5xx(ws: Worksection) -> None:
    wrong_method = ws.client.put(f"{WIRE}?{signed('action=get_projects')}")
    assert wrong_method.status_code == 405
    assert wrong_method.headers["allow"] == "GET, POST"
    assert code_of(ws, wrong_method) == 1
    elsewhere = ws.client.get(f"/api/admin/v3/?{signed('action=get_projects')}")
    assert elsewhere.status_code == 404
    assert code_of(ws, elsewhere) == 1


# --- the rate limit ---------------------------------------------------------------------------------------


def test_the_rate_limit_is_off_by_default(ws: Worksection) -> None:
    for _ in range(5):
        assert ws.get(signed("action=get_projects")).json()["status"] == "ok"


def test_the_rate_limit_refuses_calls_closer_than_the_interval(
    spec: dict[str, Any], operations: dict[str, Operation]
) -> None:
    ws = make_client(spec, operations, min_interval=0.5)
    call = signed("action=get_projects")
    assert ws.get(call).json()["status"] == "ok"
    refused = ws.error(ws.get(call))
    assert (refused["status_code"], refused["message"]) == (9, "Too many requests")
    ws.clock.sleep(0.3)
    assert code_of(ws, ws.get(call)) == 9
    ws.clock.sleep(0.2)  # 0.5 s after the last call served: refused calls did not restart the wait
    assert ws.get(call).json()["status"] == "ok"
    ws.clock.sleep(0.49)
    assert code_of(ws, ws.get("action=get_projects", headers=ws.hmac())) == 9  # per account, any scheme
    ws.clock.sleep(0.01)
    assert ws.post("action=get_projects", {}, ws.hmac()).json()["status"] == "ok"


def test_the_limit_counts_signed_calls_only_and_comes_before_the_parameters(
    spec: dict[str, Any], operations: dict[str, Operation]
) -> None:
    ws = make_client(spec, operations, min_interval=1.0)
    bad_parameter = signed("action=get_projects&filter=bogus")
    assert code_of(ws, ws.get("action=get_projects")) == 2  # unsigned: refused, not counted
    assert ws.get(signed("action=get_projects")).json()["status"] == "ok"
    assert code_of(ws, ws.get(bad_parameter)) == 9  # the limit is checked before the parameters
    ws.clock.sleep(1.0)
    assert code_of(ws, ws.get(bad_parameter)) == 11  # let through, so it used up this second
    assert code_of(ws, ws.get(signed("action=get_projects"))) == 9


# --- concurrency and the real server ----------------------------------------------------------------------


def test_concurrent_calls_are_all_served(ws: Worksection) -> None:
    failures: list[str] = []
    query = signed("action=get_projects&extra=users")

    def worker() -> None:
        for _ in range(15):
            body = ws.client.get(f"{WIRE}?{query}").json()
            if body.get("status") != "ok" or len(body["data"]) != 4:
                failures.append(str(body))

    threads = [threading.Thread(target=worker) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []


def test_the_mock_command_serves_signed_calls_over_http() -> None:
    query = urlencode({"action": "get_projects", "filter": "pending", "extra": "text,users"})
    with running_mock("worksection") as base_url:
        good = httpx.get(f"{base_url}{WIRE}?{signed(query)}", timeout=10)
        bad = httpx.get(f"{base_url}{WIRE}?{query}&hash={md5_hash(query, OTHER_KEY)}", timeout=10)
    assert good.status_code == bad.status_code == 200
    assert [p["id"] for p in good.json()["data"]] == ["2103"]
    assert bad.json()["status_code"] == 2


def test_both_operations_answer_with_the_same_documented_shape(
    spec: dict[str, Any], operations: dict[str, Operation], ws: Worksection
) -> None:
    json_answer = schema_validator(spec, response_schema(spec, operations["getProjectsJson"], 200))
    via_get = ws.get(signed("action=get_projects&extra=text,options,users")).json()
    via_post = ws.post("action=get_projects", {"extra": "text,options,users"}, ws.hmac()).json()
    json_answer.validate(via_post)
    assert via_get == via_post


# --- the URLs the vendor's clients call -----------------------------------------------------------


def test_without_the_final_slash_a_signed_post_answers_like_the_documented_url(ws: Worksection) -> None:
    """The vendor's 2026 clients post to /api/admin/v2 (no slash) with the HMAC header."""
    documented = ws.client.post(f"{WIRE}?action=get_projects", json={"filter": "active"}, headers=ws.hmac())
    bare = ws.client.post("/api/admin/v2?action=get_projects", json={"filter": "active"}, headers=ws.hmac())
    assert bare.status_code == documented.status_code == 200
    assert bare.json() == documented.json() and bare.json()["status"] == "ok"
    assert [p["id"] for p in bare.json()["data"]] == IDS_BY_FILTER["active"]
    unsigned = ws.client.post("/api/admin/v2?action=get_projects", json={})
    assert unsigned.json()["status_code"] == 2


def test_user_token_actions_need_a_live_access_token(
    spec: dict[str, Any], operations: dict[str, Operation]
) -> None:
    clock = FakeTime(T0)
    tokens = {"fresh": AccessToken(102), "stale": AccessToken(103, expires_at=T0 + 60)}
    ws = make_client(spec, operations, clock, access_tokens=tokens)
    me = ws.client.get("/api/oauth2?action=me", headers={"Authorization": "Bearer fresh"})
    assert me.status_code == 200 and me.json()["data"]["email"] == "marcus.lee@example.com"
    by_query = ws.client.get("/api/oauth2/?action=me&access_token=stale")  # the 2023 SDK's slash and place
    assert by_query.json()["data"]["id"] == "103"
    clock.sleep(61)
    expired = ws.client.get("/api/oauth2?action=me", headers={"Authorization": "Bearer stale"})
    assert (expired.status_code, expired.json()["message"]) == (401, "Access token is expired")
    for headers in (
        {},
        {"Authorization": "Bearer nope"},
        {"Authorization": admin_header("me", T0, DEMO_API_KEY)},
    ):
        refused = ws.client.get("/api/oauth2?action=me", headers=headers)
        assert refused.status_code == 401, headers
    assert ws.client.get(f"{WIRE}?{signed('action=me')}").json()["status_code"] == 1  # not an admin action


def test_an_action_served_by_post_only_answers_405_naming_post(ws: Worksection) -> None:
    response = ws.client.get(f"{WIRE}?{signed('action=upload_files')}")
    assert response.status_code == 405 and response.headers["allow"] == "POST"
    assert response.json()["status"] == "error"
    options = ws.client.options(f"{WIRE}?{signed('action=get_projects')}")
    assert options.status_code == 405 and options.headers["allow"] == "GET, POST"
