"""Hand-written runtime for the 5pm client; the generator never touches this folder.

``connect`` gives a generated ``Client`` that signs in on first use, reuses the session, signs in
again when it expires, asks for JSON, and raises ``FivepmError`` subclasses for service errors.
``iter_items`` / ``aiter_items`` walk an ``offset``/``count`` list call page by page. The models
read the text forms 5pm may send (``"7"`` for 7, ``"1"`` for true, ``{}`` for an empty field,
``{"_cdata": ...}`` for a name; ``wire``). Requests time out after ``DEFAULT_TIMEOUT`` unless
``connect(..., timeout=...)`` says otherwise, and the password and session id are redacted from
httpx's and httpcore's log records (``redaction``).
"""

from . import redaction, wire
from .errors import FivepmBadRequest, FivepmError, FivepmNotFound, FivepmUnauthorized
from .paging import aiter_items, iter_items
from .session import DEFAULT_TIMEOUT, FivepmSession, connect

# On import, not only in connect(): a bare generated Client can carry credentials too (set up by
# its caller), and their parameters and headers get hidden all the same.
redaction.install()
# Every generated function reads its answer through a model's from_dict: wrapped once, here.
wire.install()

__all__ = [
    "DEFAULT_TIMEOUT",
    "FivepmBadRequest",
    "FivepmError",
    "FivepmNotFound",
    "FivepmSession",
    "FivepmUnauthorized",
    "aiter_items",
    "connect",
    "iter_items",
]
