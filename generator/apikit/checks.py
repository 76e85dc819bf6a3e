"""What ``apikit validate`` and the build check for one API of a project.

- The spec as its outputs see it (:func:`spec_problems`): the spec as written must be OpenAPI; so
  must the spec after its ``all`` overlays (an overlay must not break the document); and the
  project rules, at the severities the project sets (:mod:`apikit.policy`), hold that result, so a
  vendor's spec can stay as published and be fixed in an overlay.
- Its overlay files (:func:`overlay_file_problems`, ``apikit validate`` only; a build applies them
  and stops at the first that fails): each one parses, is an Overlay document, has valid JSONPath
  queries, and applies, in the order a build applies it, with a warning for an action that changes
  nothing (a target that matches nothing).

Every problem is one line, ``file:line (pointer): severity [id]: what; fix``.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from apikit.load import LoadedDocument, LoadError, load_document, load_spec
from apikit.overlaid import OverlaidSpec, apply_all_overlays
from apikit.overlay import OverlayError, apply_overlay, overlay_problems
from apikit.policy import accepted_warnings, client_languages, rule_severities
from apikit.project import OVERLAY_SUFFIXES, Project
from apikit.validate import (
    ERROR,
    WARNING,
    Problem,
    Severity,
    openapi_schema_problems,
    rule_problems,
    validate_document,
)

ALL = "all"
"""The overlay target that applies to every output, and so to what the rules check."""
OVERLAY_CHECK = "overlay"
"""The id shown with what keeps an overlay file from applying (always an error)."""
OVERLAY_ACTION = "overlay-action"
"""The id shown with an overlay action that changes nothing (a warning; an error under --strict)."""


def validate_api(project: Project, api: str) -> list[Problem]:
    """Everything ``apikit validate`` reports for ``api``: its spec's problems, then its overlays'.

    Raises PolicyError for a setting of the project that apikit does not know (any of them, so that
    `apikit validate` finds the mistakes a build would stop at)."""
    accepted_warnings(project, api)
    client_languages(project, api)
    loaded = load_spec(project.spec_path(api))
    overlays = overlay_file_problems(project, api, loaded.document)
    try:
        problems = spec_problems(project, api, loaded, rule_severities(project, api))
    except OverlayError:  # an `all` overlay that does not apply: reported among the overlays' problems
        problems = openapi_schema_problems(loaded)
    return problems + overlays


def spec_problems(
    project: Project, api: str, loaded: LoadedDocument, severities: Mapping[str, Severity]
) -> list[Problem]:
    """The spec, then the spec after its ``all`` overlays, must be OpenAPI; the project rules hold
    the latter. Raises OverlayError when an ``all`` overlay is invalid or does not apply."""
    problems = openapi_schema_problems(loaded)
    if problems:
        return problems  # an overlay's targets and the rules presume a sound document
    overlaid = overlaid_by_all(project, api, loaded)
    if overlaid is None:
        return rule_problems(loaded, severities)
    return validate_document(overlaid, severities)


def overlaid_by_all(project: Project, api: str, loaded: LoadedDocument) -> OverlaidSpec | None:
    """The spec after its ``all`` overlays, knowing where each part was written; None without any."""
    paths = project.overlay_paths(api, ALL)
    return apply_all_overlays(loaded, paths) if paths else None


def overlay_file_problems(project: Project, api: str, spec: Mapping[str, Any]) -> list[Problem]:
    """The problems of every overlay file of ``api``, whichever output it is for."""
    problems: list[Problem] = []
    sound: dict[Path, LoadedDocument] = {}
    for path in overlay_files(project, api):
        loaded, found = _checked_overlay(path)
        problems += found
        if loaded is not None and not found:
            sound[path] = loaded
    for chain in _chains(project, api):
        for problem in _application_problems(chain, sound, spec):
            if problem not in problems:  # an `all` overlay is in every chain: once is enough
                problems.append(problem)
    return problems


def overlay_files(project: Project, api: str) -> list[Path]:
    folder = project.overlays_dir / api
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix in OVERLAY_SUFFIXES and p.is_file())


def _checked_overlay(path: Path) -> tuple[LoadedDocument | None, list[Problem]]:
    try:
        loaded = load_document(path)
    except LoadError as exc:
        return None, [_unreadable(path, exc)]
    return loaded, [
        Problem(loaded.where(pointer), message, fix, OVERLAY_CHECK, ERROR)
        for pointer, message, fix in overlay_problems(loaded.document)
    ]


def _unreadable(path: Path, exc: LoadError) -> Problem:
    """A file that does not parse; the loader's message starts with ``file:line: ``."""
    text = str(exc)
    if not text.startswith(str(path)):
        return Problem(str(path), text, "", OVERLAY_CHECK, ERROR)
    place, _, message = text[len(str(path)) :].partition(": ")
    return Problem(f"{path}{place}", message, "", OVERLAY_CHECK, ERROR)


def _chains(project: Project, api: str) -> list[list[Path]]:
    """The overlay files in the order each output applies them: ``all`` alone, then each target's."""
    targets = sorted({path.name.split(".", 1)[0] for path in overlay_files(project, api)} - {ALL})
    return [project.overlay_paths(api, target) for target in (ALL, *targets)]


def _application_problems(
    chain: Sequence[Path], sound: Mapping[Path, LoadedDocument], spec: Mapping[str, Any]
) -> Iterator[Problem]:
    """Apply ``chain`` as a build would, up to the first file that is unsound or does not apply."""
    document = spec
    for path in chain:
        overlay = sound.get(path)
        if overlay is None:
            return
        try:
            result = apply_overlay(document, overlay.document, source=str(path))
        except OverlayError as exc:
            yield Problem(overlay.where(exc.pointer or ""), exc.detail, "", OVERLAY_CHECK, ERROR)
            return
        for warning in result.warnings:
            where = overlay.where(f"/actions/{warning.action_index}/target")
            yield Problem(where, warning.message, "fix the action or drop it", OVERLAY_ACTION, WARNING)
        document = result.document
