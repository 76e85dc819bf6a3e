from http import HTTPStatus
from typing import Any, Literal

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_project_tag_groups_result import GetProjectTagGroupsResult
from ...models.project_tag_access import ProjectTagAccess
from ...models.project_tag_type import ProjectTagType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    action: Literal["get_project_tag_groups"] = "get_project_tag_groups",
    type_: ProjectTagType | Unset = UNSET,
    access: ProjectTagAccess | Unset = UNSET,
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


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetProjectTagGroupsResult | None:
    if response.status_code == 200:
        response_200 = GetProjectTagGroupsResult.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetProjectTagGroupsResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["get_project_tag_groups"] = "get_project_tag_groups",
    type_: ProjectTagType | Unset = UNSET,
    access: ProjectTagAccess | Unset = UNSET,
) -> Response[GetProjectTagGroupsResult]:
    """List project tag groups

     Returns the groups of project tags: each with its id, title, type (`status`, `label`, or empty for a
    group created without a type) and visibility. `type` and `access` narrow the list.

    Args:
        action (Literal['get_project_tag_groups']):  Default: 'get_project_tag_groups'.
        type_ (ProjectTagType | Unset): Kind of tag group: `status` (a set of statuses) or `label`
            (a set of labels).
        access (ProjectTagAccess | Unset): Visibility of a tag group: `public` (every team, client
            teams included) or `private` (the company's own teams only).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetProjectTagGroupsResult]
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
    action: Literal["get_project_tag_groups"] = "get_project_tag_groups",
    type_: ProjectTagType | Unset = UNSET,
    access: ProjectTagAccess | Unset = UNSET,
) -> GetProjectTagGroupsResult | None:
    """List project tag groups

     Returns the groups of project tags: each with its id, title, type (`status`, `label`, or empty for a
    group created without a type) and visibility. `type` and `access` narrow the list.

    Args:
        action (Literal['get_project_tag_groups']):  Default: 'get_project_tag_groups'.
        type_ (ProjectTagType | Unset): Kind of tag group: `status` (a set of statuses) or `label`
            (a set of labels).
        access (ProjectTagAccess | Unset): Visibility of a tag group: `public` (every team, client
            teams included) or `private` (the company's own teams only).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetProjectTagGroupsResult
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
    action: Literal["get_project_tag_groups"] = "get_project_tag_groups",
    type_: ProjectTagType | Unset = UNSET,
    access: ProjectTagAccess | Unset = UNSET,
) -> Response[GetProjectTagGroupsResult]:
    """List project tag groups

     Returns the groups of project tags: each with its id, title, type (`status`, `label`, or empty for a
    group created without a type) and visibility. `type` and `access` narrow the list.

    Args:
        action (Literal['get_project_tag_groups']):  Default: 'get_project_tag_groups'.
        type_ (ProjectTagType | Unset): Kind of tag group: `status` (a set of statuses) or `label`
            (a set of labels).
        access (ProjectTagAccess | Unset): Visibility of a tag group: `public` (every team, client
            teams included) or `private` (the company's own teams only).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetProjectTagGroupsResult]
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
    action: Literal["get_project_tag_groups"] = "get_project_tag_groups",
    type_: ProjectTagType | Unset = UNSET,
    access: ProjectTagAccess | Unset = UNSET,
) -> GetProjectTagGroupsResult | None:
    """List project tag groups

     Returns the groups of project tags: each with its id, title, type (`status`, `label`, or empty for a
    group created without a type) and visibility. `type` and `access` narrow the list.

    Args:
        action (Literal['get_project_tag_groups']):  Default: 'get_project_tag_groups'.
        type_ (ProjectTagType | Unset): Kind of tag group: `status` (a set of statuses) or `label`
            (a set of labels).
        access (ProjectTagAccess | Unset): Visibility of a tag group: `public` (every team, client
            teams included) or `private` (the company's own teams only).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetProjectTagGroupsResult
    """

    return (
        await asyncio_detailed(
            client=client,
            action=action,
            type_=type_,
            access=access,
        )
    ).parsed
