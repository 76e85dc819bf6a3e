from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bookmark_list import BookmarkList
from ...models.error_envelope import ErrorEnvelope
from ...models.project_bookmarks_list_sortby import ProjectBookmarksListSortby
from ...models.sort_order import SortOrder
from ...types import UNSET, Response, Unset


def _get_kwargs(
    projectid: int,
    *,
    fields: str | Unset = "title,url",
    idfrom: int | Unset = UNSET,
    idto: int | Unset = UNSET,
    search: str | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    sortby: ProjectBookmarksListSortby | Unset = ProjectBookmarksListSortby.ID,
    sortorder: SortOrder | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    params: dict[str, Any] = {}

    params["fields"] = fields

    params["idfrom"] = idfrom

    params["idto"] = idto

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
        "url": "/projects/{projectid}/bookmarks".format(
            projectid=quote(str(projectid), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | BookmarkList | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = BookmarkList.from_dict(response.json())

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
) -> Response[Any | BookmarkList | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    projectid: int,
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = "title,url",
    idfrom: int | Unset = UNSET,
    idto: int | Unset = UNSET,
    search: str | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    sortby: ProjectBookmarksListSortby | Unset = ProjectBookmarksListSortby.ID,
    sortorder: SortOrder | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | BookmarkList | ErrorEnvelope]:
    """List the bookmarks of a project

     Returns the link bookmarks of a project, narrowed by the filter parameters (different parameters
    combine with AND, comma lists within one parameter with OR). `fields` chooses the returned
    properties; `sortby`/`sortorder` order the rows and `pagenumber`/`pagesize` page them.

    Args:
        projectid (int):
        fields (str | Unset):  Default: 'title,url'.
        idfrom (int | Unset):
        idto (int | Unset):
        search (str | Unset): Text to look for (case-insensitive "contains"). A leading `!` asks
            for rows that do NOT contain the text; `!` alone or an empty string is not a search.
        pagenumber (int | Unset):
        pagesize (int | Unset):
        sortby (ProjectBookmarksListSortby | Unset):  Default: ProjectBookmarksListSortby.ID.
        sortorder (SortOrder | Unset): Sort direction: ascending (default) or descending.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BookmarkList | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        projectid=projectid,
        fields=fields,
        idfrom=idfrom,
        idto=idto,
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
    projectid: int,
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = "title,url",
    idfrom: int | Unset = UNSET,
    idto: int | Unset = UNSET,
    search: str | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    sortby: ProjectBookmarksListSortby | Unset = ProjectBookmarksListSortby.ID,
    sortorder: SortOrder | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | BookmarkList | ErrorEnvelope | None:
    """List the bookmarks of a project

     Returns the link bookmarks of a project, narrowed by the filter parameters (different parameters
    combine with AND, comma lists within one parameter with OR). `fields` chooses the returned
    properties; `sortby`/`sortorder` order the rows and `pagenumber`/`pagesize` page them.

    Args:
        projectid (int):
        fields (str | Unset):  Default: 'title,url'.
        idfrom (int | Unset):
        idto (int | Unset):
        search (str | Unset): Text to look for (case-insensitive "contains"). A leading `!` asks
            for rows that do NOT contain the text; `!` alone or an empty string is not a search.
        pagenumber (int | Unset):
        pagesize (int | Unset):
        sortby (ProjectBookmarksListSortby | Unset):  Default: ProjectBookmarksListSortby.ID.
        sortorder (SortOrder | Unset): Sort direction: ascending (default) or descending.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BookmarkList | ErrorEnvelope
    """

    return sync_detailed(
        projectid=projectid,
        client=client,
        fields=fields,
        idfrom=idfrom,
        idto=idto,
        search=search,
        pagenumber=pagenumber,
        pagesize=pagesize,
        sortby=sortby,
        sortorder=sortorder,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    projectid: int,
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = "title,url",
    idfrom: int | Unset = UNSET,
    idto: int | Unset = UNSET,
    search: str | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    sortby: ProjectBookmarksListSortby | Unset = ProjectBookmarksListSortby.ID,
    sortorder: SortOrder | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | BookmarkList | ErrorEnvelope]:
    """List the bookmarks of a project

     Returns the link bookmarks of a project, narrowed by the filter parameters (different parameters
    combine with AND, comma lists within one parameter with OR). `fields` chooses the returned
    properties; `sortby`/`sortorder` order the rows and `pagenumber`/`pagesize` page them.

    Args:
        projectid (int):
        fields (str | Unset):  Default: 'title,url'.
        idfrom (int | Unset):
        idto (int | Unset):
        search (str | Unset): Text to look for (case-insensitive "contains"). A leading `!` asks
            for rows that do NOT contain the text; `!` alone or an empty string is not a search.
        pagenumber (int | Unset):
        pagesize (int | Unset):
        sortby (ProjectBookmarksListSortby | Unset):  Default: ProjectBookmarksListSortby.ID.
        sortorder (SortOrder | Unset): Sort direction: ascending (default) or descending.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BookmarkList | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        projectid=projectid,
        fields=fields,
        idfrom=idfrom,
        idto=idto,
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
    projectid: int,
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = "title,url",
    idfrom: int | Unset = UNSET,
    idto: int | Unset = UNSET,
    search: str | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    sortby: ProjectBookmarksListSortby | Unset = ProjectBookmarksListSortby.ID,
    sortorder: SortOrder | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | BookmarkList | ErrorEnvelope | None:
    """List the bookmarks of a project

     Returns the link bookmarks of a project, narrowed by the filter parameters (different parameters
    combine with AND, comma lists within one parameter with OR). `fields` chooses the returned
    properties; `sortby`/`sortorder` order the rows and `pagenumber`/`pagesize` page them.

    Args:
        projectid (int):
        fields (str | Unset):  Default: 'title,url'.
        idfrom (int | Unset):
        idto (int | Unset):
        search (str | Unset): Text to look for (case-insensitive "contains"). A leading `!` asks
            for rows that do NOT contain the text; `!` alone or an empty string is not a search.
        pagenumber (int | Unset):
        pagesize (int | Unset):
        sortby (ProjectBookmarksListSortby | Unset):  Default: ProjectBookmarksListSortby.ID.
        sortorder (SortOrder | Unset): Sort direction: ascending (default) or descending.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BookmarkList | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            projectid=projectid,
            client=client,
            fields=fields,
            idfrom=idfrom,
            idto=idto,
            search=search,
            pagenumber=pagenumber,
            pagesize=pagesize,
            sortby=sortby,
            sortorder=sortorder,
            if_none_match=if_none_match,
        )
    ).parsed
