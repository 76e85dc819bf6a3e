"""Beebole's two kinds of failure as exceptions: the error envelope on HTTP 200, and any other
HTTP status. Messages carry the service's ``message``, never the request (it holds the token)."""

from __future__ import annotations

import json
from typing import Any

import httpx


class BeeboleError(Exception):
    """The service refused the call: ``{"status": "error", "message": ...}`` (sent with HTTP 200)."""

    def __init__(self, message: str, service: str | None = None) -> None:
        self.message = message
        self.service = service
        where = f" ({service})" if service else ""
        super().__init__(f"Beebole error{where}: {message}")


class BeeboleHTTPError(BeeboleError):
    """An answer other than HTTP 200, which the service documents only as "an error"."""

    def __init__(self, status_code: int, message: str, service: str | None = None) -> None:
        self.status_code = status_code
        super().__init__(f"HTTP {status_code}: {message}", service)


def error_in(response: httpx.Response, service: str | None) -> BeeboleError | None:
    """The error a response carries, or None for a success."""
    body = _json(response)
    if response.status_code != 200:
        message = str(body.get("message")) if isinstance(body, dict) and "message" in body else _text(response)
        return BeeboleHTTPError(response.status_code, message, service)
    if isinstance(body, dict) and body.get("status") == "error":
        return BeeboleError(str(body.get("message", "no message given")), service)
    return None


def _json(response: httpx.Response) -> Any:
    try:
        return json.loads(response.content)
    except ValueError:
        return None


def _text(response: httpx.Response) -> str:
    text = response.text.strip()
    return text[:200] if text and not text.startswith("<") else "no message given"
