from http import HTTPStatus
from typing import Any, Literal

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_project_group_result import AddProjectGroupResult
from ...types import UNSET, Response


def _get_kwargs(
    *,
    action: Literal["add_project_group"] = "add_project_group",
    title: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["action"] = action

    params["title"] = title

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/admin/v2/",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AddProjectGroupResult | None:
    if response.status_code == 200:
        response_200 = AddProjectGroupResult.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AddProjectGroupResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["add_project_group"] = "add_project_group",
    title: str,
) -> Response[AddProjectGroupResult]:
    """Create a project folder

     Creates a user folder with the given title, unless a folder of that name exists already, and answers
    with the folder (`type` `folder`). Whether the existing folder is then answered, as presumed here,
    is
    not recorded. A missing or empty title is refused with `status_code` 10, "Field is required",
    `message_details` `title`.

    Vendor-doc correction: the vendor's Postman collection sets `action=add_project_groups` (plural) on
    this
    request; the action is `add_project_group`, as its own recorded calls, the documentation and every
    vendor client send it.

    Args:
        action (Literal['add_project_group']):  Default: 'add_project_group'.
        title (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddProjectGroupResult]
    """

    kwargs = _get_kwargs(
        action=action,
        title=title,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["add_project_group"] = "add_project_group",
    title: str,
) -> AddProjectGroupResult | None:
    """Create a project folder

     Creates a user folder with the given title, unless a folder of that name exists already, and answers
    with the folder (`type` `folder`). Whether the existing folder is then answered, as presumed here,
    is
    not recorded. A missing or empty title is refused with `status_code` 10, "Field is required",
    `message_details` `title`.

    Vendor-doc correction: the vendor's Postman collection sets `action=add_project_groups` (plural) on
    this
    request; the action is `add_project_group`, as its own recorded calls, the documentation and every
    vendor client send it.

    Args:
        action (Literal['add_project_group']):  Default: 'add_project_group'.
        title (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddProjectGroupResult
    """

    return sync_detailed(
        client=client,
        action=action,
        title=title,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["add_project_group"] = "add_project_group",
    title: str,
) -> Response[AddProjectGroupResult]:
    """Create a project folder

     Creates a user folder with the given title, unless a folder of that name exists already, and answers
    with the folder (`type` `folder`). Whether the existing folder is then answered, as presumed here,
    is
    not recorded. A missing or empty title is refused with `status_code` 10, "Field is required",
    `message_details` `title`.

    Vendor-doc correction: the vendor's Postman collection sets `action=add_project_groups` (plural) on
    this
    request; the action is `add_project_group`, as its own recorded calls, the documentation and every
    vendor client send it.

    Args:
        action (Literal['add_project_group']):  Default: 'add_project_group'.
        title (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddProjectGroupResult]
    """

    kwargs = _get_kwargs(
        action=action,
        title=title,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["add_project_group"] = "add_project_group",
    title: str,
) -> AddProjectGroupResult | None:
    """Create a project folder

     Creates a user folder with the given title, unless a folder of that name exists already, and answers
    with the folder (`type` `folder`). Whether the existing folder is then answered, as presumed here,
    is
    not recorded. A missing or empty title is refused with `status_code` 10, "Field is required",
    `message_details` `title`.

    Vendor-doc correction: the vendor's Postman collection sets `action=add_project_groups` (plural) on
    this
    request; the action is `add_project_group`, as its own recorded calls, the documentation and every
    vendor client send it.

    Args:
        action (Literal['add_project_group']):  Default: 'add_project_group'.
        title (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddProjectGroupResult
    """

    return (
        await asyncio_detailed(
            client=client,
            action=action,
            title=title,
        )
    ).parsed
