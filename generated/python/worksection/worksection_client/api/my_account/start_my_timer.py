from http import HTTPStatus
from typing import Any, Literal

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ok_result import OkResult
from ...types import UNSET, Response


def _get_kwargs(
    *,
    action: Literal["start_my_timer"] = "start_my_timer",
    id_task: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["action"] = action

    params["id_task"] = id_task

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/oauth2",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> OkResult | None:
    if response.status_code == 200:
        response_200 = OkResult.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[OkResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["start_my_timer"] = "start_my_timer",
    id_task: str,
) -> Response[OkResult]:
    """Start the token owner's timer on a task

     Starts a timer for the token's user on the task `id_task`. It then shows in `getMyTimer` and,
    for the admin, in `getTimers`. The answer carries no data.

    Errors: `status_code` 6 `Timer is already started` when the user already runs a timer (recorded;
    a user runs one timer at a time); 5 `Task is invalid` for an unknown task and 10 `Field is
    required` without `id_task` (both assumed). A user-token action (`Authorization: Bearer`, see
    `me`); HTTP 401 for a bad or expired token.

    Args:
        action (Literal['start_my_timer']):  Default: 'start_my_timer'.
        id_task (str): The id of a record as a request parameter, a string of digits (as the
            service returns ids).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OkResult]
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
    action: Literal["start_my_timer"] = "start_my_timer",
    id_task: str,
) -> OkResult | None:
    """Start the token owner's timer on a task

     Starts a timer for the token's user on the task `id_task`. It then shows in `getMyTimer` and,
    for the admin, in `getTimers`. The answer carries no data.

    Errors: `status_code` 6 `Timer is already started` when the user already runs a timer (recorded;
    a user runs one timer at a time); 5 `Task is invalid` for an unknown task and 10 `Field is
    required` without `id_task` (both assumed). A user-token action (`Authorization: Bearer`, see
    `me`); HTTP 401 for a bad or expired token.

    Args:
        action (Literal['start_my_timer']):  Default: 'start_my_timer'.
        id_task (str): The id of a record as a request parameter, a string of digits (as the
            service returns ids).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OkResult
    """

    return sync_detailed(
        client=client,
        action=action,
        id_task=id_task,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["start_my_timer"] = "start_my_timer",
    id_task: str,
) -> Response[OkResult]:
    """Start the token owner's timer on a task

     Starts a timer for the token's user on the task `id_task`. It then shows in `getMyTimer` and,
    for the admin, in `getTimers`. The answer carries no data.

    Errors: `status_code` 6 `Timer is already started` when the user already runs a timer (recorded;
    a user runs one timer at a time); 5 `Task is invalid` for an unknown task and 10 `Field is
    required` without `id_task` (both assumed). A user-token action (`Authorization: Bearer`, see
    `me`); HTTP 401 for a bad or expired token.

    Args:
        action (Literal['start_my_timer']):  Default: 'start_my_timer'.
        id_task (str): The id of a record as a request parameter, a string of digits (as the
            service returns ids).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OkResult]
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
    action: Literal["start_my_timer"] = "start_my_timer",
    id_task: str,
) -> OkResult | None:
    """Start the token owner's timer on a task

     Starts a timer for the token's user on the task `id_task`. It then shows in `getMyTimer` and,
    for the admin, in `getTimers`. The answer carries no data.

    Errors: `status_code` 6 `Timer is already started` when the user already runs a timer (recorded;
    a user runs one timer at a time); 5 `Task is invalid` for an unknown task and 10 `Field is
    required` without `id_task` (both assumed). A user-token action (`Authorization: Bearer`, see
    `me`); HTTP 401 for a bad or expired token.

    Args:
        action (Literal['start_my_timer']):  Default: 'start_my_timer'.
        id_task (str): The id of a record as a request parameter, a string of digits (as the
            service returns ids).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OkResult
    """

    return (
        await asyncio_detailed(
            client=client,
            action=action,
            id_task=id_task,
        )
    ).parsed
