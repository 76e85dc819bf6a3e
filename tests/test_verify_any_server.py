"""`apikit verify` against a server of any API: credentials from the command line placed by the spec's
security schemes and never shown, operations picked by include/exclude options, 429 answers waited
out and sent again, a JUnit report, and no hint for an option verify does not have.

Each test runs the real command (a child process) against a small server in this process on
127.0.0.1 that is conformant unless told otherwise; runs are kept short (one operation, few examples)
and bounded by a timeout.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import signal
import subprocess
import sys
import threading
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
import yaml

from tests.support import http_server

KEY = "k3y-Sec/ret+value=="  # characters that URL-encoding changes, to catch the encoded form too
BEARER = "bearer-0123456789-secret"
CUSTOM = "custom-header-secret-42"
PASSWORD = "pass-word-secret-7"
RUN_TIMEOUT = 240
MAX_OUTPUT_BYTES = 2_000_000

ERROR_SCHEMA = {"type": "object", "required": ["message"], "properties": {"message": {"type": "string"}}}
ERROR = {"description": "Refused.", "content": {"application/json": {"schema": ERROR_SCHEMA}}}


def tiny_spec(security_schemes: dict[str, Any], security: list[dict[str, list[str]]]) -> dict[str, Any]:
    """One operation, GET /items?limit=1..10, answering a list of integers."""
    return {
        "openapi": "3.1.0",
        "info": {"title": "tiny", "version": "1"},
        "security": security,
        "components": {"securitySchemes": security_schemes},
        "paths": {
            "/items": {
                "get": {
                    "operationId": "listItems",
                    "summary": "List items",
                    "description": "The items, at most `limit` of them.",
                    "tags": ["items"],
                    "parameters": [
                        {
                            "name": "limit",
                            "in": "query",
                            "description": "How many.",
                            "schema": {"type": "integer", "minimum": 1, "maximum": 10},
                        }
                    ],
                    "responses": {
                        "200": {
                            "description": "The items.",
                            "content": {
                                "application/json": {
                                    "schema": {"type": "array", "items": {"type": "integer"}}
                                }
                            },
                        },
                        **{status: ERROR for status in ("400", "401", "404", "429")},
                    },
                }
            }
        },
    }


QUERY_KEY = {"key": {"type": "apiKey", "in": "query", "name": "key"}}


@dataclass
class Behaviour:
    """How the server answers; it counts what it was sent."""

    credentials: dict[str, str] = field(default_factory=lambda: {"query:key": KEY})
    """Where each credential must be (``header:NAME``, ``query:NAME`` or ``cookie:NAME``) and its value."""
    limit_first: int = 0
    """The first this many requests are answered 429."""
    retry_after: str = "0"
    always: int | None = None
    """A status for every request, whatever it is."""
    echo_credentials: bool = False
    """Answer 200 with the credentials in a body the spec does not allow (a failure that shows them)."""
    announce: dict[str, str] = field(default_factory=dict)
    """Headers on every answer (a rate limit the server announces)."""
    requests: int = 0
    limited: int = 0
    signed_in: int = 0
    """Requests that carried every credential (and got past the check for them)."""
    lock: threading.Lock = field(default_factory=threading.Lock)


def handler_for(behaviour: Behaviour) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:
            pass

        def do_GET(self) -> None:
            self._answer(*self._decide())

        def _decide(self) -> tuple[int, Any, dict[str, str]]:
            url = urlsplit(self.path)
            if url.path != "/items":  # verify's look at the base URL, before the run, among them
                return 404, {"message": "no such path"}, {}
            with behaviour.lock:
                behaviour.requests += 1
                if behaviour.requests <= behaviour.limit_first or behaviour.always == 429:
                    behaviour.limited += 1
                    return 429, {"message": "slow down"}, {"Retry-After": behaviour.retry_after}
                if behaviour.always is not None:
                    return behaviour.always, {"message": "always"}, {}
            if self.command != "GET":
                return 405, {"message": "GET only"}, {"Allow": "GET"}
            query = parse_qs(url.query, keep_blank_values=True)
            if not self._signed_in(query):
                return 401, {"message": "who are you?"}, {}
            with behaviour.lock:
                behaviour.signed_in += 1
            limit = query.get("limit")
            if limit is not None and not (len(limit) == 1 and re.fullmatch(r"[0-9]{1,2}", limit[0])):
                return 400, {"message": "limit is a number"}, {}
            if limit is not None and not 1 <= int(limit[0]) <= 10:
                return 400, {"message": "limit is 1 to 10"}, {}
            if behaviour.echo_credentials:
                return 200, {"you": {**dict(self.headers), **{k: v[0] for k, v in query.items()}}}, {}
            return 200, [1, 2, 3], {}

        def _signed_in(self, query: dict[str, list[str]]) -> bool:
            cookies = SimpleCookie(self.headers.get("Cookie", ""))
            for place, value in behaviour.credentials.items():
                where, _, name = place.partition(":")
                given = {
                    "header": self.headers.get(name),
                    "query": (query.get(name) or [None])[0],
                    "cookie": cookies[name].value if name in cookies else None,
                }[where]
                if given != value:
                    return False
            return True

        def _answer(self, status: int, body: Any, headers: dict[str, str]) -> None:
            payload = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            for name, value in {**behaviour.announce, **headers}.items():
                self.send_header(name, value)
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(payload)

        def __getattr__(self, name: str) -> Any:
            # Every method (schemathesis also tries ones the spec does not list, even QUERY).
            if name.startswith("do_"):
                return self.do_GET
            raise AttributeError(name)

    return Handler


@contextlib.contextmanager
def serving(behaviour: Behaviour) -> Iterator[str]:
    with http_server(handler_for(behaviour)) as base_url:
        yield base_url


def project_with(tmp_path: Path, spec: dict[str, Any]) -> Path:
    folder = tmp_path / "specs" / "tiny"
    folder.mkdir(parents=True)
    (folder / "openapi.yaml").write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    return tmp_path


@dataclass(frozen=True)
class Run:
    returncode: int
    output: str


def verify(root: Path, base_url: str, *args: str, api: str = "tiny", max_examples: int = 3) -> Run:
    """`apikit verify` in a session of its own, so that a run past the timeout ends with schemathesis."""
    process = subprocess.Popen(
        [sys.executable, "-m", "apikit", "--root", str(root), "verify", api, "--base-url", base_url,
         "--max-examples", str(max_examples), *args],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True,
    )  # fmt: skip
    try:
        output, _ = process.communicate(timeout=RUN_TIMEOUT)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        raise
    assert len(output) < MAX_OUTPUT_BYTES
    return Run(process.returncode, output.decode("utf-8", errors="replace"))


def assert_signed_in(run: Run, behaviour: Behaviour) -> None:
    """The run passed, and not for want of credentials (schemathesis only warns about those)."""
    assert run.returncode == 0, run.output[-4000:]
    assert behaviour.signed_in > 0 and "Authentication failed" not in run.output, run.output[-4000:]


def help_options() -> set[str]:
    shown = subprocess.run(
        [sys.executable, "-m", "apikit", "verify", "--help"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout
    return set(re.findall(r"(?<![\w-])--[a-z][a-z0-9-]*", shown))


def printed_options(output: str) -> set[str]:
    return set(re.findall(r"(?<![\w/.-])--[a-z][a-z0-9-]*", output))


# --- credentials ---------------------------------------------------------------------------------------


def test_an_api_key_in_the_query_signs_every_call_in(tmp_path: Path) -> None:
    root = project_with(tmp_path, tiny_spec(QUERY_KEY, [{"key": []}]))
    behaviour = Behaviour()
    with serving(behaviour) as base_url:
        run = verify(root, base_url, "--api-key", KEY, "--phases", "examples,coverage")
    assert_signed_in(run, behaviour)


def test_a_bearer_token_and_a_header_api_key_go_where_the_schemes_say(tmp_path: Path) -> None:
    schemes = {
        "token": {"type": "http", "scheme": "bearer"},
        "tenant": {"type": "apiKey", "in": "header", "name": "X-Tenant-Key"},
        "tenantQuery": {"type": "apiKey", "in": "query", "name": "tenant"},
    }
    root = project_with(tmp_path, tiny_spec(schemes, [{"token": [], "tenant": []}]))
    behaviour = Behaviour(
        credentials={"header:Authorization": f"Bearer {BEARER}", "header:X-Tenant-Key": KEY}
    )
    with serving(behaviour) as base_url:
        run = verify(
            root, base_url, "--bearer", BEARER, "--api-key", f"tenant={KEY}", "--phases", "examples,coverage"
        )
    assert_signed_in(run, behaviour)


def test_an_api_key_in_a_cookie(tmp_path: Path) -> None:
    cookie_key = "c00kie-key-value"  # a cookie value cannot hold all the characters of KEY
    root = project_with(
        tmp_path, tiny_spec({"sid": {"type": "apiKey", "in": "cookie", "name": "sid"}}, [{"sid": []}])
    )
    behaviour = Behaviour(credentials={"cookie:sid": cookie_key})
    with serving(behaviour) as base_url:
        run = verify(root, base_url, "--api-key", cookie_key, "--phases", "examples,coverage")
    assert_signed_in(run, behaviour)
    assert cookie_key not in run.output


def test_several_api_key_schemes_need_the_scheme_named(tmp_path: Path) -> None:
    schemes = {**QUERY_KEY, "other": {"type": "apiKey", "in": "cookie", "name": "sid"}}
    root = project_with(tmp_path, tiny_spec(schemes, [{"key": []}]))
    run = verify(root, "http://127.0.0.1:9", "--api-key", KEY)
    assert run.returncode == 2
    assert "--api-key" in run.output and "SCHEME=VALUE" in run.output and "key (query 'key')" in run.output
    assert KEY not in run.output


def test_secrets_given_on_the_command_line_never_show_even_in_failures(tmp_path: Path) -> None:
    schemes = {**QUERY_KEY, "token": {"type": "http", "scheme": "bearer"}}
    root = project_with(tmp_path, tiny_spec(schemes, [{"key": [], "token": []}]))
    behaviour = Behaviour(
        credentials={"query:key": KEY, "header:Authorization": f"Bearer {BEARER}", "header:X-Custom": CUSTOM},
        echo_credentials=True,
    )
    with serving(behaviour) as base_url:
        run = verify(
            root, base_url, "--api-key", KEY, "--bearer", BEARER, "-H", f"X-Custom: {CUSTOM}",
            "--phases", "examples,coverage",
        )  # fmt: skip
    assert run.returncode != 0, run.output[-4000:]
    assert "[Filtered]" in run.output  # the failures were shown, with what they sent and got
    for secret in (KEY, BEARER, CUSTOM, "k3y-Sec%2Fret%2Bvalue%3D%3D"):
        assert secret not in run.output


def test_a_plugin_api_refuses_command_line_credentials_without_showing_them() -> None:
    from tests.support import ROOT

    run = verify(ROOT, "http://127.0.0.1:9", "--auth", f"someone:{PASSWORD}", api="fivepm")
    assert run.returncode == 2 and "--auth" in run.output and "verify plugin" in run.output
    assert PASSWORD not in run.output


# --- which operations ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("option", "value"),
    [
        ("--include-operation-id", "listItem"),
        ("--exclude-tag", "itemz"),
        ("--include-path", "^/things"),
    ],
)
def test_a_filter_that_matches_no_operation_is_an_error_naming_it(
    tmp_path: Path, option: str, value: str
) -> None:
    root = project_with(tmp_path, tiny_spec(QUERY_KEY, [{"key": []}]))
    run = verify(root, "http://127.0.0.1:9", option, value, "--api-key", KEY)
    assert run.returncode == 2, run.output
    assert option in run.output and repr(value) in run.output and "matches no operation" in run.output


def test_filters_reach_schemathesis(tmp_path: Path) -> None:
    spec = tiny_spec(QUERY_KEY, [{"key": []}])
    spec["paths"]["/other"] = {
        "get": {**spec["paths"]["/items"]["get"], "operationId": "listOther", "tags": ["x"]}
    }
    root = project_with(tmp_path, spec)
    with serving(Behaviour()) as base_url:  # /other would fail: the server has no such path
        run = verify(root, base_url, "--api-key", KEY, "--include-path", "^/items$", "--phases", "coverage")
        assert run.returncode == 0, run.output[-4000:]
        assert "1 selected / 2 total" in run.output, run.output[:2000]
        run = verify(root, base_url, "--api-key", KEY, "--exclude-tag", "x", "--include-tag", "items",
                     "--phases", "coverage")  # fmt: skip
        assert run.returncode == 0 and "1 selected / 2 total" in run.output, run.output[-4000:]


# --- rate limits, reports, hints ----------------------------------------------------------------------


def test_429_answers_are_waited_out_and_sent_again(tmp_path: Path) -> None:
    root = project_with(tmp_path, tiny_spec(QUERY_KEY, [{"key": []}]))
    behaviour = Behaviour(limit_first=4, retry_after="1")
    with serving(behaviour) as base_url:
        run = verify(root, base_url, "--api-key", KEY, "--phases", "coverage")
    assert run.returncode == 0, run.output[-4000:]
    assert behaviour.limited == 4 and behaviour.requests > 4
    assert "waited" in run.output and "4 request(s) answered 429 were sent again" in run.output


def test_a_server_whose_rate_limit_would_make_the_run_crawl_gets_a_time_boxed_one(tmp_path: Path) -> None:
    root = project_with(tmp_path, tiny_spec(QUERY_KEY, [{"key": []}]))
    behaviour = Behaviour(announce={"X-RateLimit-Limit": "500", "X-RateLimit-Reset": "30"})
    with serving(behaviour) as base_url:
        boxed = verify(root, base_url, "--api-key", KEY, "--phases", "coverage")
        unbounded = verify(root, base_url, "--api-key", KEY, "--phases", "coverage", "--max-time", "0")
    assert_signed_in(boxed, behaviour)
    assert "allows 500 requests per 30 s, so this run stops after 600 s" in boxed.output, boxed.output[-4000:]
    assert "--max-time" in printed_options(boxed.output)
    assert printed_options(boxed.output) <= help_options()
    assert unbounded.returncode == 0 and "this run stops" not in unbounded.output, unbounded.output[-4000:]


def test_a_limit_too_high_to_slow_the_run_leaves_it_unbounded(tmp_path: Path) -> None:
    root = project_with(tmp_path, tiny_spec(QUERY_KEY, [{"key": []}]))
    behaviour = Behaviour(announce={"RateLimit-Limit": "1000000000", "RateLimit-Policy": "1000000000;w=30"})
    with serving(behaviour) as base_url:
        run = verify(root, base_url, "--api-key", KEY, "--phases", "coverage")
    assert_signed_in(run, behaviour)
    assert "this run stops" not in run.output, run.output[-4000:]


def test_junit_report(tmp_path: Path) -> None:
    root = project_with(tmp_path, tiny_spec(QUERY_KEY, [{"key": []}]))
    report = tmp_path / "reports" / "verify.xml"
    report.parent.mkdir()
    with serving(Behaviour()) as base_url:
        run = verify(root, base_url, "--api-key", KEY, "--phases", "coverage", "--junit-xml", str(report))
    assert run.returncode == 0, run.output[-4000:]
    suites = ElementTree.parse(report).getroot()
    assert suites.iter("testcase") and any("listItems" in str(c.attrib) or "/items" in str(c.attrib)
                                           for c in suites.iter("testcase"))  # fmt: skip
    assert KEY not in report.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("behaviour", "hint"),
    [
        (Behaviour(always=401), "--auth"),  # schemathesis: "set via `--auth` or `-H`"
        (Behaviour(always=429), "--rate"),  # schemathesis: "with `--rate-limit`"
    ],
    ids=["unauthorized", "rate-limited"],
)
def test_every_option_in_the_output_is_one_verify_has(
    tmp_path: Path, behaviour: Behaviour, hint: str
) -> None:
    root = project_with(tmp_path, tiny_spec(QUERY_KEY, [{"key": []}]))
    with serving(behaviour) as base_url:
        run = verify(root, base_url, "--api-key", KEY, "--phases", "examples,coverage")
    assert hint in printed_options(run.output), run.output[-4000:]
    assert printed_options(run.output) <= help_options(), run.output[-4000:]
