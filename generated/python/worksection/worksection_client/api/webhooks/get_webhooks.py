from http import HTTPStatus
from typing import Any, Literal

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_webhooks_result import GetWebhooksResult
from ...types import UNSET, Response


def _get_kwargs(
    *,
    action: Literal["get_webhooks"] = "get_webhooks",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["action"] = action

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/admin/v2/",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GetWebhooksResult | None:
    if response.status_code == 200:
        response_200 = GetWebhooksResult.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[GetWebhooksResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["get_webhooks"] = "get_webhooks",
) -> Response[GetWebhooksResult]:
    """List webhooks

     Lists the account's webhooks: id, target URL, the events it sends (one comma-separated text),
    its state (`active` or `paused`) and, when it is limited to some projects, their ids (one
    comma-separated text). Nothing changes. Neither the basic-authentication user nor the password
    is shown.

    Args:
        action (Literal['get_webhooks']):  Default: 'get_webhooks'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetWebhooksResult]
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
    action: Literal["get_webhooks"] = "get_webhooks",
) -> GetWebhooksResult | None:
    """List webhooks

     Lists the account's webhooks: id, target URL, the events it sends (one comma-separated text),
    its state (`active` or `paused`) and, when it is limited to some projects, their ids (one
    comma-separated text). Nothing changes. Neither the basic-authentication user nor the password
    is shown.

    Args:
        action (Literal['get_webhooks']):  Default: 'get_webhooks'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetWebhooksResult
    """

    return sync_detailed(
        client=client,
        action=action,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["get_webhooks"] = "get_webhooks",
) -> Response[GetWebhooksResult]:
    """List webhooks

     Lists the account's webhooks: id, target URL, the events it sends (one comma-separated text),
    its state (`active` or `paused`) and, when it is limited to some projects, their ids (one
    comma-separated text). Nothing changes. Neither the basic-authentication user nor the password
    is shown.

    Args:
        action (Literal['get_webhooks']):  Default: 'get_webhooks'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetWebhooksResult]
    """

    kwargs = _get_kwargs(
        action=action,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["get_webhooks"] = "get_webhooks",
) -> GetWebhooksResult | None:
    """List webhooks

     Lists the account's webhooks: id, target URL, the events it sends (one comma-separated text),
    its state (`active` or `paused`) and, when it is limited to some projects, their ids (one
    comma-separated text). Nothing changes. Neither the basic-authentication user nor the password
    is shown.

    Args:
        action (Literal['get_webhooks']):  Default: 'get_webhooks'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetWebhooksResult
    """

    return (
        await asyncio_detailed(
            client=client,
            action=action,
        )
    ).parsed
