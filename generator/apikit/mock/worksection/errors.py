"""The vendor's error envelope, ``{"status": "error", "status_code": N, "message": ..., "message_details"?}``,
which the service sends with HTTP 200, and the codes the mock answers with.

Codes as recorded from the service (the spec's ``ErrorEnvelope`` lists them): 2 signature missing or
wrong; 4 project or file not found; 5 task not found; 6 timer already running; 7 timer not found or
not running; 8 task is closed; 10 a required field is missing (or none of several alternatives, or a
webhook not found); 11 a value is invalid; 12 already in the requested state; 13 the task has
subtasks; 14 the parent task is done; 16 tag not found. Undocumented, the mock's choice: 1 unknown or
missing action, 9 too many requests, 0 a bug in the mock.
"""

from __future__ import annotations

from apikit.mock.engine import ApiError

CODE_MOCK_BUG = 0
CODE_UNKNOWN_ACTION = 1
CODE_BAD_SIGNATURE = 2
CODE_PROJECT_NOT_FOUND = 4
CODE_TASK_NOT_FOUND = 5
CODE_TIMER_RUNNING = 6
CODE_TIMER_NOT_FOUND = 7
CODE_TASK_CLOSED = 8
CODE_TOO_MANY_REQUESTS = 9
CODE_REQUIRED = 10
CODE_INVALID_VALUE = 11
CODE_ALREADY = 12
CODE_HAS_SUBTASKS = 13
CODE_PARENT_DONE = 14
CODE_TAG_NOT_FOUND = 16

BAD_SIGNATURE_MESSAGE = "Action hash is missed or invalid"


class WorksectionError(ApiError):
    """A refusal in the vendor's envelope. HTTP 200, as the vendor answers every failure."""

    def __init__(self, code: int, message: str, details: str | None = None) -> None:
        super().__init__(200, message)
        self.code = code
        self.details = details


def invalid_value(details: str, message: str = "Invalid parameter value") -> WorksectionError:
    return WorksectionError(CODE_INVALID_VALUE, message, details)


def required(name: str) -> WorksectionError:
    return WorksectionError(CODE_REQUIRED, "Field is required", name)


def bad_signature(details: str | None = None) -> WorksectionError:
    return WorksectionError(CODE_BAD_SIGNATURE, BAD_SIGNATURE_MESSAGE, details)


def project_not_found() -> WorksectionError:
    return WorksectionError(CODE_PROJECT_NOT_FOUND, "Project is invalid")


def task_not_found() -> WorksectionError:
    return WorksectionError(CODE_TASK_NOT_FOUND, "Task is invalid")


def invalid_email(value: str) -> WorksectionError:
    """An address that is no member's (or not one address): the value as given, as recorded."""
    return invalid_value(value, "Invalid email")


class TokenRefused(ApiError):
    """A user-token action's access token is missing, unknown or expired: HTTP 401, the only refusal of
    this API that is not an HTTP 200 envelope."""

    def __init__(self, message: str) -> None:
        super().__init__(401, message)
