"""Hand-written runtime for the ProWorkflow client; the generator never touches this folder.

``connect`` gives a generated ``Client`` that sends the account's API key and the user's Basic
credentials on every call, waits out 429 answers (``x-ratelimit-reset``, bounded retries) and raises
``ProWorkflowError`` subclasses carrying the service's ``details``. ``iter_items`` / ``aiter_items``
walk a list call page by page; ``filters`` spells the filter mini-language. Requests time out after
``DEFAULT_TIMEOUT`` unless ``connect(..., timeout=...)`` says otherwise, and the credentials are
redacted from httpx's and httpcore's log records (``redaction``).
"""

from . import filters, redaction
from .connect import DEFAULT_TIMEOUT, ProWorkflowAuth, connect
from .errors import (
    ProWorkflowBadRequest,
    ProWorkflowError,
    ProWorkflowForbidden,
    ProWorkflowNotFound,
    ProWorkflowRateLimited,
    ProWorkflowServerError,
    ProWorkflowUnauthorized,
)
from .paging import aiter_items, iter_items

# On import, not only in connect(): a bare generated Client can carry credentials too (set up by
# its caller), and their parameters and headers get hidden all the same.
redaction.install()

__all__ = [
    "DEFAULT_TIMEOUT",
    "ProWorkflowAuth",
    "ProWorkflowBadRequest",
    "ProWorkflowError",
    "ProWorkflowForbidden",
    "ProWorkflowNotFound",
    "ProWorkflowRateLimited",
    "ProWorkflowServerError",
    "ProWorkflowUnauthorized",
    "aiter_items",
    "connect",
    "filters",
    "iter_items",
]
