"""A smoke run of the benchmark harness with tiny counts: it runs and reports; no timing is asserted."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

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
    for figure in report["figures"]:
        assert figure["ratio"]["n"] == 1 and figure["ratio"]["median"] > 0
