from http import HTTPStatus
from typing import Any, Literal

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_timers_parameters import GetTimersParameters
from ...models.get_timers_result import GetTimersResult
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: GetTimersParameters | Unset = UNSET,
    action: Literal["get_timers"] = "get_timers",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["action"] = action

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/admin/v2/",
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GetTimersResult | None:
    if response.status_code == 200:
        response_200 = GetTimersResult.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[GetTimersResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetTimersParameters | Unset = UNSET,
    action: Literal["get_timers"] = "get_timers",
) -> Response[GetTimersResult]:
    """List running timers (POST, JSON body)

     The same call as `getTimers`, sent the way the vendor's 2026 PHP and Python clients send every
    admin action: `POST /api/admin/v2?action=get_timers` with an `Authorization: Admin ...` header.
    The action takes no parameters, so the body is empty (the clients send none) or `{}`.

    Args:
        action (Literal['get_timers']):  Default: 'get_timers'.
        body (GetTimersParameters | Unset): Parameters of get_timers as a JSON object; the action
            takes none.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetTimersResult]
    """

    kwargs = _get_kwargs(
        body=body,
        action=action,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: GetTimersParameters | Unset = UNSET,
    action: Literal["get_timers"] = "get_timers",
) -> GetTimersResult | None:
    """List running timers (POST, JSON body)

     The same call as `getTimers`, sent the way the vendor's 2026 PHP and Python clients send every
    admin action: `POST /api/admin/v2?action=get_timers` with an `Authorization: Admin ...` header.
    The action takes no parameters, so the body is empty (the clients send none) or `{}`.

    Args:
        action (Literal['get_timers']):  Default: 'get_timers'.
        body (GetTimersParameters | Unset): Parameters of get_timers as a JSON object; the action
            takes none.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetTimersResult
    """

    return sync_detailed(
        client=client,
        body=body,
        action=action,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetTimersParameters | Unset = UNSET,
    action: Literal["get_timers"] = "get_timers",
) -> Response[GetTimersResult]:
    """List running timers (POST, JSON body)

     The same call as `getTimers`, sent the way the vendor's 2026 PHP and Python clients send every
    admin action: `POST /api/admin/v2?action=get_timers` with an `Authorization: Admin ...` header.
    The action takes no parameters, so the body is empty (the clients send none) or `{}`.

    Args:
        action (Literal['get_timers']):  Default: 'get_timers'.
        body (GetTimersParameters | Unset): Parameters of get_timers as a JSON object; the action
            takes none.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetTimersResult]
    """

    kwargs = _get_kwargs(
        body=body,
        action=action,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GetTimersParameters | Unset = UNSET,
    action: Literal["get_timers"] = "get_timers",
) -> GetTimersResult | None:
    """List running timers (POST, JSON body)

     The same call as `getTimers`, sent the way the vendor's 2026 PHP and Python clients send every
    admin action: `POST /api/admin/v2?action=get_timers` with an `Authorization: Admin ...` header.
    The action takes no parameters, so the body is empty (the clients send none) or `{}`.

    Args:
        action (Literal['get_timers']):  Default: 'get_timers'.
        body (GetTimersParameters | Unset): Parameters of get_timers as a JSON object; the action
            takes none.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetTimersResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            action=action,
        )
    ).parsed
