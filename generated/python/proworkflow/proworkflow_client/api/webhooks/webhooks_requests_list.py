from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.webhook_event_group import WebhookEventGroup
from ...models.webhook_request_list import WebhookRequestList
from ...models.webhooks_requests_list_status import WebhooksRequestsListStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    status: WebhooksRequestsListStatus | Unset = WebhooksRequestsListStatus.ALL,
    resthookid: int | Unset = UNSET,
    event: WebhookEventGroup | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    params: dict[str, Any] = {}

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["resthookid"] = resthookid

    json_event: str | Unset = UNSET
    if not isinstance(event, Unset):
        json_event = event.value

    params["event"] = json_event

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/settings/webhooks/requests",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorEnvelope | WebhookRequestList | None:
    if response.status_code == 200:
        response_200 = WebhookRequestList.from_dict(response.json())

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
) -> Response[Any | ErrorEnvelope | WebhookRequestList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    status: WebhooksRequestsListStatus | Unset = WebhooksRequestsListStatus.ALL,
    resthookid: int | Unset = UNSET,
    event: WebhookEventGroup | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | ErrorEnvelope | WebhookRequestList]:
    """List the deliveries of webhooks

     The delivery log of the last 7 days, oldest first: one row per delivery (an event sent to one
    webhook), with the receiver's last HTTP status, how many times it was tried, and when it started,
    was completed or will be tried next. A delivery given up on goes, with its webhook. Staff only:
    webhooks are account settings.

    Args:
        status (WebhooksRequestsListStatus | Unset):  Default: WebhooksRequestsListStatus.ALL.
        resthookid (int | Unset):
        event (WebhookEventGroup | Unset): The kind of item events are about: `newproject`,
            `editproject`, ... are `project` events, `starttimer` and `stoptimer` `timer` events.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorEnvelope | WebhookRequestList]
    """

    kwargs = _get_kwargs(
        status=status,
        resthookid=resthookid,
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
    status: WebhooksRequestsListStatus | Unset = WebhooksRequestsListStatus.ALL,
    resthookid: int | Unset = UNSET,
    event: WebhookEventGroup | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | ErrorEnvelope | WebhookRequestList | None:
    """List the deliveries of webhooks

     The delivery log of the last 7 days, oldest first: one row per delivery (an event sent to one
    webhook), with the receiver's last HTTP status, how many times it was tried, and when it started,
    was completed or will be tried next. A delivery given up on goes, with its webhook. Staff only:
    webhooks are account settings.

    Args:
        status (WebhooksRequestsListStatus | Unset):  Default: WebhooksRequestsListStatus.ALL.
        resthookid (int | Unset):
        event (WebhookEventGroup | Unset): The kind of item events are about: `newproject`,
            `editproject`, ... are `project` events, `starttimer` and `stoptimer` `timer` events.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorEnvelope | WebhookRequestList
    """

    return sync_detailed(
        client=client,
        status=status,
        resthookid=resthookid,
        event=event,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    status: WebhooksRequestsListStatus | Unset = WebhooksRequestsListStatus.ALL,
    resthookid: int | Unset = UNSET,
    event: WebhookEventGroup | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | ErrorEnvelope | WebhookRequestList]:
    """List the deliveries of webhooks

     The delivery log of the last 7 days, oldest first: one row per delivery (an event sent to one
    webhook), with the receiver's last HTTP status, how many times it was tried, and when it started,
    was completed or will be tried next. A delivery given up on goes, with its webhook. Staff only:
    webhooks are account settings.

    Args:
        status (WebhooksRequestsListStatus | Unset):  Default: WebhooksRequestsListStatus.ALL.
        resthookid (int | Unset):
        event (WebhookEventGroup | Unset): The kind of item events are about: `newproject`,
            `editproject`, ... are `project` events, `starttimer` and `stoptimer` `timer` events.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorEnvelope | WebhookRequestList]
    """

    kwargs = _get_kwargs(
        status=status,
        resthookid=resthookid,
        event=event,
        if_none_match=if_none_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    status: WebhooksRequestsListStatus | Unset = WebhooksRequestsListStatus.ALL,
    resthookid: int | Unset = UNSET,
    event: WebhookEventGroup | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | ErrorEnvelope | WebhookRequestList | None:
    """List the deliveries of webhooks

     The delivery log of the last 7 days, oldest first: one row per delivery (an event sent to one
    webhook), with the receiver's last HTTP status, how many times it was tried, and when it started,
    was completed or will be tried next. A delivery given up on goes, with its webhook. Staff only:
    webhooks are account settings.

    Args:
        status (WebhooksRequestsListStatus | Unset):  Default: WebhooksRequestsListStatus.ALL.
        resthookid (int | Unset):
        event (WebhookEventGroup | Unset): The kind of item events are about: `newproject`,
            `editproject`, ... are `project` events, `starttimer` and `stoptimer` `timer` events.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorEnvelope | WebhookRequestList
    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
            resthookid=resthookid,
            event=event,
            if_none_match=if_none_match,
        )
    ).parsed
