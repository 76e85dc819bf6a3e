from http import HTTPStatus
from typing import Any, Literal

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_task_result import GetTaskResult
from ...models.task_active_filter import TaskActiveFilter
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    action: Literal["get_task"] = "get_task",
    id_task: str,
    filter_: TaskActiveFilter | Unset = UNSET,
    extra: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["action"] = action

    params["id_task"] = id_task

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


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GetTaskResult | None:
    if response.status_code == 200:
        response_200 = GetTaskResult.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[GetTaskResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["get_task"] = "get_task",
    id_task: str,
    filter_: TaskActiveFilter | Unset = UNSET,
    extra: str | Unset = UNSET,
) -> Response[GetTaskResult]:
    """Get one task

     Returns one task or subtask, open or done (not one whose publication is delayed), with the same
    fields as the list calls, plus `parent` for a subtask. `extra=subtasks` lists its subtasks under
    `child`; unlike the list calls, these entries are short (id, name, link, state, priority and their
    own `child`). `filter=active` keeps only open subtasks there. An unknown task is refused with code 5
    (`Task is invalid`).

    Args:
        action (Literal['get_task']):  Default: 'get_task'.
        id_task (str): The id of a record as a request parameter, a string of digits (as the
            service returns ids).
        filter_ (TaskActiveFilter | Unset): The only filter value, `active` (open tasks only).
        extra (str | Unset): Comma-separated list of `text` or `html` (not both), `files`,
            `comments`, `relations`, `subtasks`, `subscribers`, `custom_fields` (spaces around commas
            allowed).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetTaskResult]
    """

    kwargs = _get_kwargs(
        action=action,
        id_task=id_task,
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
    action: Literal["get_task"] = "get_task",
    id_task: str,
    filter_: TaskActiveFilter | Unset = UNSET,
    extra: str | Unset = UNSET,
) -> GetTaskResult | None:
    """Get one task

     Returns one task or subtask, open or done (not one whose publication is delayed), with the same
    fields as the list calls, plus `parent` for a subtask. `extra=subtasks` lists its subtasks under
    `child`; unlike the list calls, these entries are short (id, name, link, state, priority and their
    own `child`). `filter=active` keeps only open subtasks there. An unknown task is refused with code 5
    (`Task is invalid`).

    Args:
        action (Literal['get_task']):  Default: 'get_task'.
        id_task (str): The id of a record as a request parameter, a string of digits (as the
            service returns ids).
        filter_ (TaskActiveFilter | Unset): The only filter value, `active` (open tasks only).
        extra (str | Unset): Comma-separated list of `text` or `html` (not both), `files`,
            `comments`, `relations`, `subtasks`, `subscribers`, `custom_fields` (spaces around commas
            allowed).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetTaskResult
    """

    return sync_detailed(
        client=client,
        action=action,
        id_task=id_task,
        filter_=filter_,
        extra=extra,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["get_task"] = "get_task",
    id_task: str,
    filter_: TaskActiveFilter | Unset = UNSET,
    extra: str | Unset = UNSET,
) -> Response[GetTaskResult]:
    """Get one task

     Returns one task or subtask, open or done (not one whose publication is delayed), with the same
    fields as the list calls, plus `parent` for a subtask. `extra=subtasks` lists its subtasks under
    `child`; unlike the list calls, these entries are short (id, name, link, state, priority and their
    own `child`). `filter=active` keeps only open subtasks there. An unknown task is refused with code 5
    (`Task is invalid`).

    Args:
        action (Literal['get_task']):  Default: 'get_task'.
        id_task (str): The id of a record as a request parameter, a string of digits (as the
            service returns ids).
        filter_ (TaskActiveFilter | Unset): The only filter value, `active` (open tasks only).
        extra (str | Unset): Comma-separated list of `text` or `html` (not both), `files`,
            `comments`, `relations`, `subtasks`, `subscribers`, `custom_fields` (spaces around commas
            allowed).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetTaskResult]
    """

    kwargs = _get_kwargs(
        action=action,
        id_task=id_task,
        filter_=filter_,
        extra=extra,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["get_task"] = "get_task",
    id_task: str,
    filter_: TaskActiveFilter | Unset = UNSET,
    extra: str | Unset = UNSET,
) -> GetTaskResult | None:
    """Get one task

     Returns one task or subtask, open or done (not one whose publication is delayed), with the same
    fields as the list calls, plus `parent` for a subtask. `extra=subtasks` lists its subtasks under
    `child`; unlike the list calls, these entries are short (id, name, link, state, priority and their
    own `child`). `filter=active` keeps only open subtasks there. An unknown task is refused with code 5
    (`Task is invalid`).

    Args:
        action (Literal['get_task']):  Default: 'get_task'.
        id_task (str): The id of a record as a request parameter, a string of digits (as the
            service returns ids).
        filter_ (TaskActiveFilter | Unset): The only filter value, `active` (open tasks only).
        extra (str | Unset): Comma-separated list of `text` or `html` (not both), `files`,
            `comments`, `relations`, `subtasks`, `subscribers`, `custom_fields` (spaces around commas
            allowed).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetTaskResult
    """

    return (
        await asyncio_detailed(
            client=client,
            action=action,
            id_task=id_task,
            filter_=filter_,
            extra=extra,
        )
    ).parsed
