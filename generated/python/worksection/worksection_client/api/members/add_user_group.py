from http import HTTPStatus
from typing import Any, Literal

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_user_group_client import AddUserGroupClient
from ...models.add_user_group_result import AddUserGroupResult
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    action: Literal["add_user_group"] = "add_user_group",
    title: str,
    client_query: AddUserGroupClient | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["action"] = action

    params["title"] = title

    json_client_query: str | Unset = UNSET
    if not isinstance(client_query, Unset):
        json_client_query = client_query.value

    params["client"] = json_client_query

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/admin/v2/",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AddUserGroupResult | None:
    if response.status_code == 200:
        response_200 = AddUserGroupResult.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AddUserGroupResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["add_user_group"] = "add_user_group",
    title: str,
    client_query: AddUserGroupClient | Unset = UNSET,
) -> Response[AddUserGroupResult]:
    """Create a team

     Creates a team (user group) with the given name, unless a team of that name already exists; the
    answer carries the team either way (the new one, or, presumably, the existing one with its id).
    `client=1` makes it a client team, `client=0` (the default) a team of the company.

    Failures: `title` missing or empty, `status_code` 10 `Field is required` with `message_details`
    `title` (recorded).

    Args:
        action (Literal['add_user_group']):  Default: 'add_user_group'.
        title (str):
        client_query (AddUserGroupClient | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddUserGroupResult]
    """

    kwargs = _get_kwargs(
        action=action,
        title=title,
        client_query=client_query,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["add_user_group"] = "add_user_group",
    title: str,
    client_query: AddUserGroupClient | Unset = UNSET,
) -> AddUserGroupResult | None:
    """Create a team

     Creates a team (user group) with the given name, unless a team of that name already exists; the
    answer carries the team either way (the new one, or, presumably, the existing one with its id).
    `client=1` makes it a client team, `client=0` (the default) a team of the company.

    Failures: `title` missing or empty, `status_code` 10 `Field is required` with `message_details`
    `title` (recorded).

    Args:
        action (Literal['add_user_group']):  Default: 'add_user_group'.
        title (str):
        client_query (AddUserGroupClient | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddUserGroupResult
    """

    return sync_detailed(
        client=client,
        action=action,
        title=title,
        client_query=client_query,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["add_user_group"] = "add_user_group",
    title: str,
    client_query: AddUserGroupClient | Unset = UNSET,
) -> Response[AddUserGroupResult]:
    """Create a team

     Creates a team (user group) with the given name, unless a team of that name already exists; the
    answer carries the team either way (the new one, or, presumably, the existing one with its id).
    `client=1` makes it a client team, `client=0` (the default) a team of the company.

    Failures: `title` missing or empty, `status_code` 10 `Field is required` with `message_details`
    `title` (recorded).

    Args:
        action (Literal['add_user_group']):  Default: 'add_user_group'.
        title (str):
        client_query (AddUserGroupClient | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddUserGroupResult]
    """

    kwargs = _get_kwargs(
        action=action,
        title=title,
        client_query=client_query,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["add_user_group"] = "add_user_group",
    title: str,
    client_query: AddUserGroupClient | Unset = UNSET,
) -> AddUserGroupResult | None:
    """Create a team

     Creates a team (user group) with the given name, unless a team of that name already exists; the
    answer carries the team either way (the new one, or, presumably, the existing one with its id).
    `client=1` makes it a client team, `client=0` (the default) a team of the company.

    Failures: `title` missing or empty, `status_code` 10 `Field is required` with `message_details`
    `title` (recorded).

    Args:
        action (Literal['add_user_group']):  Default: 'add_user_group'.
        title (str):
        client_query (AddUserGroupClient | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddUserGroupResult
    """

    return (
        await asyncio_detailed(
            client=client,
            action=action,
            title=title,
            client_query=client_query,
        )
    ).parsed
