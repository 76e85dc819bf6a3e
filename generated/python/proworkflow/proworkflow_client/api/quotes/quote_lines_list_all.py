from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.quote_line_list import QuoteLineList
from ...models.quote_lines_list_all_sortby import QuoteLinesListAllSortby
from ...models.quote_lines_list_all_type import QuoteLinesListAllType
from ...models.sort_order import SortOrder
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    idfrom: int | Unset = UNSET,
    idto: int | Unset = UNSET,
    quoteid: str | Unset = UNSET,
    type_: QuoteLinesListAllType | Unset = QuoteLinesListAllType.ALL,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    sortby: QuoteLinesListAllSortby | Unset = QuoteLinesListAllSortby.QUOTEID,
    sortorder: SortOrder | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    params: dict[str, Any] = {}

    params["idfrom"] = idfrom

    params["idto"] = idto

    params["quoteid"] = quoteid

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    params["pagenumber"] = pagenumber

    params["pagesize"] = pagesize

    json_sortby: str | Unset = UNSET
    if not isinstance(sortby, Unset):
        json_sortby = sortby.value

    params["sortby"] = json_sortby

    json_sortorder: str | Unset = UNSET
    if not isinstance(sortorder, Unset):
        json_sortorder = sortorder.value

    params["sortorder"] = json_sortorder

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/quotes/lines",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorEnvelope | QuoteLineList | None:
    if response.status_code == 200:
        response_200 = QuoteLineList.from_dict(response.json())

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
) -> Response[Any | ErrorEnvelope | QuoteLineList]:
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
    quoteid: str | Unset = UNSET,
    type_: QuoteLinesListAllType | Unset = QuoteLinesListAllType.ALL,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    sortby: QuoteLinesListAllSortby | Unset = QuoteLinesListAllSortby.QUOTEID,
    sortorder: SortOrder | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | ErrorEnvelope | QuoteLineList]:
    """List the lines of every quote

     Returns the lines of every quote the caller may see, narrowed by the filter parameters (different
    parameters combine with AND, comma lists within one parameter with OR). `fields` chooses the
    returned properties; `sortby`/`sortorder` order the rows and `pagenumber`/`pagesize` page them. Each
    line names its quote (`quoteid`); lines that tie in the sort order come in id order.

    Args:
        idfrom (int | Unset):
        idto (int | Unset):
        quoteid (str | Unset): One id or several ids separated by commas, without spaces (`1` or
            `1,2,3`). Several ids mean "any of them".
        type_ (QuoteLinesListAllType | Unset):  Default: QuoteLinesListAllType.ALL.
        pagenumber (int | Unset):
        pagesize (int | Unset):
        sortby (QuoteLinesListAllSortby | Unset):  Default: QuoteLinesListAllSortby.QUOTEID.
        sortorder (SortOrder | Unset): Sort direction: ascending (default) or descending.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorEnvelope | QuoteLineList]
    """

    kwargs = _get_kwargs(
        idfrom=idfrom,
        idto=idto,
        quoteid=quoteid,
        type_=type_,
        pagenumber=pagenumber,
        pagesize=pagesize,
        sortby=sortby,
        sortorder=sortorder,
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
    quoteid: str | Unset = UNSET,
    type_: QuoteLinesListAllType | Unset = QuoteLinesListAllType.ALL,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    sortby: QuoteLinesListAllSortby | Unset = QuoteLinesListAllSortby.QUOTEID,
    sortorder: SortOrder | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | ErrorEnvelope | QuoteLineList | None:
    """List the lines of every quote

     Returns the lines of every quote the caller may see, narrowed by the filter parameters (different
    parameters combine with AND, comma lists within one parameter with OR). `fields` chooses the
    returned properties; `sortby`/`sortorder` order the rows and `pagenumber`/`pagesize` page them. Each
    line names its quote (`quoteid`); lines that tie in the sort order come in id order.

    Args:
        idfrom (int | Unset):
        idto (int | Unset):
        quoteid (str | Unset): One id or several ids separated by commas, without spaces (`1` or
            `1,2,3`). Several ids mean "any of them".
        type_ (QuoteLinesListAllType | Unset):  Default: QuoteLinesListAllType.ALL.
        pagenumber (int | Unset):
        pagesize (int | Unset):
        sortby (QuoteLinesListAllSortby | Unset):  Default: QuoteLinesListAllSortby.QUOTEID.
        sortorder (SortOrder | Unset): Sort direction: ascending (default) or descending.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorEnvelope | QuoteLineList
    """

    return sync_detailed(
        client=client,
        idfrom=idfrom,
        idto=idto,
        quoteid=quoteid,
        type_=type_,
        pagenumber=pagenumber,
        pagesize=pagesize,
        sortby=sortby,
        sortorder=sortorder,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    idfrom: int | Unset = UNSET,
    idto: int | Unset = UNSET,
    quoteid: str | Unset = UNSET,
    type_: QuoteLinesListAllType | Unset = QuoteLinesListAllType.ALL,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    sortby: QuoteLinesListAllSortby | Unset = QuoteLinesListAllSortby.QUOTEID,
    sortorder: SortOrder | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | ErrorEnvelope | QuoteLineList]:
    """List the lines of every quote

     Returns the lines of every quote the caller may see, narrowed by the filter parameters (different
    parameters combine with AND, comma lists within one parameter with OR). `fields` chooses the
    returned properties; `sortby`/`sortorder` order the rows and `pagenumber`/`pagesize` page them. Each
    line names its quote (`quoteid`); lines that tie in the sort order come in id order.

    Args:
        idfrom (int | Unset):
        idto (int | Unset):
        quoteid (str | Unset): One id or several ids separated by commas, without spaces (`1` or
            `1,2,3`). Several ids mean "any of them".
        type_ (QuoteLinesListAllType | Unset):  Default: QuoteLinesListAllType.ALL.
        pagenumber (int | Unset):
        pagesize (int | Unset):
        sortby (QuoteLinesListAllSortby | Unset):  Default: QuoteLinesListAllSortby.QUOTEID.
        sortorder (SortOrder | Unset): Sort direction: ascending (default) or descending.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorEnvelope | QuoteLineList]
    """

    kwargs = _get_kwargs(
        idfrom=idfrom,
        idto=idto,
        quoteid=quoteid,
        type_=type_,
        pagenumber=pagenumber,
        pagesize=pagesize,
        sortby=sortby,
        sortorder=sortorder,
        if_none_match=if_none_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    idfrom: int | Unset = UNSET,
    idto: int | Unset = UNSET,
    quoteid: str | Unset = UNSET,
    type_: QuoteLinesListAllType | Unset = QuoteLinesListAllType.ALL,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    sortby: QuoteLinesListAllSortby | Unset = QuoteLinesListAllSortby.QUOTEID,
    sortorder: SortOrder | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | ErrorEnvelope | QuoteLineList | None:
    """List the lines of every quote

     Returns the lines of every quote the caller may see, narrowed by the filter parameters (different
    parameters combine with AND, comma lists within one parameter with OR). `fields` chooses the
    returned properties; `sortby`/`sortorder` order the rows and `pagenumber`/`pagesize` page them. Each
    line names its quote (`quoteid`); lines that tie in the sort order come in id order.

    Args:
        idfrom (int | Unset):
        idto (int | Unset):
        quoteid (str | Unset): One id or several ids separated by commas, without spaces (`1` or
            `1,2,3`). Several ids mean "any of them".
        type_ (QuoteLinesListAllType | Unset):  Default: QuoteLinesListAllType.ALL.
        pagenumber (int | Unset):
        pagesize (int | Unset):
        sortby (QuoteLinesListAllSortby | Unset):  Default: QuoteLinesListAllSortby.QUOTEID.
        sortorder (SortOrder | Unset): Sort direction: ascending (default) or descending.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorEnvelope | QuoteLineList
    """

    return (
        await asyncio_detailed(
            client=client,
            idfrom=idfrom,
            idto=idto,
            quoteid=quoteid,
            type_=type_,
            pagenumber=pagenumber,
            pagesize=pagesize,
            sortby=sortby,
            sortorder=sortorder,
            if_none_match=if_none_match,
        )
    ).parsed
