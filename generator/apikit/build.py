"""The main job: validate every spec, apply overlays, regenerate every client, build the docs site.

Specs are validated before anything is written, so a bad spec leaves every output as it was. A spec
is validated as its outputs see it, after its ``all`` overlays, at the severities the project sets
(``apikit.checks``, ``apikit.policy``): errors stop the build, warnings are shown and it goes on.
A build whose inputs (spec and overlay files, the toolkit's own files, the versions of the tools it
runs) are byte for byte those of the last build, with its outputs still in place, stops at once.

A build is all or nothing. The clients are generated side by side into scratch folders (each is an
openapi-python-client subprocess, so threads suffice to keep every core busy), then the site; only
when every one of them is ready are they swapped in together (see ``apikit.generate``). A client or
docs page that fails leaves every client and the whole site as they were, and the build names it.
``--api`` builds one API's client and pages, as one unit too. One build at a time writes a project;
each starts by settling what a crashed or killed build left behind.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import apikit
from apikit import checks, overlaid, overlay, policy, spec, validate
from apikit.checks import ALL, spec_problems
from apikit.fingerprint import fingerprint, read_fingerprint
from apikit.generate import (
    GenerateError,
    build_lock,
    generator_warning_lines,
    recover_interrupted_build,
    refresh_hand_written,
    scratch_folder,
    stage_python_client,
    swap_all_in,
)
from apikit.generate_typescript import HAND_WRITTEN as TYPESCRIPT_RUNTIME
from apikit.generate_typescript import TYPESCRIPT_CLIENT, stage_typescript_client
from apikit.generate_typescript import refresh_hand_written as refresh_typescript_hand_written
from apikit.load import LoadedDocument, load_spec
from apikit.overlay import OverlayWarning, apply_overlay, load_overlay
from apikit.policy import CLIENT_LANGUAGES, client_languages, rule_severities
from apikit.project import Project
from apikit.validate import Severity, SpecInvalid, errors_of

PYTHON_CLIENT = "python-client"
Progress = Callable[[str], None]
WARNING = "warning   "
"""How a warning's progress line starts, in every stage."""
TOOLS = (
    "openapi-python-client",
    "ruff",
    "openapi-spec-validator",
    "jsonschema",
    "jsonschema-rs",
    "jsonpath-rfc9535",
    "pyyaml",
    "jinja2",
    "markdown-it-py",
)
"""Every library whose version can change what a build writes."""


@dataclass(frozen=True)
class PreparedSpec:
    api: str
    target: str
    document: dict[str, Any]
    warnings: tuple[OverlayWarning, ...]


@dataclass(frozen=True)
class ClientJob:
    """One client a build makes: an API's, in one language, from its spec prepared for that language."""

    api: str
    language: str
    document: dict[str, Any] = field(compare=False, hash=False, repr=False)

    @property
    def name(self) -> str:
        """How progress lines call it: ``fivepm`` (Python, as ever) or ``fivepm typescript``."""
        return self.api if self.language == PYTHON else f"{self.api} {self.language}"

    def destination(self, project: Project) -> Path:
        return client_destination(project, self.api, self.language)


def clients_folder(project: Project, language: str) -> Path:
    """Where the project's clients in ``language`` live, one folder per API."""
    return project.clients_dir if language == PYTHON else project.typescript_clients_dir


def client_destination(project: Project, api: str, language: str) -> Path:
    return clients_folder(project, language) / api


PYTHON, TYPESCRIPT = CLIENT_LANGUAGES
CLIENT_TARGETS = {PYTHON: PYTHON_CLIENT, TYPESCRIPT: TYPESCRIPT_CLIENT}
"""The overlay target each language's client is prepared for."""
STAGE = {PYTHON: stage_python_client, TYPESCRIPT: stage_typescript_client}
REFRESH = {PYTHON: refresh_hand_written, TYPESCRIPT: refresh_typescript_hand_written}


def load_valid_spec(project: Project, api: str, progress: Progress | None = None) -> dict[str, Any]:
    """The API's spec as every stage reads it (its files bundled, OpenAPI 3.0 read as 3.1), checked
    as its outputs see it (``apikit.checks.spec_problems``: after its ``all`` overlays, at the
    project's severities). An error stops here (SpecInvalid, naming every problem); ``progress``
    hears what loading changed and the warnings. A spec checked before exactly as it loads now, with
    the same ``all`` overlays and severities, is not checked again (its warnings are kept).

    Returns the spec before any overlay: each output applies its own (``apply_overlays``)."""
    loaded = load_spec(project.spec_path(api))
    severities = rule_severities(project, api)
    overlays = project.overlay_paths(api, ALL)
    marker = project.cache_dir / "valid" / validation_key(_as_loaded_bytes(loaded), severities, overlays)
    warnings = _recorded_warnings(marker)
    if warnings is None:
        problems = spec_problems(project, api, loaded, severities)
        errors = errors_of(problems)
        if errors:
            raise SpecInvalid(errors + [problem for problem in problems if not problem.is_error])
        warnings = [str(problem) for problem in problems]
        marker.parent.mkdir(parents=True, exist_ok=True)
        marker.write_text(json.dumps(warnings), encoding="utf-8")
    if progress is not None:
        for note in loaded.notes:
            progress(f"read      {api}: {note}")
        for warning in warnings:
            progress(f"{WARNING}{warning}")
    return loaded.document


def _recorded_warnings(marker: Path) -> list[str] | None:
    """The warnings of the validation this marker records, or None when it records none."""
    try:
        warnings = json.loads(marker.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None  # no marker, or an empty one from before markers kept warnings
    return [str(warning) for warning in warnings] if isinstance(warnings, list) else None


def _as_loaded_bytes(loaded: LoadedDocument) -> bytes:
    """The document with the file and line of each part: what validation reads and reports."""
    origins = {pointer: str(path) for pointer, path in loaded.origins.items()}
    return json.dumps([str(loaded.path), loaded.document, loaded.lines, origins]).encode()


def validation_key(
    loaded_bytes: bytes, severities: Mapping[str, Severity] | None = None, overlays: Sequence[Path] = ()
) -> str:
    """Changes with the loaded spec, its ``all`` overlays, the severities, the validators' versions
    and the code that validates."""
    code = (validate, spec, overlay, overlaid, checks, policy)
    key = fingerprint(
        raw=loaded_bytes,
        data=[dict(severities or {}), [str(path) for path in overlays]],
        packages=("openapi-spec-validator", "jsonschema", "jsonschema-rs", "jsonpath-rfc9535"),
        files=[*(Path(str(module.__file__)) for module in code), Path(__file__), *overlays],
    )
    return key.removeprefix("sha256:")


def prepare_spec(project: Project, api: str, target: str, *, strict: bool = False) -> PreparedSpec:
    """The API's spec as one output sees it: validated, then its overlays applied in order."""
    return apply_overlays(project, api, load_valid_spec(project, api), target, strict=strict)


def apply_overlays(
    project: Project, api: str, document: dict[str, Any], target: str, *, strict: bool = False
) -> PreparedSpec:
    warnings: list[OverlayWarning] = []
    for path in project.overlay_paths(api, target):
        result = apply_overlay(document, load_overlay(path), source=_relative(project, path), strict=strict)
        document = result.document
        warnings.extend(result.warnings)
    return PreparedSpec(api, target, document, tuple(warnings))


def build(
    project: Project,
    apis: Sequence[str],
    *,
    strict: bool = False,
    progress: Progress = print,
    jobs: int | None = None,
) -> None:
    """``jobs``: clients generated at once (default: one per core).

    Waits for a build of the same project already running, then settles what a stopped one left.
    """
    with build_lock(project, progress):
        recover_interrupted_build(project, progress)
        _build(project, apis, strict=strict, progress=progress, jobs=jobs)


def _build(
    project: Project, apis: Sequence[str], *, strict: bool, progress: Progress, jobs: int | None
) -> None:
    stamp = BuildStamp(project, apis, strict)
    inputs = stamp.inputs()  # before anything is read, so an edit made during the build is noticed next time
    earlier_warnings = stamp.warnings_if_unchanged(inputs)
    if earlier_warnings is not None:
        for earlier in earlier_warnings:
            progress(f"{WARNING}{earlier}")
        progress(f"unchanged {', '.join(apis)}: specs, overlays and toolkit as at the last build")
        progress("done")
        return
    warnings: list[str] = []
    progress = _noting_warnings(progress, warnings)
    specs: dict[str, dict[str, Any]] = {}
    for api in apis:
        progress(f"validate  {api}")
        specs[api] = load_valid_spec(project, api, progress=progress)
    clients: list[ClientJob] = []
    for api, document in specs.items():
        for language in client_languages(project, api):
            prepared = apply_overlays(project, api, document, CLIENT_TARGETS[language], strict=strict)
            for warning in prepared.warnings:
                progress(f"{WARNING}{warning}")
            clients.append(ClientJob(api, language, prepared.document))
        if not document.get("paths"):
            progress(
                f"generate  {api}: no paths in the spec (only webhooks or components): "
                "the client holds its models, no calls"
            )
    _stage_then_swap(project, specs, clients, strict=strict, progress=progress, jobs=jobs)
    stamp.record(inputs, warnings)
    progress("done")


def _stage_then_swap(
    project: Project,
    specs: dict[str, dict[str, Any]],
    clients: Sequence[ClientJob],
    *,
    strict: bool,
    progress: Progress,
    jobs: int | None,
) -> None:
    """Every output written beside its destination first; only then all of them swapped in."""
    with contextlib.ExitStack() as folders:
        scratch = _scratch_folders(folders, project, clients)
        site_scratch = folders.enter_context(scratch_folder(project.site_dir.parent))
        staged = generate_clients(project, clients, scratch, jobs=jobs, progress=progress)
        site = build_docs(project, list(specs), specs, site_scratch, strict=strict, progress=progress)
        new_clients = {job: folder for job, folder in staged.items() if folder is not None}
        _swap_in_together(project, new_clients, site, progress)


def _scratch_folders(
    folders: contextlib.ExitStack, project: Project, clients: Sequence[ClientJob]
) -> dict[str, Path]:
    """A scratch folder beside the clients of each language the build makes, and only those: a
    Python-only project gets no ``generated/typescript``."""
    languages = dict.fromkeys(job.language for job in clients)
    return {
        language: folders.enter_context(scratch_folder(clients_folder(project, language)))
        for language in languages
    }


def _swap_in_together(
    project: Project, clients: Mapping[ClientJob, Path], site: Path | None, progress: Progress
) -> None:
    for job, staged in clients.items():
        # A runtime edited while the build ran goes in as edited.
        REFRESH[job.language](project, job.api, staged)
    replacements = [(staged, job.destination(project)) for job, staged in clients.items()]
    if site is not None:
        replacements.append((site, project.site_dir))
    if not replacements:
        return
    swap_all_in(project, replacements)
    names = ", ".join(_relative(project, destination) for _, destination in replacements)
    progress(f"swapped   {names} in")


def _noting_warnings(progress: Progress, warnings: list[str]) -> Progress:
    """``progress`` that also notes every warning line, to repeat them when a build is skipped."""

    def report(line: str) -> None:
        if line.startswith(WARNING):
            warnings.append(line.removeprefix(WARNING))
        progress(line)

    return report


class BuildStamp:
    """What the last complete build of these APIs read and wrote, kept in the project's cache.

    The build may skip everything while its inputs hash the same and each output still carries the
    fingerprint that build left in it (so a deleted or regenerated output is noticed).
    """

    def __init__(self, project: Project, apis: Sequence[str], strict: bool) -> None:
        self.project = project
        self.apis = list(apis)
        name = fingerprint(data={"apis": self.apis, "strict": strict}).removeprefix("sha256:")[:16]
        self.path = project.cache_dir / "build" / f"{name}.json"

    def inputs(self) -> str:
        folders = [self.project.specs_dir / api for api in self.apis]
        folders += [self.project.overlays_dir / api for api in self.apis]
        folders.append(Path(str(apikit.__file__)).parent)  # the toolkit: code, templates, assets
        # A TypeScript package's runtime is compiled into it: editing it is a change to build.
        folders += [self.project.typescript_client_dir(api) / TYPESCRIPT_RUNTIME for api in self.apis]
        files = [(folder, path) for folder in folders for path in _source_files(folder)]
        names = [f"{folder.name}/{path.relative_to(folder).as_posix()}" for folder, path in files]
        settings = self.project.tool_config()  # severities, accepted generator warnings
        return fingerprint(data=[names, settings], packages=TOOLS, files=[path for _, path in files])

    def outputs(self) -> dict[str, str | None]:
        folders = [
            client_destination(self.project, api, language)
            for api in self.apis
            for language in client_languages(self.project, api)
        ]
        folders.append(self.project.site_dir)
        return {str(folder): read_fingerprint(folder) for folder in folders}

    def warnings_if_unchanged(self, inputs: str) -> list[str] | None:
        """The last build's warnings when it still stands (same inputs, outputs untouched), else None."""
        recorded = self._read()
        if recorded is None or recorded.get("inputs") != inputs:
            return None
        outputs = self.outputs()
        if None in outputs.values() or recorded.get("outputs") != outputs:
            return None
        return list(recorded.get("warnings") or [])

    def record(self, inputs: str, warnings: Sequence[str]) -> None:
        record = {"inputs": inputs, "outputs": self.outputs(), "warnings": list(warnings)}
        self.path.parent.mkdir(parents=True, exist_ok=True)
        scratch = self.path.with_suffix(".tmp")
        scratch.write_text(json.dumps(record, indent=1), encoding="utf-8")
        scratch.replace(self.path)

    def _read(self) -> dict[str, Any] | None:
        try:
            loaded = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return loaded if isinstance(loaded, dict) else None


def _source_files(folder: Path) -> list[Path]:
    """The files under ``folder`` that a build reads (compiled bytecode is not one of them)."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts)


def generate_clients(
    project: Project,
    clients: Sequence[ClientJob],
    scratch: Mapping[str, Path],
    *,
    jobs: int | None = None,
    progress: Progress = print,
) -> dict[ClientJob, Path | None]:
    """Generate every client into the scratch folder of its language, several at once; report them
    in the given order once all are done. Returns each client's new folder (None: the client in
    place is up to date).

    Every generation runs to its end even when another fails, so every failure is reported; they are
    then raised together as one GenerateError, in the given order, naming the clients that failed.
    """
    workers = max(1, min(len(clients), jobs or os.cpu_count() or 1))
    progress(f"generate  {len(clients)} client(s), {workers} at a time")
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="generate") as pool:
        futures = {
            job: pool.submit(STAGE[job.language], project, job.api, job.document, scratch[job.language])
            for job in clients
        }
    failed: dict[ClientJob, BaseException] = {}
    staged: dict[ClientJob, Path | None] = {}
    for job, future in futures.items():
        error = future.exception()
        if error is not None:
            failed[job] = error
            progress(f"generate  {job.name}: failed")
            continue
        staged[job] = future.result()
        state = "unchanged" if staged[job] is None else "regenerated"
        progress(f"generate  {job.name} -> {_relative(project, job.destination(project))} ({state})")
        if job.language == PYTHON:
            for line in generator_warning_lines(project, job.api, staged[job] or job.destination(project)):
                progress(f"{WARNING}{line}")
    unexpected = [error for error in failed.values() if not isinstance(error, GenerateError)]
    if unexpected:
        raise unexpected[0]
    if failed:
        raise GenerateError(
            f"the client of {', '.join(job.name for job in failed)} could not be generated, so the build "
            "stopped: no client and no docs page was replaced\n\n"
            + "\n\n".join(str(error) for error in failed.values())
        )
    return staged


def build_docs(
    project: Project,
    apis: Sequence[str],
    specs: dict[str, dict[str, Any]],
    scratch: Path,
    *,
    strict: bool = False,
    progress: Progress = print,
) -> Path | None:
    """The docs stage, after the clients: the reference site with these APIs' pages rebuilt, written
    into ``scratch``. Returns that site, or None when the site in place is already up to date."""
    from apikit.docs import build_site  # not at the top: apikit.docs imports this module

    staged = scratch / project.site_dir.name
    _copy_live_site(project, staged)
    build_site(project, apis, documents=specs, output=staged, strict=strict, progress=progress)
    progress(f"docs      {', '.join(apis)} -> {_relative(project, project.site_dir)}")
    unchanged = read_fingerprint(project.site_dir)
    return None if unchanged is not None and read_fingerprint(staged) == unchanged else staged


def _copy_live_site(project: Project, staged: Path) -> None:
    """Start from the site in place: build_site keeps the pages of the APIs it does not rebuild, and
    stops at once when the fingerprint shows the site is already what it would write."""
    if project.site_dir.is_dir():
        shutil.copytree(project.site_dir, staged)


def _relative(project: Project, path: Any) -> str:
    try:
        return str(path.relative_to(project.root))
    except ValueError:
        return str(path)
