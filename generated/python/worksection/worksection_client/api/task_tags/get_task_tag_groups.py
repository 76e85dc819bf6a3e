from http import HTTPStatus
from typing import Any, Literal

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_task_tag_groups_result import GetTaskTagGroupsResult
from ...models.task_tag_access import TaskTagAccess
from ...models.task_tag_group_type import TaskTagGroupType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    action: Literal["get_task_tag_groups"] = "get_task_tag_groups",
    type_: TaskTagGroupType | Unset = UNSET,
    access: TaskTagAccess | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["action"] = action

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    json_access: str | Unset = UNSET
    if not isinstance(access, Unset):
        json_access = access.value

    params["access"] = json_access

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/admin/v2/",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GetTaskTagGroupsResult | None:
    if response.status_code == 200:
        response_200 = GetTaskTagGroupsResult.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetTaskTagGroupsResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["get_task_tag_groups"] = "get_task_tag_groups",
    type_: TaskTagGroupType | Unset = UNSET,
    access: TaskTagAccess | Unset = UNSET,
) -> Response[GetTaskTagGroupsResult]:
    """List task tag groups

     Returns the account's groups of task tags, optionally only those of one kind (`type`) or one
    visibility (`access`).

    Args:
        action (Literal['get_task_tag_groups']):  Default: 'get_task_tag_groups'.
        type_ (TaskTagGroupType | Unset): `status` (a task carries at most one status of the
            group) or `label` (any number).
        access (TaskTagAccess | Unset): `public` (visible to every team, client teams included) or
            `private` (the company's own teams only).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetTaskTagGroupsResult]
    """

    kwargs = _get_kwargs(
        action=action,
        type_=type_,
        access=access,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["get_task_tag_groups"] = "get_task_tag_groups",
    type_: TaskTagGroupType | Unset = UNSET,
    access: TaskTagAccess | Unset = UNSET,
) -> GetTaskTagGroupsResult | None:
    """List task tag groups

     Returns the account's groups of task tags, optionally only those of one kind (`type`) or one
    visibility (`access`).

    Args:
        action (Literal['get_task_tag_groups']):  Default: 'get_task_tag_groups'.
        type_ (TaskTagGroupType | Unset): `status` (a task carries at most one status of the
            group) or `label` (any number).
        access (TaskTagAccess | Unset): `public` (visible to every team, client teams included) or
            `private` (the company's own teams only).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetTaskTagGroupsResult
    """

    return sync_detailed(
        client=client,
        action=action,
        type_=type_,
        access=access,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["get_task_tag_groups"] = "get_task_tag_groups",
    type_: TaskTagGroupType | Unset = UNSET,
    access: TaskTagAccess | Unset = UNSET,
) -> Response[GetTaskTagGroupsResult]:
    """List task tag groups

     Returns the account's groups of task tags, optionally only those of one kind (`type`) or one
    visibility (`access`).

    Args:
        action (Literal['get_task_tag_groups']):  Default: 'get_task_tag_groups'.
        type_ (TaskTagGroupType | Unset): `status` (a task carries at most one status of the
            group) or `label` (any number).
        access (TaskTagAccess | Unset): `public` (visible to every team, client teams included) or
            `private` (the company's own teams only).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetTaskTagGroupsResult]
    """

    kwargs = _get_kwargs(
        action=action,
        type_=type_,
        access=access,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["get_task_tag_groups"] = "get_task_tag_groups",
    type_: TaskTagGroupType | Unset = UNSET,
    access: TaskTagAccess | Unset = UNSET,
) -> GetTaskTagGroupsResult | None:
    """List task tag groups

     Returns the account's groups of task tags, optionally only those of one kind (`type`) or one
    visibility (`access`).

    Args:
        action (Literal['get_task_tag_groups']):  Default: 'get_task_tag_groups'.
        type_ (TaskTagGroupType | Unset): `status` (a task carries at most one status of the
            group) or `label` (any number).
        access (TaskTagAccess | Unset): `public` (visible to every team, client teams included) or
            `private` (the company's own teams only).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetTaskTagGroupsResult
    """

    return (
        await asyncio_detailed(
            client=client,
            action=action,
            type_=type_,
            access=access,
        )
    ).parsed
