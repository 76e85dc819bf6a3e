from http import HTTPStatus
from typing import Any, Literal

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ok_result import OkResult
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    action: Literal["stop_my_timer"] = "stop_my_timer",
    comment: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["action"] = action

    params["comment"] = comment

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
    action: Literal["stop_my_timer"] = "stop_my_timer",
    comment: str | Unset = UNSET,
) -> Response[OkResult]:
    """Stop the token owner's timer and book its time

     Stops the timer the token's user is running and books its time as a cost entry of that user on
    the timer's task, with `comment` as the entry's comment when given. The answer carries no data.

    Errors: `status_code` 7 `Timer is not started` when the user runs no timer (recorded). A
    user-token action (`Authorization: Bearer`, see `me`); HTTP 401 for a bad or expired token.

    Args:
        action (Literal['stop_my_timer']):  Default: 'stop_my_timer'.
        comment (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OkResult]
    """

    kwargs = _get_kwargs(
        action=action,
        comment=comment,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["stop_my_timer"] = "stop_my_timer",
    comment: str | Unset = UNSET,
) -> OkResult | None:
    """Stop the token owner's timer and book its time

     Stops the timer the token's user is running and books its time as a cost entry of that user on
    the timer's task, with `comment` as the entry's comment when given. The answer carries no data.

    Errors: `status_code` 7 `Timer is not started` when the user runs no timer (recorded). A
    user-token action (`Authorization: Bearer`, see `me`); HTTP 401 for a bad or expired token.

    Args:
        action (Literal['stop_my_timer']):  Default: 'stop_my_timer'.
        comment (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OkResult
    """

    return sync_detailed(
        client=client,
        action=action,
        comment=comment,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["stop_my_timer"] = "stop_my_timer",
    comment: str | Unset = UNSET,
) -> Response[OkResult]:
    """Stop the token owner's timer and book its time

     Stops the timer the token's user is running and books its time as a cost entry of that user on
    the timer's task, with `comment` as the entry's comment when given. The answer carries no data.

    Errors: `status_code` 7 `Timer is not started` when the user runs no timer (recorded). A
    user-token action (`Authorization: Bearer`, see `me`); HTTP 401 for a bad or expired token.

    Args:
        action (Literal['stop_my_timer']):  Default: 'stop_my_timer'.
        comment (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OkResult]
    """

    kwargs = _get_kwargs(
        action=action,
        comment=comment,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["stop_my_timer"] = "stop_my_timer",
    comment: str | Unset = UNSET,
) -> OkResult | None:
    """Stop the token owner's timer and book its time

     Stops the timer the token's user is running and books its time as a cost entry of that user on
    the timer's task, with `comment` as the entry's comment when given. The answer carries no data.

    Errors: `status_code` 7 `Timer is not started` when the user runs no timer (recorded). A
    user-token action (`Authorization: Bearer`, see `me`); HTTP 401 for a bad or expired token.

    Args:
        action (Literal['stop_my_timer']):  Default: 'stop_my_timer'.
        comment (str | Unset):

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
            comment=comment,
        )
    ).parsed
