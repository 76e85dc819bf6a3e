from http import HTTPStatus
from typing import Any, Literal

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.complete_task_result import CompleteTaskResult
from ...types import UNSET, Response


def _get_kwargs(
    *,
    action: Literal["complete_task"] = "complete_task",
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


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CompleteTaskResult | None:
    if response.status_code == 200:
        response_200 = CompleteTaskResult.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[CompleteTaskResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["complete_task"] = "complete_task",
    id_task: str,
) -> Response[CompleteTaskResult]:
    """Mark a task as done

     Marks an open task or subtask as done. Refusals: an unknown task (code 5), a task already done (code
    12, `Task is already closed`), a task with open subtasks (code 13, `Task has children`). With the
    project option `time_require` a task can only be closed once costs are booked on it (refusal not
    recorded).

    The vendor's clients treat the answer as a bare `ok`; the one recorded success carries the task in
    `data`, still showing `status` `active` (apparently the task as it was before the change), so
    `data` is optional here.

    Args:
        action (Literal['complete_task']):  Default: 'complete_task'.
        id_task (str): The id of a record as a request parameter, a string of digits (as the
            service returns ids).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompleteTaskResult]
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
    action: Literal["complete_task"] = "complete_task",
    id_task: str,
) -> CompleteTaskResult | None:
    """Mark a task as done

     Marks an open task or subtask as done. Refusals: an unknown task (code 5), a task already done (code
    12, `Task is already closed`), a task with open subtasks (code 13, `Task has children`). With the
    project option `time_require` a task can only be closed once costs are booked on it (refusal not
    recorded).

    The vendor's clients treat the answer as a bare `ok`; the one recorded success carries the task in
    `data`, still showing `status` `active` (apparently the task as it was before the change), so
    `data` is optional here.

    Args:
        action (Literal['complete_task']):  Default: 'complete_task'.
        id_task (str): The id of a record as a request parameter, a string of digits (as the
            service returns ids).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompleteTaskResult
    """

    return sync_detailed(
        client=client,
        action=action,
        id_task=id_task,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["complete_task"] = "complete_task",
    id_task: str,
) -> Response[CompleteTaskResult]:
    """Mark a task as done

     Marks an open task or subtask as done. Refusals: an unknown task (code 5), a task already done (code
    12, `Task is already closed`), a task with open subtasks (code 13, `Task has children`). With the
    project option `time_require` a task can only be closed once costs are booked on it (refusal not
    recorded).

    The vendor's clients treat the answer as a bare `ok`; the one recorded success carries the task in
    `data`, still showing `status` `active` (apparently the task as it was before the change), so
    `data` is optional here.

    Args:
        action (Literal['complete_task']):  Default: 'complete_task'.
        id_task (str): The id of a record as a request parameter, a string of digits (as the
            service returns ids).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompleteTaskResult]
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
    action: Literal["complete_task"] = "complete_task",
    id_task: str,
) -> CompleteTaskResult | None:
    """Mark a task as done

     Marks an open task or subtask as done. Refusals: an unknown task (code 5), a task already done (code
    12, `Task is already closed`), a task with open subtasks (code 13, `Task has children`). With the
    project option `time_require` a task can only be closed once costs are booked on it (refusal not
    recorded).

    The vendor's clients treat the answer as a bare `ok`; the one recorded success carries the task in
    `data`, still showing `status` `active` (apparently the task as it was before the change), so
    `data` is optional here.

    Args:
        action (Literal['complete_task']):  Default: 'complete_task'.
        id_task (str): The id of a record as a request parameter, a string of digits (as the
            service returns ids).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompleteTaskResult
    """

    return (
        await asyncio_detailed(
            client=client,
            action=action,
            id_task=id_task,
        )
    ).parsed
