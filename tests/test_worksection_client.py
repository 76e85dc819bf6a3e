"""The generated Worksection client: signing done for the caller (the documented worked example is
the first test), typed errors with `status_code`, and a user's calls against `apikit mock worksection`."""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterator
from typing import Literal
from urllib.parse import parse_qsl

import httpx
import pytest
from worksection_client import (
    WorksectionError,
    WorksectionHashAuth,
    WorksectionHmacAuth,
    WorksectionHTTPError,
    admin_authorization,
    connect,
    query_hash,
)
from worksection_client.api.projects import get_projects
from worksection_client.client import Client
from worksection_client.models import Project, ProjectFilter, ProjectStatus

from tests.support import running_mock

DEMO_ACCOUNT = "demo"
DEMO_API_KEY = "5f2b8c0e9a7d4e61b3c8f0a2d9e4b7c1"  # the mock's documented demo account
SECRET = "0123456789abcdef0123456789abcdef"
Signing = Literal["hash", "hmac"]


def test_the_documented_worked_example() -> None:
    assert query_hash("action=get_tasks&id_project=26", "7776461cd931e7b1c8e9632ff8e979ce") == (
        "ec3ab2c28f21b4a07424f8ed688d6644"
    )


def recording(answer: dict[str, object], seen: list[httpx.Request]) -> httpx.MockTransport:
    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=answer)

    return httpx.MockTransport(handle)


def offline(signing: Signing, seen: list[httpx.Request], answer: dict[str, object] | None = None) -> Client:
    transport = recording(answer or {"status": "ok", "data": []}, seen)
    return connect("acme", SECRET, signing=signing, httpx_args={"transport": transport})


def test_the_hash_covers_the_query_exactly_as_sent_and_goes_last() -> None:
    seen: list[httpx.Request] = []
    result = get_projects.sync(
        client=offline("hash", seen), filter_=ProjectFilter.ACTIVE, extra="users,options"
    )
    assert result is not None and result.data == []
    (request,) = seen
    assert request.method == "GET" and request.url.host == "acme.worksection.com"
    assert request.url.path == "/api/admin/v2/"  # the spec's #get_projects is not sent
    sent = request.url.query.decode()
    unsigned, _, signature = sent.rpartition("&hash=")
    assert dict(parse_qsl(unsigned)) == {
        "action": "get_projects",
        "filter": "active",
        "extra": "users,options",
    }
    assert signature == hashlib.md5((unsigned + SECRET).encode()).hexdigest()


def test_the_hmac_header_signs_action_and_time() -> None:
    seen: list[httpx.Request] = []
    auth = WorksectionHmacAuth(SECRET, clock=lambda: 1767225600.4)
    client = Client(
        base_url="https://acme.worksection.com",
        httpx_args={"auth": auth, "transport": recording({"status": "ok", "data": []}, seen)},
    )
    get_projects.sync(client=client)
    expected = hmac.new(SECRET.encode(), b"get_projects:1767225600", hashlib.sha256).hexdigest()
    assert seen[0].headers["authorization"] == f"Admin 1767225600_{expected}"
    assert admin_authorization("get_projects", SECRET, 1767225600) == f"Admin 1767225600_{expected}"
    assert "hash" not in seen[0].url.params


def test_the_error_envelope_is_raised_with_its_code_although_http_said_200() -> None:
    seen: list[httpx.Request] = []
    answer = {"status": "error", "status_code": 2, "message": "Action hash is missed or invalid"}
    with pytest.raises(WorksectionError) as caught:
        get_projects.sync(client=offline("hash", seen, answer))
    assert caught.value.status_code == 2 and caught.value.action == "get_projects"
    assert "hash is missed" in str(caught.value)


def test_other_http_statuses_raise_their_own_error() -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(414, text="Request-URI Too Long"))
    client = connect("acme", SECRET, httpx_args={"transport": transport})
    with pytest.raises(WorksectionHTTPError) as caught:
        get_projects.sync(client=client)
    assert caught.value.http_status == 414


def test_the_api_key_is_never_shown() -> None:
    seen: list[httpx.Request] = []
    client = offline("hash", seen, {"status": "error", "status_code": 2, "message": "bad"})
    assert SECRET not in repr(WorksectionHashAuth(SECRET)) and SECRET not in repr(WorksectionHmacAuth(SECRET))
    assert SECRET not in repr(client)
    with pytest.raises(WorksectionError) as caught:
        get_projects.sync(client=client)
    assert SECRET not in str(caught.value) and SECRET not in repr(caught.value)


@pytest.fixture(scope="module")
def mock_url() -> Iterator[str]:
    with running_mock("worksection") as url:
        yield url


@pytest.mark.parametrize("signing", ["hash", "hmac"])
def test_list_active_projects_with_their_users_and_options(mock_url: str, signing: Signing) -> None:
    client = connect(DEMO_ACCOUNT, DEMO_API_KEY, signing=signing, base_url=mock_url)
    everything = get_projects.sync(client=client)
    active = get_projects.sync(client=client, filter_=ProjectFilter.ACTIVE, extra="users,options")
    assert everything is not None and active is not None
    assert active.data, "the demo account has active projects"
    assert {p.id for p in active.data} == {p.id for p in everything.data if p.status == ProjectStatus.ACTIVE}
    assert len(everything.data) > len(active.data)
    for project in active.data:
        assert project.status == ProjectStatus.ACTIVE
        assert project.users and all("@" in user.email for user in project.users)
        assert project.options and project.options.allow_close in (0, 1)
    assert all(not project.users and not project.options for project in everything.data)


def test_a_wrong_key_is_refused_with_code_2(mock_url: str) -> None:
    client = connect(DEMO_ACCOUNT, SECRET, base_url=mock_url)
    with pytest.raises(WorksectionError) as caught:
        get_projects.sync(client=client)
    assert caught.value.status_code == 2


RECORDED_PROJECT = {  # the first project of the vendor's recorded get_projects answer, without extras
    "id": "6622",
    "name": "Performance improvement",
    "page": "/project/6622/",
    "status": "active",
    "company": "Development",
    "user_from": {"id": "3993", "email": "henry.gardner@ws.com", "name": "Henry Gardner"},
    "user_to": {"id": "0", "email": "NOONE", "name": "Manager isn't assigned"},
    "date_added": "2021-01-01 10:18",
}


def test_the_fields_every_project_carries_are_typed_as_present() -> None:
    """id, user_to and date_added always come, so the client reads them as plain values, never Unset."""
    seen: list[httpx.Request] = []
    answer = {"status": "ok", "data": [RECORDED_PROJECT]}
    result = get_projects.sync(client=offline("hash", seen, answer))
    assert result is not None
    (project,) = result.data
    assert (project.id, project.date_added, project.user_to.email) == ("6622", "2021-01-01 10:18", "NOONE")
    for field in ("id", "user_to", "date_added"):
        trimmed = {key: value for key, value in RECORDED_PROJECT.items() if key != field}
        with pytest.raises(KeyError):
            Project.from_dict(trimmed)


def test_the_archive_filter_is_sent_as_the_service_reads_it() -> None:
    assert {f.value for f in ProjectFilter} == {"active", "pending", "archive"}
    seen: list[httpx.Request] = []
    get_projects.sync(client=offline("hash", seen), filter_=ProjectFilter.ARCHIVE)
    assert dict(parse_qsl(seen[0].url.query.decode()))["filter"] == "archive"
