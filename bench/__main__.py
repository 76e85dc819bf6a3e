"""Run every benchmark, print a table, write bench/results.json.

    python -m bench            # full run (20 to 45 minutes, depending on how busy the machine is)
    python -m bench --quick    # tiny counts: checks the harness, not the numbers
    python -m bench --only hostile   # hostile clients: memory per connection, others still served
    python -m bench --only mocks --api museum   # one mock against Prism

A run of some suites (``--only``) or some mocks (``--api``) replaces their figures in the report
and keeps the others, each with the date of its run.

Every figure is a ratio against a baseline measured in the same run, repeat by repeat, so it means
something on a noisy machine: each API's mock against Prism serving the same spec, `apikit build`
against bare openapi-python-client, the generated client against raw httpx. Beside each mock, an
app that does no work behind the same HTTP server (bench/empty_app.py) shows the ceiling: with one
connection a request's round trip is mostly the kernel's and the machine's, and no mock can be
faster than that. Every timed run is watched for load from other programs and repeated when there
was too much (bench/machine.py).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import datetime
import functools
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

import httpx

from bench import machine, servers, wrk
from bench.mixes import MIXES, Mix, Request, fivepm_session

ROOT = servers.ROOT
RESULTS = ROOT / "bench" / "results.json"


@dataclass
class Figure:
    name: str
    unit: str
    better: str  # "higher" or "lower"
    ours: list[float] = field(default_factory=list)
    baseline: list[float] = field(default_factory=list)
    note: str = ""
    foreign: list[float] = field(default_factory=list)
    """Foreign load (share of all cores) seen by each kept run (see bench/machine.py)."""
    suite: str = ""
    api: str | None = None
    """The mock measured, for the mocks suite: a run of some APIs replaces only their figures."""

    def ratios(self) -> list[float]:
        return [o / b for o, b in zip(self.ours, self.baseline, strict=False) if b]

    def as_json(self) -> dict[str, Any]:
        return {
            "name": self.name, "unit": self.unit, "better": self.better, "note": self.note,
            "ours": summary(self.ours), "baseline": summary(self.baseline), "ratio": summary(self.ratios()),
            "foreign_load_max": max(self.foreign) if self.foreign else None,
            "suite": self.suite, "api": self.api,
        }  # fmt: skip

    def add_note(self, text: str) -> None:
        if text not in self.note:
            self.note = f"{self.note}; {text}" if self.note else text


def summary(values: list[float]) -> dict[str, float] | None:
    if not values:
        return None
    return {"min": min(values), "median": statistics.median(values), "max": max(values), "n": len(values)}


def watched(figure: Figure, quiet: machine.Watched) -> None:
    if quiet.foreign is not None:
        figure.foreign.append(round(quiet.foreign, 3))


# --- load generation ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class LoadGenerator:
    """wrk when it can be had, else the Python generator (bench/loadgen.py); both in their own
    process, pinned away from the server when there are two cores."""

    wrk: Path | None
    pin: tuple[str, ...]
    seconds: float
    requests: int
    note: str

    def describe(self) -> str:
        if self.wrk is not None:
            return (
                f"wrk {wrk.version(self.wrk)}, Lua script cycling through the mix, {self.seconds:g} s a run"
            )
        return (
            f"Python (bench/loadgen.py, httpx), at most {self.requests} requests or {self.seconds:g} s a run"
        )

    def drive(self, base: str, mix: Sequence[Request], connections: int, seconds: float) -> dict[str, Any]:
        if self.wrk is not None:
            return wrk.run(self.wrk, base, mix, connections, seconds, pin=self.pin)
        return python_load(base, mix, connections, self.requests, seconds, self.pin)


def load_generator(args: argparse.Namespace, pin: tuple[str, ...]) -> LoadGenerator:
    executable, why = (
        (None, "the Python generator was asked for") if args.load == "python" else servers.wrk_executable()
    )
    if executable is None and args.load == "wrk":
        raise SystemExit(f"wrk is not available: {why}")
    note = "" if executable else f"wrk not used ({why}): Python load generator, which tops out lower"
    return LoadGenerator(executable, pin, args.seconds, args.requests, note)


def python_load(
    base: str, mix: Sequence[Request], concurrency: int, requests: int, seconds: float, pin: Sequence[str]
) -> dict[str, Any]:
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as handle:
        json.dump(list(mix), handle)
    try:
        output = subprocess.run(
            [*pin, sys.executable, "-m", "bench.loadgen", "--base", base, "--concurrency", str(concurrency),
             "--requests", str(requests), "--seconds", str(seconds), "--mix", handle.name],
            cwd=ROOT, capture_output=True, text=True, check=True,
        ).stdout  # fmt: skip
    finally:
        os.unlink(handle.name)
    return {"tool": "python", **json.loads(output)}


# --- mock servers against Prism -------------------------------------------------------------------------


class MixRefused(Exception):
    """A server answered a request of the mix with an error: the mix does not fit it."""


def check_mix(base: str, mix: Sequence[Request]) -> None:
    """Every request of the mix once, before any load: each must succeed, or the figures would
    compare a server doing the work with one answering errors. Some vendors answer errors with
    status 200 and ``{"status": "error"}``: those count as refusals too."""
    with httpx.Client(base_url=base, timeout=30) as client:
        for request in mix:
            answer = client.request(
                request["method"], request["path"], params=request.get("params"),
                headers=request.get("headers"), content=request.get("body"),
            )  # fmt: skip
            if not 200 <= answer.status_code < 300 or vendor_error(answer):
                raise MixRefused(
                    f"{request['method']} {request['path'].split('?')[0]} answered {answer.status_code}: "
                    f"{answer.text[:120]!r}"
                )


def vendor_error(answer: httpx.Response) -> bool:
    try:
        document = answer.json()
    except ValueError:
        return False
    return isinstance(document, dict) and document.get("status") == "error"


def bench_mocks(args: argparse.Namespace, report: dict[str, Any]) -> list[Figure]:
    from apikit.build import load_valid_spec
    from apikit.project import Project

    pins = servers.pinning()
    load = load_generator(args, pins.load)
    prism = servers.prism_executable()
    if prism is not None:
        report["versions"]["prism"] = servers.prism_version(prism)
    report["mock_setup"] = {
        "load_generator": load.describe(),
        "load_generator_note": load.note,
        "pinning": pins.note,
        "prism": f"prism mock {' '.join(servers.PRISM_OPTIONS)} (request validation on, its default)"
        if prism
        else "npm not found: Prism not measured",
        "ours": "apikit mock (its own HTTP server on uvloop and httptools; response self-checks on): the "
        "API's plugin for the bundled APIs, the spec-only mock for those of example projects",
        "ceiling": "bench/empty_app.py (reads each request, answers {}) behind the same server, driven "
        "by the mix Prism gets: the most requests a second any mock could answer here; its ratio is "
        "against Prism in the same repeat, the highest ratio any mock on this server could reach",
        "warm_up_seconds": args.warmup,
        "quiet_threshold": machine.QUIET,
        "mixes": {},
    }
    figures: list[Figure] = []
    for api in args.api or servers.mock_apis():
        mix = MIXES.get(api)
        missing = servers.missing_mock(api)
        if missing:
            figures.append(
                Figure(f"{api} mock vs Prism", "req/s", "higher", note=f"skipped: {missing}", api=api)
            )
        elif mix is None:
            note = "skipped: no request mix in bench/mixes.py yet"
            figures.append(Figure(f"{api} mock vs Prism", "req/s", "higher", note=note, api=api))
        else:
            report["mock_setup"]["mixes"][api] = {
                "requests": [
                    f"{r['method']} {re.sub('[?&]hash=[0-9a-f]+', '', r['path'])}" for r in mix.for_prism()
                ],
                "our_mock_environment": dict(mix.server_env),
                "project": str(servers.project_root(api).relative_to(ROOT)),
                "behaviour": servers.mock_behaviour(api),
            }
            spec = load_valid_spec(Project(servers.project_root(api)), api)
            figures += bench_mock(api, spec, mix, prism, load, pins, args)
    return figures


def bench_mock(
    api: str,
    spec: dict[str, Any],
    mix: Mix,
    prism: Path | None,
    load: LoadGenerator,
    pins: servers.Pinning,
    args: argparse.Namespace,
) -> list[Figure]:
    by_concurrency = {
        c: (
            Figure(f"{api} mock, {c} conn: throughput", "req/s", "higher", note=load.note, api=api),
            Figure(f"{api} mock, {c} conn: p50 latency", "ms", "lower", api=api),
            Figure(f"{api} mock, {c} conn: p99 latency", "ms", "lower", api=api),
            Figure(f"{api} mix, {c} conn: an empty app on our server (ceiling)", "req/s", "higher", api=api),
        )
        for c in args.concurrency
    }
    refused: dict[str, str] = {} if prism else {"prism": "npm not found: Prism not measured"}
    with tempfile.TemporaryDirectory() as scratch:

        def start(target: str) -> contextlib.AbstractContextManager[servers.Running]:
            if target == "ours":
                return servers.our_mock(api, pins.server, mix.server_env)
            if target == "ceiling":
                return servers.empty_server(pins.server)
            assert prism is not None
            return servers.prism_mock(prism, spec, Path(scratch), pins.server)

        for _ in range(args.repeats):
            for concurrency, (rps, p50, p99, ceiling) in by_concurrency.items():
                for target in ("ours", "prism", "ceiling"):
                    if target in refused:
                        continue
                    try:
                        result, quiet = measure_server(start(target), mix, target, load, concurrency, args)
                    except (servers.ServerFailed, MixRefused) as exc:
                        refused[target] = refusal(target, spec, exc)
                        continue
                    if target == "ceiling":
                        ceiling.ours.append(result["rps"])
                        watched(ceiling, quiet)
                        continue
                    side = "ours" if target == "ours" else "baseline"
                    getattr(rps, side).append(result["rps"])
                    getattr(p50, side).append(result["p50_ms"])
                    getattr(p99, side).append(result["p99_ms"])
                    if side == "baseline":
                        ceiling.baseline.append(result["rps"])  # the most any mock here could reach
                    watched(rps, quiet)
                    if result.get("non_2xx") or result.get("socket_errors"):
                        rps.add_note(
                            f"{target}: {result.get('non_2xx', 0)} error answers, "
                            f"{result.get('socket_errors', 0)} socket errors in a run"
                        )
    for reason in refused.values():
        for figures in by_concurrency.values():
            figures[0].add_note(reason)
    return [figure for figures in by_concurrency.values() for figure in figures]


def refusal(target: str, spec: dict[str, Any], error: Exception) -> str:
    if target == "prism" and "NO_PATH_MATCHED" in str(error) and any("#" in p for p in spec.get("paths", {})):
        return (
            "Prism cannot serve this spec: it is one URL with many operations (path keys with "
            "#fragments, selected by x-rpc), and Prism matches path keys literally, so every call "
            "is 404 'no path matched'"
        )
    who = {"ours": "our mock", "ceiling": "the empty app"}.get(target, "Prism")
    return f"{who} could not serve the mix: {error}"


def measure_server(
    context: contextlib.AbstractContextManager[servers.Running],
    mix: Mix,
    target: str,
    load: LoadGenerator,
    concurrency: int,
    args: argparse.Namespace,
) -> tuple[dict[str, Any], machine.Watched]:
    with context as running:
        requests = mix.for_ours(running.base) if target == "ours" else mix.for_prism()
        check_mix(running.base, requests)
        load.drive(running.base, requests, concurrency, args.warmup)  # JIT, caches, connections
        result, quiet, _ = machine.quietly(
            lambda: load.drive(running.base, requests, concurrency, args.seconds), [running.pid]
        )
    return result, quiet


# --- regeneration against bare openapi-python-client ------------------------------------------------------


def floor_command(api: str, spec_file: Path, work: Path) -> list[str]:
    from apikit.generate import TEMPLATES

    return [
        sys.executable, "-m", "openapi_python_client", "generate", "--path", str(spec_file),
        "--output-path", str(work / f"floor-{api}"), "--meta", "uv", "--overwrite",
        "--custom-template-path", str(TEMPLATES),
    ]  # fmt: skip


@dataclass(frozen=True)
class BuildTimes:
    """Wall seconds of one `apikit build`, split by its progress lines."""

    total: float
    clients_done: float
    """Start-up, validation, overlays and every client generated."""
    docs: float


def timed_build(work: Path) -> BuildTimes:
    command = [sys.executable, "-m", "apikit", "--root", str(work), "build"]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    started = time.perf_counter()
    stamps: list[tuple[float, str]] = []
    with subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env
    ) as run:
        assert run.stdout is not None
        for line in run.stdout:
            stamps.append((time.perf_counter() - started, line.rstrip()))
    total = time.perf_counter() - started
    if run.returncode:
        raise RuntimeError("apikit build failed:\n" + "\n".join(text for _, text in stamps[-20:]))
    clients_done = max((at for at, text in stamps if text.startswith("generate ")), default=0.0)
    docs_done = max((at for at, text in stamps if text.startswith("docs ")), default=clients_done)
    return BuildTimes(total, clients_done, docs_done - clients_done)


def forget_builds(work: Path, apis: Sequence[str]) -> None:
    """Every cache of a build gone: validation markers and the client and site fingerprints."""
    from apikit.fingerprint import FINGERPRINT_FILE

    shutil.rmtree(work / ".apikit-cache", ignore_errors=True)
    for api in apis:
        (work / "generated" / "python" / api / FINGERPRINT_FILE).unlink(missing_ok=True)
    (work / "site" / FINGERPRINT_FILE).unlink(missing_ok=True)


def bench_build(args: argparse.Namespace) -> list[Figure]:
    from apikit.build import PYTHON_CLIENT, prepare_spec
    from apikit.project import Project

    apis = Project(ROOT).api_names()
    floor_note = f"baseline: openapi-python-client alone on the {len(apis)} prepared specs, one after another"
    clients = Figure(
        "apikit build, cold, clients (start-up, validation, generation)", "s", "lower", note=floor_note
    )
    whole = Figure("apikit build, cold, clients and docs site", "s", "lower")
    docs = Figure(
        "  of which: docs site stage", "s", "lower", note="no baseline: the bare generator writes no docs"
    )
    warm = Figure("apikit build, specs unchanged", "s", "lower")
    tool_env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        for folder in ("specs", "overlays", "generated"):
            shutil.copytree(ROOT / folder, work / folder, ignore=shutil.ignore_patterns("__pycache__", ".*"))
        prepared = []
        for api in apis:
            spec_file = work / f"{api}.json"
            spec_file.write_text(json.dumps(prepare_spec(Project(work), api, PYTHON_CLIENT).document))
            prepared.append((api, spec_file))
        for _ in range(args.repeats):
            floor = 0.0
            for api, spec_file in prepared:
                command = floor_command(api, spec_file, work)
                _, quiet, _ = machine.quietly(functools.partial(run_quietly, command, env=tool_env))
                floor += quiet.seconds
                watched(clients, quiet)
            times, quiet, _ = machine.quietly(
                lambda: timed_build(work), before=lambda: forget_builds(work, apis)
            )
            watched(clients, quiet)
            watched(whole, quiet)
            clients.ours.append(times.clients_done)
            whole.ours.append(times.total)
            docs.ours.append(times.docs)
            _, quiet, _ = machine.quietly(lambda: timed_build(work))
            watched(warm, quiet)
            warm.ours.append(quiet.seconds)
            for figure in (clients, whole, warm):
                figure.baseline.append(floor)
    return [clients, whole, docs, warm]


def run_quietly(command: list[str], **kwargs: Any) -> None:
    subprocess.run(command, check=True, capture_output=True, **kwargs)


# --- generated client against raw httpx -----------------------------------------------------------------


def bench_client(args: argparse.Namespace) -> list[Figure]:
    from fivepm_client import connect
    from fivepm_client.api.projects import projects_get_list

    sync_figure = Figure(f"fivepm client, {args.calls} list calls (sync) vs raw httpx", "s", "lower")
    async_figure = Figure(f"fivepm client, {args.calls} list calls (async) vs raw httpx", "s", "lower")
    # Pinned like the mock runs (mock on one core, calls from the other), so both sides of the ratio
    # meet the same scheduling and neither waits for the other's core.
    pins = servers.pinning()
    with servers.our_mock("fivepm", pins.server) as running, servers.running_on(pins.load_core):
        api_root = f"{running.base}/api/v2"
        session = fivepm_session(running.base)
        params: dict[str, Any] = {
            "count": 10, "offset": 0, "loadTeam": "false", "retType": "json", "sessionId": session,
        }  # fmt: skip
        url = f"{api_root}/service/get/projects/getList"
        with connect(api_root, "demo@5pm.example", "demo-password") as client, httpx.Client() as raw:
            projects_get_list.sync(client=client, count=10)  # signs in, warms the connection
            raw.get(url, params=params)
            for _ in range(args.repeats):
                ours, baseline = interleaved(
                    args.calls,
                    lambda: projects_get_list.sync(client=client, count=10),
                    lambda: raw.get(url, params=params).json(),
                )
                sync_figure.ours.append(ours)
                sync_figure.baseline.append(baseline)
        for _ in range(args.repeats):
            ours, baseline = asyncio.run(async_calls(api_root, url, params, args.calls))
            async_figure.ours.append(ours)
            async_figure.baseline.append(baseline)
        typescript_figure = typescript_calls(
            api_root, session, args.typescript_calls, args.typescript_repeats, pins.load_core
        )
    return [sync_figure, async_figure, typescript_figure]


TYPESCRIPT_BENCH = ROOT / "bench" / "typescript_client.mjs"


def typescript_calls(api_root: str, session: str, calls: int, repeats: int, core: int | None) -> Figure:
    """The 5pm TypeScript package against raw ``fetch`` on the same list call, in Node on ``core``."""
    figure = Figure(f"fivepm TypeScript client, {calls} list calls vs raw fetch", "s", "lower")
    entry = ROOT / "generated" / "typescript" / "fivepm" / "dist" / "index.js"
    pin = ["taskset", "-c", str(core)] if core is not None and shutil.which("taskset") else []
    command = [*pin, "node", str(TYPESCRIPT_BENCH), str(entry), api_root, session, str(calls), str(repeats)]
    output = subprocess.run(command, check=True, capture_output=True, text=True, timeout=600).stdout
    for run in json.loads(output):
        figure.ours.append(float(run["ours"]))
        figure.baseline.append(float(run["baseline"]))
    return figure


BLOCK = 50
"""Calls in a row before the other side's turn: both sides meet the same drift of a noisy machine."""


def interleaved(count: int, ours: Callable[[], Any], baseline: Callable[[], Any]) -> tuple[float, float]:
    """Seconds for ``count`` calls of each, run in alternating blocks."""
    spent = [0.0, 0.0]
    for start in range(0, count, BLOCK):
        for side, call in enumerate((ours, baseline)):
            started = time.perf_counter()
            for _ in range(min(BLOCK, count - start)):
                call()
            spent[side] += time.perf_counter() - started
    return spent[0], spent[1]


async def async_calls(api_root: str, url: str, params: dict[str, Any], count: int) -> tuple[float, float]:
    """:func:`interleaved` for the async client against ``httpx.AsyncClient``, on one event loop."""
    from fivepm_client import connect
    from fivepm_client.api.projects import projects_get_list

    spent = [0.0, 0.0]
    async with connect(api_root, "demo@5pm.example", "demo-password") as client, httpx.AsyncClient() as raw:

        async def ours() -> None:
            await projects_get_list.asyncio(client=client, count=10)

        async def baseline() -> None:
            (await raw.get(url, params=params)).json()

        await ours()  # signs in, warms the connections
        await baseline()
        for start in range(0, count, BLOCK):
            for side, call in enumerate((ours, baseline)):
                started = time.perf_counter()
                for _ in range(min(BLOCK, count - start)):
                    await call()
                spent[side] += time.perf_counter() - started
    return spent[0], spent[1]


# --- test-suite cost --------------------------------------------------------------------------------------


def bench_tests(args: argparse.Namespace) -> list[Figure]:
    suite = Figure("full test suite", "s", "lower", note="no baseline: tracked for regressions")
    pytest = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"]
    _, quiet = machine.watch(lambda: subprocess.run(pytest, cwd=ROOT, capture_output=True, check=False))
    suite.ours.append(quiet.seconds)
    watched(suite, quiet)
    figures = [suite]
    with servers.our_mock("fivepm") as running:
        started = time.perf_counter()
        verify_command = [
            sys.executable, "-m", "apikit", "--root", str(ROOT),
            "verify", "fivepm", "--base-url", running.base,
        ]  # fmt: skip
        output = subprocess.run(verify_command, capture_output=True, text=True, check=False).stdout
        seconds = time.perf_counter() - started
    cases = re.search(r"(\d+) generated", output)
    verify = Figure("apikit verify fivepm (schemathesis)", "s", "lower")
    verify.ours.append(seconds)
    verify.note = f"{cases.group(1) if cases else '?'} generated cases"
    figures.append(verify)
    return figures


# --- hostile clients -------------------------------------------------------------------------------------


def bench_hostile(args: argparse.Namespace, report: dict[str, Any]) -> list[Figure]:
    """bench/hostile.py: per hostile input, the server's peak memory growth per connection, and
    whether a normal request sent meanwhile was answered (no baseline: bounds, not speed)."""
    from bench import hostile

    results = hostile.run(quick=args.quick, progress=lambda text: print(text, file=sys.stderr))
    report["hostile"] = results
    figures = []
    for name, seen in results["inputs"].items():
        statuses = ", ".join(f"{status}: {count}" for status, count in sorted(seen["statuses"].items()))
        figure = Figure(
            f"hostile {name}: peak RSS growth per connection",
            "KiB",
            "lower",
            note=(
                f"{seen['connections']} connections, bound {seen['bound_per_connection_kib']} KiB "
                f"({'within' if seen['within_bound'] else 'OVER'}); normal request "
                f"{'answered' if seen['normal_answered'] else 'NOT answered'}; {statuses}"
            ),
        )
        figure.ours.append(seen["rss_growth_per_connection_kib"])
        figures.append(figure)
    return figures


# --- report -----------------------------------------------------------------------------------------------


def print_table(figures: list[Figure]) -> None:
    print(f"{'figure':58} {'ours (median)':>15} {'baseline':>10} {'ratio min/med/max':>20} {'busy':>5}")
    for figure in figures:
        ours, base, ratio = summary(figure.ours), summary(figure.baseline), summary(figure.ratios())
        ours_text = f"{ours['median']:.3g} {figure.unit}" if ours else "-"
        base_text = f"{base['median']:.3g}" if base else "-"
        ratio_text = f"{ratio['min']:.2f}/{ratio['median']:.2f}/{ratio['max']:.2f}" if ratio else "-"
        busy = f"{max(figure.foreign):.0%}" if figure.foreign else "-"
        note = f"   ({figure.note})" if figure.note else ""
        print(f"{figure.name:58} {ours_text:>15} {base_text:>10} {ratio_text:>20} {busy:>5}{note}")
    print("\nbusy: the most load from other programs any kept run saw, as a share of all cores")


def previous_report(path: Path) -> dict[str, Any]:
    """The report this run writes over (empty when there is none or it does not parse)."""
    try:
        found = json.loads(path.read_text())
    except (OSError, ValueError):
        return {}
    return found if isinstance(found, dict) else {}


def merged(
    previous: dict[str, Any], report: dict[str, Any], suites: Sequence[str], apis: Sequence[str] | None
) -> dict[str, Any]:
    """``report`` plus what ``previous`` holds that this run did not measure (other suites' figures
    and sections, other APIs' mocks), so ``--only`` and ``--api`` refresh part of the file without
    losing the rest. Each figure keeps the date of its run. A quick run and a full one do not mix:
    either replaces the other whole, or quick figures would pass for measured ones."""
    if previous.get("quick") != report["quick"]:
        return report
    names = {figure["name"] for figure in report["figures"]}
    kept = [
        {"date": previous.get("date"), **figure}
        for figure in previous.get("figures", [])
        if not remeasured(figure, suites, apis, names)
    ]
    combined = {**previous, **report, "figures": kept + report["figures"]}
    combined["versions"] = {**previous.get("versions", {}), **report["versions"]}
    if apis and "mock_setup" in previous and "mock_setup" in report:
        mixes = {**previous["mock_setup"].get("mixes", {}), **report["mock_setup"]["mixes"]}
        combined["mock_setup"] = {**report["mock_setup"], "mixes": mixes}
    return combined


def remeasured(
    figure: dict[str, Any], suites: Sequence[str], apis: Sequence[str] | None, names: set[str]
) -> bool:
    """Whether this run replaces a figure of an earlier report: its suite ran, and for the mocks
    with ``--api``, its API was among them. A figure written before figures named their suite goes
    only when one of its name comes back."""
    if "suite" not in figure:
        return figure["name"] in names
    if figure["suite"] == "mocks" and apis:
        return "mocks" in suites and figure.get("api") in apis
    return figure["suite"] in suites


def versions() -> dict[str, str]:
    found = {}
    for name in (
        "apikit",
        "openapi-python-client",
        "schemathesis",
        "httpx",
        "uvloop",
        "httptools",
        "orjson",
    ):
        with contextlib.suppress(metadata.PackageNotFoundError):
            found[name] = metadata.version(name)
    return found


@contextlib.contextmanager
def timer(label: str) -> Iterator[None]:
    started = time.perf_counter()
    yield
    print(f"[{label}: {time.perf_counter() - started:.0f} s]", file=sys.stderr)


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("--quick", action="store_true", help="tiny counts, to check the harness")
    parser.add_argument("--only", choices=["mocks", "build", "client", "tests", "hostile"], action="append")
    parser.add_argument("--api", action="append", help="measure only this API's mock (repeatable)")
    parser.add_argument("--load", choices=["auto", "wrk", "python"], default="auto", help="load generator")
    parser.add_argument("--output", type=Path, default=RESULTS, help="where the JSON report goes")
    args = parser.parse_args()
    args.repeats = 1 if args.quick else 3
    args.seconds = 2.0 if args.quick else 10.0
    args.warmup = 1.0 if args.quick else 2.0
    args.requests = 60 if args.quick else 20000  # the Python generator's budget per run
    args.concurrency = [1, 8] if args.quick else [1, 8, 32]
    args.calls = 20 if args.quick else 1000
    # A call in Node takes about 0.4 ms, and the 2-3% of calls on either side that take over 2 ms on a
    # busy machine make a quarter of a block's time: with 1,000 calls and 3 repeats, runs of the same
    # code gave medians from 1.09 to 1.58; with 5,000 calls and 5 repeats, from 1.09 to 1.12.
    args.typescript_calls = 100 if args.quick else 5000
    args.typescript_repeats = args.repeats if args.quick else 5
    if args.quick:  # the harness is checked, not the numbers: no waiting for a quiet machine
        machine.TRIES, machine.PATIENCE = 1, 0.0
    else:
        machine.TRIES, machine.PATIENCE = 2, 15.0
    wanted = args.only or (
        ["mocks", "build", "client", "hostile"]
        if args.quick
        else ["mocks", "build", "client", "tests", "hostile"]
    )
    report: dict[str, Any] = {
        "date": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "machine": {
            "platform": platform.platform(),
            "python": platform.python_version(),
            "cpus": os.cpu_count(),
        },
        "versions": versions(),
        "quick": args.quick,
    }
    figures: list[Figure] = []
    suites: dict[str, Callable[[], list[Figure]]] = {
        "mocks": lambda: bench_mocks(args, report),
        "build": lambda: bench_build(args),
        "client": lambda: bench_client(args),
        "tests": lambda: bench_tests(args),
        "hostile": lambda: bench_hostile(args, report),
    }
    for name in wanted:
        with timer(name):
            for figure in suites[name]():
                figure.suite = name
                figures.append(figure)
    print_table(figures)
    report["figures"] = [{**f.as_json(), "date": report["date"]} for f in figures]
    report["quiet_machine"] = {
        "threshold": machine.QUIET,
        "tries": machine.TRIES,
        "patience_seconds": machine.PATIENCE,
        "budget_exhausted": not machine.budget_left(),
    }
    report = merged(previous_report(args.output), report, wanted, args.api)
    args.output.write_text(json.dumps(report, indent=2) + "\n")
    print(f"\nwritten: {args.output}")


if __name__ == "__main__":
    main()
