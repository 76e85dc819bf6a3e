"""The Worksection client's user-token side: the access token sent as a Bearer header, an expired token
renewed once with the refresh token (the new pair handed to the caller to store), a refused refresh,
and no token or app secret in reprs, messages or log records."""

from __future__ import annotations

import logging
from urllib.parse import parse_qsl

import httpx
import pytest
from worksection_client import (
    AppCredentials,
    Tokens,
    WorksectionHTTPError,
    WorksectionOAuthError,
    connect_user,
)
from worksection_client.api.my_account import me
from worksection_client.client import Client

ACCOUNT_HOST = "acme.worksection.com"
REFRESH = "https://worksection.com/oauth2/refresh"
APP = AppCredentials("app-42", "app-secret-9f8e7d")
ME = {
    "status": "ok",
    "data": {
        "id": "101",
        "email": "olivia.brandt@example.com",
        "name": "Olivia Brandt",
        "role": "account admin",
    },
}
EXPIRED = {"status": "error", "message": "Access token is expired"}


class FakeWorksection:
    """The account host and the central refresh endpoint: one token is current at a time."""

    def __init__(self, current: str, renewals: list[dict[str, object]]) -> None:
        self.current = current
        self.renewals = renewals
        self.seen: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.seen.append(request)
        if str(request.url) == REFRESH:
            answer = self.renewals.pop(0)
            if "access_token" in answer:
                self.current = str(answer["access_token"])
            return httpx.Response(200, json=answer)
        if request.headers.get("Authorization") != f"Bearer {self.current}":
            return httpx.Response(401, json=EXPIRED)
        return httpx.Response(200, json=ME)


def client_for(server: FakeWorksection, tokens: Tokens, stored: list[Tokens] | None = None) -> Client:
    return connect_user(
        "acme",
        tokens,
        app=APP,
        on_refresh=None if stored is None else stored.append,
        httpx_args={"transport": httpx.MockTransport(server)},
    )


def test_the_access_token_goes_as_a_bearer_header_to_the_user_token_url() -> None:
    server = FakeWorksection("tok-1", [])
    answer = me.sync(client=client_for(server, Tokens("tok-1")))
    assert answer is not None and answer.data.email == "olivia.brandt@example.com"
    (request,) = server.seen
    assert (request.url.host, request.url.path) == (ACCOUNT_HOST, "/api/oauth2")
    assert dict(parse_qsl(request.url.query.decode())) == {"action": "me"}
    assert request.headers["Authorization"] == "Bearer tok-1"


def test_an_expired_token_is_renewed_once_and_the_new_pair_handed_over() -> None:
    renewal = {"token_type": "Bearer", "expires_in": 86400, "access_token": "tok-2", "refresh_token": "ref-2"}
    server = FakeWorksection("tok-2-not-yet", [renewal])
    server.current = "tok-2"  # the service already moved on: tok-1 is expired
    stored: list[Tokens] = []
    answer = me.sync(client=client_for(server, Tokens("tok-1", "ref-1"), stored))
    assert answer is not None and answer.data.id == "101"
    assert [str(r.url.copy_with(query=None)) for r in server.seen] == [
        f"https://{ACCOUNT_HOST}/api/oauth2",
        REFRESH,
        f"https://{ACCOUNT_HOST}/api/oauth2",
    ]
    form = dict(parse_qsl(server.seen[1].content.decode()))
    assert form == {
        "client_id": "app-42",
        "client_secret": "app-secret-9f8e7d",
        "grant_type": "refresh_token",
        "refresh_token": "ref-1",
    }
    assert [(t.access_token, t.refresh_token) for t in stored] == [("tok-2", "ref-2")]
    assert stored[0].expires_at is not None


def test_without_a_refresh_token_the_401_is_raised() -> None:
    server = FakeWorksection("tok-2", [])
    with pytest.raises(WorksectionHTTPError) as raised:
        me.sync(client=client_for(server, Tokens("tok-1")))
    assert raised.value.http_status == 401 and "expired" in raised.value.message
    assert len(server.seen) == 1


def test_a_refused_refresh_is_raised_with_its_oauth_error() -> None:
    refusal: dict[str, object] = {
        "error": "invalid_request",
        "errorDescription": "Cannot decrypt the refresh token",
    }
    server = FakeWorksection("tok-2", [refusal])
    with pytest.raises(WorksectionOAuthError) as raised:
        me.sync(client=client_for(server, Tokens("tok-1", "ref-1")))
    assert raised.value.error == "invalid_request"
    assert "Cannot decrypt" in str(raised.value)


def test_tokens_and_the_app_secret_are_never_shown(caplog: pytest.LogCaptureFixture) -> None:
    renewal = {"access_token": "tok-2-secret", "refresh_token": "ref-2-secret", "expires_in": 60}
    server = FakeWorksection("tok-2-secret", [renewal])
    tokens = Tokens("tok-1-secret", "ref-1-secret")
    client = client_for(server, tokens)
    with caplog.at_level(logging.DEBUG):
        me.sync(client=client)
    shown = caplog.text + repr(tokens) + repr(APP) + repr(client._httpx_args["auth"])
    for secret in ("tok-1-secret", "ref-1-secret", "tok-2-secret", "ref-2-secret", "app-secret-9f8e7d"):
        assert secret not in shown
    assert (
        "POST https://worksection.com/oauth2/refresh" in caplog.text
    )  # the calls are logged, not their secrets
