from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.group_list import GroupList
from ...models.settings_contact_groups_list_sortby import SettingsContactGroupsListSortby
from ...models.sort_order import SortOrder
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    idfrom: int | Unset = UNSET,
    idto: int | Unset = UNSET,
    sortby: SettingsContactGroupsListSortby | Unset = SettingsContactGroupsListSortby.NAME,
    sortorder: SortOrder | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    params: dict[str, Any] = {}

    params["idfrom"] = idfrom

    params["idto"] = idto

    json_sortby: str | Unset = UNSET
    if not isinstance(sortby, Unset):
        json_sortby = sortby.value

    params["sortby"] = json_sortby

    json_sortorder: str | Unset = UNSET
    if not isinstance(sortorder, Unset):
        json_sortorder = sortorder.value

    params["sortorder"] = json_sortorder

    params["pagenumber"] = pagenumber

    params["pagesize"] = pagesize

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/settings/contacts/groups",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorEnvelope | GroupList | None:
    if response.status_code == 200:
        response_200 = GroupList.from_dict(response.json())

        return response_200

    if response.status_code == 304:
        response_304 = cast(Any, None)
        return response_304

    if response.status_code == 400:
        response_400 = ErrorEnvelope.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 403:
        response_403 = ErrorEnvelope.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorEnvelope.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = ErrorEnvelope.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorEnvelope.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ErrorEnvelope | GroupList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    idfrom: int | Unset = UNSET,
    idto: int | Unset = UNSET,
    sortby: SettingsContactGroupsListSortby | Unset = SettingsContactGroupsListSortby.NAME,
    sortorder: SortOrder | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | ErrorEnvelope | GroupList]:
    """List the staff groups

     Returns the account's staff groups (Advanced plan), each with the team it sits under (`teamid`).
    Staff belong to groups (`groupid` of contact calls) and through them to teams. Staff only (the
    account's settings are not shown to clients and contractors, who get 403).

    Args:
        idfrom (int | Unset):
        idto (int | Unset):
        sortby (SettingsContactGroupsListSortby | Unset):  Default:
            SettingsContactGroupsListSortby.NAME.
        sortorder (SortOrder | Unset): Sort direction: ascending (default) or descending.
        pagenumber (int | Unset):
        pagesize (int | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorEnvelope | GroupList]
    """

    kwargs = _get_kwargs(
        idfrom=idfrom,
        idto=idto,
        sortby=sortby,
        sortorder=sortorder,
        pagenumber=pagenumber,
        pagesize=pagesize,
        if_none_match=if_none_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    idfrom: int | Unset = UNSET,
    idto: int | Unset = UNSET,
    sortby: SettingsContactGroupsListSortby | Unset = SettingsContactGroupsListSortby.NAME,
    sortorder: SortOrder | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | ErrorEnvelope | GroupList | None:
    """List the staff groups

     Returns the account's staff groups (Advanced plan), each with the team it sits under (`teamid`).
    Staff belong to groups (`groupid` of contact calls) and through them to teams. Staff only (the
    account's settings are not shown to clients and contractors, who get 403).

    Args:
        idfrom (int | Unset):
        idto (int | Unset):
        sortby (SettingsContactGroupsListSortby | Unset):  Default:
            SettingsContactGroupsListSortby.NAME.
        sortorder (SortOrder | Unset): Sort direction: ascending (default) or descending.
        pagenumber (int | Unset):
        pagesize (int | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorEnvelope | GroupList
    """

    return sync_detailed(
        client=client,
        idfrom=idfrom,
        idto=idto,
        sortby=sortby,
        sortorder=sortorder,
        pagenumber=pagenumber,
        pagesize=pagesize,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    idfrom: int | Unset = UNSET,
    idto: int | Unset = UNSET,
    sortby: SettingsContactGroupsListSortby | Unset = SettingsContactGroupsListSortby.NAME,
    sortorder: SortOrder | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | ErrorEnvelope | GroupList]:
    """List the staff groups

     Returns the account's staff groups (Advanced plan), each with the team it sits under (`teamid`).
    Staff belong to groups (`groupid` of contact calls) and through them to teams. Staff only (the
    account's settings are not shown to clients and contractors, who get 403).

    Args:
        idfrom (int | Unset):
        idto (int | Unset):
        sortby (SettingsContactGroupsListSortby | Unset):  Default:
            SettingsContactGroupsListSortby.NAME.
        sortorder (SortOrder | Unset): Sort direction: ascending (default) or descending.
        pagenumber (int | Unset):
        pagesize (int | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorEnvelope | GroupList]
    """

    kwargs = _get_kwargs(
        idfrom=idfrom,
        idto=idto,
        sortby=sortby,
        sortorder=sortorder,
        pagenumber=pagenumber,
        pagesize=pagesize,
        if_none_match=if_none_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    idfrom: int | Unset = UNSET,
    idto: int | Unset = UNSET,
    sortby: SettingsContactGroupsListSortby | Unset = SettingsContactGroupsListSortby.NAME,
    sortorder: SortOrder | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | ErrorEnvelope | GroupList | None:
    """List the staff groups

     Returns the account's staff groups (Advanced plan), each with the team it sits under (`teamid`).
    Staff belong to groups (`groupid` of contact calls) and through them to teams. Staff only (the
    account's settings are not shown to clients and contractors, who get 403).

    Args:
        idfrom (int | Unset):
        idto (int | Unset):
        sortby (SettingsContactGroupsListSortby | Unset):  Default:
            SettingsContactGroupsListSortby.NAME.
        sortorder (SortOrder | Unset): Sort direction: ascending (default) or descending.
        pagenumber (int | Unset):
        pagesize (int | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorEnvelope | GroupList
    """

    return (
        await asyncio_detailed(
            client=client,
            idfrom=idfrom,
            idto=idto,
            sortby=sortby,
            sortorder=sortorder,
            pagenumber=pagenumber,
            pagesize=pagesize,
            if_none_match=if_none_match,
        )
    ).parsed
