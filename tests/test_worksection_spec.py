"""The Worksection spec against its sources: the vendor's list of actions (tests/data/worksection/
surface.yaml), the get_projects page (inventory.yaml), every recorded sample, the md5 rule."""

from __future__ import annotations

import copy
import hashlib
import json
import re
from collections.abc import Iterator, Mapping
from typing import Any

import pytest
from click.testing import CliRunner

from apikit.cli import main
from apikit.load import load_document
from apikit.mock import response_schema
from apikit.mock.worksection import query_hash_is_valid, split_signed_query
from apikit.project import Project
from apikit.spec import Operation, SchemaValidator, iter_operations, resolve, schema_validator
from tests.support import DATA, ROOT, inventory, recorded_samples

ADMIN_WIRE_PATH = "/api/admin/v2/"
USER_WIRE_PATH = "/api/oauth2"

# One erratum per slip of the get_projects page.
SEED_SLIP_ERRATA = {
    "worksection-project-date-format",  # 1. em-dash dates
    "worksection-get-projects-extra-name",  # 2. "extraadditional"
    "worksection-get-projects-sample-json",  # 3. 0..1 and ... ... ... in the sample
    "worksection-project-page-field",  # 4. page in the sample, not in the list
    "worksection-project-tags-sample",  # 4. tags in the list, not in the sample
    "worksection-get-projects-filter-archive",  # 5. archived vs archive
    "worksection-project-status-values",  # 6. status values not listed
    "worksection-get-projects-request-line",  # 7. no URL, hash or method shown
    "worksection-project-id-type",  # 8. string ids, numeric estimates and flags
}


@pytest.fixture(scope="module")
def spec(project: Project) -> dict[str, Any]:
    return load_document(project.spec_path("worksection")).document


@pytest.fixture(scope="module")
def operations(spec: dict[str, Any]) -> dict[str, Operation]:
    return {op.operation_id: op for op in iter_operations(spec)}


def answer_schema(spec: Mapping[str, Any], op: Operation) -> Any:
    return response_schema(spec, op, 200, "application/json")


def validator_for(spec: Mapping[str, Any], schema: Any) -> SchemaValidator:
    return schema_validator(spec, schema)


def component(spec: Mapping[str, Any], name: str) -> Mapping[str, Any]:
    schema: Mapping[str, Any] = spec["components"]["schemas"][name]
    return schema


# --- the document as a whole ------------------------------------------------------------------------------


def test_apikit_validate_accepts_the_spec() -> None:
    result = CliRunner().invoke(main, ["--root", str(ROOT), "validate", "worksection"])
    assert result.exit_code == 0, result.output
    assert "worksection: ok" in result.output


def surface() -> tuple[set[str], set[str]]:
    """The admin and user-token actions the vendor's own clients list (tests/data/worksection)."""
    data = load_document(DATA / "worksection" / "surface.yaml").document
    return {a for family in data["admin"].values() for a in family}, set(data["user_token"])


def camel(action: str) -> str:
    first, *rest = action.split("_")
    return first + "".join(word.title() for word in rest)


def test_the_spec_has_every_action_the_vendors_clients_list(operations: dict[str, Operation]) -> None:
    admin, user_token = surface()
    assert (len(admin), len(user_token)) == (58, 5)
    described = {op.rpc.value for op in operations.values() if op.rpc is not None}
    assert described == admin | user_token
    assert all(op.rpc is not None for op in operations.values())


def test_each_action_is_its_own_operation_in_each_request_form(
    spec: dict[str, Any], operations: dict[str, Operation]
) -> None:
    """GET with the query (camelCase id) and POST with a JSON body (``...Json``), one URL per kind of
    caller; upload_files is one multipart POST."""
    admin, user_token = surface()
    for action in sorted(admin | user_token):
        wire = ADMIN_WIRE_PATH if action in admin else USER_WIRE_PATH
        forms = {op.method: op for op in operations.values() if op.rpc and op.rpc.value == action}
        expected = (
            {"post": camel(action)}
            if action == "upload_files"
            else {
                "get": camel(action),
                "post": camel(action) + "Json",
            }
        )
        assert {method: op.operation_id for method, op in forms.items()} == expected, action
        for op in forms.values():
            assert (op.path, op.wire_path) == (f"{wire}#{action}", wire)
            assert op.definition["x-rpc"] == {"selector": {"in": "query", "name": "action", "value": action}}
            selector = resolve(spec, op.parameter("action"))
            assert selector["required"] is True
            assert selector["schema"] == {"type": "string", "const": action, "default": action}
        if "post" in forms and action != "upload_files":
            assert "application/json" in forms["post"].definition["requestBody"]["content"], action
    assert spec["servers"][0]["url"] == "https://{account}.worksection.com"
    assert "account" in spec["servers"][0]["variables"]


def test_user_token_actions_ask_for_an_oauth_token_not_the_admin_key(
    spec: dict[str, Any], operations: dict[str, Operation]
) -> None:
    _, user_token = surface()
    flows = spec["components"]["securitySchemes"]["UserOAuth"]["flows"]["authorizationCode"]
    assert {"authorizationUrl", "tokenUrl", "refreshUrl"} <= set(flows)
    for op in operations.values():
        schemes = {
            name for requirement in op.definition.get("security", spec["security"]) for name in requirement
        }
        if op.rpc is not None and op.rpc.value in user_token:
            assert schemes == {"UserOAuth", "MyAccessToken"}, op.operation_id
            assert "401" in op.definition["responses"], op.operation_id
        else:
            assert schemes == {"ActionHash", "AdminHmac"}, op.operation_id


def test_errors_on_http_200_are_declared(spec: dict[str, Any], operations: dict[str, Operation]) -> None:
    assert spec["x-error-envelope"] == {
        "property": "status",
        "value": "error",
        "message": "message",
        "code": "status_code",
    }
    envelope = {"$ref": "#/components/schemas/ErrorEnvelope"}
    for op in operations.values():
        content = resolve(spec, op.definition["responses"]["200"])["content"]
        json_answer = content["application/json"]["schema"]
        if op.rpc is not None and op.rpc.value == "download":  # bytes on success, JSON only for a refusal
            assert json_answer == envelope
            assert {"application/x-download", "application/octet-stream"} <= set(content)
            continue
        branches = resolve(spec, json_answer)["oneOf"]
        assert envelope in branches and len(branches) == 2, op.operation_id


def test_security_offers_the_md5_hash_or_the_hmac_header(spec: dict[str, Any]) -> None:
    schemes = spec["components"]["securitySchemes"]
    assert spec["security"] == [{"ActionHash": []}, {"AdminHmac": []}]
    assert {k: schemes["ActionHash"][k] for k in ("type", "in", "name")} == {
        "type": "apiKey",
        "in": "query",
        "name": "hash",
    }
    assert {k: schemes["AdminHmac"][k] for k in ("type", "in", "name")} == {
        "type": "apiKey",
        "in": "header",
        "name": "Authorization",
    }
    assert "Admin <unix_time>_" in schemes["AdminHmac"]["description"]


def test_extra_is_one_comma_joined_string(spec: dict[str, Any]) -> None:
    """The generated client sends `extra` as one string, so it must not be an exploded array."""
    extra = resolve(spec, spec["components"]["parameters"]["ProjectExtra"])
    schema = resolve(spec, extra["schema"])
    assert schema["type"] == "string"
    check = validator_for(spec, schema)
    for accepted in ("text", "html", "text,options,users", "text, options, users", "users,html"):
        assert check.is_valid(accepted), accepted
    for refused in ("", "text,", ",text", "texts", "text;users", "TEXT", "custom_fields"):
        assert not check.is_valid(refused), refused


DESCRIPTION_EXTRAS = ("ProjectExtra", "GetAllTasksExtra", "GetTasksExtra", "GetTaskExtra", "SearchTasksExtra")


@pytest.mark.parametrize("name", [*DESCRIPTION_EXTRAS, "PostTaskExtra"])
def test_extra_names_at_most_one_description_format(spec: dict[str, Any], name: str) -> None:
    """`text` and `html` are the two forms of the one `text` field: a list names one of them or neither."""
    check = validator_for(spec, component(spec, name))
    for accepted in ("text", "html", " html ", "text,text"):
        assert check.is_valid(accepted), accepted
    for refused in ("text,html", "html,text", "html, text", " text , html", "html,html,text"):
        assert not check.is_valid(refused), refused
    if name != "PostTaskExtra":
        other = "files" if name != "ProjectExtra" else "users"
        assert check.is_valid(f"{other},html")
        assert not check.is_valid(f"text,{other},html")


def test_the_one_description_format_rests_on_evidence(spec: dict[str, Any]) -> None:
    evidence = component(spec, "ProjectExtra")["x-evidence"]
    assert evidence["confidence"] in ("high", "medium") and "text or html" in evidence["source"]
    assert any("`text` and `html`" in q for q in spec["info"]["x-open-questions"])


@pytest.mark.parametrize("action", ["post_project", "update_project"])
def test_writing_a_project_takes_only_the_documented_extra(
    spec: dict[str, Any], operations: dict[str, Operation], action: str
) -> None:
    """The vendor documents `options` alone for post_project and update_project."""
    for op in operations_of(operations, action):
        if op.method == "get":
            check = validator_for(spec, resolve(spec, op.parameter("extra"))["schema"])
        else:
            body = op.definition["requestBody"]["content"]["application/json"]["schema"]
            check = validator_for(spec, resolve(spec, body)["properties"]["extra"])
        assert check.is_valid("options"), op.operation_id
        for refused in ("text", "html", "users", "options,users", "text,options"):
            assert not check.is_valid(refused), (op.operation_id, refused)
    assert (
        "options"
        in resolve(spec, spec["components"]["parameters"]["ProjectWriteExtra"])["x-evidence"]["source"]
    )


def test_filter_takes_the_words_the_status_shows(spec: dict[str, Any]) -> None:
    """The service reads `archive`, the `status` of an archived project; the page's `archived` is an
    erratum."""
    states = component(spec, "ProjectFilter")["enum"]
    assert states == ["active", "pending", "archive"]
    assert component(spec, "Project")["properties"]["status"]["enum"] == states
    filter_param = spec["components"]["parameters"]["ProjectFilter"]
    check = validator_for(spec, filter_param["schema"])
    assert check.is_valid("archive") and not check.is_valid("archived")
    (erratum,) = filter_param["x-errata"]
    assert erratum["id"] == "worksection-get-projects-filter-archive"
    assert "archived" in erratum["documented"] and "`archive`" in erratum["actual"]
    assert "Postman" in erratum["evidence"] and erratum["confidence"] == "medium"
    assert not validator_for(spec, component(spec, "GetProjectsParameters")).is_valid({"filter": "archived"})


# --- errata and open questions ----------------------------------------------------------------------------


def errata_holders(node: Any, pointer: str = "") -> Iterator[tuple[str, Mapping[str, Any]]]:
    if isinstance(node, Mapping):
        if node.get("x-errata"):
            yield pointer, node
        for key, value in node.items():
            yield from errata_holders(value, f"{pointer}/{key}")
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from errata_holders(item, f"{pointer}/{index}")


def test_every_page_slip_is_an_erratum_also_told_in_the_description(spec: dict[str, Any]) -> None:
    ids = []
    for pointer, holder in errata_holders(spec):
        assert "Vendor-doc correction:" in str(holder.get("description", "")), pointer
        for entry in holder["x-errata"]:
            assert {"id", "documented", "actual", "evidence", "confidence"} <= set(entry), pointer
            assert entry["confidence"] in ("high", "medium", "low"), pointer
            ids.append(entry["id"])
    assert len(ids) == len(set(ids)), "erratum ids must be unique"
    assert set(ids) >= SEED_SLIP_ERRATA
    assert all(i.startswith("worksection-") for i in ids)


def test_open_questions_cover_the_unsettled_facts(spec: dict[str, Any]) -> None:
    questions = " ".join(spec["info"]["x-open-questions"])
    for topic in ("status_code", "Rate limit", "HMAC", "archive", "custom_fields", "Time zone", "decoded"):
        assert topic in questions, topic


# --- the get_projects page ----------------------------------------------------------------------------


def get_projects_page() -> dict[str, Any]:
    """What the vendor's get_projects page documents."""
    (page,) = (a for a in inventory("worksection")["actions"] if a["action"] == "get_projects")
    return dict(page)


def test_every_field_the_page_lists_is_in_the_project_schema(spec: dict[str, Any]) -> None:
    names = get_projects_page()["returned_fields"]
    assert len(names) >= 30  # 16 project fields and 14 option flags
    project = component(spec, "Project")["properties"]
    options = component(spec, "ProjectOptions")
    flags = [name.removeprefix("options.") for name in names if name.startswith("options.")]
    fields = [name for name in names if not name.startswith("options.")]
    assert [name for name in fields if name not in project] == []
    assert sorted(flags) == sorted(options["properties"]) == sorted(options["required"])


def test_the_pages_filter_and_extra_values_are_accepted_or_corrected(spec: dict[str, Any]) -> None:
    """Every value the page lists is accepted, or an erratum of the parameter says why not."""
    parameters = get_projects_page()["parameters"]
    refused = set(parameters["filter"]["values"]) - set(component(spec, "ProjectFilter")["enum"])
    corrections = " ".join(
        e["documented"] for e in spec["components"]["parameters"]["ProjectFilter"]["x-errata"]
    )
    assert refused == {"archived"}
    assert all(value in corrections for value in refused)
    check = validator_for(spec, component(spec, "ProjectExtra"))
    assert check.is_valid(parameters["extra"]["example"])
    for word in parameters["extra"]["values"]:
        assert check.is_valid(word), word


PAGE_PLACEHOLDERS = {
    # the em-dash date artefact, and the PHP date letters filled in with a real moment
    '"YYYY—MM—DD HH:II"': '"2021-01-04 09:30"',
    '"YYYY—MM—DD"': '"2021-01-04"',
    # placeholder tokens where the schema wants digits or an e-mail address
    '"PROJECT_ID_1"': '"1001"',
    '"PROJECT_ID_2"': '"1002"',
    '"/project/PROJECT_ID/"': '"/project/1001/"',
    '"USER_ID"': '"7"',
    '"USER_EMAIL"': '"user@example.com"',
}


def page_sample_answer() -> dict[str, Any]:
    """The page's sample answer (kept with its ``0..1`` flags as 0 and its elision left out) with the
    elided rest of the second project filled with the first project's other fields (that is what the
    elision stands for), and em-dash dates and placeholder tokens replaced."""
    raw = json.dumps(get_projects_page()["sample_answer"], ensure_ascii=False)
    for placeholder, value in PAGE_PLACEHOLDERS.items():
        raw = raw.replace(placeholder, value)
    answer: dict[str, Any] = json.loads(raw)
    first, second = answer["data"]
    assert set(second) == {"id", "name"}, "the page's second project is no longer cut short"
    answer["data"][1] = {**first, **second, "page": f"/project/{second['id']}/"}
    return answer


def test_the_pages_sample_answer_validates_once_its_placeholders_are_stripped(
    spec: dict[str, Any], operations: dict[str, Operation]
) -> None:
    answer = page_sample_answer()
    for op in operations_of(operations, "get_projects"):
        validator_for(spec, answer_schema(spec, op)).validate(answer)
    validator_for(spec, component(spec, "GetProjectsResult")).validate(answer)
    assert list(undeclared_keys(spec, answer, component(spec, "GetProjectsResult"))) == []


def test_the_pages_sample_answer_is_refused_as_printed(spec: dict[str, Any]) -> None:
    """The fixes above are what it takes: with em-dash dates the answer does not validate."""
    answer = page_sample_answer()
    answer["data"][0]["date_added"] = "2021—01—04 09:30"
    assert not validator_for(spec, component(spec, "GetProjectsResult")).is_valid(answer)


# --- recorded samples -------------------------------------------------------------------------------------


def samples(action: str | None = "get_projects") -> list[tuple[str, dict[str, Any]]]:
    return [
        (name, sample)
        for name, sample in recorded_samples("worksection")
        if action is None or sample["operation"].get("action") == action
    ]


def undeclared_keys(spec: Mapping[str, Any], body: Any, schema: Any, where: str = "") -> Iterator[str]:
    """Keys of a body that its schema does not declare (following refs, arrays and oneOf branches)."""
    schema = resolve(spec, schema)
    if "oneOf" in schema and isinstance(body, Mapping):
        branches = [b for b in schema["oneOf"] if schema_validator(spec, b).is_valid(body)]
        yield from undeclared_keys(spec, body, branches[0] if branches else schema["oneOf"][-1], where)
        return
    if isinstance(body, list):
        for index, item in enumerate(body):
            yield from undeclared_keys(spec, item, schema.get("items", {}), f"{where}/{index}")
        return
    if not isinstance(body, Mapping) or "properties" not in schema:
        return
    for key, value in body.items():
        if key not in schema["properties"]:
            yield f"{where}/{key}"
        else:
            yield from undeclared_keys(spec, value, schema["properties"][key], f"{where}/{key}")


def test_every_get_projects_answer_sample_validates(
    spec: dict[str, Any], operations: dict[str, Operation]
) -> None:
    answers = [(name, s) for name, s in samples() if s["kind"] == "response"]
    assert len(answers) == 4, [name for name, _ in answers]
    for name, sample in answers:
        if name in QUOTED_SAMPLES:
            continue  # see test_a_refused_sample_is_quoted_by_an_erratum_and_lacks_only_what_it_names
        assert sample["http_status"] in (200, None), name
        for op in operations_of(operations, "get_projects"):
            errors = list(validator_for(spec, answer_schema(spec, op)).iter_errors(sample["body"]))
            assert errors == [], f"{name}: {errors[0].message if errors else ''}"
        assert (
            list(undeclared_keys(spec, sample["body"], answer_schema(spec, operations["getProjects"]))) == []
        ), name


def test_every_get_projects_request_sample_fits_the_parameters(
    spec: dict[str, Any], operations: dict[str, Operation]
) -> None:
    requests = [(name, s) for name, s in samples() if s["kind"] == "request"]
    assert len(requests) == 1
    body_schema = validator_for(spec, component(spec, "GetProjectsParameters"))
    for name, sample in requests:
        for op in operations_of(operations, "get_projects"):
            for key, value in sample["body"].items():
                param = op.parameter(key)
                assert param is not None, f"{name}: {key} is not a query parameter of {op.operation_id}"
                validator_for(spec, resolve(spec, param)["schema"]).validate(value)
        body_schema.validate(sample["body"])  # the same parameters as the 2026 clients' JSON body


def operations_of(operations: Mapping[str, Operation], action: str) -> list[Operation]:
    return [op for op in operations.values() if op.rpc is not None and op.rpc.value == action]


def test_every_recorded_answer_fits_each_operation_of_its_action(
    spec: dict[str, Any], operations: dict[str, Operation]
) -> None:
    """All recorded answers, successes and refusals, of every action: none is left out but those an
    erratum quotes (checked below)."""
    answers = [(n, s) for n, s in samples(None) if s["kind"] == "response"]
    assert len(answers) == 102, len(answers)
    accepted = [(n, s) for n, s in answers if n not in QUOTED_SAMPLES]
    assert len(accepted) == 99
    for name, sample in accepted:
        ops = operations_of(operations, sample["operation"]["action"])
        assert ops, f"{name}: the spec has no operation for {sample['operation']['action']}"
        for op in ops:
            schema = answer_schema(spec, op)
            errors = list(validator_for(spec, schema).iter_errors(sample["body"]))
            assert errors == [], f"{name} against {op.operation_id}: {errors[0].message if errors else ''}"
            assert list(undeclared_keys(spec, sample["body"], schema)) == [], f"{name}, {op.operation_id}"


def test_every_recorded_request_fits_the_query_form_of_its_action(
    spec: dict[str, Any], operations: dict[str, Operation]
) -> None:
    """Recorded calls carry every parameter in the query, as strings: known names, required ones
    present, each value valid."""
    requests = [(n, s) for n, s in samples(None) if s["kind"] == "request"]
    assert len(requests) == 19, len(requests)
    for name, sample in requests:
        (query_form,) = [
            op for op in operations_of(operations, sample["operation"]["action"]) if op.method == "get"
        ]
        declared = {resolve(spec, p)["name"]: resolve(spec, p) for p in query_form.definition["parameters"]}
        assert set(sample["body"]) <= set(declared), f"{name}: {set(sample['body']) - set(declared)}"
        missing = {n for n, p in declared.items() if p.get("required") and n != "action"} - set(
            sample["body"]
        )
        assert missing == set(), f"{name}: required {missing} not sent"
        for key, value in sample["body"].items():
            validator_for(spec, declared[key]["schema"]).validate(value)


# Recorded answers the spec refuses, each quoted by an erratum: file -> (schema holding the erratum, its
# id, and the fields the sample lacks, by the schema that requires them).
QUOTED_SAMPLES: dict[str, tuple[str, str, dict[str, set[str]]]] = {
    "002-get-projects-sdk-readme.json": (
        "Project",
        "worksection-project-sdk-readme-trimmed",
        {"Project": {"user_to", "date_added"}},
    ),
    "003-get-projects-ruby-gem-readme-v05.json": (
        "Project",
        "worksection-project-legacy-v05-output",
        {"Project": {"id", "date_added"}, "ProjectUser": {"id"}},
    ),
    "121-get-all-tasks-ruby-gem-readme-v05.json": (
        "Task",
        "worksection-task-legacy-v05-output",
        {"Task": {"id", "project"}, "ProjectUser": {"id"}},
    ),
}


def without_required(spec: Mapping[str, Any], lacking: Mapping[str, set[str]]) -> dict[str, Any]:
    """A copy of the spec in which the named fields of the named schemas are optional."""
    relaxed = copy.deepcopy(dict(spec))
    for name, fields in lacking.items():
        schema = relaxed["components"]["schemas"][name]
        schema["required"] = [field for field in schema["required"] if field not in fields]
    return relaxed


@pytest.mark.parametrize("name", sorted(QUOTED_SAMPLES))
def test_a_refused_sample_is_quoted_by_an_erratum_and_lacks_only_what_it_names(
    spec: dict[str, Any], operations: dict[str, Operation], name: str
) -> None:
    """Refused as recorded, accepted once just the fields its erratum names are optional; the erratum
    names the sample's source and each of those fields."""
    holder, erratum_id, lacking = QUOTED_SAMPLES[name]
    sample = dict(samples(None))[name]
    assert sample["fidelity"] in ("B", "C", "D") and sample["kind"] == "response", name
    (erratum,) = [e for e in component(spec, holder)["x-errata"] if e["id"] == erratum_id]
    source_repository = "/".join(sample["source"].split("/")[:2])
    assert source_repository in erratum["documented"], erratum_id
    assert all(f"`{field}`" in erratum["documented"] for fields in lacking.values() for field in fields)
    relaxed = without_required(spec, lacking)
    for op in operations_of(operations, sample["operation"]["action"]):
        assert not validator_for(spec, answer_schema(spec, op)).is_valid(sample["body"]), op.operation_id
        errors = list(validator_for(relaxed, answer_schema(relaxed, op)).iter_errors(sample["body"]))
        assert errors == [], f"{name} against {op.operation_id}: {errors[0].message if errors else ''}"
        assert list(undeclared_keys(relaxed, sample["body"], answer_schema(relaxed, op))) == [], (
            op.operation_id
        )
    for smaller in ({k: v - {f} for k, v in lacking.items()} for f in set().union(*lacking.values())):
        # each named field is needed for the refusal: relaxing all but one still refuses
        op = operations_of(operations, sample["operation"]["action"])[0]
        still = without_required(spec, smaller)
        assert not validator_for(still, answer_schema(still, op)).is_valid(sample["body"]), smaller


def test_fields_the_service_always_sends_are_required(spec: dict[str, Any]) -> None:
    """id, user_to and date_added of a project, and a full task's id, author, assignee, project and
    creation time, come in every v2 answer."""
    assert {"id", "user_to", "date_added"} <= set(component(spec, "Project")["required"])
    assert {"id", "user_from", "user_to", "project", "date_added"} <= set(component(spec, "Task")["required"])
    assert "id" in component(spec, "ProjectUser")["required"]
    (_, recorded) = samples()[0]
    project = recorded["body"]["data"][0]
    check = validator_for(spec, component(spec, "GetProjectsResult"))
    assert check.is_valid(recorded["body"])
    for field in ("id", "user_to", "date_added"):
        trimmed = {key: value for key, value in project.items() if key != field}
        assert not check.is_valid({"status": "ok", "data": [trimmed]}), field
    nameless = {**project, "user_from": {k: v for k, v in project["user_from"].items() if k != "id"}}
    assert not check.is_valid({"status": "ok", "data": [nameless]})


def test_every_member_carries_a_rate(spec: dict[str, Any]) -> None:
    """add_user without a rate was answered with one: the rate is always there, not only when set."""
    (_, invited) = samples("add_user")[0]
    (_, listed) = samples("get_users")[0]
    assert "add_user" in invited["notes"] and "rate" not in invited["notes"].split("Recorded request:")[1]
    assert "rate" in component(spec, "User")["required"]
    check = validator_for(spec, component(spec, "User"))
    for member in [invited["body"]["data"], *listed["body"]["data"]]:
        assert check.is_valid(member)
        assert not check.is_valid({key: value for key, value in member.items() if key != "rate"})


def test_get_task_lists_subtasks_as_short_entries_and_the_lists_in_full(spec: dict[str, Any]) -> None:
    (_, get_task) = samples("get_task")[0]
    (_, get_tasks) = samples("get_tasks")[0]
    short = get_task["body"]["data"]["child"][0]
    full = next(task["child"][0] for task in get_tasks["body"]["data"] if "child" in task)
    child = validator_for(spec, component(spec, "TaskChild"))
    assert child.is_valid(short) and child.is_valid(full)
    assert validator_for(spec, component(spec, "TaskShortEntry")).is_valid(short)
    assert not validator_for(spec, component(spec, "Task")).is_valid(short)
    assert not validator_for(spec, component(spec, "TaskShortEntry")).is_valid(full)
    assert not child.is_valid({**short, "user_from": full["user_from"]})  # neither short nor full


def test_every_recorded_error_envelope_of_any_action_fits_error_envelope(spec: dict[str, Any]) -> None:
    """The envelope is the same for every action, so all 41 recorded ones must fit it."""
    envelopes = [(n, s) for n, s in samples(None) if s["body"].get("status") == "error"]
    assert len(envelopes) == 41
    check = validator_for(spec, component(spec, "ErrorEnvelope"))
    for name, sample in envelopes:
        assert sample["http_status"] in (200, None), name
        check.validate(sample["body"])
        assert list(undeclared_keys(spec, sample["body"], component(spec, "ErrorEnvelope"))) == [], name


def test_no_manager_and_a_real_manager_are_told_apart(spec: dict[str, Any]) -> None:
    user_to = component(spec, "Project")["properties"]["user_to"]
    nobody = {"id": "0", "email": "NOONE", "name": "Manager isn't assigned"}
    somebody = {"id": "3993", "email": "henry.gardner@example.com", "name": "Henry Gardner"}
    assert schema_validator(spec, user_to).is_valid(nobody)
    assert schema_validator(spec, user_to).is_valid(somebody)
    assert schema_validator(spec, component(spec, "NoManager")).is_valid(nobody)
    assert not schema_validator(spec, component(spec, "ProjectUser")).is_valid(nobody)
    assert not schema_validator(spec, component(spec, "NoManager")).is_valid(somebody)


def test_dates_are_patterns_not_rfc3339(spec: dict[str, Any]) -> None:
    minutes = validator_for(spec, component(spec, "DateTimeMinutes"))
    day = validator_for(spec, component(spec, "DateOnly"))
    assert minutes.is_valid("2021-01-01 10:18")
    assert day.is_valid("2021-07-01")
    for refused in ("2021-01-01T10:18", "2021-01-01 10:18:00", "2021—01—01 10:18", "2021-13-01 10:18"):
        assert not minutes.is_valid(refused), refused
    for refused in ("2021-01-01 10:18", "01.07.2021", "2021-7-1"):
        assert not day.is_valid(refused), refused


# --- the md5 rule -----------------------------------------------------------------------------------------

WORKED_EXAMPLE = re.compile(
    r"the query `(?P<query>[^`]+)`\s+and the key `(?P<key>[0-9a-f]{32})`"
    r".*?which is\s+`(?P<hash>[0-9a-f]{32})`",
    re.DOTALL,
)


def worked_example(spec: Mapping[str, Any]) -> tuple[str, str, str]:
    match = WORKED_EXAMPLE.search(spec["components"]["securitySchemes"]["ActionHash"]["description"])
    assert match is not None, "the ActionHash description no longer carries the worked example"
    return match["query"], match["key"], match["hash"]


def test_the_worked_md5_example_follows_from_the_documented_rule(spec: dict[str, Any]) -> None:
    query, key, published = worked_example(spec)
    assert (query, key, published) == (
        "action=get_tasks&id_project=26",
        "7776461cd931e7b1c8e9632ff8e979ce",
        "ec3ab2c28f21b4a07424f8ed688d6644",
    )
    # the rule: lowercase hex md5 of the query string without `hash`, with the API key appended
    assert hashlib.md5((query + key).encode()).hexdigest() == published


def test_the_mocks_verifier_accepts_the_worked_example(spec: dict[str, Any]) -> None:
    query, key, published = worked_example(spec)
    sent = f"{query}&hash={published}".encode()
    assert split_signed_query(sent) == (query.encode(), [published.encode()])
    assert query_hash_is_valid(sent, key)
    assert query_hash_is_valid(f"hash={published}&{query}".encode(), key)  # where `hash` sits is free
    assert not query_hash_is_valid(sent, key[:-1] + "0")
    assert not query_hash_is_valid(sent.replace(b"26", b"27"), key)
    assert not query_hash_is_valid(b"id_project=26&action=get_tasks&hash=" + published.encode(), key)
    assert not query_hash_is_valid(query.encode(), key)
