"""The service's error envelope (``{"status": "Error", "details": [...]}``) as exceptions.

Messages carry the vendor's ``details`` and never the request, which holds the credentials."""

from __future__ import annotations

import json

import httpx


class ProWorkflowError(Exception):
    """ProWorkflow answered with an error."""

    def __init__(self, status_code: int, details: list[str]) -> None:
        self.status_code = status_code
        self.details = details
        shown = "; ".join(details) if details else "no details given"
        super().__init__(f"ProWorkflow HTTP {status_code}: {shown}")


class ProWorkflowBadRequest(ProWorkflowError):
    """A parameter or body field is missing or invalid (HTTP 400)."""


class ProWorkflowUnauthorized(ProWorkflowError):
    """Wrong API key or user credentials (HTTP 401, sent with an empty body)."""


class ProWorkflowForbidden(ProWorkflowError):
    """The user's role may not do this (HTTP 403)."""


class ProWorkflowNotFound(ProWorkflowError):
    """The item does not exist or is not visible to this user (HTTP 404)."""


class ProWorkflowRateLimited(ProWorkflowError):
    """Still over the request limit after the allowed retries (HTTP 429)."""


class ProWorkflowServerError(ProWorkflowError):
    """The service failed (HTTP 5xx)."""


_BY_STATUS: dict[int, type[ProWorkflowError]] = {
    400: ProWorkflowBadRequest,
    401: ProWorkflowUnauthorized,
    403: ProWorkflowForbidden,
    404: ProWorkflowNotFound,
    429: ProWorkflowRateLimited,
}


def error_from_response(response: httpx.Response) -> ProWorkflowError:
    kind = _BY_STATUS.get(response.status_code)
    if kind is None:
        kind = ProWorkflowServerError if response.status_code >= 500 else ProWorkflowError
    return kind(response.status_code, _details(response))


def _details(response: httpx.Response) -> list[str]:
    try:
        details = json.loads(response.content)["details"]
    except (ValueError, KeyError, TypeError):
        text = response.text.strip()
        return [text[:200]] if text and not text.startswith("<") else []
    if isinstance(details, list):
        return [str(item) for item in details]
    return [str(details)]
