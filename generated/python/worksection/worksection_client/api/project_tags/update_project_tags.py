from http import HTTPStatus
from typing import Any, Literal

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.update_project_tags_result import UpdateProjectTagsResult
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    action: Literal["update_project_tags"] = "update_project_tags",
    id_project: str,
    plus: str | Unset = UNSET,
    minus: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["action"] = action

    params["id_project"] = id_project

    params["plus"] = plus

    params["minus"] = minus

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/admin/v2/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> UpdateProjectTagsResult | None:
    if response.status_code == 200:
        response_200 = UpdateProjectTagsResult.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[UpdateProjectTagsResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["update_project_tags"] = "update_project_tags",
    id_project: str,
    plus: str | Unset = UNSET,
    minus: str | Unset = UNSET,
) -> Response[UpdateProjectTagsResult]:
    """Set and unset tags on a project

     Sets the tags listed in `plus` on a project and takes off those in `minus`, and answers `{"status":
    "ok"}` without data. Tags are named by their full name or by id. A name or id that is no project tag
    is refused with `status_code` 16, "Tag is invalid", the name in `message_details`; an unknown
    project with `status_code` 4 (presumed). Setting a status presumably replaces the project's other
    status of the same group. The 2026 clients always send both lists, empty when there is nothing to
    do.

    Args:
        action (Literal['update_project_tags']):  Default: 'update_project_tags'.
        id_project (str): The id of a record as a request parameter, a string of digits (as the
            service returns ids).
        plus (str | Unset): Tag names or tag ids joined by commas (spaces around the commas are
            tolerated); may be empty, meaning none.
        minus (str | Unset): Tag names or tag ids joined by commas (spaces around the commas are
            tolerated); may be empty, meaning none.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateProjectTagsResult]
    """

    kwargs = _get_kwargs(
        action=action,
        id_project=id_project,
        plus=plus,
        minus=minus,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["update_project_tags"] = "update_project_tags",
    id_project: str,
    plus: str | Unset = UNSET,
    minus: str | Unset = UNSET,
) -> UpdateProjectTagsResult | None:
    """Set and unset tags on a project

     Sets the tags listed in `plus` on a project and takes off those in `minus`, and answers `{"status":
    "ok"}` without data. Tags are named by their full name or by id. A name or id that is no project tag
    is refused with `status_code` 16, "Tag is invalid", the name in `message_details`; an unknown
    project with `status_code` 4 (presumed). Setting a status presumably replaces the project's other
    status of the same group. The 2026 clients always send both lists, empty when there is nothing to
    do.

    Args:
        action (Literal['update_project_tags']):  Default: 'update_project_tags'.
        id_project (str): The id of a record as a request parameter, a string of digits (as the
            service returns ids).
        plus (str | Unset): Tag names or tag ids joined by commas (spaces around the commas are
            tolerated); may be empty, meaning none.
        minus (str | Unset): Tag names or tag ids joined by commas (spaces around the commas are
            tolerated); may be empty, meaning none.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateProjectTagsResult
    """

    return sync_detailed(
        client=client,
        action=action,
        id_project=id_project,
        plus=plus,
        minus=minus,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["update_project_tags"] = "update_project_tags",
    id_project: str,
    plus: str | Unset = UNSET,
    minus: str | Unset = UNSET,
) -> Response[UpdateProjectTagsResult]:
    """Set and unset tags on a project

     Sets the tags listed in `plus` on a project and takes off those in `minus`, and answers `{"status":
    "ok"}` without data. Tags are named by their full name or by id. A name or id that is no project tag
    is refused with `status_code` 16, "Tag is invalid", the name in `message_details`; an unknown
    project with `status_code` 4 (presumed). Setting a status presumably replaces the project's other
    status of the same group. The 2026 clients always send both lists, empty when there is nothing to
    do.

    Args:
        action (Literal['update_project_tags']):  Default: 'update_project_tags'.
        id_project (str): The id of a record as a request parameter, a string of digits (as the
            service returns ids).
        plus (str | Unset): Tag names or tag ids joined by commas (spaces around the commas are
            tolerated); may be empty, meaning none.
        minus (str | Unset): Tag names or tag ids joined by commas (spaces around the commas are
            tolerated); may be empty, meaning none.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateProjectTagsResult]
    """

    kwargs = _get_kwargs(
        action=action,
        id_project=id_project,
        plus=plus,
        minus=minus,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["update_project_tags"] = "update_project_tags",
    id_project: str,
    plus: str | Unset = UNSET,
    minus: str | Unset = UNSET,
) -> UpdateProjectTagsResult | None:
    """Set and unset tags on a project

     Sets the tags listed in `plus` on a project and takes off those in `minus`, and answers `{"status":
    "ok"}` without data. Tags are named by their full name or by id. A name or id that is no project tag
    is refused with `status_code` 16, "Tag is invalid", the name in `message_details`; an unknown
    project with `status_code` 4 (presumed). Setting a status presumably replaces the project's other
    status of the same group. The 2026 clients always send both lists, empty when there is nothing to
    do.

    Args:
        action (Literal['update_project_tags']):  Default: 'update_project_tags'.
        id_project (str): The id of a record as a request parameter, a string of digits (as the
            service returns ids).
        plus (str | Unset): Tag names or tag ids joined by commas (spaces around the commas are
            tolerated); may be empty, meaning none.
        minus (str | Unset): Tag names or tag ids joined by commas (spaces around the commas are
            tolerated); may be empty, meaning none.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateProjectTagsResult
    """

    return (
        await asyncio_detailed(
            client=client,
            action=action,
            id_project=id_project,
            plus=plus,
            minus=minus,
        )
    ).parsed
