"""No credential reaches a log record: each client, sync and async, against its mock with every logger
at DEBUG, then every secret that actually went on the wire is looked for in every formatted record.

httpx logs each request's full URL at INFO, and the 5pm password and session id and Worksection's
replayable md5 ``hash`` travel in the query string; httpcore logs response headers at DEBUG."""

from __future__ import annotations

import asyncio
import base64
import logging
import urllib.request
from collections.abc import Iterable, Iterator
from pathlib import Path

import beebole_client
import fivepm_client
import httpx
import proworkflow_client
import pytest
import worksection_client
from beebole_client.api.company import company_create, company_get, company_list
from beebole_client.models import CompanyCreateBody, CompanyGetBody, CompanyListBody, NewCompany
from fivepm_client import FivepmNotFound, FivepmSession, FivepmUnauthorized, iter_items
from fivepm_client.api.authentication import authentication_get_authorized_user, authentication_sign_in
from fivepm_client.api.projects import projects_add, projects_get_by_id, projects_get_list
from fivepm_client.models import ProjectInput, SessionResultEnvelope
from proworkflow_client import ProWorkflowNotFound, ProWorkflowUnauthorized
from proworkflow_client.api.companies import companies_create, companies_get, companies_list
from proworkflow_client.models import CompaniesCreateBody, CompaniesCreateBodyType
from worksection_client import WorksectionError
from worksection_client.api.projects import get_projects, get_projects_json
from worksection_client.models import GetProjectsParameters, ProjectFilter

from tests.support import ROOT, running_mock

FIVEPM_LOGIN, FIVEPM_PASSWORD = "demo@5pm.example", "demo-password"
PWF_KEY, PWF_USER, PWF_PASSWORD = "pwf-demo-4f1c2a9e7b3d5a60", "dana", "dana-pass-1"
BEEBOLE_TOKEN = "demo-token"
WS_ACCOUNT, WS_KEY = "demo", "5f2b8c0e9a7d4e61b3c8f0a2d9e4b7c1"
WRONG = {
    "fivepm": "wrong-password-5pm",
    "proworkflow": "wrong-password-pwf",
    "beebole": "wrong-token-beebole",
    "worksection": "0000aaaa1111bbbb2222cccc3333dddd",
}
SECRET_PARAMETERS = ("password", "sessionId", "hash")
SECRET_HEADERS = ("authorization", "apikey")
FORMAT = logging.Formatter("%(name)s %(levelname)s %(message)s")


class Wire(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """The real transports (so httpcore logs as usual), keeping every request and status sent."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        self.statuses: list[int] = []
        self._sync = httpx.HTTPTransport()
        self._async = httpx.AsyncHTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        response = self._sync.handle_request(request)
        self.statuses.append(response.status_code)
        return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        response = await self._async.handle_async_request(request)
        self.statuses.append(response.status_code)
        return response

    def close(self) -> None:
        self._sync.close()

    async def aclose(self) -> None:
        await self._async.aclose()

    def secrets(self) -> set[str]:
        """Every credential as sent: secret parameters, and credential headers whole and in parts
        (``Basic <base64>``, ``Admin <time>_<HMAC>``)."""
        found: set[str] = set()
        for request in self.requests:
            for name in SECRET_PARAMETERS:
                found.update(request.url.params.get_list(name))
            for name in SECRET_HEADERS:
                for value in request.headers.get_list(name):
                    found.add(value)
                    _scheme, _, credential = value.partition(" ")
                    if credential:
                        found.add(credential)
                        found.add(credential.rpartition("_")[2])
        return {secret for secret in found if secret}


class Capture(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)

    def texts(self) -> list[str]:
        """Each record as a handler would print it, message and exception text included."""
        texts = []
        for record in self.records:
            try:
                texts.append(record.getMessage())
                texts.append(FORMAT.format(record))
            except TypeError:  # what logging prints for a record that cannot be formatted
                texts.append(f"Message: {record.msg!r} Arguments: {record.args}")
            if record.exc_info:
                texts.append(FORMAT.formatException(record.exc_info))
            if record.exc_text:
                texts.append(record.exc_text)
        return texts


@pytest.fixture
def captured() -> Iterator[Capture]:
    """The root logger and httpx/httpcore at DEBUG with a handler that keeps every record."""
    handler = Capture()
    root = logging.getLogger()
    named = [logging.getLogger(name) for name in ("httpx", "httpcore")]
    levels = [root.level, *(logger.level for logger in named)]
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    for logger in named:
        logger.setLevel(logging.DEBUG)
    try:
        yield handler
    finally:
        root.removeHandler(handler)
        root.setLevel(levels[0])
        for logger, level in zip(named, levels[1:], strict=True):
            logger.setLevel(level)


def assert_no_secret_logged(capture: Capture, secrets: Iterable[str], host: str) -> None:
    secrets = {secret for secret in secrets if secret}
    texts = capture.texts()
    request_lines = [text for text in texts if text.startswith("HTTP Request:") and host in text]
    assert request_lines, "httpx logged no request line: the check would prove nothing"
    assert any(text.startswith("httpcore") for text in texts), "httpcore logged nothing at DEBUG"
    leaks = {secret: text for secret in secrets for text in texts if secret in text}
    assert not leaks, f"secrets in the logs: {leaks}"


# --- 5pm: sign-in (implicit and explicit), list, create, errors, a session that expires ------------------


@pytest.fixture(scope="module")
def fivepm_url() -> Iterator[str]:
    with running_mock("fivepm") as url:
        yield url + "/api/v2"


def expire_session(base_url: str, session_id: str) -> None:
    """End the session on the server behind the client's back (urllib logs nothing)."""
    url = f"{base_url}/service/get/authentication/signOut?sessionId={session_id}&retType=json"
    with urllib.request.urlopen(url, timeout=10) as answer:
        assert answer.status == 200


def test_fivepm_logs_no_password_or_session_id(fivepm_url: str, captured: Capture) -> None:
    wire = Wire()
    issued: list[str] = []
    with fivepm_client.connect(
        fivepm_url, FIVEPM_LOGIN, FIVEPM_PASSWORD, httpx_args={"transport": wire}
    ) as client:
        signed_in = authentication_sign_in.sync(client=client, login=FIVEPM_LOGIN, password=FIVEPM_PASSWORD)
        assert isinstance(signed_in, SessionResultEnvelope)
        issued.append(signed_in.data.session_id)  # a session asked for, never used on the wire
        projects_add.sync(client=client, project=ProjectInput(name="Logged but not leaked"))
        assert list(iter_items(projects_get_list.sync, client=client, page_size=2))
        with pytest.raises(FivepmNotFound):
            projects_get_by_id.sync(client=client, id=987654)
        session = client.get_httpx_client().auth
        assert isinstance(session, FivepmSession)
        first = session._session_id
        assert first is not None
        expire_session(fivepm_url, first)
        assert authentication_get_authorized_user.sync(client=client) is not None
        assert session._session_id not in (None, first) and 401 in wire.statuses  # signed in anew
        issued.append(session._session_id or "")

    async def async_calls() -> None:
        async with fivepm_client.connect(
            fivepm_url, FIVEPM_LOGIN, FIVEPM_PASSWORD, httpx_args={"transport": wire}
        ) as client:
            await projects_add.asyncio(client=client, project=ProjectInput(name="Async, not leaked"))
            assert await projects_get_list.asyncio(client=client, count=2) is not None
            with pytest.raises(FivepmNotFound):
                await projects_get_by_id.asyncio(client=client, id=987654)

    asyncio.run(async_calls())
    with (
        fivepm_client.connect(
            fivepm_url, FIVEPM_LOGIN, WRONG["fivepm"], httpx_args={"transport": wire}
        ) as client,
        pytest.raises(FivepmUnauthorized),
    ):
        authentication_get_authorized_user.sync(client=client)

    secrets = wire.secrets() | set(issued)
    assert {FIVEPM_PASSWORD, WRONG["fivepm"], first, issued[1]} <= secrets  # all went on the wire
    assert_no_secret_logged(captured, secrets, "127.0.0.1")
    assert any("sessionId=[redacted]" in text for text in captured.texts()), "the line stays useful"


def test_a_bare_generated_client_signing_in_logs_no_password(fivepm_url: str, captured: Capture) -> None:
    """Without ``connect``: the generated sign-in function on a plain ``Client`` (no session auth)."""
    wire = Wire()
    options = {"transport": wire, "params": {"retType": "json"}}  # JSON is what the models read
    with fivepm_client.Client(base_url=fivepm_url, httpx_args=options) as client:
        signed_in = authentication_sign_in.sync(client=client, login=FIVEPM_LOGIN, password=FIVEPM_PASSWORD)
    assert isinstance(signed_in, SessionResultEnvelope) and FIVEPM_PASSWORD in wire.secrets()
    assert_no_secret_logged(captured, {*wire.secrets(), signed_in.data.session_id}, "127.0.0.1")


# --- ProWorkflow: API key and Basic on every call, list, create, errors, a 429 waited out ---------------


@pytest.fixture(scope="module")
def proworkflow_url() -> Iterator[str]:
    with pytest.MonkeyPatch.context() as patch:
        # A limit a handful of calls exceed, in a window short enough to wait out in the test.
        patch.setenv("PROWORKFLOW_MOCK_RATE_LIMIT", "4")
        patch.setenv("PROWORKFLOW_MOCK_RATE_WINDOW", "1")
        with running_mock("proworkflow") as url:
            yield url


def test_proworkflow_logs_no_api_key_or_credentials(proworkflow_url: str, captured: Capture) -> None:
    wire = Wire()
    with proworkflow_client.connect(
        PWF_KEY, PWF_USER, PWF_PASSWORD, base_url=proworkflow_url, httpx_args={"transport": wire}
    ) as client:
        for number in range(3):
            body = CompaniesCreateBody(name=f"Quiet logs {number}", type_=CompaniesCreateBodyType.CLIENT)
            companies_create.sync(client=client, body=body)
            assert companies_list.sync(client=client) is not None
        with pytest.raises(ProWorkflowNotFound):
            companies_get.sync(client=client, companyid=987654)

    async def async_calls() -> None:
        async with proworkflow_client.connect(
            PWF_KEY, PWF_USER, PWF_PASSWORD, base_url=proworkflow_url, httpx_args={"transport": wire}
        ) as client:
            assert await companies_list.asyncio(client=client) is not None
            with pytest.raises(ProWorkflowNotFound):
                await companies_get.asyncio(client=client, companyid=987654)

    asyncio.run(async_calls())
    wrong = proworkflow_client.connect(
        PWF_KEY, PWF_USER, WRONG["proworkflow"], base_url=proworkflow_url, httpx_args={"transport": wire}
    )
    with wrong, pytest.raises(ProWorkflowUnauthorized):
        companies_list.sync(client=wrong)

    assert 429 in wire.statuses, "the rate limit was never hit: lower PROWORKFLOW_MOCK_RATE_LIMIT"
    basic = base64.b64encode(f"{PWF_USER}:{PWF_PASSWORD}".encode()).decode()
    secrets = wire.secrets() | {PWF_KEY, PWF_PASSWORD, WRONG["proworkflow"]}
    assert {PWF_KEY, basic, f"Basic {basic}"} <= secrets
    assert_no_secret_logged(captured, secrets, "127.0.0.1")


# --- Beebole: the token as Basic user on every call, list, create, error envelope --------------------


def test_beebole_logs_no_token(captured: Capture) -> None:
    wire = Wire()
    with running_mock("beebole") as url:
        with beebole_client.connect(BEEBOLE_TOKEN, base_url=url, httpx_args={"transport": wire}) as client:
            company_create.sync(client=client, body=CompanyCreateBody(company=NewCompany(name="Hush Ltd")))
            assert company_list.sync(client=client, body=CompanyListBody()) is not None
            with pytest.raises(beebole_client.BeeboleError):
                company_get.sync(client=client, body=CompanyGetBody(id=987654))

        async def async_calls() -> None:
            async with beebole_client.connect(
                BEEBOLE_TOKEN, base_url=url, httpx_args={"transport": wire}
            ) as client:
                assert await company_list.asyncio(client=client, body=CompanyListBody()) is not None
                with pytest.raises(beebole_client.BeeboleError):
                    await company_get.asyncio(client=client, body=CompanyGetBody(id=987654))

        asyncio.run(async_calls())
        with (
            beebole_client.connect(WRONG["beebole"], base_url=url, httpx_args={"transport": wire}) as client,
            pytest.raises(beebole_client.BeeboleError),
        ):
            company_list.sync(client=client, body=CompanyListBody())

    basic = base64.b64encode(f"{BEEBOLE_TOKEN}:x".encode()).decode()
    secrets = wire.secrets() | {BEEBOLE_TOKEN, WRONG["beebole"]}
    assert basic in secrets
    assert_no_secret_logged(captured, secrets, "127.0.0.1")


# --- Worksection: md5 hash (GET and POST), HMAC header, errors, a wrong key ---------------------------


def test_worksection_logs_no_key_hash_or_signature(captured: Capture) -> None:
    wire = Wire()
    with running_mock("worksection") as url:
        for signing in ("hash", "hmac"):
            with worksection_client.connect(
                WS_ACCOUNT, WS_KEY, signing=signing, base_url=url, httpx_args={"transport": wire}
            ) as client:
                active = get_projects.sync(client=client, filter_=ProjectFilter.ACTIVE, extra="users")
                assert active is not None
                body = GetProjectsParameters(filter_=ProjectFilter.ACTIVE)
                assert get_projects_json.sync(client=client, body=body) is not None
                with pytest.raises(WorksectionError):
                    get_projects.sync(client=client, extra="no-such-extra")

        async def async_calls() -> None:
            async with worksection_client.connect(
                WS_ACCOUNT, WS_KEY, signing="hash", base_url=url, httpx_args={"transport": wire}
            ) as client:
                assert await get_projects.asyncio(client=client) is not None

        asyncio.run(async_calls())
        with (
            worksection_client.connect(
                WS_ACCOUNT, WRONG["worksection"], base_url=url, httpx_args={"transport": wire}
            ) as client,
            pytest.raises(WorksectionError),
        ):
            get_projects.sync(client=client)

    hashes = [request for request in wire.requests if "hash" in request.url.params]
    signed = [request for request in wire.requests if "authorization" in request.headers]
    assert len(hashes) == 5 and len(signed) == 3
    secrets = wire.secrets() | {WS_KEY, WRONG["worksection"]}
    assert_no_secret_logged(captured, secrets, "127.0.0.1")
    assert any("hash=[redacted]" in text for text in captured.texts()), "the line stays useful"


# --- the filter itself ------------------------------------------------------------------------------------


def test_the_filter_cleans_arguments_already_formatted_messages_and_exception_text(captured: Capture) -> None:
    """Whatever shape a record has, a secret in it does not survive: a URL object among the
    arguments, a message formatted before logging, a secret the client knows, an exception whose
    message holds the URL."""
    client = fivepm_client.connect("http://127.0.0.1:9/api/v2", FIVEPM_LOGIN, "pw-known-to-the-client")
    logger = logging.getLogger("httpx")
    url = httpx.URL("http://127.0.0.1:9/api/v2/x?sessionId=0123abcd&retType=json")
    logger.info("HTTP Request: %s %s", "GET", url)
    logger.info(f"preformatted {url} Authorization: Basic dXNlcjpwYXNz")
    logger.debug("the password alone: %s", "pw-known-to-the-client")
    request = httpx.Request("GET", url)
    try:
        httpx.Response(500, request=request).raise_for_status()
    except httpx.HTTPStatusError:
        logger.exception("failed")
    texts = captured.texts()
    del client  # kept until here: a client's own secrets are redacted while it exists
    assert len(captured.records) == 4
    for secret in ("0123abcd", "dXNlcjpwYXNz", "pw-known-to-the-client"):
        assert not [text for text in texts if secret in text], secret
    assert "sessionId=[redacted]&retType=json" in captured.records[0].getMessage()
    assert "Authorization: [redacted]" in captured.records[1].getMessage()


def test_a_record_that_cannot_be_formatted_is_cleaned_too() -> None:
    """logging prints such a record's template and arguments as they are, so both are cleaned."""
    fivepm_client.connect("http://127.0.0.1:9/api/v2", FIVEPM_LOGIN, "pw")  # installs the filter
    record = logging.LogRecord(
        "httpx", logging.INFO, __file__, 1, "%s %s sessionId=0123abcd", ("password=hunter22",), None
    )
    logging.getLogger("httpx").filter(record)  # what the logger does before any handler sees it
    shown = f"{record.msg} {record.args}"
    assert "0123abcd" not in shown and "hunter22" not in shown and "[redacted]" in shown


def test_the_filter_is_added_once_per_package() -> None:
    for _ in range(3):
        fivepm_client.connect("http://127.0.0.1:9/api/v2", "someone", "password")
        proworkflow_client.connect("key", "user", "password")
        beebole_client.connect("token")
        worksection_client.connect("account", "key")
    for name in ("httpx", "httpcore.http11", "httpcore.connection"):
        filters = [f for f in logging.getLogger(name).filters if type(f).__name__ == "SecretFilter"]
        assert len(filters) == 4, name


def test_every_client_carries_the_same_redaction_module() -> None:
    copies = {
        path.relative_to(ROOT).as_posix(): path.read_text(encoding="utf-8")
        for path in sorted((ROOT / "generated" / "python").glob("*/*/lib/redaction.py"))
    }
    assert len(copies) == 4 and len(set(copies.values())) == 1, sorted(copies)
    assert all(Path(ROOT, path).is_file() for path in copies)
