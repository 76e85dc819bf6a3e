"""Hand-written runtime for the Beebole client; the generator never touches this folder.

``connect`` gives a generated ``Client`` that sends the API token on every call and raises
``BeeboleError`` when the service answers ``{"status": "error", "message": ...}``, which Beebole
does with HTTP 200. Every service is its own generated function; its ``service`` value is filled in.
Requests time out after ``DEFAULT_TIMEOUT`` unless ``connect(..., timeout=...)`` says otherwise, and
the token is redacted from httpx's and httpcore's log records (``redaction``). ``run_services``
runs several services in one request (``batch``).
"""

from . import redaction
from .batch import MAX_CALLS, BatchAnswer, run_services
from .connect import DEFAULT_TIMEOUT, BeeboleAuth, connect
from .errors import BeeboleError, BeeboleHTTPError

# On import, not only in connect(): a bare generated Client can carry credentials too (set up by
# its caller), and their parameters and headers get hidden all the same.
redaction.install()

__all__ = [
    "DEFAULT_TIMEOUT",
    "MAX_CALLS",
    "BatchAnswer",
    "BeeboleAuth",
    "BeeboleError",
    "BeeboleHTTPError",
    "connect",
    "run_services",
]
