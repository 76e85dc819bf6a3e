"""What a project holds its specs and clients to, as set in its pyproject.toml.

Rule severities (the rule ids and their defaults are ``apikit.validate.RULES``)::

    [tool.apikit.rules]              # every API of the project
    operation-summary = "error"      # "error", "warning" or "off"

    [tool.apikit.rules.petstore]     # one API: over the table above
    operation-tags = "off"

Generator warnings a project accepts (openapi-python-client leaves out of a client what it cannot
generate, and says so in a warning; any other warning stops the build)::

    [tool.apikit.generate]                   # every API
    accept-warnings = ["Skipping Integration"]

    [tool.apikit.generate.petstore]          # one API: added to the list above
    accept-warnings = ["GET /pets/{id}:", "schema /components/schemas/Mixed"]

The clients a build generates, for every API or one (default: Python only; a TypeScript package
needs Node.js and npm to build)::

    [tool.apikit.generate]
    languages = ["python", "typescript"]

    [tool.apikit.generate.petstore]
    languages = ["python"]                   # one API: instead of the list above

An entry accepts every warning whose line, as the build prints it, contains the entry; a ``*`` in
the entry stands for any run of characters (``"GET /pets*: endpoint left out"``). The line starts
with what was left out (``GET /pets``, ``schema /components/schemas/Mixed``), which stays as it is
while the spec does, so that start is what to accept a warning by.

A key, rule id or severity apikit does not know is an error naming the file, the key and what it
could be: a typo must not leave a rule at its default unnoticed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from apikit.project import Project, ProjectError
from apikit.validate import RULE_IDS, RULES, SCHEMA_CHECK, SEVERITIES, Severity

RULES_KEY = "rules"
GENERATE_KEY = "generate"
ACCEPT_WARNINGS = "accept-warnings"
LANGUAGES = "languages"
CLIENT_LANGUAGES = ("python", "typescript")
DEFAULT_LANGUAGES = ("python",)
GENERATE_SETTINGS = (ACCEPT_WARNINGS, LANGUAGES)


class PolicyError(ProjectError):
    """The project's ``[tool.apikit]`` settings are not what apikit understands."""


def rule_severities(project: Project, api: str) -> dict[str, Severity]:
    """Each rule id -> its severity for ``api``: the project's setting for the API, else for every
    API, else the rule's default."""
    table = _table(project, RULES_KEY)
    for_all, per_api = _split_per_api(project, RULES_KEY, table)
    settings = {
        **_severities(project, RULES_KEY, for_all),
        **_severities(project, f"{RULES_KEY}.{api}", per_api.get(api, {})),
    }
    for name, entries in per_api.items():
        if name != api:
            _severities(project, f"{RULES_KEY}.{name}", entries)  # a mistake for another API is one too
    return {rule.id: settings.get(rule.id, rule.default) for rule in RULES}


def accepted_warnings(project: Project, api: str) -> list[str]:
    """The entries that accept openapi-python-client warnings for ``api``: every API's, then its own."""
    table = _table(project, GENERATE_KEY)
    for_all, per_api = _split_per_api(project, GENERATE_KEY, table)
    for name, entries in per_api.items():
        _check_generate_keys(project, f"{GENERATE_KEY}.{name}", entries)
    _check_generate_keys(project, GENERATE_KEY, for_all)
    return [
        *_accept_list(project, GENERATE_KEY, for_all),
        *_accept_list(project, f"{GENERATE_KEY}.{api}", per_api.get(api, {})),
    ]


def client_languages(project: Project, api: str) -> tuple[str, ...]:
    """The languages whose client ``api`` gets: its own setting, else every API's, else Python."""
    table = _table(project, GENERATE_KEY)
    for_all, per_api = _split_per_api(project, GENERATE_KEY, table)
    own = per_api.get(api, {})
    if LANGUAGES in own:
        return _languages(project, f"{GENERATE_KEY}.{api}", own[LANGUAGES])
    if LANGUAGES in for_all:
        return _languages(project, GENERATE_KEY, for_all[LANGUAGES])
    return DEFAULT_LANGUAGES


def _languages(project: Project, key: str, value: Any) -> tuple[str, ...]:
    name = f"tool.apikit.{key}.{LANGUAGES}"
    if not isinstance(value, list) or not value or any(item not in CLIENT_LANGUAGES for item in value):
        raise PolicyError(
            f"{project.config_path}: {name} = {value!r}: give a list of one or more of "
            f"{_quoted(CLIENT_LANGUAGES)}"
        )
    return tuple(language for language in CLIENT_LANGUAGES if language in value)


def accepting_entry(warning: str, entries: Iterable[str]) -> str | None:
    """The first entry that accepts ``warning`` (it occurs in it, ``*`` matching anything), or None."""
    for entry in entries:
        pattern = ".*".join(re.escape(part) for part in entry.split("*"))
        if re.search(pattern, warning, re.DOTALL):
            return entry
    return None


def _table(project: Project, key: str) -> dict[str, Any]:
    table = project.tool_config().get(key, {})
    if not isinstance(table, dict):
        raise PolicyError(f"{project.config_path}: [tool.apikit] {key} must be a table ([tool.apikit.{key}])")
    return table


def _split_per_api(
    project: Project, key: str, table: Mapping[str, Any]
) -> tuple[dict[str, Any], dict[str, dict[str, Any]]]:
    """(the settings for every API, the tables of single APIs): a table value is an API's."""
    for_all = {name: value for name, value in table.items() if not isinstance(value, dict)}
    per_api = {name: value for name, value in table.items() if isinstance(value, dict)}
    known = project.api_names()
    for name in per_api:
        if key == RULES_KEY and name in RULE_IDS:
            raise PolicyError(
                f"{project.config_path}: tool.apikit.{key}.{name} is a table; a rule's setting is one of "
                f'{_quoted(SEVERITIES)}, e.g. {name} = "warning"'
            )
        if name not in known:
            raise PolicyError(
                f"{project.config_path}: [tool.apikit.{key}.{name}]: no API is called {name!r} "
                f"(APIs of this project: {', '.join(known) or 'none'})"
            )
    return for_all, per_api


def _severities(project: Project, key: str, entries: Mapping[str, Any]) -> dict[str, Severity]:
    found: dict[str, Severity] = {}
    for rule_id, value in entries.items():
        name = f"tool.apikit.{key}.{rule_id}"
        if rule_id == SCHEMA_CHECK:
            raise PolicyError(
                f"{project.config_path}: {name}: the OpenAPI schema check is not a rule and cannot be "
                "set: a document that fails it is not OpenAPI"
            )
        if rule_id not in RULE_IDS:
            raise PolicyError(
                f"{project.config_path}: {name}: no rule has the id {rule_id!r}; "
                f"the rule ids are {', '.join(RULE_IDS)}"
            )
        if value not in SEVERITIES:
            raise PolicyError(
                f"{project.config_path}: {name} = {value!r}: not a severity; use one of {_quoted(SEVERITIES)}"
            )
        found[rule_id] = value
    return found


def _check_generate_keys(project: Project, key: str, entries: Mapping[str, Any]) -> None:
    for name in entries:
        if name not in GENERATE_SETTINGS:
            raise PolicyError(
                f"{project.config_path}: tool.apikit.{key}.{name}: apikit knows no such setting; "
                f'the settings there are {ACCEPT_WARNINGS} = ["..."] and '
                f'{LANGUAGES} = ["python", "typescript"]'
            )


def _accept_list(project: Project, key: str, entries: Mapping[str, Any]) -> list[str]:
    value = entries.get(ACCEPT_WARNINGS, [])
    if not isinstance(value, list) or not all(isinstance(item, str) and item.strip() for item in value):
        raise PolicyError(
            f"{project.config_path}: tool.apikit.{key}.{ACCEPT_WARNINGS} must be a list of non-empty "
            'strings, each a part of a warning\'s line, e.g. ["GET /pets/{id}:"]'
        )
    return list(value)


def _quoted(values: Iterable[str]) -> str:
    return ", ".join(f'"{value}"' for value in values)
