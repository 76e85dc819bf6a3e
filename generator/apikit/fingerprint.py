"""Fingerprints of what a stage's output was made from, so unchanged inputs cost nothing.

A stage writes its fingerprint into its output folder (``FINGERPRINT_FILE``) and skips its work
when the fingerprint of its current inputs is the same; deleting the file forces the work.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path
from typing import Any

FINGERPRINT_FILE = ".apikit-inputs"


def fingerprint(
    *,
    data: Any = None,
    raw: bytes = b"",
    packages: Iterable[str] = (),
    files: Iterable[Path] = (),
    folders: Iterable[Path] = (),
) -> str:
    """``sha256:…`` over JSON data, raw bytes, installed package versions, files and folder trees."""
    digest = hashlib.sha256(raw)
    digest.update(json.dumps(data, sort_keys=True, default=str).encode())
    for name in packages:
        digest.update(f"{name}=={metadata.version(name)}".encode())
    for path in files:
        digest.update(path.read_bytes())
    for folder in folders:
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            digest.update(path.relative_to(folder).as_posix().encode())
            digest.update(path.read_bytes())
    return f"sha256:{digest.hexdigest()}"


def read_fingerprint(folder: Path) -> str | None:
    try:
        return (folder / FINGERPRINT_FILE).read_text(encoding="utf-8").strip()
    except OSError:
        return None


def write_fingerprint(folder: Path, value: str) -> None:
    (folder / FINGERPRINT_FILE).write_text(value + "\n", encoding="utf-8")
