from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.webhook_event_group import WebhookEventGroup
from ...models.webhook_list import WebhookList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    event: WebhookEventGroup | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    params: dict[str, Any] = {}

    json_event: str | Unset = UNSET
    if not isinstance(event, Unset):
        json_event = event.value

    params["event"] = json_event

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/settings/webhooks",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorEnvelope | WebhookList | None:
    if response.status_code == 200:
        response_200 = WebhookList.from_dict(response.json())

        return response_200

    if response.status_code == 304:
        response_304 = cast(Any, None)
        return response_304

    if response.status_code == 400:
        response_400 = ErrorEnvelope.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 403:
        response_403 = ErrorEnvelope.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorEnvelope.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = ErrorEnvelope.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorEnvelope.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ErrorEnvelope | WebhookList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    event: WebhookEventGroup | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | ErrorEnvelope | WebhookList]:
    """List the webhooks of the account

     Returns the account's webhooks (each one event and the address it is sent to), in id order. A
    webhook the service gave up on (see `POST /settings/webhooks`) is no longer listed. Staff only:
    webhooks are account settings.

    Args:
        event (WebhookEventGroup | Unset): The kind of item events are about: `newproject`,
            `editproject`, ... are `project` events, `starttimer` and `stoptimer` `timer` events.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorEnvelope | WebhookList]
    """

    kwargs = _get_kwargs(
        event=event,
        if_none_match=if_none_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    event: WebhookEventGroup | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | ErrorEnvelope | WebhookList | None:
    """List the webhooks of the account

     Returns the account's webhooks (each one event and the address it is sent to), in id order. A
    webhook the service gave up on (see `POST /settings/webhooks`) is no longer listed. Staff only:
    webhooks are account settings.

    Args:
        event (WebhookEventGroup | Unset): The kind of item events are about: `newproject`,
            `editproject`, ... are `project` events, `starttimer` and `stoptimer` `timer` events.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorEnvelope | WebhookList
    """

    return sync_detailed(
        client=client,
        event=event,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    event: WebhookEventGroup | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | ErrorEnvelope | WebhookList]:
    """List the webhooks of the account

     Returns the account's webhooks (each one event and the address it is sent to), in id order. A
    webhook the service gave up on (see `POST /settings/webhooks`) is no longer listed. Staff only:
    webhooks are account settings.

    Args:
        event (WebhookEventGroup | Unset): The kind of item events are about: `newproject`,
            `editproject`, ... are `project` events, `starttimer` and `stoptimer` `timer` events.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorEnvelope | WebhookList]
    """

    kwargs = _get_kwargs(
        event=event,
        if_none_match=if_none_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    event: WebhookEventGroup | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | ErrorEnvelope | WebhookList | None:
    """List the webhooks of the account

     Returns the account's webhooks (each one event and the address it is sent to), in id order. A
    webhook the service gave up on (see `POST /settings/webhooks`) is no longer listed. Staff only:
    webhooks are account settings.

    Args:
        event (WebhookEventGroup | Unset): The kind of item events are about: `newproject`,
            `editproject`, ... are `project` events, `starttimer` and `stoptimer` `timer` events.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorEnvelope | WebhookList
    """

    return (
        await asyncio_detailed(
            client=client,
            event=event,
            if_none_match=if_none_match,
        )
    ).parsed
