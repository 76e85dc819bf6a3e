from __future__ import annotations

from pathlib import Path

import pytest

from apikit.project import Project
from tests.support import ROOT, SHARED


@pytest.fixture(scope="session")
def project() -> Project:
    return Project(ROOT)


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.fail(f"{SHARED} is missing: the tests read the seeds, samples and conformance data there")
    return SHARED
