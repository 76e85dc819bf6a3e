from http import HTTPStatus
from typing import Any, Literal

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_project_tags_result import AddProjectTagsResult
from ...types import UNSET, Response


def _get_kwargs(
    *,
    action: Literal["add_project_tags"] = "add_project_tags",
    group: str,
    title: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["action"] = action

    params["group"] = group

    params["title"] = title

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/admin/v2/",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AddProjectTagsResult | None:
    if response.status_code == 200:
        response_200 = AddProjectTagsResult.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AddProjectTagsResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["add_project_tags"] = "add_project_tags",
    group: str,
    title: str,
) -> Response[AddProjectTagsResult]:
    """Create project tags

     Creates project tags with the listed names in one group, skipping names the group has already, and
    answers with the tags (`id` and `title`). A missing or empty `group` is refused with `status_code`
    10, "Field is required", `message_details` `group (id or title)` (checked before `title`); a missing
    `title` presumably with `message_details` `title`.

    Args:
        action (Literal['add_project_tags']):  Default: 'add_project_tags'.
        group (str): A tag group given by its name or by its id (digits).
        title (str): Names joined by commas (spaces after the commas are tolerated). The service
            refuses an empty list (code 10); it is still a string here because recorded calls send
            empty values to get that refusal.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddProjectTagsResult]
    """

    kwargs = _get_kwargs(
        action=action,
        group=group,
        title=title,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["add_project_tags"] = "add_project_tags",
    group: str,
    title: str,
) -> AddProjectTagsResult | None:
    """Create project tags

     Creates project tags with the listed names in one group, skipping names the group has already, and
    answers with the tags (`id` and `title`). A missing or empty `group` is refused with `status_code`
    10, "Field is required", `message_details` `group (id or title)` (checked before `title`); a missing
    `title` presumably with `message_details` `title`.

    Args:
        action (Literal['add_project_tags']):  Default: 'add_project_tags'.
        group (str): A tag group given by its name or by its id (digits).
        title (str): Names joined by commas (spaces after the commas are tolerated). The service
            refuses an empty list (code 10); it is still a string here because recorded calls send
            empty values to get that refusal.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddProjectTagsResult
    """

    return sync_detailed(
        client=client,
        action=action,
        group=group,
        title=title,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["add_project_tags"] = "add_project_tags",
    group: str,
    title: str,
) -> Response[AddProjectTagsResult]:
    """Create project tags

     Creates project tags with the listed names in one group, skipping names the group has already, and
    answers with the tags (`id` and `title`). A missing or empty `group` is refused with `status_code`
    10, "Field is required", `message_details` `group (id or title)` (checked before `title`); a missing
    `title` presumably with `message_details` `title`.

    Args:
        action (Literal['add_project_tags']):  Default: 'add_project_tags'.
        group (str): A tag group given by its name or by its id (digits).
        title (str): Names joined by commas (spaces after the commas are tolerated). The service
            refuses an empty list (code 10); it is still a string here because recorded calls send
            empty values to get that refusal.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddProjectTagsResult]
    """

    kwargs = _get_kwargs(
        action=action,
        group=group,
        title=title,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["add_project_tags"] = "add_project_tags",
    group: str,
    title: str,
) -> AddProjectTagsResult | None:
    """Create project tags

     Creates project tags with the listed names in one group, skipping names the group has already, and
    answers with the tags (`id` and `title`). A missing or empty `group` is refused with `status_code`
    10, "Field is required", `message_details` `group (id or title)` (checked before `title`); a missing
    `title` presumably with `message_details` `title`.

    Args:
        action (Literal['add_project_tags']):  Default: 'add_project_tags'.
        group (str): A tag group given by its name or by its id (digits).
        title (str): Names joined by commas (spaces after the commas are tolerated). The service
            refuses an empty list (code 10); it is still a string here because recorded calls send
            empty values to get that refusal.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddProjectTagsResult
    """

    return (
        await asyncio_detailed(
            client=client,
            action=action,
            group=group,
            title=title,
        )
    ).parsed
