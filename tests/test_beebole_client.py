"""The generated Beebole client: one typed function per service, the wire request Beebole expects,
the error envelope raised although HTTP said 200, and a user's session against `apikit mock beebole`."""

from __future__ import annotations

import base64
import datetime
import json
from collections.abc import Iterator

import httpx
import pytest
from beebole_client import MAX_CALLS, BeeboleAuth, BeeboleError, BeeboleHTTPError, connect, run_services
from beebole_client.api.company import company_create, company_get
from beebole_client.api.project import project_create, project_get
from beebole_client.api.subproject import subproject_create
from beebole_client.api.time_entry import (
    time_entry_create,
    time_entry_get,
    time_entry_list,
    time_entry_submit,
)
from beebole_client.client import Client
from beebole_client.models import (
    CompanyCreateBody,
    CompanyGetBody,
    CustomFieldListBody,
    CustomFieldListOk,
    GroupTreeBody,
    GroupTreeOk,
    IdRef,
    NewCompany,
    NewProject,
    NewSubproject,
    ProjectCreateBody,
    ProjectGetBody,
    ProjectGetOk,
    SubprojectCreateBody,
    TimeEntryCreateOnProject,
    TimeEntryCreateOnSubproject,
    TimeEntryGetBody,
    TimeEntryListBody,
    TimeEntryStatus,
    TimeEntrySubmitForEntry,
)

from tests.support import running_mock

DEMO_TOKEN = "demo-token"  # the mock's documented demo account


def offline_client(handler: httpx.MockTransport, token: str = "secret-token") -> Client:
    return connect(token, base_url="https://beebole.test", httpx_args={"transport": handler})


def test_a_call_is_one_post_to_the_single_url_with_the_service_filled_in() -> None:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"status": "ok", "id": 7})

    client = offline_client(httpx.MockTransport(answer))
    created = company_create.sync(client=client, body=CompanyCreateBody(company=NewCompany(name="Acme")))
    assert created is not None and created.id == 7
    (request,) = seen
    assert request.method == "POST" and str(request.url) == "https://beebole.test/api/v2"
    assert json.loads(request.content) == {
        "service": "company.create",
        "company": {"name": "Acme", "corporate": False},
    }
    assert request.headers["authorization"] == "Basic " + base64.b64encode(b"secret-token:x").decode()


def test_the_error_envelope_is_raised_with_its_message_although_http_said_200() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"status": "error", "message": "Company not found"})

    client = offline_client(httpx.MockTransport(answer))
    with pytest.raises(BeeboleError) as caught:
        company_get.sync(client=client, body=CompanyGetBody(id=99))
    assert caught.value.message == "Company not found" and caught.value.service == "company.get"
    assert "Company not found" in str(caught.value)


def test_other_http_statuses_are_errors_of_their_own() -> None:
    client = offline_client(httpx.MockTransport(lambda request: httpx.Response(503, text="maintenance")))
    with pytest.raises(BeeboleHTTPError) as caught:
        company_get.sync(client=client, body=CompanyGetBody(id=1))
    assert caught.value.status_code == 503 and "maintenance" in str(caught.value)


def test_the_token_is_never_shown() -> None:
    client = offline_client(httpx.MockTransport(lambda request: httpx.Response(200, json={})), "tok-123456")
    assert "tok-123456" not in repr(BeeboleAuth("tok-123456"))
    assert "tok-123456" not in repr(client)
    failing = offline_client(
        httpx.MockTransport(lambda request: httpx.Response(200, json={"status": "error", "message": "no"})),
        "tok-123456",
    )
    with pytest.raises(BeeboleError) as caught:
        company_get.sync(client=failing, body=CompanyGetBody(id=1))
    assert "tok-123456" not in str(caught.value) and "tok-123456" not in repr(caught.value)


@pytest.fixture(scope="module")
def mock_url() -> Iterator[str]:
    with running_mock("beebole") as url:
        yield url


@pytest.fixture
def client(mock_url: str) -> Client:
    return connect(DEMO_TOKEN, base_url=mock_url)


def test_create_a_company_project_subproject_then_log_time_and_submit_it(client: Client) -> None:
    company = company_create.sync(client=client, body=CompanyCreateBody(company=NewCompany(name="Northwind")))
    assert company is not None
    project = project_create.sync(
        client=client,
        body=ProjectCreateBody(project=NewProject(name="Website", company=IdRef(id=company.id))),
    )
    assert project is not None
    subproject = subproject_create.sync(
        client=client,
        body=SubprojectCreateBody(subproject=NewSubproject(name="Design", project=IdRef(id=project.id))),
    )
    assert subproject is not None

    read = project_get.sync(client=client, body=ProjectGetBody(id=project.id))
    assert read is not None and read.project.name == "Website" and read.project.subprojects.count == 1

    day = datetime.date(2026, 11, 23)
    logged = time_entry_create.sync(
        client=client,
        body=TimeEntryCreateOnSubproject(
            subproject=IdRef(id=subproject.id), date=day, hours=2.5, comment="mockups"
        ),
    )
    assert logged is not None
    entry = logged.time_entry
    assert entry.status == TimeEntryStatus.D and entry.hours == 2.5 and entry.date == day

    time_entry_submit.sync(client=client, body=TimeEntrySubmitForEntry(id=entry.id, date=day))
    after = time_entry_get.sync(client=client, body=TimeEntryGetBody(id=entry.id, date=day))
    assert after is not None and after.time_entry.status == TimeEntryStatus.S

    listed = time_entry_list.sync(client=client, body=TimeEntryListBody(from_=day, to=day))
    assert listed is not None and entry.id in [item.id for item in listed.time_entries]


def test_logging_time_on_a_project_that_has_subprojects_is_refused(client: Client) -> None:
    company = company_create.sync(client=client, body=CompanyCreateBody(company=NewCompany(name="Contoso")))
    assert company is not None
    project = project_create.sync(
        client=client, body=ProjectCreateBody(project=NewProject(name="App", company=IdRef(id=company.id)))
    )
    assert project is not None
    subproject_create.sync(
        client=client,
        body=SubprojectCreateBody(subproject=NewSubproject(name="API", project=IdRef(id=project.id))),
    )
    with pytest.raises(BeeboleError) as caught:
        time_entry_create.sync(
            client=client,
            body=TimeEntryCreateOnProject(
                project=IdRef(id=project.id), date=datetime.date(2026, 11, 23), hours=1.0
            ),
        )
    assert caught.value.service == "time_entry.create" and caught.value.message


def test_a_wrong_token_gets_the_error_envelope(mock_url: str) -> None:
    intruder = connect("not-the-token", base_url=mock_url)
    with pytest.raises(BeeboleError):
        company_get.sync(client=intruder, body=CompanyGetBody(id=1))


def test_several_services_in_one_request_each_answer_typed_and_in_its_place(client: Client) -> None:
    tree, fields, missing, project = run_services(
        client,
        [GroupTreeBody(), CustomFieldListBody(), ProjectGetBody(id=99999), ProjectGetBody(id=18)],
    )
    assert [group.name for group in tree.parsed(GroupTreeOk).groups] == ["Country", "Department"]
    assert "Industry" in [field.name for field in fields.parsed(CustomFieldListOk).custom_fields]
    assert missing.error is not None and missing.error.service == "project.get"
    with pytest.raises(BeeboleError, match="no project has the id 99999"):
        missing.parsed(ProjectGetOk)
    assert project.error is None and project.parsed(ProjectGetOk).project.name == "Website"


def test_a_batch_is_bounded_and_refused_as_a_whole_for_a_wrong_token(mock_url: str, client: Client) -> None:
    with pytest.raises(ValueError, match="1 to 20"):
        run_services(client, [GroupTreeBody()] * (MAX_CALLS + 1))
    with pytest.raises(BeeboleError, match="token"):
        run_services(connect("not-the-token", base_url=mock_url), [GroupTreeBody()])
