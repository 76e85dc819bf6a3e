"""Run every benchmark, print a table, write bench/results.json.

    python -m bench            # full run (a few minutes)
    python -m bench --quick    # tiny counts: checks the harness, not the numbers

Every figure is a ratio against a baseline measured in the same run, repeat by repeat, so it means
something on a noisy machine: mock throughput against Prism serving the same spec, `apikit build`
against bare openapi-python-client, the generated client against raw httpx.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

import httpx

from bench import servers

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

    def ratios(self) -> list[float]:
        return [o / b for o, b in zip(self.ours, self.baseline, strict=True) if b]

    def as_json(self) -> dict[str, Any]:
        return {
            "name": self.name, "unit": self.unit, "better": self.better, "note": self.note,
            "ours": summary(self.ours), "baseline": summary(self.baseline), "ratio": summary(self.ratios()),
        }  # fmt: skip


def summary(values: list[float]) -> dict[str, float] | None:
    if not values:
        return None
    return {"min": min(values), "median": statistics.median(values), "max": max(values), "n": len(values)}


# --- mock servers against Prism -------------------------------------------------------------------------


def fivepm_mix(session_id: str) -> list[dict[str, Any]]:
    """The fixed read/write mix both servers get, with ``session_id`` on every call."""
    auth = {"sessionId": session_id, "retType": "json"}
    return [
        {"method": "GET", "path": "/service/get/projects/getList", "params": {**auth, "count": 10}},
        {"method": "GET", "path": "/service/get/projects/getById", "params": {**auth, "id": 1}},
        {"method": "GET", "path": "/service/get/tasks/getList", "params": {**auth, "filter[projectId]": 1}},
        {
            "method": "POST",
            "path": "/service/post/projects/add",
            "params": {**auth, "project[name]": "Bench"},
        },
    ]


def demo_session(base: str) -> str:
    answer = httpx.get(
        f"{base}/service/get/authentication/signIn",
        params={"login": "demo@5pm.example", "password": "demo-password", "retType": "json"},
    )
    return str(answer.json()["data"]["sessionId"])


# Prism keeps no state and checks only that a session id is present: any value serves.
PRISM_SESSION = "bench-session"


def load(
    base: str, mix: list[dict[str, Any]], concurrency: int, requests: int, seconds: float
) -> dict[str, Any]:
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as handle:
        json.dump(mix, handle)
    try:
        output = subprocess.run(
            [sys.executable, "-m", "bench.loadgen", "--base", base, "--concurrency", str(concurrency),
             "--requests", str(requests), "--seconds", str(seconds), "--mix", handle.name],
            cwd=ROOT, capture_output=True, text=True, check=True,
        ).stdout  # fmt: skip
    finally:
        os.unlink(handle.name)
    return dict(json.loads(output))


def bench_mocks(args: argparse.Namespace, versions: dict[str, str]) -> list[Figure]:
    from apikit.build import load_valid_spec
    from apikit.project import Project

    figures: list[Figure] = []
    prism = servers.prism_executable()
    if prism is None:
        return [
            Figure("mock throughput vs Prism", "req/s", "higher", note="npm not found: Prism not measured")
        ]
    versions["prism"] = servers.prism_version(prism)
    spec = load_valid_spec(Project(ROOT), "fivepm")
    by_concurrency = {c: (Figure(f"fivepm mock, {c} conn: throughput", "req/s", "higher"),
                          Figure(f"fivepm mock, {c} conn: p50 latency", "ms", "lower"),
                          Figure(f"fivepm mock, {c} conn: p99 latency", "ms", "lower"))
                      for c in args.concurrency}  # fmt: skip
    with tempfile.TemporaryDirectory() as scratch:
        for _ in range(args.repeats):
            for concurrency, (rps, p50, p99) in by_concurrency.items():
                for target, samples in (("ours", "ours"), ("prism", "baseline")):
                    context = (
                        servers.our_mock("fivepm")
                        if target == "ours"
                        else servers.prism_mock(prism, spec, Path(scratch))
                    )
                    with context as base:
                        mix = fivepm_mix(demo_session(base) if target == "ours" else PRISM_SESSION)
                        result = load(base, mix, concurrency, args.requests, args.seconds)
                    if result["non_2xx"]:
                        rps.note = f"{target}: {result['non_2xx']} non-2xx answers in the last run"
                    getattr(rps, samples).append(result["rps"])
                    getattr(p50, samples).append(result["p50_ms"])
                    getattr(p99, samples).append(result["p99_ms"])
    for triple in by_concurrency.values():
        figures.extend(triple)
    return figures


# --- regeneration against bare openapi-python-client ------------------------------------------------------


def timed(command: list[str], **kwargs: Any) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, **kwargs)
    return time.perf_counter() - started


def floor_command(api: str, spec_file: Path, work: Path) -> list[str]:
    from apikit.generate import TEMPLATES

    return [
        sys.executable, "-m", "openapi_python_client", "generate", "--path", str(spec_file),
        "--output-path", str(work / f"floor-{api}"), "--meta", "uv", "--overwrite",
        "--custom-template-path", str(TEMPLATES),
    ]  # fmt: skip


def bench_build(args: argparse.Namespace) -> list[Figure]:
    from apikit.build import PYTHON_CLIENT, prepare_spec
    from apikit.fingerprint import FINGERPRINT_FILE
    from apikit.project import Project

    project = Project(ROOT)
    cold = Figure("apikit build, every client regenerated, vs bare generator", "s", "lower")
    warm = Figure("apikit build, specs unchanged, vs bare generator", "s", "lower")
    tool_env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        subprocess.run(["cp", "-r", "specs", "overlays", "generated", str(work)], cwd=ROOT, check=True)
        prepared = []
        for api in project.api_names():
            spec_file = work / f"{api}.json"
            spec_file.write_text(json.dumps(prepare_spec(project, api, PYTHON_CLIENT).document))
            prepared.append((api, spec_file))
        build = [sys.executable, "-m", "apikit", "--root", str(work), "build"]
        for _ in range(args.repeats):
            floor = sum(
                timed(floor_command(api, spec_file, work), env=tool_env) for api, spec_file in prepared
            )
            for api, _ in prepared:
                (work / "generated" / "python" / api / FINGERPRINT_FILE).unlink(missing_ok=True)
            cold.ours.append(timed(build))
            warm.ours.append(timed(build))
            cold.baseline.append(floor)
            warm.baseline.append(floor)
    cold.note = "baseline: openapi-python-client alone on the prepared specs, same templates"
    return [cold, warm]


# --- generated client against raw httpx -----------------------------------------------------------------


def bench_client(args: argparse.Namespace) -> list[Figure]:
    from fivepm_client import connect
    from fivepm_client.api.projects import projects_get_list

    sync_figure = Figure(f"fivepm client, {args.calls} list calls (sync) vs raw httpx", "s", "lower")
    async_figure = Figure(f"fivepm client, {args.calls} list calls (async) vs raw httpx", "s", "lower")
    with servers.our_mock("fivepm") as base:
        api_root = f"{base}/api/v2"
        session = demo_session(base)
        params = {"count": 10, "offset": 0, "loadTeam": "false", "retType": "json", "sessionId": session}
        url = f"{api_root}/service/get/projects/getList"
        with connect(api_root, "demo@5pm.example", "demo-password") as client, httpx.Client() as raw:
            projects_get_list.sync(client=client, count=10)  # signs in, warms the connection
            raw.get(url, params=params)
            for _ in range(args.repeats):
                sync_figure.ours.append(
                    repeat(args.calls, lambda: projects_get_list.sync(client=client, count=10))
                )
                sync_figure.baseline.append(repeat(args.calls, lambda: raw.get(url, params=params).json()))
        for _ in range(args.repeats):
            async_figure.ours.append(asyncio.run(async_client_calls(api_root, args.calls)))
            async_figure.baseline.append(asyncio.run(async_raw_calls(url, params, args.calls)))
    return [sync_figure, async_figure]


def repeat(count: int, call: Callable[[], Any]) -> float:
    started = time.perf_counter()
    for _ in range(count):
        call()
    return time.perf_counter() - started


async def async_client_calls(api_root: str, count: int) -> float:
    from fivepm_client import connect
    from fivepm_client.api.projects import projects_get_list

    async with connect(api_root, "demo@5pm.example", "demo-password") as client:
        await projects_get_list.asyncio(client=client, count=10)
        started = time.perf_counter()
        for _ in range(count):
            await projects_get_list.asyncio(client=client, count=10)
        return time.perf_counter() - started


async def async_raw_calls(url: str, params: dict[str, Any], count: int) -> float:
    async with httpx.AsyncClient() as raw:
        (await raw.get(url, params=params)).json()
        started = time.perf_counter()
        for _ in range(count):
            (await raw.get(url, params=params)).json()
        return time.perf_counter() - started


# --- test-suite cost --------------------------------------------------------------------------------------


def bench_tests(args: argparse.Namespace) -> list[Figure]:
    suite = Figure("full test suite", "s", "lower", note="no baseline: tracked for regressions")
    suite.ours.append(timed([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"], cwd=ROOT))
    figures = [suite]
    with servers.our_mock("fivepm") as base:
        started = time.perf_counter()
        output = subprocess.run(
            [sys.executable, "-m", "apikit", "--root", str(ROOT), "verify", "fivepm", "--base-url", base],
            capture_output=True, text=True, check=False,
        ).stdout  # fmt: skip
        seconds = time.perf_counter() - started
    cases = re.search(r"(\d+) generated", output)
    verify = Figure("apikit verify fivepm (schemathesis)", "s", "lower")
    verify.ours.append(seconds)
    verify.note = f"{cases.group(1) if cases else '?'} generated cases"
    figures.append(verify)
    return figures


# --- report -----------------------------------------------------------------------------------------------


def print_table(figures: list[Figure]) -> None:
    print(f"{'figure':64} {'ours (median)':>16} {'baseline':>12} {'ratio min/median/max':>26}")
    for figure in figures:
        ours, base, ratio = summary(figure.ours), summary(figure.baseline), summary(figure.ratios())
        ours_text = f"{ours['median']:.3g} {figure.unit}" if ours else "-"
        base_text = f"{base['median']:.3g}" if base else "-"
        ratio_text = f"{ratio['min']:.2f}/{ratio['median']:.2f}/{ratio['max']:.2f}" if ratio else "-"
        note = f"   ({figure.note})" if figure.note else ""
        print(f"{figure.name:64} {ours_text:>16} {base_text:>12} {ratio_text:>26}{note}")


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("--quick", action="store_true", help="tiny counts, to check the harness")
    parser.add_argument("--only", choices=["mocks", "build", "client", "tests"], action="append")
    parser.add_argument("--output", type=Path, default=RESULTS, help="where the JSON report goes")
    args = parser.parse_args()
    args.repeats = 1 if args.quick else 3
    args.requests = 60 if args.quick else 1500
    args.seconds = 10.0 if args.quick else 20.0
    args.concurrency = [1, 8] if args.quick else [1, 8, 32]
    args.calls = 20 if args.quick else 300
    wanted = args.only or (
        ["mocks", "build", "client"] if args.quick else ["mocks", "build", "client", "tests"]
    )

    versions = {
        name: metadata.version(name) for name in ("apikit", "openapi-python-client", "schemathesis", "httpx")
    }
    figures: list[Figure] = []
    if "mocks" in wanted:
        figures += bench_mocks(args, versions)
    if "build" in wanted:
        figures += bench_build(args)
    if "client" in wanted:
        figures += bench_client(args)
    if "tests" in wanted:
        figures += bench_tests(args)
    print_table(figures)
    report = {
        "date": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "machine": {
            "platform": platform.platform(),
            "python": platform.python_version(),
            "cpus": os.cpu_count(),
        },
        "versions": versions,
        "quick": args.quick,
        "figures": [f.as_json() for f in figures],
    }
    args.output.write_text(json.dumps(report, indent=2) + "\n")
    print(f"\nwritten: {args.output}")


if __name__ == "__main__":
    main()
