"""Bundle step of loading: a spec split over several files becomes one self-contained document, so
no later stage (validator, generator, mock, docs, schemathesis) ever has to follow a ``$ref`` into
another file.

Every ``$ref`` to another file (``./schemas/pet.yaml#/Pet``, ``common.yaml``), and every
discriminator mapping value that is such a reference, in the spec and in every file it reaches in
turn, is resolved against the folder of the file it is written in. What it names is placed once into
``components``, in the section of what the reference stands for (a schema into ``schemas``, a
parameter into ``parameters``, ...), named after its pointer or its file, and the reference is
rewritten to point there; a cycle of references ends at the component already placed. A component
entry that is only such a reference (``Pet: {$ref: ./pet.yaml}``) receives the content itself, so
the spec's own names stay. A Path Item is put where it is referenced: generators do not follow
references to ``components/pathItems``.

Only files inside the spec's folder (``specs/<api>/``) are read. That folder is the boundary of what
a spec may reach (a spec cannot make a build read any other file of the machine) and it is what a
build fingerprints to notice a change. Remote references are refused: apikit never uses the network.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from apikit.load import LoadedDocument, LoadError, escape_pointer_token, load_document, pointer_of
from apikit.walk import iter_objects

SECTIONS = {
    "schema": "schemas",
    "parameter": "parameters",
    "response": "responses",
    "requestBody": "requestBodies",
    "header": "headers",
    "example": "examples",
    "link": "links",
    "callback": "callbacks",
    "securityScheme": "securitySchemes",
    "pathItem": "pathItems",
}
"""The ``components`` section for each kind of object a reference can stand for."""
INLINED_KINDS = ("pathItem",)


class BundleError(LoadError):
    """A ``$ref`` to another file cannot be followed; the message names the reference and the fix."""


_Refusal = Callable[[str, str], BundleError]


@dataclass(frozen=True)
class _Target:
    file: LoadedDocument
    pointer: str
    """JSON pointer inside ``file`` ("" for the whole file)."""

    @property
    def key(self) -> tuple[Path, str]:
        return self.file.path, self.pointer


@dataclass
class _Bundler:
    root: LoadedDocument
    boundary: Path
    document: dict[str, Any]
    lines: dict[str, int]
    origins: dict[str, Path]
    files: dict[Path, LoadedDocument] = field(default_factory=dict)
    placed: dict[tuple[Path, str], str] = field(default_factory=dict)
    """(file, pointer) of each target already given a place -> the local reference to it."""

    def bundle(self) -> None:
        self._claim_component_slots()
        self._rewrite_refs(self.document, "openapi", self.root, "", "")

    def _claim_component_slots(self) -> None:
        """A components entry that only refers to another file becomes that content, under its name."""
        components = self.document.get("components")
        for section in SECTIONS.values():
            entries = components.get(section) if isinstance(components, dict) else None
            for name, entry in entries.items() if isinstance(entries, dict) else ():
                if not (isinstance(entry, dict) and list(entry) == ["$ref"] and _is_external(entry["$ref"])):
                    continue
                at = pointer_of(["components", section, name])
                target = self._target(self.root, entry["$ref"], f"{at}/$ref")
                if target.file is not self.root:
                    self.placed.setdefault(target.key, f"#{at}")

    def _rewrite_refs(self, node: Any, kind: str, file: LoadedDocument, source: str, placed_at: str) -> None:
        """Every reference in ``node`` (an object of ``kind``, found at ``source`` in ``file`` and now
        at ``placed_at`` in the bundle) made local to the bundle."""
        objects = list(iter_objects(node, kind))
        for found in objects:
            if found.kind == "schema":
                self._rewrite_mapping(found.node, file, f"{source}{pointer_of(found.pointer)}")
        for found in (found for found in objects if isinstance(found.node.get("$ref"), str)):
            relative = pointer_of(found.pointer)
            ref = found.node["$ref"]
            if file is self.root and not _is_external(ref):
                continue  # already local
            target = self._target(file, ref, f"{source}{relative}/$ref")
            here = f"{placed_at}{relative}"
            if target.file is self.root:
                found.node["$ref"] = f"#{target.pointer}"
            elif found.kind in INLINED_KINDS or self.placed.get(target.key) == f"#{here}":
                self._fill(found.node, found.kind, target, here)  # a path item, or a claimed slot
            else:
                found.node["$ref"] = self._place(found.kind, target)

    def _rewrite_mapping(self, schema: dict[str, Any], file: LoadedDocument, source: str) -> None:
        """A discriminator's mapping values that are references (not schema names) made local to the
        bundle, as ``$ref``s are: a generator reads them to tell the variants apart."""
        mapping = _discriminator_mapping(schema)
        for key, value in mapping.items():
            if not (isinstance(value, str) and _mapping_reference(value)):
                continue
            if file is self.root and not _is_external(value):
                continue  # already local
            place = f"{source}/discriminator/mapping/{escape_pointer_token(str(key))}"
            target = self._target(file, value, place)
            mapping[key] = f"#{target.pointer}" if target.file is self.root else self._place("schema", target)

    def _place(self, kind: str, target: _Target) -> str:
        """The local reference to ``target``, placing it into ``components`` the first time."""
        local = self.placed.get(target.key)
        if local is None:
            section = SECTIONS[kind]
            name = self._free_name(section, target)
            local = f"#{pointer_of(['components', section, name])}"
            self.placed[target.key] = local  # before its content is walked: a cycle ends here
            slot: dict[str, Any] = {}
            self.document.setdefault("components", {}).setdefault(section, {})[name] = slot
            self._fill(slot, kind, target, local[1:])
        return local

    def _fill(self, node: dict[str, Any], kind: str, target: _Target, at: str) -> None:
        """Put ``target``'s content into ``node`` (at ``at`` in the bundle), its references made local."""
        node.clear()
        node.update(copy.deepcopy(_resolve(target.file.document, target.pointer)))
        self._record_origin(at, target)
        self._rewrite_refs(node, kind, target.file, target.pointer, at)

    def _free_name(self, section: str, target: _Target) -> str:
        taken = set((self.document.get("components") or {}).get(section) or {})
        tokens = [_unescape(token) for token in target.pointer.split("/")[1:]]
        stem = _component_name(target.file.path.name.split(".")[0])
        base = _component_name(tokens[-1]) if tokens else stem
        for candidate in (base, f"{stem}_{base}"):
            if candidate not in taken:
                return candidate
        number = 2
        while f"{base}_{number}" in taken:
            number += 1
        return f"{base}_{number}"

    def _record_origin(self, at: str, target: _Target) -> None:
        """Line numbers under ``at`` are now those of ``target``'s file."""
        for pointer in [p for p in self.lines if p == at or p.startswith(f"{at}/")]:
            del self.lines[pointer]
        self.origins[at] = target.file.path
        for pointer, line in target.file.lines.items():
            if pointer == target.pointer or pointer.startswith(f"{target.pointer}/"):
                self.lines[at + pointer[len(target.pointer) :]] = line

    def _target(self, referrer: LoadedDocument, ref: str, pointer: str) -> _Target:
        """What ``ref``, written at ``pointer`` in ``referrer``, names; refused when it is out of reach."""

        def refuse(problem: str, fix: str) -> BundleError:
            return BundleError(f"{referrer.where(pointer)}: $ref {ref!r} {problem}; {fix}")

        parts = urlsplit(ref)
        if parts.scheme in ("http", "https") or parts.netloc:
            raise refuse(
                "is a remote reference, and apikit never reads the network",
                f"download the file into {self.boundary} and refer to it by its relative path",
            )
        if parts.scheme:
            raise refuse("is not a relative file path", "refer to a file by its path relative to this file")
        fragment = unquote(parts.fragment)
        if fragment and not fragment.startswith("/"):
            raise refuse("has a fragment that is not a JSON pointer", "write it as #/key/key")
        file = self._file(referrer, unquote(parts.path), refuse)
        if not _exists(file.document, fragment):
            raise refuse(
                f"names #{fragment} in {file.path}, which has nothing there",
                f"point at something it has: {_what_is_near(file.document, fragment)}",
            )
        return _Target(file, fragment)

    def _file(self, referrer: LoadedDocument, relative: str, refuse: _Refusal) -> LoadedDocument:
        """The file ``relative`` names from ``referrer``'s folder, read once; none outside the boundary."""
        if not relative:
            return referrer
        path = (referrer.path.parent / relative).resolve()
        if not path.is_relative_to(self.boundary):
            raise refuse(
                f"points outside the spec's folder {self.boundary} (to {path})",
                "copy the file into the spec's folder: a spec may only read files there",
            )
        if path == self.root.path.resolve():
            return self.root
        if path not in self.files:
            if not path.is_file():
                raise refuse(
                    f"names {path}, which does not exist",
                    "correct the path (it is relative to the folder of the file the $ref is written in)",
                )
            self.files[path] = load_document(path)
        return self.files[path]


def bundle_external_refs(loaded: LoadedDocument) -> LoadedDocument:
    """``loaded`` with every file it refers to bundled in (itself when it refers to none)."""
    if not _has_external_ref(loaded.document):
        return loaded
    bundler = _Bundler(
        root=loaded,
        boundary=loaded.path.parent.resolve(),
        document=copy.deepcopy(loaded.document),
        lines=dict(loaded.lines),
        origins=dict(loaded.origins),
    )
    bundler.bundle()
    names = ", ".join(sorted(path.relative_to(bundler.boundary).as_posix() for path in bundler.files))
    note = f"bundled {len(bundler.files)} referenced file(s) into one document: {names}"
    return replace(
        loaded,
        document=bundler.document,
        lines=bundler.lines,
        origins=bundler.origins,
        notes=(*loaded.notes, note) if bundler.files else loaded.notes,
    )


def _has_external_ref(node: Any) -> bool:
    """Whether any ``$ref`` or discriminator mapping in the data leaves the document (a quick look,
    before any copy is made)."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and _is_external(ref):
            return True
        if any(
            isinstance(value, str) and _mapping_reference(value) and _is_external(value)
            for value in _discriminator_mapping(node).values()
        ):
            return True
        return any(_has_external_ref(value) for value in node.values())
    if isinstance(node, list):
        return any(_has_external_ref(item) for item in node)
    return False


def _is_external(ref: str) -> bool:
    return not ref.startswith("#")


def _discriminator_mapping(node: dict[str, Any]) -> dict[str, Any]:
    """The ``discriminator.mapping`` of a schema (empty when it has none)."""
    discriminator = node.get("discriminator")
    mapping = discriminator.get("mapping") if isinstance(discriminator, dict) else None
    return mapping if isinstance(mapping, dict) else {}


def _mapping_reference(value: str) -> bool:
    """Whether a discriminator mapping value is a reference rather than a schema name. A component
    name holds no ``/`` or ``#``; one ending like a file (``cat.yaml``) is taken for that file, which
    is what it means in a spec split over files."""
    return "/" in value or "#" in value or value.endswith((".yaml", ".yml", ".json"))


def _unescape(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def _resolve(document: Any, pointer: str) -> Any:
    node = document
    for token in (_unescape(t) for t in pointer.split("/")[1:]):
        node = node[int(token)] if isinstance(node, list) else node[token]
    return node


def _exists(document: Any, pointer: str) -> bool:
    try:
        _resolve(document, pointer)
    except (KeyError, IndexError, ValueError, TypeError):
        return False
    return True


def _what_is_near(document: Any, pointer: str) -> str:
    """The pointers a reader could have meant: the keys of the deepest part of ``pointer`` that exists."""
    tokens = pointer.split("/")[1:]
    while tokens and not _exists(document, "".join(f"/{t}" for t in tokens)):
        tokens.pop()
    found = "".join(f"/{t}" for t in tokens)
    node = _resolve(document, found)
    keys = list(node) if isinstance(node, dict) else []
    if not keys:
        return f"#{found} holds no keys"
    near = [f"#{found}/{escape_pointer_token(str(key))}" for key in keys[:12]]
    return ", ".join(near) + (", ..." if len(keys) > 12 else "")


def _component_name(text: str) -> str:
    """A name components accept (letters, digits, ``.``, ``-``, ``_``)."""
    return re.sub(r"[^A-Za-z0-9._-]", "_", text) or "Component"
