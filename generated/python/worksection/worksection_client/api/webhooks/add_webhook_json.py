from http import HTTPStatus
from typing import Any, Literal

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_webhook_parameters import AddWebhookParameters
from ...models.add_webhook_result import AddWebhookResult
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: AddWebhookParameters,
    action: Literal["add_webhook"] = "add_webhook",
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


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AddWebhookResult | None:
    if response.status_code == 200:
        response_200 = AddWebhookResult.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AddWebhookResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AddWebhookParameters,
    action: Literal["add_webhook"] = "add_webhook",
) -> Response[AddWebhookResult]:
    """Create a webhook (POST, JSON body)

     The same call as `addWebhook`, as the vendor's 2026 clients send it: `POST
    /api/admin/v2?action=add_webhook`, body `{"url": ..., "events": "post_task,close_task", ...}`
    signed with `Authorization: Admin ...`. The clients join the events into one comma-separated
    text; their README passes `projects` as a JSON array of project ids, which this document accepts
    next to the comma-separated text of the query form.

    Args:
        action (Literal['add_webhook']):  Default: 'add_webhook'.
        body (AddWebhookParameters): Parameters of add_webhook as a JSON object (the 2026 clients'
            form).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddWebhookResult]
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
    body: AddWebhookParameters,
    action: Literal["add_webhook"] = "add_webhook",
) -> AddWebhookResult | None:
    """Create a webhook (POST, JSON body)

     The same call as `addWebhook`, as the vendor's 2026 clients send it: `POST
    /api/admin/v2?action=add_webhook`, body `{"url": ..., "events": "post_task,close_task", ...}`
    signed with `Authorization: Admin ...`. The clients join the events into one comma-separated
    text; their README passes `projects` as a JSON array of project ids, which this document accepts
    next to the comma-separated text of the query form.

    Args:
        action (Literal['add_webhook']):  Default: 'add_webhook'.
        body (AddWebhookParameters): Parameters of add_webhook as a JSON object (the 2026 clients'
            form).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddWebhookResult
    """

    return sync_detailed(
        client=client,
        body=body,
        action=action,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AddWebhookParameters,
    action: Literal["add_webhook"] = "add_webhook",
) -> Response[AddWebhookResult]:
    """Create a webhook (POST, JSON body)

     The same call as `addWebhook`, as the vendor's 2026 clients send it: `POST
    /api/admin/v2?action=add_webhook`, body `{"url": ..., "events": "post_task,close_task", ...}`
    signed with `Authorization: Admin ...`. The clients join the events into one comma-separated
    text; their README passes `projects` as a JSON array of project ids, which this document accepts
    next to the comma-separated text of the query form.

    Args:
        action (Literal['add_webhook']):  Default: 'add_webhook'.
        body (AddWebhookParameters): Parameters of add_webhook as a JSON object (the 2026 clients'
            form).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddWebhookResult]
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
    body: AddWebhookParameters,
    action: Literal["add_webhook"] = "add_webhook",
) -> AddWebhookResult | None:
    """Create a webhook (POST, JSON body)

     The same call as `addWebhook`, as the vendor's 2026 clients send it: `POST
    /api/admin/v2?action=add_webhook`, body `{"url": ..., "events": "post_task,close_task", ...}`
    signed with `Authorization: Admin ...`. The clients join the events into one comma-separated
    text; their README passes `projects` as a JSON array of project ids, which this document accepts
    next to the comma-separated text of the query form.

    Args:
        action (Literal['add_webhook']):  Default: 'add_webhook'.
        body (AddWebhookParameters): Parameters of add_webhook as a JSON object (the 2026 clients'
            form).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddWebhookResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            action=action,
        )
    ).parsed
