from http import HTTPStatus
from typing import Any, Literal

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ok_result import OkResult
from ...types import UNSET, Response


def _get_kwargs(
    *,
    action: Literal["delete_my_timer"] = "delete_my_timer",
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
    action: Literal["delete_my_timer"] = "delete_my_timer",
) -> Response[OkResult]:
    """Discard the token owner's timer

     Stops the timer the token's user is running without booking anything: the time it ran is
    dropped. The answer carries no data.

    Errors (assumed, not recorded): `status_code` 7 `Timer is not started` when the user runs no
    timer, as `stopMyTimer` answers. A user-token action (`Authorization: Bearer`, see `me`); HTTP
    401 for a bad or expired token.

    Args:
        action (Literal['delete_my_timer']):  Default: 'delete_my_timer'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OkResult]
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
    action: Literal["delete_my_timer"] = "delete_my_timer",
) -> OkResult | None:
    """Discard the token owner's timer

     Stops the timer the token's user is running without booking anything: the time it ran is
    dropped. The answer carries no data.

    Errors (assumed, not recorded): `status_code` 7 `Timer is not started` when the user runs no
    timer, as `stopMyTimer` answers. A user-token action (`Authorization: Bearer`, see `me`); HTTP
    401 for a bad or expired token.

    Args:
        action (Literal['delete_my_timer']):  Default: 'delete_my_timer'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OkResult
    """

    return sync_detailed(
        client=client,
        action=action,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["delete_my_timer"] = "delete_my_timer",
) -> Response[OkResult]:
    """Discard the token owner's timer

     Stops the timer the token's user is running without booking anything: the time it ran is
    dropped. The answer carries no data.

    Errors (assumed, not recorded): `status_code` 7 `Timer is not started` when the user runs no
    timer, as `stopMyTimer` answers. A user-token action (`Authorization: Bearer`, see `me`); HTTP
    401 for a bad or expired token.

    Args:
        action (Literal['delete_my_timer']):  Default: 'delete_my_timer'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OkResult]
    """

    kwargs = _get_kwargs(
        action=action,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["delete_my_timer"] = "delete_my_timer",
) -> OkResult | None:
    """Discard the token owner's timer

     Stops the timer the token's user is running without booking anything: the time it ran is
    dropped. The answer carries no data.

    Errors (assumed, not recorded): `status_code` 7 `Timer is not started` when the user runs no
    timer, as `stopMyTimer` answers. A user-token action (`Authorization: Bearer`, see `me`); HTTP
    401 for a bad or expired token.

    Args:
        action (Literal['delete_my_timer']):  Default: 'delete_my_timer'.

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
        )
    ).parsed
