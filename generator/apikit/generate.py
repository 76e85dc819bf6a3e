"""Generate stage: a typed Python client from a prepared spec, with openapi-python-client.

The output is written to a temporary folder and swapped in only when everything succeeded, so a
failure leaves the previous client intact. The client's hand-written runtime (``<package>/lib/``)
is never generated: it is carried over from the previous output on every run.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml

from apikit.fingerprint import fingerprint, read_fingerprint, write_fingerprint
from apikit.project import Project, client_package_name
from apikit.spec import iter_operations, resolve

TEMPLATES = Path(__file__).parent / "templates" / "python-client"
HAND_WRITTEN = "lib"
EMPTY_LIB = (
    '"""Hand-written runtime for this client; the generator never touches this folder."""\n\n'
    "__all__: list[str] = []\n"
)


class GenerateError(Exception):
    """The client could not be generated; the previous output is unchanged."""


def generate_python_client(project: Project, api: str, spec: Mapping[str, Any]) -> bool:
    """(Re)generate the API's client; False when its inputs are unchanged and nothing was done.

    The inputs are fingerprinted (prepared spec, templates, generator and formatter versions) into
    ``FINGERPRINT_FILE`` beside the client; delete that file to force a regeneration.
    """
    check_client_compatible(api, spec)
    destination = project.client_dir(api)
    inputs = inputs_fingerprint(api, spec)
    if read_fingerprint(destination) == inputs:
        return False
    package = client_package_name(api)
    destination.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=f".{api}-", dir=destination.parent) as scratch:
        work = Path(scratch)
        output = work / "out"
        _run_generator(api, spec, work, output)
        _carry_over_hand_written(destination / package / HAND_WRITTEN, output / package / HAND_WRITTEN)
        write_fingerprint(output, inputs)
        swap_in(output, destination)
    return True


def inputs_fingerprint(api: str, spec: Mapping[str, Any]) -> str:
    return fingerprint(
        data=[spec, generator_config(api)], packages=("openapi-python-client", "ruff"), folders=[TEMPLATES]
    )


def check_client_compatible(api: str, spec: Mapping[str, Any]) -> None:
    """Refuse what the client templates cannot send correctly, instead of generating a wrong client.

    The templates send every object-valued query parameter as deepObject brackets (``a[b]=1``),
    because openapi-python-client does not pass ``style`` to them.
    """
    for op in iter_operations(spec):
        for param in op.parameters:
            schema = resolve(spec, param.get("schema", {}))
            is_object = isinstance(schema, Mapping) and schema.get("type") == "object"
            if param.get("in") == "query" and is_object and param.get("style") != "deepObject":
                raise GenerateError(
                    f"specs/{api}: {op.operation_id} query parameter {param.get('name')!r} is an object "
                    f"with style {param.get('style', 'form')!r}: the Python client only sends deepObject "
                    "objects; declare `style: deepObject` or split it into scalar parameters"
                )


def _run_generator(api: str, spec: Mapping[str, Any], work: Path, output: Path) -> None:
    spec_file = work / "openapi.json"
    spec_file.write_text(json.dumps(spec, indent=1), encoding="utf-8")
    config_file = work / "config.yaml"
    config_file.write_text(yaml.safe_dump(generator_config(api)), encoding="utf-8")
    command = [
        *_generator_command(),
        "generate",
        "--path", str(spec_file),
        "--output-path", str(output),
        "--config", str(config_file),
        "--custom-template-path", str(TEMPLATES),
        "--meta", "uv",
        "--overwrite",
        "--fail-on-warning",  # a skipped operation or model is a wrong client, not a warning
    ]  # fmt: skip
    result = subprocess.run(command, capture_output=True, text=True, env=_tool_env(), check=False)
    if result.returncode != 0 or not (output / client_package_name(api)).is_dir():
        detail = (result.stdout + result.stderr).strip().replace(str(spec_file), f"specs/{api} (prepared)")
        raise GenerateError(f"openapi-python-client failed for {api}:\n{detail}")


def generator_config(api: str) -> dict[str, Any]:
    return {
        "project_name_override": f"{api}-client",
        "package_name_override": client_package_name(api),
        "post_hooks": ["ruff check . --fix-only --quiet", "ruff format . --quiet"],
    }


def _generator_command() -> list[str]:
    return [sys.executable, "-m", "openapi_python_client"]


def _tool_env() -> dict[str, str]:
    # The generator's post-hooks call `ruff`; it lives beside this interpreter.
    env = dict(os.environ)
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    env["RUFF_NO_CACHE"] = "true"  # no .ruff_cache inside the generated client
    return env


def _carry_over_hand_written(previous: Path, new: Path) -> None:
    if new.exists():
        shutil.rmtree(new)
    if previous.is_dir():
        shutil.copytree(previous, new, ignore=shutil.ignore_patterns("__pycache__"))
    else:
        new.mkdir(parents=True)
        (new / "__init__.py").write_text(EMPTY_LIB, encoding="utf-8")


def swap_in(output: Path, destination: Path) -> None:
    """Replace ``destination`` by the finished ``output`` (a sibling folder); the old one is kept
    until the new one is in place, and put back if that fails."""
    backup = destination.with_name(f".{destination.name}.previous")
    if backup.exists():
        shutil.rmtree(backup)
    if destination.exists():
        destination.rename(backup)
    try:
        output.rename(destination)
    except OSError:
        if backup.exists():
            backup.rename(destination)
        raise
    if backup.exists():
        shutil.rmtree(backup)
