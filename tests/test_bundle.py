"""Specs over several files (apikit.bundle): references to other files bundled into one document,
every refusal naming the reference and the fix, and a three-file spec built and mocked."""

from __future__ import annotations

import json
import os
import textwrap
from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import TestClient

from apikit.build import load_valid_spec
from apikit.bundle import BundleError
from apikit.load import LoadedDocument, LoadError, load_spec
from apikit.mock import create_app
from apikit.project import Project
from apikit.validate import SpecInvalid
from tests.support import DATA, build_project, mypy_strict, project_of_specs

SHELTER = DATA / "specs" / "shelter"


def write(folder: Path, files: dict[str, str]) -> Path:
    """The files under ``folder`` (YAML as written, dedented); returns the first one's path."""
    paths = []
    for name, text in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
        paths.append(path)
    return paths[0]


def spec(paths: str = "{}", components: str = "{}") -> str:
    """An OpenAPI 3.1 document; ``paths`` and ``components`` as YAML flow or indented blocks."""
    return f"openapi: 3.1.0\ninfo: {{title: t, version: '1'}}\npaths: {paths}\ncomponents: {components}\n"


def load(folder: Path, files: dict[str, str]) -> LoadedDocument:
    return load_spec(write(folder, files))


def refs_in(node: Any) -> list[str]:
    if isinstance(node, dict):
        own = [node["$ref"]] if isinstance(node.get("$ref"), str) else []
        return own + [ref for value in node.values() for ref in refs_in(value)]
    if isinstance(node, list):
        return [ref for item in node for ref in refs_in(item)]
    return []


def schema_response(ref: str) -> str:
    """Paths (on one line, as JSON) with one response whose schema is ``{$ref: ref}``."""
    media = {"application/json": {"schema": {"$ref": ref}}}
    return json.dumps({"/a": {"get": {"responses": {"200": {"description": "ok", "content": media}}}}})


# --- what is bundled, and where it goes -------------------------------------------------------------------


def test_a_schema_in_another_file_becomes_a_component(tmp_path: Path) -> None:
    loaded = load(
        tmp_path,
        {
            "openapi.yaml": spec(paths=schema_response("./schemas/pet.yaml#/Pet")),
            "schemas/pet.yaml": "Pet: {type: object, properties: {name: {type: string}}}\n",
        },
    )
    document = loaded.document
    response = document["paths"]["/a"]["get"]["responses"]["200"]
    assert response["content"]["application/json"]["schema"] == {"$ref": "#/components/schemas/Pet"}
    assert document["components"]["schemas"]["Pet"] == {
        "type": "object",
        "properties": {"name": {"type": "string"}},
    }
    assert all(ref.startswith("#/") for ref in refs_in(document))


def test_a_whole_file_is_named_after_the_file(tmp_path: Path) -> None:
    loaded = load(
        tmp_path,
        {"openapi.yaml": spec(paths=schema_response("pet.json")), "pet.json": json.dumps({"type": "string"})},
    )
    assert loaded.document["components"]["schemas"] == {"pet": {"type": "string"}}


def test_a_component_that_refers_to_a_file_keeps_its_name(tmp_path: Path) -> None:
    loaded = load(
        tmp_path,
        {
            "openapi.yaml": spec(
                paths=schema_response("pet.yaml"), components="{schemas: {Animal: {$ref: pet.yaml}}}"
            ),
            "pet.yaml": "type: object\n",
        },
    )
    assert loaded.document["components"]["schemas"] == {"Animal": {"type": "object"}}
    schema = loaded.document["paths"]["/a"]["get"]["responses"]["200"]["content"]["application/json"][
        "schema"
    ]
    assert schema == {"$ref": "#/components/schemas/Animal"}


def test_each_object_goes_to_the_section_of_what_it_stands_for(tmp_path: Path) -> None:
    loaded = load(
        tmp_path,
        {
            "openapi.yaml": """
                openapi: 3.1.0
                info: {title: t, version: '1'}
                paths:
                  /a:
                    $ref: common.yaml#/paths/a
                  /b:
                    post:
                      parameters: [{$ref: common.yaml#/parameters/Limit}]
                      requestBody: {$ref: common.yaml#/bodies/Note}
                      responses:
                        '200':
                          description: ok
                          headers: {X-Rate: {$ref: common.yaml#/headers/Rate}}
                          content:
                            application/json:
                              schema: {type: string}
                              examples: {one: {$ref: common.yaml#/examples/One}}
                        default: {$ref: common.yaml#/responses/Problem}
                      callbacks: {done: {$ref: common.yaml#/callbacks/Done}}
            """,
            "common.yaml": """
                paths:
                  a: {get: {responses: {'204': {description: none}}}}
                parameters: {Limit: {name: limit, in: query, schema: {type: integer}}}
                bodies: {Note: {content: {text/plain: {schema: {type: string}}}}}
                headers: {Rate: {schema: {type: integer}}}
                examples: {One: {value: one}}
                responses: {Problem: {description: problem}}
                callbacks: {Done: {'{$url}': {post: {responses: {'200': {description: ok}}}}}}
            """,
        },
    )
    document = loaded.document
    assert document["paths"]["/a"] == {"get": {"responses": {"204": {"description": "none"}}}}, "inlined"
    assert set(document["components"]) == {
        "parameters", "requestBodies", "headers", "examples", "responses", "callbacks",
    }  # fmt: skip
    operation = document["paths"]["/b"]["post"]
    assert operation["parameters"] == [{"$ref": "#/components/parameters/Limit"}]
    assert operation["requestBody"] == {"$ref": "#/components/requestBodies/Note"}
    assert operation["responses"]["default"] == {"$ref": "#/components/responses/Problem"}
    assert operation["callbacks"]["done"] == {"$ref": "#/components/callbacks/Done"}
    assert document["components"]["examples"]["One"] == {"value": "one"}
    assert document["components"]["headers"]["Rate"] == {"schema": {"type": "integer"}}


def test_references_inside_a_file_are_relative_to_that_file(tmp_path: Path) -> None:
    loaded = load(
        tmp_path,
        {
            "openapi.yaml": spec(paths=schema_response("schemas/pets.yaml#/Pet")),
            "schemas/pets.yaml": """
                Pet: {allOf: [{$ref: '#/Named'}, {$ref: ../common.yaml#/Id}]}
                Named: {properties: {name: {type: string}}}
            """,
            "common.yaml": "Id: {properties: {id: {type: integer}}}\n",
        },
    )
    schemas = loaded.document["components"]["schemas"]
    assert schemas["Pet"] == {
        "allOf": [{"$ref": "#/components/schemas/Named"}, {"$ref": "#/components/schemas/Id"}]
    }
    assert set(schemas) == {"Pet", "Named", "Id"}


def test_discriminator_mappings_that_name_files_point_at_the_bundled_schemas(tmp_path: Path) -> None:
    loaded = load(
        tmp_path,
        {
            "openapi.yaml": spec(
                paths=schema_response("schemas/pets.yaml#/Pet"),
                components="{schemas: {Fish: {properties: {kind: {const: fish}}}}}",
            ),
            "schemas/pets.yaml": """
                Pet:
                  oneOf:
                    - {$ref: cat.yaml}
                    - {$ref: '#/Dog'}
                    - {$ref: '../openapi.yaml#/components/schemas/Fish'}
                  discriminator:
                    propertyName: kind
                    mapping: {cat: ./cat.yaml, dog: '#/Dog', fish: Fish, bird: 'bird.yaml#/Bird'}
                Dog: {properties: {kind: {const: dog}}}
            """,
            "schemas/cat.yaml": "properties: {kind: {const: cat}}\n",
            "schemas/bird.yaml": "Bird: {properties: {kind: {const: bird}}}\n",
        },
    )
    schemas = loaded.document["components"]["schemas"]
    assert schemas["Pet"]["discriminator"]["mapping"] == {
        "cat": "#/components/schemas/cat",
        "dog": "#/components/schemas/Dog",
        "fish": "Fish",  # a schema name, left as it is
        "bird": "#/components/schemas/Bird",
    }
    assert schemas["Pet"]["oneOf"] == [
        {"$ref": "#/components/schemas/cat"},
        {"$ref": "#/components/schemas/Dog"},
        {"$ref": "#/components/schemas/Fish"},
    ]
    assert schemas["Bird"] == {"properties": {"kind": {"const": "bird"}}}


def test_a_mapping_to_a_missing_file_is_named_with_its_place(tmp_path: Path) -> None:
    folder = tmp_path / "api"
    with pytest.raises(BundleError, match=r"discriminator/mapping/cat.*'a\.yaml'.*does not exist"):
        load(
            folder,
            {
                "openapi.yaml": spec(
                    components="{schemas: {Pet: {discriminator: {propertyName: k, mapping: {cat: a.yaml}}}}}"
                ),
            },
        )


def test_a_reference_back_into_the_spec_becomes_local(tmp_path: Path) -> None:
    loaded = load(
        tmp_path,
        {
            "openapi.yaml": spec(
                paths=schema_response("pet.yaml"), components="{schemas: {Error: {type: string}}}"
            ),
            "pet.yaml": "properties: {error: {$ref: 'openapi.yaml#/components/schemas/Error'}}\n",
        },
    )
    assert loaded.document["components"]["schemas"]["pet"] == {
        "properties": {"error": {"$ref": "#/components/schemas/Error"}}
    }


def test_cycles_end_at_the_component_already_placed(tmp_path: Path) -> None:
    loaded = load(
        tmp_path,
        {
            "openapi.yaml": spec(paths=schema_response("tree.yaml#/Node")),
            "tree.yaml": """
                Node:
                  properties:
                    children: {type: array, items: {$ref: '#/Node'}}
                    owner: {$ref: owner.yaml}
            """,
            "owner.yaml": "properties: {trees: {type: array, items: {$ref: tree.yaml#/Node}}}\n",
        },
    )
    schemas = loaded.document["components"]["schemas"]
    assert schemas["Node"]["properties"]["children"]["items"] == {"$ref": "#/components/schemas/Node"}
    assert schemas["owner"]["properties"]["trees"]["items"] == {"$ref": "#/components/schemas/Node"}
    assert set(schemas) == {"Node", "owner"}


def test_a_name_taken_by_another_schema_gets_its_file_name_in_front(tmp_path: Path) -> None:
    loaded = load(
        tmp_path,
        {
            "openapi.yaml": spec(
                paths=schema_response("common.yaml#/Error"), components="{schemas: {Error: {type: string}}}"
            ),
            "common.yaml": "Error: {type: object}\n",
        },
    )
    assert loaded.document["components"]["schemas"] == {
        "Error": {"type": "string"},
        "common_Error": {"type": "object"},
    }


def test_one_target_referred_to_twice_is_placed_once(tmp_path: Path) -> None:
    loaded = load(
        tmp_path,
        {
            "openapi.yaml": spec(paths=schema_response("a.yaml#/A")),
            "a.yaml": "A: {properties: {x: {$ref: '#/B'}, y: {$ref: ./a.yaml#/B}}}\nB: {type: string}\n",
        },
    )
    assert set(loaded.document["components"]["schemas"]) == {"A", "B"}


def test_a_spec_without_references_to_other_files_is_loaded_as_it_is(tmp_path: Path) -> None:
    path = write(
        tmp_path, {"openapi.yaml": spec(components="{schemas: {A: {$ref: '#/components/schemas/B'}}}")}
    )
    loaded = load_spec(path)
    assert loaded.notes == () and loaded.origins == {}


def test_messages_about_a_bundled_part_name_its_own_file_and_line(tmp_path: Path) -> None:
    loaded = load(
        tmp_path,
        {
            "openapi.yaml": spec(paths=schema_response("schemas/pet.yaml#/Pet")),
            "schemas/pet.yaml": "Other: {}\nPet:\n  type: object\n  properties:\n    name: {type: string}\n",
        },
    )
    where = loaded.where("/components/schemas/Pet/properties/name")
    assert where == f"{tmp_path / 'schemas' / 'pet.yaml'}:5 (/components/schemas/Pet/properties/name)"
    assert loaded.where("/paths/~1a").startswith(f"{tmp_path / 'openapi.yaml'}:3 ")
    assert loaded.notes == ("bundled 1 referenced file(s) into one document: schemas/pet.yaml",)


# --- refusals: each names the reference, where it is written and the fix ----------------------------------


def test_a_missing_file_is_named_with_the_reference(tmp_path: Path) -> None:
    path = write(tmp_path, {"openapi.yaml": spec(paths=schema_response("./schemas/pet.yaml#/Pet"))})
    with pytest.raises(BundleError) as raised:
        load_spec(path)
    message = str(raised.value)
    assert message.startswith(
        f"{path}:3 (/paths/~1a/get/responses/200/content/application~1json/schema/$ref): "
    )
    assert f"names {tmp_path / 'schemas' / 'pet.yaml'}, which does not exist" in message
    assert "correct the path (it is relative to the folder of the file the $ref is written in)" in message


def test_a_missing_file_referred_to_from_another_file_names_that_file(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        {
            "openapi.yaml": spec(paths=schema_response("a.yaml")),
            "a.yaml": "type: object\nitems:\n  $ref: b.yaml\n",
        },
    )
    with pytest.raises(
        BundleError, match=r"a\.yaml:3 \(/items/\$ref\): \$ref 'b\.yaml' names .*b\.yaml, which does"
    ):
        load_spec(path)


def test_a_pointer_to_nothing_names_what_is_there(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        {"openapi.yaml": spec(paths=schema_response("pets.yaml#/Pets")), "pets.yaml": "Pet: {}\nOwner: {}\n"},
    )
    with pytest.raises(BundleError) as raised:
        load_spec(path)
    message = str(raised.value)
    assert (
        f"{path}:3 " in message
        and f"names #/Pets in {tmp_path / 'pets.yaml'}, which has nothing there" in message
    )
    assert "point at something it has: #/Pet, #/Owner" in message


@pytest.mark.parametrize("ref", ["../outside.yaml", "sub/../../outside.yaml#/A", "/etc/passwd"])
def test_a_file_outside_the_spec_folder_is_refused(tmp_path: Path, ref: str) -> None:
    (tmp_path / "outside.yaml").write_text("A: {type: string}\n", encoding="utf-8")
    path = write(tmp_path / "spec", {"openapi.yaml": spec(paths=schema_response(ref))})
    with pytest.raises(BundleError) as raised:
        load_spec(path)
    message = str(raised.value)
    assert (
        message.startswith(f"{path}:3 ")
        and f"points outside the spec's folder {tmp_path / 'spec'}" in message
    )
    assert "copy the file into the spec's folder: a spec may only read files there" in message


def test_a_link_that_leads_outside_the_spec_folder_is_refused(tmp_path: Path) -> None:
    (tmp_path / "secret.yaml").write_text("A: {type: string}\n", encoding="utf-8")
    path = write(tmp_path / "spec", {"openapi.yaml": spec(paths=schema_response("inside.yaml#/A"))})
    os.symlink(tmp_path / "secret.yaml", tmp_path / "spec" / "inside.yaml")
    with pytest.raises(BundleError, match="points outside the spec's folder"):
        load_spec(path)


@pytest.mark.parametrize(
    "ref", ["https://example.com/pet.yaml#/Pet", "http://example.com/pet.yaml", "//host/x.yaml"]
)
def test_a_remote_reference_is_refused(tmp_path: Path, ref: str) -> None:
    path = write(tmp_path, {"openapi.yaml": spec(paths=schema_response(ref))})
    with pytest.raises(BundleError) as raised:
        load_spec(path)
    message = str(raised.value)
    assert (
        message.startswith(f"{path}:3 ")
        and "is a remote reference, and apikit never reads the network" in message
    )
    assert f"download the file into {tmp_path} and refer to it by its relative path" in message


def test_a_referenced_file_with_a_key_twice_is_refused_with_both_lines(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        {
            "openapi.yaml": spec(paths=schema_response("pet.yaml")),
            "pet.yaml": "type: object\ntitle: a\ntitle: b\n",
        },
    )
    with pytest.raises(
        LoadError, match=r"pet\.yaml:2 and .*pet\.yaml:3: key 'title' appears twice in /; keep one"
    ):
        load_spec(path)


# --- a spec of three files builds, type-checks and mocks ----------------------------------------------------


@pytest.fixture(scope="module")
def shelter(tmp_path_factory: pytest.TempPathFactory) -> tuple[Project, str]:
    project = project_of_specs(tmp_path_factory.mktemp("project"), {"shelter": SHELTER})
    return project, build_project(project)


def test_the_three_file_spec_builds(shelter: tuple[Project, str]) -> None:
    project, output = shelter
    assert "bundled 2 referenced file(s) into one document: common.yaml, schemas/pets.yaml" in output
    assert "warning" not in output, "the spec keeps every house rule"
    assert (project.site_dir / "shelter" / "index.html").is_file()
    models = project.client_dir("shelter") / "shelter_client" / "models"
    assert {p.stem for p in models.glob("*.py")} >= {"pet", "new_pet", "species", "error"}


def test_the_client_of_the_three_file_spec_passes_mypy_strict(
    shelter: tuple[Project, str], mypy_cache: Path
) -> None:
    assert mypy_strict(shelter[0], "shelter", mypy_cache) == ""


def test_the_spec_only_mock_serves_the_three_file_spec(shelter: tuple[Project, str]) -> None:
    client = TestClient(create_app("shelter", shelter[0]))  # the spec's server URL ends in /api
    created = client.post("/api/pets", json={"name": "Rex", "species": "dog", "nickname": None})
    assert created.status_code == 201, created.text
    pet = created.json()
    assert {k: pet[k] for k in ("name", "species", "nickname")} == {
        "name": "Rex",
        "species": "dog",
        "nickname": None,
    }
    read = client.get(f"/api/pets/{pet['id']}")
    assert read.status_code == 200 and read.json() == pet
    refused = client.post("/api/pets", json={"name": "Rex", "species": "cow"})
    assert refused.status_code == 400 and "cat, dog, rabbit" in refused.text, "common.yaml's enum is enforced"


def test_a_change_in_a_referenced_file_is_validated_again(tmp_path: Path) -> None:
    project = project_of_specs(tmp_path, {"shelter": SHELTER})
    load_valid_spec(project, "shelter")
    common = project.specs_dir / "shelter" / "common.yaml"
    common.write_text(common.read_text().replace("type: integer", "type: integr", 1), encoding="utf-8")
    with pytest.raises(SpecInvalid, match="'integr' is not valid"):
        load_valid_spec(project, "shelter")
