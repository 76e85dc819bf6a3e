from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.companies_list_sortby import CompaniesListSortby
from ...models.companies_list_type import CompaniesListType
from ...models.company_list import CompanyList
from ...models.error_envelope import ErrorEnvelope
from ...models.match_mode import MatchMode
from ...models.sort_order import SortOrder
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    fields: str | Unset = "code,name,type",
    contactdetails: bool | Unset = False,
    apifields: str | Unset = UNSET,
    apifieldsmode: MatchMode | Unset = UNSET,
    divisionid: int | Unset = UNSET,
    id: str | Unset = UNSET,
    idfrom: int | Unset = UNSET,
    idto: int | Unset = UNSET,
    lastmodifiedfrom: str | Unset = UNSET,
    lastmodifiedto: str | Unset = UNSET,
    lastmodifiedutcfrom: str | Unset = UNSET,
    lastmodifiedutcto: str | Unset = UNSET,
    pending: bool | Unset = False,
    search: str | Unset = UNSET,
    searchcode: str | Unset = UNSET,
    searchemail: str | Unset = UNSET,
    searchname: str | Unset = UNSET,
    tagid: str | Unset = UNSET,
    type_: CompaniesListType | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    sortby: CompaniesListSortby | Unset = CompaniesListSortby.NAME,
    sortorder: SortOrder | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    params: dict[str, Any] = {}

    params["fields"] = fields

    params["contactdetails"] = contactdetails

    params["apifields"] = apifields

    json_apifieldsmode: str | Unset = UNSET
    if not isinstance(apifieldsmode, Unset):
        json_apifieldsmode = apifieldsmode.value

    params["apifieldsmode"] = json_apifieldsmode

    params["divisionid"] = divisionid

    params["id"] = id

    params["idfrom"] = idfrom

    params["idto"] = idto

    params["lastmodifiedfrom"] = lastmodifiedfrom

    params["lastmodifiedto"] = lastmodifiedto

    params["lastmodifiedutcfrom"] = lastmodifiedutcfrom

    params["lastmodifiedutcto"] = lastmodifiedutcto

    params["pending"] = pending

    params["search"] = search

    params["searchcode"] = searchcode

    params["searchemail"] = searchemail

    params["searchname"] = searchname

    params["tagid"] = tagid

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
        "url": "/companies",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | CompanyList | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = CompanyList.from_dict(response.json())

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
) -> Response[Any | CompanyList | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = "code,name,type",
    contactdetails: bool | Unset = False,
    apifields: str | Unset = UNSET,
    apifieldsmode: MatchMode | Unset = UNSET,
    divisionid: int | Unset = UNSET,
    id: str | Unset = UNSET,
    idfrom: int | Unset = UNSET,
    idto: int | Unset = UNSET,
    lastmodifiedfrom: str | Unset = UNSET,
    lastmodifiedto: str | Unset = UNSET,
    lastmodifiedutcfrom: str | Unset = UNSET,
    lastmodifiedutcto: str | Unset = UNSET,
    pending: bool | Unset = False,
    search: str | Unset = UNSET,
    searchcode: str | Unset = UNSET,
    searchemail: str | Unset = UNSET,
    searchname: str | Unset = UNSET,
    tagid: str | Unset = UNSET,
    type_: CompaniesListType | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    sortby: CompaniesListSortby | Unset = CompaniesListSortby.NAME,
    sortorder: SortOrder | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | CompanyList | ErrorEnvelope]:
    """List companies

     Returns the companies the caller may see, narrowed by the filter parameters (different parameters
    combine with AND, comma lists within one parameter with OR). `fields` chooses the returned
    properties; `sortby`/`sortorder` order the rows and `pagenumber`/`pagesize` page them.

    Args:
        fields (str | Unset):  Default: 'code,name,type'.
        contactdetails (bool | Unset):  Default: False.
        apifields (str | Unset): `<api field id>,<text>`: rows whose API field contains the text.
            Several pairs are joined with `||`; the same field id may repeat to look for several
            values (meaningful with mode `any`). Combine with the `apifieldsmode` parameter.
        apifieldsmode (MatchMode | Unset): Whether a row must match any (`any`) or every (`all`)
            one of the listed values.
        divisionid (int | Unset):
        id (str | Unset): One id or several ids separated by commas, without spaces (`1` or
            `1,2,3`). Several ids mean "any of them".
        idfrom (int | Unset):
        idto (int | Unset):
        lastmodifiedfrom (str | Unset): A local date and time `yyyy-mm-ddThh:mm` (ISO 8601, no
            seconds, no offset), or an age: a count followed by `n` (minutes), `h` (hours), `d`
            (days), `w` (weeks) or `m` (months) meaning "that long ago", e.g. `12h`.
        lastmodifiedto (str | Unset): A local date and time `yyyy-mm-ddThh:mm` (ISO 8601, no
            seconds, no offset), or an age: a count followed by `n` (minutes), `h` (hours), `d`
            (days), `w` (weeks) or `m` (months) meaning "that long ago", e.g. `12h`.
        lastmodifiedutcfrom (str | Unset): A local date and time `yyyy-mm-ddThh:mm` (ISO 8601, no
            seconds, no offset), or an age: a count followed by `n` (minutes), `h` (hours), `d`
            (days), `w` (weeks) or `m` (months) meaning "that long ago", e.g. `12h`.
        lastmodifiedutcto (str | Unset): A local date and time `yyyy-mm-ddThh:mm` (ISO 8601, no
            seconds, no offset), or an age: a count followed by `n` (minutes), `h` (hours), `d`
            (days), `w` (weeks) or `m` (months) meaning "that long ago", e.g. `12h`.
        pending (bool | Unset):  Default: False.
        search (str | Unset): Text to look for (case-insensitive "contains"). A leading `!` asks
            for rows that do NOT contain the text; `!` alone or an empty string is not a search.
        searchcode (str | Unset): Text to look for (case-insensitive "contains"). A leading `!`
            asks for rows that do NOT contain the text; `!` alone or an empty string is not a search.
        searchemail (str | Unset): Text to look for (case-insensitive "contains"). A leading `!`
            asks for rows that do NOT contain the text; `!` alone or an empty string is not a search.
        searchname (str | Unset): Text to look for (case-insensitive "contains"). A leading `!`
            asks for rows that do NOT contain the text; `!` alone or an empty string is not a search.
        tagid (str | Unset): One id or several ids separated by commas, without spaces (`1` or
            `1,2,3`). Several ids mean "any of them".
        type_ (CompaniesListType | Unset):
        pagenumber (int | Unset):
        pagesize (int | Unset):
        sortby (CompaniesListSortby | Unset):  Default: CompaniesListSortby.NAME.
        sortorder (SortOrder | Unset): Sort direction: ascending (default) or descending.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CompanyList | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        fields=fields,
        contactdetails=contactdetails,
        apifields=apifields,
        apifieldsmode=apifieldsmode,
        divisionid=divisionid,
        id=id,
        idfrom=idfrom,
        idto=idto,
        lastmodifiedfrom=lastmodifiedfrom,
        lastmodifiedto=lastmodifiedto,
        lastmodifiedutcfrom=lastmodifiedutcfrom,
        lastmodifiedutcto=lastmodifiedutcto,
        pending=pending,
        search=search,
        searchcode=searchcode,
        searchemail=searchemail,
        searchname=searchname,
        tagid=tagid,
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
    fields: str | Unset = "code,name,type",
    contactdetails: bool | Unset = False,
    apifields: str | Unset = UNSET,
    apifieldsmode: MatchMode | Unset = UNSET,
    divisionid: int | Unset = UNSET,
    id: str | Unset = UNSET,
    idfrom: int | Unset = UNSET,
    idto: int | Unset = UNSET,
    lastmodifiedfrom: str | Unset = UNSET,
    lastmodifiedto: str | Unset = UNSET,
    lastmodifiedutcfrom: str | Unset = UNSET,
    lastmodifiedutcto: str | Unset = UNSET,
    pending: bool | Unset = False,
    search: str | Unset = UNSET,
    searchcode: str | Unset = UNSET,
    searchemail: str | Unset = UNSET,
    searchname: str | Unset = UNSET,
    tagid: str | Unset = UNSET,
    type_: CompaniesListType | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    sortby: CompaniesListSortby | Unset = CompaniesListSortby.NAME,
    sortorder: SortOrder | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | CompanyList | ErrorEnvelope | None:
    """List companies

     Returns the companies the caller may see, narrowed by the filter parameters (different parameters
    combine with AND, comma lists within one parameter with OR). `fields` chooses the returned
    properties; `sortby`/`sortorder` order the rows and `pagenumber`/`pagesize` page them.

    Args:
        fields (str | Unset):  Default: 'code,name,type'.
        contactdetails (bool | Unset):  Default: False.
        apifields (str | Unset): `<api field id>,<text>`: rows whose API field contains the text.
            Several pairs are joined with `||`; the same field id may repeat to look for several
            values (meaningful with mode `any`). Combine with the `apifieldsmode` parameter.
        apifieldsmode (MatchMode | Unset): Whether a row must match any (`any`) or every (`all`)
            one of the listed values.
        divisionid (int | Unset):
        id (str | Unset): One id or several ids separated by commas, without spaces (`1` or
            `1,2,3`). Several ids mean "any of them".
        idfrom (int | Unset):
        idto (int | Unset):
        lastmodifiedfrom (str | Unset): A local date and time `yyyy-mm-ddThh:mm` (ISO 8601, no
            seconds, no offset), or an age: a count followed by `n` (minutes), `h` (hours), `d`
            (days), `w` (weeks) or `m` (months) meaning "that long ago", e.g. `12h`.
        lastmodifiedto (str | Unset): A local date and time `yyyy-mm-ddThh:mm` (ISO 8601, no
            seconds, no offset), or an age: a count followed by `n` (minutes), `h` (hours), `d`
            (days), `w` (weeks) or `m` (months) meaning "that long ago", e.g. `12h`.
        lastmodifiedutcfrom (str | Unset): A local date and time `yyyy-mm-ddThh:mm` (ISO 8601, no
            seconds, no offset), or an age: a count followed by `n` (minutes), `h` (hours), `d`
            (days), `w` (weeks) or `m` (months) meaning "that long ago", e.g. `12h`.
        lastmodifiedutcto (str | Unset): A local date and time `yyyy-mm-ddThh:mm` (ISO 8601, no
            seconds, no offset), or an age: a count followed by `n` (minutes), `h` (hours), `d`
            (days), `w` (weeks) or `m` (months) meaning "that long ago", e.g. `12h`.
        pending (bool | Unset):  Default: False.
        search (str | Unset): Text to look for (case-insensitive "contains"). A leading `!` asks
            for rows that do NOT contain the text; `!` alone or an empty string is not a search.
        searchcode (str | Unset): Text to look for (case-insensitive "contains"). A leading `!`
            asks for rows that do NOT contain the text; `!` alone or an empty string is not a search.
        searchemail (str | Unset): Text to look for (case-insensitive "contains"). A leading `!`
            asks for rows that do NOT contain the text; `!` alone or an empty string is not a search.
        searchname (str | Unset): Text to look for (case-insensitive "contains"). A leading `!`
            asks for rows that do NOT contain the text; `!` alone or an empty string is not a search.
        tagid (str | Unset): One id or several ids separated by commas, without spaces (`1` or
            `1,2,3`). Several ids mean "any of them".
        type_ (CompaniesListType | Unset):
        pagenumber (int | Unset):
        pagesize (int | Unset):
        sortby (CompaniesListSortby | Unset):  Default: CompaniesListSortby.NAME.
        sortorder (SortOrder | Unset): Sort direction: ascending (default) or descending.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CompanyList | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        fields=fields,
        contactdetails=contactdetails,
        apifields=apifields,
        apifieldsmode=apifieldsmode,
        divisionid=divisionid,
        id=id,
        idfrom=idfrom,
        idto=idto,
        lastmodifiedfrom=lastmodifiedfrom,
        lastmodifiedto=lastmodifiedto,
        lastmodifiedutcfrom=lastmodifiedutcfrom,
        lastmodifiedutcto=lastmodifiedutcto,
        pending=pending,
        search=search,
        searchcode=searchcode,
        searchemail=searchemail,
        searchname=searchname,
        tagid=tagid,
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
    fields: str | Unset = "code,name,type",
    contactdetails: bool | Unset = False,
    apifields: str | Unset = UNSET,
    apifieldsmode: MatchMode | Unset = UNSET,
    divisionid: int | Unset = UNSET,
    id: str | Unset = UNSET,
    idfrom: int | Unset = UNSET,
    idto: int | Unset = UNSET,
    lastmodifiedfrom: str | Unset = UNSET,
    lastmodifiedto: str | Unset = UNSET,
    lastmodifiedutcfrom: str | Unset = UNSET,
    lastmodifiedutcto: str | Unset = UNSET,
    pending: bool | Unset = False,
    search: str | Unset = UNSET,
    searchcode: str | Unset = UNSET,
    searchemail: str | Unset = UNSET,
    searchname: str | Unset = UNSET,
    tagid: str | Unset = UNSET,
    type_: CompaniesListType | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    sortby: CompaniesListSortby | Unset = CompaniesListSortby.NAME,
    sortorder: SortOrder | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | CompanyList | ErrorEnvelope]:
    """List companies

     Returns the companies the caller may see, narrowed by the filter parameters (different parameters
    combine with AND, comma lists within one parameter with OR). `fields` chooses the returned
    properties; `sortby`/`sortorder` order the rows and `pagenumber`/`pagesize` page them.

    Args:
        fields (str | Unset):  Default: 'code,name,type'.
        contactdetails (bool | Unset):  Default: False.
        apifields (str | Unset): `<api field id>,<text>`: rows whose API field contains the text.
            Several pairs are joined with `||`; the same field id may repeat to look for several
            values (meaningful with mode `any`). Combine with the `apifieldsmode` parameter.
        apifieldsmode (MatchMode | Unset): Whether a row must match any (`any`) or every (`all`)
            one of the listed values.
        divisionid (int | Unset):
        id (str | Unset): One id or several ids separated by commas, without spaces (`1` or
            `1,2,3`). Several ids mean "any of them".
        idfrom (int | Unset):
        idto (int | Unset):
        lastmodifiedfrom (str | Unset): A local date and time `yyyy-mm-ddThh:mm` (ISO 8601, no
            seconds, no offset), or an age: a count followed by `n` (minutes), `h` (hours), `d`
            (days), `w` (weeks) or `m` (months) meaning "that long ago", e.g. `12h`.
        lastmodifiedto (str | Unset): A local date and time `yyyy-mm-ddThh:mm` (ISO 8601, no
            seconds, no offset), or an age: a count followed by `n` (minutes), `h` (hours), `d`
            (days), `w` (weeks) or `m` (months) meaning "that long ago", e.g. `12h`.
        lastmodifiedutcfrom (str | Unset): A local date and time `yyyy-mm-ddThh:mm` (ISO 8601, no
            seconds, no offset), or an age: a count followed by `n` (minutes), `h` (hours), `d`
            (days), `w` (weeks) or `m` (months) meaning "that long ago", e.g. `12h`.
        lastmodifiedutcto (str | Unset): A local date and time `yyyy-mm-ddThh:mm` (ISO 8601, no
            seconds, no offset), or an age: a count followed by `n` (minutes), `h` (hours), `d`
            (days), `w` (weeks) or `m` (months) meaning "that long ago", e.g. `12h`.
        pending (bool | Unset):  Default: False.
        search (str | Unset): Text to look for (case-insensitive "contains"). A leading `!` asks
            for rows that do NOT contain the text; `!` alone or an empty string is not a search.
        searchcode (str | Unset): Text to look for (case-insensitive "contains"). A leading `!`
            asks for rows that do NOT contain the text; `!` alone or an empty string is not a search.
        searchemail (str | Unset): Text to look for (case-insensitive "contains"). A leading `!`
            asks for rows that do NOT contain the text; `!` alone or an empty string is not a search.
        searchname (str | Unset): Text to look for (case-insensitive "contains"). A leading `!`
            asks for rows that do NOT contain the text; `!` alone or an empty string is not a search.
        tagid (str | Unset): One id or several ids separated by commas, without spaces (`1` or
            `1,2,3`). Several ids mean "any of them".
        type_ (CompaniesListType | Unset):
        pagenumber (int | Unset):
        pagesize (int | Unset):
        sortby (CompaniesListSortby | Unset):  Default: CompaniesListSortby.NAME.
        sortorder (SortOrder | Unset): Sort direction: ascending (default) or descending.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | CompanyList | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        fields=fields,
        contactdetails=contactdetails,
        apifields=apifields,
        apifieldsmode=apifieldsmode,
        divisionid=divisionid,
        id=id,
        idfrom=idfrom,
        idto=idto,
        lastmodifiedfrom=lastmodifiedfrom,
        lastmodifiedto=lastmodifiedto,
        lastmodifiedutcfrom=lastmodifiedutcfrom,
        lastmodifiedutcto=lastmodifiedutcto,
        pending=pending,
        search=search,
        searchcode=searchcode,
        searchemail=searchemail,
        searchname=searchname,
        tagid=tagid,
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
    fields: str | Unset = "code,name,type",
    contactdetails: bool | Unset = False,
    apifields: str | Unset = UNSET,
    apifieldsmode: MatchMode | Unset = UNSET,
    divisionid: int | Unset = UNSET,
    id: str | Unset = UNSET,
    idfrom: int | Unset = UNSET,
    idto: int | Unset = UNSET,
    lastmodifiedfrom: str | Unset = UNSET,
    lastmodifiedto: str | Unset = UNSET,
    lastmodifiedutcfrom: str | Unset = UNSET,
    lastmodifiedutcto: str | Unset = UNSET,
    pending: bool | Unset = False,
    search: str | Unset = UNSET,
    searchcode: str | Unset = UNSET,
    searchemail: str | Unset = UNSET,
    searchname: str | Unset = UNSET,
    tagid: str | Unset = UNSET,
    type_: CompaniesListType | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    sortby: CompaniesListSortby | Unset = CompaniesListSortby.NAME,
    sortorder: SortOrder | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | CompanyList | ErrorEnvelope | None:
    """List companies

     Returns the companies the caller may see, narrowed by the filter parameters (different parameters
    combine with AND, comma lists within one parameter with OR). `fields` chooses the returned
    properties; `sortby`/`sortorder` order the rows and `pagenumber`/`pagesize` page them.

    Args:
        fields (str | Unset):  Default: 'code,name,type'.
        contactdetails (bool | Unset):  Default: False.
        apifields (str | Unset): `<api field id>,<text>`: rows whose API field contains the text.
            Several pairs are joined with `||`; the same field id may repeat to look for several
            values (meaningful with mode `any`). Combine with the `apifieldsmode` parameter.
        apifieldsmode (MatchMode | Unset): Whether a row must match any (`any`) or every (`all`)
            one of the listed values.
        divisionid (int | Unset):
        id (str | Unset): One id or several ids separated by commas, without spaces (`1` or
            `1,2,3`). Several ids mean "any of them".
        idfrom (int | Unset):
        idto (int | Unset):
        lastmodifiedfrom (str | Unset): A local date and time `yyyy-mm-ddThh:mm` (ISO 8601, no
            seconds, no offset), or an age: a count followed by `n` (minutes), `h` (hours), `d`
            (days), `w` (weeks) or `m` (months) meaning "that long ago", e.g. `12h`.
        lastmodifiedto (str | Unset): A local date and time `yyyy-mm-ddThh:mm` (ISO 8601, no
            seconds, no offset), or an age: a count followed by `n` (minutes), `h` (hours), `d`
            (days), `w` (weeks) or `m` (months) meaning "that long ago", e.g. `12h`.
        lastmodifiedutcfrom (str | Unset): A local date and time `yyyy-mm-ddThh:mm` (ISO 8601, no
            seconds, no offset), or an age: a count followed by `n` (minutes), `h` (hours), `d`
            (days), `w` (weeks) or `m` (months) meaning "that long ago", e.g. `12h`.
        lastmodifiedutcto (str | Unset): A local date and time `yyyy-mm-ddThh:mm` (ISO 8601, no
            seconds, no offset), or an age: a count followed by `n` (minutes), `h` (hours), `d`
            (days), `w` (weeks) or `m` (months) meaning "that long ago", e.g. `12h`.
        pending (bool | Unset):  Default: False.
        search (str | Unset): Text to look for (case-insensitive "contains"). A leading `!` asks
            for rows that do NOT contain the text; `!` alone or an empty string is not a search.
        searchcode (str | Unset): Text to look for (case-insensitive "contains"). A leading `!`
            asks for rows that do NOT contain the text; `!` alone or an empty string is not a search.
        searchemail (str | Unset): Text to look for (case-insensitive "contains"). A leading `!`
            asks for rows that do NOT contain the text; `!` alone or an empty string is not a search.
        searchname (str | Unset): Text to look for (case-insensitive "contains"). A leading `!`
            asks for rows that do NOT contain the text; `!` alone or an empty string is not a search.
        tagid (str | Unset): One id or several ids separated by commas, without spaces (`1` or
            `1,2,3`). Several ids mean "any of them".
        type_ (CompaniesListType | Unset):
        pagenumber (int | Unset):
        pagesize (int | Unset):
        sortby (CompaniesListSortby | Unset):  Default: CompaniesListSortby.NAME.
        sortorder (SortOrder | Unset): Sort direction: ascending (default) or descending.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | CompanyList | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            fields=fields,
            contactdetails=contactdetails,
            apifields=apifields,
            apifieldsmode=apifieldsmode,
            divisionid=divisionid,
            id=id,
            idfrom=idfrom,
            idto=idto,
            lastmodifiedfrom=lastmodifiedfrom,
            lastmodifiedto=lastmodifiedto,
            lastmodifiedutcfrom=lastmodifiedutcfrom,
            lastmodifiedutcto=lastmodifiedutcto,
            pending=pending,
            search=search,
            searchcode=searchcode,
            searchemail=searchemail,
            searchname=searchname,
            tagid=tagid,
            type_=type_,
            pagenumber=pagenumber,
            pagesize=pagesize,
            sortby=sortby,
            sortorder=sortorder,
            if_none_match=if_none_match,
        )
    ).parsed
