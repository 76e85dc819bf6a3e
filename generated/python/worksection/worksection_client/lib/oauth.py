"""OAuth 2.0 for the user-token actions (``me`` and the caller's own timer, at ``/api/oauth2``).

Those actions act as one person of the account, with that person's access token. A token lasts a
day; ``WorksectionTokenAuth`` sends it as ``Authorization: Bearer ...`` and, when the service
answers HTTP 401 "Access token is expired" and a refresh token and the app's credentials are known,
gets a new pair from the refresh endpoint, hands it to ``on_refresh`` (so the caller can store it:
the old pair is void from then on) and sends the call again, once. Failures are raised as
``WorksectionError`` (an error envelope) or ``WorksectionHTTPError`` (the 401 itself, when no
refresh helps); a refused refresh as ``WorksectionOAuthError``. Tokens and the client secret never
appear in reprs, messages or log records.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Generator, Iterable
from dataclasses import dataclass, field

import httpx

from .errors import WorksectionError, error_in
from .redaction import protect

REFRESH_URL = "https://worksection.com/oauth2/refresh"
EXPIRED_MARK = "token is expired"  # what the service's 401 says of an expired token (any case)


class WorksectionOAuthError(WorksectionError):
    """The refresh endpoint refused to renew the tokens (``error`` is its OAuth error name)."""

    def __init__(self, error: str | None, description: str) -> None:
        self.error = error
        super().__init__(None, f"token refresh refused: {error or 'error'}: {description}")


@dataclass
class Tokens:
    """An access token, the refresh token that renews it, and when the access token expires (Unix
    time, None when not known)."""

    access_token: str = field(repr=False)
    refresh_token: str | None = field(default=None, repr=False)
    expires_at: float | None = None

    @classmethod
    def from_answer(cls, answer: dict[str, object], now: float) -> Tokens:
        """The tokens of a token or refresh endpoint's answer (``expires_in`` is in seconds)."""
        access, refresh, expires_in = (answer.get(k) for k in ("access_token", "refresh_token", "expires_in"))
        if not isinstance(access, str) or not access:
            raise WorksectionOAuthError(None, "the answer carries no access_token")
        return cls(
            access,
            refresh if isinstance(refresh, str) else None,
            now + expires_in if isinstance(expires_in, int | float) else None,
        )


@dataclass(frozen=True)
class AppCredentials:
    """The OAuth app's id and secret, which a refresh needs."""

    client_id: str
    client_secret: str = field(repr=False)


class WorksectionTokenAuth(httpx.Auth):
    """Sends the access token and renews it once when the service says it expired."""

    requires_response_body = True

    def __init__(
        self,
        tokens: Tokens,
        app: AppCredentials | None = None,
        *,
        refresh_url: str = REFRESH_URL,
        on_refresh: Callable[[Tokens], None] | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.tokens = tokens
        self._app = app
        self._refresh_url = refresh_url
        self._on_refresh = on_refresh
        self._clock = clock
        protect(self)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(tokens=<hidden>, refresh_url={self._refresh_url!r})"

    def secret_values(self) -> Iterable[str]:
        """What log records must never show (see ``redaction``): the current tokens, the app secret."""
        values = [self.tokens.access_token, self.tokens.refresh_token]
        if self._app is not None:
            values.append(self._app.client_secret)
        return [value for value in values if value]

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = f"Bearer {self.tokens.access_token}"
        response = yield request
        if self._says_expired(response) and self._can_refresh():
            renewal = yield self._refresh_request()
            self._take(renewal)
            request.headers["Authorization"] = f"Bearer {self.tokens.access_token}"
            response = yield request
        error = error_in(response, request.url.params.get("action"))
        if error is not None:
            raise error

    def _can_refresh(self) -> bool:
        return self._app is not None and bool(self.tokens.refresh_token)

    @staticmethod
    def _says_expired(response: httpx.Response) -> bool:
        if response.status_code != 401:
            return False
        try:
            body = json.loads(response.content)
        except ValueError:
            return False
        if not isinstance(body, dict):
            return False
        reason = " ".join(str(body.get(key, "")) for key in ("errorDescription", "message"))
        return EXPIRED_MARK in reason.lower()

    def _refresh_request(self) -> httpx.Request:
        assert self._app is not None and self.tokens.refresh_token is not None
        form = {
            "client_id": self._app.client_id,
            "client_secret": self._app.client_secret,
            "grant_type": "refresh_token",
            "refresh_token": self.tokens.refresh_token,
        }
        return httpx.Request("POST", self._refresh_url, data=form)

    def _take(self, renewal: httpx.Response) -> None:
        """The new tokens of a refresh answer; the endpoint reports failures with HTTP 200 too."""
        try:
            answer = json.loads(renewal.content)
        except ValueError:
            answer = None
        if renewal.status_code != 200 or not isinstance(answer, dict) or "error" in answer:
            found = answer if isinstance(answer, dict) else {}
            error = found.get("error")
            description = (
                found.get("errorDescription") or found.get("message") or f"HTTP {renewal.status_code}"
            )
            raise WorksectionOAuthError(error if isinstance(error, str) else None, str(description))
        self.tokens = Tokens.from_answer(answer, self._clock())
        if self._on_refresh is not None:
            self._on_refresh(self.tokens)
