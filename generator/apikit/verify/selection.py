"""Which operations `apikit verify` runs: the include/exclude options, handed to schemathesis' own filters.

- ``--include-operation-id`` / ``--exclude-operation-id``: an operationId, exactly;
- ``--include-tag`` / ``--exclude-tag``: a tag, exactly;
- ``--include-path`` / ``--exclude-path``: a Python regular expression searched in the path as the
  spec writes it (``/contacts/{contactid}``): ``^/contacts`` is every path that starts so,
  ``^/contacts$`` that path alone.

Every option may be repeated. An operation runs when it matches any include option (or there is
none) and no exclude option, as schemathesis' filters decide. schemathesis takes one path pattern per
option, so repeated patterns are joined with ``|``.

A value that matches no operation of the spec is an error, before anything is sent: it is a typo or an
operation that was renamed, and a run that silently tests something else would pass for the wrong reason.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from apikit.spec import Operation, iter_operations
from apikit.verify.usage import VerifyUsageError


@dataclass(frozen=True)
class OperationFilters:
    include_operation_ids: tuple[str, ...] = ()
    include_tags: tuple[str, ...] = ()
    include_paths: tuple[str, ...] = ()
    exclude_operation_ids: tuple[str, ...] = ()
    exclude_tags: tuple[str, ...] = ()
    exclude_paths: tuple[str, ...] = ()

    def schemathesis_args(self) -> list[str]:
        """The same selection as schemathesis run options."""
        args: list[str] = []
        for mode in ("include", "exclude"):
            for value in _unique(getattr(self, f"{mode}_operation_ids")):
                args += [f"--{mode}-operation-id", value]
            for value in _unique(getattr(self, f"{mode}_tags")):
                args += [f"--{mode}-tag", value]
            paths = _unique(getattr(self, f"{mode}_paths"))
            if paths:
                args += [f"--{mode}-path-regex", "|".join(f"(?:{pattern})" for pattern in paths)]
        return args


def check_every_filter_matches(spec: Mapping[str, Any], filters: OperationFilters) -> None:
    """Raise VerifyUsageError naming the first option value that matches no operation of ``spec``,
    or the exclude options when they leave nothing of what the include options select."""
    operations = list(iter_operations(spec))
    known = {
        "operation_ids": sorted({op.operation_id for op in operations if op.operation_id}),
        "tags": sorted({str(tag) for op in operations for tag in op.definition.get("tags", [])}),
        "paths": [],
    }
    for mode in ("include", "exclude"):
        for field_name, option, matches in CRITERIA:
            for value in getattr(filters, f"{mode}_{field_name}"):
                if field_name == "paths":
                    _compiled(f"--{mode}-{option}", value)
                _require_match(f"--{mode}-{option}", value, operations, matches, known[field_name])
    excluding = [f"--exclude-{option}" for name, option, _ in CRITERIA if getattr(filters, f"exclude_{name}")]
    if excluding and not any(_is_selected(operation, filters) for operation in operations):
        raise VerifyUsageError(excluding[0], "the exclude options leave no operation to run")


def _is_selected(operation: Operation, filters: OperationFilters) -> bool:
    """schemathesis' rule: any include option (or none given), and no exclude option."""
    return _matches_any(operation, filters, "include", default=True) and not _matches_any(
        operation, filters, "exclude", default=False
    )


def _matches_any(operation: Operation, filters: OperationFilters, mode: str, *, default: bool) -> bool:
    given = [(matches, getattr(filters, f"{mode}_{f}")) for f, _, matches in CRITERIA]
    if not any(values for _, values in given):
        return default
    return any(matches(operation, value) for matches, values in given for value in values)


def _require_match(
    option: str,
    value: str,
    operations: list[Operation],
    matches: Callable[[Operation, str], bool],
    known: list[str],
) -> None:
    if any(matches(operation, value) for operation in operations):
        return
    close = difflib.get_close_matches(value, known, n=3)
    hint = f" (did you mean {', '.join(close)}?)" if close else ""
    raise VerifyUsageError(option, f"{value!r} matches no operation of the spec{hint}")


def _has_operation_id(operation: Operation, operation_id: str) -> bool:
    return operation.operation_id == operation_id


def _path_found_by(operation: Operation, pattern: str) -> bool:
    return re.search(pattern, operation.path) is not None


def _has_tag(operation: Operation, tag: str) -> bool:
    return tag in [str(t) for t in operation.definition.get("tags", [])]


# OperationFilters field suffix, option suffix, and how a value matches an operation.
CRITERIA: tuple[tuple[str, str, Callable[[Operation, str], bool]], ...] = (
    ("operation_ids", "operation-id", _has_operation_id),
    ("tags", "tag", _has_tag),
    ("paths", "path", _path_found_by),
)


def _compiled(option: str, pattern: str) -> re.Pattern[str]:
    try:
        return re.compile(pattern)
    except re.error as exc:
        raise VerifyUsageError(option, f"{pattern!r} is not a regular expression: {exc}") from None


def _unique(values: tuple[str, ...]) -> list[str]:
    """schemathesis refuses a value given twice; the same selection without the repeat."""
    return list(dict.fromkeys(values))
