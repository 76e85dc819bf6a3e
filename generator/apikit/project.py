"""Where things live in an apikit project: one folder per API under specs/ and overlays/."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SPEC_FILE = "openapi.yaml"
SPEC_FILES = (SPEC_FILE, "openapi.yml", "openapi.json")
"""What an API's spec may be called, in its folder under specs/."""
OVERLAY_SUFFIXES = (".yaml", ".yml", ".json")
CONFIG_FILE = "pyproject.toml"
"""Where a project configures apikit, under ``[tool.apikit]`` (see :mod:`apikit.policy`)."""


class ProjectError(Exception):
    """The project layout is not what apikit expects."""


@dataclass(frozen=True)
class Project:
    root: Path

    @classmethod
    def find(cls, start: Path | None = None) -> Project:
        """The nearest folder, from ``start`` upwards, that holds a ``specs/`` folder."""
        here = (start or Path.cwd()).resolve()
        for folder in (here, *here.parents):
            if (folder / "specs").is_dir():
                return cls(folder)
        raise ProjectError(
            f"no apikit project found at or above {here}: "
            "run apikit from a checkout that has a specs/ folder, or pass --root"
        )

    @property
    def specs_dir(self) -> Path:
        return self.root / "specs"

    @property
    def overlays_dir(self) -> Path:
        return self.root / "overlays"

    @property
    def generated_dir(self) -> Path:
        return self.root / "generated"

    @property
    def cache_dir(self) -> Path:
        """Local, disposable: what was already proven about unchanged inputs (never committed).

        Not while a build runs, nor after one crashed: it holds the build lock and the swap journal.
        """
        return self.root / ".apikit-cache"

    @property
    def site_dir(self) -> Path:
        return self.root / "site"

    @property
    def clients_dir(self) -> Path:
        return self.generated_dir / "python"

    @property
    def typescript_clients_dir(self) -> Path:
        return self.generated_dir / "typescript"

    @property
    def lock_path(self) -> Path:
        """Held by the build writing this project's outputs, so a second one waits for it."""
        return self.cache_dir / "build.lock"

    @property
    def swap_journal_path(self) -> Path:
        """Present only while outputs are being swapped in (or when that was interrupted)."""
        return self.cache_dir / "swap-journal.json"

    @property
    def config_path(self) -> Path:
        return self.root / CONFIG_FILE

    def tool_config(self) -> dict[str, Any]:
        """The project's ``[tool.apikit]`` table; empty when it has no pyproject.toml or no such table."""
        path = self.config_path
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return {}
        except OSError as exc:
            raise ProjectError(f"{path}: cannot read: {exc.strerror}") from exc
        try:
            config = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise ProjectError(f"{path}: not valid TOML ({exc}); fix the file") from exc
        table = config.get("tool", {}).get("apikit", {})
        if not isinstance(table, dict):
            raise ProjectError(f"{path}: [tool.apikit] must be a table")
        return table

    def api_names(self) -> list[str]:
        return sorted({p.parent.name for name in SPEC_FILES for p in self.specs_dir.glob(f"*/{name}")})

    def spec_path(self, api: str) -> Path:
        folder = self.specs_dir / api
        found = [folder / name for name in SPEC_FILES if (folder / name).is_file()]
        if not found:
            known = ", ".join(self.api_names()) or "none"
            raise ProjectError(
                f"unknown API {api!r}: {folder / SPEC_FILE} does not exist (known APIs: {known})"
            )
        if len(found) > 1:
            names = " and ".join(path.name for path in found)
            raise ProjectError(f"{folder} holds {names}: keep one spec per API")
        return found[0]

    def overlay_paths(self, api: str, target: str) -> list[Path]:
        """Overlays for one output of an API, applied in file-name order.

        ``overlays/<api>/<target>.yaml`` (or ``<target>.<step>.yaml``) applies to that target only;
        target ``all`` applies to every output (clients, docs, mock).
        """
        folder = self.overlays_dir / api
        found = [p for p in folder.glob("*") if p.suffix in OVERLAY_SUFFIXES and p.is_file()]
        wanted = ("all", target)
        return sorted(p for p in found if p.name.split(".", 1)[0] in wanted)

    def client_dir(self, api: str) -> Path:
        return self.clients_dir / api

    def typescript_client_dir(self, api: str) -> Path:
        return self.typescript_clients_dir / api

    def output_dirs(self) -> list[Path]:
        """Every folder a build replaces whole: each client (Python and TypeScript) and the site.

        Client folders of APIs whose spec is gone count too, so what an interrupted build left
        beside them is still settled.
        """
        apis = self.api_names()
        clients = {self.client_dir(api) for api in apis} | {self.typescript_client_dir(api) for api in apis}
        for folder in (self.clients_dir, self.typescript_clients_dir):
            if folder.is_dir():
                clients.update(p for p in folder.iterdir() if p.is_dir() and not p.name.startswith("."))
        return [*sorted(clients), self.site_dir]


def client_package_name(api: str) -> str:
    return f"{api}_client"
