"""Service errors as exceptions that carry the vendor's code and message (never the request URL,
which holds the session id or password)."""

from __future__ import annotations

import json

import httpx


class FivepmError(Exception):
    """5pm answered with an error."""

    def __init__(self, status_code: int, code: int | None, message: str) -> None:
        self.status_code = status_code
        self.code = code
        self.message = message
        super().__init__(f"5pm error {code if code is not None else status_code}: {message}")


class FivepmBadRequest(FivepmError):
    """An argument is missing or invalid (HTTP 400)."""


class FivepmUnauthorized(FivepmError):
    """No valid session or wrong login/password (HTTP 401)."""


class FivepmNotFound(FivepmError):
    """The object does not exist or was removed (HTTP 404)."""


_BY_STATUS: dict[int, type[FivepmError]] = {400: FivepmBadRequest, 401: FivepmUnauthorized, 404: FivepmNotFound}


def error_from_response(response: httpx.Response) -> FivepmError:
    code, message = _read_error(response)
    return _BY_STATUS.get(response.status_code, FivepmError)(response.status_code, code, message)


def _read_error(response: httpx.Response) -> tuple[int | None, str]:
    try:
        error = json.loads(response.content)["data"]["error"]
        return int(error["code"]), str(error["message"])
    except (ValueError, KeyError, TypeError):
        text = response.text.strip()[:200]
        return None, text or f"HTTP {response.status_code} with no error body"
