from http import HTTPStatus
from typing import Any, Literal

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ok_result import OkResult
from ...types import UNSET, Response


def _get_kwargs(
    *,
    action: Literal["delete_webhook"] = "delete_webhook",
    id: int | str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["action"] = action

    json_id: int | str
    json_id = id
    params["id"] = json_id

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
    action: Literal["delete_webhook"] = "delete_webhook",
    id: int | str,
) -> Response[OkResult]:
    """Delete a webhook

     Deletes the webhook `id` (from `getWebhooks` or `addWebhook`); it sends nothing more and is gone
    from `getWebhooks`. The answer carries no data.

    Errors: `status_code` 10 `WebHook not found` for an unknown id (recorded; code 10 here, not the 4
    used for other unknown records); with no `id` at all, presumably 10 as well (assumed `Field is
    required`).

    Args:
        action (Literal['delete_webhook']):  Default: 'delete_webhook'.
        id (int | str): An id in a JSON body; the vendor's 2026 clients send it as a number or as
            digits.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OkResult]
    """

    kwargs = _get_kwargs(
        action=action,
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["delete_webhook"] = "delete_webhook",
    id: int | str,
) -> OkResult | None:
    """Delete a webhook

     Deletes the webhook `id` (from `getWebhooks` or `addWebhook`); it sends nothing more and is gone
    from `getWebhooks`. The answer carries no data.

    Errors: `status_code` 10 `WebHook not found` for an unknown id (recorded; code 10 here, not the 4
    used for other unknown records); with no `id` at all, presumably 10 as well (assumed `Field is
    required`).

    Args:
        action (Literal['delete_webhook']):  Default: 'delete_webhook'.
        id (int | str): An id in a JSON body; the vendor's 2026 clients send it as a number or as
            digits.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OkResult
    """

    return sync_detailed(
        client=client,
        action=action,
        id=id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["delete_webhook"] = "delete_webhook",
    id: int | str,
) -> Response[OkResult]:
    """Delete a webhook

     Deletes the webhook `id` (from `getWebhooks` or `addWebhook`); it sends nothing more and is gone
    from `getWebhooks`. The answer carries no data.

    Errors: `status_code` 10 `WebHook not found` for an unknown id (recorded; code 10 here, not the 4
    used for other unknown records); with no `id` at all, presumably 10 as well (assumed `Field is
    required`).

    Args:
        action (Literal['delete_webhook']):  Default: 'delete_webhook'.
        id (int | str): An id in a JSON body; the vendor's 2026 clients send it as a number or as
            digits.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OkResult]
    """

    kwargs = _get_kwargs(
        action=action,
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["delete_webhook"] = "delete_webhook",
    id: int | str,
) -> OkResult | None:
    """Delete a webhook

     Deletes the webhook `id` (from `getWebhooks` or `addWebhook`); it sends nothing more and is gone
    from `getWebhooks`. The answer carries no data.

    Errors: `status_code` 10 `WebHook not found` for an unknown id (recorded; code 10 here, not the 4
    used for other unknown records); with no `id` at all, presumably 10 as well (assumed `Field is
    required`).

    Args:
        action (Literal['delete_webhook']):  Default: 'delete_webhook'.
        id (int | str): An id in a JSON body; the vendor's 2026 clients send it as a number or as
            digits.

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
            id=id,
        )
    ).parsed
