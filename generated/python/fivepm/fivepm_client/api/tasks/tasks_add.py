from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.task_envelope import TaskEnvelope
from ...models.task_input import TaskInput
from ...types import UNSET, Response, deep_object


def _get_kwargs(
    *,
    task: TaskInput,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_task = task.to_dict()
    params.update(deep_object("task", json_task))

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/service/post/tasks/add",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | TaskEnvelope | None:
    if response.status_code == 200:
        response_200 = TaskEnvelope.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorEnvelope.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorEnvelope.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorEnvelope.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ErrorEnvelope.from_dict(response.json())

        return response_409

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorEnvelope | TaskEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    task: TaskInput,
) -> Response[ErrorEnvelope | TaskEnvelope]:
    """Create a task

     Creates a task in a project from the bracket arguments in `task` and returns it. `name` and
    `projectId` are required.

    Vendor-doc correction: the vendor's call example sends only `task[name]`; a task always belongs to a
    project, so `task[projectId]` is required as well (unverified).

    Args:
        task (TaskInput): Fields for creating a task. `name` and `projectId` are required (a task
            always belongs to a project); unset fields take the server defaults (priority 2, status
            10, flag 0). Sent as bracket arguments (`task[field]=value`). Only writable fields are
            accepted; fields the server fills (ids of owners, timestamps, names of related objects)
            are not part of it. How teams and `notifyUsers` lists are set through the API is not
            documented, so they are left out.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | TaskEnvelope]
    """

    kwargs = _get_kwargs(
        task=task,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    task: TaskInput,
) -> ErrorEnvelope | TaskEnvelope | None:
    """Create a task

     Creates a task in a project from the bracket arguments in `task` and returns it. `name` and
    `projectId` are required.

    Vendor-doc correction: the vendor's call example sends only `task[name]`; a task always belongs to a
    project, so `task[projectId]` is required as well (unverified).

    Args:
        task (TaskInput): Fields for creating a task. `name` and `projectId` are required (a task
            always belongs to a project); unset fields take the server defaults (priority 2, status
            10, flag 0). Sent as bracket arguments (`task[field]=value`). Only writable fields are
            accepted; fields the server fills (ids of owners, timestamps, names of related objects)
            are not part of it. How teams and `notifyUsers` lists are set through the API is not
            documented, so they are left out.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | TaskEnvelope
    """

    return sync_detailed(
        client=client,
        task=task,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    task: TaskInput,
) -> Response[ErrorEnvelope | TaskEnvelope]:
    """Create a task

     Creates a task in a project from the bracket arguments in `task` and returns it. `name` and
    `projectId` are required.

    Vendor-doc correction: the vendor's call example sends only `task[name]`; a task always belongs to a
    project, so `task[projectId]` is required as well (unverified).

    Args:
        task (TaskInput): Fields for creating a task. `name` and `projectId` are required (a task
            always belongs to a project); unset fields take the server defaults (priority 2, status
            10, flag 0). Sent as bracket arguments (`task[field]=value`). Only writable fields are
            accepted; fields the server fills (ids of owners, timestamps, names of related objects)
            are not part of it. How teams and `notifyUsers` lists are set through the API is not
            documented, so they are left out.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | TaskEnvelope]
    """

    kwargs = _get_kwargs(
        task=task,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    task: TaskInput,
) -> ErrorEnvelope | TaskEnvelope | None:
    """Create a task

     Creates a task in a project from the bracket arguments in `task` and returns it. `name` and
    `projectId` are required.

    Vendor-doc correction: the vendor's call example sends only `task[name]`; a task always belongs to a
    project, so `task[projectId]` is required as well (unverified).

    Args:
        task (TaskInput): Fields for creating a task. `name` and `projectId` are required (a task
            always belongs to a project); unset fields take the server defaults (priority 2, status
            10, flag 0). Sent as bracket arguments (`task[field]=value`). Only writable fields are
            accepted; fields the server fills (ids of owners, timestamps, names of related objects)
            are not part of it. How teams and `notifyUsers` lists are set through the API is not
            documented, so they are left out.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | TaskEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            task=task,
        )
    ).parsed
