"""The main job: validate every spec, apply overlays, regenerate every client.

Specs are validated before anything is written, so a bad spec leaves every output as it was.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from apikit.generate import generate_python_client
from apikit.load import load_document
from apikit.overlay import OverlayWarning, apply_overlay, load_overlay
from apikit.project import Project
from apikit.validate import SpecInvalid, validate_document

PYTHON_CLIENT = "python-client"
Progress = Callable[[str], None]


@dataclass(frozen=True)
class PreparedSpec:
    api: str
    target: str
    document: dict[str, Any]
    warnings: tuple[OverlayWarning, ...]


def load_valid_spec(project: Project, api: str) -> dict[str, Any]:
    loaded = load_document(project.spec_path(api))
    problems = validate_document(loaded)
    if problems:
        raise SpecInvalid(problems)
    return loaded.document


def prepare_spec(project: Project, api: str, target: str, *, strict: bool = False) -> PreparedSpec:
    """The API's spec as one output sees it: validated, then its overlays applied in order."""
    document = load_valid_spec(project, api)
    warnings: list[OverlayWarning] = []
    for path in project.overlay_paths(api, target):
        result = apply_overlay(document, load_overlay(path), source=_relative(project, path), strict=strict)
        document = result.document
        warnings.extend(result.warnings)
    return PreparedSpec(api, target, document, tuple(warnings))


def build(project: Project, apis: Sequence[str], *, strict: bool = False, progress: Progress = print) -> None:
    for api in apis:
        progress(f"validate  {api}")
        load_valid_spec(project, api)
    for api in apis:
        prepared = prepare_spec(project, api, PYTHON_CLIENT, strict=strict)
        for warning in prepared.warnings:
            progress(f"warning   {warning}")
        progress(f"generate  {api} -> {_relative(project, project.client_dir(api))}")
        generate_python_client(project, api, prepared.document)
    progress("done")


def _relative(project: Project, path: Any) -> str:
    try:
        return str(path.relative_to(project.root))
    except ValueError:
        return str(path)
