from __future__ import annotations

from pathlib import Path

import pytest

from apikit.project import Project
from tests.support import ROOT


@pytest.fixture(scope="session")
def project() -> Project:
    return Project(ROOT)


@pytest.fixture(scope="session")
def mypy_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The mypy cache of this test process (see tests.support.run_mypy_strict)."""
    return tmp_path_factory.mktemp("mypy-cache")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests marked ``after_all`` go last, in their order: they check what other tests did, and on
    several workers (pytest-xdist hands tests out in this order) they then wait only for the tests
    still running elsewhere, not for a queue."""
    items.sort(key=lambda item: item.get_closest_marker("after_all") is not None)
