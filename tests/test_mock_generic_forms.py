"""The spec-only mock takes requests in the forms published APIs take them: fields wrapped in an
envelope, objects named by their id alone, items of several kinds, ids called after the item
(``{task_gid}`` → ``gid``), multipart uploads, and error documents that list their errors. The spec
below has those shapes; a request the spec allows is never answered with an item it does not."""

from __future__ import annotations

import logging
import textwrap
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from apikit.mock import create_app
from apikit.mock.generic import _as_reference
from apikit.project import Project

SPEC = """
openapi: 3.1.0
info: {title: work, version: '1'}
components:
  securitySchemes:
    token: {type: http, scheme: bearer}
  schemas:
    Ref:
      type: object
      required: [gid]
      properties:
        gid: {type: string, readOnly: true}
        name: {type: string}
    Task:
      type: object
      required: [gid, name]
      properties:
        gid: {type: string, readOnly: true}
        name: {type: string}
        parent: {anyOf: [{$ref: '#/components/schemas/Ref'}, {type: 'null'}]}
        followers: {type: array, items: {$ref: '#/components/schemas/Ref'}}
        signers: {type: array, items: {$ref: '#/components/schemas/Signer'}}
    TaskRequest:
      type: object
      properties:
        name: {type: string}
        parent: {type: [string, 'null']}
        followers: {type: string, description: a comma-separated list of user gids}
        signers: {type: array, items: {$ref: '#/components/schemas/Signer'}}
    Signer:
      type: object
      properties:
        email: {type: string}
        password: {type: string, writeOnly: true}
    TeamMembership:
      type: object
      required: [gid, kind, team]
      properties:
        gid: {type: string}
        kind: {const: team}
        team: {$ref: '#/components/schemas/Ref'}
        role: {type: string}
    GoalMembership:
      type: object
      required: [gid, kind, goal]
      properties:
        gid: {type: string}
        kind: {const: goal}
        goal: {$ref: '#/components/schemas/Ref'}
        role: {type: string}
    Attachment:
      type: object
      required: [gid, name]
      properties:
        gid: {type: string}
        name: {type: string}
        parent: {$ref: '#/components/schemas/Ref'}
    TaskBody: {type: object, properties: {data: {$ref: '#/components/schemas/TaskRequest'}}}
    TaskAnswer: {type: object, properties: {data: {$ref: '#/components/schemas/Task'}}}
    AttachmentAnswer: {type: object, properties: {data: {$ref: '#/components/schemas/Attachment'}}}
    MembershipAnswer:
      type: object
      properties:
        data:
          anyOf:
            - $ref: '#/components/schemas/TeamMembership'
            - $ref: '#/components/schemas/GoalMembership'
    Project:
      type: object
      required: [gid, name]
      properties: {gid: {type: string}, name: {type: string}}
    ProjectBody: {type: object, properties: {data: {type: object, properties: {name: {type: string}}}}}
    ProjectAnswer: {type: object, properties: {data: {$ref: '#/components/schemas/Project'}}}
    Taxonomy:
      type: object
      required: [id, name]
      properties: {id: {type: string}, name: {type: string}}
    Errors:
      type: object
      required: [errors]
      properties:
        errors:
          type: array
          items:
            type: object
            required: [message]
            properties: {message: {type: string}, help: {type: string}}
      example: {errors: [{message: 'project: Missing input', help: see the guide}]}
  responses:
    Errors:
      description: refused
      content: {application/json: {schema: {$ref: '#/components/schemas/Errors'}}}
security: [{token: []}]
paths:
  /tasks:
    post:
      operationId: createTask
      requestBody:
        required: true
        content: {application/json: {schema: {$ref: '#/components/schemas/TaskBody'}}}
      responses:
        '201':
          description: made
          content: {application/json: {schema: {$ref: '#/components/schemas/TaskAnswer'}}}
        '400': {$ref: '#/components/responses/Errors'}
  /tasks/{task_gid}:
    parameters: [{name: task_gid, in: path, required: true, schema: {type: string}}]
    get:
      operationId: getTask
      responses:
        '200':
          description: the task
          content: {application/json: {schema: {$ref: '#/components/schemas/TaskAnswer'}}}
        '404': {$ref: '#/components/responses/Errors'}
    put:
      operationId: updateTask
      x-apikit-mock: {action: update}  # this API's PUT changes the fields it names, as a PATCH would
      requestBody:
        required: true
        content: {application/json: {schema: {$ref: '#/components/schemas/TaskBody'}}}
      responses:
        '200':
          description: the task
          content: {application/json: {schema: {$ref: '#/components/schemas/TaskAnswer'}}}
        '400': {$ref: '#/components/responses/Errors'}
        '404': {$ref: '#/components/responses/Errors'}
  /memberships:
    post:
      operationId: createMembership
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              properties:
                data:
                  type: object
                  properties: {goal: {type: string}, team: {type: string}, role: {type: string}}
      responses:
        '201':
          description: made
          content: {application/json: {schema: {$ref: '#/components/schemas/MembershipAnswer'}}}
        '400': {$ref: '#/components/responses/Errors'}
  /memberships/{membership_gid}:
    get:
      operationId: getMembership
      parameters: [{name: membership_gid, in: path, required: true, schema: {type: string, example: '5'}}]
      responses:
        '200':
          description: the membership
          content: {application/json: {schema: {$ref: '#/components/schemas/MembershipAnswer'}}}
        '404': {$ref: '#/components/responses/Errors'}
  /batch:
    post:
      operationId: runBatch
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              properties:
                data:
                  type: object
                  properties: {actions: {type: array, items: {type: object}}}
      responses:
        '200':
          description: one result per action
          content:
            application/json:
              schema:
                type: object
                properties:
                  data: {type: array, items: {type: object, properties: {status_code: {type: integer}}}}
        '400': {$ref: '#/components/responses/Errors'}
  /taxonomies:
    post:
      operationId: createTaxonomy
      requestBody:
        required: true
        content:
          application/json:
            schema: {type: object, required: [name], properties: {name: {type: string}}}
      responses:
        '201':
          description: made
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Taxonomy'}
              example: {id: t-1, name: Geography}
        '400': {$ref: '#/components/responses/Errors'}
  /taxonomies/{namespace}:
    get:
      operationId: listTaxonomiesOfNamespace
      parameters: [{name: namespace, in: path, required: true, schema: {type: string}}]
      responses:
        '200':
          description: the taxonomies of one namespace, not one taxonomy
          content:
            application/json:
              schema:
                type: object
                required: [entries]
                properties: {entries: {type: array, items: {$ref: '#/components/schemas/Taxonomy'}}}
        '404': {$ref: '#/components/responses/Errors'}
  /projects:
    post:
      operationId: createProject
      requestBody:
        required: true
        content: {application/json: {schema: {$ref: '#/components/schemas/ProjectBody'}}}
      responses:
        '201':
          description: made
          content: {application/json: {schema: {$ref: '#/components/schemas/ProjectAnswer'}}}
        '400': {$ref: '#/components/responses/Errors'}
  /projects/{project_gid}:
    get:
      operationId: getProject
      parameters:
        - {name: project_gid, in: path, required: true, schema: {type: string}, example: '31'}
      responses:
        '200':
          description: the project
          content:
            application/json:
              schema: {$ref: '#/components/schemas/ProjectAnswer'}
              example: {data: {gid: '7', name: Launch}}
        '404': {$ref: '#/components/responses/Errors'}
  /uploads:
    post:
      operationId: uploadContent
      requestBody:
        required: true
        content:
          application/octet-stream:
            schema: {type: string, format: binary}
      responses:
        '201':
          description: stored
          content: {application/json: {schema: {$ref: '#/components/schemas/AttachmentAnswer'}}}
        '400': {$ref: '#/components/responses/Errors'}
  /attachments:
    post:
      operationId: uploadAttachment
      requestBody:
        required: true
        content:
          multipart/form-data:
            schema:
              type: object
              required: [file, parent]
              properties:
                file: {type: string, format: binary}
                parent: {type: string}
                attributes: {type: object, properties: {name: {type: string}}}
      responses:
        '200':
          description: stored
          content: {application/json: {schema: {$ref: '#/components/schemas/AttachmentAnswer'}}}
        '400': {$ref: '#/components/responses/Errors'}
"""


def client_of(spec: str, root: Path) -> TestClient:
    folder = root / "specs" / "work"
    folder.mkdir(parents=True)
    (folder / "openapi.yaml").write_text(textwrap.dedent(spec), encoding="utf-8")
    return TestClient(create_app("work", Project(root)), headers={"Authorization": "Bearer demo-token"})


@pytest.fixture
def work(tmp_path: Path) -> TestClient:
    return client_of(SPEC, tmp_path)


def test_fields_in_an_envelope_and_an_object_named_by_its_id(work: TestClient) -> None:
    created = work.post("/tasks", json={"data": {"name": "Write the report", "parent": "42"}})
    assert created.status_code == 201, created.text
    task = created.json()["data"]
    assert task["name"] == "Write the report"
    assert task["parent"]["gid"] == "42", "the id goes into the object the item shows"
    assert work.get(f"/tasks/{task['gid']}").json()["data"] == task, "gid is the id {task_gid} reads"

    renamed = work.put(f"/tasks/{task['gid']}", json={"data": {"name": "Rewrite it"}})
    assert renamed.status_code == 200, renamed.text
    assert renamed.json()["data"] == {**task, "name": "Rewrite it"}


def test_write_only_fields_inside_lists_of_objects_stay_out_of_answers(work: TestClient) -> None:
    signers = [{"email": "ann@example.com", "password": "s3cret-pass"}]
    created = work.post("/tasks", json={"data": {"name": "Sign it", "signers": signers}})
    assert created.status_code == 201, created.text
    task = created.json()["data"]
    assert task["signers"] == [{"email": "ann@example.com"}]
    assert work.get(f"/tasks/{task['gid']}").json()["data"]["signers"] == [{"email": "ann@example.com"}]


def test_an_id_goes_into_the_objects_own_id_field_not_one_it_refers_to() -> None:
    project = {"workspace_id": "9", "gid": "1", "name": "Plans"}
    assert _as_reference(project, "42") == {"workspace_id": "9", "gid": "42", "name": "Plans"}
    assert _as_reference({"name": "Ann", "user_id": "9"}, "42") == {"name": "Ann", "user_id": "42"}
    assert _as_reference({"name": "Plans"}, "42") is None, "no field to hold the id"
    assert _as_reference(project, True) is None, "not an id"


def test_the_item_a_reads_example_shows_is_there_under_its_parameters_example(work: TestClient) -> None:
    """The spec's own example call, ``GET /projects/31``, finds what the spec says it answers."""
    shown = work.get("/projects/31")
    assert shown.status_code == 200, shown.text
    assert shown.json() == {"data": {"gid": "31", "name": "Launch"}}
    made = work.post("/projects", json={"data": {"name": "Next"}}).json()["data"]
    assert made["gid"] != "31" and work.get("/projects/31").json()["data"]["name"] == "Launch"
    membership = work.get("/memberships/5")  # an answer without an example: an item made from schemas
    assert membership.status_code == 200 and membership.json()["data"]["gid"] == "5", membership.text


def test_each_create_gets_its_own_id_in_the_field_named_after_the_item(work: TestClient) -> None:
    first = work.post("/tasks", json={"data": {"name": "a"}}).json()["data"]["gid"]
    second = work.post("/tasks", json={"data": {"name": "b"}}).json()["data"]["gid"]
    assert first != second
    assert work.get(f"/tasks/{first}").json()["data"]["name"] == "a"


def test_a_value_the_item_cannot_hold_leaves_the_field_as_it_was(work: TestClient) -> None:
    task = work.post("/tasks", json={"data": {"name": "a"}}).json()["data"]
    changed = work.put(f"/tasks/{task['gid']}", json={"data": {"name": "b", "followers": "7,8"}})
    assert changed.status_code == 200, changed.text
    assert changed.json()["data"] == {**task, "name": "b"}, "a list of users given as text"

    batch = work.post("/batch", json={"data": {"actions": [{"path": "/tasks/1"}]}})
    assert batch.status_code == 200, batch.text
    assert isinstance(batch.json()["data"], list), "an answer that holds no item is not the request"


def test_an_item_of_several_kinds_gets_the_fields_it_can_hold(work: TestClient) -> None:
    created = work.post("/memberships", json={"data": {"goal": "7", "role": "editor"}})
    assert created.status_code == 201, created.text
    membership = created.json()["data"]
    assert membership["role"] == "editor"
    assert membership["goal"]["gid"] == "7"
    assert work.get(f"/memberships/{membership['gid']}").json()["data"] == membership


def test_a_multipart_upload_with_an_unnamed_field(work: TestClient) -> None:
    uploaded = work.post(
        "/attachments",
        data={"parent": "42", "": "a field the schema's extra properties allow"},
        files={"file": ("plan.png", b"\x89PNG", "image/png")},
    )
    assert uploaded.status_code == 200, uploaded.text
    attachment = uploaded.json()["data"]
    assert attachment["parent"]["gid"] == "42"
    assert attachment["gid"] == "1", "no read names the id field: gid is one of the usual names"


def test_a_raw_binary_body_is_the_string_its_schema_describes(work: TestClient) -> None:
    for content in (b"\x89PNG\r\n\x1a\n\x00\xff", "plain text, é".encode()):
        stored = work.post("/uploads", content=content, headers={"Content-Type": "application/octet-stream"})
        assert stored.status_code == 201, stored.text


def test_a_multipart_part_for_an_object_holds_json(work: TestClient) -> None:
    upload = {"file": ("plan.png", b"\x89PNG", "image/png")}
    sent = work.post(
        "/attachments", data={"parent": "42", "attributes": '{"name": "plan.png"}'}, files=upload
    )
    assert sent.status_code == 200, sent.text
    refused = work.post("/attachments", data={"parent": "42", "attributes": "name=plan.png"}, files=upload)
    assert refused.status_code == 400 and "attributes" in refused.json()["errors"][0]["message"]


def test_an_error_document_that_lists_errors_carries_the_mocks_message(work: TestClient) -> None:
    missing = work.get("/tasks/999")
    assert missing.status_code == 404
    [error] = missing.json()["errors"]
    assert "999" in error["message"] and error["help"] == "see the guide"
    refused = work.post("/tasks", json={"data": {"name": 5}})
    assert refused.status_code == 400 and "name" in refused.json()["errors"][0]["message"]


def test_an_operation_read_wrongly_from_its_path_answers_from_the_spec_and_says_how_to_declare_it(
    work: TestClient, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """``GET /taxonomies/{namespace}`` looks like the read of one taxonomy but lists a namespace's,
    so items made to its shape do not fit what the create answers."""
    with caplog.at_level(logging.WARNING, logger="apikit.mock"):
        for name in ("Soil", "Rivers"):
            created = work.post("/taxonomies", json={"name": name})
            assert created.status_code == 201, created.text
            assert created.json() == {"id": "t-1", "name": "Geography"}, "the spec's example"
    [warning] = [r.getMessage() for r in caplog.records if "createTaxonomy" in r.getMessage()]
    assert "answers from the spec" in warning and "x-apikit-mock" in warning

    declared = SPEC.replace(
        "      operationId: listTaxonomiesOfNamespace\n",
        "      operationId: listTaxonomiesOfNamespace\n      x-apikit-mock: {action: static}\n",
    )
    fixed = client_of(declared, tmp_path / "declared")
    created = fixed.post("/taxonomies", json={"name": "Soil"})
    assert created.status_code == 201 and created.json() == {"id": "1", "name": "Soil"}, created.text
