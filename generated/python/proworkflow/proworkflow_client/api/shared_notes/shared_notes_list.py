from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.shared_note_list import SharedNoteList
from ...models.shared_notes_list_projectstatus import SharedNotesListProjectstatus
from ...models.shared_notes_list_sortby import SharedNotesListSortby
from ...models.sort_order import SortOrder
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    fields: str | Unset = "title,content,author,date",
    datefrom: str | Unset = UNSET,
    dateto: str | Unset = UNSET,
    idfrom: int | Unset = UNSET,
    idto: int | Unset = UNSET,
    lastmodifiedfrom: str | Unset = UNSET,
    lastmodifiedto: str | Unset = UNSET,
    projectid: str | Unset = UNSET,
    projectstatus: SharedNotesListProjectstatus | Unset = SharedNotesListProjectstatus.ALL,
    search: str | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    sortby: SharedNotesListSortby | Unset = SharedNotesListSortby.DATE,
    sortorder: SortOrder | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    params: dict[str, Any] = {}

    params["fields"] = fields

    params["datefrom"] = datefrom

    params["dateto"] = dateto

    params["idfrom"] = idfrom

    params["idto"] = idto

    params["lastmodifiedfrom"] = lastmodifiedfrom

    params["lastmodifiedto"] = lastmodifiedto

    params["projectid"] = projectid

    json_projectstatus: str | Unset = UNSET
    if not isinstance(projectstatus, Unset):
        json_projectstatus = projectstatus.value

    params["projectstatus"] = json_projectstatus

    params["search"] = search

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
        "url": "/sharednotes",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorEnvelope | SharedNoteList | None:
    if response.status_code == 200:
        response_200 = SharedNoteList.from_dict(response.json())

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
) -> Response[Any | ErrorEnvelope | SharedNoteList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = "title,content,author,date",
    datefrom: str | Unset = UNSET,
    dateto: str | Unset = UNSET,
    idfrom: int | Unset = UNSET,
    idto: int | Unset = UNSET,
    lastmodifiedfrom: str | Unset = UNSET,
    lastmodifiedto: str | Unset = UNSET,
    projectid: str | Unset = UNSET,
    projectstatus: SharedNotesListProjectstatus | Unset = SharedNotesListProjectstatus.ALL,
    search: str | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    sortby: SharedNotesListSortby | Unset = SharedNotesListSortby.DATE,
    sortorder: SortOrder | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | ErrorEnvelope | SharedNoteList]:
    """List shared notes

     Returns the notes shared on the projects the caller may see, narrowed by the filter parameters
    (different parameters combine with AND, comma lists within one parameter with OR). `fields` chooses
    the returned properties; `sortby`/`sortorder` order the rows and `pagenumber`/`pagesize` page them.

    Args:
        fields (str | Unset):  Default: 'title,content,author,date'.
        datefrom (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a sign,
            a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three weeks
            ago), `+1m` (a month ahead), `+0d` (today).
        dateto (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a sign, a
            count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three weeks
            ago), `+1m` (a month ahead), `+0d` (today).
        idfrom (int | Unset):
        idto (int | Unset):
        lastmodifiedfrom (str | Unset): A local date and time `yyyy-mm-ddThh:mm` (ISO 8601, no
            seconds, no offset), or an age: a count followed by `n` (minutes), `h` (hours), `d`
            (days), `w` (weeks) or `m` (months) meaning "that long ago", e.g. `12h`.
        lastmodifiedto (str | Unset): A local date and time `yyyy-mm-ddThh:mm` (ISO 8601, no
            seconds, no offset), or an age: a count followed by `n` (minutes), `h` (hours), `d`
            (days), `w` (weeks) or `m` (months) meaning "that long ago", e.g. `12h`.
        projectid (str | Unset): One id or several ids separated by commas, without spaces (`1` or
            `1,2,3`). Several ids mean "any of them".
        projectstatus (SharedNotesListProjectstatus | Unset):  Default:
            SharedNotesListProjectstatus.ALL.
        search (str | Unset): Text to look for (case-insensitive "contains"). A leading `!` asks
            for rows that do NOT contain the text; `!` alone or an empty string is not a search.
        pagenumber (int | Unset):
        pagesize (int | Unset):
        sortby (SharedNotesListSortby | Unset):  Default: SharedNotesListSortby.DATE.
        sortorder (SortOrder | Unset): Sort direction: ascending (default) or descending.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorEnvelope | SharedNoteList]
    """

    kwargs = _get_kwargs(
        fields=fields,
        datefrom=datefrom,
        dateto=dateto,
        idfrom=idfrom,
        idto=idto,
        lastmodifiedfrom=lastmodifiedfrom,
        lastmodifiedto=lastmodifiedto,
        projectid=projectid,
        projectstatus=projectstatus,
        search=search,
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
    fields: str | Unset = "title,content,author,date",
    datefrom: str | Unset = UNSET,
    dateto: str | Unset = UNSET,
    idfrom: int | Unset = UNSET,
    idto: int | Unset = UNSET,
    lastmodifiedfrom: str | Unset = UNSET,
    lastmodifiedto: str | Unset = UNSET,
    projectid: str | Unset = UNSET,
    projectstatus: SharedNotesListProjectstatus | Unset = SharedNotesListProjectstatus.ALL,
    search: str | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    sortby: SharedNotesListSortby | Unset = SharedNotesListSortby.DATE,
    sortorder: SortOrder | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | ErrorEnvelope | SharedNoteList | None:
    """List shared notes

     Returns the notes shared on the projects the caller may see, narrowed by the filter parameters
    (different parameters combine with AND, comma lists within one parameter with OR). `fields` chooses
    the returned properties; `sortby`/`sortorder` order the rows and `pagenumber`/`pagesize` page them.

    Args:
        fields (str | Unset):  Default: 'title,content,author,date'.
        datefrom (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a sign,
            a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three weeks
            ago), `+1m` (a month ahead), `+0d` (today).
        dateto (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a sign, a
            count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three weeks
            ago), `+1m` (a month ahead), `+0d` (today).
        idfrom (int | Unset):
        idto (int | Unset):
        lastmodifiedfrom (str | Unset): A local date and time `yyyy-mm-ddThh:mm` (ISO 8601, no
            seconds, no offset), or an age: a count followed by `n` (minutes), `h` (hours), `d`
            (days), `w` (weeks) or `m` (months) meaning "that long ago", e.g. `12h`.
        lastmodifiedto (str | Unset): A local date and time `yyyy-mm-ddThh:mm` (ISO 8601, no
            seconds, no offset), or an age: a count followed by `n` (minutes), `h` (hours), `d`
            (days), `w` (weeks) or `m` (months) meaning "that long ago", e.g. `12h`.
        projectid (str | Unset): One id or several ids separated by commas, without spaces (`1` or
            `1,2,3`). Several ids mean "any of them".
        projectstatus (SharedNotesListProjectstatus | Unset):  Default:
            SharedNotesListProjectstatus.ALL.
        search (str | Unset): Text to look for (case-insensitive "contains"). A leading `!` asks
            for rows that do NOT contain the text; `!` alone or an empty string is not a search.
        pagenumber (int | Unset):
        pagesize (int | Unset):
        sortby (SharedNotesListSortby | Unset):  Default: SharedNotesListSortby.DATE.
        sortorder (SortOrder | Unset): Sort direction: ascending (default) or descending.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorEnvelope | SharedNoteList
    """

    return sync_detailed(
        client=client,
        fields=fields,
        datefrom=datefrom,
        dateto=dateto,
        idfrom=idfrom,
        idto=idto,
        lastmodifiedfrom=lastmodifiedfrom,
        lastmodifiedto=lastmodifiedto,
        projectid=projectid,
        projectstatus=projectstatus,
        search=search,
        pagenumber=pagenumber,
        pagesize=pagesize,
        sortby=sortby,
        sortorder=sortorder,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = "title,content,author,date",
    datefrom: str | Unset = UNSET,
    dateto: str | Unset = UNSET,
    idfrom: int | Unset = UNSET,
    idto: int | Unset = UNSET,
    lastmodifiedfrom: str | Unset = UNSET,
    lastmodifiedto: str | Unset = UNSET,
    projectid: str | Unset = UNSET,
    projectstatus: SharedNotesListProjectstatus | Unset = SharedNotesListProjectstatus.ALL,
    search: str | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    sortby: SharedNotesListSortby | Unset = SharedNotesListSortby.DATE,
    sortorder: SortOrder | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | ErrorEnvelope | SharedNoteList]:
    """List shared notes

     Returns the notes shared on the projects the caller may see, narrowed by the filter parameters
    (different parameters combine with AND, comma lists within one parameter with OR). `fields` chooses
    the returned properties; `sortby`/`sortorder` order the rows and `pagenumber`/`pagesize` page them.

    Args:
        fields (str | Unset):  Default: 'title,content,author,date'.
        datefrom (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a sign,
            a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three weeks
            ago), `+1m` (a month ahead), `+0d` (today).
        dateto (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a sign, a
            count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three weeks
            ago), `+1m` (a month ahead), `+0d` (today).
        idfrom (int | Unset):
        idto (int | Unset):
        lastmodifiedfrom (str | Unset): A local date and time `yyyy-mm-ddThh:mm` (ISO 8601, no
            seconds, no offset), or an age: a count followed by `n` (minutes), `h` (hours), `d`
            (days), `w` (weeks) or `m` (months) meaning "that long ago", e.g. `12h`.
        lastmodifiedto (str | Unset): A local date and time `yyyy-mm-ddThh:mm` (ISO 8601, no
            seconds, no offset), or an age: a count followed by `n` (minutes), `h` (hours), `d`
            (days), `w` (weeks) or `m` (months) meaning "that long ago", e.g. `12h`.
        projectid (str | Unset): One id or several ids separated by commas, without spaces (`1` or
            `1,2,3`). Several ids mean "any of them".
        projectstatus (SharedNotesListProjectstatus | Unset):  Default:
            SharedNotesListProjectstatus.ALL.
        search (str | Unset): Text to look for (case-insensitive "contains"). A leading `!` asks
            for rows that do NOT contain the text; `!` alone or an empty string is not a search.
        pagenumber (int | Unset):
        pagesize (int | Unset):
        sortby (SharedNotesListSortby | Unset):  Default: SharedNotesListSortby.DATE.
        sortorder (SortOrder | Unset): Sort direction: ascending (default) or descending.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorEnvelope | SharedNoteList]
    """

    kwargs = _get_kwargs(
        fields=fields,
        datefrom=datefrom,
        dateto=dateto,
        idfrom=idfrom,
        idto=idto,
        lastmodifiedfrom=lastmodifiedfrom,
        lastmodifiedto=lastmodifiedto,
        projectid=projectid,
        projectstatus=projectstatus,
        search=search,
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
    fields: str | Unset = "title,content,author,date",
    datefrom: str | Unset = UNSET,
    dateto: str | Unset = UNSET,
    idfrom: int | Unset = UNSET,
    idto: int | Unset = UNSET,
    lastmodifiedfrom: str | Unset = UNSET,
    lastmodifiedto: str | Unset = UNSET,
    projectid: str | Unset = UNSET,
    projectstatus: SharedNotesListProjectstatus | Unset = SharedNotesListProjectstatus.ALL,
    search: str | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    sortby: SharedNotesListSortby | Unset = SharedNotesListSortby.DATE,
    sortorder: SortOrder | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | ErrorEnvelope | SharedNoteList | None:
    """List shared notes

     Returns the notes shared on the projects the caller may see, narrowed by the filter parameters
    (different parameters combine with AND, comma lists within one parameter with OR). `fields` chooses
    the returned properties; `sortby`/`sortorder` order the rows and `pagenumber`/`pagesize` page them.

    Args:
        fields (str | Unset):  Default: 'title,content,author,date'.
        datefrom (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a sign,
            a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three weeks
            ago), `+1m` (a month ahead), `+0d` (today).
        dateto (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a sign, a
            count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three weeks
            ago), `+1m` (a month ahead), `+0d` (today).
        idfrom (int | Unset):
        idto (int | Unset):
        lastmodifiedfrom (str | Unset): A local date and time `yyyy-mm-ddThh:mm` (ISO 8601, no
            seconds, no offset), or an age: a count followed by `n` (minutes), `h` (hours), `d`
            (days), `w` (weeks) or `m` (months) meaning "that long ago", e.g. `12h`.
        lastmodifiedto (str | Unset): A local date and time `yyyy-mm-ddThh:mm` (ISO 8601, no
            seconds, no offset), or an age: a count followed by `n` (minutes), `h` (hours), `d`
            (days), `w` (weeks) or `m` (months) meaning "that long ago", e.g. `12h`.
        projectid (str | Unset): One id or several ids separated by commas, without spaces (`1` or
            `1,2,3`). Several ids mean "any of them".
        projectstatus (SharedNotesListProjectstatus | Unset):  Default:
            SharedNotesListProjectstatus.ALL.
        search (str | Unset): Text to look for (case-insensitive "contains"). A leading `!` asks
            for rows that do NOT contain the text; `!` alone or an empty string is not a search.
        pagenumber (int | Unset):
        pagesize (int | Unset):
        sortby (SharedNotesListSortby | Unset):  Default: SharedNotesListSortby.DATE.
        sortorder (SortOrder | Unset): Sort direction: ascending (default) or descending.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorEnvelope | SharedNoteList
    """

    return (
        await asyncio_detailed(
            client=client,
            fields=fields,
            datefrom=datefrom,
            dateto=dateto,
            idfrom=idfrom,
            idto=idto,
            lastmodifiedfrom=lastmodifiedfrom,
            lastmodifiedto=lastmodifiedto,
            projectid=projectid,
            projectstatus=projectstatus,
            search=search,
            pagenumber=pagenumber,
            pagesize=pagesize,
            sortby=sortby,
            sortorder=sortorder,
            if_none_match=if_none_match,
        )
    ).parsed
