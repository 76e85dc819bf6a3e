from http import HTTPStatus
from typing import Any, Literal

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_user_groups_parameters import GetUserGroupsParameters
from ...models.get_user_groups_result import GetUserGroupsResult
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: GetUserGroupsParameters | Unset = UNSET,
    action: Literal["get_user_groups"] = "get_user_groups",
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

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    body: GetUserGroupsParameters | Unset = UNSET,
    action: Literal["get_user_groups"] = "get_user_groups",
) -> Response[GetUserGroupsResult]:
    """List teams (POST, JSON body)

     The same call as `getUserGroups`, sent the way the vendor's 2026 PHP and Python clients send every
    admin
    action: `POST /api/admin/v2?action=get_user_groups` with the parameters as a JSON object in the body
    (`Content-Type: application/json`), signed with the `Authorization: Admin ...` header.

    The action takes no parameters: the clients send no body; an empty object is accepted too.

    The 2026 clients post to `/api/admin/v2` without the final slash; this document (like the mock)
    uses the documented URL with it.

    Args:
        action (Literal['get_user_groups']):  Default: 'get_user_groups'.
        body (GetUserGroupsParameters | Unset): Parameters of get_user_groups as a JSON object
            (the 2026 clients' form); the action takes none, so the object is empty.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetUserGroupsResult]
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
    body: GetUserGroupsParameters | Unset = UNSET,
    action: Literal["get_user_groups"] = "get_user_groups",
) -> GetUserGroupsResult | None:
    """List teams (POST, JSON body)

     The same call as `getUserGroups`, sent the way the vendor's 2026 PHP and Python clients send every
    admin
    action: `POST /api/admin/v2?action=get_user_groups` with the parameters as a JSON object in the body
    (`Content-Type: application/json`), signed with the `Authorization: Admin ...` header.

    The action takes no parameters: the clients send no body; an empty object is accepted too.

    The 2026 clients post to `/api/admin/v2` without the final slash; this document (like the mock)
    uses the documented URL with it.

    Args:
        action (Literal['get_user_groups']):  Default: 'get_user_groups'.
        body (GetUserGroupsParameters | Unset): Parameters of get_user_groups as a JSON object
            (the 2026 clients' form); the action takes none, so the object is empty.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetUserGroupsResult
    """

    return sync_detailed(
        client=client,
        body=body,
        action=action,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetUserGroupsParameters | Unset = UNSET,
    action: Literal["get_user_groups"] = "get_user_groups",
) -> Response[GetUserGroupsResult]:
    """List teams (POST, JSON body)

     The same call as `getUserGroups`, sent the way the vendor's 2026 PHP and Python clients send every
    admin
    action: `POST /api/admin/v2?action=get_user_groups` with the parameters as a JSON object in the body
    (`Content-Type: application/json`), signed with the `Authorization: Admin ...` header.

    The action takes no parameters: the clients send no body; an empty object is accepted too.

    The 2026 clients post to `/api/admin/v2` without the final slash; this document (like the mock)
    uses the documented URL with it.

    Args:
        action (Literal['get_user_groups']):  Default: 'get_user_groups'.
        body (GetUserGroupsParameters | Unset): Parameters of get_user_groups as a JSON object
            (the 2026 clients' form); the action takes none, so the object is empty.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetUserGroupsResult]
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
    body: GetUserGroupsParameters | Unset = UNSET,
    action: Literal["get_user_groups"] = "get_user_groups",
) -> GetUserGroupsResult | None:
    """List teams (POST, JSON body)

     The same call as `getUserGroups`, sent the way the vendor's 2026 PHP and Python clients send every
    admin
    action: `POST /api/admin/v2?action=get_user_groups` with the parameters as a JSON object in the body
    (`Content-Type: application/json`), signed with the `Authorization: Admin ...` header.

    The action takes no parameters: the clients send no body; an empty object is accepted too.

    The 2026 clients post to `/api/admin/v2` without the final slash; this document (like the mock)
    uses the documented URL with it.

    Args:
        action (Literal['get_user_groups']):  Default: 'get_user_groups'.
        body (GetUserGroupsParameters | Unset): Parameters of get_user_groups as a JSON object
            (the 2026 clients' form); the action takes none, so the object is empty.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetUserGroupsResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            action=action,
        )
    ).parsed
