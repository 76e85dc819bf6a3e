from http import HTTPStatus
from typing import Any, Literal

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_user_groups_result import GetUserGroupsResult
from ...types import UNSET, Response


def _get_kwargs(
    *,
    action: Literal["get_user_groups"] = "get_user_groups",
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


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GetUserGroupsResult | None:
    if response.status_code == 200:
        response_200 = GetUserGroupsResult.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[GetUserGroupsResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["get_user_groups"] = "get_user_groups",
) -> Response[GetUserGroupsResult]:
    """List teams

     Returns the account's teams (user groups): the company's own teams (`client` 0) and client teams
    (`client` 1), each with id, name and `type` (always `company`). Reads only; no parameters, no
    paging. The recorded answer lists teams by ascending id.

    Args:
        action (Literal['get_user_groups']):  Default: 'get_user_groups'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetUserGroupsResult]
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
    action: Literal["get_user_groups"] = "get_user_groups",
) -> GetUserGroupsResult | None:
    """List teams

     Returns the account's teams (user groups): the company's own teams (`client` 0) and client teams
    (`client` 1), each with id, name and `type` (always `company`). Reads only; no parameters, no
    paging. The recorded answer lists teams by ascending id.

    Args:
        action (Literal['get_user_groups']):  Default: 'get_user_groups'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetUserGroupsResult
    """

    return sync_detailed(
        client=client,
        action=action,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["get_user_groups"] = "get_user_groups",
) -> Response[GetUserGroupsResult]:
    """List teams

     Returns the account's teams (user groups): the company's own teams (`client` 0) and client teams
    (`client` 1), each with id, name and `type` (always `company`). Reads only; no parameters, no
    paging. The recorded answer lists teams by ascending id.

    Args:
        action (Literal['get_user_groups']):  Default: 'get_user_groups'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetUserGroupsResult]
    """

    kwargs = _get_kwargs(
        action=action,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["get_user_groups"] = "get_user_groups",
) -> GetUserGroupsResult | None:
    """List teams

     Returns the account's teams (user groups): the company's own teams (`client` 0) and client teams
    (`client` 1), each with id, name and `type` (always `company`). Reads only; no parameters, no
    paging. The recorded answer lists teams by ascending id.

    Args:
        action (Literal['get_user_groups']):  Default: 'get_user_groups'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetUserGroupsResult
    """

    return (
        await asyncio_detailed(
            client=client,
            action=action,
        )
    ).parsed
