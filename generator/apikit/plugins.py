"""Where an API's hand-written parts come from: its mock behaviour and its sign-in for ``verify``.

A spec says what an API accepts and answers; a plugin adds what a spec cannot say (a vendor's
sessions, signatures, filter language, workflow). Plugins are found, for an API named ``api``:

1. in the project's ``pyproject.toml``, where a project names its own code::

       [tool.apikit.mocks]
       museum = "mocks.museum"            # a module, or "module:attribute"

       [tool.apikit.verify]
       museum = "mocks.museum_sign_in"

   (modules are imported with the project's root folder first on ``sys.path``);
2. among installed packages, by entry point, as pytest and schemathesis find theirs: group
   ``apikit.mocks`` or ``apikit.verify``, entry point name ``api``. apikit's own four APIs are
   registered this way too (``pyproject.toml``, ``[project.entry-points."apikit.mocks"]``).

A mock plugin is a module with ``create_behaviour(spec, **options) -> Behaviour`` or that function
itself; a verify plugin is a module with ``auth_provider(http) -> type``. An API with no mock plugin
is served by the spec-only mock (:mod:`apikit.mock.generic`); one with no verify plugin is checked
with the credentials given on the command line.
"""

from __future__ import annotations

import importlib
import sys
from importlib.metadata import entry_points
from pathlib import Path
from types import ModuleType
from typing import Any

from apikit.project import Project, ProjectError

MOCK_GROUP = "apikit.mocks"
VERIFY_GROUP = "apikit.verify"
_CONFIG_KEYS = {MOCK_GROUP: "mocks", VERIFY_GROUP: "verify"}


class PluginError(ProjectError):
    """A configured or registered plugin cannot be loaded."""


def find_plugin(project: Project, group: str, api: str) -> tuple[Any, str] | None:
    """The plugin object for ``api`` in ``group`` and where it was found (for messages), or None."""
    reference, source = _configured(project, group, api)
    if reference is not None:
        return _load(reference, project.root, source), f"{source} = {reference!r}"
    for entry_point in entry_points(group=group, name=api):
        source = f"entry point {group}:{api} ({entry_point.value})"
        try:
            return entry_point.load(), source
        except Exception as exc:
            raise PluginError(f"{source} could not be loaded: {exc}") from exc
    return None


def plugin_function(plugin: Any, name: str, source: str) -> Any:
    """``plugin.<name>`` for a module, the plugin itself for a function."""
    function = getattr(plugin, name, None) if isinstance(plugin, ModuleType) else plugin
    if not callable(function):
        raise PluginError(f"{source}: expected a module with {name}() or that function, got {plugin!r}")
    return function


def _configured(project: Project, group: str, api: str) -> tuple[str | None, str]:
    key = _CONFIG_KEYS[group]
    path = project.config_path
    where = f"{path}: [tool.apikit.{key}] {api}"
    table = project.tool_config().get(key, {})
    if not isinstance(table, dict):
        raise PluginError(f'{path}: [tool.apikit.{key}] must be a table of API name = "module"')
    reference = table.get(api)
    if reference is not None and not isinstance(reference, str):
        raise PluginError(f'{where} must be a string such as "package.module" or "module:function"')
    return reference, where


def _load(reference: str, root: Path, source: str) -> Any:
    module_name, _, attribute = reference.partition(":")
    if str(root) not in sys.path:
        sys.path.insert(0, str(root))  # the project's own modules, as pytest's rootdir conftest
    try:
        module = importlib.import_module(module_name)
    except ImportError as exc:
        raise PluginError(f"{source} = {reference!r}: cannot import {module_name} ({exc})") from exc
    if not attribute:
        return module
    try:
        return getattr(module, attribute)
    except AttributeError as exc:
        raise PluginError(f"{source} = {reference!r}: {module_name} has no {attribute}") from exc
