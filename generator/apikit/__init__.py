"""apikit: OpenAPI specs, typed clients, mock servers and conformance checks for four APIs.

The pipeline has one module per stage: ``load`` → ``validate`` → ``overlay`` → ``generate`` →
``docs``; beside it ``mock`` serves an API from its spec and ``verify`` holds a server to it.
"""

__version__ = "0.1.0"
