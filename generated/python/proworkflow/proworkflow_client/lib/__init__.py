"""Hand-written runtime for the ProWorkflow client; the generator never touches this folder.

``connect`` gives a generated ``Client`` that sends the account's API key and the user's Basic
credentials on every call, waits out 429 answers (``x-ratelimit-reset``, bounded retries) and raises
``ProWorkflowError`` subclasses carrying the service's ``details``. ``iter_items`` / ``aiter_items``
walk a list call page by page; ``filters`` spells the filter mini-language.
"""

from . import filters
from .connect import ProWorkflowAuth, connect
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

__all__ = [
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
