"""Generate stage: a typed Python client from a prepared spec, with openapi-python-client; and the
safe replacement of every folder a build writes.

A client is generated into a scratch folder (``stage_python_client``), and nothing in place changes
until every output of the build is ready. ``swap_all_in`` then moves them in together: each old
output is set aside as ``.<name>.previous`` beside it and the new one renamed into its place, with
a journal in the project's cache for as long as that takes. A failure puts the swapped ones back;
after a crash or a kill, the next build puts them back before anything else
(``recover_interrupted_build``) and removes the scratch folders killed builds left. One build at a
time writes a project (``build_lock``).

What openapi-python-client cannot generate it leaves out of the client, with a warning. A warning
the project does not accept (``[tool.apikit.generate.<api>] accept-warnings``, see
``apikit.policy``) stops the build; the accepted ones are kept beside the client
(``GENERATOR_WARNINGS_FILE``, only when there are any) and listed by every build that uses it.

The client's hand-written runtime (``<package>/lib/``) is never generated: it is carried over from
the previous client (from its set-aside copy when only that is left), once more right before the
swap, a client that had one is never regenerated without it, and a set-aside copy is never deleted
while it holds a runtime that the client in place lacks or holds in another version.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import IO, Any

import yaml

from apikit.fingerprint import fingerprint, read_fingerprint, write_fingerprint
from apikit.policy import GENERATE_KEY, accepted_warnings, accepting_entry
from apikit.project import Project, client_package_name
from apikit.spec import iter_operations, resolve
from apikit.validate import one_line

TEMPLATES = Path(__file__).parent / "templates" / "python-client"
HAND_WRITTEN = "lib"
TYPESCRIPT_HAND_WRITTEN = "src/lib"
EMPTY_RUNTIME = (
    "__init__.py",
    '"""Hand-written runtime for this client; the generator never touches this folder."""\n\n'
    "__all__: list[str] = []\n",
)
SCRATCH_PREFIX = ".apikit-build-"
"""Scratch folders of a build, beside the folders it replaces (a rename never crosses devices)."""
SET_ASIDE_SUFFIX = ".previous"
GENERATOR_WARNINGS_FILE = ".apikit-generator-warnings.json"
"""Beside a client the generator warned about: each warning, as the line a build shows."""
SWAPPING, SWAPPED = "swapping", "swapped"
Progress = Callable[[str], None]
Swap = tuple[Path, bool]
"""A journal entry: a destination, and whether it held a previous output to set aside."""


class GenerateError(Exception):
    """The client could not be generated; the previous output is unchanged."""


class SwapError(GenerateError):
    """Outputs could not be swapped in, or what an interrupted build left could not be settled."""


def generate_python_client(
    project: Project, api: str, spec: Mapping[str, Any], *, progress: Progress = print
) -> bool:
    """(Re)generate the API's client on its own; False when its inputs are unchanged.

    The inputs are fingerprinted (prepared spec, templates, generator and formatter versions) into
    ``FINGERPRINT_FILE`` beside the client; delete that file to force a regeneration. Takes the
    build lock, so it must not be called by a build (which stages and swaps its clients itself).
    """
    with build_lock(project, progress):
        recover_interrupted_build(project, progress)
        with scratch_folder(project.clients_dir) as scratch:
            staged = stage_python_client(project, api, spec, scratch)
            if staged is None:
                return False
            swap_all_in(project, [(staged, project.client_dir(api))])
    return True


def stage_python_client(project: Project, api: str, spec: Mapping[str, Any], scratch: Path) -> Path | None:
    """The API's client, generated into a new folder in ``scratch`` with its hand-written runtime;
    None when the client in place was made from the same inputs."""
    check_client_compatible(api, spec)
    inputs = inputs_fingerprint(api, spec)
    if read_fingerprint(project.client_dir(api)) == inputs:
        generator_warning_lines(project, api, project.client_dir(api))  # accepted still?
        return None
    runtime = hand_written_source(project, api)  # before generating: a lost runtime stops the build at once
    work = scratch / api
    work.mkdir(parents=True)
    output = work / "out"
    _run_generator(api, spec, work, output)
    generator_warning_lines(project, api, output)
    carry_over_hand_written(runtime, output / client_package_name(api) / HAND_WRITTEN, EMPTY_RUNTIME)
    write_fingerprint(output, inputs)
    return output


def refresh_hand_written(project: Project, api: str, staged: Path) -> None:
    """Carry the runtime over again into the staged client, right before it is swapped in, in case
    it was edited while the build ran."""
    runtime = hand_written_source(project, api)
    carry_over_hand_written(runtime, staged / client_package_name(api) / HAND_WRITTEN, EMPTY_RUNTIME)


def hand_written_source(project: Project, api: str) -> Path | None:
    return runtime_source(project, project.client_dir(api), f"{client_package_name(api)}/{HAND_WRITTEN}")


def runtime_source(project: Project, destination: Path, runtime: str) -> Path | None:
    """Where a client's hand-written ``runtime`` folder is carried over from: the client in place
    (``destination``), else its set-aside copy; None for a client never built before (its runtime
    starts empty). A client whose runtime is lost stops the build, in every language."""
    copies = (destination, set_aside_path(destination))
    for client in copies:
        if (client / runtime).is_dir():
            return client / runtime
    if any(client.exists() for client in copies):
        where = _relative(project, destination / runtime)
        raise GenerateError(
            f"{where} is missing: the client's hand-written runtime is not generated and a new client "
            f"would be built without it. Restore it (`git checkout -- {where}`, or copy it back from a "
            "backup), then build again"
        )
    return None


def inputs_fingerprint(api: str, spec: Mapping[str, Any]) -> str:
    return fingerprint(
        data=[spec, generator_config(api)], packages=("openapi-python-client", "ruff"), folders=[TEMPLATES]
    )


def check_client_compatible(api: str, spec: Mapping[str, Any]) -> None:
    """Refuse what the client templates cannot send correctly, instead of generating a wrong client.

    The templates send every object-valued query parameter as deepObject brackets (``a[b]=1``),
    because openapi-python-client does not pass ``style`` to them.
    """
    for op in iter_operations(spec):
        for param in op.parameters:
            schema = resolve(spec, param.get("schema", {}))
            is_object = isinstance(schema, Mapping) and schema.get("type") == "object"
            if param.get("in") == "query" and is_object and param.get("style") != "deepObject":
                raise GenerateError(
                    f"specs/{api}: {op.operation_id} query parameter {param.get('name')!r} is an object "
                    f"with style {param.get('style', 'form')!r}: the Python client only sends deepObject "
                    "objects; declare `style: deepObject` or split it into scalar parameters"
                )


def generator_input(spec: Mapping[str, Any]) -> dict[str, Any]:
    """The spec as openapi-python-client reads it. The generator requires ``paths``, which OpenAPI 3.1
    lets a spec leave out when it has only webhooks (or components): with no paths, the client holds
    the models of ``components/schemas`` and no calls."""
    return dict(spec) if "paths" in spec else {**spec, "paths": {}}


def _run_generator(api: str, spec: Mapping[str, Any], work: Path, output: Path) -> None:
    """Generate the client into ``output``, with the generator's warnings (what it left out) in
    ``GENERATOR_WARNINGS_FILE`` there."""
    spec_file = work / "openapi.json"
    spec_file.write_text(json.dumps(generator_input(spec), indent=1), encoding="utf-8")
    config_file = work / "config.yaml"
    config_file.write_text(yaml.safe_dump(generator_config(api)), encoding="utf-8")
    report = work / "generator-report.json"
    arguments = [spec_file, config_file, output, TEMPLATES, report]
    command = [*_generator_command(), *(str(argument) for argument in arguments)]
    result = subprocess.run(command, capture_output=True, text=True, env=_tool_env(), check=False)
    if result.returncode != 0 or not (output / client_package_name(api)).is_dir():
        detail = (result.stdout + result.stderr).strip().replace(str(spec_file), f"specs/{api} (prepared)")
        raise GenerateError(f"openapi-python-client failed for {api}:\n{detail}")
    warnings = [
        describe_generator_warning(str(item["header"]), str(item["detail"]))
        for item in json.loads(report.read_text(encoding="utf-8"))
        if item["level"] != "ERROR"
    ]
    if warnings:  # once each: the generator repeats an endpoint's warning for each of its tags
        lines = json.dumps(list(dict.fromkeys(warnings)), indent=1)
        (output / GENERATOR_WARNINGS_FILE).write_text(lines + "\n", encoding="utf-8")


# The headers of openapi-python-client's warnings (pinned version), from the most specific.
_ENDPOINT_PART = re.compile(r"WARNING parsing (?P<call>\S+ .+?) within .*\.")
_SKIPPED_ENDPOINT = re.compile(_ENDPOINT_PART.pattern + r" Endpoint will not be generated\.")
_OBJECT_REPR = re.compile(r"<[\w.]+ object at 0x[0-9a-fA-F]+>")
"""How a Python object the generator put in a message by mistake prints: never the same twice."""
_SCHEMA = re.compile(r"Unable to (?:parse|process) schema (?P<name>.+?):?")
_PARAMETER = re.compile(r"Unable to parse parameter (?P<name>.+?):?")


def describe_generator_warning(header: str, detail: str) -> str:
    """One line for an openapi-python-client warning, starting with what it is about in the spec's
    own terms (``GET /pets``, ``schema /components/schemas/Pet``), which stay as they are while the
    spec does: what a project accepts a warning by. The generator's header also names the tags of
    an endpoint, which are left out for that reason."""
    header, detail = one_line(header), _OBJECT_REPR.sub("…", one_line(detail))
    because = f" ({detail})" if detail else ""
    if match := _SKIPPED_ENDPOINT.fullmatch(header):
        return f"{match['call']}: endpoint left out of the client{because}"
    if match := _ENDPOINT_PART.fullmatch(header):
        return f"{match['call']}: {detail or 'part of the endpoint left out of the client'}"
    if match := _SCHEMA.fullmatch(header):
        return f"schema {match['name']}: left out of the client{because}"
    if match := _PARAMETER.fullmatch(header):
        return f"parameter {match['name']}: left out of the client{because}"
    return f"{header}: {detail}" if detail else header


def recorded_generator_warnings(client: Path) -> list[str]:
    """The generator's warnings about ``client`` (a client folder, or one just generated)."""
    try:
        warnings = json.loads((client / GENERATOR_WARNINGS_FILE).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return []
    except (OSError, ValueError) as exc:
        raise GenerateError(
            f"{client / GENERATOR_WARNINGS_FILE} cannot be read ({exc}): delete it and the client's "
            "fingerprint file beside it, then build again"
        ) from exc
    return [str(warning) for warning in warnings]


def generator_warning_lines(project: Project, api: str, client: Path) -> list[str]:
    """The lines a build shows for the generator's warnings about ``client``, each with the entry
    that accepts it. Raises GenerateError, saying how to accept them, when the project does not
    accept every one: what the generator leaves out is missing from the client."""
    accepted = accepted_warnings(project, api)
    lines: list[str] = []
    unaccepted: list[str] = []
    for warning in recorded_generator_warnings(client):
        entry = accepting_entry(warning, accepted)
        if entry is None:
            unaccepted.append(warning)
        else:
            lines.append(f"{api} client: {warning} (accepted by {entry!r})")
    if unaccepted:
        raise GenerateError(_unaccepted_message(project, api, unaccepted))
    return lines


def _unaccepted_message(project: Project, api: str, warnings: list[str]) -> str:
    subjects = list(dict.fromkeys(warning.split(": ", 1)[0] + ":" for warning in warnings))
    listed = "\n".join(f"  {warning}" for warning in warnings)
    entries = ", ".join(json.dumps(subject) for subject in subjects)
    return (
        f"openapi-python-client left parts of the {api} client out:\n{listed}\n"
        "Change the spec (or a python-client overlay) so that the generator can make them, or accept "
        f"them in {project.config_path}, each by a part of its line (`*` matches anything; add to the "
        "list there if there is one):\n"
        f"  [tool.apikit.{GENERATE_KEY}.{api}]\n  accept-warnings = [{entries}]"
    )


def generator_config(api: str) -> dict[str, Any]:
    return {
        "project_name_override": f"{api}-client",
        "package_name_override": client_package_name(api),
        "post_hooks": ["ruff check . --fix-only --quiet", "ruff format . --quiet"],
    }


def _generator_command() -> list[str]:
    return [sys.executable, "-m", "apikit.generator_process"]


def _tool_env() -> dict[str, str]:
    # The generator's post-hooks call `ruff`; it lives beside this interpreter.
    env = dict(os.environ)
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    env["RUFF_NO_CACHE"] = "true"  # no .ruff_cache inside the generated client
    return env


def carry_over_hand_written(previous: Path | None, new: Path, empty: tuple[str, str]) -> None:
    """``previous`` copied to ``new``; with none, a runtime of one file (``empty``: name, text)."""
    if new.exists():
        shutil.rmtree(new)
    if previous is not None:
        shutil.copytree(previous, new, ignore=shutil.ignore_patterns("__pycache__"))
    else:
        new.mkdir(parents=True)
        name, text = empty
        (new / name).write_text(text, encoding="utf-8")


# --- one build at a time ----------------------------------------------------------------------------


@contextlib.contextmanager
def build_lock(project: Project, progress: Progress = print) -> Iterator[None]:
    """Hold the project's build lock; a second build waits here until the first has finished.

    The kernel releases the lock when its holder exits, so a killed build never blocks the next.
    """
    path = project.lock_path
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a+", encoding="utf-8") as handle:
        if not _lock(handle, wait=False):
            progress(
                f"waiting   for another build of this project to finish ({_holder(handle)}; "
                f"lock {_relative(project, path)})"
            )
            _lock(handle, wait=True)
        _note_holder(handle)
        yield


def _lock(handle: IO[str], *, wait: bool) -> bool:
    import fcntl  # POSIX only: imported here so that the commands that write nothing load anywhere

    try:
        fcntl.flock(handle, fcntl.LOCK_EX if wait else fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _holder(handle: IO[str]) -> str:
    handle.seek(0)
    pid = handle.read().strip()
    return f"process {pid}" if pid else "another process"


def _note_holder(handle: IO[str]) -> None:
    handle.seek(0)
    handle.truncate()
    handle.write(f"{os.getpid()}\n")
    handle.flush()


# --- scratch folders --------------------------------------------------------------------------------


@contextlib.contextmanager
def scratch_folder(parent: Path) -> Iterator[Path]:
    """A new, empty scratch folder in ``parent``, removed afterwards (or by the next build, after a kill)."""
    parent.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix=SCRATCH_PREFIX, dir=parent))
    try:
        yield folder
    finally:
        if folder.exists():
            _remove_tree(folder)


def remove_stale_scratch(project: Project, progress: Progress = print) -> None:
    """Remove the scratch folders of earlier builds (call it holding the build lock, so none is running).

    Set-aside outputs (``.<name>.previous``) are not scratch: ``recover_interrupted_build`` settles them.
    """
    outputs = project.output_dirs()
    for parent in sorted({output.parent for output in outputs}):
        names = [output.name for output in outputs if output.parent == parent]
        for entry in sorted(parent.iterdir()) if parent.is_dir() else []:
            if entry.is_dir() and _is_scratch(entry.name, names):
                _remove_tree(entry)
                progress(f"recover   removed {_relative(project, entry)}, left by a build that was stopped")


def _is_scratch(name: str, outputs: Sequence[str]) -> bool:
    # Before the journal, each output had its own tempfile folder, ".<output>-" and 8 random characters.
    earlier = (re.fullmatch(rf"\.{re.escape(output)}-[a-z0-9_]{{8}}", name) for output in outputs)
    return name.startswith(SCRATCH_PREFIX) or any(earlier)


# --- swapping outputs in ----------------------------------------------------------------------------


def set_aside_path(destination: Path) -> Path:
    """Where the previous output waits while the new one is moved into ``destination``."""
    return destination.with_name(f".{destination.name}{SET_ASIDE_SUFFIX}")


def swap_all_in(project: Project, replacements: Sequence[tuple[Path, Path]]) -> None:
    """Move each finished folder onto its destination (a sibling of it), all of them or none.

    If one move fails, the ones already made are undone and the error raised as a SwapError. The
    journal in the project's cache lets the next build undo them after a crash; once every move is
    made the swap counts as done, and only then are the previous outputs deleted.
    """
    journal = _Journal(project)
    for _, destination in replacements:
        settle_set_aside(destination)
    swaps = [(destination, destination.exists()) for _, destination in replacements]
    journal.write(SWAPPING, swaps)
    try:
        for staged, destination in replacements:
            _move_in(staged, destination)
    except BaseException as failure:
        _undo_or_explain(swaps, journal.path, failure)
        journal.remove()
        if isinstance(failure, OSError):
            names = ", ".join(_relative(project, destination) for destination, _ in swaps)
            raise SwapError(f"could not swap in {names} ({failure}); every one is as before") from failure
        raise
    journal.write(SWAPPED, swaps)
    _delete_set_asides(swaps)
    journal.remove()


def swap_in(output: Path, destination: Path) -> None:
    """Replace ``destination`` by the finished ``output`` (a sibling folder), on its own.

    The previous one is set aside until the new one is in place, and put back if that fails; what
    an earlier call left set aside (it was killed between the two moves) is settled first.
    """
    settle_set_aside(destination)
    swaps = [(destination, destination.exists())]
    try:
        _move_in(output, destination)
    except BaseException:
        _undo(swaps)
        raise
    _delete_set_asides(swaps)


def _move_in(staged: Path, destination: Path) -> None:
    if destination.exists():
        _rename(destination, set_aside_path(destination))
    _rename(staged, destination)


def _undo_or_explain(swaps: Sequence[Swap], journal: Path, failure: BaseException) -> None:
    try:
        _undo(swaps)
    except Exception as stuck:
        raise SwapError(
            f"swapping in the new outputs failed ({failure}), and so did putting the previous ones back "
            f"({stuck}); the next `apikit build` puts them back, as recorded in {journal}"
        ) from failure


def _undo(swaps: Sequence[Swap]) -> list[Path]:
    """Put every previous output back (safe to repeat, from any point of the moves or of itself);
    returns the destinations that had to be changed for it."""
    changed = []
    for destination, existed in reversed(swaps):
        aside = set_aside_path(destination)
        if aside.exists():  # it was set aside, so what is in its place now is the new output
            if destination.exists():
                _remove_tree(destination)
            _rename(aside, destination)
            changed.append(destination)
        elif not existed and destination.exists():
            _remove_tree(destination)
            changed.append(destination)
    return changed


def _delete_set_asides(swaps: Sequence[Swap]) -> None:
    for destination, _ in swaps:
        aside = set_aside_path(destination)
        if aside.exists():
            _delete_set_aside(aside, destination)


def _delete_set_aside(aside: Path, destination: Path) -> None:
    for runtime in _hand_written_runtimes(aside):
        if folder_files(aside / runtime) != folder_files(destination / runtime):
            raise SwapError(_kept_runtime(aside, destination, runtime))
    _remove_tree(aside)


def _kept_runtime(aside: Path, destination: Path, runtime: str) -> str:
    kept, live = aside / runtime, destination / runtime
    if live.is_dir():
        fix = f"compare them (`diff -r {kept} {live}`) and copy back what should stay"
    else:
        fix = f"copy it back (`cp -r {kept} {live}`)"
    return (
        f"{kept} is kept: {destination} lacks that hand-written runtime or holds another version of it "
        f"(was it edited while the build ran?). To finish, {fix}, delete {aside}, then build again"
    )


def _hand_written_runtimes(client: Path) -> list[str]:
    """The hand-written folders of a client: ``<package>/lib`` of a Python client, ``src/lib`` of a
    TypeScript package (its ``dist/lib`` is compiled from that one)."""
    if (client / "package.json").is_file():
        return [TYPESCRIPT_HAND_WRITTEN] if (client / TYPESCRIPT_HAND_WRITTEN).is_dir() else []
    return sorted(
        f"{lib.parent.name}/{HAND_WRITTEN}" for lib in client.glob(f"*/{HAND_WRITTEN}") if lib.is_dir()
    )


def folder_files(folder: Path) -> dict[str, bytes]:
    """The files under ``folder`` by relative path, with their bytes (compiled bytecode left out)."""
    found = (p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in found}


def settle_set_aside(destination: Path) -> None:
    """Finish with a previous output left set aside by a swap made without a journal: put back when
    nothing took its place (the swap stopped between its two moves), deleted when something did."""
    aside = set_aside_path(destination)
    if not aside.exists():
        return
    if destination.exists():
        _delete_set_aside(aside, destination)
    else:
        _rename(aside, destination)


def recover_interrupted_build(project: Project, progress: Progress = print) -> None:
    """Settle what a build stopped by a crash or a kill left, before this one writes anything: an
    unfinished swap is undone (a finished one is tidied), and stale scratch folders are removed.

    Call it holding the build lock.
    """
    journal = _Journal(project)
    recorded = journal.read()
    if recorded is not None:
        state, swaps = recorded
        if state == SWAPPED:
            _delete_set_asides(swaps)
        else:
            put_back = _undo(swaps)
            for destination in reversed(put_back):
                progress(
                    f"recover   put back {_relative(project, destination)}: a build replacing it was stopped"
                )
        journal.remove()
    for destination in project.output_dirs():
        if set_aside_path(destination).exists() and not destination.exists():
            progress(f"recover   put back {_relative(project, destination)}, set aside by a stopped build")
        settle_set_aside(destination)
    remove_stale_scratch(project, progress)


class _Journal:
    """The swaps under way, in the project's cache; its entries are relative to the project root."""

    def __init__(self, project: Project) -> None:
        self.root = project.root
        self.path = project.swap_journal_path

    def write(self, state: str, swaps: Sequence[Swap]) -> None:
        entries = [{"destination": _relative_to(self.root, d), "existed": existed} for d, existed in swaps]
        self.path.parent.mkdir(parents=True, exist_ok=True)
        scratch = self.path.with_suffix(".tmp")
        with scratch.open("w", encoding="utf-8") as handle:
            json.dump({"state": state, "swaps": entries}, handle, indent=1)
            handle.flush()
            os.fsync(handle.fileno())  # on disk before the first move it describes
        scratch.replace(self.path)

    def read(self) -> tuple[str, list[Swap]] | None:
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        try:
            loaded = json.loads(text)
            swaps = [(self.root / item["destination"], bool(item["existed"])) for item in loaded["swaps"]]
            return str(loaded["state"]), swaps
        except (ValueError, KeyError, TypeError) as error:
            raise SwapError(
                f"{self.path} cannot be read ({error}): a build was stopped while swapping outputs in. "
                f"Put back any `{SET_ASIDE_SUFFIX}` folder beside generated/python/* or site/ whose "
                "output is missing, delete the journal, then build again"
            ) from error

    def remove(self) -> None:
        self.path.unlink(missing_ok=True)
        self.path.with_suffix(".tmp").unlink(missing_ok=True)  # a write the crash cut short


def _rename(source: Path, target: Path) -> None:
    source.rename(target)


def _remove_tree(folder: Path) -> None:
    shutil.rmtree(folder)


def _relative(project: Project, path: Path) -> str:
    return _relative_to(project.root, path)


def _relative_to(root: Path, path: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return str(path)
