"""Rules as policy: severities a project sets per API, rules that hold the spec after its `all`
overlays (so a vendor's spec can be fixed in an overlay), `apikit validate` on overlay files, and the
openapi-python-client warnings a project accepts."""

from __future__ import annotations

import copy
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

from apikit.build import load_valid_spec
from apikit.checks import validate_api
from apikit.cli import main
from apikit.generate import describe_generator_warning
from apikit.policy import PolicyError, accepted_warnings, accepting_entry, client_languages, rule_severities
from apikit.project import Project
from apikit.validate import RULE_IDS, RULES, SpecInvalid
from tests.support import DATA
from tests.test_validate import GOOD

PETSTORE = DATA / "specs" / "petstore-expanded"


def project_with(root: Path, specs: dict[str, dict[str, Any]], config: str = "") -> Project:
    """A project of these specs (by API name), with ``config`` as its pyproject.toml."""
    for api, document in specs.items():
        (root / "specs" / api).mkdir(parents=True)
        (root / "specs" / api / "openapi.yaml").write_text(yaml.safe_dump(document, sort_keys=False))
    if config:
        (root / "pyproject.toml").write_text(config, encoding="utf-8")
    return Project(root)


def without_summary() -> dict[str, Any]:
    document = copy.deepcopy(GOOD)
    del document["paths"]["/things"]["get"]["summary"]
    return document


def write_overlay(project: Project, api: str, name: str, actions: Any, **top: Any) -> Path:
    path = project.overlays_dir / api / name
    path.parent.mkdir(parents=True, exist_ok=True)
    overlay = {"overlay": "1.1.0", "info": {"title": "t", "version": "1"}, "actions": actions, **top}
    path.write_text(yaml.safe_dump(overlay, sort_keys=False), encoding="utf-8")
    return path


def line_of(path: Path, text: str, after: int = 0) -> int:
    """The number of the first line of ``path`` after line ``after`` that holds ``text``."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(number for number, line in enumerate(lines, 1) if number > after and text in line)


def validate(project: Project, *api: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["--root", str(project.root), "validate", *api])
    return result.exit_code, result.output


# --- severities ---------------------------------------------------------------------------------------


def test_every_rule_has_an_id_and_the_documentation_rules_only_warn_by_default() -> None:
    assert len(set(RULE_IDS)) == len(RULES) and all(re.fullmatch(r"[a-z]+(-[a-z]+)*", i) for i in RULE_IDS)
    warning = {rule.id for rule in RULES if rule.default == "warning"}
    assert warning == {
        "operation-summary",
        "operation-description",
        "operation-tags",
        "error-response",
        "typed-properties",
    }
    assert all(rule.default == "error" for rule in RULES if rule.id not in warning)


def test_a_warning_shows_its_rule_and_severity_and_validate_exits_0(tmp_path: Path) -> None:
    project = project_with(tmp_path, {"things": without_summary()})
    code, output = validate(project)
    assert code == 0, output
    assert re.search(
        r"openapi\.yaml:\d+ \(/paths/~1things/get\): warning \[operation-summary\]: operation thingsList "
        r"has no summary; add a summary\n",
        output,
    ), output
    assert "things: ok, 1 warning(s)" in output


def test_severities_for_every_api_and_one_api(tmp_path: Path) -> None:
    config = """
[tool.apikit.rules]
operation-summary = "error"

[tool.apikit.rules.relaxed]
operation-summary = "off"
"""
    project = project_with(tmp_path, {"strict": without_summary(), "relaxed": without_summary()}, config)
    assert rule_severities(project, "strict")["operation-summary"] == "error"
    assert rule_severities(project, "relaxed")["operation-summary"] == "off"
    assert rule_severities(project, "relaxed")["operation-tags"] == "warning", "a default stays"
    code, output = validate(project, "strict")
    assert code == 1 and "error [operation-summary]" in output and "strict: 1 error(s)" in output
    code, output = validate(project, "relaxed")
    assert code == 0 and "relaxed: ok\n" in output and "summary" not in output
    with pytest.raises(SpecInvalid, match=r"error \[operation-summary\]"):
        load_valid_spec(project, "strict")
    assert load_valid_spec(project, "relaxed")


def test_a_rule_set_to_warning_lets_the_build_go_on(tmp_path: Path) -> None:
    document = copy.deepcopy(GOOD)
    document["components"]["schemas"]["Thing"]["examples"] = [{"id": "one"}]
    project = project_with(tmp_path, {"things": document})
    with pytest.raises(SpecInvalid, match=r"error \[valid-examples\]") as refused:
        load_valid_spec(project, "things")
    hint = str(refused.value).splitlines()[-1]
    assert hint.startswith("valid-examples: a project rule, not OpenAPI."), "the way on is named"
    assert "overlays/<api>/all.yaml" in hint and "[tool.apikit.rules]" in hint
    project.config_path.write_text('[tool.apikit.rules]\nvalid-examples = "warning"\n', encoding="utf-8")
    heard: list[str] = []
    load_valid_spec(project, "things", progress=heard.append)
    assert next(line for line in heard if "[valid-examples]" in line).startswith("warning   ")


@pytest.mark.parametrize(
    ("config", "expected"),
    [
        (
            '[tool.apikit.rules]\noperation-sumary = "off"\n',
            r"tool\.apikit\.rules\.operation-sumary: no rule has the id 'operation-sumary'; the rule ids are "
            r"operation-id, unique-operation-ids, operation-summary",
        ),
        (
            '[tool.apikit.rules.things]\noperation-tags = "fatal"\n',
            r"tool\.apikit\.rules\.things\.operation-tags = 'fatal': not a severity; use one of \"error\", "
            r"\"warning\", \"off\"",
        ),
        ('[tool.apikit.rules]\nopenapi-schema = "off"\n', "the OpenAPI schema check is not a rule"),
        ('[tool.apikit.rules.thinsg]\noperation-tags = "off"\n', r"no API is called 'thinsg' \(APIs of this"),
        (
            '[tool.apikit.rules]\noperation-tags = {things = "off"}\n',
            "is a table; a rule's setting is one of",
        ),
        (
            '[tool.apikit.generate.things]\naccept = ["x"]\n',
            "tool.apikit.generate.things.accept: apikit knows",
        ),
        ('[tool.apikit.generate]\naccept-warnings = "GET /x"\n', "must be a list of non-empty strings"),
        ('[tool.apikit.generate]\nlanguages = ["python", "rust"]\n', r"give a list of one or more of"),
        ("[tool.apikit.generate.things]\nlanguages = []\n", r"generate.things.languages = \[\]"),
    ],
)
def test_a_setting_apikit_does_not_know_is_an_error_naming_file_and_key(
    tmp_path: Path, config: str, expected: str
) -> None:
    project = project_with(tmp_path, {"things": GOOD}, config)
    with pytest.raises(PolicyError, match=expected) as caught:
        rule_severities(project, "things")
        accepted_warnings(project, "things")
        client_languages(project, "things")
    assert str(caught.value).startswith(f"{tmp_path / 'pyproject.toml'}: ")
    code, output = validate(project)
    assert code == 1 and "pyproject.toml" in output


def test_the_bundled_apis_are_held_to_every_rule_as_an_error(project: Project) -> None:
    """This project's pyproject.toml makes every rule an error for its own APIs, and they keep them."""
    for api in project.api_names():
        assert set(rule_severities(project, api).values()) == {"error"}, api
        assert validate_api(project, api) == [], api


def test_a_spec_dropped_beside_the_bundled_apis_gets_the_default_severities(
    project: Project, tmp_path: Path
) -> None:
    """The strict tables name the four APIs, so the OAI petstore (no summaries, no tags) validates
    with warnings in this very project, as "Mocking your own API" promises."""
    shutil.copy(project.config_path, tmp_path / "pyproject.toml")
    for api in project.api_names():
        shutil.copytree(project.specs_dir / api, tmp_path / "specs" / api)
    shutil.copytree(DATA / "specs" / "petstore-expanded", tmp_path / "specs" / "petstore")
    copy = Project(tmp_path)
    assert rule_severities(copy, "petstore") == {rule.id: rule.default for rule in RULES}
    problems = validate_api(copy, "petstore")
    assert problems and {problem.severity for problem in problems} == {"warning"}, problems


# --- rules on the spec after its `all` overlays ------------------------------------------------------------


def test_a_rule_fixed_by_an_all_overlay_passes(tmp_path: Path) -> None:
    project = project_with(
        tmp_path, {"things": without_summary()}, '[tool.apikit.rules]\noperation-summary = "error"\n'
    )
    assert validate(project)[0] == 1
    write_overlay(
        project, "things", "all.yaml", [{"target": "$.paths['/things'].get", "update": {"summary": "List"}}]
    )
    code, output = validate(project)
    assert code == 0 and "things: ok\n" in output, output
    assert "summary" not in load_valid_spec(project, "things")["paths"]["/things"]["get"], (
        "the spec as written"
    )


def test_the_rules_see_all_overlays_only(tmp_path: Path) -> None:
    """A python-client overlay does not fix the spec every output reads."""
    project = project_with(tmp_path, {"things": without_summary()})
    write_overlay(
        project,
        "things",
        "python-client.yaml",
        [{"target": "$.paths['/things'].get", "update": {"summary": "x"}}],
    )
    assert "warning [operation-summary]" in validate(project)[1]


def test_a_problem_an_overlay_made_is_placed_in_the_overlay(tmp_path: Path) -> None:
    project = project_with(tmp_path, {"things": GOOD})
    overlay = write_overlay(
        project,
        "things",
        "all.yaml",
        [{"target": "$.components.schemas.Thing", "update": {"examples": [{"id": "one"}]}}],
    )
    code, output = validate(project)
    assert code == 1
    line = next(line for line in output.splitlines() if "[valid-examples]" in line)
    assert line.startswith(f"{overlay}:"), line
    assert "(/components/schemas/Thing/examples/1)" in line
    lines = overlay.read_text().splitlines()
    number = int(line.split(":")[1].split(" ")[0])
    assert "examples" in lines[number - 1] or "id: one" in lines[number - 1], (number, lines)


def test_a_problem_inside_what_an_overlay_changed_is_placed_in_the_spec_after_the_overlay(
    tmp_path: Path,
) -> None:
    """The overlay emptied the description, targeting it: the operation the problem is about is
    where the spec has it, and the message says an overlay changed it."""
    project = project_with(tmp_path, {"things": GOOD})
    overlay = write_overlay(
        project, "things", "all.yaml", [{"target": "$.paths['/things'].get.description", "update": ""}]
    )
    spec = project.spec_path("things")
    line = next(line for line in validate(project)[1].splitlines() if "[operation-description]" in line)
    assert line.startswith(
        f"{spec}:{line_of(spec, 'get:')} (/paths/~1things/get) after {overlay}: warning"
    ), line


def test_an_overlay_that_breaks_the_document_fails(tmp_path: Path) -> None:
    project = project_with(tmp_path, {"things": GOOD})
    overlay = write_overlay(
        project,
        "things",
        "all.yaml",
        [{"target": "$.paths['/things'].get", "update": {"responses": {"418": {"content": {}}}}}],
    )
    code, output = validate(project)
    assert code == 1
    where = f"{overlay}:{line_of(overlay, '418')} (/paths/~1things/get/responses/418)"
    assert f'{where}: error [openapi-schema]: "description" is a required property' in output, output
    with pytest.raises(SpecInvalid, match=re.escape(str(overlay))):
        load_valid_spec(project, "things")
    result = CliRunner().invoke(main, ["--root", str(project.root), "build"])
    assert result.exit_code == 1 and "error [openapi-schema]" in result.output
    assert "project rule" not in result.output, "no setting turns OpenAPI's own errors into warnings"
    assert not project.clients_dir.exists(), "nothing was written"


def test_a_users_spec_as_published_builds_with_warnings(tmp_path: Path) -> None:
    """The OAI petstore has no summaries and no tags: warnings, not errors, by default."""
    shutil.copytree(PETSTORE, tmp_path / "specs" / "petstore")
    project = Project(tmp_path)
    problems = validate_api(project, "petstore")
    assert problems and {p.severity for p in problems} == {"warning"}
    assert {p.rule for p in problems} == {"operation-summary", "operation-tags"}
    assert validate(project)[0] == 0


# --- apikit validate on overlay files -------------------------------------------------------------------


def test_validate_reports_an_invalid_jsonpath_at_its_line(tmp_path: Path) -> None:
    project = project_with(tmp_path, {"things": GOOD})
    path = write_overlay(
        project, "things", "python-client.yaml", [{"target": "$.paths[?@.x ==", "update": {}}]
    )
    code, output = validate(project)
    assert code == 1
    line = next(line for line in output.splitlines() if "invalid JSONPath" in line)
    where = f"{path}:{line_of(path, 'target:')} (/actions/0/target)"
    assert line.startswith(f"{where}: error [overlay]: invalid JSONPath: unclosed bracketed selection"), line


def test_validate_reports_a_file_that_is_not_an_overlay(tmp_path: Path) -> None:
    project = project_with(tmp_path, {"things": GOOD})
    path = project.overlays_dir / "things" / "docs.yaml"
    path.parent.mkdir(parents=True)
    path.write_text("info: {title: t, version: '1'}\nactions:\n  - target: $.info\n    updat: {}\n")
    code, output = validate(project)
    assert code == 1
    assert f'{path}:1 (/): error [overlay]: missing required property "overlay"' in output
    assert f'{path}:4 (/actions/0/updat): error [overlay]: unknown property "updat"' not in output, (
        "one at a time"
    )
    path.write_text(
        "overlay: 1.1.0\ninfo: {title: t, version: '1'}\nactions:\n  - target: $.info\n    updat: {}\n"
    )
    assert f'{path}:5 (/actions/0/updat): error [overlay]: unknown property "updat"' in validate(project)[1]
    path.write_text("overlay: [1.1.0\n")
    assert re.search(rf"{re.escape(str(path))}:\d+: error \[overlay\]: invalid YAML", validate(project)[1])


def test_validate_warns_about_a_target_that_matches_nothing(tmp_path: Path) -> None:
    project = project_with(tmp_path, {"things": GOOD})
    path = write_overlay(
        project,
        "things",
        "all.yaml",
        [{"target": "$.info", "update": {"x-a": 1}}, {"target": "$.paths['/nowhere']", "update": {"x-b": 1}}],
    )
    code, output = validate(project)
    assert code == 0, output
    assert (
        f"{path}:{line_of(path, 'nowhere')} (/actions/1/target): warning [overlay-action]: the target "
        "matches no node, so the action changed nothing; fix the action or drop it"
    ) in output
    assert output.count("matches no node") == 1


def test_an_overlay_that_cannot_apply_is_placed_at_its_action(tmp_path: Path) -> None:
    project = project_with(tmp_path, {"things": GOOD})
    path = write_overlay(project, "things", "all.yaml", [{"target": "$.info", "update": [1]}])
    code, output = validate(project)
    assert code == 1
    where = f"{path}:{line_of(path, 'target:')} (/actions/0)"
    assert f"{where}: error [overlay]: $['info'] is an object but the update value is an array" in output


# --- generator warnings -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "detail", "line"),
    [
        (
            "WARNING parsing GET /things within default. Endpoint will not be generated.",
            "cannot parse parameter of endpoint list_things:\n  Could not find reference",
            "GET /things: endpoint left out of the client (cannot parse parameter of endpoint list_things: "
            "Could not find reference)",
        ),
        (
            "WARNING parsing POST /a/{id} within one/two.",
            "Cannot parse response for status code 200, response will be omitted from generated client",
            "POST /a/{id}: Cannot parse response for status code 200, response will be omitted from "
            "generated client",
        ),
        (
            "Unable to parse schema /components/schemas/Mode",
            "Enum values must all be the same type",
            "schema /components/schemas/Mode: left out of the client (Enum values must all be the same type)",
        ),
        ("\nUnable to process schema Pet:", "", "schema Pet: left out of the client"),
        ("Skipping Integration", "ruff is not in PATH", "Skipping Integration: ruff is not in PATH"),
    ],
)
def test_a_generator_warning_is_one_line_starting_with_what_it_is_about(
    header: str, detail: str, line: str
) -> None:
    assert describe_generator_warning(header, detail) == line


def test_an_entry_accepts_the_warnings_it_occurs_in_with_star_for_anything() -> None:
    warning = "GET /pets/{id}: endpoint left out of the client (x)"
    assert accepting_entry(warning, ["POST /pets", "GET /pets/{id}:"]) == "GET /pets/{id}:"
    assert accepting_entry(warning, ["GET /pets:"]) is None
    assert accepting_entry(warning, ["GET /pets*: endpoint left out"]) == "GET /pets*: endpoint left out"
    assert accepting_entry(warning, ["get /pets"]) is None, "case counts"
    assert accepting_entry(warning, ["(x)"]) == "(x)", "no character but * is special"


# --- client languages ---------------------------------------------------------------------------------


def test_clients_are_python_unless_the_project_asks_for_typescript_for_all_or_one_api(tmp_path: Path) -> None:
    assert client_languages(project_with(tmp_path / "plain", {"things": GOOD}), "things") == ("python",)
    config = (
        '[tool.apikit.generate]\nlanguages = ["typescript", "python"]\n'
        '[tool.apikit.generate.stuff]\nlanguages = ["python"]\n'
    )
    project = project_with(tmp_path / "both", {"things": GOOD, "stuff": GOOD}, config)
    assert client_languages(project, "things") == ("python", "typescript")
    assert client_languages(project, "stuff") == ("python",)
