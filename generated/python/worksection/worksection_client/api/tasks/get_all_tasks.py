from http import HTTPStatus
from typing import Any, Literal

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_all_tasks_result import GetAllTasksResult
from ...models.task_active_filter import TaskActiveFilter
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    action: Literal["get_all_tasks"] = "get_all_tasks",
    filter_: TaskActiveFilter | Unset = UNSET,
    extra: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["action"] = action

    json_filter_: str | Unset = UNSET
    if not isinstance(filter_, Unset):
        json_filter_ = filter_.value

    params["filter"] = json_filter_

    params["extra"] = extra

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/admin/v2/",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GetAllTasksResult | None:
    if response.status_code == 200:
        response_200 = GetAllTasksResult.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[GetAllTasksResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["get_all_tasks"] = "get_all_tasks",
    filter_: TaskActiveFilter | Unset = UNSET,
    extra: str | Unset = UNSET,
) -> Response[GetAllTasksResult]:
    """List the tasks of every project

     Returns the tasks of all the account's projects, open and done, except tasks whose publication is
    delayed and, unless `extra` names `archive`, the tasks of archived projects. Subtasks are not listed
    at the top level: `extra=subtasks` nests them under their parent's `child` (two levels: subtask and
    sub-subtask). `filter=active` keeps open tasks only. Each task comes with its id, name, link, state,
    priority, author, assignee, project and creation time, plus its dates, estimates and tags when set;
    the description, files, newest comments and dependencies come when `extra` asks for them.

    The answer holds at most 10,000 tasks; beyond that the service refuses the call ("Too many tasks
    (10000 max)", code not documented). Recorded answers list the tasks in ascending id order.

    Args:
        action (Literal['get_all_tasks']):  Default: 'get_all_tasks'.
        filter_ (TaskActiveFilter | Unset): The only filter value, `active` (open tasks only).
        extra (str | Unset): Comma-separated list of `text` or `html` (not both), `files`,
            `comments`, `relations`, `subtasks`, `archive` (spaces around commas allowed).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetAllTasksResult]
    """

    kwargs = _get_kwargs(
        action=action,
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
    action: Literal["get_all_tasks"] = "get_all_tasks",
    filter_: TaskActiveFilter | Unset = UNSET,
    extra: str | Unset = UNSET,
) -> GetAllTasksResult | None:
    """List the tasks of every project

     Returns the tasks of all the account's projects, open and done, except tasks whose publication is
    delayed and, unless `extra` names `archive`, the tasks of archived projects. Subtasks are not listed
    at the top level: `extra=subtasks` nests them under their parent's `child` (two levels: subtask and
    sub-subtask). `filter=active` keeps open tasks only. Each task comes with its id, name, link, state,
    priority, author, assignee, project and creation time, plus its dates, estimates and tags when set;
    the description, files, newest comments and dependencies come when `extra` asks for them.

    The answer holds at most 10,000 tasks; beyond that the service refuses the call ("Too many tasks
    (10000 max)", code not documented). Recorded answers list the tasks in ascending id order.

    Args:
        action (Literal['get_all_tasks']):  Default: 'get_all_tasks'.
        filter_ (TaskActiveFilter | Unset): The only filter value, `active` (open tasks only).
        extra (str | Unset): Comma-separated list of `text` or `html` (not both), `files`,
            `comments`, `relations`, `subtasks`, `archive` (spaces around commas allowed).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetAllTasksResult
    """

    return sync_detailed(
        client=client,
        action=action,
        filter_=filter_,
        extra=extra,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["get_all_tasks"] = "get_all_tasks",
    filter_: TaskActiveFilter | Unset = UNSET,
    extra: str | Unset = UNSET,
) -> Response[GetAllTasksResult]:
    """List the tasks of every project

     Returns the tasks of all the account's projects, open and done, except tasks whose publication is
    delayed and, unless `extra` names `archive`, the tasks of archived projects. Subtasks are not listed
    at the top level: `extra=subtasks` nests them under their parent's `child` (two levels: subtask and
    sub-subtask). `filter=active` keeps open tasks only. Each task comes with its id, name, link, state,
    priority, author, assignee, project and creation time, plus its dates, estimates and tags when set;
    the description, files, newest comments and dependencies come when `extra` asks for them.

    The answer holds at most 10,000 tasks; beyond that the service refuses the call ("Too many tasks
    (10000 max)", code not documented). Recorded answers list the tasks in ascending id order.

    Args:
        action (Literal['get_all_tasks']):  Default: 'get_all_tasks'.
        filter_ (TaskActiveFilter | Unset): The only filter value, `active` (open tasks only).
        extra (str | Unset): Comma-separated list of `text` or `html` (not both), `files`,
            `comments`, `relations`, `subtasks`, `archive` (spaces around commas allowed).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetAllTasksResult]
    """

    kwargs = _get_kwargs(
        action=action,
        filter_=filter_,
        extra=extra,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["get_all_tasks"] = "get_all_tasks",
    filter_: TaskActiveFilter | Unset = UNSET,
    extra: str | Unset = UNSET,
) -> GetAllTasksResult | None:
    """List the tasks of every project

     Returns the tasks of all the account's projects, open and done, except tasks whose publication is
    delayed and, unless `extra` names `archive`, the tasks of archived projects. Subtasks are not listed
    at the top level: `extra=subtasks` nests them under their parent's `child` (two levels: subtask and
    sub-subtask). `filter=active` keeps open tasks only. Each task comes with its id, name, link, state,
    priority, author, assignee, project and creation time, plus its dates, estimates and tags when set;
    the description, files, newest comments and dependencies come when `extra` asks for them.

    The answer holds at most 10,000 tasks; beyond that the service refuses the call ("Too many tasks
    (10000 max)", code not documented). Recorded answers list the tasks in ascending id order.

    Args:
        action (Literal['get_all_tasks']):  Default: 'get_all_tasks'.
        filter_ (TaskActiveFilter | Unset): The only filter value, `active` (open tasks only).
        extra (str | Unset): Comma-separated list of `text` or `html` (not both), `files`,
            `comments`, `relations`, `subtasks`, `archive` (spaces around commas allowed).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetAllTasksResult
    """

    return (
        await asyncio_detailed(
            client=client,
            action=action,
            filter_=filter_,
            extra=extra,
        )
    ).parsed
