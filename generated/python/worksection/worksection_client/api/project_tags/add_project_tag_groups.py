from http import HTTPStatus
from typing import Any, Literal

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_project_tag_groups_result import AddProjectTagGroupsResult
from ...models.project_tag_access import ProjectTagAccess
from ...models.project_tag_type import ProjectTagType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    action: Literal["add_project_tag_groups"] = "add_project_tag_groups",
    title: str,
    access: ProjectTagAccess,
    type_: ProjectTagType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["action"] = action

    params["title"] = title

    json_access = access.value
    params["access"] = json_access

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/admin/v2/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AddProjectTagGroupsResult | None:
    if response.status_code == 200:
        response_200 = AddProjectTagGroupsResult.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AddProjectTagGroupsResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["add_project_tag_groups"] = "add_project_tag_groups",
    title: str,
    access: ProjectTagAccess,
    type_: ProjectTagType | Unset = UNSET,
) -> Response[AddProjectTagGroupsResult]:
    """Create project tag groups

     Creates project tag groups with the listed names, skipping names that exist, and answers with the
    groups. `access` sets their visibility (status groups are always public); `type` (`status` or
    `label`) may be left out, and the groups then have an empty `type`. A missing or empty `title` is
    refused with `status_code` 10, "Field is required", `message_details` `title`.

    Args:
        action (Literal['add_project_tag_groups']):  Default: 'add_project_tag_groups'.
        title (str): Names joined by commas (spaces after the commas are tolerated). The service
            refuses an empty list (code 10); it is still a string here because recorded calls send
            empty values to get that refusal.
        access (ProjectTagAccess): Visibility of a tag group: `public` (every team, client teams
            included) or `private` (the company's own teams only).
        type_ (ProjectTagType | Unset): Kind of tag group: `status` (a set of statuses) or `label`
            (a set of labels).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddProjectTagGroupsResult]
    """

    kwargs = _get_kwargs(
        action=action,
        title=title,
        access=access,
        type_=type_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["add_project_tag_groups"] = "add_project_tag_groups",
    title: str,
    access: ProjectTagAccess,
    type_: ProjectTagType | Unset = UNSET,
) -> AddProjectTagGroupsResult | None:
    """Create project tag groups

     Creates project tag groups with the listed names, skipping names that exist, and answers with the
    groups. `access` sets their visibility (status groups are always public); `type` (`status` or
    `label`) may be left out, and the groups then have an empty `type`. A missing or empty `title` is
    refused with `status_code` 10, "Field is required", `message_details` `title`.

    Args:
        action (Literal['add_project_tag_groups']):  Default: 'add_project_tag_groups'.
        title (str): Names joined by commas (spaces after the commas are tolerated). The service
            refuses an empty list (code 10); it is still a string here because recorded calls send
            empty values to get that refusal.
        access (ProjectTagAccess): Visibility of a tag group: `public` (every team, client teams
            included) or `private` (the company's own teams only).
        type_ (ProjectTagType | Unset): Kind of tag group: `status` (a set of statuses) or `label`
            (a set of labels).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddProjectTagGroupsResult
    """

    return sync_detailed(
        client=client,
        action=action,
        title=title,
        access=access,
        type_=type_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["add_project_tag_groups"] = "add_project_tag_groups",
    title: str,
    access: ProjectTagAccess,
    type_: ProjectTagType | Unset = UNSET,
) -> Response[AddProjectTagGroupsResult]:
    """Create project tag groups

     Creates project tag groups with the listed names, skipping names that exist, and answers with the
    groups. `access` sets their visibility (status groups are always public); `type` (`status` or
    `label`) may be left out, and the groups then have an empty `type`. A missing or empty `title` is
    refused with `status_code` 10, "Field is required", `message_details` `title`.

    Args:
        action (Literal['add_project_tag_groups']):  Default: 'add_project_tag_groups'.
        title (str): Names joined by commas (spaces after the commas are tolerated). The service
            refuses an empty list (code 10); it is still a string here because recorded calls send
            empty values to get that refusal.
        access (ProjectTagAccess): Visibility of a tag group: `public` (every team, client teams
            included) or `private` (the company's own teams only).
        type_ (ProjectTagType | Unset): Kind of tag group: `status` (a set of statuses) or `label`
            (a set of labels).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddProjectTagGroupsResult]
    """

    kwargs = _get_kwargs(
        action=action,
        title=title,
        access=access,
        type_=type_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["add_project_tag_groups"] = "add_project_tag_groups",
    title: str,
    access: ProjectTagAccess,
    type_: ProjectTagType | Unset = UNSET,
) -> AddProjectTagGroupsResult | None:
    """Create project tag groups

     Creates project tag groups with the listed names, skipping names that exist, and answers with the
    groups. `access` sets their visibility (status groups are always public); `type` (`status` or
    `label`) may be left out, and the groups then have an empty `type`. A missing or empty `title` is
    refused with `status_code` 10, "Field is required", `message_details` `title`.

    Args:
        action (Literal['add_project_tag_groups']):  Default: 'add_project_tag_groups'.
        title (str): Names joined by commas (spaces after the commas are tolerated). The service
            refuses an empty list (code 10); it is still a string here because recorded calls send
            empty values to get that refusal.
        access (ProjectTagAccess): Visibility of a tag group: `public` (every team, client teams
            included) or `private` (the company's own teams only).
        type_ (ProjectTagType | Unset): Kind of tag group: `status` (a set of statuses) or `label`
            (a set of labels).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddProjectTagGroupsResult
    """

    return (
        await asyncio_detailed(
            client=client,
            action=action,
            title=title,
            access=access,
            type_=type_,
        )
    ).parsed
