from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.project_list_envelope import ProjectListEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    load_team: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["loadTeam"] = load_team

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/service/get/projects/getAll",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | ProjectListEnvelope | None:
    if response.status_code == 200:
        response_200 = ProjectListEnvelope.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorEnvelope.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorEnvelope.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorEnvelope | ProjectListEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    load_team: bool | Unset = False,
) -> Response[ErrorEnvelope | ProjectListEnvelope]:
    """List all projects

     Returns every project the caller can see, without filtering or paging. Pass `loadTeam=true` to
    include each project's team.

    Vendor-doc correction: the heading prints `/service/post/projects/getAll`; reads live under
    `/service/get/`, as the vendor's own call example shows.

    Args:
        load_team (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ProjectListEnvelope]
    """

    kwargs = _get_kwargs(
        load_team=load_team,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    load_team: bool | Unset = False,
) -> ErrorEnvelope | ProjectListEnvelope | None:
    """List all projects

     Returns every project the caller can see, without filtering or paging. Pass `loadTeam=true` to
    include each project's team.

    Vendor-doc correction: the heading prints `/service/post/projects/getAll`; reads live under
    `/service/get/`, as the vendor's own call example shows.

    Args:
        load_team (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ProjectListEnvelope
    """

    return sync_detailed(
        client=client,
        load_team=load_team,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    load_team: bool | Unset = False,
) -> Response[ErrorEnvelope | ProjectListEnvelope]:
    """List all projects

     Returns every project the caller can see, without filtering or paging. Pass `loadTeam=true` to
    include each project's team.

    Vendor-doc correction: the heading prints `/service/post/projects/getAll`; reads live under
    `/service/get/`, as the vendor's own call example shows.

    Args:
        load_team (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ProjectListEnvelope]
    """

    kwargs = _get_kwargs(
        load_team=load_team,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    load_team: bool | Unset = False,
) -> ErrorEnvelope | ProjectListEnvelope | None:
    """List all projects

     Returns every project the caller can see, without filtering or paging. Pass `loadTeam=true` to
    include each project's team.

    Vendor-doc correction: the heading prints `/service/post/projects/getAll`; reads live under
    `/service/get/`, as the vendor's own call example shows.

    Args:
        load_team (bool | Unset):  Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ProjectListEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            load_team=load_team,
        )
    ).parsed
