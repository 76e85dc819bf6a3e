from http import HTTPStatus
from typing import Any, Literal

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_task_tag_groups_result import AddTaskTagGroupsResult
from ...models.task_tag_access import TaskTagAccess
from ...models.task_tag_group_type import TaskTagGroupType
from ...types import UNSET, Response


def _get_kwargs(
    *,
    action: Literal["add_task_tag_groups"] = "add_task_tag_groups",
    type_: TaskTagGroupType,
    access: TaskTagAccess,
    title: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["action"] = action

    json_type_ = type_.value
    params["type"] = json_type_

    json_access = access.value
    params["access"] = json_access

    params["title"] = title

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/admin/v2/",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AddTaskTagGroupsResult | None:
    if response.status_code == 200:
        response_200 = AddTaskTagGroupsResult.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AddTaskTagGroupsResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["add_task_tag_groups"] = "add_task_tag_groups",
    type_: TaskTagGroupType,
    access: TaskTagAccess,
    title: str,
) -> Response[AddTaskTagGroupsResult]:
    """Create task tag groups

     Creates groups of task tags of one kind and visibility, one per comma-separated name of `title`,
    skipping names that exist already, and returns them. Status groups are public whatever `access`
    says. A missing or empty `title` is refused with code 10 (`Field is required`, `message_details`
    "title").

    Args:
        action (Literal['add_task_tag_groups']):  Default: 'add_task_tag_groups'.
        type_ (TaskTagGroupType): `status` (a task carries at most one status of the group) or
            `label` (any number).
        access (TaskTagAccess): `public` (visible to every team, client teams included) or
            `private` (the company's own teams only).
        title (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddTaskTagGroupsResult]
    """

    kwargs = _get_kwargs(
        action=action,
        type_=type_,
        access=access,
        title=title,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["add_task_tag_groups"] = "add_task_tag_groups",
    type_: TaskTagGroupType,
    access: TaskTagAccess,
    title: str,
) -> AddTaskTagGroupsResult | None:
    """Create task tag groups

     Creates groups of task tags of one kind and visibility, one per comma-separated name of `title`,
    skipping names that exist already, and returns them. Status groups are public whatever `access`
    says. A missing or empty `title` is refused with code 10 (`Field is required`, `message_details`
    "title").

    Args:
        action (Literal['add_task_tag_groups']):  Default: 'add_task_tag_groups'.
        type_ (TaskTagGroupType): `status` (a task carries at most one status of the group) or
            `label` (any number).
        access (TaskTagAccess): `public` (visible to every team, client teams included) or
            `private` (the company's own teams only).
        title (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddTaskTagGroupsResult
    """

    return sync_detailed(
        client=client,
        action=action,
        type_=type_,
        access=access,
        title=title,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["add_task_tag_groups"] = "add_task_tag_groups",
    type_: TaskTagGroupType,
    access: TaskTagAccess,
    title: str,
) -> Response[AddTaskTagGroupsResult]:
    """Create task tag groups

     Creates groups of task tags of one kind and visibility, one per comma-separated name of `title`,
    skipping names that exist already, and returns them. Status groups are public whatever `access`
    says. A missing or empty `title` is refused with code 10 (`Field is required`, `message_details`
    "title").

    Args:
        action (Literal['add_task_tag_groups']):  Default: 'add_task_tag_groups'.
        type_ (TaskTagGroupType): `status` (a task carries at most one status of the group) or
            `label` (any number).
        access (TaskTagAccess): `public` (visible to every team, client teams included) or
            `private` (the company's own teams only).
        title (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddTaskTagGroupsResult]
    """

    kwargs = _get_kwargs(
        action=action,
        type_=type_,
        access=access,
        title=title,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["add_task_tag_groups"] = "add_task_tag_groups",
    type_: TaskTagGroupType,
    access: TaskTagAccess,
    title: str,
) -> AddTaskTagGroupsResult | None:
    """Create task tag groups

     Creates groups of task tags of one kind and visibility, one per comma-separated name of `title`,
    skipping names that exist already, and returns them. Status groups are public whatever `access`
    says. A missing or empty `title` is refused with code 10 (`Field is required`, `message_details`
    "title").

    Args:
        action (Literal['add_task_tag_groups']):  Default: 'add_task_tag_groups'.
        type_ (TaskTagGroupType): `status` (a task carries at most one status of the group) or
            `label` (any number).
        access (TaskTagAccess): `public` (visible to every team, client teams included) or
            `private` (the company's own teams only).
        title (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddTaskTagGroupsResult
    """

    return (
        await asyncio_detailed(
            client=client,
            action=action,
            type_=type_,
            access=access,
            title=title,
        )
    ).parsed
