from __future__ import annotations

import pytest

from apikit.project import Project
from tests.support import ROOT


@pytest.fixture(scope="session")
def project() -> Project:
    return Project(ROOT)
