"""Sessions: `build` (the main job), `tests` (the whole suite), `lint` (ruff + mypy), `docs` (the site)."""

from __future__ import annotations

from pathlib import Path

import nox

nox.options.default_venv_backend = "venv"
nox.options.sessions = ["build", "tests"]
nox.options.reuse_existing_virtualenvs = True

ROOT = Path(__file__).parent
CLIENTS = sorted(p for p in (ROOT / "generated" / "python").glob("*") if (p / "pyproject.toml").is_file())


def install_toolkit(session: nox.Session) -> None:
    session.install("-e", ".[test]")
    # compat: a path entry that type checkers follow (the default editable mode is an import hook
    # that mypy cannot see through)
    editable = [arg for client in CLIENTS for arg in ("-e", str(client))]
    session.install("--config-settings", "editable_mode=compat", *editable)


@nox.session
def build(session: nox.Session) -> None:
    """Validate specs, apply overlays, regenerate clients."""
    install_toolkit(session)
    session.run("apikit", "build", *session.posargs)


@nox.session
def tests(session: nox.Session) -> None:
    """The whole test suite: specs, overlays, generated clients, mocks, schemathesis; on two worker
    processes (``-- -n 0`` runs it in one). Tests are handed out one by one (pytest-xdist's ``load``):
    its grouping modes collapse a schemathesis test into a single item."""
    install_toolkit(session)
    session.run("pytest", "-n", "2", *session.posargs)


@nox.session
def docs(session: nox.Session) -> None:
    """Build the reference site into site/; `-- --serve` previews it on http://127.0.0.1:8008/."""
    install_toolkit(session)
    session.run("apikit", "docs", *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    install_toolkit(session)
    session.run("ruff", "check", "generator", "tests", "bench", "noxfile.py")
    session.run("ruff", "format", "--check", "generator", "tests", "bench", "noxfile.py")
    session.run("mypy")
