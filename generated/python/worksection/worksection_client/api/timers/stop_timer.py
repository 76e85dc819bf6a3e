from http import HTTPStatus
from typing import Any, Literal

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ok_result import OkResult
from ...types import UNSET, Response


def _get_kwargs(
    *,
    action: Literal["stop_timer"] = "stop_timer",
    timer: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["action"] = action

    params["timer"] = timer

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/admin/v2/",
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
    action: Literal["stop_timer"] = "stop_timer",
    timer: str,
) -> Response[OkResult]:
    """Stop a running timer

     Stops the running timer `timer` (an id from `getTimers`) and keeps its time: the time it ran is
    booked as a cost entry of the user who started it, on the timer's task, and the timer is gone
    from `getTimers`. The answer carries no data (neither the cost's id nor the time booked).

    Errors: `status_code` 7 `Timer not found` when no running timer has that id (presumably also
    for a timer stopped already, since a stopped timer no longer exists); 10 `Field is required` when
    `timer` is missing (assumed, as for other required fields).

    Args:
        action (Literal['stop_timer']):  Default: 'stop_timer'.
        timer (str): The id of a record as a request parameter, a string of digits (as the service
            returns ids).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OkResult]
    """

    kwargs = _get_kwargs(
        action=action,
        timer=timer,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["stop_timer"] = "stop_timer",
    timer: str,
) -> OkResult | None:
    """Stop a running timer

     Stops the running timer `timer` (an id from `getTimers`) and keeps its time: the time it ran is
    booked as a cost entry of the user who started it, on the timer's task, and the timer is gone
    from `getTimers`. The answer carries no data (neither the cost's id nor the time booked).

    Errors: `status_code` 7 `Timer not found` when no running timer has that id (presumably also
    for a timer stopped already, since a stopped timer no longer exists); 10 `Field is required` when
    `timer` is missing (assumed, as for other required fields).

    Args:
        action (Literal['stop_timer']):  Default: 'stop_timer'.
        timer (str): The id of a record as a request parameter, a string of digits (as the service
            returns ids).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OkResult
    """

    return sync_detailed(
        client=client,
        action=action,
        timer=timer,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["stop_timer"] = "stop_timer",
    timer: str,
) -> Response[OkResult]:
    """Stop a running timer

     Stops the running timer `timer` (an id from `getTimers`) and keeps its time: the time it ran is
    booked as a cost entry of the user who started it, on the timer's task, and the timer is gone
    from `getTimers`. The answer carries no data (neither the cost's id nor the time booked).

    Errors: `status_code` 7 `Timer not found` when no running timer has that id (presumably also
    for a timer stopped already, since a stopped timer no longer exists); 10 `Field is required` when
    `timer` is missing (assumed, as for other required fields).

    Args:
        action (Literal['stop_timer']):  Default: 'stop_timer'.
        timer (str): The id of a record as a request parameter, a string of digits (as the service
            returns ids).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OkResult]
    """

    kwargs = _get_kwargs(
        action=action,
        timer=timer,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["stop_timer"] = "stop_timer",
    timer: str,
) -> OkResult | None:
    """Stop a running timer

     Stops the running timer `timer` (an id from `getTimers`) and keeps its time: the time it ran is
    booked as a cost entry of the user who started it, on the timer's task, and the timer is gone
    from `getTimers`. The answer carries no data (neither the cost's id nor the time booked).

    Errors: `status_code` 7 `Timer not found` when no running timer has that id (presumably also
    for a timer stopped already, since a stopped timer no longer exists); 10 `Field is required` when
    `timer` is missing (assumed, as for other required fields).

    Args:
        action (Literal['stop_timer']):  Default: 'stop_timer'.
        timer (str): The id of a record as a request parameter, a string of digits (as the service
            returns ids).

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
            timer=timer,
        )
    ).parsed
