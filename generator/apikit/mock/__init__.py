"""Mock servers: one spec-driven engine (:mod:`apikit.mock.engine`) plus one behaviour per vendor.

A vendor's behaviour lives in ``apikit.mock.<api>`` (the folder name under ``specs/``) and exposes
``create_behaviour(spec, **options) -> Behaviour``. :func:`create_app` loads the API's spec, asks
that module for its behaviour and returns an ASGI application serving the spec.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from typing import Any, Protocol, cast

from apikit.load import load_document
from apikit.mock.engine import (
    DEFAULT_MAX_BODY_BYTES,
    ApiError,
    Behaviour,
    Call,
    Handler,
    MockApp,
    MockEngine,
    MockSetupError,
    RawRequest,
    Reply,
    build_app,
    response_schema,
)
from apikit.project import Project

__all__ = [
    "ApiError",
    "Behaviour",
    "BehaviourModule",
    "Call",
    "Handler",
    "MockApp",
    "MockEngine",
    "MockSetupError",
    "RawRequest",
    "Reply",
    "build_app",
    "create_app",
    "response_schema",
]


class BehaviourModule(Protocol):
    """What ``apikit.mock.<api>`` must provide."""

    def create_behaviour(self, spec: Mapping[str, Any], **options: Any) -> Behaviour[Any]: ...


def create_app(
    api: str,
    project: Project | None = None,
    *,
    base_path: str | None = None,
    check_responses: bool = True,
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
    **options: Any,
) -> MockApp:
    """A mock server for ``api``: its spec from ``project`` (default: found from the cwd).

    ``options`` go to the behaviour (e.g. ``clock=`` for 5pm). ``base_path`` defaults to the path
    of the spec's first server URL; ``check_responses`` makes every answer that breaks the spec a 500.
    """
    spec = load_document((project or Project.find()).spec_path(api)).document
    behaviour = behaviour_module(api).create_behaviour(spec, **options)
    engine = MockEngine(
        spec, behaviour, base_path=base_path, check_responses=check_responses, max_body_bytes=max_body_bytes
    )
    return engine.app()


def behaviour_module(api: str) -> BehaviourModule:
    if not api.isidentifier():
        raise MockSetupError(f"{api!r} is not an API name a mock module can have")
    try:
        module = importlib.import_module(f"{__name__}.{api}")
    except ModuleNotFoundError as exc:
        if exc.name != f"{__name__}.{api}":
            raise
        raise MockSetupError(f"no mock behaviour for {api!r}: write the module {__name__}.{api}") from exc
    if not callable(getattr(module, "create_behaviour", None)):
        raise MockSetupError(f"{module.__name__} has no create_behaviour(spec, **options) function")
    return cast(BehaviourModule, module)
