from http import HTTPStatus
from typing import Any, Literal

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_task_tags_result import GetTaskTagsResult
from ...models.task_tag_access import TaskTagAccess
from ...models.task_tag_group_type import TaskTagGroupType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    action: Literal["get_task_tags"] = "get_task_tags",
    group: str | Unset = UNSET,
    type_: TaskTagGroupType | Unset = UNSET,
    access: TaskTagAccess | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["action"] = action

    params["group"] = group

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


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GetTaskTagsResult | None:
    if response.status_code == 200:
        response_200 = GetTaskTagsResult.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[GetTaskTagsResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["get_task_tags"] = "get_task_tags",
    group: str | Unset = UNSET,
    type_: TaskTagGroupType | Unset = UNSET,
    access: TaskTagAccess | Unset = UNSET,
) -> Response[GetTaskTagsResult]:
    """List task statuses and labels

     Returns the account's task tags (statuses and labels), each with its group, optionally only those of
    one group (by name or id), of one kind (`type`) or of one visibility (`access`). Recorded answers
    keep the groups' own order.

    Args:
        action (Literal['get_task_tags']):  Default: 'get_task_tags'.
        group (str | Unset):
        type_ (TaskTagGroupType | Unset): `status` (a task carries at most one status of the
            group) or `label` (any number).
        access (TaskTagAccess | Unset): `public` (visible to every team, client teams included) or
            `private` (the company's own teams only).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetTaskTagsResult]
    """

    kwargs = _get_kwargs(
        action=action,
        group=group,
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
    action: Literal["get_task_tags"] = "get_task_tags",
    group: str | Unset = UNSET,
    type_: TaskTagGroupType | Unset = UNSET,
    access: TaskTagAccess | Unset = UNSET,
) -> GetTaskTagsResult | None:
    """List task statuses and labels

     Returns the account's task tags (statuses and labels), each with its group, optionally only those of
    one group (by name or id), of one kind (`type`) or of one visibility (`access`). Recorded answers
    keep the groups' own order.

    Args:
        action (Literal['get_task_tags']):  Default: 'get_task_tags'.
        group (str | Unset):
        type_ (TaskTagGroupType | Unset): `status` (a task carries at most one status of the
            group) or `label` (any number).
        access (TaskTagAccess | Unset): `public` (visible to every team, client teams included) or
            `private` (the company's own teams only).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetTaskTagsResult
    """

    return sync_detailed(
        client=client,
        action=action,
        group=group,
        type_=type_,
        access=access,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["get_task_tags"] = "get_task_tags",
    group: str | Unset = UNSET,
    type_: TaskTagGroupType | Unset = UNSET,
    access: TaskTagAccess | Unset = UNSET,
) -> Response[GetTaskTagsResult]:
    """List task statuses and labels

     Returns the account's task tags (statuses and labels), each with its group, optionally only those of
    one group (by name or id), of one kind (`type`) or of one visibility (`access`). Recorded answers
    keep the groups' own order.

    Args:
        action (Literal['get_task_tags']):  Default: 'get_task_tags'.
        group (str | Unset):
        type_ (TaskTagGroupType | Unset): `status` (a task carries at most one status of the
            group) or `label` (any number).
        access (TaskTagAccess | Unset): `public` (visible to every team, client teams included) or
            `private` (the company's own teams only).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetTaskTagsResult]
    """

    kwargs = _get_kwargs(
        action=action,
        group=group,
        type_=type_,
        access=access,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["get_task_tags"] = "get_task_tags",
    group: str | Unset = UNSET,
    type_: TaskTagGroupType | Unset = UNSET,
    access: TaskTagAccess | Unset = UNSET,
) -> GetTaskTagsResult | None:
    """List task statuses and labels

     Returns the account's task tags (statuses and labels), each with its group, optionally only those of
    one group (by name or id), of one kind (`type`) or of one visibility (`access`). Recorded answers
    keep the groups' own order.

    Args:
        action (Literal['get_task_tags']):  Default: 'get_task_tags'.
        group (str | Unset):
        type_ (TaskTagGroupType | Unset): `status` (a task carries at most one status of the
            group) or `label` (any number).
        access (TaskTagAccess | Unset): `public` (visible to every team, client teams included) or
            `private` (the company's own teams only).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetTaskTagsResult
    """

    return (
        await asyncio_detailed(
            client=client,
            action=action,
            group=group,
            type_=type_,
            access=access,
        )
    ).parsed
