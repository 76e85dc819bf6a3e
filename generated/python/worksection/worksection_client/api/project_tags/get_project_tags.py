from http import HTTPStatus
from typing import Any, Literal

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_project_tags_result import GetProjectTagsResult
from ...models.project_tag_access import ProjectTagAccess
from ...models.project_tag_type import ProjectTagType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    action: Literal["get_project_tags"] = "get_project_tags",
    group: str | Unset = UNSET,
    type_: ProjectTagType | Unset = UNSET,
    access: ProjectTagAccess | Unset = UNSET,
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


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GetProjectTagsResult | None:
    if response.status_code == 200:
        response_200 = GetProjectTagsResult.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetProjectTagsResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["get_project_tags"] = "get_project_tags",
    group: str | Unset = UNSET,
    type_: ProjectTagType | Unset = UNSET,
    access: ProjectTagAccess | Unset = UNSET,
) -> Response[GetProjectTagsResult]:
    """List project tags

     Returns the account's project tags (the statuses and labels a project can carry), each with its
    group. `group` (a name or an id), `type` and `access` narrow the list to one group, one type of
    group or one visibility. The ids are the keys of a project's `tags`.

    Args:
        action (Literal['get_project_tags']):  Default: 'get_project_tags'.
        group (str | Unset): A tag group given by its name or by its id (digits).
        type_ (ProjectTagType | Unset): Kind of tag group: `status` (a set of statuses) or `label`
            (a set of labels).
        access (ProjectTagAccess | Unset): Visibility of a tag group: `public` (every team, client
            teams included) or `private` (the company's own teams only).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetProjectTagsResult]
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
    action: Literal["get_project_tags"] = "get_project_tags",
    group: str | Unset = UNSET,
    type_: ProjectTagType | Unset = UNSET,
    access: ProjectTagAccess | Unset = UNSET,
) -> GetProjectTagsResult | None:
    """List project tags

     Returns the account's project tags (the statuses and labels a project can carry), each with its
    group. `group` (a name or an id), `type` and `access` narrow the list to one group, one type of
    group or one visibility. The ids are the keys of a project's `tags`.

    Args:
        action (Literal['get_project_tags']):  Default: 'get_project_tags'.
        group (str | Unset): A tag group given by its name or by its id (digits).
        type_ (ProjectTagType | Unset): Kind of tag group: `status` (a set of statuses) or `label`
            (a set of labels).
        access (ProjectTagAccess | Unset): Visibility of a tag group: `public` (every team, client
            teams included) or `private` (the company's own teams only).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetProjectTagsResult
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
    action: Literal["get_project_tags"] = "get_project_tags",
    group: str | Unset = UNSET,
    type_: ProjectTagType | Unset = UNSET,
    access: ProjectTagAccess | Unset = UNSET,
) -> Response[GetProjectTagsResult]:
    """List project tags

     Returns the account's project tags (the statuses and labels a project can carry), each with its
    group. `group` (a name or an id), `type` and `access` narrow the list to one group, one type of
    group or one visibility. The ids are the keys of a project's `tags`.

    Args:
        action (Literal['get_project_tags']):  Default: 'get_project_tags'.
        group (str | Unset): A tag group given by its name or by its id (digits).
        type_ (ProjectTagType | Unset): Kind of tag group: `status` (a set of statuses) or `label`
            (a set of labels).
        access (ProjectTagAccess | Unset): Visibility of a tag group: `public` (every team, client
            teams included) or `private` (the company's own teams only).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetProjectTagsResult]
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
    action: Literal["get_project_tags"] = "get_project_tags",
    group: str | Unset = UNSET,
    type_: ProjectTagType | Unset = UNSET,
    access: ProjectTagAccess | Unset = UNSET,
) -> GetProjectTagsResult | None:
    """List project tags

     Returns the account's project tags (the statuses and labels a project can carry), each with its
    group. `group` (a name or an id), `type` and `access` narrow the list to one group, one type of
    group or one visibility. The ids are the keys of a project's `tags`.

    Args:
        action (Literal['get_project_tags']):  Default: 'get_project_tags'.
        group (str | Unset): A tag group given by its name or by its id (digits).
        type_ (ProjectTagType | Unset): Kind of tag group: `status` (a set of statuses) or `label`
            (a set of labels).
        access (ProjectTagAccess | Unset): Visibility of a tag group: `public` (every team, client
            teams included) or `private` (the company's own teams only).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetProjectTagsResult
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
