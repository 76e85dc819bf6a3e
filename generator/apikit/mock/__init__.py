"""Mock servers: one spec-driven engine (:mod:`apikit.mock.engine`) and a behaviour per API.

An API's behaviour comes from its mock plugin (:mod:`apikit.plugins`: the project's
``pyproject.toml`` or an ``apikit.mocks`` entry point), which offers
``create_behaviour(spec, **options) -> Behaviour``; an API without one is served by the spec-only
mock (:mod:`apikit.mock.generic`). :func:`create_app` loads the API's spec, makes its behaviour and
returns an ASGI application serving the spec.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from apikit.load import load_document
from apikit.mock import generic
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
from apikit.plugins import MOCK_GROUP, find_plugin, plugin_function
from apikit.project import Project

__all__ = [
    "ApiError",
    "Behaviour",
    "BehaviourFactory",
    "Call",
    "Handler",
    "MockApp",
    "MockEngine",
    "MockSetupError",
    "RawRequest",
    "Reply",
    "behaviour_factory",
    "build_app",
    "create_app",
    "response_schema",
]


BehaviourFactory = Callable[..., Behaviour[Any]]
"""``create_behaviour(spec, **options)``: what a mock plugin offers."""


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
    project = project or Project.find()
    spec = load_document(project.spec_path(api)).document
    create_behaviour, source = behaviour_factory(api, project)
    behaviour = create_behaviour(spec, **options)
    if not isinstance(behaviour, Behaviour):
        raise MockSetupError(
            f"{source}: create_behaviour returned {type(behaviour).__name__}, not a Behaviour"
        )
    engine = MockEngine(
        spec, behaviour, base_path=base_path, check_responses=check_responses, max_body_bytes=max_body_bytes
    )
    app = engine.app()
    app.state.behaviour_source = source
    return app


def behaviour_factory(api: str, project: Project) -> tuple[BehaviourFactory, str]:
    """What makes ``api``'s behaviour, and where it comes from (for messages): the API's mock plugin,
    else the spec-only mock."""
    found = find_plugin(project, MOCK_GROUP, api)
    if found is None:
        return generic.create_behaviour, "the spec-only mock (apikit.mock.generic)"
    plugin, source = found
    factory: BehaviourFactory = plugin_function(plugin, "create_behaviour", source)
    return factory, source
