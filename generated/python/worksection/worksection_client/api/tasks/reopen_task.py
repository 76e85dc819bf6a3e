from http import HTTPStatus
from typing import Any, Literal

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.reopen_task_result import ReopenTaskResult
from ...types import UNSET, Response


def _get_kwargs(
    *,
    action: Literal["reopen_task"] = "reopen_task",
    id_task: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["action"] = action

    params["id_task"] = id_task

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/admin/v2/",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ReopenTaskResult | None:
    if response.status_code == 200:
        response_200 = ReopenTaskResult.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ReopenTaskResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["reopen_task"] = "reopen_task",
    id_task: str,
) -> Response[ReopenTaskResult]:
    """Reopen a done task

     Makes a done task or subtask open again. Refusals: an unknown task (code 5), a task already open
    (code 12, `Task is already active`), a subtask whose parent is done (code 14, `Parent task is
    done`).
    The answer carries no data.

    Args:
        action (Literal['reopen_task']):  Default: 'reopen_task'.
        id_task (str): The id of a record as a request parameter, a string of digits (as the
            service returns ids).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ReopenTaskResult]
    """

    kwargs = _get_kwargs(
        action=action,
        id_task=id_task,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["reopen_task"] = "reopen_task",
    id_task: str,
) -> ReopenTaskResult | None:
    """Reopen a done task

     Makes a done task or subtask open again. Refusals: an unknown task (code 5), a task already open
    (code 12, `Task is already active`), a subtask whose parent is done (code 14, `Parent task is
    done`).
    The answer carries no data.

    Args:
        action (Literal['reopen_task']):  Default: 'reopen_task'.
        id_task (str): The id of a record as a request parameter, a string of digits (as the
            service returns ids).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ReopenTaskResult
    """

    return sync_detailed(
        client=client,
        action=action,
        id_task=id_task,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["reopen_task"] = "reopen_task",
    id_task: str,
) -> Response[ReopenTaskResult]:
    """Reopen a done task

     Makes a done task or subtask open again. Refusals: an unknown task (code 5), a task already open
    (code 12, `Task is already active`), a subtask whose parent is done (code 14, `Parent task is
    done`).
    The answer carries no data.

    Args:
        action (Literal['reopen_task']):  Default: 'reopen_task'.
        id_task (str): The id of a record as a request parameter, a string of digits (as the
            service returns ids).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ReopenTaskResult]
    """

    kwargs = _get_kwargs(
        action=action,
        id_task=id_task,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["reopen_task"] = "reopen_task",
    id_task: str,
) -> ReopenTaskResult | None:
    """Reopen a done task

     Makes a done task or subtask open again. Refusals: an unknown task (code 5), a task already open
    (code 12, `Task is already active`), a subtask whose parent is done (code 14, `Parent task is
    done`).
    The answer carries no data.

    Args:
        action (Literal['reopen_task']):  Default: 'reopen_task'.
        id_task (str): The id of a record as a request parameter, a string of digits (as the
            service returns ids).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ReopenTaskResult
    """

    return (
        await asyncio_detailed(
            client=client,
            action=action,
            id_task=id_task,
        )
    ).parsed
