from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.keyword_me_all import KeywordMeAll
from ...models.message_list import MessageList
from ...models.sort_order import SortOrder
from ...models.task_messages_list_projectstatus import TaskMessagesListProjectstatus
from ...models.task_messages_list_sortby import TaskMessagesListSortby
from ...models.task_messages_list_taskstatus import TaskMessagesListTaskstatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    taskid: int,
    *,
    fields: str | Unset = "title,content,originalmessageid,project,task,date,author,contacts,public,files",
    contactdetails: bool | Unset = False,
    contacts: KeywordMeAll | str | Unset = "all",
    datefrom: str | Unset = UNSET,
    dateto: str | Unset = UNSET,
    divisionid: int | Unset = UNSET,
    id: str | Unset = UNSET,
    originalmessageid: int | Unset = UNSET,
    projectid: str | Unset = UNSET,
    projectstatus: TaskMessagesListProjectstatus | Unset = TaskMessagesListProjectstatus.ACTIVE,
    search: str | Unset = UNSET,
    taskstatus: TaskMessagesListTaskstatus | Unset = TaskMessagesListTaskstatus.ALL,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    sortby: TaskMessagesListSortby | Unset = TaskMessagesListSortby.ID,
    sortorder: SortOrder | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    params: dict[str, Any] = {}

    params["fields"] = fields

    params["contactdetails"] = contactdetails

    json_contacts: str | Unset
    if isinstance(contacts, Unset):
        json_contacts = UNSET
    elif isinstance(contacts, KeywordMeAll):
        json_contacts = contacts.value
    else:
        json_contacts = contacts
    params["contacts"] = json_contacts

    params["datefrom"] = datefrom

    params["dateto"] = dateto

    params["divisionid"] = divisionid

    params["id"] = id

    params["originalmessageid"] = originalmessageid

    params["projectid"] = projectid

    json_projectstatus: str | Unset = UNSET
    if not isinstance(projectstatus, Unset):
        json_projectstatus = projectstatus.value

    params["projectstatus"] = json_projectstatus

    params["search"] = search

    json_taskstatus: str | Unset = UNSET
    if not isinstance(taskstatus, Unset):
        json_taskstatus = taskstatus.value

    params["taskstatus"] = json_taskstatus

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
        "url": "/tasks/{taskid}/messages".format(
            taskid=quote(str(taskid), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorEnvelope | MessageList | None:
    if response.status_code == 200:
        response_200 = MessageList.from_dict(response.json())

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
) -> Response[Any | ErrorEnvelope | MessageList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    taskid: int,
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = "title,content,originalmessageid,project,task,date,author,contacts,public,files",
    contactdetails: bool | Unset = False,
    contacts: KeywordMeAll | str | Unset = "all",
    datefrom: str | Unset = UNSET,
    dateto: str | Unset = UNSET,
    divisionid: int | Unset = UNSET,
    id: str | Unset = UNSET,
    originalmessageid: int | Unset = UNSET,
    projectid: str | Unset = UNSET,
    projectstatus: TaskMessagesListProjectstatus | Unset = TaskMessagesListProjectstatus.ACTIVE,
    search: str | Unset = UNSET,
    taskstatus: TaskMessagesListTaskstatus | Unset = TaskMessagesListTaskstatus.ALL,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    sortby: TaskMessagesListSortby | Unset = TaskMessagesListSortby.ID,
    sortorder: SortOrder | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | ErrorEnvelope | MessageList]:
    """List the messages of a task

     Returns the messages of discussions on a task the caller may see; rows and filters are those of `GET
    /messages`, restricted to the task.

    Args:
        taskid (int):
        fields (str | Unset):  Default:
            'title,content,originalmessageid,project,task,date,author,contacts,public,files'.
        contactdetails (bool | Unset):  Default: False.
        contacts (KeywordMeAll | str | Unset): Contact ids separated by commas, or `me` (the
            caller) or `all`. Used both as a filter and as an assignment list in request bodies, where
            it is always a comma string and never a JSON array (an array makes the service fail with
            HTTP 500). Default: 'all'.
        datefrom (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a sign,
            a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three weeks
            ago), `+1m` (a month ahead), `+0d` (today).
        dateto (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a sign, a
            count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three weeks
            ago), `+1m` (a month ahead), `+0d` (today).
        divisionid (int | Unset):
        id (str | Unset): One id or several ids separated by commas, without spaces (`1` or
            `1,2,3`). Several ids mean "any of them".
        originalmessageid (int | Unset):
        projectid (str | Unset): One id or several ids separated by commas, without spaces (`1` or
            `1,2,3`). Several ids mean "any of them".
        projectstatus (TaskMessagesListProjectstatus | Unset):  Default:
            TaskMessagesListProjectstatus.ACTIVE.
        search (str | Unset): Text to look for (case-insensitive "contains"). A leading `!` asks
            for rows that do NOT contain the text; `!` alone or an empty string is not a search.
        taskstatus (TaskMessagesListTaskstatus | Unset):  Default: TaskMessagesListTaskstatus.ALL.
        pagenumber (int | Unset):
        pagesize (int | Unset):
        sortby (TaskMessagesListSortby | Unset):  Default: TaskMessagesListSortby.ID.
        sortorder (SortOrder | Unset): Sort direction: ascending (default) or descending.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorEnvelope | MessageList]
    """

    kwargs = _get_kwargs(
        taskid=taskid,
        fields=fields,
        contactdetails=contactdetails,
        contacts=contacts,
        datefrom=datefrom,
        dateto=dateto,
        divisionid=divisionid,
        id=id,
        originalmessageid=originalmessageid,
        projectid=projectid,
        projectstatus=projectstatus,
        search=search,
        taskstatus=taskstatus,
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
    taskid: int,
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = "title,content,originalmessageid,project,task,date,author,contacts,public,files",
    contactdetails: bool | Unset = False,
    contacts: KeywordMeAll | str | Unset = "all",
    datefrom: str | Unset = UNSET,
    dateto: str | Unset = UNSET,
    divisionid: int | Unset = UNSET,
    id: str | Unset = UNSET,
    originalmessageid: int | Unset = UNSET,
    projectid: str | Unset = UNSET,
    projectstatus: TaskMessagesListProjectstatus | Unset = TaskMessagesListProjectstatus.ACTIVE,
    search: str | Unset = UNSET,
    taskstatus: TaskMessagesListTaskstatus | Unset = TaskMessagesListTaskstatus.ALL,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    sortby: TaskMessagesListSortby | Unset = TaskMessagesListSortby.ID,
    sortorder: SortOrder | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | ErrorEnvelope | MessageList | None:
    """List the messages of a task

     Returns the messages of discussions on a task the caller may see; rows and filters are those of `GET
    /messages`, restricted to the task.

    Args:
        taskid (int):
        fields (str | Unset):  Default:
            'title,content,originalmessageid,project,task,date,author,contacts,public,files'.
        contactdetails (bool | Unset):  Default: False.
        contacts (KeywordMeAll | str | Unset): Contact ids separated by commas, or `me` (the
            caller) or `all`. Used both as a filter and as an assignment list in request bodies, where
            it is always a comma string and never a JSON array (an array makes the service fail with
            HTTP 500). Default: 'all'.
        datefrom (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a sign,
            a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three weeks
            ago), `+1m` (a month ahead), `+0d` (today).
        dateto (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a sign, a
            count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three weeks
            ago), `+1m` (a month ahead), `+0d` (today).
        divisionid (int | Unset):
        id (str | Unset): One id or several ids separated by commas, without spaces (`1` or
            `1,2,3`). Several ids mean "any of them".
        originalmessageid (int | Unset):
        projectid (str | Unset): One id or several ids separated by commas, without spaces (`1` or
            `1,2,3`). Several ids mean "any of them".
        projectstatus (TaskMessagesListProjectstatus | Unset):  Default:
            TaskMessagesListProjectstatus.ACTIVE.
        search (str | Unset): Text to look for (case-insensitive "contains"). A leading `!` asks
            for rows that do NOT contain the text; `!` alone or an empty string is not a search.
        taskstatus (TaskMessagesListTaskstatus | Unset):  Default: TaskMessagesListTaskstatus.ALL.
        pagenumber (int | Unset):
        pagesize (int | Unset):
        sortby (TaskMessagesListSortby | Unset):  Default: TaskMessagesListSortby.ID.
        sortorder (SortOrder | Unset): Sort direction: ascending (default) or descending.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorEnvelope | MessageList
    """

    return sync_detailed(
        taskid=taskid,
        client=client,
        fields=fields,
        contactdetails=contactdetails,
        contacts=contacts,
        datefrom=datefrom,
        dateto=dateto,
        divisionid=divisionid,
        id=id,
        originalmessageid=originalmessageid,
        projectid=projectid,
        projectstatus=projectstatus,
        search=search,
        taskstatus=taskstatus,
        pagenumber=pagenumber,
        pagesize=pagesize,
        sortby=sortby,
        sortorder=sortorder,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    taskid: int,
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = "title,content,originalmessageid,project,task,date,author,contacts,public,files",
    contactdetails: bool | Unset = False,
    contacts: KeywordMeAll | str | Unset = "all",
    datefrom: str | Unset = UNSET,
    dateto: str | Unset = UNSET,
    divisionid: int | Unset = UNSET,
    id: str | Unset = UNSET,
    originalmessageid: int | Unset = UNSET,
    projectid: str | Unset = UNSET,
    projectstatus: TaskMessagesListProjectstatus | Unset = TaskMessagesListProjectstatus.ACTIVE,
    search: str | Unset = UNSET,
    taskstatus: TaskMessagesListTaskstatus | Unset = TaskMessagesListTaskstatus.ALL,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    sortby: TaskMessagesListSortby | Unset = TaskMessagesListSortby.ID,
    sortorder: SortOrder | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | ErrorEnvelope | MessageList]:
    """List the messages of a task

     Returns the messages of discussions on a task the caller may see; rows and filters are those of `GET
    /messages`, restricted to the task.

    Args:
        taskid (int):
        fields (str | Unset):  Default:
            'title,content,originalmessageid,project,task,date,author,contacts,public,files'.
        contactdetails (bool | Unset):  Default: False.
        contacts (KeywordMeAll | str | Unset): Contact ids separated by commas, or `me` (the
            caller) or `all`. Used both as a filter and as an assignment list in request bodies, where
            it is always a comma string and never a JSON array (an array makes the service fail with
            HTTP 500). Default: 'all'.
        datefrom (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a sign,
            a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three weeks
            ago), `+1m` (a month ahead), `+0d` (today).
        dateto (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a sign, a
            count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three weeks
            ago), `+1m` (a month ahead), `+0d` (today).
        divisionid (int | Unset):
        id (str | Unset): One id or several ids separated by commas, without spaces (`1` or
            `1,2,3`). Several ids mean "any of them".
        originalmessageid (int | Unset):
        projectid (str | Unset): One id or several ids separated by commas, without spaces (`1` or
            `1,2,3`). Several ids mean "any of them".
        projectstatus (TaskMessagesListProjectstatus | Unset):  Default:
            TaskMessagesListProjectstatus.ACTIVE.
        search (str | Unset): Text to look for (case-insensitive "contains"). A leading `!` asks
            for rows that do NOT contain the text; `!` alone or an empty string is not a search.
        taskstatus (TaskMessagesListTaskstatus | Unset):  Default: TaskMessagesListTaskstatus.ALL.
        pagenumber (int | Unset):
        pagesize (int | Unset):
        sortby (TaskMessagesListSortby | Unset):  Default: TaskMessagesListSortby.ID.
        sortorder (SortOrder | Unset): Sort direction: ascending (default) or descending.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorEnvelope | MessageList]
    """

    kwargs = _get_kwargs(
        taskid=taskid,
        fields=fields,
        contactdetails=contactdetails,
        contacts=contacts,
        datefrom=datefrom,
        dateto=dateto,
        divisionid=divisionid,
        id=id,
        originalmessageid=originalmessageid,
        projectid=projectid,
        projectstatus=projectstatus,
        search=search,
        taskstatus=taskstatus,
        pagenumber=pagenumber,
        pagesize=pagesize,
        sortby=sortby,
        sortorder=sortorder,
        if_none_match=if_none_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    taskid: int,
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = "title,content,originalmessageid,project,task,date,author,contacts,public,files",
    contactdetails: bool | Unset = False,
    contacts: KeywordMeAll | str | Unset = "all",
    datefrom: str | Unset = UNSET,
    dateto: str | Unset = UNSET,
    divisionid: int | Unset = UNSET,
    id: str | Unset = UNSET,
    originalmessageid: int | Unset = UNSET,
    projectid: str | Unset = UNSET,
    projectstatus: TaskMessagesListProjectstatus | Unset = TaskMessagesListProjectstatus.ACTIVE,
    search: str | Unset = UNSET,
    taskstatus: TaskMessagesListTaskstatus | Unset = TaskMessagesListTaskstatus.ALL,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    sortby: TaskMessagesListSortby | Unset = TaskMessagesListSortby.ID,
    sortorder: SortOrder | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | ErrorEnvelope | MessageList | None:
    """List the messages of a task

     Returns the messages of discussions on a task the caller may see; rows and filters are those of `GET
    /messages`, restricted to the task.

    Args:
        taskid (int):
        fields (str | Unset):  Default:
            'title,content,originalmessageid,project,task,date,author,contacts,public,files'.
        contactdetails (bool | Unset):  Default: False.
        contacts (KeywordMeAll | str | Unset): Contact ids separated by commas, or `me` (the
            caller) or `all`. Used both as a filter and as an assignment list in request bodies, where
            it is always a comma string and never a JSON array (an array makes the service fail with
            HTTP 500). Default: 'all'.
        datefrom (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a sign,
            a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three weeks
            ago), `+1m` (a month ahead), `+0d` (today).
        dateto (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a sign, a
            count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three weeks
            ago), `+1m` (a month ahead), `+0d` (today).
        divisionid (int | Unset):
        id (str | Unset): One id or several ids separated by commas, without spaces (`1` or
            `1,2,3`). Several ids mean "any of them".
        originalmessageid (int | Unset):
        projectid (str | Unset): One id or several ids separated by commas, without spaces (`1` or
            `1,2,3`). Several ids mean "any of them".
        projectstatus (TaskMessagesListProjectstatus | Unset):  Default:
            TaskMessagesListProjectstatus.ACTIVE.
        search (str | Unset): Text to look for (case-insensitive "contains"). A leading `!` asks
            for rows that do NOT contain the text; `!` alone or an empty string is not a search.
        taskstatus (TaskMessagesListTaskstatus | Unset):  Default: TaskMessagesListTaskstatus.ALL.
        pagenumber (int | Unset):
        pagesize (int | Unset):
        sortby (TaskMessagesListSortby | Unset):  Default: TaskMessagesListSortby.ID.
        sortorder (SortOrder | Unset): Sort direction: ascending (default) or descending.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorEnvelope | MessageList
    """

    return (
        await asyncio_detailed(
            taskid=taskid,
            client=client,
            fields=fields,
            contactdetails=contactdetails,
            contacts=contacts,
            datefrom=datefrom,
            dateto=dateto,
            divisionid=divisionid,
            id=id,
            originalmessageid=originalmessageid,
            projectid=projectid,
            projectstatus=projectstatus,
            search=search,
            taskstatus=taskstatus,
            pagenumber=pagenumber,
            pagesize=pagesize,
            sortby=sortby,
            sortorder=sortorder,
            if_none_match=if_none_match,
        )
    ).parsed
