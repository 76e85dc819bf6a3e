from http import HTTPStatus
from typing import Any, Literal

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_project_groups_result import GetProjectGroupsResult
from ...types import UNSET, Response


def _get_kwargs(
    *,
    action: Literal["get_project_groups"] = "get_project_groups",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["action"] = action

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/admin/v2/",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GetProjectGroupsResult | None:
    if response.status_code == 200:
        response_200 = GetProjectGroupsResult.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetProjectGroupsResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["get_project_groups"] = "get_project_groups",
) -> Response[GetProjectGroupsResult]:
    """List project folders

     Returns every project folder of the account: the folders people made (`type` `folder`) and the
    folder each team has (`type` `company`, with `client` 0 for the company's own teams and 1 for client
    teams). A project's `company` is the title of its folder. Takes no parameters; the recorded answer
    is in alphabetical order of title.

    Args:
        action (Literal['get_project_groups']):  Default: 'get_project_groups'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetProjectGroupsResult]
    """

    kwargs = _get_kwargs(
        action=action,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["get_project_groups"] = "get_project_groups",
) -> GetProjectGroupsResult | None:
    """List project folders

     Returns every project folder of the account: the folders people made (`type` `folder`) and the
    folder each team has (`type` `company`, with `client` 0 for the company's own teams and 1 for client
    teams). A project's `company` is the title of its folder. Takes no parameters; the recorded answer
    is in alphabetical order of title.

    Args:
        action (Literal['get_project_groups']):  Default: 'get_project_groups'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetProjectGroupsResult
    """

    return sync_detailed(
        client=client,
        action=action,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["get_project_groups"] = "get_project_groups",
) -> Response[GetProjectGroupsResult]:
    """List project folders

     Returns every project folder of the account: the folders people made (`type` `folder`) and the
    folder each team has (`type` `company`, with `client` 0 for the company's own teams and 1 for client
    teams). A project's `company` is the title of its folder. Takes no parameters; the recorded answer
    is in alphabetical order of title.

    Args:
        action (Literal['get_project_groups']):  Default: 'get_project_groups'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetProjectGroupsResult]
    """

    kwargs = _get_kwargs(
        action=action,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["get_project_groups"] = "get_project_groups",
) -> GetProjectGroupsResult | None:
    """List project folders

     Returns every project folder of the account: the folders people made (`type` `folder`) and the
    folder each team has (`type` `company`, with `client` 0 for the company's own teams and 1 for client
    teams). A project's `company` is the title of its folder. Takes no parameters; the recorded answer
    is in alphabetical order of title.

    Args:
        action (Literal['get_project_groups']):  Default: 'get_project_groups'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetProjectGroupsResult
    """

    return (
        await asyncio_detailed(
            client=client,
            action=action,
        )
    ).parsed
