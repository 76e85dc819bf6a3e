"""A spec after its ``all`` overlays, and where each of its parts was written.

The project rules hold a spec as its outputs see it, after the overlays that apply to every output
(``overlays/<api>/all*.yaml``), so that a vendor's spec can stay as published and be fixed in an
overlay. A problem must still name a file and a line:

- a part no overlay changed is where the spec has it;
- a part an overlay action set (its ``update`` or ``copy`` reached it through the action's target)
  is at the line of that ``update`` (or ``copy``) in the overlay file;
- a part changed in another way (a removal that moved the array items after it, a change inside it
  by an action that targeted something deeper) is where the spec has it, "after" the overlay file
  that changed it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jsonpath_rfc9535

from apikit.load import LoadedDocument, pointer_of
from apikit.overlay import OverlayWarning, apply_overlay, load_overlay_document

_ABSENT = object()


@dataclass(frozen=True)
class OverlayStep:
    """One overlay file applied: the document before and after it."""

    overlay: LoadedDocument
    before: dict[str, Any]
    after: dict[str, Any]
    warnings: tuple[OverlayWarning, ...]


@dataclass(frozen=True)
class OverlaidSpec:
    spec: LoadedDocument
    steps: tuple[OverlayStep, ...] = ()

    @property
    def document(self) -> dict[str, Any]:
        return self.steps[-1].after if self.steps else self.spec.document

    @property
    def overlay_paths(self) -> list[Path]:
        return [step.overlay.path for step in self.steps]

    def where(self, pointer: str) -> str:
        """``file:line (pointer)``: in the overlay that last set the node, else in the spec."""
        for step in reversed(self.steps):
            if _node_at(step.after, pointer) != _node_at(step.before, pointer):
                return _where_set(step, pointer) or f"{self.spec.where(pointer)} after {step.overlay.path}"
        return self.spec.where(pointer)


def apply_all_overlays(
    spec: LoadedDocument, paths: Sequence[Path], *, sources: Sequence[str] | None = None, strict: bool = False
) -> OverlaidSpec:
    """``spec`` after the overlay files ``paths``, in order; ``sources`` names them in messages
    (default: their paths). Raises OverlayError for an overlay that is invalid or cannot apply."""
    steps: list[OverlayStep] = []
    document = spec.document
    for index, path in enumerate(paths):
        overlay = load_overlay_document(path)
        source = sources[index] if sources is not None else str(path)
        result = apply_overlay(document, overlay.document, source=source, strict=strict)
        steps.append(OverlayStep(overlay, document, result.document, result.warnings))
        document = result.document
    return OverlaidSpec(spec, tuple(steps))


def _node_at(document: Any, pointer: str) -> Any:
    node = document
    for token in pointer.split("/")[1:] if pointer else []:
        key = token.replace("~1", "/").replace("~0", "~")
        if isinstance(node, Mapping) and key in node:
            node = node[key]
        elif isinstance(node, list) and key.isdigit() and int(key) < len(node):
            node = node[int(key)]
        else:
            return _ABSENT
    return node


def _where_set(step: OverlayStep, pointer: str) -> str | None:
    """The overlay line that wrote the node at ``pointer``: the last action whose target is the node
    or holds it and that writes a value (the spot inside its ``update`` when the value has it)."""
    actions = step.overlay.document.get("actions") or []
    for index in reversed(range(len(actions))):
        action = actions[index]
        field = "update" if "update" in action else "copy" if "copy" in action else None
        if field is None or action.get("remove") is True:
            continue
        for base in _target_pointers(str(action["target"]), step.before, step.after):
            if pointer == base or pointer.startswith(f"{base}/"):
                inside = pointer[len(base) :] if field == "update" else ""
                line = _line_of(step.overlay, f"/actions/{index}/{field}{inside}")
                return f"{step.overlay.path}:{line} ({pointer or '/'})"
    return None


def _target_pointers(target: str, before: dict[str, Any], after: dict[str, Any]) -> list[str]:
    """Where ``target`` selects nodes: in the document before the overlay file, else after it (an
    action may target what an earlier action of the same file made)."""
    try:
        query = jsonpath_rfc9535.compile(target)
        for document in (before, after):
            found = [pointer_of(tuple(node.location)) for node in query.find(document)]
            if found:
                return found
    except jsonpath_rfc9535.JSONPathError:
        pass
    return []


def _line_of(loaded: LoadedDocument, pointer: str) -> int | None:
    """The line of ``pointer`` in ``loaded``, or of its nearest ancestor that has one."""
    while pointer and pointer not in loaded.lines:
        pointer = pointer.rsplit("/", 1)[0]
    return loaded.lines.get(pointer)
