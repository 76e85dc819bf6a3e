from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.project_filter import ProjectFilter
from ...models.project_list_envelope import ProjectListEnvelope
from ...types import UNSET, Response, Unset, deep_object


def _get_kwargs(
    *,
    load_team: bool | Unset = False,
    filter_: ProjectFilter | Unset = UNSET,
    offset: int | Unset = 0,
    count: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["loadTeam"] = load_team

    json_filter_: dict[str, Any] | Unset = UNSET
    if not isinstance(filter_, Unset):
        json_filter_ = filter_.to_dict()
    if not isinstance(json_filter_, Unset):
        params.update(deep_object("filter", json_filter_))

    params["offset"] = offset

    params["count"] = count

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/service/get/projects/getList",
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
    filter_: ProjectFilter | Unset = UNSET,
    offset: int | Unset = 0,
    count: int | Unset = UNSET,
) -> Response[ErrorEnvelope | ProjectListEnvelope]:
    """Search projects

     Returns one page of the projects that match `filter`. Page with `offset` and `count`; `total` in the
    result gives the number of matches overall.

    Vendor-doc correction: the heading prints `/service/post/projects/getList`; reads live under
    `/service/get/`, as the vendor's own call example shows.

    Args:
        load_team (bool | Unset):  Default: False.
        filter_ (ProjectFilter | Unset): Conditions for `projects/getList`. Whether `name` must
            match the whole name or a part of it is not documented. Conditions combine: all given ones
            must hold (assumed).

            Vendor-doc correction: the documentation calls the filter an array; it is a keyed map sent
            as `filter[key]=value`.
        offset (int | Unset):  Default: 0.
        count (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ProjectListEnvelope]
    """

    kwargs = _get_kwargs(
        load_team=load_team,
        filter_=filter_,
        offset=offset,
        count=count,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    load_team: bool | Unset = False,
    filter_: ProjectFilter | Unset = UNSET,
    offset: int | Unset = 0,
    count: int | Unset = UNSET,
) -> ErrorEnvelope | ProjectListEnvelope | None:
    """Search projects

     Returns one page of the projects that match `filter`. Page with `offset` and `count`; `total` in the
    result gives the number of matches overall.

    Vendor-doc correction: the heading prints `/service/post/projects/getList`; reads live under
    `/service/get/`, as the vendor's own call example shows.

    Args:
        load_team (bool | Unset):  Default: False.
        filter_ (ProjectFilter | Unset): Conditions for `projects/getList`. Whether `name` must
            match the whole name or a part of it is not documented. Conditions combine: all given ones
            must hold (assumed).

            Vendor-doc correction: the documentation calls the filter an array; it is a keyed map sent
            as `filter[key]=value`.
        offset (int | Unset):  Default: 0.
        count (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ProjectListEnvelope
    """

    return sync_detailed(
        client=client,
        load_team=load_team,
        filter_=filter_,
        offset=offset,
        count=count,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    load_team: bool | Unset = False,
    filter_: ProjectFilter | Unset = UNSET,
    offset: int | Unset = 0,
    count: int | Unset = UNSET,
) -> Response[ErrorEnvelope | ProjectListEnvelope]:
    """Search projects

     Returns one page of the projects that match `filter`. Page with `offset` and `count`; `total` in the
    result gives the number of matches overall.

    Vendor-doc correction: the heading prints `/service/post/projects/getList`; reads live under
    `/service/get/`, as the vendor's own call example shows.

    Args:
        load_team (bool | Unset):  Default: False.
        filter_ (ProjectFilter | Unset): Conditions for `projects/getList`. Whether `name` must
            match the whole name or a part of it is not documented. Conditions combine: all given ones
            must hold (assumed).

            Vendor-doc correction: the documentation calls the filter an array; it is a keyed map sent
            as `filter[key]=value`.
        offset (int | Unset):  Default: 0.
        count (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ProjectListEnvelope]
    """

    kwargs = _get_kwargs(
        load_team=load_team,
        filter_=filter_,
        offset=offset,
        count=count,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    load_team: bool | Unset = False,
    filter_: ProjectFilter | Unset = UNSET,
    offset: int | Unset = 0,
    count: int | Unset = UNSET,
) -> ErrorEnvelope | ProjectListEnvelope | None:
    """Search projects

     Returns one page of the projects that match `filter`. Page with `offset` and `count`; `total` in the
    result gives the number of matches overall.

    Vendor-doc correction: the heading prints `/service/post/projects/getList`; reads live under
    `/service/get/`, as the vendor's own call example shows.

    Args:
        load_team (bool | Unset):  Default: False.
        filter_ (ProjectFilter | Unset): Conditions for `projects/getList`. Whether `name` must
            match the whole name or a part of it is not documented. Conditions combine: all given ones
            must hold (assumed).

            Vendor-doc correction: the documentation calls the filter an array; it is a keyed map sent
            as `filter[key]=value`.
        offset (int | Unset):  Default: 0.
        count (int | Unset):

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
            filter_=filter_,
            offset=offset,
            count=count,
        )
    ).parsed
