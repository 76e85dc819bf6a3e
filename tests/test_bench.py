"""Smoke runs of the benchmark harness with tiny counts: it runs and reports; no timing is asserted."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from bench import servers, wrk
from bench.__main__ import check_mix, merged
from bench.mixes import MIXES
from tests.support import ROOT


def test_bench_quick_client_run_reports_ratios(tmp_path: Path) -> None:
    output = tmp_path / "results.json"
    result = subprocess.run(
        [sys.executable, "-m", "bench", "--quick", "--only", "client", "--output", str(output)],
        cwd=ROOT, capture_output=True, text=True, check=False, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads(output.read_text())
    assert {"date", "machine", "versions", "figures"} <= set(report)
    names = [figure["name"] for figure in report["figures"]]
    assert any("(sync)" in name for name in names) and any("(async)" in name for name in names)
    assert any("TypeScript client" in name and "raw fetch" in name for name in names)
    for figure in report["figures"]:
        assert figure["ratio"]["n"] == 1 and figure["ratio"]["median"] > 0


def test_the_wrk_script_carries_every_request_of_the_mix_byte_for_byte() -> None:
    mix = [
        {"method": "GET", "path": "/a", "params": {"filter[x]": "1 2", "q": 'say "hi"\\'}},
        {"method": "POST", "path": "/b", "headers": {"X-Key": "k"}, "body": '{"name": "Zoë"}'},
    ]
    script = wrk.lua_script(mix)
    assert '"/a?filter%5Bx%5D=1+2&q=say+%22hi%22%5C"' in script
    assert '["X-Key"] = "k"' in script and '["Content-Type"] = "application/json"' in script
    assert r'"{\034name\034: \034Zo\195\171\034}"' in script  # quotes and UTF-8 as decimal escapes


def test_wrk_results_are_read_from_the_done_line() -> None:
    line = (
        'WRK-RESULT {"requests": 500, "duration_us": 2000000, "status_errors": 3, "socket_errors": 1, '
        '"timeouts": 0, "p50_us": 1500, "p99_us": 9000, "mean_us": 1700.0, "max_us": 12000}'
    )
    result = wrk.parse_output("Running 2s test\n" + line + "\n")
    assert (result["rps"], result["p50_ms"], result["p99_ms"]) == (250.0, 1.5, 9.0)
    assert (result["non_2xx"], result["socket_errors"]) == (3, 1)
    with pytest.raises(RuntimeError, match="no result line"):
        wrk.parse_output("Running 2s test\n")


@pytest.mark.skipif(shutil.which("wrk") is None, reason="wrk is not installed (python -m bench installs it)")
@pytest.mark.parametrize("api", ["fivepm", "museum"])  # a plugin's mock, and the spec-only one
def test_wrk_drives_the_mix_against_the_mock_without_errors(api: str) -> None:
    with servers.our_mock(api) as running:
        mix = MIXES[api].for_ours(running.base)
        check_mix(running.base, mix)
        result = wrk.run(Path(str(shutil.which("wrk"))), running.base, mix, connections=2, seconds=1)
    assert result["requests"] > len(mix)
    assert (result["non_2xx"], result["socket_errors"]) == (0, 0)


@pytest.mark.parametrize("api", ["fivepm", "proworkflow", "museum"])
def test_the_ceilings_empty_app_answers_every_request_of_the_mix_prism_gets(api: str) -> None:
    with servers.empty_server() as running:
        mix = MIXES[api].for_prism()
        check_mix(running.base, mix)  # raises MixRefused on any answer but a 2xx
        answer = httpx.request(mix[-1]["method"], running.base + mix[-1]["path"], content=mix[-1].get("body"))
    assert (answer.status_code, answer.content) == (200, b"{}")


def test_the_museum_mock_is_the_spec_only_one_served_from_its_example_project() -> None:
    assert servers.project_root("museum") == ROOT / "examples" / "museum"
    assert "museum" in servers.mock_apis() and "fivepm" in servers.mock_apis()
    assert "spec-only" in servers.mock_behaviour("museum")


def figure(name: str, suite: str, api: str | None = None) -> dict[str, object]:
    return {"name": name, "suite": suite, "api": api}


def test_a_partial_run_keeps_the_figures_it_did_not_measure() -> None:
    previous = {
        "quick": False, "date": "then", "versions": {"prism": "5.14.2"}, "hostile": {"inputs": {}},
        "mock_setup": {"mixes": {"fivepm": ["GET /a"], "museum": ["GET /old"]}},
        "figures": [
            figure("fivepm mock, 1 conn: throughput", "mocks", "fivepm"),
            figure("museum mock, 1 conn: throughput", "mocks", "museum"),
            figure("museum mock, 32 conn: throughput", "mocks", "museum"),
            {"name": "hostile slow-loris: peak RSS growth per connection"},  # before suites were named
        ],
    }  # fmt: skip
    report = {
        "quick": False, "date": "now", "versions": {"apikit": "0.1.0"},
        "mock_setup": {"mixes": {"museum": ["GET /new"]}},
        "figures": [figure("museum mock, 1 conn: throughput", "mocks", "museum")],
    }  # fmt: skip
    result = merged(previous, report, ["mocks"], ["museum"])
    assert [(f["name"], f.get("date")) for f in result["figures"]] == [
        ("fivepm mock, 1 conn: throughput", "then"),
        ("hostile slow-loris: peak RSS growth per connection", "then"),
        ("museum mock, 1 conn: throughput", None),  # main() dates the figures of the run
    ]
    assert result["mock_setup"]["mixes"] == {"fivepm": ["GET /a"], "museum": ["GET /new"]}
    assert result["versions"] == {"prism": "5.14.2", "apikit": "0.1.0"} and "hostile" in result
    assert [f["name"] for f in merged(previous, report, ["mocks"], None)["figures"]] == [
        "hostile slow-loris: peak RSS growth per connection",
        "museum mock, 1 conn: throughput",
    ]
    assert merged(previous, {**report, "quick": True}, ["mocks"], ["museum"])["figures"] == report["figures"]
