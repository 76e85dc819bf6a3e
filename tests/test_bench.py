"""Smoke runs of the benchmark harness with tiny counts: it runs and reports; no timing is asserted."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bench import wrk
from bench.mixes import MIXES
from tests.support import ROOT, running_mock


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
def test_wrk_drives_the_fivepm_mix_against_the_mock_without_errors() -> None:
    with running_mock("fivepm") as base:
        mix = MIXES["fivepm"].for_ours(base)
        result = wrk.run(Path(str(shutil.which("wrk"))), base, mix, connections=2, seconds=1)
    assert result["requests"] > len(mix)
    assert (result["non_2xx"], result["socket_errors"]) == (0, 0)
