from http import HTTPStatus
from typing import Any, Literal

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_webhook_parameters import DeleteWebhookParameters
from ...models.ok_result import OkResult
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: DeleteWebhookParameters,
    action: Literal["delete_webhook"] = "delete_webhook",
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

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    body: DeleteWebhookParameters,
    action: Literal["delete_webhook"] = "delete_webhook",
) -> Response[OkResult]:
    """Delete a webhook (POST, JSON body)

     The same call as `deleteWebhook`, as the vendor's 2026 clients send it: `POST
    /api/admin/v2?action=delete_webhook`, body `{"id": <id>}` (a number), signed with
    `Authorization: Admin ...`.

    Args:
        action (Literal['delete_webhook']):  Default: 'delete_webhook'.
        body (DeleteWebhookParameters): Parameters of delete_webhook as a JSON object (the 2026
            clients' form).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OkResult]
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
    body: DeleteWebhookParameters,
    action: Literal["delete_webhook"] = "delete_webhook",
) -> OkResult | None:
    """Delete a webhook (POST, JSON body)

     The same call as `deleteWebhook`, as the vendor's 2026 clients send it: `POST
    /api/admin/v2?action=delete_webhook`, body `{"id": <id>}` (a number), signed with
    `Authorization: Admin ...`.

    Args:
        action (Literal['delete_webhook']):  Default: 'delete_webhook'.
        body (DeleteWebhookParameters): Parameters of delete_webhook as a JSON object (the 2026
            clients' form).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OkResult
    """

    return sync_detailed(
        client=client,
        body=body,
        action=action,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DeleteWebhookParameters,
    action: Literal["delete_webhook"] = "delete_webhook",
) -> Response[OkResult]:
    """Delete a webhook (POST, JSON body)

     The same call as `deleteWebhook`, as the vendor's 2026 clients send it: `POST
    /api/admin/v2?action=delete_webhook`, body `{"id": <id>}` (a number), signed with
    `Authorization: Admin ...`.

    Args:
        action (Literal['delete_webhook']):  Default: 'delete_webhook'.
        body (DeleteWebhookParameters): Parameters of delete_webhook as a JSON object (the 2026
            clients' form).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OkResult]
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
    body: DeleteWebhookParameters,
    action: Literal["delete_webhook"] = "delete_webhook",
) -> OkResult | None:
    """Delete a webhook (POST, JSON body)

     The same call as `deleteWebhook`, as the vendor's 2026 clients send it: `POST
    /api/admin/v2?action=delete_webhook`, body `{"id": <id>}` (a number), signed with
    `Authorization: Admin ...`.

    Args:
        action (Literal['delete_webhook']):  Default: 'delete_webhook'.
        body (DeleteWebhookParameters): Parameters of delete_webhook as a JSON object (the 2026
            clients' form).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OkResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            action=action,
        )
    ).parsed
