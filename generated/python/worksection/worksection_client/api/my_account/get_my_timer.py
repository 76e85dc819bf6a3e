from http import HTTPStatus
from typing import Any, Literal

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_my_timer_result import GetMyTimerResult
from ...types import UNSET, Response


def _get_kwargs(
    *,
    action: Literal["get_my_timer"] = "get_my_timer",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["action"] = action

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/oauth2",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GetMyTimerResult | None:
    if response.status_code == 200:
        response_200 = GetMyTimerResult.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[GetMyTimerResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["get_my_timer"] = "get_my_timer",
) -> Response[GetMyTimerResult]:
    """Show the token owner's running timer

     Returns the timer the token's user is running: how long it has run, in seconds (`time`, a
    number, unlike the `HH:MM:SS` text of `getTimers`), when it started, and its task. A user runs
    at most one timer. Nothing changes.

    With no timer running the answer is presumably `{"status": "ok", "data": []}` (not recorded;
    both 2026 clients read an empty list as "no timer"), and that is what this document assumes.

    A user-token action (`Authorization: Bearer`, see `me`); HTTP 401 for a bad or expired token.

    Args:
        action (Literal['get_my_timer']):  Default: 'get_my_timer'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetMyTimerResult]
    """

    kwargs = _get_kwargs(
        action=action,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["get_my_timer"] = "get_my_timer",
) -> GetMyTimerResult | None:
    """Show the token owner's running timer

     Returns the timer the token's user is running: how long it has run, in seconds (`time`, a
    number, unlike the `HH:MM:SS` text of `getTimers`), when it started, and its task. A user runs
    at most one timer. Nothing changes.

    With no timer running the answer is presumably `{"status": "ok", "data": []}` (not recorded;
    both 2026 clients read an empty list as "no timer"), and that is what this document assumes.

    A user-token action (`Authorization: Bearer`, see `me`); HTTP 401 for a bad or expired token.

    Args:
        action (Literal['get_my_timer']):  Default: 'get_my_timer'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetMyTimerResult
    """

    return sync_detailed(
        client=client,
        action=action,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["get_my_timer"] = "get_my_timer",
) -> Response[GetMyTimerResult]:
    """Show the token owner's running timer

     Returns the timer the token's user is running: how long it has run, in seconds (`time`, a
    number, unlike the `HH:MM:SS` text of `getTimers`), when it started, and its task. A user runs
    at most one timer. Nothing changes.

    With no timer running the answer is presumably `{"status": "ok", "data": []}` (not recorded;
    both 2026 clients read an empty list as "no timer"), and that is what this document assumes.

    A user-token action (`Authorization: Bearer`, see `me`); HTTP 401 for a bad or expired token.

    Args:
        action (Literal['get_my_timer']):  Default: 'get_my_timer'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetMyTimerResult]
    """

    kwargs = _get_kwargs(
        action=action,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["get_my_timer"] = "get_my_timer",
) -> GetMyTimerResult | None:
    """Show the token owner's running timer

     Returns the timer the token's user is running: how long it has run, in seconds (`time`, a
    number, unlike the `HH:MM:SS` text of `getTimers`), when it started, and its task. A user runs
    at most one timer. Nothing changes.

    With no timer running the answer is presumably `{"status": "ok", "data": []}` (not recorded;
    both 2026 clients read an empty list as "no timer"), and that is what this document assumes.

    A user-token action (`Authorization: Bearer`, see `me`); HTTP 401 for a bad or expired token.

    Args:
        action (Literal['get_my_timer']):  Default: 'get_my_timer'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetMyTimerResult
    """

    return (
        await asyncio_detailed(
            client=client,
            action=action,
        )
    ).parsed
