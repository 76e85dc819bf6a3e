"""The `apikit` command line: validate, build, docs, mock, verify."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar

import click

from apikit.build import build as run_build
from apikit.checks import validate_api
from apikit.generate import GenerateError
from apikit.load import LoadError
from apikit.overlay import OverlayError
from apikit.project import Project, ProjectError
from apikit.validate import SpecInvalid, errors_of

F = TypeVar("F", bound=Callable[..., Any])
EXPECTED_ERRORS = (LoadError, OverlayError, ProjectError, SpecInvalid, GenerateError)


def reports_errors(command: F) -> F:
    """Expected failures print as plain messages and exit 1, without a traceback."""

    @wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except expected_errors() as exc:
            click.secho(f"error: {exc}", fg="red", err=True)
            sys.exit(1)

    return wrapper  # type: ignore[return-value]


# Errors of stages imported only when used (docs loads the client generator's parser, mock the
# server): their modules and error classes by name.
LAZY_ERRORS = {
    "apikit.docs": "DocsError",
    "apikit.mock.engine": "MockSetupError",
    "apikit.mock.host": "HostSetupError",
    "apikit.mock.statefile": "StateFileError",
}


def expected_errors() -> tuple[type[Exception], ...]:
    loaded = [getattr(sys.modules[m], name) for m, name in LAZY_ERRORS.items() if m in sys.modules]
    return (*EXPECTED_ERRORS, *loaded)


@click.group()
@click.option(
    "--root",
    type=click.Path(file_okay=False, path_type=Path),
    help="Project folder (default: the nearest folder upwards holding specs/).",
)
@click.pass_context
def main(ctx: click.Context, root: Path | None) -> None:
    """apikit: specs, clients, mocks and conformance checks for project-management APIs."""
    ctx.obj = root


def _project(ctx: click.Context) -> Project:
    root = ctx.obj
    return Project(root.resolve()) if root else Project.find()


def _apis(project: Project, api: str | None) -> list[str]:
    if api is None:
        return project.api_names()
    project.spec_path(api)  # raises with the list of known APIs
    return [api]


@main.command()
@click.argument("api", required=False)
@click.pass_context
@reports_errors
def validate(ctx: click.Context, api: str | None) -> None:
    """Validate one API (or all): its spec against the OpenAPI 3.1 schema, the project's rules on the
    spec after its `all` overlays (at the severities set in pyproject.toml), and its overlay files.

    One line per problem, `file:line (pointer): severity [rule id]: what; fix`; exit 1 on an error."""
    project = _project(ctx)
    failed = 0
    for name in _apis(project, api):
        problems = validate_api(project, name)
        for problem in problems:
            click.echo(str(problem), err=True)
        errors = len(errors_of(problems))
        click.echo(f"{name}: {_verdict(errors, len(problems) - errors)}")
        failed += bool(errors)
    if failed:
        sys.exit(1)


def _verdict(errors: int, warnings: int) -> str:
    counted = ", ".join(
        f"{count} {kind}(s)" for count, kind in ((errors, "error"), (warnings, "warning")) if count
    )
    if errors:
        return click.style(counted, fg="red")
    return click.style("ok" + (f", {counted}" if counted else ""), fg="yellow" if warnings else "green")


@main.command()
@click.option("--api", "api", help="Build one API only.")
@click.option("--strict", is_flag=True, help="Treat overlay actions that match nothing as errors.")
@click.pass_context
@reports_errors
def build(ctx: click.Context, api: str | None, strict: bool) -> None:
    """The main job: validate specs, apply overlays, regenerate clients, build the docs site.

    Stops on an error (a spec, an overlay, a generator warning the project does not accept) before
    anything is replaced; shows the warnings and goes on."""
    project = _project(ctx)
    run_build(project, _apis(project, api), strict=strict, progress=click.echo)


@main.command()
@click.option("--api", "api", help="Rebuild one API's pages only; the others stay as they are.")
@click.option("--serve", is_flag=True, help="Serve the site on 127.0.0.1 afterwards (Ctrl+C to stop).")
@click.option("--port", default=8008, show_default=True, type=int, help="Port for --serve.")
@click.pass_context
@reports_errors
def docs(ctx: click.Context, api: str | None, serve: bool, port: int) -> None:
    """Build the static reference site in site/ from the specs (after docs overlays)."""
    from apikit.docs import build_site, serve_site

    project = _project(ctx)
    apis = _apis(project, api)
    site = build_site(project, apis, progress=click.echo)
    click.echo(f"docs      {', '.join(apis)} -> {site}")
    if serve:
        serve_site(site, port, progress=click.echo)


# The defaults of `apikit mock`'s limits are apikit.mock.server.Limits' own (and the engine's body
# limit), written out so that every command's start-up does not import the server; a test checks
# that they agree.
MOCK_LIMIT_DEFAULTS = {
    "max_head_bytes": 64 * 1024,
    "max_headers": 100,
    "max_body_bytes": 16 * 1024 * 1024,
    "head_timeout": 10.0,
    "idle_timeout": 5.0,
    "max_connections": 1000,
}
_POSITIVE = click.IntRange(min=1)
_SECONDS = click.FloatRange(min=0, min_open=True)


@main.command()
@click.argument("api", required=False)
@click.option("--all", "serve_all", is_flag=True, help="Serve every API of the project, each under /<api>.")
@click.option(
    "--seed",
    "seeds",
    multiple=True,
    metavar="[API=]FILE",
    help="YAML or JSON data the mock starts from and resets to (see the admin endpoint); "
    "under --all, API=FILE, repeated per API.",
)
@click.option(
    "--state",
    "state_path",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Keep the mocks' state in this SQLite file across restarts (created when missing).",
)
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=int)
@click.option(
    "--max-head-bytes",
    type=_POSITIVE,
    default=MOCK_LIMIT_DEFAULTS["max_head_bytes"],
    show_default=True,
    help="Largest request head (request line and header lines, every byte); more is answered 431.",
)
@click.option(
    "--max-headers",
    type=_POSITIVE,
    default=MOCK_LIMIT_DEFAULTS["max_headers"],
    show_default=True,
    help="Most header lines in one request; more are answered 431.",
)
@click.option(
    "--max-body-bytes",
    type=_POSITIVE,
    default=MOCK_LIMIT_DEFAULTS["max_body_bytes"],
    show_default=True,
    help="Largest request body; a larger one is refused with the API's 400.",
)
@click.option(
    "--head-timeout",
    type=_SECONDS,
    default=MOCK_LIMIT_DEFAULTS["head_timeout"],
    show_default=True,
    help="Seconds from a request head's first byte to its end; a slower one is answered 408.",
)
@click.option(
    "--idle-timeout",
    type=_SECONDS,
    default=MOCK_LIMIT_DEFAULTS["idle_timeout"],
    show_default=True,
    help="Seconds after which a connection with nothing coming in is closed.",
)
@click.option(
    "--max-connections",
    type=_POSITIVE,
    default=MOCK_LIMIT_DEFAULTS["max_connections"],
    show_default=True,
    help="Connections open at once; one more is answered 503 and closed.",
)
@click.option(
    "--webhook-host",
    "webhook_hosts",
    multiple=True,
    metavar="HOST",
    help="A host the mocks may deliver webhooks to besides loopback addresses (repeat for more).",
)
@click.pass_context
@reports_errors
def mock(
    ctx: click.Context,
    api: str | None,
    serve_all: bool,
    seeds: tuple[str, ...],
    state_path: Path | None,
    host: str,
    port: int,
    max_head_bytes: int,
    max_headers: int,
    max_body_bytes: int,
    head_timeout: float,
    idle_timeout: float,
    max_connections: int,
    webhook_hosts: tuple[str, ...],
) -> None:
    """Serve API's mock server (or every API's with --all): stateful, in memory unless --state.

    Its state is read, replaced and reset through the admin endpoint under /__apikit."""
    from apikit.mock import create_host
    from apikit.mock.host import ADMIN_PREFIX
    from apikit.mock.server import Limits, serve
    from apikit.mock.webhooks import WEBHOOK_HOSTS_VARIABLE

    if webhook_hosts:
        # Through the environment, which every mock that delivers webhooks reads, so that one option
        # reaches them all under --all and the mocks without webhooks are not handed an option.
        listed = [os.environ.get(WEBHOOK_HOSTS_VARIABLE, ""), *webhook_hosts]
        os.environ[WEBHOOK_HOSTS_VARIABLE] = ",".join(name for name in listed if name)
    if (api is None) == (not serve_all):
        raise click.UsageError("name one API, or give --all for every API of the project")
    project = _project(ctx)
    apis = project.api_names() if serve_all else [str(api)]
    limits = Limits(
        max_head_bytes=max_head_bytes,
        max_headers=max_headers,
        # One byte more reaches the app than it accepts, so it sees a body is too large and
        # refuses it in the API's own error format.
        max_body_bytes=max_body_bytes + 1,
        head_timeout_seconds=head_timeout,
        keep_alive_seconds=idle_timeout,
        max_connections=max_connections,
    )
    mock_host = create_host(
        apis,
        project,
        each_under_its_name=serve_all,
        seeds=_seed_files(seeds, apis),
        state_path=state_path,
        max_body_bytes=max_body_bytes,
    )
    for mounted in mock_host.mounted.values():
        app = mounted.app
        click.echo(f"{mounted.name} mock on http://{host}:{port}{mounted.prefix}  (Ctrl+C to stop)")
        click.echo(f"  behaviour: {app.state.behaviour_source}")
        for hint in getattr(app.state.behaviour, "credential_hints", list)():
            click.echo(f"  credentials: {hint}")
    click.echo(
        f"admin: http://{host}:{port}{ADMIN_PREFIX}" + (f"  (state in {state_path})" if state_path else "")
    )
    serve(mock_host, host=host, port=port, limits=limits)


def _seed_files(options: tuple[str, ...], apis: list[str]) -> dict[str, Path]:
    """``--seed`` values by API: ``API=FILE``, or a bare ``FILE`` when only one API is served."""
    seeds: dict[str, Path] = {}
    for option in options:
        name, sep, file = option.partition("=")
        if not sep and len(apis) == 1:
            name, file = apis[0], option
        elif not sep or name not in apis:
            raise click.BadParameter(
                f"{option!r}: give API=FILE with API one of {', '.join(apis)}", param_hint="--seed"
            )
        if name in seeds:
            raise click.BadParameter(f"two seed files for {name}", param_hint="--seed")
        seeds[name] = Path(file)
    return seeds


@main.command()
@click.argument("api")
@click.option("--base-url", required=True, help="Server to check: a running mock or the live service.")
@click.option(
    "--max-examples", default=25, show_default=True, type=int, help="Generated cases per operation."
)
@click.option("--phases", default=None, help="Comma list of schemathesis phases (default: all).")
@click.option("--auth", default=None, metavar="USER:PASSWORD", help="HTTP Basic credentials.")
@click.option("--bearer", default=None, metavar="TOKEN", help="A Bearer token (HTTP bearer auth).")
@click.option(
    "--api-key",
    "api_keys",
    multiple=True,
    metavar="[SCHEME=]VALUE",
    help="An API key, sent where the spec's apiKey scheme says (header, query or cookie); "
    "SCHEME= names the scheme when the spec has several. May be repeated.",
)
@click.option(
    "--header",
    "-H",
    "headers",
    multiple=True,
    metavar="'NAME: VALUE'",
    help="A header for every call; may be repeated.",
)
@click.option("--include-operation-id", multiple=True, metavar="ID", help="Run this operation (repeatable).")
@click.option("--exclude-operation-id", multiple=True, metavar="ID", help="Skip this operation (repeatable).")
@click.option("--include-tag", multiple=True, metavar="TAG", help="Run operations tagged so (repeatable).")
@click.option("--exclude-tag", multiple=True, metavar="TAG", help="Skip operations tagged so (repeatable).")
@click.option(
    "--include-path",
    multiple=True,
    metavar="REGEX",
    help="Run the operations whose path (as the spec writes it) this regular expression finds, "
    "e.g. '^/contacts'; repeatable.",
)
@click.option(
    "--exclude-path",
    multiple=True,
    metavar="REGEX",
    help="Skip the operations whose path it finds (repeatable).",
)
@click.option(
    "--rate",
    default=None,
    metavar="N/s|N/m",
    help="Send at most N requests per second (or minute). 429 answers are waited out and sent again "
    "in any case (Retry-After, X-RateLimit-Reset, RateLimit-Reset; at most 60 s per wait).",
)
@click.option(
    "--max-time",
    type=int,
    default=None,
    metavar="SECONDS",
    help="Stop the run after SECONDS (0: never). Without it, a server that announces a rate limit of "
    "under 100 requests a second gets a 600 s run, which sends only part of the cases.",
)
@click.option(
    "--junit-xml",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    metavar="FILE",
    help="Write a JUnit XML report to FILE.",
)
@click.pass_context
@reports_errors
def verify(
    ctx: click.Context,
    api: str,
    base_url: str,
    max_examples: int,
    phases: str | None,
    auth: str | None,
    bearer: str | None,
    api_keys: tuple[str, ...],
    headers: tuple[str, ...],
    include_operation_id: tuple[str, ...],
    exclude_operation_id: tuple[str, ...],
    include_tag: tuple[str, ...],
    exclude_tag: tuple[str, ...],
    include_path: tuple[str, ...],
    exclude_path: tuple[str, ...],
    rate: str | None,
    max_time: int | None,
    junit_xml: Path | None,
) -> None:
    """Hold a server to API's spec with schemathesis (all checks, negative data, stateful links).

    An API with a verify plugin signs in by itself; for any other, give its credentials with --auth,
    --bearer, --api-key or --header. Credentials never show in the output."""
    from apikit.verify import run_verify
    from apikit.verify.credentials import GivenCredentials
    from apikit.verify.selection import OperationFilters
    from apikit.verify.usage import VerifyUsageError

    credentials = GivenCredentials(auth, bearer, api_keys, headers)
    filters = OperationFilters(
        include_operation_id, include_tag, include_path, exclude_operation_id, exclude_tag, exclude_path
    )
    options = frozenset(option for param in ctx.command.params for option in param.opts)
    try:
        code = run_verify(
            _project(ctx),
            api,
            base_url,
            max_examples=max_examples,
            phases=phases,
            credentials=credentials,
            filters=filters,
            rate=rate,
            max_time=max_time,
            junit_xml=junit_xml,
            verify_options=options | {"--help"},
        )
    except VerifyUsageError as error:
        raise click.BadParameter(error.message, param_hint=f"'{error.option}'") from None
    sys.exit(code)
