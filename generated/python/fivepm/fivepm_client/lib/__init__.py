"""Hand-written runtime for the 5pm client; the generator never touches this folder.

``connect`` gives a generated ``Client`` that signs in on first use, reuses the session, signs in
again when it expires, asks for JSON, and raises ``FivepmError`` subclasses for service errors.
``iter_items`` / ``aiter_items`` walk an ``offset``/``count`` list call page by page.
"""

from .errors import FivepmBadRequest, FivepmError, FivepmNotFound, FivepmUnauthorized
from .paging import aiter_items, iter_items
from .session import FivepmSession, connect

__all__ = [
    "FivepmBadRequest",
    "FivepmError",
    "FivepmNotFound",
    "FivepmSession",
    "FivepmUnauthorized",
    "aiter_items",
    "connect",
    "iter_items",
]
