from http import HTTPStatus
from typing import Any, Literal

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_timers_result import GetTimersResult
from ...types import UNSET, Response


def _get_kwargs(
    *,
    action: Literal["get_timers"] = "get_timers",
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
    action: Literal["get_timers"] = "get_timers",
) -> Response[GetTimersResult]:
    """List running timers

     Returns every timer running at this moment in the account: who started it, when, how long it
    has run so far (`time`, `HH:MM:SS`), and the task it runs on with that task's project. Nothing
    changes. The list is empty when no timer runs.

    Vendor-doc correction: the documentation's sample answer is not valid JSON: the second timer is
    elided as `... ... ...` and the task's `tags` repeat the key `TAG_ID`. Every timer carries the
    same set of fields, and `tags` is an object of tag id to tag name.

    Args:
        action (Literal['get_timers']):  Default: 'get_timers'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetTimersResult]
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
    action: Literal["get_timers"] = "get_timers",
) -> GetTimersResult | None:
    """List running timers

     Returns every timer running at this moment in the account: who started it, when, how long it
    has run so far (`time`, `HH:MM:SS`), and the task it runs on with that task's project. Nothing
    changes. The list is empty when no timer runs.

    Vendor-doc correction: the documentation's sample answer is not valid JSON: the second timer is
    elided as `... ... ...` and the task's `tags` repeat the key `TAG_ID`. Every timer carries the
    same set of fields, and `tags` is an object of tag id to tag name.

    Args:
        action (Literal['get_timers']):  Default: 'get_timers'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetTimersResult
    """

    return sync_detailed(
        client=client,
        action=action,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["get_timers"] = "get_timers",
) -> Response[GetTimersResult]:
    """List running timers

     Returns every timer running at this moment in the account: who started it, when, how long it
    has run so far (`time`, `HH:MM:SS`), and the task it runs on with that task's project. Nothing
    changes. The list is empty when no timer runs.

    Vendor-doc correction: the documentation's sample answer is not valid JSON: the second timer is
    elided as `... ... ...` and the task's `tags` repeat the key `TAG_ID`. Every timer carries the
    same set of fields, and `tags` is an object of tag id to tag name.

    Args:
        action (Literal['get_timers']):  Default: 'get_timers'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetTimersResult]
    """

    kwargs = _get_kwargs(
        action=action,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["get_timers"] = "get_timers",
) -> GetTimersResult | None:
    """List running timers

     Returns every timer running at this moment in the account: who started it, when, how long it
    has run so far (`time`, `HH:MM:SS`), and the task it runs on with that task's project. Nothing
    changes. The list is empty when no timer runs.

    Vendor-doc correction: the documentation's sample answer is not valid JSON: the second timer is
    elided as `... ... ...` and the task's `tags` repeat the key `TAG_ID`. Every timer carries the
    same set of fields, and `tags` is an object of tag id to tag name.

    Args:
        action (Literal['get_timers']):  Default: 'get_timers'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetTimersResult
    """

    return (
        await asyncio_detailed(
            client=client,
            action=action,
        )
    ).parsed
