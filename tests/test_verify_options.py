"""The parts of `apikit verify`'s options that need no server: where credentials go, how filters and
the rate reach schemathesis, which waits a rate-limited answer asks for, and how schemathesis' output
is put in verify's terms without secrets."""

from __future__ import annotations

import base64
import os
import sys
from datetime import UTC, datetime
from email.utils import format_datetime
from typing import Any

import httpx
import pytest

from apikit.verify.budget import (
    ASSUMED_WINDOW_SECONDS,
    AnnouncedLimit,
    TimeBudget,
    limit_from_headers,
    time_budget,
)
from apikit.verify.credentials import GivenCredentials, plan_credentials
from apikit.verify.output import SCHEMATHESIS_TO_APIKIT, OutputFilter, _run_in_terminal
from apikit.verify.ratelimit import (
    MAX_RETRIES,
    MAX_WAIT_SECONDS,
    RateLimitWaits,
    schemathesis_rate,
    wait_asked_for,
)
from apikit.verify.selection import OperationFilters, check_every_filter_matches
from apikit.verify.usage import VerifyUsageError
from tests.support import FakeTime
from tests.test_verify_any_server import help_options

SCHEMES: dict[str, Any] = {
    "basic": {"type": "http", "scheme": "basic"},
    "token": {"type": "http", "scheme": "Bearer"},
    "header": {"type": "apiKey", "in": "header", "name": "X-Key"},
    "query": {"type": "apiKey", "in": "query", "name": "key"},
    "cookie": {"type": "apiKey", "in": "cookie", "name": "sid"},
}


def spec_with(schemes: dict[str, Any]) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "components": {"securitySchemes": schemes},
        "paths": {
            "/items": {"get": {"operationId": "listItems", "tags": ["items"]}},
            "/items/{id}": {"get": {"operationId": "getItem", "tags": ["items", "one"]}},
        },
    }


# --- credentials ---------------------------------------------------------------------------------------


def test_declared_schemes_get_the_credentials_through_schemathesis_auth() -> None:
    given = GivenCredentials("me:pass-word", "tok-en", ("query=q-key", "cookie=c-key"))
    plan = plan_credentials(spec_with(SCHEMES), given)
    resolved = {
        scheme: {key: plan.environment[value[2:-1]] for key, value in settings.items()}
        for scheme, settings in plan.schemes.items()
    }
    assert resolved == {
        "basic": {"username": "me", "password": "pass-word"},
        "token": {"bearer": "tok-en"},
        "query": {"api_key": "q-key"},
        "cookie": {"api_key": "c-key"},
    }
    assert plan.headers == {} and {"key", "sid"} <= set(plan.sensitive_names)
    toml = plan.config_toml()
    assert '[auth.openapi."basic"]' in toml and '"sid"' in toml  # sid joins the names schemathesis masks
    for secret in ("pass-word", "tok-en", "q-key", "c-key"):
        assert secret not in toml and secret not in repr(plan) and secret in plan.secrets


def test_undeclared_basic_or_bearer_is_an_authorization_header() -> None:
    plan = plan_credentials(spec_with({}), GivenCredentials(basic="me:pw:with:colons"))
    header = plan.headers["Authorization"]
    token = plan.environment[header.removeprefix("Basic ${")[:-1]]
    assert base64.b64decode(token) == b"me:pw:with:colons" and token in plan.secrets
    bearer = plan_credentials(spec_with({}), GivenCredentials(bearer="t0ken"))
    assert bearer.headers["Authorization"].startswith("Bearer ${")


def test_the_only_api_key_scheme_takes_a_bare_value_even_with_equals_signs() -> None:
    plan = plan_credentials(spec_with({"query": SCHEMES["query"]}), GivenCredentials(api_keys=("a2V5==",)))
    assert [plan.environment[v[2:-1]] for v in plan.schemes["query"].values()] == ["a2V5=="]


@pytest.mark.parametrize(
    ("schemes", "given", "option", "says"),
    [
        (SCHEMES, GivenCredentials(api_keys=("s3cret-value",)), "--api-key", "SCHEME=VALUE"),
        ({}, GivenCredentials(api_keys=("s3cret-value",)), "--api-key", "no apiKey security scheme"),
        (
            SCHEMES,
            GivenCredentials(api_keys=("query=s3cret-value", "query=s3cret-value")),
            "--api-key",
            "twice",
        ),
        ({}, GivenCredentials(basic="s3cret-value"), "--auth", "USER:PASSWORD"),
        ({}, GivenCredentials(headers=("s3cret-value",)), "--header", "NAME: VALUE"),
        (
            {},
            GivenCredentials(bearer="s3cret-value", headers=("authorization: x",)),
            "--bearer",
            "Authorization",
        ),
    ],
)
def test_unusable_credentials_are_refused_without_repeating_them(
    schemes: dict[str, Any], given: GivenCredentials, option: str, says: str
) -> None:
    with pytest.raises(VerifyUsageError) as refused:
        plan_credentials(spec_with(schemes), given)
    assert refused.value.option == option and says in refused.value.message
    assert "s3cret" not in str(refused.value)


# --- filters and rate ---------------------------------------------------------------------------------


def test_filters_become_schemathesis_filters() -> None:
    filters = OperationFilters(
        include_operation_ids=("listItems", "listItems"),
        include_paths=("^/items$", "x|y"),
        exclude_tags=("one",),
    )
    assert filters.schemathesis_args() == [
        "--include-operation-id", "listItems",
        "--include-path-regex", "(?:^/items$)|(?:x|y)",
        "--exclude-tag", "one",
    ]  # fmt: skip
    check_every_filter_matches(
        spec_with({}), OperationFilters(include_paths=("^/items",), exclude_tags=("one",))
    )


@pytest.mark.parametrize(
    ("filters", "option", "says"),
    [
        (
            OperationFilters(include_operation_ids=("listItem",)),
            "--include-operation-id",
            "did you mean listItems",
        ),
        (OperationFilters(exclude_tags=("nope",)), "--exclude-tag", "'nope' matches no operation"),
        (OperationFilters(include_paths=("^/other",)), "--include-path", "'^/other' matches no operation"),
        (OperationFilters(exclude_paths=("(",)), "--exclude-path", "not a regular expression"),
    ],
)
def test_a_filter_value_that_selects_nothing_is_named(
    filters: OperationFilters, option: str, says: str
) -> None:
    with pytest.raises(VerifyUsageError) as refused:
        check_every_filter_matches(spec_with({}), filters)
    assert refused.value.option == option and says in refused.value.message


def test_rate_is_schemathesis_rate_limit() -> None:
    assert schemathesis_rate("10/s") == "10/s" and schemathesis_rate("500/m") == "500/m"
    for wrong in ("10", "0/s", "ten/s", "10/d", "1.5/s"):
        with pytest.raises(VerifyUsageError, match="--rate"):
            schemathesis_rate(wrong)


# --- waits ----------------------------------------------------------------------------------------------


def test_the_wait_an_answer_asks_for() -> None:
    in_90_seconds = format_datetime(
        datetime.fromtimestamp(datetime.now(UTC).timestamp() + 90, UTC), usegmt=True
    )
    assert wait_asked_for(429, {"Retry-After": ["7"]}) == 7
    assert 85 < (wait_asked_for(429, {"retry-after": in_90_seconds}) or 0) <= 90
    assert wait_asked_for(429, {"X-RateLimit-Reset": "12"}) == 12
    epoch = datetime.now(UTC).timestamp() + 20
    assert 15 < (wait_asked_for(429, {"RateLimit-Reset": str(int(epoch))}) or 0) <= 20
    assert wait_asked_for(429, {}) == 1 and wait_asked_for(429, {}, blind_retries=3) == 8
    assert wait_asked_for(200, {"x-ratelimit-remaining": "0", "x-ratelimit-reset": "9"}) == 9
    assert wait_asked_for(200, {"x-ratelimit-remaining": "3", "x-ratelimit-reset": "9"}) is None
    assert wait_asked_for(200, {"Retry-After": "5"}) is None


class Answer:
    def __init__(self, status_code: int, **headers: str) -> None:
        self.status_code = status_code
        self.headers = {name.replace("_", "-"): value for name, value in headers.items()}


def test_a_429_is_sent_again_after_the_wait_it_asks_for_never_longer_than_the_cap() -> None:
    clock = FakeTime(100.0)
    waits = RateLimitWaits(sleep=clock.sleep, clock=clock)
    answers = iter([Answer(429, Retry_After="3"), Answer(429, Retry_After="3600"), Answer(200)])
    assert waits.send(lambda: next(answers)).status_code == 200
    assert clock.sleeps == [3.0, MAX_WAIT_SECONDS]
    assert (waits.log.retried, waits.log.pauses) == (2, 2)


def test_a_window_used_up_holds_the_next_request_back() -> None:
    clock = FakeTime(100.0)
    waits = RateLimitWaits(sleep=clock.sleep, clock=clock)
    waits.send(lambda: Answer(200, x_ratelimit_remaining="0", x_ratelimit_reset="4"))
    waits.send(lambda: Answer(200, x_ratelimit_remaining="499", x_ratelimit_reset="30"))
    assert clock.sleeps == [4.0] and waits.log.retried == 0


def test_retries_are_bounded() -> None:
    clock = FakeTime(100.0)
    waits = RateLimitWaits(sleep=clock.sleep, clock=clock)
    calls: list[int] = []

    def refused() -> Answer:
        calls.append(1)
        return Answer(429)

    assert waits.send(refused).status_code == 429
    assert len(calls) == MAX_RETRIES + 1 and max(clock.sleeps) <= MAX_WAIT_SECONDS


# --- output -------------------------------------------------------------------------------------------


def test_hints_name_verify_options_and_no_other() -> None:
    shown = OutputFilter(frozenset(help_options()))
    assert shown("Check `--url`, and whether") == "Check `--base-url`, and whether"
    assert shown("try `--url http://x/api`") == "try `--base-url http://x/api`"
    assert shown("with `--rate-limit`, e.g. `--rate-limit=100/m`") == "with `--rate`, e.g. `--rate=100/m`"
    assert "--auth" in shown("Ensure valid authentication credentials are set via `--auth` or `-H`")
    bypass = shown("Bypass SSL verification with `--tls-verify=false`.")
    assert "--" not in bypass and "tls-verify" in bypass
    assert shown("    st replay kTQxT5\n") == ""
    assert (
        shown("curl -X GET -H 'X: --tls-verify' 'http://h/--x'")
        == "curl -X GET -H 'X: --tls-verify' 'http://h/--x'"
    )


def test_every_option_verify_may_suggest_is_one_it_has() -> None:
    assert set(SCHEMATHESIS_TO_APIKIT.values()) <= help_options()


def test_secrets_are_masked_as_given_and_url_encoded_but_short_values_are_left() -> None:
    masked = OutputFilter(frozenset(), ("a/b c+d", "x"))
    assert (
        masked("key=a%2Fb+c%2Bd and a/b c+d and a%2Fb%20c%2Bd, x")
        == "key=[Filtered] and [Filtered] and [Filtered], x"
    )


def test_in_a_terminal_lines_are_shown_filtered_as_they_come(capsys: pytest.CaptureFixture[str]) -> None:
    """In a terminal, schemathesis gets one too (for its live progress): what it writes is filtered
    line by line, and an unended line (a progress bar) is shown once it stays quiet."""
    child = (
        "import sys, time;"
        "print('set the address with `--url`, token s3cret-token');"
        "sys.stdout.write('50% done'); sys.stdout.flush(); time.sleep(0.5);"
        "print(' and a terminal:', sys.stdout.isatty())"
    )
    line_filter = OutputFilter(frozenset({"--base-url"}), ("s3cret-token",))
    code = _run_in_terminal([sys.executable, "-c", child], dict(os.environ), line_filter)
    shown = capsys.readouterr().out
    assert code == 0
    assert "set the address with `--base-url`, token [Filtered]\n" in shown
    assert "50% done and a terminal: True" in shown and "s3cret" not in shown


def test_exclude_options_that_leave_nothing_are_an_error() -> None:
    spec = spec_with({})
    check_every_filter_matches(spec, OperationFilters(include_tags=("items",), exclude_tags=("one",)))
    with pytest.raises(VerifyUsageError, match="leave no operation") as refused:
        check_every_filter_matches(spec, OperationFilters(include_tags=("one",), exclude_paths=("{id}",)))
    assert refused.value.option == "--exclude-path"


# --- the time budget ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("headers", "limit"),
    [
        ({"X-RateLimit-Limit": "500", "X-RateLimit-Reset": "30"}, AnnouncedLimit(500, 30.0)),
        ({"RateLimit-Limit": "100, 100;w=60", "RateLimit-Policy": "100;w=60"}, AnnouncedLimit(100, 60.0)),
        ({"x-ratelimit-limit": "5000"}, AnnouncedLimit(5000, ASSUMED_WINDOW_SECONDS)),
        ({"X-RateLimit-Limit": "many"}, None),
        ({"X-RateLimit-Limit": "0"}, None),
        ({}, None),
    ],
)
def test_the_limit_an_answer_announces(headers: dict[str, str], limit: AnnouncedLimit | None) -> None:
    assert limit_from_headers(httpx.Headers(headers)) == limit


def test_a_given_time_limit_is_used_as_it_is_and_zero_means_none() -> None:
    unreachable = "http://127.0.0.1:9"  # never asked: the limit was given
    assert time_budget(unreachable, 90).schemathesis_args() == ("--max-time", "90")
    assert time_budget(unreachable, 0).schemathesis_args() == ()
    with pytest.raises(VerifyUsageError, match="--max-time"):
        time_budget(unreachable, -1)


@pytest.mark.parametrize("base_url", ["http://127.0.0.1:9", "http://[::1", "nowhere"])
def test_a_server_that_cannot_be_reached_gets_no_budget(base_url: str) -> None:
    assert time_budget(base_url, None) == TimeBudget(None)
