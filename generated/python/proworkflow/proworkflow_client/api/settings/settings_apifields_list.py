from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_field_list import ApiFieldList
from ...models.error_envelope import ErrorEnvelope
from ...models.settings_apifields_list_sortby import SettingsApifieldsListSortby
from ...models.settings_apifields_list_type import SettingsApifieldsListType
from ...models.sort_order import SortOrder
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    type_: SettingsApifieldsListType | Unset = UNSET,
    idfrom: int | Unset = UNSET,
    idto: int | Unset = UNSET,
    sortby: SettingsApifieldsListSortby | Unset = SettingsApifieldsListSortby.ID,
    sortorder: SortOrder | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    params: dict[str, Any] = {}

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

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
        "url": "/settings/apifields",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ApiFieldList | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = ApiFieldList.from_dict(response.json())

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
) -> Response[Any | ApiFieldList | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    type_: SettingsApifieldsListType | Unset = UNSET,
    idfrom: int | Unset = UNSET,
    idto: int | Unset = UNSET,
    sortby: SettingsApifieldsListSortby | Unset = SettingsApifieldsListSortby.ID,
    sortorder: SortOrder | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | ApiFieldList | ErrorEnvelope]:
    """List the API fields

     Returns the account's API fields: custom fields shown only through the API (never in the web
    application), each for one item type. `type` narrows the list to one type. Staff only (the account's
    settings are not shown to clients and contractors, who get 403).

    Args:
        type_ (SettingsApifieldsListType | Unset):
        idfrom (int | Unset):
        idto (int | Unset):
        sortby (SettingsApifieldsListSortby | Unset):  Default: SettingsApifieldsListSortby.ID.
        sortorder (SortOrder | Unset): Sort direction: ascending (default) or descending.
        pagenumber (int | Unset):
        pagesize (int | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiFieldList | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        type_=type_,
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
    type_: SettingsApifieldsListType | Unset = UNSET,
    idfrom: int | Unset = UNSET,
    idto: int | Unset = UNSET,
    sortby: SettingsApifieldsListSortby | Unset = SettingsApifieldsListSortby.ID,
    sortorder: SortOrder | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | ApiFieldList | ErrorEnvelope | None:
    """List the API fields

     Returns the account's API fields: custom fields shown only through the API (never in the web
    application), each for one item type. `type` narrows the list to one type. Staff only (the account's
    settings are not shown to clients and contractors, who get 403).

    Args:
        type_ (SettingsApifieldsListType | Unset):
        idfrom (int | Unset):
        idto (int | Unset):
        sortby (SettingsApifieldsListSortby | Unset):  Default: SettingsApifieldsListSortby.ID.
        sortorder (SortOrder | Unset): Sort direction: ascending (default) or descending.
        pagenumber (int | Unset):
        pagesize (int | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApiFieldList | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        type_=type_,
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
    type_: SettingsApifieldsListType | Unset = UNSET,
    idfrom: int | Unset = UNSET,
    idto: int | Unset = UNSET,
    sortby: SettingsApifieldsListSortby | Unset = SettingsApifieldsListSortby.ID,
    sortorder: SortOrder | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | ApiFieldList | ErrorEnvelope]:
    """List the API fields

     Returns the account's API fields: custom fields shown only through the API (never in the web
    application), each for one item type. `type` narrows the list to one type. Staff only (the account's
    settings are not shown to clients and contractors, who get 403).

    Args:
        type_ (SettingsApifieldsListType | Unset):
        idfrom (int | Unset):
        idto (int | Unset):
        sortby (SettingsApifieldsListSortby | Unset):  Default: SettingsApifieldsListSortby.ID.
        sortorder (SortOrder | Unset): Sort direction: ascending (default) or descending.
        pagenumber (int | Unset):
        pagesize (int | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ApiFieldList | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        type_=type_,
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
    type_: SettingsApifieldsListType | Unset = UNSET,
    idfrom: int | Unset = UNSET,
    idto: int | Unset = UNSET,
    sortby: SettingsApifieldsListSortby | Unset = SettingsApifieldsListSortby.ID,
    sortorder: SortOrder | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | ApiFieldList | ErrorEnvelope | None:
    """List the API fields

     Returns the account's API fields: custom fields shown only through the API (never in the web
    application), each for one item type. `type` narrows the list to one type. Staff only (the account's
    settings are not shown to clients and contractors, who get 403).

    Args:
        type_ (SettingsApifieldsListType | Unset):
        idfrom (int | Unset):
        idto (int | Unset):
        sortby (SettingsApifieldsListSortby | Unset):  Default: SettingsApifieldsListSortby.ID.
        sortorder (SortOrder | Unset): Sort direction: ascending (default) or descending.
        pagenumber (int | Unset):
        pagesize (int | Unset):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ApiFieldList | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            type_=type_,
            idfrom=idfrom,
            idto=idto,
            sortby=sortby,
            sortorder=sortorder,
            pagenumber=pagenumber,
            pagesize=pagesize,
            if_none_match=if_none_match,
        )
    ).parsed
