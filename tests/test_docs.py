"""The docs stage: a complete, deterministic, offline site whose snippets type-check and that works in a
browser.

Every site here is built into a temporary folder, never into the repository's site/.
"""

from __future__ import annotations

import contextlib
import functools
import html
import json
import os
import re
import shutil
import subprocess
import sys
import textwrap
import time
import urllib.request
from collections.abc import Iterator, Sequence
from html.parser import HTMLParser
from http.server import SimpleHTTPRequestHandler
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

import apikit.docs
from apikit.build import PYTHON_CLIENT, prepare_spec
from apikit.cli import main
from apikit.docs import (
    DOCS,
    SchemaView,
    build_site,
    client_snippets,
    explain_pattern,
    markdown,
)
from apikit.fingerprint import FINGERPRINT_FILE
from apikit.project import Project, client_package_name
from apikit.spec import iter_operations
from tests.support import (
    DATA,
    ROOT,
    build_project,
    copy_project,
    free_port,
    http_server,
    project_of_specs,
    run_mypy_strict,
)

APIS = Project(ROOT).api_names()
SCREENSHOTS = ROOT / "site-screenshots"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip

# A one-endpoint API in miniature: actions behind one URL (path keys carry a #fragment that is never
# sent), an x-rpc record, API key + Basic auth, a recursive schema and an erratum on a schema.
ERROR = {
    "description": "The action failed.",
    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
}
RPC_SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Demo RPC API", "version": "1.0", "description": "Every action is a POST to one URL."},
    "servers": [{"url": "https://rpc.example.com"}],
    "security": [{"apiKey": []}, {"basic": []}],
    "tags": [{"name": "Projects", "description": "Projects and their trees."}],
    "paths": {
        "/api/v2#project.create": {
            "post": {
                "operationId": "projectCreate",
                "tags": ["Projects"],
                "summary": "Create a project",
                "description": "Creates a project. <script>alert(1)</script>",
                "x-rpc": {"selector": {"in": "body", "name": "action", "value": "project.create"}},
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {"$ref": "#/components/schemas/ProjectCreate"},
                            "example": {"action": "project.create", "name": "Launch", "status": "active"},
                        }
                    },
                },
                "responses": {
                    "200": {
                        "description": "The new project.",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Project"}}},
                    },
                    "400": ERROR,
                },
            }
        },
        "/api/v2#project.list": {
            "post": {
                "operationId": "projectList",
                "tags": ["Projects"],
                "summary": "List projects",
                "description": "One page of projects.",
                "x-rpc": {"selector": {"in": "body", "name": "action", "value": "project.list"}},
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "required": ["action"],
                                "properties": {
                                    "action": {
                                        "type": "string",
                                        "const": "project.list",
                                        "default": "project.list",
                                    }
                                },
                            }
                        }
                    },
                },
                "parameters": [
                    {
                        "name": "page",
                        "in": "query",
                        "required": True,
                        "schema": {"type": "integer", "minimum": 1},
                        "example": 2,
                    },
                ],
                "responses": {
                    "200": {
                        "description": "A page.",
                        "headers": {
                            "X-Total": {"description": "Matches overall.", "schema": {"type": "integer"}}
                        },
                        "content": {
                            "application/json": {
                                "schema": {"type": "array", "items": {"$ref": "#/components/schemas/Project"}}
                            }
                        },
                    },
                    "default": ERROR,
                },
            }
        },
    },
    "components": {
        "securitySchemes": {
            "apiKey": {
                "type": "apiKey",
                "in": "query",
                "name": "apikey",
                "description": "The account's API key.",
            },
            "basic": {"type": "http", "scheme": "basic", "description": "The user's e-mail and password."},
        },
        "schemas": {
            "ProjectCreate": {
                "type": "object",
                "required": ["action", "name"],
                "properties": {
                    "action": {
                        "type": "string",
                        "const": "project.create",
                        "default": "project.create",
                        "description": "Names the action.",
                    },
                    "name": {"type": "string", "pattern": "^[A-Za-z0-9 ]+$", "description": "Display name."},
                    "status": {
                        "type": "string",
                        "enum": ["active", "archived"],
                        "x-enum-descriptions": ["in progress", "kept for reference"],
                        "description": "State.",
                    },
                },
            },
            "Project": {
                "type": "object",
                "description": "A project.",
                "required": ["id"],
                "properties": {
                    "id": {"type": "integer", "readOnly": True, "description": "Id."},
                    "name": {"type": "string", "description": "Name."},
                    "secret": {"type": "string", "writeOnly": True, "description": "Write-only."},
                    "parent": {
                        "anyOf": [{"$ref": "#/components/schemas/Project"}, {"type": "null"}],
                        "description": "Parent.",
                    },
                    "children": {
                        "type": "array",
                        "items": {"$ref": "#/components/schemas/Project"},
                        "description": "Children.",
                    },
                },
                "x-errata": [
                    {
                        "id": "demo-project-id",
                        "documented": "id is a string",
                        "actual": "id is an integer",
                        "evidence": "observed",
                        "confidence": "low",
                    },
                ],
            },
            "Error": {
                "type": "object",
                "description": "An error.",
                "properties": {"message": {"type": "string", "description": "What went wrong."}},
            },
        },
    },
}


# Parameter and property names openapi-python-client changes for the client's signatures: camelCase
# and kebab-case ({ownerId} -> owner_id), keywords and builtins (class_, type_, filter_, from_),
# leading digits (field_1st), dots and brackets (page_size, projectname), the same name in two
# places (id_path, id_query) and the call's own names (client_query, url_query). A path parameter
# can't start with a digit or hold a dot: the generator refuses such a path.
def _param(name: str, where: str, schema: dict[str, Any]) -> dict[str, Any]:
    return {"name": name, "in": where, "required": True, "schema": schema}


TEXT: dict[str, Any] = {"type": "string"}
NUMBER: dict[str, Any] = {"type": "integer"}
RENAMED_SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Renamed parameters", "version": "1.0", "description": "Names the client changes."},
    "servers": [{"url": "https://renamed.example.com"}],
    "tags": [{"name": "Things", "description": "Things."}],
    "paths": {
        "/owners/{ownerId}/pets/{pet-id}/{class}": {
            "get": {
                "operationId": "getPet",
                "summary": "A pet",
                "tags": ["Things"],
                "parameters": [
                    {**_param("ownerId", "path", NUMBER), "example": 7},
                    _param("pet-id", "path", TEXT),
                    _param("class", "path", TEXT),
                    _param("1st", "query", NUMBER),
                    _param("type", "query", {"type": "string", "enum": ["cat", "dog"]}),
                    _param("filter", "query", TEXT),
                    _param("from", "query", {"type": "string", "format": "date"}),
                    _param("project[name]", "query", TEXT),
                    _param("page.size", "query", NUMBER),
                    _param("X-Request-ID", "header", TEXT),
                    _param("session-id", "cookie", TEXT),
                ],
                "responses": {
                    "200": {
                        "description": "The pet.",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Odd"}}},
                    }
                },
            }
        },
        "/items/{id}": {
            "put": {
                "operationId": "put-item",
                "summary": "Replace an item",
                "tags": ["Things"],
                "parameters": [
                    _param("id", "path", NUMBER),
                    _param("id", "query", TEXT),
                    _param("client", "query", TEXT),
                    _param("url", "query", TEXT),
                ],
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Odd"}}},
                },
                "responses": {"204": {"description": "Replaced."}},
            }
        },
        "/uploads/{uploadId}": {
            "post": {
                "operationId": "upload",
                "summary": "Upload a file",
                "tags": ["Things"],
                "parameters": [_param("uploadId", "path", TEXT)],
                "requestBody": {
                    "required": True,
                    "content": {
                        "multipart/form-data": {
                            "schema": {
                                "type": "object",
                                "required": ["the-file", "from"],
                                "properties": {
                                    "the-file": {"type": "string", "format": "binary"},
                                    "from": TEXT,
                                    "fileName": TEXT,
                                },
                            }
                        }
                    },
                },
                "responses": {"200": {"description": "Stored."}},
            }
        },
        "/forms/{formId}": {
            "post": {
                "operationId": "submitForm",
                "summary": "Send a form",
                "tags": ["Things"],
                "parameters": [_param("formId", "path", NUMBER), _param("2nd", "query", {"type": "boolean"})],
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/x-www-form-urlencoded": {
                            "schema": {
                                "type": "object",
                                "required": ["type", "project[name]", "camelCase"],
                                "properties": {"type": TEXT, "project[name]": TEXT, "camelCase": NUMBER},
                            }
                        }
                    },
                },
                "responses": {
                    "200": {
                        "description": "Done.",
                        "content": {
                            "application/json": {
                                "schema": {"type": "object", "properties": {"ok": {"type": "boolean"}}}
                            }
                        },
                    }
                },
            }
        },
    },
    "components": {
        "schemas": {
            "Odd": {
                "type": "object",
                "required": ["camelCase", "kebab-case", "class", "1st", "type", "id"],
                "properties": {
                    "camelCase": TEXT,
                    "kebab-case": NUMBER,
                    "class": TEXT,
                    "1st": {"type": "boolean"},
                    "type": TEXT,
                    "id": NUMBER,
                    "self": TEXT,
                },
            }
        }
    },
}
RENAMED_ARGUMENTS = (
    "owner_id=7", "pet_id=", "class_=", "field_1st=", "type_=GetPetType(", "filter_=", "from_=",
    "projectname=", "page_size=", "x_request_id=", "session_id=", "id_path=", "id_query=",
    "client_query=", "url_query=", "camel_case=", "kebab_case=", "the_file=File(", "upload_id=",
    "form_id=", "field_2nd=",
)  # fmt: skip
SNIPPET = re.compile(r'<pre id="snippet-([^"]*)"><code>(.*?)</code></pre>', re.DOTALL)


def files_of(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


@pytest.fixture(scope="module")
def site(project: Project, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_site(project, APIS, output=tmp_path_factory.mktemp("docs") / "site", progress=lambda _: None)


@pytest.fixture(scope="module")
def with_rpc_api(project: Project, tmp_path_factory: pytest.TempPathFactory) -> Project:
    """The project plus the one-endpoint demo API, its client generated (no site yet)."""
    copy = copy_project(project, tmp_path_factory.mktemp("rpc"))
    (copy.specs_dir / "rpcdemo").mkdir()
    (copy.specs_dir / "rpcdemo" / "openapi.yaml").write_text(yaml.safe_dump(RPC_SPEC, sort_keys=False))
    from apikit.build import build

    build(copy, ["rpcdemo"], progress=lambda _: None)
    shutil.rmtree(copy.site_dir)
    return copy


@pytest.fixture(scope="module")
def renamed(tmp_path_factory: pytest.TempPathFactory) -> Project:
    """A new project built as a user builds it (``apikit --root <tmp> build``: clients and site) from
    specs whose parameter names the client changes, each as published: the OAI petstore (OpenAPI
    3.0: ``{id}``, an operationId with spaces), Redocly's museum (3.1: ``{eventId}``), the three-file
    shelter (``{petId}``, from a shared parameter) and :data:`RENAMED_SPEC`."""
    specs = DATA / "specs"
    root = tmp_path_factory.mktemp("renamed")
    museum = ROOT / "examples" / "museum" / "specs" / "museum"
    published = {"petstore": specs / "petstore-expanded", "museum": museum, "shelter": specs / "shelter"}
    project = project_of_specs(root, published)
    # The generator reads no image/png answer: the client returns its bytes unparsed, as accepted.
    accepted = '[tool.apikit.generate.museum]\naccept-warnings = ["GET /tickets/{ticketId}/qr:"]\n'
    (root / "pyproject.toml").write_text(accepted, encoding="utf-8")
    (project.specs_dir / "renamed").mkdir()
    (project.specs_dir / "renamed" / "openapi.yaml").write_text(yaml.safe_dump(RENAMED_SPEC, sort_keys=False))
    build_project(project)
    return project


def shown_examples(page: str) -> dict[str, str]:
    """The Python example of each operation on an API's page, by operationId, as a reader copies it."""
    return {html.unescape(op): html.unescape(code) for op, code in SNIPPET.findall(page)}


def assert_every_operation_shows_its_example(project: Project, site: Path, api: str) -> None:
    """Each operation's section shows an example, and it is the one :func:`check_snippets` checks."""
    ids = {op.operation_id for op in iter_operations(prepare_spec(project, api, DOCS).document)}
    snippets = client_snippets(api, prepare_spec(project, api, PYTHON_CLIENT).document)
    shown = shown_examples((site / api / "index.html").read_text())
    assert sorted(ids - set(shown)) == []
    assert shown == {operation_id: snippet.text for operation_id, snippet in snippets.items()}


# --- content --------------------------------------------------------------------------------------


@pytest.mark.parametrize("api", APIS)
def test_every_operation_has_its_anchor_and_search_entry(project: Project, site: Path, api: str) -> None:
    spec = prepare_spec(project, api, DOCS).document
    page = (site / api / "index.html").read_text()
    search = json.loads((site / "search-index.json").read_text())
    ids = [op.operation_id for op in iter_operations(spec)]
    assert [i for i in ids if f'<article class="op" id="{i}">' not in page] == []
    assert {e["id"] for e in search if e["api"] == api} == set(ids)
    assert all(e["url"] == f"{api}/index.html#{e['id']}" for e in search if e["api"] == api)
    assert f'href="{api}/index.html"' in (site / "index.html").read_text()


@pytest.mark.parametrize("api", APIS)
def test_downloads_are_the_spec_after_docs_overlays(project: Project, site: Path, api: str) -> None:
    spec = prepare_spec(project, api, DOCS).document
    assert yaml.safe_load((site / api / "openapi.yaml").read_text()) == spec
    assert json.loads((site / api / "openapi.json").read_text()) == spec


@pytest.mark.parametrize("api", APIS)
def test_notes_page_lists_every_erratum_question_and_evidence(project: Project, site: Path, api: str) -> None:
    spec = prepare_spec(project, api, DOCS).document
    notes = (site / api / "notes.html").read_text()
    page = (site / api / "index.html").read_text()
    counts = {"x-errata": 0, "x-open-questions": 0, "x-evidence": 0}
    for _, key, value in apikit.docs._walk_notes(spec):
        counts[key] += len(value) if isinstance(value, list) else 1
        if key == "x-errata":
            for erratum in value:
                assert f'id="erratum-{erratum["id"]}"' in notes, erratum["id"]
                assert f"notes.html#erratum-{erratum['id']}" in page, f"{erratum['id']} is not beside its use"
    assert notes.count('<article class="note-entry" id="erratum-') == counts["x-errata"]
    assert notes.count('<article class="note-entry" id="question-') == counts["x-open-questions"]
    assert notes.count('<article class="note-entry" id="evidence-') == counts["x-evidence"]


def test_schema_errata_link_to_the_operations_that_use_them(site: Path) -> None:
    notes = (site / "fivepm" / "notes.html").read_text()
    entry = notes[notes.index('id="erratum-fivepm-priority-default-label"') :].split("</article>", 1)[0]
    assert "schema <code>PriorityValue</code>" in entry
    assert 'href="index.html#projectsAdd"' in entry and 'href="index.html#tasksGetById"' in entry


def test_authentication_comes_from_the_spec(site: Path) -> None:
    page = (site / "fivepm" / "index.html").read_text()
    section = page[page.index('<section id="authentication">') :].split("</section>", 1)[0]
    assert "API key, sent as the query parameter sessionId" in section
    assert "<code>sessionId</code> or <code>login</code> + <code>password</code>" in section
    assert "fivepm_client.connect(base_url, login, password)" in section  # info.x-apikit-client-auth


def test_parameters_show_pattern_in_words_enum_meanings_and_defaults(site: Path) -> None:
    page = (site / "fivepm" / "index.html").read_text()
    op = page[page.index('id="projectsGetList"') :].split("</article>", 1)[0]
    assert "Encoding: sent as filter[key]=value for each key" in op
    assert "Default <code>false</code>" in op  # loadTeam
    assert "— JSON mirror of the XML tree" in op  # retType's x-enum-descriptions
    assert "the whole value is 4 digits" in page
    for status in ("200", "400", "401"):
        assert f'<code class="status">{status}</code>' in op


def test_no_external_resources_one_stylesheet_one_script(site: Path) -> None:
    class Resources(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.loaded: list[str] = []

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            values = dict(attrs)
            if tag in ("script", "img", "iframe", "audio", "video", "source") and values.get("src"):
                self.loaded.append(str(values["src"]))
            if tag == "link" and values.get("href"):
                self.loaded.append(str(values["href"]))

    for page in site.rglob("*.html"):
        parser = Resources()
        parser.feed(page.read_text())
        external = [u for u in parser.loaded if "//" in u and not u.startswith("data:")]
        assert external == [], f"{page}: {external}"
        assert {u.rsplit("/", 1)[-1] for u in parser.loaded} <= {"style.css", "site.js", "data:,"}
    assets = sorted(p.name for p in (site / "assets").iterdir())
    assert assets == ["site.js", "style.css"]
    css = (site / "assets" / "style.css").read_text()
    assert "@import" not in css and "url(" not in css and "@font-face" not in css
    assert "http" not in (site / "assets" / "site.js").read_text()
    assert (site / "assets" / "style.css").stat().st_size < 16_000
    assert (site / "assets" / "site.js").stat().st_size < 8_000


def test_markdown_is_safe() -> None:
    html = markdown(
        "**bold** <script>alert(1)</script> [x](javascript:alert(1)) ![pic](https://example.com/a.png)"
    )
    assert "<strong>bold</strong>" in html
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "javascript:" not in html.replace("[x](javascript:alert(1))", "")
    assert "<img" not in html  # an image would load from elsewhere


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        ("^[0-9]+$", "the whole value is one or more digits"),
        (
            r"^\d{4}-\d{2}-\d{2}$",
            'the whole value is 4 digits, "-", 2 digits, "-", 2 digits',
        ),
        ("^[1-9][0-9]*$", "the whole value is a digit from 1 to 9, any number of digits"),
        ("^[A-Za-z_]{2,8}", 'starts with 2 to 8 characters (each a letter or "_")'),
        ("(ab|cd)?x$", 'ends with (either "ab" or "cd") (optional), "x"'),
        (r"^(?=x)", None),  # lookahead: not explained, the raw pattern still shows
    ],
)
def test_patterns_in_words(pattern: str, words: str | None) -> None:
    assert explain_pattern(pattern) == words


def test_schema_tables_follow_refs_flag_and_stop_at_recursion() -> None:
    view = SchemaView(RPC_SPEC, {})
    project = view.field("(body)", {"$ref": "#/components/schemas/Project"})
    rows = {f.name: f for f in project.children}
    assert project.ref == "Project" and project.errata == ()
    assert rows["id"].flags == ("read-only",) and rows["id"].required
    assert rows["secret"].flags == ("write-only",)
    assert rows["parent"].recursive and "nullable" in rows["parent"].flags and rows["parent"].ref == "Project"
    assert any("same structure as Project" in fact for fact in rows["children"].facts)
    create = view.field("(body)", {"$ref": "#/components/schemas/ProjectCreate"})
    status = {f.name: f for f in create.children}["status"]
    assert [(e.value, e.meaning) for e in status.enum] == [
        ('"active"', "in progress"),
        ('"archived"', "kept for reference"),
    ]


def test_mutually_referencing_all_of_ends() -> None:
    spec = {
        "components": {
            "schemas": {
                "A": {"allOf": [{"$ref": "#/components/schemas/B"}], "properties": {"a": {"type": "string"}}},
                "B": {
                    "allOf": [{"$ref": "#/components/schemas/A"}],
                    "properties": {"b": {"type": "integer"}},
                },
            }
        }
    }
    field = SchemaView(spec, {}).field("(body)", {"$ref": "#/components/schemas/A"})
    assert [f.name for f in field.children] == ["a", "b"]


# --- one-endpoint APIs, --api, failures, CLI -----------------------------------------------------------


def test_one_endpoint_api_shows_the_wire_request(with_rpc_api: Project, tmp_path: Path) -> None:
    site = build_site(with_rpc_api, ["rpcdemo"], output=tmp_path / "site", progress=lambda _: None)
    page = (site / "rpcdemo" / "index.html").read_text()
    op = page[page.index('id="projectCreate"') :].split("</article>", 1)[0]
    assert '<code class="path">/api/v2</code>' in op and "action <code>project.create</code>" in op
    assert "is never sent" in op and "<code>POST /api/v2</code>" in op and "same URL" in op
    assert "x-rpc" in op and "&#34;name&#34;: &#34;action&#34;" in op
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in op and "<script>alert" not in page
    assert "HTTP Basic" in page and "API key, sent as the query parameter apikey" in page
    assert "The spec does not say how the generated client signs in" in page  # no x-apikit-client-auth
    assert "notes.html#erratum-demo-project-id" in op
    assert "project_create.sync(" in op and "ProjectCreateStatus(&#34;active&#34;)" in op


def test_api_option_rebuilds_one_api_and_keeps_the_others(with_rpc_api: Project, tmp_path: Path) -> None:
    out = tmp_path / "site"
    build_site(with_rpc_api, ["fivepm", "rpcdemo"], output=out, progress=lambda _: None)
    before = files_of(out)
    build_site(with_rpc_api, ["fivepm"], output=out, progress=lambda _: None)
    after = files_of(out)
    assert after.pop(FINGERPRINT_FILE) != before.pop(FINGERPRINT_FILE)  # the record of what was built
    assert after == before
    search = json.loads((out / "search-index.json").read_text())
    assert {e["api"] for e in search} == {"fivepm", "rpcdemo"}


def test_pages_of_unchanged_inputs_are_kept_and_only_a_changed_api_is_rendered(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    specs = {"petstore": DATA / "specs" / "petstore-expanded", "shelter": DATA / "specs" / "shelter"}
    project = project_of_specs(tmp_path / "project", specs)
    out = tmp_path / "site"
    build_site(project, ["petstore", "shelter"], output=out, progress=lambda _: None)
    rendered: list[str] = []
    api_page = apikit.docs.api_page

    def counted(project: Project, api: str, *rest: Any) -> Any:
        rendered.append(api)
        return api_page(project, api, *rest)

    monkeypatch.setattr(apikit.docs, "api_page", counted)
    before = files_of(out)
    build_site(project, ["petstore"], output=out, progress=lambda _: None)
    build_site(project, ["petstore", "shelter"], output=out, progress=lambda _: None)
    assert rendered == [] and files_of(out) == before

    spec = project.spec_path("shelter")
    spec.write_text(spec.read_text(encoding="utf-8").replace("title:", "title: Changed", 1), encoding="utf-8")
    build_site(project, ["petstore", "shelter"], output=out, progress=lambda _: None)
    assert rendered == ["shelter"]
    fresh = build_site(project, ["petstore", "shelter"], output=tmp_path / "fresh", progress=lambda _: None)
    assert files_of(out) == files_of(fresh), "a kept page is the page a fresh build makes"
    assert "Changed" in (out / "shelter" / "index.html").read_text()


def test_rebuilding_gives_byte_identical_files(project: Project, site: Path, tmp_path: Path) -> None:
    again = build_site(project, APIS, output=tmp_path / "again", progress=lambda _: None)
    one, two = files_of(site), files_of(again)
    assert sorted(one) == sorted(two)
    assert [name for name in one if one[name] != two[name]] == []


def test_a_failed_build_leaves_the_previous_site(
    project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = build_site(project, APIS[:1], output=tmp_path / "site", progress=lambda _: None)
    before = files_of(out)

    def broken(output: Path, *args: Any, **kwargs: Any) -> None:
        (output / "index.html").write_text("half written")
        raise RuntimeError("template failed")

    monkeypatch.setattr(apikit.docs, "render_site", broken)
    build_site(project, APIS[:1], output=out, progress=lambda _: None)  # unchanged inputs: not rendered
    (out / FINGERPRINT_FILE).unlink()
    before.pop(FINGERPRINT_FILE)
    with pytest.raises(RuntimeError, match="template failed"):
        build_site(project, APIS[:1], output=out, progress=lambda _: None)
    assert files_of(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]  # no scratch folder left


def test_cli_docs_and_build_write_the_site(project: Project, tmp_path: Path) -> None:
    copy = copy_project(project, tmp_path)
    runner = CliRunner()
    docs = runner.invoke(main, ["--root", str(copy.root), "docs", "--api", "fivepm"])
    assert docs.exit_code == 0, docs.output
    assert (copy.site_dir / "fivepm" / "index.html").is_file()
    shutil.rmtree(copy.site_dir)
    built = runner.invoke(main, ["--root", str(copy.root), "build", "--api", "fivepm"])
    assert built.exit_code == 0, built.output
    assert "docs      fivepm -> site" in built.output
    assert built.output.index("generate") < built.output.index("docs") < built.output.index("done")
    assert (copy.site_dir / "fivepm" / "notes.html").is_file()


def test_cli_reports_a_docs_error_without_a_traceback(
    project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def failing(*args: Any, **kwargs: Any) -> Path:
        raise apikit.docs.DocsError("fivepm: the client spec cannot be read")

    monkeypatch.setattr(apikit.docs, "build_site", failing)
    result = CliRunner().invoke(main, ["--root", str(copy_project(project, tmp_path).root), "docs"])
    assert result.exit_code == 1
    assert "error: fivepm: the client spec cannot be read" in result.output


def test_cli_docs_serve_serves_the_site_on_loopback(project: Project, tmp_path: Path) -> None:
    copy = copy_project(project, tmp_path)
    port = free_port()
    command = [
        sys.executable,
        "-m",
        "apikit",
        "--root",
        str(copy.root),
        "docs",
        "--api",
        "fivepm",
        "--serve",
        "--port",
        str(port),
    ]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/fivepm/index.html", timeout=5) as reply:
                    assert reply.status == 200 and b'id="projectsGetList"' in reply.read()
                    break
            except OSError:
                assert process.poll() is None, process.stdout.read() if process.stdout else ""
                assert time.monotonic() < deadline, "apikit docs --serve did not answer within 60 s"
                time.sleep(0.2)
    finally:
        process.terminate()
        process.wait(timeout=10)


# --- snippets ------------------------------------------------------------------------------------


def check_snippets(
    project: Project, apis: Sequence[str], folder: Path, mypy_cache: Path
) -> subprocess.CompletedProcess[str]:
    """Every snippet of the APIs as a function in its own module, then one `mypy --strict` over them
    all. Modules are numbered: an operationId (``put-item``, ``find pet by id``) is no module name."""
    number = 0
    for api in apis:
        snippets = client_snippets(api, prepare_spec(project, api, PYTHON_CLIENT).document)
        package = client_package_name(api)
        for operation_id, snippet in snippets.items():
            module_file = project.client_dir(api) / (snippet.module.replace(".", "/") + ".py")
            assert module_file.is_file(), (
                f"{operation_id}: {snippet.module} is not a module of the generated client"
            )
            body = textwrap.indent(snippet.call, "    ")
            source = (
                f"# {api}: {operation_id}\nfrom {package} import Client\n"
                + "\n".join(snippet.imports)
                + f"\n\n\ndef call(client: Client) -> None:\n{body}\n"
            )
            number += 1
            (folder / f"snippet_{number}.py").write_text(source)
    env = dict(os.environ, MYPYPATH=os.pathsep.join(str(project.client_dir(api)) for api in apis))
    return run_mypy_strict(["."], folder, mypy_cache, env)


@pytest.mark.parametrize("api", APIS)
def test_every_snippet_imports_and_type_checks(
    project: Project, api: str, tmp_path: Path, mypy_cache: Path
) -> None:
    spec = prepare_spec(project, api, DOCS).document
    snippets = client_snippets(api, prepare_spec(project, api, PYTHON_CLIENT).document)
    assert set(snippets) == {op.operation_id for op in iter_operations(spec)}
    result = check_snippets(project, [api], tmp_path, mypy_cache)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"in {len(snippets)} source files" in result.stdout


@pytest.mark.parametrize("api", APIS)
def test_every_operation_shows_its_python_example(project: Project, site: Path, api: str) -> None:
    assert_every_operation_shows_its_example(project, site, api)


def test_one_endpoint_api_snippets_type_check(
    with_rpc_api: Project, tmp_path: Path, mypy_cache: Path
) -> None:
    result = check_snippets(with_rpc_api, ["rpcdemo"], tmp_path, mypy_cache)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("api", ["petstore", "museum", "shelter", "renamed"])
def test_renamed_parameters_keep_the_python_example(renamed: Project, api: str) -> None:
    """``{petId}`` is ``{pet_id}`` in the parser's endpoint path: the example was once dropped."""
    assert_every_operation_shows_its_example(renamed, renamed.site_dir, api)


def test_examples_use_the_clients_argument_names(renamed: Project) -> None:
    examples = "\n".join(shown_examples((renamed.site_dir / "renamed" / "index.html").read_text()).values())
    assert [argument for argument in RENAMED_ARGUMENTS if argument not in examples] == []


def test_examples_with_renamed_parameters_type_check(
    renamed: Project, tmp_path: Path, mypy_cache: Path
) -> None:
    apis = ["petstore", "museum", "shelter", "renamed"]
    count = sum(len(list(iter_operations(prepare_spec(renamed, api, DOCS).document))) for api in apis)
    result = check_snippets(renamed, apis, tmp_path, mypy_cache)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"in {count} source files" in result.stdout


# --- in a real browser ----------------------------------------------------------------------------


def chromium_executable() -> str | None:
    found = shutil.which("chromium")
    if found:
        return found
    return "/usr/bin/chromium" if Path("/usr/bin/chromium").is_file() else None


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextlib.contextmanager
def served(folder: Path) -> Iterator[str]:
    with http_server(functools.partial(QuietHandler, directory=str(folder))) as base:
        yield base + "/"


def test_site_in_a_real_browser(project: Project, site: Path) -> None:
    executable = chromium_executable()
    if executable is None:
        pytest.skip(
            "no Chromium executable (chromium on PATH or /usr/bin/chromium): apt-get install chromium"
        )
    from playwright.sync_api import sync_playwright

    with served(site) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            problems: list[str] = []
            page.on(
                "console",
                lambda m: problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None,
            )
            page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
            page.on("requestfailed", lambda r: problems.append(f"request failed: {r.url}"))
            page.on(
                "response",
                lambda r: problems.append(f"HTTP {r.status}: {r.url}") if r.status >= 400 else None,
            )
            for path in ["index.html", *(f"{api}/notes.html" for api in APIS)]:
                page.goto(base + path, wait_until="networkidle")
                assert problems == [], f"{path}: {problems}"
            for api in APIS:  # each page loaded once (the largest are megabytes), then searched
                operations = list(iter_operations(prepare_spec(project, api, DOCS).document))
                ids = [op.operation_id for op in operations]
                page.goto(base + f"{api}/index.html", wait_until="networkidle")
                # Quiet network is not a parsed document: a megabyte page on a busy machine may still
                # be building its tail.
                page.wait_for_load_state("load")
                assert problems == [], f"{api}/index.html: {problems}"
                missing = page.evaluate("ids => ids.filter(id => !document.getElementById(id))", ids)
                assert missing == [], f"{api}: no anchor for {missing}"
                # The search box in a real browser, on the page's first, middle and last operation:
                # that every operation has its search entry is held without a browser
                # (test_every_operation_has_its_anchor_and_search_entry).
                for operation_id in dict.fromkeys([ids[0], ids[len(ids) // 2], ids[-1]]):
                    find_by_search(page, operation_id)
                page.fill("#search", "")
                page.goto(base + f"{api}/index.html#{ids[len(ids) // 2]}", wait_until="networkidle")
                SCREENSHOTS.mkdir(exist_ok=True)
                page.screenshot(path=str(SCREENSHOTS / f"{api}.png"))
            assert problems == [], problems
        finally:
            browser.close()


def find_by_search(page: Any, operation_id: str) -> None:
    """Enter the id in the search box (as pasted: one input event; keystroke by keystroke, the
    largest pages would make this test wait for a search per letter), click the matching result,
    and land on the operation."""
    page.fill("#search", "")
    page.fill("#search", operation_id)
    result = page.locator(f'#search-results a[href$="#{operation_id}"]')
    result.first.wait_for(state="visible", timeout=5000)
    result.first.click()
    page.wait_for_function("id => window.location.hash === '#' + id", arg=operation_id, timeout=5000)
    top = page.evaluate("id => document.getElementById(id).getBoundingClientRect().top", operation_id)
    height = page.evaluate("() => window.innerHeight")
    assert 0 <= top < height - 40, f"{operation_id}: the anchor is at {top}px after the search, not in view"
    assert page.locator("#search-results").is_hidden()
