"""Worksection's error envelope (``{"status": "error", "status_code": N, "message": ...}``, sent
with HTTP 200) and other HTTP failures as exceptions. Messages never carry the request URL: it
holds the signature."""

from __future__ import annotations

import json
from typing import Any

import httpx

HASH_INVALID = 2  # "action hash is missed or invalid"


class WorksectionError(Exception):
    """The service refused the call; ``status_code`` is the envelope's code (not the HTTP status)."""

    def __init__(
        self, status_code: int | None, message: str, details: Any = None, action: str | None = None
    ) -> None:
        self.status_code = status_code
        self.message = message
        self.details = details
        self.action = action
        where = f" ({action})" if action else ""
        super().__init__(f"Worksection error {status_code}{where}: {message}")


class WorksectionHTTPError(WorksectionError):
    """An answer other than HTTP 200 (e.g. 414 for a URL over the length limit)."""

    def __init__(self, http_status: int, message: str, action: str | None = None) -> None:
        self.http_status = http_status
        super().__init__(None, f"HTTP {http_status}: {message}", action=action)


def error_in(response: httpx.Response, action: str | None) -> WorksectionError | None:
    """The error a response carries, or None for a success."""
    body = _json(response)
    if response.status_code != 200:
        return WorksectionHTTPError(response.status_code, _message(body, response), action)
    if isinstance(body, dict) and body.get("status") == "error":
        code = body.get("status_code")
        return WorksectionError(
            code if isinstance(code, int) else None,
            _message(body, response),
            body.get("message_details"),
            action,
        )
    return None


def _json(response: httpx.Response) -> Any:
    try:
        return json.loads(response.content)
    except ValueError:
        return None


def _message(body: Any, response: httpx.Response) -> str:
    if isinstance(body, dict) and "message" in body:
        return str(body["message"])
    text = response.text.strip()
    return text[:200] if text and not text.startswith("<") else "no message given"
