from http import HTTPStatus
from typing import Any, Literal

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_tasks_result import GetTasksResult
from ...models.task_active_filter import TaskActiveFilter
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    action: Literal["get_tasks"] = "get_tasks",
    id_project: str,
    filter_: TaskActiveFilter | Unset = UNSET,
    extra: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["action"] = action

    params["id_project"] = id_project

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


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GetTasksResult | None:
    if response.status_code == 200:
        response_200 = GetTasksResult.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[GetTasksResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["get_tasks"] = "get_tasks",
    id_project: str,
    filter_: TaskActiveFilter | Unset = UNSET,
    extra: str | Unset = UNSET,
) -> Response[GetTasksResult]:
    """List the tasks of one project

     Returns the tasks of one project, open and done, except tasks whose publication is delayed.
    Subtasks appear only nested under their parent's `child`, with `extra=subtasks` (two levels);
    `filter=active` keeps open tasks only. The fields are those of `get_all_tasks`, and `extra` can also
    ask for each task's subscribers. An unknown project is refused with code 4 (`Project is invalid`).
    Recorded answers list the tasks in ascending id order; at most 10,000 tasks are returned.

    Args:
        action (Literal['get_tasks']):  Default: 'get_tasks'.
        id_project (str): The id of a record as a request parameter, a string of digits (as the
            service returns ids).
        filter_ (TaskActiveFilter | Unset): The only filter value, `active` (open tasks only).
        extra (str | Unset): Comma-separated list of `text` or `html` (not both), `files`,
            `comments`, `relations`, `subtasks`, `subscribers` (spaces around commas allowed).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetTasksResult]
    """

    kwargs = _get_kwargs(
        action=action,
        id_project=id_project,
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
    action: Literal["get_tasks"] = "get_tasks",
    id_project: str,
    filter_: TaskActiveFilter | Unset = UNSET,
    extra: str | Unset = UNSET,
) -> GetTasksResult | None:
    """List the tasks of one project

     Returns the tasks of one project, open and done, except tasks whose publication is delayed.
    Subtasks appear only nested under their parent's `child`, with `extra=subtasks` (two levels);
    `filter=active` keeps open tasks only. The fields are those of `get_all_tasks`, and `extra` can also
    ask for each task's subscribers. An unknown project is refused with code 4 (`Project is invalid`).
    Recorded answers list the tasks in ascending id order; at most 10,000 tasks are returned.

    Args:
        action (Literal['get_tasks']):  Default: 'get_tasks'.
        id_project (str): The id of a record as a request parameter, a string of digits (as the
            service returns ids).
        filter_ (TaskActiveFilter | Unset): The only filter value, `active` (open tasks only).
        extra (str | Unset): Comma-separated list of `text` or `html` (not both), `files`,
            `comments`, `relations`, `subtasks`, `subscribers` (spaces around commas allowed).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetTasksResult
    """

    return sync_detailed(
        client=client,
        action=action,
        id_project=id_project,
        filter_=filter_,
        extra=extra,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["get_tasks"] = "get_tasks",
    id_project: str,
    filter_: TaskActiveFilter | Unset = UNSET,
    extra: str | Unset = UNSET,
) -> Response[GetTasksResult]:
    """List the tasks of one project

     Returns the tasks of one project, open and done, except tasks whose publication is delayed.
    Subtasks appear only nested under their parent's `child`, with `extra=subtasks` (two levels);
    `filter=active` keeps open tasks only. The fields are those of `get_all_tasks`, and `extra` can also
    ask for each task's subscribers. An unknown project is refused with code 4 (`Project is invalid`).
    Recorded answers list the tasks in ascending id order; at most 10,000 tasks are returned.

    Args:
        action (Literal['get_tasks']):  Default: 'get_tasks'.
        id_project (str): The id of a record as a request parameter, a string of digits (as the
            service returns ids).
        filter_ (TaskActiveFilter | Unset): The only filter value, `active` (open tasks only).
        extra (str | Unset): Comma-separated list of `text` or `html` (not both), `files`,
            `comments`, `relations`, `subtasks`, `subscribers` (spaces around commas allowed).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetTasksResult]
    """

    kwargs = _get_kwargs(
        action=action,
        id_project=id_project,
        filter_=filter_,
        extra=extra,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["get_tasks"] = "get_tasks",
    id_project: str,
    filter_: TaskActiveFilter | Unset = UNSET,
    extra: str | Unset = UNSET,
) -> GetTasksResult | None:
    """List the tasks of one project

     Returns the tasks of one project, open and done, except tasks whose publication is delayed.
    Subtasks appear only nested under their parent's `child`, with `extra=subtasks` (two levels);
    `filter=active` keeps open tasks only. The fields are those of `get_all_tasks`, and `extra` can also
    ask for each task's subscribers. An unknown project is refused with code 4 (`Project is invalid`).
    Recorded answers list the tasks in ascending id order; at most 10,000 tasks are returned.

    Args:
        action (Literal['get_tasks']):  Default: 'get_tasks'.
        id_project (str): The id of a record as a request parameter, a string of digits (as the
            service returns ids).
        filter_ (TaskActiveFilter | Unset): The only filter value, `active` (open tasks only).
        extra (str | Unset): Comma-separated list of `text` or `html` (not both), `files`,
            `comments`, `relations`, `subtasks`, `subscribers` (spaces around commas allowed).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetTasksResult
    """

    return (
        await asyncio_detailed(
            client=client,
            action=action,
            id_project=id_project,
            filter_=filter_,
            extra=extra,
        )
    ).parsed
