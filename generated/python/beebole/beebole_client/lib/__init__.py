"""Hand-written runtime for the Beebole client; the generator never touches this folder.

``connect`` gives a generated ``Client`` that sends the API token on every call and raises
``BeeboleError`` when the service answers ``{"status": "error", "message": ...}``, which Beebole
does with HTTP 200. Every service is its own generated function; its ``service`` value is filled in.
"""

from .connect import BeeboleAuth, connect
from .errors import BeeboleError, BeeboleHTTPError

__all__ = ["BeeboleAuth", "BeeboleError", "BeeboleHTTPError", "connect"]
