"""Mock servers: one spec-driven engine (:mod:`apikit.mock.engine`) and a behaviour per API.

An API's behaviour comes from its mock plugin (:mod:`apikit.plugins`: the project's
``pyproject.toml`` or an ``apikit.mocks`` entry point), which offers
``create_behaviour(spec, **options) -> Behaviour``; an API without one is served by the spec-only
mock (:mod:`apikit.mock.generic`). :func:`create_app` loads the API's spec, makes its behaviour and
returns an ASGI application serving the spec.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from apikit.build import prepare_spec
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
from apikit.mock.host import MockHost, Mounted
from apikit.mock.statefile import StateFile
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
    "MockHost",
    "MockSetupError",
    "RawRequest",
    "Reply",
    "behaviour_factory",
    "build_app",
    "create_app",
    "create_host",
    "response_schema",
]


MOCK_TARGET = "mock"
"""The overlays a mock serves its spec after: ``overlays/<api>/all*.yaml`` and ``mock*.yaml`` (where
``x-apikit-mock`` declarations can go, keeping a vendor's spec as published)."""

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
    """A mock server for ``api``: its spec from ``project`` (default: found from the cwd), checked and
    after its ``all`` and ``mock`` overlays.

    ``options`` go to the behaviour (e.g. ``clock=`` for 5pm). ``base_path`` defaults to the path
    of the spec's first server URL; ``check_responses`` makes every answer that breaks the spec a 500.
    """
    project = project or Project.find()
    spec = prepare_spec(project, api, MOCK_TARGET).document
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


def create_host(
    apis: Sequence[str],
    project: Project | None = None,
    *,
    each_under_its_name: bool = False,
    seeds: Mapping[str, Path] | None = None,
    state_path: Path | None = None,
    **options: Any,
) -> MockHost:
    """The application ``apikit mock`` serves: the mocks of ``apis`` and the admin endpoint.

    ``each_under_its_name`` mounts each mock at ``/<api>`` (``--all``), else the only one at the root;
    ``seeds`` gives an API the data file it starts from and resets to; ``state_path`` keeps every
    mock's state in that SQLite file across restarts. ``options`` go to :func:`create_app`.
    """
    project = project or Project.find()
    seeds = seeds or {}
    if not each_under_its_name and len(apis) != 1:
        raise MockSetupError("several mocks on one host need each under its own name")
    unknown = sorted(set(seeds) - set(apis))
    if unknown:
        raise MockSetupError(f"seed data for {', '.join(unknown)}, which is not served here")
    mounted = [
        Mounted(
            name=api,
            app=create_app(api, project, **options),
            prefix=f"/{api}" if each_under_its_name else "",
            seed=_seed_data(seeds.get(api)),
            seed_source=str(seeds.get(api)),
        )
        for api in apis
    ]
    return MockHost(mounted, StateFile(state_path) if state_path is not None else None)


def _seed_data(path: Path | None) -> Any:
    return None if path is None else load_document(path).document
