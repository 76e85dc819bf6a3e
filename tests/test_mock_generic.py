"""The spec-only mock: any spec mocks statefully with no code of its own (apikit.mock.generic)."""

from __future__ import annotations

import copy
import json
import textwrap
from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import TestClient

from apikit.mock import MockSetupError, build_app, create_app
from apikit.mock.engine import Call, RawRequest, Reply
from apikit.mock.generic import Caller, SpecBehaviour
from apikit.mock.resources import infer_roles
from apikit.mock.synthesis import Synthesizer
from apikit.project import Project
from apikit.spec import iter_operations, schema_validator
from tests.support import ROOT

MUSEUM = Project(ROOT / "examples" / "museum")
AUTH = ("demo", "demo-password")  # the spec-only mock's demo account
NEW_EVENT = {
    "name": "Night at the Museum",
    "location": "Hall 2",
    "eventDescription": "After hours",
    "dates": ["2024-05-01"],
    "price": 25,
}


@pytest.fixture
def museum() -> TestClient:
    return TestClient(create_app("museum", MUSEUM))


def test_the_museum_spec_is_served_by_the_spec_only_mock(museum: TestClient) -> None:
    assert isinstance(museum.app.state.behaviour, SpecBehaviour)  # type: ignore[attr-defined]


def test_create_read_update_list_delete(museum: TestClient) -> None:
    created = museum.post("/special-events", json=NEW_EVENT, auth=AUTH)
    assert created.status_code == 201, created.text
    event = created.json()
    assert {k: event[k] for k in NEW_EVENT} == NEW_EVENT and event["eventId"]
    path = f"/special-events/{event['eventId']}"

    assert museum.get(path, auth=AUTH).json() == event
    updated = museum.patch(path, json={"price": 30}, auth=AUTH)
    assert updated.status_code == 200 and updated.json() == {**event, "price": 30}
    assert museum.get(path, auth=AUTH).json()["price"] == 30
    listed = museum.get("/special-events", params={"limit": 30}, auth=AUTH).json()
    assert [e for e in listed if e["eventId"] == event["eventId"]] == [{**event, "price": 30}]

    deleted = museum.delete(path, auth=AUTH)
    assert deleted.status_code == 204 and deleted.content == b""
    gone = museum.get(path, auth=AUTH)
    assert gone.status_code == 404 and gone.headers["content-type"] == "application/problem+json"
    assert event["eventId"] in gone.json()["title"]
    assert event["eventId"] not in [e["eventId"] for e in museum.get("/special-events", auth=AUTH).json()]


def test_lists_start_with_the_examples_and_page(museum: TestClient) -> None:
    everything = museum.get("/special-events", params={"limit": 30}, auth=AUTH).json()
    assert len(everything) >= 3 and everything[0]["name"] == "Sasquatch Ballet"
    second = museum.get("/special-events", params={"page": 2, "limit": 1}, auth=AUTH).json()
    assert second == everything[1:2]
    hours = museum.get("/museum-hours", params={"limit": 2}, auth=AUTH).json()
    assert len(hours) == 2 and set(hours[0]) == {"date", "timeOpen", "timeClose"}  # no made-up id


def test_ids_follow_the_id_schema(museum: TestClient) -> None:
    first = museum.post("/special-events", json=NEW_EVENT, auth=AUTH).json()["eventId"]
    second = museum.post("/special-events", json=NEW_EVENT, auth=AUTH).json()["eventId"]
    uuid_schema = {"type": "string", "format": "uuid"}
    assert first != second
    assert all(schema_validator({}, uuid_schema).is_valid(i) for i in (first, second))


def test_a_request_without_the_security_scheme_is_refused_401(museum: TestClient) -> None:
    assert museum.get("/special-events").status_code == 401
    assert museum.get("/special-events", headers={"Authorization": "Bearer x"}).status_code == 401
    assert museum.get("/special-events", headers={"Authorization": "Basic !!"}).status_code == 401
    assert museum.get("/special-events", auth=("demo", "wrong")).status_code == 401
    assert museum.get("/special-events", auth=AUTH).status_code == 200


def test_requests_are_validated_against_the_spec(museum: TestClient) -> None:
    missing = museum.post("/special-events", json={"name": "x"}, auth=AUTH)
    assert missing.status_code == 400 and "location" in missing.json()["title"]
    assert museum.get("/special-events/not-a-uuid", auth=AUTH).status_code == 400
    assert museum.get("/special-events", params={"limit": "many"}, auth=AUTH).status_code == 400


def test_a_json_body_that_starts_with_a_byte_order_mark_is_refused(museum: TestClient) -> None:
    body = ("\ufeff" + json.dumps({"price": 25})).encode()
    answer = museum.patch(
        "/special-events/dad4bce8-f5cb-4078-a211-995864315e39",  # an event of the spec's examples
        content=body,
        headers={"content-type": "application/json"},
        auth=AUTH,
    )
    assert answer.status_code == 400 and "BOM" in answer.json()["title"]


def test_other_operations_answer_from_their_examples(museum: TestClient) -> None:
    ticket = museum.post(
        "/tickets",
        json={"ticketType": "general", "ticketDate": "2023-09-07", "email": "todd@example.com"},
        auth=AUTH,
    )
    assert ticket.status_code == 201 and ticket.json()["email"] == "todd@example.com"
    code = museum.get(f"/tickets/{ticket.json()['ticketId']}/qr", auth=AUTH)
    assert code.status_code == 200 and code.headers["content-type"] == "image/png"


# --- inferred shapes on a spec of its own -----------------------------------------------------------------

PETS_SPEC = """
openapi: 3.1.0
info: {title: pets, version: '1'}
components:
  securitySchemes:
    key: {type: apiKey, in: header, name: X-Api-Key}
  schemas:
    Pet:
      type: object
      required: [id, name, age]
      properties:
        id: {type: integer, format: int32}
        ownerId: {type: integer}
        name: {type: string, minLength: 1}
        age: {type: integer, format: int32, minimum: 0}
        secret: {type: string, writeOnly: true}
    NewPet:
      type: object
      required: [name]
      additionalProperties: false
      properties:
        name: {type: string, minLength: 1}
        age: {type: integer, format: int32, minimum: 0}
        secret: {type: string}
    Problem:
      type: object
      required: [code, message]
      properties: {code: {type: integer}, message: {type: string}}
  responses:
    Problem:
      description: problem
      content: {application/json: {schema: {$ref: '#/components/schemas/Problem'}}}
security: [{key: []}]
paths:
  /owners/{ownerId}/pets:
    parameters: [{name: ownerId, in: path, required: true, schema: {type: integer}}]
    get:
      operationId: listPets
      parameters:
        - {name: name, in: query, schema: {type: string}}
        - {name: offset, in: query, schema: {type: integer, minimum: 0}}
        - {name: limit, in: query, schema: {type: integer, format: int32, minimum: 1}}
      responses:
        '200':
          description: pets
          content:
            application/json:
              schema:
                type: object
                required: [data, total]
                properties:
                  data: {type: array, items: {$ref: '#/components/schemas/Pet'}}
                  total: {type: integer}
        '400': {$ref: '#/components/responses/Problem'}
    post:
      operationId: addPet
      requestBody:
        required: true
        content: {application/json: {schema: {$ref: '#/components/schemas/NewPet'}}}
      responses:
        '201':
          description: added
          content:
            application/json:
              schema:
                type: object
                required: [data]
                properties: {data: {$ref: '#/components/schemas/Pet'}}
        '400': {$ref: '#/components/responses/Problem'}
  /owners/{ownerId}/pets/{petId}:
    parameters:
      - {name: ownerId, in: path, required: true, schema: {type: integer}}
      - {name: petId, in: path, required: true, schema: {type: integer}}
    get:
      operationId: getPet
      responses:
        '200':
          description: pet
          content:
            application/json:
              schema:
                type: object
                required: [data]
                properties: {data: {$ref: '#/components/schemas/Pet'}}
        '404': {$ref: '#/components/responses/Problem'}
    put:
      operationId: replacePet
      requestBody:
        required: true
        content: {application/json: {schema: {$ref: '#/components/schemas/NewPet'}}}
      responses:
        '200':
          description: pet
          content:
            application/json:
              schema: {type: object, properties: {data: {$ref: '#/components/schemas/Pet'}}}
        '404': {$ref: '#/components/responses/Problem'}
  /stats:
    get:
      operationId: stats
      security: []
      x-apikit-mock: {action: static}
      responses:
        '200':
          description: counts
          content:
            application/json:
              schema: {type: object, properties: {pets: {type: integer, example: 7}}}
"""


@pytest.fixture
def pets(tmp_path: Path) -> TestClient:
    folder = tmp_path / "specs" / "pets"
    folder.mkdir(parents=True)
    (folder / "openapi.yaml").write_text(textwrap.dedent(PETS_SPEC), encoding="utf-8")
    return TestClient(create_app("pets", Project(tmp_path)), headers={"X-Api-Key": "demo-key"})


def test_nested_collections_keep_items_under_their_parent(pets: TestClient) -> None:
    created = pets.post("/owners/1/pets", json={"name": "Rex", "secret": "s3"})
    assert created.status_code == 201, created.text
    pet = created.json()["data"]
    assert pet["name"] == "Rex" and pet["ownerId"] == 1 and "secret" not in pet  # write-only
    assert pets.get(f"/owners/1/pets/{pet['id']}").json() == {"data": pet}
    assert pets.get(f"/owners/2/pets/{pet['id']}").status_code == 404  # another owner's pet
    assert pets.get("/owners/2/pets").json() == {"data": [], "total": 0}


def test_list_envelopes_filters_paging_and_totals(pets: TestClient) -> None:
    for name in ("a", "b", "c", "b"):
        assert pets.post("/owners/1/pets", json={"name": name}).status_code == 201
    page = pets.get("/owners/1/pets", params={"offset": 1, "limit": 2}).json()
    assert [p["name"] for p in page["data"]] == ["b", "c"] and page["total"] == 4
    named = pets.get("/owners/1/pets", params={"name": "b"}).json()
    assert [p["name"] for p in named["data"]] == ["b", "b"] and named["total"] == 2


def test_replace_keeps_the_id_and_errors_take_the_documented_shape(pets: TestClient) -> None:
    pet = pets.post("/owners/1/pets", json={"name": "Rex", "age": 3}).json()["data"]
    replaced = pets.put(f"/owners/1/pets/{pet['id']}", json={"name": "Max"}).json()["data"]
    assert replaced["id"] == pet["id"] and replaced["name"] == "Max"
    missing = pets.get("/owners/1/pets/999")
    assert missing.status_code == 404 and missing.json() == {"code": 404, "message": "pets 999 not found"}


def test_int32_and_other_formats_are_enforced(pets: TestClient) -> None:
    too_old = pets.post("/owners/1/pets", json={"name": "Rex", "age": 2**31})
    assert too_old.status_code == 400 and too_old.json()["code"] == 400
    assert pets.get("/owners/1/pets", params={"limit": 2**31}).status_code == 400
    assert pets.get("/owners/1/pets", params={"limit": 2**31 - 1}).status_code == 200


def test_security_is_per_operation(pets: TestClient) -> None:
    assert pets.get("/owners/1/pets", headers={"X-Api-Key": ""}).status_code == 401
    assert pets.get("/owners/1/pets", headers={"X-Api-Key": "guess"}).status_code == 401
    bare = TestClient(pets.app)
    assert bare.get("/owners/1/pets").status_code == 401
    assert bare.get("/stats").json() == {"pets": 7}  # `security: []` opens it, the example answers


def test_write_only_fields_stay_out_of_lists_too(pets: TestClient) -> None:
    pet = pets.post("/owners/1/pets", json={"name": "Rex", "secret": "s3"}).json()["data"]
    assert "secret" not in pet and pets.get("/owners/1/pets").json()["data"] == [pet]


def test_an_answer_changed_by_whoever_gets_it_leaves_later_answers_alone() -> None:
    """The parts of answers that come from examples or made-up values are made once; each answer is a
    copy, so a plugin that changes what its handler got back changes nothing for later calls."""
    import yaml

    spec = yaml.safe_load(PETS_SPEC)
    stats = spec["paths"]["/stats"]["get"]["responses"]["200"]["content"]["application/json"]
    stats["example"] = {"pets": 9}  # the whole answer's example, not a made-up value this time
    handlers = SpecBehaviour(spec).handlers()
    operations = {op.operation_id: op for op in iter_operations(spec)}

    def payload(operation_id: str, path_params: dict[str, str]) -> Any:
        op = operations[operation_id]
        request = RawRequest(op.method.upper(), op.path, path_params=path_params)
        reply = handlers[operation_id](Call(op, request, {}, None, Caller()))
        assert isinstance(reply, Reply)
        return reply.payload

    payload("stats", {})["pets"] = -1
    assert payload("stats", {}) == {"pets": 9}
    payload("listPets", {"ownerId": "1"})["extra"] = True
    assert payload("listPets", {"ownerId": "1"}) == {"data": [], "total": 0}


def test_a_collection_holds_a_bounded_number_of_items() -> None:
    import yaml

    spec = yaml.safe_load(PETS_SPEC)
    client = TestClient(build_app(spec, SpecBehaviour(spec, max_items=2)), headers={"X-Api-Key": "demo-key"})
    assert [client.post("/owners/1/pets", json={"name": "a"}).status_code for _ in range(3)] == [
        201,
        201,
        507,
    ]
    assert client.get("/owners/1/pets").json()["total"] == 2


def test_credentials_can_be_declared_in_the_spec_or_given(tmp_path: Path) -> None:
    import yaml

    spec = yaml.safe_load(PETS_SPEC)
    spec["x-apikit-mock"] = {"credentials": {"key": "from-the-spec"}}
    declared = TestClient(build_app(spec, SpecBehaviour(spec)))
    assert declared.get("/owners/1/pets", headers={"X-Api-Key": "from-the-spec"}).status_code == 200
    assert declared.get("/owners/1/pets", headers={"X-Api-Key": "demo-key"}).status_code == 401
    given = TestClient(build_app(spec, SpecBehaviour(spec, credentials={"key": "given"})))
    assert given.get("/owners/1/pets", headers={"X-Api-Key": "given"}).status_code == 200
    assert SpecBehaviour(spec).credential_hints() == ["key: API key from-the-spec in the header 'X-Api-Key'"]


def test_a_mock_overlay_declares_what_the_spec_does_not(tmp_path: Path) -> None:
    folder = tmp_path / "specs" / "pets"
    folder.mkdir(parents=True)
    (folder / "openapi.yaml").write_text(textwrap.dedent(PETS_SPEC), encoding="utf-8")
    overlays = tmp_path / "overlays" / "pets"
    overlays.mkdir(parents=True)
    overlay = {
        "overlay": "1.0.0",
        "info": {"title": "mock credentials", "version": "1"},
        "actions": [{"target": "$", "update": {"x-apikit-mock": {"credentials": {"key": "overlay-key"}}}}],
    }
    (overlays / "mock.yaml").write_text(json.dumps(overlay), encoding="utf-8")
    client = TestClient(create_app("pets", Project(tmp_path)))
    assert client.get("/owners/1/pets", headers={"X-Api-Key": "demo-key"}).status_code == 401
    assert client.get("/owners/1/pets", headers={"X-Api-Key": "overlay-key"}).status_code == 200


def test_roles_are_inferred_and_declarable() -> None:
    import yaml

    spec = yaml.safe_load(PETS_SPEC)
    roles = infer_roles(spec, list(iter_operations(spec)))
    assert {name: role.action for name, role in roles.items()} == {
        "listPets": "list",
        "addPet": "create",
        "getPet": "read",
        "replacePet": "replace",
        "stats": "static",
    }
    pets = roles["getPet"].resource
    assert pets is not None and (pets.key, pets.parent_parameters, pets.id_field) == (
        "/owners/{}/pets",
        ("ownerId",),
        "id",
    )
    broken = copy.deepcopy(spec)
    broken["paths"]["/stats"]["get"]["x-apikit-mock"] = {"action": "fetch"}
    with pytest.raises(MockSetupError, match=r"stats: x-apikit-mock\.action is 'fetch'; use one of"):
        build_app(broken, SpecBehaviour(broken))


@pytest.mark.parametrize(
    ("parameter", "properties", "expected"),
    [
        ("task_gid", ["gid", "name"], "gid"),  # what the parameter ends with, after the item's name
        ("issueNumber", ["number", "title"], "number"),
        ("time_entry_gid", ["gid"], "gid"),  # an irregular plural ("entries") does not matter
        ("ref", ["uuid", "name"], "uuid"),  # else one of the usual names
        ("petId", ["id", "petId"], "id"),  # `id` first, as before
    ],
)
def test_the_id_field_is_found_from_the_id_parameter(
    parameter: str, properties: list[str], expected: str
) -> None:
    item = {"type": "object", "properties": {name: {"type": "string"} for name in properties}}
    ok = {"200": {"description": "ok", "content": {"application/json": {"schema": item}}}}
    spec = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/things": {"post": {"operationId": "make", "responses": ok}},
            f"/things/{{{parameter}}}": {
                "get": {
                    "operationId": "read",
                    "parameters": [
                        {"name": parameter, "in": "path", "required": True, "schema": {"type": "string"}}
                    ],
                    "responses": ok,
                }
            },
        },
    }
    resource = infer_roles(spec, list(iter_operations(spec)))["read"].resource
    assert resource is not None and resource.id_field == expected


# --- values made from schemas -----------------------------------------------------------------------------

SCHEMAS: list[Any] = [
    {"type": "string", "format": "date-time"},
    {"type": "string", "pattern": "^[A-Z]{3}-[0-9]{4}$"},
    {"type": "string", "minLength": 12, "maxLength": 12},
    {"type": "integer", "minimum": 10, "maximum": 12, "multipleOf": 4},
    {"type": "number", "exclusiveMinimum": 5},
    {"type": "array", "items": {"type": "string", "format": "email"}, "minItems": 2},
    {"oneOf": [{"type": "string", "format": "uuid"}, {"type": "integer"}], "not": {"type": "integer"}},
    {
        "allOf": [
            {"type": "object", "required": ["a"], "properties": {"a": {"type": "integer"}}},
            {"required": ["b"], "properties": {"b": {"enum": ["x", "y"]}}},
        ]
    },
    {"type": ["null", "boolean"]},
    {"$ref": "#/components/schemas/Tree"},
    {"allOf": [{"$ref": "#/components/schemas/SyncState"}], "description": "an enum reached through allOf"},
    {  # both parts require "a": the joined schema names it once, or it is no schema
        "allOf": [
            {"type": "object", "required": ["a"], "properties": {"a": {"type": "integer"}}},
            {"required": ["a"], "properties": {"a": {"minimum": 3}}},
        ]
    },
]
TREE_SPEC: dict[str, Any] = {
    "components": {
        "schemas": {
            "Tree": {
                "type": "object",
                "required": ["name"],
                "properties": {
                    "name": {"type": "string", "examples": ["oak"]},
                    "children": {"type": "array", "items": {"$ref": "#/components/schemas/Tree"}},
                },
            },
            "SyncState": {"type": "string", "enum": ["synced", "not_synced"]},
        }
    }
}


@pytest.mark.parametrize("schema", SCHEMAS)
def test_made_values_fit_their_schema(schema: Any) -> None:
    value = Synthesizer(TREE_SPEC).value(schema)
    assert schema_validator(TREE_SPEC, schema).is_valid(value), value


def test_examples_come_first() -> None:
    assert Synthesizer({}).value({"type": "string", "examples": [5, "first"], "example": "later"}) == "first"


# --- plugins: a project's own behaviour ---------------------------------------------------------------------

PLUGIN = '''
from apikit.mock import Reply
from apikit.mock.generic import SpecBehaviour


class Pets(SpecBehaviour):
    """The spec-only mock, with the one thing the spec cannot say: what /stats counts."""

    def handlers(self):
        table = dict(super().handlers())
        table["stats"] = lambda call: Reply({"pets": sum(len(c.items) for c in self.collections.values())})
        return table


def create_behaviour(spec, **options):
    return Pets(spec, **options)
'''


def pets_project(tmp_path: Path, config: str) -> Project:
    folder = tmp_path / "specs" / "pets"
    folder.mkdir(parents=True)
    (folder / "openapi.yaml").write_text(textwrap.dedent(PETS_SPEC), encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text(config, encoding="utf-8")
    return Project(tmp_path)


def test_a_project_names_its_own_mock_plugin_in_pyproject(tmp_path: Path) -> None:
    module = f"petmocks_{tmp_path.name.replace('-', '_')}"  # a fresh module name per test run
    project = pets_project(tmp_path, f'[tool.apikit.mocks]\npets = "{module}"\n')
    (tmp_path / f"{module}.py").write_text(PLUGIN, encoding="utf-8")
    client = TestClient(create_app("pets", project), headers={"X-Api-Key": "demo-key"})
    assert client.get("/stats").json() == {"pets": 0}
    assert client.post("/owners/1/pets", json={"name": "Rex"}).status_code == 201
    assert client.get("/stats").json() == {"pets": 1}  # the plugin's handler, over the engine's state


@pytest.mark.parametrize(
    ("config", "message"),
    [
        (
            '[tool.apikit.mocks]\npets = "no_such_module_here"\n',
            r"pets = 'no_such_module_here': cannot import",
        ),
        ("[tool.apikit.mocks]\npets = 3\n", r"\[tool\.apikit\.mocks\] pets must be a string"),
        (
            '[tool.apikit.mocks]\npets = "json:dumps"\n',
            r"pets = 'json:dumps': create_behaviour returned str, not a Behaviour",
        ),
        ("[tool.apikit.mocks\n", r"pyproject\.toml: not valid TOML"),
    ],
)
def test_a_broken_plugin_setting_names_the_file_and_the_fix(
    tmp_path: Path, config: str, message: str
) -> None:
    from apikit.plugins import PluginError
    from apikit.project import ProjectError

    project = pets_project(tmp_path, config)
    with pytest.raises((PluginError, ProjectError, MockSetupError, TypeError), match=message):
        create_app("pets", project)


def test_the_bundled_apis_are_plugins_found_by_entry_point() -> None:
    from apikit.mock import behaviour_factory

    for api in ("fivepm", "proworkflow", "beebole", "worksection"):
        factory, source = behaviour_factory(api, Project(ROOT))
        assert source == f"entry point apikit.mocks:{api} (apikit.mock.{api})"
        assert factory.__module__.startswith(f"apikit.mock.{api}")
