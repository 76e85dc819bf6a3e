from http import HTTPStatus
from typing import Any, Literal

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.subscribe_parameters import SubscribeParameters
from ...models.subscribe_result import SubscribeResult
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: SubscribeParameters,
    action: Literal["subscribe"] = "subscribe",
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


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> SubscribeResult | None:
    if response.status_code == 200:
        response_200 = SubscribeResult.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[SubscribeResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SubscribeParameters,
    action: Literal["subscribe"] = "subscribe",
) -> Response[SubscribeResult]:
    """Subscribe a member to a task (POST, JSON body)

     The same call as `subscribe`, sent the way the vendor's 2026 PHP and Python clients send every admin
    action: `POST /api/admin/v2?action=subscribe`, the parameters as a JSON object in the body
    (`Content-Type: application/json`), signed with the `Authorization: Admin ...` header. Ids may be
    JSON numbers or digit strings, numbers (priority, estimates) JSON numbers or text; everything else
    is as in the query form.

    What the call does: Adds one member to the subscribers of a task or subtask (subscribers are
    notified of its changes;
    `get_task` with `extra=subscribers` lists them). The answer carries no data. Refusals: an unknown
    task (code 5, presumed), an `email_user` that is not one member's address (code 11, `Invalid email`,
    `message_details` the value as given; recorded for two comma-separated addresses).

    Args:
        action (Literal['subscribe']):  Default: 'subscribe'.
        body (SubscribeParameters): Parameters of subscribe as a JSON object (the 2026 clients'
            form).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SubscribeResult]
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
    body: SubscribeParameters,
    action: Literal["subscribe"] = "subscribe",
) -> SubscribeResult | None:
    """Subscribe a member to a task (POST, JSON body)

     The same call as `subscribe`, sent the way the vendor's 2026 PHP and Python clients send every admin
    action: `POST /api/admin/v2?action=subscribe`, the parameters as a JSON object in the body
    (`Content-Type: application/json`), signed with the `Authorization: Admin ...` header. Ids may be
    JSON numbers or digit strings, numbers (priority, estimates) JSON numbers or text; everything else
    is as in the query form.

    What the call does: Adds one member to the subscribers of a task or subtask (subscribers are
    notified of its changes;
    `get_task` with `extra=subscribers` lists them). The answer carries no data. Refusals: an unknown
    task (code 5, presumed), an `email_user` that is not one member's address (code 11, `Invalid email`,
    `message_details` the value as given; recorded for two comma-separated addresses).

    Args:
        action (Literal['subscribe']):  Default: 'subscribe'.
        body (SubscribeParameters): Parameters of subscribe as a JSON object (the 2026 clients'
            form).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SubscribeResult
    """

    return sync_detailed(
        client=client,
        body=body,
        action=action,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SubscribeParameters,
    action: Literal["subscribe"] = "subscribe",
) -> Response[SubscribeResult]:
    """Subscribe a member to a task (POST, JSON body)

     The same call as `subscribe`, sent the way the vendor's 2026 PHP and Python clients send every admin
    action: `POST /api/admin/v2?action=subscribe`, the parameters as a JSON object in the body
    (`Content-Type: application/json`), signed with the `Authorization: Admin ...` header. Ids may be
    JSON numbers or digit strings, numbers (priority, estimates) JSON numbers or text; everything else
    is as in the query form.

    What the call does: Adds one member to the subscribers of a task or subtask (subscribers are
    notified of its changes;
    `get_task` with `extra=subscribers` lists them). The answer carries no data. Refusals: an unknown
    task (code 5, presumed), an `email_user` that is not one member's address (code 11, `Invalid email`,
    `message_details` the value as given; recorded for two comma-separated addresses).

    Args:
        action (Literal['subscribe']):  Default: 'subscribe'.
        body (SubscribeParameters): Parameters of subscribe as a JSON object (the 2026 clients'
            form).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SubscribeResult]
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
    body: SubscribeParameters,
    action: Literal["subscribe"] = "subscribe",
) -> SubscribeResult | None:
    """Subscribe a member to a task (POST, JSON body)

     The same call as `subscribe`, sent the way the vendor's 2026 PHP and Python clients send every admin
    action: `POST /api/admin/v2?action=subscribe`, the parameters as a JSON object in the body
    (`Content-Type: application/json`), signed with the `Authorization: Admin ...` header. Ids may be
    JSON numbers or digit strings, numbers (priority, estimates) JSON numbers or text; everything else
    is as in the query form.

    What the call does: Adds one member to the subscribers of a task or subtask (subscribers are
    notified of its changes;
    `get_task` with `extra=subscribers` lists them). The answer carries no data. Refusals: an unknown
    task (code 5, presumed), an `email_user` that is not one member's address (code 11, `Invalid email`,
    `message_details` the value as given; recorded for two comma-separated addresses).

    Args:
        action (Literal['subscribe']):  Default: 'subscribe'.
        body (SubscribeParameters): Parameters of subscribe as a JSON object (the 2026 clients'
            form).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SubscribeResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            action=action,
        )
    ).parsed
