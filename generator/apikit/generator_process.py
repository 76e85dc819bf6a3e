"""openapi-python-client in a child process of ``apikit.generate``, reporting what it warned about.

Run as ``python -m apikit.generator_process SPEC CONFIG OUTPUT TEMPLATES REPORT``: it generates the
client as ``openapi-python-client generate --meta uv --overwrite`` does with those files, and writes
every warning and error the generator returns to REPORT as JSON (``[{level, header, detail}]``), so
the build can tell what was left out of the client (the command line only prints them, mixed with
the parts of the document they are about). Errors are printed too; the exit code is 1 when there is
one (no usable client), else 0.

A child process, as the command line was: the generator keeps state in its modules, and a build
runs several generations at once.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from openapi_python_client import generate
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser.errors import ErrorLevel, GeneratorError


def main(arguments: list[str]) -> int:
    spec, config_file, output, templates, report = (Path(argument) for argument in arguments)
    config = Config.from_sources(
        ConfigFile.load_from_path(path=config_file), MetaType.UV, spec, "utf-8", True, output_path=output
    )
    errors = generate(config=config, custom_template_path=templates.resolve())
    report.write_text(json.dumps([_as_json(error) for error in errors], indent=1), encoding="utf-8")
    failed = [error for error in errors if error.level == ErrorLevel.ERROR]
    for error in failed:
        print(f"{error.header}\n{error.detail or ''}".strip(), file=sys.stderr)
    return 1 if failed else 0


def _as_json(error: GeneratorError) -> dict[str, str]:
    return {"level": error.level.value, "header": error.header, "detail": error.detail or ""}


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
