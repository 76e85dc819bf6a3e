from http import HTTPStatus
from typing import Any, Literal

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.costs_is_timer import CostsIsTimer
from ...models.get_costs_total_result import GetCostsTotalResult
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    action: Literal["get_costs_total"] = "get_costs_total",
    id_project: str | Unset = UNSET,
    id_task: str | Unset = UNSET,
    datestart: str | Unset = UNSET,
    dateend: str | Unset = UNSET,
    is_timer: CostsIsTimer | Unset = UNSET,
    filter_: str | Unset = UNSET,
    extra: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["action"] = action

    params["id_project"] = id_project

    params["id_task"] = id_task

    params["datestart"] = datestart

    params["dateend"] = dateend

    json_is_timer: str | Unset = UNSET
    if not isinstance(is_timer, Unset):
        json_is_timer = is_timer.value

    params["is_timer"] = json_is_timer

    params["filter"] = filter_

    params["extra"] = extra

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/admin/v2/",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GetCostsTotalResult | None:
    if response.status_code == 200:
        response_200 = GetCostsTotalResult.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[GetCostsTotalResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["get_costs_total"] = "get_costs_total",
    id_project: str | Unset = UNSET,
    id_task: str | Unset = UNSET,
    datestart: str | Unset = UNSET,
    dateend: str | Unset = UNSET,
    is_timer: CostsIsTimer | Unset = UNSET,
    filter_: str | Unset = UNSET,
    extra: str | Unset = UNSET,
) -> Response[GetCostsTotalResult]:
    """Sum cost lines

     Returns the sum of time and money booked on the account, one project (`id_project`), several
    projects (`filter`) or one task (`id_task`), optionally narrowed by date (`datestart`, `dateend`,
    inclusive) and origin (`is_timer`). `extra=projects` adds, per project of the selection (every
    project when nothing selects one), its totals and its totals per month; adding `tasks` gives each
    task's and subtask's totals within its project, `tasks_top_level` each top-level task's totals
    with its subtasks' included. `tasks` and `tasks_top_level` only act together with `projects`;
    `projects` is ignored when `id_task` is given. Reads only.

    Without `extra` the answer has no `data`, only `total` (recorded). With `projects` it adds
    `projects`, an object keyed by project id, each with `tasks` keyed by task id when asked for.

    Failures: an unknown project, `status_code` 4; an unknown task, 5 (presumed, as for get_costs).

    Vendor-doc correction: the documentation's sample answers are not JSON (a trailing comma after
    `money`, elisions written `... ... ...`, trailing commas in `tasks`, and `"priority": "0..10"`);
    the service answers plain JSON with one priority value.

    Args:
        action (Literal['get_costs_total']):  Default: 'get_costs_total'.
        id_project (str | Unset): The id of a record as a request parameter, a string of digits
            (as the service returns ids).
        id_task (str | Unset): The id of a record as a request parameter, a string of digits (as
            the service returns ids).
        datestart (str | Unset): A calendar date as the service takes it in parameters,
            `DD.MM.YYYY`.
        dateend (str | Unset): A calendar date as the service takes it in parameters,
            `DD.MM.YYYY`.
        is_timer (CostsIsTimer | Unset): `1`: only cost lines whose time came from the timer; `0`:
            only lines entered by hand.
        filter_ (str | Unset): A project selection for get_costs_total: `project=ID`, `project in
            (ID, ID, ...)`, combined with
            `and`, `or` (lower case) and parentheses, e.g. `project=3301 or project in (3302, 3303)`.
            The
            pattern checks its words only.
        extra (str | Unset): Comma-separated list of `projects`, `tasks`, `tasks_top_level`
            (spaces around commas allowed).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetCostsTotalResult]
    """

    kwargs = _get_kwargs(
        action=action,
        id_project=id_project,
        id_task=id_task,
        datestart=datestart,
        dateend=dateend,
        is_timer=is_timer,
        filter_=filter_,
        extra=extra,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["get_costs_total"] = "get_costs_total",
    id_project: str | Unset = UNSET,
    id_task: str | Unset = UNSET,
    datestart: str | Unset = UNSET,
    dateend: str | Unset = UNSET,
    is_timer: CostsIsTimer | Unset = UNSET,
    filter_: str | Unset = UNSET,
    extra: str | Unset = UNSET,
) -> GetCostsTotalResult | None:
    """Sum cost lines

     Returns the sum of time and money booked on the account, one project (`id_project`), several
    projects (`filter`) or one task (`id_task`), optionally narrowed by date (`datestart`, `dateend`,
    inclusive) and origin (`is_timer`). `extra=projects` adds, per project of the selection (every
    project when nothing selects one), its totals and its totals per month; adding `tasks` gives each
    task's and subtask's totals within its project, `tasks_top_level` each top-level task's totals
    with its subtasks' included. `tasks` and `tasks_top_level` only act together with `projects`;
    `projects` is ignored when `id_task` is given. Reads only.

    Without `extra` the answer has no `data`, only `total` (recorded). With `projects` it adds
    `projects`, an object keyed by project id, each with `tasks` keyed by task id when asked for.

    Failures: an unknown project, `status_code` 4; an unknown task, 5 (presumed, as for get_costs).

    Vendor-doc correction: the documentation's sample answers are not JSON (a trailing comma after
    `money`, elisions written `... ... ...`, trailing commas in `tasks`, and `"priority": "0..10"`);
    the service answers plain JSON with one priority value.

    Args:
        action (Literal['get_costs_total']):  Default: 'get_costs_total'.
        id_project (str | Unset): The id of a record as a request parameter, a string of digits
            (as the service returns ids).
        id_task (str | Unset): The id of a record as a request parameter, a string of digits (as
            the service returns ids).
        datestart (str | Unset): A calendar date as the service takes it in parameters,
            `DD.MM.YYYY`.
        dateend (str | Unset): A calendar date as the service takes it in parameters,
            `DD.MM.YYYY`.
        is_timer (CostsIsTimer | Unset): `1`: only cost lines whose time came from the timer; `0`:
            only lines entered by hand.
        filter_ (str | Unset): A project selection for get_costs_total: `project=ID`, `project in
            (ID, ID, ...)`, combined with
            `and`, `or` (lower case) and parentheses, e.g. `project=3301 or project in (3302, 3303)`.
            The
            pattern checks its words only.
        extra (str | Unset): Comma-separated list of `projects`, `tasks`, `tasks_top_level`
            (spaces around commas allowed).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetCostsTotalResult
    """

    return sync_detailed(
        client=client,
        action=action,
        id_project=id_project,
        id_task=id_task,
        datestart=datestart,
        dateend=dateend,
        is_timer=is_timer,
        filter_=filter_,
        extra=extra,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["get_costs_total"] = "get_costs_total",
    id_project: str | Unset = UNSET,
    id_task: str | Unset = UNSET,
    datestart: str | Unset = UNSET,
    dateend: str | Unset = UNSET,
    is_timer: CostsIsTimer | Unset = UNSET,
    filter_: str | Unset = UNSET,
    extra: str | Unset = UNSET,
) -> Response[GetCostsTotalResult]:
    """Sum cost lines

     Returns the sum of time and money booked on the account, one project (`id_project`), several
    projects (`filter`) or one task (`id_task`), optionally narrowed by date (`datestart`, `dateend`,
    inclusive) and origin (`is_timer`). `extra=projects` adds, per project of the selection (every
    project when nothing selects one), its totals and its totals per month; adding `tasks` gives each
    task's and subtask's totals within its project, `tasks_top_level` each top-level task's totals
    with its subtasks' included. `tasks` and `tasks_top_level` only act together with `projects`;
    `projects` is ignored when `id_task` is given. Reads only.

    Without `extra` the answer has no `data`, only `total` (recorded). With `projects` it adds
    `projects`, an object keyed by project id, each with `tasks` keyed by task id when asked for.

    Failures: an unknown project, `status_code` 4; an unknown task, 5 (presumed, as for get_costs).

    Vendor-doc correction: the documentation's sample answers are not JSON (a trailing comma after
    `money`, elisions written `... ... ...`, trailing commas in `tasks`, and `"priority": "0..10"`);
    the service answers plain JSON with one priority value.

    Args:
        action (Literal['get_costs_total']):  Default: 'get_costs_total'.
        id_project (str | Unset): The id of a record as a request parameter, a string of digits
            (as the service returns ids).
        id_task (str | Unset): The id of a record as a request parameter, a string of digits (as
            the service returns ids).
        datestart (str | Unset): A calendar date as the service takes it in parameters,
            `DD.MM.YYYY`.
        dateend (str | Unset): A calendar date as the service takes it in parameters,
            `DD.MM.YYYY`.
        is_timer (CostsIsTimer | Unset): `1`: only cost lines whose time came from the timer; `0`:
            only lines entered by hand.
        filter_ (str | Unset): A project selection for get_costs_total: `project=ID`, `project in
            (ID, ID, ...)`, combined with
            `and`, `or` (lower case) and parentheses, e.g. `project=3301 or project in (3302, 3303)`.
            The
            pattern checks its words only.
        extra (str | Unset): Comma-separated list of `projects`, `tasks`, `tasks_top_level`
            (spaces around commas allowed).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetCostsTotalResult]
    """

    kwargs = _get_kwargs(
        action=action,
        id_project=id_project,
        id_task=id_task,
        datestart=datestart,
        dateend=dateend,
        is_timer=is_timer,
        filter_=filter_,
        extra=extra,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["get_costs_total"] = "get_costs_total",
    id_project: str | Unset = UNSET,
    id_task: str | Unset = UNSET,
    datestart: str | Unset = UNSET,
    dateend: str | Unset = UNSET,
    is_timer: CostsIsTimer | Unset = UNSET,
    filter_: str | Unset = UNSET,
    extra: str | Unset = UNSET,
) -> GetCostsTotalResult | None:
    """Sum cost lines

     Returns the sum of time and money booked on the account, one project (`id_project`), several
    projects (`filter`) or one task (`id_task`), optionally narrowed by date (`datestart`, `dateend`,
    inclusive) and origin (`is_timer`). `extra=projects` adds, per project of the selection (every
    project when nothing selects one), its totals and its totals per month; adding `tasks` gives each
    task's and subtask's totals within its project, `tasks_top_level` each top-level task's totals
    with its subtasks' included. `tasks` and `tasks_top_level` only act together with `projects`;
    `projects` is ignored when `id_task` is given. Reads only.

    Without `extra` the answer has no `data`, only `total` (recorded). With `projects` it adds
    `projects`, an object keyed by project id, each with `tasks` keyed by task id when asked for.

    Failures: an unknown project, `status_code` 4; an unknown task, 5 (presumed, as for get_costs).

    Vendor-doc correction: the documentation's sample answers are not JSON (a trailing comma after
    `money`, elisions written `... ... ...`, trailing commas in `tasks`, and `"priority": "0..10"`);
    the service answers plain JSON with one priority value.

    Args:
        action (Literal['get_costs_total']):  Default: 'get_costs_total'.
        id_project (str | Unset): The id of a record as a request parameter, a string of digits
            (as the service returns ids).
        id_task (str | Unset): The id of a record as a request parameter, a string of digits (as
            the service returns ids).
        datestart (str | Unset): A calendar date as the service takes it in parameters,
            `DD.MM.YYYY`.
        dateend (str | Unset): A calendar date as the service takes it in parameters,
            `DD.MM.YYYY`.
        is_timer (CostsIsTimer | Unset): `1`: only cost lines whose time came from the timer; `0`:
            only lines entered by hand.
        filter_ (str | Unset): A project selection for get_costs_total: `project=ID`, `project in
            (ID, ID, ...)`, combined with
            `and`, `or` (lower case) and parentheses, e.g. `project=3301 or project in (3302, 3303)`.
            The
            pattern checks its words only.
        extra (str | Unset): Comma-separated list of `projects`, `tasks`, `tasks_top_level`
            (spaces around commas allowed).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetCostsTotalResult
    """

    return (
        await asyncio_detailed(
            client=client,
            action=action,
            id_project=id_project,
            id_task=id_task,
            datestart=datestart,
            dateend=dateend,
            is_timer=is_timer,
            filter_=filter_,
            extra=extra,
        )
    ).parsed
