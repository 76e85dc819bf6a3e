"""An app that does no work, behind the mocks' own HTTP server: the most requests a second any mock
on that server could answer on this machine (the mocks benchmark's ceiling).

python -m bench.empty_app <port>
"""

from __future__ import annotations

import sys

from starlette.types import Receive, Scope, Send

from apikit.mock import server


async def empty_app(scope: Scope, receive: Receive, send: Send) -> None:
    """Reads the request's body, as a mock must, then answers ``{}``."""
    more = True
    while more:
        message = await receive()
        more = bool(message.get("more_body", False))
    await send(
        {"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"application/json")]}
    )
    await send({"type": "http.response.body", "body": b"{}"})


if __name__ == "__main__":
    server.serve(empty_app, port=int(sys.argv[1]))
