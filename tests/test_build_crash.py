"""A build that crashes, fails or meets another build never loses a client's hand-written runtime
(``<package>/lib/``), and changes all of generated/ and site/ or none of it.

Most tests replace openapi-python-client by a copy of the project's client (without its runtime),
and the docs stage by a one-file site, so that only the swapping is under test; one test runs the
real generator and docs on one API.
"""

from __future__ import annotations

import errno
import fnmatch
import itertools
import json
import os
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import apikit.build
import apikit.docs
import apikit.generate
from apikit.build import build
from apikit.cli import main
from apikit.fingerprint import FINGERPRINT_FILE, write_fingerprint
from apikit.generate import GenerateError
from apikit.load import LoadedDocument
from apikit.project import Project, client_package_name
from apikit.validate import Problem
from tests.support import copy_project

APIS = ["fivepm", "worksection"]
"""Two clients: enough for a build to be one unit, and quick to copy."""
MOVES = 2 * (len(APIS) + 1)
"""The renames of a swap of both clients and the site: each old one aside, each new one in place."""
NOT_COPIED = ("lib", FINGERPRINT_FILE, "*.egg-info", "__pycache__", ".mypy_cache", ".ruff_cache")


def quiet(_: str) -> None:
    pass


class Crash(BaseException):
    """The process dies here. A BaseException, so no ``except Exception`` in the build catches it."""


class Faults:
    """Counts the steps that change files under ``root`` (renames, replaces, deletions).

    ``crash_at``: that step (from 0) crashes, and so does every later one, since nothing runs in a
    killed process; a crash in a deletion first deletes one file, as a kill in its middle would.
    ``crash_after_rename_of``: the crash comes right after that folder is renamed.
    ``crash_after_renames``: the crash comes right after that many renames.
    ``fail_rename_at``: that rename (from 0) fails once with OSError, as a busy folder would.
    """

    def __init__(
        self,
        root: Path,
        *,
        crash_at: int | None = None,
        crash_after_rename_of: Path | None = None,
        crash_after_renames: int | None = None,
        fail_rename_at: int | None = None,
    ) -> None:
        self.root = root
        self.crash_at = crash_at
        self.crash_after_rename_of = crash_after_rename_of
        self.crash_after_renames = crash_after_renames
        self.fail_rename_at = fail_rename_at
        self.steps = 0
        self.renames = 0
        self.dead = False
        self._lock = threading.Lock()

    def install(self, monkeypatch: pytest.MonkeyPatch) -> None:
        rename, replace, unlink, rmtree = Path.rename, Path.replace, Path.unlink, shutil.rmtree

        def faulty_rename(path: Path, target: Any) -> Path:
            self._step(path, renaming=True)
            moved = rename(path, target)
            if path == self.crash_after_rename_of or self.renames == self.crash_after_renames:
                self.dead = True
                raise Crash(f"killed after renaming {path}")
            return moved

        def faulty_replace(path: Path, target: Any) -> Path:
            self._step(path)
            return replace(path, target)

        def faulty_unlink(path: Path, missing_ok: bool = False) -> None:
            self._step(path)
            unlink(path, missing_ok=missing_ok)

        def faulty_rmtree(path: Any, *args: Any, **kwargs: Any) -> None:
            self._step(Path(path), deleting=True)
            rmtree(path, *args, **kwargs)

        monkeypatch.setattr(Path, "rename", faulty_rename)
        monkeypatch.setattr(Path, "replace", faulty_replace)
        monkeypatch.setattr(Path, "unlink", faulty_unlink)
        monkeypatch.setattr(shutil, "rmtree", faulty_rmtree)

    def _step(self, path: Path, *, renaming: bool = False, deleting: bool = False) -> None:
        if not str(path.absolute()).startswith(f"{self.root}{os.sep}"):
            return
        with self._lock:
            if self.dead:
                raise Crash(f"already killed; {path} untouched")
            step, self.steps = self.steps, self.steps + 1
            if renaming:
                rename, self.renames = self.renames, self.renames + 1
                if rename == self.fail_rename_at:
                    raise OSError(errno.EBUSY, "simulated failure", str(path))
            if step == self.crash_at:
                self.dead = True
                if deleting:
                    _delete_one_file(path)
                raise Crash(f"killed at step {step} ({path})")


def _delete_one_file(folder: Path) -> None:
    files = sorted(p for p in folder.rglob("*") if p.is_file()) if folder.is_dir() else []
    if files:
        os.unlink(files[0])


# --- the fake stages and the projects they run in ----------------------------------------------------


@pytest.fixture(scope="module")
def pristine(project: Project, tmp_path_factory: pytest.TempPathFactory) -> Project:
    """The project's clients, copied once with a few of their calls: what the fake generator writes."""
    copy = copy_project(project, tmp_path_factory.mktemp("pristine"))
    for api in APIS:
        for extra in sorted((copy.client_dir(api) / client_package_name(api) / "api").glob("*"))[KEPT_CALLS:]:
            if extra.is_dir():
                shutil.rmtree(extra)
            else:
                extra.unlink()
    return copy


KEPT_CALLS = 3
"""The entries of a pristine client's ``api/`` kept (nothing imports it: the client still imports).
What is swapped is whole folders, so a few calls test the swap as well as hundreds, which would
make each of a test's hundred builds copy, compare and delete hundreds more files."""


VALIDATED: dict[str, list[Problem]] = {}
"""The problems of each spec, found once: every copy holds the same specs, and validating them again
in each of a test's hundred builds would cost minutes without testing the swap."""


def use_fake_stages(monkeypatch: pytest.MonkeyPatch, pristine: Project) -> None:
    builds = itertools.count(1)
    validate = apikit.build.spec_problems

    def validated_once(project: Project, api: str, loaded: LoadedDocument, severities: Any) -> list[Problem]:
        key = json.dumps([api, loaded.document, sorted(severities.items())], sort_keys=True)
        if key not in VALIDATED:
            VALIDATED[key] = validate(project, api, loaded, severities)
        return VALIDATED[key]

    def generate(api: str, spec: Mapping[str, Any], work: Path, output: Path) -> None:
        shutil.copytree(pristine.client_dir(api), output, ignore=shutil.ignore_patterns(*NOT_COPIED))

    def build_site(project: Project, apis: Sequence[str], *, output: Path | None = None, **_: Any) -> Path:
        site = output or project.site_dir
        site.mkdir(parents=True, exist_ok=True)
        number = next(builds)
        for api in apis:
            (site / api).mkdir(exist_ok=True)
            (site / api / "index.html").write_text(f"{api}, docs build {number}\n")
        write_fingerprint(site, f"fake-site-{number}")  # a new site every time: it is always swapped in
        return site

    monkeypatch.setattr(apikit.generate, "_run_generator", generate)
    monkeypatch.setattr(apikit.docs, "build_site", build_site)
    monkeypatch.setattr(apikit.build, "spec_problems", validated_once)


@pytest.fixture(scope="module")
def template(pristine: Project, tmp_path_factory: pytest.TempPathFactory) -> Project:
    """A project of the two APIs, built once with the fake stages (site and validation markers too)."""
    copy = Project(tmp_path_factory.mktemp("template"))
    for api in APIS:
        for folder in (pristine.specs_dir / api, pristine.overlays_dir / api, pristine.client_dir(api)):
            shutil.copytree(folder, copy.root / folder.relative_to(pristine.root))
    with pytest.MonkeyPatch.context() as monkeypatch:
        use_fake_stages(monkeypatch, pristine)
        build(copy, APIS, progress=quiet)
    assert copy.api_names() == APIS
    return copy


@pytest.fixture
def fakes(monkeypatch: pytest.MonkeyPatch, pristine: Project) -> None:
    use_fake_stages(monkeypatch, pristine)


def clone(template: Project, folder: Path) -> Project:
    """The template project in ``folder``, with its clients and site due to be rebuilt."""
    shutil.copytree(template.root, folder)
    copy = Project(folder)
    for output in [*(copy.client_dir(api) for api in APIS), copy.site_dir]:
        (output / FINGERPRINT_FILE).unlink()
    return copy


def files_of(folder: Path) -> dict[str, bytes]:
    if not folder.is_dir():
        return {}
    found = (p for p in sorted(folder.rglob("*")) if p.is_file() and "__pycache__" not in p.parts)
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in found}


def outputs_of(project: Project) -> dict[str, bytes]:
    """Every file of generated/ and site/, scratch and set-aside folders included."""
    generated = {f"generated/{name}": data for name, data in files_of(project.generated_dir).items()}
    return {**generated, **{f"site/{name}": data for name, data in files_of(project.site_dir).items()}}


def runtimes_of(project: Project, apis: Sequence[str] = APIS) -> dict[str, dict[str, bytes]]:
    return {api: files_of(project.client_dir(api) / client_package_name(api) / "lib") for api in apis}


def leftovers(project: Project) -> list[str]:
    """Scratch, set-aside and journal files: nothing of the kind may outlive a build."""
    hidden = [p for p in project.client_dir(APIS[0]).parent.iterdir() if p.name.startswith(".")]
    hidden += [p for p in project.root.iterdir() if p.name.startswith((".apikit-build-", ".site"))]
    hidden += list(project.cache_dir.glob("swap-journal*"))
    return sorted(str(p.relative_to(project.root)) for p in hidden)


def complete_clients(project: Project, pristine: Project) -> list[str]:
    """The clients in place that have every file the generator writes, their runtime and fingerprint."""
    complete = []
    for api in APIS:
        generated = {name for name in files_of(pristine.client_dir(api)) if not _not_copied(name)}
        runtime = f"{client_package_name(api)}/lib/__init__.py"
        if generated | {runtime, FINGERPRINT_FILE} <= set(files_of(project.client_dir(api))):
            complete.append(api)
    return complete


def _not_copied(name: str) -> bool:
    return any(fnmatch.fnmatch(part, pattern) for part in name.split("/") for pattern in NOT_COPIED)


def import_from(client: Path, package: str, name: str) -> None:
    """``from package import name`` works in a fresh interpreter, with the client at ``client``."""
    code = (
        f"import sys; sys.path.insert(0, {str(client)!r}); import {package}; "
        f"getattr({package}, {name!r}); print({package}.__file__)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=client)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(str(client)), result.stdout


def crashed_build(project: Project, faults: Faults, apis: Sequence[str] = APIS) -> None:
    """A build under ``faults``, which must crash; even then, no client in place lacks its runtime."""
    with pytest.MonkeyPatch.context() as monkeypatch:
        faults.install(monkeypatch)
        with pytest.raises(Crash):
            build(project, apis, progress=quiet)
    for api in apis:
        client = project.client_dir(api)
        assert not client.exists() or (client / client_package_name(api) / "lib").is_dir(), api


def cli_build(project: Project, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["--root", str(project.root), "build", *args])
    return result.exit_code, result.output


def finished_build(project: Project) -> list[str]:
    lines: list[str] = []
    build(project, APIS, progress=lines.append)
    assert lines[-1] == "done", lines
    return lines


def count_steps(template: Project, folder: Path) -> int:
    """The steps of a whole build of a fresh clone."""
    copy = clone(template, folder)
    faults = Faults(copy.root)
    with pytest.MonkeyPatch.context() as monkeypatch:
        faults.install(monkeypatch)
        build(copy, APIS, progress=quiet)
    shutil.rmtree(copy.root)
    return faults.steps


# --- a crash at any point --------------------------------------------------------------------------


@pytest.mark.usefixtures("fakes")
def test_a_crash_at_any_step_of_a_build_is_recovered_by_the_next_build(
    template: Project, pristine: Project, tmp_path: Path
) -> None:
    steps = count_steps(template, tmp_path / "counted")
    assert steps > MOVES, "every rename of the swap is a step"
    for crash_at in range(steps):
        copy = clone(template, tmp_path / f"crash-{crash_at}")
        runtimes = runtimes_of(copy)
        crashed_build(copy, Faults(copy.root, crash_at=crash_at))
        finished_build(copy)
        assert runtimes_of(copy) == runtimes, f"crash at step {crash_at}: a runtime changed"
        assert complete_clients(copy, pristine) == APIS, f"crash at step {crash_at}"
        assert leftovers(copy) == [], f"crash at step {crash_at}"
        shutil.rmtree(copy.root)


@pytest.mark.usefixtures("fakes")
def test_a_crash_while_recovering_from_a_crash_is_recovered_by_the_next_build(
    template: Project, pristine: Project, tmp_path: Path
) -> None:
    def killed_after_its_last_move(folder: Path) -> Project:
        """Both clients and the site swapped in, the swap not yet counted as done: all to be undone."""
        copy = clone(template, folder)
        crashed_build(copy, Faults(copy.root, crash_after_renames=MOVES))
        set_aside = sorted(p.name for p in copy.client_dir(APIS[0]).parent.glob(".*.previous"))
        assert set_aside == [f".{api}.previous" for api in APIS] and (copy.root / ".site.previous").is_dir()
        return copy

    counted = killed_after_its_last_move(tmp_path / "counted")
    faults = Faults(counted.root)
    recovery_steps: list[int] = []

    def note_end_of_recovery(line: str) -> None:
        if line.startswith("validate") and not recovery_steps:
            recovery_steps.append(faults.steps)

    with pytest.MonkeyPatch.context() as monkeypatch:
        faults.install(monkeypatch)
        build(counted, APIS, progress=note_end_of_recovery)
    assert recovery_steps and recovery_steps[0] >= MOVES, "undoing the swap takes a step per move"
    for crash_at in range(recovery_steps[0]):
        copy = killed_after_its_last_move(tmp_path / f"crash-{crash_at}")
        runtimes = runtimes_of(template)
        crashed_build(copy, Faults(copy.root, crash_at=crash_at))
        finished_build(copy)
        assert runtimes_of(copy) == runtimes, f"crash at recovery step {crash_at}: a runtime changed"
        assert complete_clients(copy, pristine) == APIS, f"crash at recovery step {crash_at}"
        assert leftovers(copy) == [], f"crash at recovery step {crash_at}"
        shutil.rmtree(copy.root)


def test_a_real_build_killed_between_its_two_renames_keeps_the_runtime(
    project: Project, tmp_path: Path
) -> None:
    """End to end, with the real generator and docs: the old client set aside, the new one not yet
    in place, then the process dies. The next build must put the runtime in the new client."""
    api = "worksection"
    copy = copy_project(project, tmp_path)
    apikit.docs.build_site(copy, ["fivepm"], progress=quiet)  # another API's pages, to be kept
    fivepm_pages = files_of(copy.site_dir / "fivepm")
    (copy.client_dir(api) / FINGERPRINT_FILE).unlink()
    runtime = runtimes_of(copy, [api])
    crashed_build(copy, Faults(copy.root, crash_after_rename_of=copy.client_dir(api)), [api])
    assert not copy.client_dir(api).exists(), "killed between the two renames"

    exit_code, output = cli_build(copy, "--api", api)
    assert exit_code == 0, output
    assert output.rstrip().endswith("done")
    assert runtimes_of(copy, [api]) == runtime
    import_from(copy.client_dir(api), client_package_name(api), "connect")
    assert files_of(copy.site_dir / "fivepm") == fivepm_pages, "--api keeps the other APIs' pages"
    assert (copy.site_dir / api / "index.html").is_file()
    assert leftovers(copy) == []


@pytest.mark.usefixtures("fakes")
def test_a_client_left_set_aside_by_an_older_build_is_put_back(template: Project, tmp_path: Path) -> None:
    copy = clone(template, tmp_path / "project")
    runtimes = runtimes_of(copy)
    fivepm = copy.client_dir("fivepm")
    # what the swap of earlier versions left when killed between its renames
    fivepm.rename(fivepm.with_name(".fivepm.previous"))
    (fivepm.parent / ".fivepm-k2j3h4g5" / "out").mkdir(parents=True)
    lines = finished_build(copy)
    assert runtimes_of(copy) == runtimes
    import_from(fivepm, "fivepm_client", "connect")
    assert leftovers(copy) == []
    assert any(line.startswith("recover   put back generated/python/fivepm") for line in lines), lines


@pytest.mark.usefixtures("fakes")
def test_a_client_without_its_runtime_stops_the_build_and_says_how_to_restore_it(
    template: Project, tmp_path: Path
) -> None:
    copy = clone(template, tmp_path / "project")
    shutil.rmtree(copy.client_dir("fivepm") / "fivepm_client" / "lib")
    before = outputs_of(copy)
    exit_code, output = cli_build(copy)
    assert outputs_of(copy) == before
    assert exit_code == 1, output
    assert "generated/python/fivepm/fivepm_client/lib is missing" in output
    assert "git checkout -- generated/python/fivepm/fivepm_client/lib" in output


@pytest.mark.usefixtures("fakes")
def test_a_set_aside_runtime_the_client_lacks_is_kept_and_the_build_says_so(
    template: Project, tmp_path: Path
) -> None:
    copy = clone(template, tmp_path / "project")
    fivepm = copy.client_dir("fivepm")
    aside = fivepm.with_name(".fivepm.previous")
    shutil.copytree(fivepm, aside)
    shutil.rmtree(fivepm / "fivepm_client" / "lib")
    runtime = files_of(aside / "fivepm_client" / "lib")
    exit_code, output = cli_build(copy)
    assert files_of(aside / "fivepm_client" / "lib") == runtime
    assert exit_code == 1, output
    assert str(aside) in output and "fivepm_client/lib" in output and "cp -r" in output


@pytest.mark.usefixtures("fakes")
def test_a_runtime_edited_while_the_build_runs_is_swapped_in_with_the_edit(
    template: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = clone(template, tmp_path / "project")
    edited = copy.client_dir("fivepm") / "fivepm_client" / "lib" / "edited.py"
    build_site = apikit.docs.build_site

    def editing_during_docs(project: Project, apis: Sequence[str], **kwargs: Any) -> Path:
        edited.write_text("EDITED = True\n")  # the clients are generated, not yet swapped in
        return build_site(project, apis, **kwargs)

    monkeypatch.setattr(apikit.docs, "build_site", editing_during_docs)
    finished_build(copy)
    assert edited.read_text() == "EDITED = True\n"
    assert leftovers(copy) == []


# --- all or nothing --------------------------------------------------------------------------------


@pytest.mark.usefixtures("fakes")
def test_a_failing_client_changes_nothing_and_is_named(
    template: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = clone(template, tmp_path / "project")
    generate = apikit.generate._run_generator

    def failing_for_worksection(api: str, spec: Mapping[str, Any], work: Path, output: Path) -> None:
        if api == "worksection":
            raise GenerateError("openapi-python-client failed for worksection:\nsimulated")
        generate(api, spec, work, output)

    monkeypatch.setattr(apikit.generate, "_run_generator", failing_for_worksection)
    before = outputs_of(copy)
    exit_code, output = cli_build(copy)
    assert outputs_of(copy) == before, "fivepm was generated, but not swapped in"
    assert exit_code == 1, output
    assert "the client of worksection could not be generated" in output
    assert "generate  fivepm -> generated/python/fivepm (regenerated)" in output
    assert leftovers(copy) == []


@pytest.mark.usefixtures("fakes")
@pytest.mark.parametrize("apis", [[], ["--api", "fivepm"]], ids=["every API", "--api"])
def test_failing_docs_change_no_client(
    template: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, apis: list[str]
) -> None:
    copy = clone(template, tmp_path / "project")

    def failing(*_: Any, **__: Any) -> Path:
        raise apikit.docs.DocsError("simulated docs failure")

    monkeypatch.setattr(apikit.docs, "build_site", failing)
    before = outputs_of(copy)
    exit_code, output = cli_build(copy, *apis)
    assert outputs_of(copy) == before
    assert exit_code == 1, output
    assert "simulated docs failure" in output
    assert leftovers(copy) == []


@pytest.mark.usefixtures("fakes")
def test_a_failed_move_puts_back_every_output_already_swapped(template: Project, tmp_path: Path) -> None:
    for fail_at in range(MOVES):
        copy = clone(template, tmp_path / f"fail-{fail_at}")
        before = outputs_of(copy)
        with pytest.MonkeyPatch.context() as monkeypatch:
            Faults(copy.root, fail_rename_at=fail_at).install(monkeypatch)
            exit_code, output = cli_build(copy)
        assert outputs_of(copy) == before, f"rename {fail_at} failed"
        assert exit_code == 1, output
        assert "could not swap in" in output and "every one is as before" in output
        assert leftovers(copy) == []
        finished_build(copy)
        shutil.rmtree(copy.root)


# --- scratch folders and concurrent builds ---------------------------------------------------------


@pytest.mark.usefixtures("fakes")
def test_the_next_build_removes_the_scratch_folders_of_killed_builds(
    template: Project, tmp_path: Path
) -> None:
    copy = clone(template, tmp_path / "project")
    finished_build(copy)
    clients = copy.client_dir(APIS[0]).parent
    stale = [
        clients / ".apikit-build-x1y2z3" / "fivepm" / "out",
        clients / ".worksection-ab12cd34",  # as earlier versions named theirs
        copy.root / ".apikit-build-q9r8s7" / "site",
        copy.root / ".site-0a9b8c7d",
    ]
    for folder in stale:
        folder.mkdir(parents=True)
        (folder / "half-written.py").write_text("")
    unrelated = clients / ".notes"
    unrelated.mkdir()
    lines = finished_build(copy)
    assert any(line.startswith("unchanged") for line in lines), "removed even when nothing else is done"
    assert leftovers(copy) == ["generated/python/.notes"]
    assert unrelated.is_dir(), "only what a build names as its scratch is removed"


@pytest.mark.usefixtures("fakes")
def test_a_second_build_waits_for_the_one_running_and_leaves_its_scratch_alone(
    template: Project, pristine: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = clone(template, tmp_path / "project")
    runtimes = runtimes_of(copy)
    generate = apikit.generate._run_generator
    inside, release = threading.Event(), threading.Event()

    def held_first(api: str, spec: Mapping[str, Any], work: Path, output: Path) -> None:
        if not inside.is_set():
            inside.set()
            release.wait(timeout=30)
        generate(api, spec, work, output)

    monkeypatch.setattr(apikit.generate, "_run_generator", held_first)
    first, second = _BuildThread(copy), _BuildThread(copy)
    first.start()
    assert inside.wait(timeout=30), "the first build reached its generator"
    scratch = [p for p in copy.client_dir(APIS[0]).parent.iterdir() if p.name.startswith(".")]
    second.start()
    try:
        assert _eventually(lambda: any(line.startswith("waiting") for line in second.lines)), second.lines
        assert "build.lock" in next(line for line in second.lines if line.startswith("waiting"))
        assert scratch and all(folder.is_dir() for folder in scratch), "the running build's scratch is kept"
        assert second.lines == [next(line for line in second.lines if line.startswith("waiting"))]
    finally:
        release.set()
        first.join(timeout=60)
        second.join(timeout=60)
    assert first.lines[-1] == "done" and second.lines[-1] == "done", (first.lines, second.lines)
    assert runtimes_of(copy) == runtimes
    assert complete_clients(copy, pristine) == APIS
    assert leftovers(copy) == []


class _BuildThread(threading.Thread):
    def __init__(self, project: Project) -> None:
        super().__init__(daemon=True)
        self.project = project
        self.lines: list[str] = []
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            build(self.project, APIS, progress=self.lines.append)
        except BaseException as error:
            self.error = error
            self.lines.append(f"raised {error!r}")


def _eventually(condition: Callable[[], bool], timeout: float = 10.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.02)
    return condition()
