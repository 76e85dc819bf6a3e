from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.keyword_me import KeywordMe
from ...models.keyword_me_all import KeywordMeAll
from ...models.keyword_me_unassigned_all import KeywordMeUnassignedAll
from ...models.match_mode import MatchMode
from ...models.over_under import OverUnder
from ...models.project_tasks_list_billable import ProjectTasksListBillable
from ...models.project_tasks_list_dependentstatus import ProjectTasksListDependentstatus
from ...models.project_tasks_list_projectstatus import ProjectTasksListProjectstatus
from ...models.project_tasks_list_sortby import ProjectTasksListSortby
from ...models.project_tasks_list_status import ProjectTasksListStatus
from ...models.project_tasks_list_type import ProjectTasksListType
from ...models.sort_order import SortOrder
from ...models.task_list import TaskList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    projectid: int,
    *,
    fields: str | Unset = "name,type,order,status,project,startdate,duedate",
    apifields: str | Unset = UNSET,
    apifieldsmode: MatchMode | Unset = UNSET,
    billable: ProjectTasksListBillable | Unset = ProjectTasksListBillable.ALL,
    categoryid: str | Unset = UNSET,
    companyid: str | Unset = UNSET,
    completedatefrom: str | Unset = UNSET,
    completedateto: str | Unset = UNSET,
    contacts: KeywordMeUnassignedAll | str | Unset = "all",
    contactsmode: MatchMode | Unset = UNSET,
    dependentstatus: ProjectTasksListDependentstatus | Unset = UNSET,
    divisionid: int | Unset = UNSET,
    duedatefrom: str | Unset = UNSET,
    duedateto: str | Unset = UNSET,
    generaltasks: bool | Unset = True,
    id: str | Unset = UNSET,
    internalclientgroupid: str | Unset = UNSET,
    internalclientteamid: str | Unset = UNSET,
    lastmodifiedfrom: str | Unset = UNSET,
    lastmodifiedto: str | Unset = UNSET,
    managerid: KeywordMe | str | Unset = UNSET,
    priority: str | Unset = UNSET,
    projectcategoryid: str | Unset = UNSET,
    projectcompletedatefrom: str | Unset = UNSET,
    projectcompletedateto: str | Unset = UNSET,
    projectduedatefrom: str | Unset = UNSET,
    projectduedateto: str | Unset = UNSET,
    projectstartdatefrom: str | Unset = UNSET,
    projectstartdateto: str | Unset = UNSET,
    projectstatus: ProjectTasksListProjectstatus | Unset = ProjectTasksListProjectstatus.ALL,
    projecttasks: bool | Unset = True,
    search: str | Unset = UNSET,
    searchdescription: str | Unset = UNSET,
    searchname: str | Unset = UNSET,
    startdatefrom: str | Unset = UNSET,
    startdateto: str | Unset = UNSET,
    status: ProjectTasksListStatus | Unset = ProjectTasksListStatus.ACTIVE,
    timeallocated: str | Unset = UNSET,
    timetracked: OverUnder | str | Unset = UNSET,
    timetrackedby: KeywordMeAll | str | Unset = "all",
    timetrackedfrom: str | Unset = UNSET,
    timetrackedto: str | Unset = UNSET,
    type_: ProjectTasksListType | Unset = ProjectTasksListType.ALL,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    sortby: ProjectTasksListSortby | Unset = ProjectTasksListSortby.ID,
    sortorder: SortOrder | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    params: dict[str, Any] = {}

    params["fields"] = fields

    params["apifields"] = apifields

    json_apifieldsmode: str | Unset = UNSET
    if not isinstance(apifieldsmode, Unset):
        json_apifieldsmode = apifieldsmode.value

    params["apifieldsmode"] = json_apifieldsmode

    json_billable: str | Unset = UNSET
    if not isinstance(billable, Unset):
        json_billable = billable.value

    params["billable"] = json_billable

    params["categoryid"] = categoryid

    params["companyid"] = companyid

    params["completedatefrom"] = completedatefrom

    params["completedateto"] = completedateto

    json_contacts: str | Unset
    if isinstance(contacts, Unset):
        json_contacts = UNSET
    elif isinstance(contacts, KeywordMeUnassignedAll):
        json_contacts = contacts.value
    else:
        json_contacts = contacts
    params["contacts"] = json_contacts

    json_contactsmode: str | Unset = UNSET
    if not isinstance(contactsmode, Unset):
        json_contactsmode = contactsmode.value

    params["contactsmode"] = json_contactsmode

    json_dependentstatus: str | Unset = UNSET
    if not isinstance(dependentstatus, Unset):
        json_dependentstatus = dependentstatus.value

    params["dependentstatus"] = json_dependentstatus

    params["divisionid"] = divisionid

    params["duedatefrom"] = duedatefrom

    params["duedateto"] = duedateto

    params["generaltasks"] = generaltasks

    params["id"] = id

    params["internalclientgroupid"] = internalclientgroupid

    params["internalclientteamid"] = internalclientteamid

    params["lastmodifiedfrom"] = lastmodifiedfrom

    params["lastmodifiedto"] = lastmodifiedto

    json_managerid: str | Unset
    if isinstance(managerid, Unset):
        json_managerid = UNSET
    elif isinstance(managerid, KeywordMe):
        json_managerid = managerid.value
    else:
        json_managerid = managerid
    params["managerid"] = json_managerid

    params["priority"] = priority

    params["projectcategoryid"] = projectcategoryid

    params["projectcompletedatefrom"] = projectcompletedatefrom

    params["projectcompletedateto"] = projectcompletedateto

    params["projectduedatefrom"] = projectduedatefrom

    params["projectduedateto"] = projectduedateto

    params["projectstartdatefrom"] = projectstartdatefrom

    params["projectstartdateto"] = projectstartdateto

    json_projectstatus: str | Unset = UNSET
    if not isinstance(projectstatus, Unset):
        json_projectstatus = projectstatus.value

    params["projectstatus"] = json_projectstatus

    params["projecttasks"] = projecttasks

    params["search"] = search

    params["searchdescription"] = searchdescription

    params["searchname"] = searchname

    params["startdatefrom"] = startdatefrom

    params["startdateto"] = startdateto

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["timeallocated"] = timeallocated

    json_timetracked: str | Unset
    if isinstance(timetracked, Unset):
        json_timetracked = UNSET
    elif isinstance(timetracked, OverUnder):
        json_timetracked = timetracked.value
    else:
        json_timetracked = timetracked
    params["timetracked"] = json_timetracked

    json_timetrackedby: str | Unset
    if isinstance(timetrackedby, Unset):
        json_timetrackedby = UNSET
    elif isinstance(timetrackedby, KeywordMeAll):
        json_timetrackedby = timetrackedby.value
    else:
        json_timetrackedby = timetrackedby
    params["timetrackedby"] = json_timetrackedby

    params["timetrackedfrom"] = timetrackedfrom

    params["timetrackedto"] = timetrackedto

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
        "url": "/projects/{projectid}/tasks".format(
            projectid=quote(str(projectid), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorEnvelope | TaskList | None:
    if response.status_code == 200:
        response_200 = TaskList.from_dict(response.json())

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
) -> Response[Any | ErrorEnvelope | TaskList]:
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
    fields: str | Unset = "name,type,order,status,project,startdate,duedate",
    apifields: str | Unset = UNSET,
    apifieldsmode: MatchMode | Unset = UNSET,
    billable: ProjectTasksListBillable | Unset = ProjectTasksListBillable.ALL,
    categoryid: str | Unset = UNSET,
    companyid: str | Unset = UNSET,
    completedatefrom: str | Unset = UNSET,
    completedateto: str | Unset = UNSET,
    contacts: KeywordMeUnassignedAll | str | Unset = "all",
    contactsmode: MatchMode | Unset = UNSET,
    dependentstatus: ProjectTasksListDependentstatus | Unset = UNSET,
    divisionid: int | Unset = UNSET,
    duedatefrom: str | Unset = UNSET,
    duedateto: str | Unset = UNSET,
    generaltasks: bool | Unset = True,
    id: str | Unset = UNSET,
    internalclientgroupid: str | Unset = UNSET,
    internalclientteamid: str | Unset = UNSET,
    lastmodifiedfrom: str | Unset = UNSET,
    lastmodifiedto: str | Unset = UNSET,
    managerid: KeywordMe | str | Unset = UNSET,
    priority: str | Unset = UNSET,
    projectcategoryid: str | Unset = UNSET,
    projectcompletedatefrom: str | Unset = UNSET,
    projectcompletedateto: str | Unset = UNSET,
    projectduedatefrom: str | Unset = UNSET,
    projectduedateto: str | Unset = UNSET,
    projectstartdatefrom: str | Unset = UNSET,
    projectstartdateto: str | Unset = UNSET,
    projectstatus: ProjectTasksListProjectstatus | Unset = ProjectTasksListProjectstatus.ALL,
    projecttasks: bool | Unset = True,
    search: str | Unset = UNSET,
    searchdescription: str | Unset = UNSET,
    searchname: str | Unset = UNSET,
    startdatefrom: str | Unset = UNSET,
    startdateto: str | Unset = UNSET,
    status: ProjectTasksListStatus | Unset = ProjectTasksListStatus.ACTIVE,
    timeallocated: str | Unset = UNSET,
    timetracked: OverUnder | str | Unset = UNSET,
    timetrackedby: KeywordMeAll | str | Unset = "all",
    timetrackedfrom: str | Unset = UNSET,
    timetrackedto: str | Unset = UNSET,
    type_: ProjectTasksListType | Unset = ProjectTasksListType.ALL,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    sortby: ProjectTasksListSortby | Unset = ProjectTasksListSortby.ID,
    sortorder: SortOrder | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | ErrorEnvelope | TaskList]:
    """List the tasks of a project

     Returns the tasks of a project the caller may see, narrowed by the filter parameters (different
    parameters combine with AND, comma lists within one parameter with OR). `fields` chooses the
    returned properties; `sortby`/`sortorder` order the rows and `pagenumber`/`pagesize` page them. The
    rows and filters are those of `GET /tasks`, restricted to the project.

    Args:
        projectid (int):
        fields (str | Unset):  Default: 'name,type,order,status,project,startdate,duedate'.
        apifields (str | Unset): `<api field id>,<text>`: rows whose API field contains the text.
            Several pairs are joined with `||`; the same field id may repeat to look for several
            values (meaningful with mode `any`). Combine with the `apifieldsmode` parameter.
        apifieldsmode (MatchMode | Unset): Whether a row must match any (`any`) or every (`all`)
            one of the listed values.
        billable (ProjectTasksListBillable | Unset):  Default: ProjectTasksListBillable.ALL.
        categoryid (str | Unset): An id list (`1,2`); a leading `!` turns the filter round, so
            `!1,2` matches everything except those ids.
        companyid (str | Unset): One id or several ids separated by commas, without spaces (`1` or
            `1,2,3`). Several ids mean "any of them".
        completedatefrom (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today:
            a sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        completedateto (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        contacts (KeywordMeUnassignedAll | str | Unset): Contact ids separated by commas, or `me`,
            `unassigned` or `all`. Default: 'all'.
        contactsmode (MatchMode | Unset): Whether a row must match any (`any`) or every (`all`)
            one of the listed values.
        dependentstatus (ProjectTasksListDependentstatus | Unset):
        divisionid (int | Unset):
        duedatefrom (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        duedateto (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        generaltasks (bool | Unset):  Default: True.
        id (str | Unset): One id or several ids separated by commas, without spaces (`1` or
            `1,2,3`). Several ids mean "any of them".
        internalclientgroupid (str | Unset): One id or several ids separated by commas, without
            spaces (`1` or `1,2,3`). Several ids mean "any of them".
        internalclientteamid (str | Unset): One id or several ids separated by commas, without
            spaces (`1` or `1,2,3`). Several ids mean "any of them".
        lastmodifiedfrom (str | Unset): A local date and time `yyyy-mm-ddThh:mm` (ISO 8601, no
            seconds, no offset), or an age: a count followed by `n` (minutes), `h` (hours), `d`
            (days), `w` (weeks) or `m` (months) meaning "that long ago", e.g. `12h`.
        lastmodifiedto (str | Unset): A local date and time `yyyy-mm-ddThh:mm` (ISO 8601, no
            seconds, no offset), or an age: a count followed by `n` (minutes), `h` (hours), `d`
            (days), `w` (weeks) or `m` (months) meaning "that long ago", e.g. `12h`.
        managerid (KeywordMe | str | Unset): An id list or the keyword `me`.
        priority (str | Unset): An id list (`1,2`); a leading `!` turns the filter round, so
            `!1,2` matches everything except those ids.
        projectcategoryid (str | Unset): One id or several ids separated by commas, without spaces
            (`1` or `1,2,3`). Several ids mean "any of them".
        projectcompletedatefrom (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to
            today: a sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w`
            (three weeks ago), `+1m` (a month ahead), `+0d` (today).
        projectcompletedateto (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to
            today: a sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w`
            (three weeks ago), `+1m` (a month ahead), `+0d` (today).
        projectduedatefrom (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to
            today: a sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w`
            (three weeks ago), `+1m` (a month ahead), `+0d` (today).
        projectduedateto (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today:
            a sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        projectstartdatefrom (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to
            today: a sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w`
            (three weeks ago), `+1m` (a month ahead), `+0d` (today).
        projectstartdateto (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to
            today: a sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w`
            (three weeks ago), `+1m` (a month ahead), `+0d` (today).
        projectstatus (ProjectTasksListProjectstatus | Unset):  Default:
            ProjectTasksListProjectstatus.ALL.
        projecttasks (bool | Unset):  Default: True.
        search (str | Unset): Text to look for (case-insensitive "contains"). A leading `!` asks
            for rows that do NOT contain the text; `!` alone or an empty string is not a search.
        searchdescription (str | Unset): Text to look for (case-insensitive "contains"). A leading
            `!` asks for rows that do NOT contain the text; `!` alone or an empty string is not a
            search.
        searchname (str | Unset): Text to look for (case-insensitive "contains"). A leading `!`
            asks for rows that do NOT contain the text; `!` alone or an empty string is not a search.
        startdatefrom (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        startdateto (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        status (ProjectTasksListStatus | Unset):  Default: ProjectTasksListStatus.ACTIVE.
        timeallocated (str | Unset): A number for an exact match, `gte<number>` for "greater than
            or equal", `lte<number>` for "less than or equal".
        timetracked (OverUnder | str | Unset): A `Comparison`, a percentage comparison against the
            reference amount, or `over` / `under`. Rows whose reference amount is 0 are ignored by the
            percentage and over/under forms.
        timetrackedby (KeywordMeAll | str | Unset): Contact ids separated by commas, optionally
            prefixed with `!` to exclude them, or `me` / `all`. Default: 'all'.
        timetrackedfrom (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today:
            a sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        timetrackedto (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        type_ (ProjectTasksListType | Unset):  Default: ProjectTasksListType.ALL.
        pagenumber (int | Unset):
        pagesize (int | Unset):
        sortby (ProjectTasksListSortby | Unset):  Default: ProjectTasksListSortby.ID.
        sortorder (SortOrder | Unset): Sort direction: ascending (default) or descending.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorEnvelope | TaskList]
    """

    kwargs = _get_kwargs(
        projectid=projectid,
        fields=fields,
        apifields=apifields,
        apifieldsmode=apifieldsmode,
        billable=billable,
        categoryid=categoryid,
        companyid=companyid,
        completedatefrom=completedatefrom,
        completedateto=completedateto,
        contacts=contacts,
        contactsmode=contactsmode,
        dependentstatus=dependentstatus,
        divisionid=divisionid,
        duedatefrom=duedatefrom,
        duedateto=duedateto,
        generaltasks=generaltasks,
        id=id,
        internalclientgroupid=internalclientgroupid,
        internalclientteamid=internalclientteamid,
        lastmodifiedfrom=lastmodifiedfrom,
        lastmodifiedto=lastmodifiedto,
        managerid=managerid,
        priority=priority,
        projectcategoryid=projectcategoryid,
        projectcompletedatefrom=projectcompletedatefrom,
        projectcompletedateto=projectcompletedateto,
        projectduedatefrom=projectduedatefrom,
        projectduedateto=projectduedateto,
        projectstartdatefrom=projectstartdatefrom,
        projectstartdateto=projectstartdateto,
        projectstatus=projectstatus,
        projecttasks=projecttasks,
        search=search,
        searchdescription=searchdescription,
        searchname=searchname,
        startdatefrom=startdatefrom,
        startdateto=startdateto,
        status=status,
        timeallocated=timeallocated,
        timetracked=timetracked,
        timetrackedby=timetrackedby,
        timetrackedfrom=timetrackedfrom,
        timetrackedto=timetrackedto,
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
    projectid: int,
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = "name,type,order,status,project,startdate,duedate",
    apifields: str | Unset = UNSET,
    apifieldsmode: MatchMode | Unset = UNSET,
    billable: ProjectTasksListBillable | Unset = ProjectTasksListBillable.ALL,
    categoryid: str | Unset = UNSET,
    companyid: str | Unset = UNSET,
    completedatefrom: str | Unset = UNSET,
    completedateto: str | Unset = UNSET,
    contacts: KeywordMeUnassignedAll | str | Unset = "all",
    contactsmode: MatchMode | Unset = UNSET,
    dependentstatus: ProjectTasksListDependentstatus | Unset = UNSET,
    divisionid: int | Unset = UNSET,
    duedatefrom: str | Unset = UNSET,
    duedateto: str | Unset = UNSET,
    generaltasks: bool | Unset = True,
    id: str | Unset = UNSET,
    internalclientgroupid: str | Unset = UNSET,
    internalclientteamid: str | Unset = UNSET,
    lastmodifiedfrom: str | Unset = UNSET,
    lastmodifiedto: str | Unset = UNSET,
    managerid: KeywordMe | str | Unset = UNSET,
    priority: str | Unset = UNSET,
    projectcategoryid: str | Unset = UNSET,
    projectcompletedatefrom: str | Unset = UNSET,
    projectcompletedateto: str | Unset = UNSET,
    projectduedatefrom: str | Unset = UNSET,
    projectduedateto: str | Unset = UNSET,
    projectstartdatefrom: str | Unset = UNSET,
    projectstartdateto: str | Unset = UNSET,
    projectstatus: ProjectTasksListProjectstatus | Unset = ProjectTasksListProjectstatus.ALL,
    projecttasks: bool | Unset = True,
    search: str | Unset = UNSET,
    searchdescription: str | Unset = UNSET,
    searchname: str | Unset = UNSET,
    startdatefrom: str | Unset = UNSET,
    startdateto: str | Unset = UNSET,
    status: ProjectTasksListStatus | Unset = ProjectTasksListStatus.ACTIVE,
    timeallocated: str | Unset = UNSET,
    timetracked: OverUnder | str | Unset = UNSET,
    timetrackedby: KeywordMeAll | str | Unset = "all",
    timetrackedfrom: str | Unset = UNSET,
    timetrackedto: str | Unset = UNSET,
    type_: ProjectTasksListType | Unset = ProjectTasksListType.ALL,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    sortby: ProjectTasksListSortby | Unset = ProjectTasksListSortby.ID,
    sortorder: SortOrder | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | ErrorEnvelope | TaskList | None:
    """List the tasks of a project

     Returns the tasks of a project the caller may see, narrowed by the filter parameters (different
    parameters combine with AND, comma lists within one parameter with OR). `fields` chooses the
    returned properties; `sortby`/`sortorder` order the rows and `pagenumber`/`pagesize` page them. The
    rows and filters are those of `GET /tasks`, restricted to the project.

    Args:
        projectid (int):
        fields (str | Unset):  Default: 'name,type,order,status,project,startdate,duedate'.
        apifields (str | Unset): `<api field id>,<text>`: rows whose API field contains the text.
            Several pairs are joined with `||`; the same field id may repeat to look for several
            values (meaningful with mode `any`). Combine with the `apifieldsmode` parameter.
        apifieldsmode (MatchMode | Unset): Whether a row must match any (`any`) or every (`all`)
            one of the listed values.
        billable (ProjectTasksListBillable | Unset):  Default: ProjectTasksListBillable.ALL.
        categoryid (str | Unset): An id list (`1,2`); a leading `!` turns the filter round, so
            `!1,2` matches everything except those ids.
        companyid (str | Unset): One id or several ids separated by commas, without spaces (`1` or
            `1,2,3`). Several ids mean "any of them".
        completedatefrom (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today:
            a sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        completedateto (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        contacts (KeywordMeUnassignedAll | str | Unset): Contact ids separated by commas, or `me`,
            `unassigned` or `all`. Default: 'all'.
        contactsmode (MatchMode | Unset): Whether a row must match any (`any`) or every (`all`)
            one of the listed values.
        dependentstatus (ProjectTasksListDependentstatus | Unset):
        divisionid (int | Unset):
        duedatefrom (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        duedateto (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        generaltasks (bool | Unset):  Default: True.
        id (str | Unset): One id or several ids separated by commas, without spaces (`1` or
            `1,2,3`). Several ids mean "any of them".
        internalclientgroupid (str | Unset): One id or several ids separated by commas, without
            spaces (`1` or `1,2,3`). Several ids mean "any of them".
        internalclientteamid (str | Unset): One id or several ids separated by commas, without
            spaces (`1` or `1,2,3`). Several ids mean "any of them".
        lastmodifiedfrom (str | Unset): A local date and time `yyyy-mm-ddThh:mm` (ISO 8601, no
            seconds, no offset), or an age: a count followed by `n` (minutes), `h` (hours), `d`
            (days), `w` (weeks) or `m` (months) meaning "that long ago", e.g. `12h`.
        lastmodifiedto (str | Unset): A local date and time `yyyy-mm-ddThh:mm` (ISO 8601, no
            seconds, no offset), or an age: a count followed by `n` (minutes), `h` (hours), `d`
            (days), `w` (weeks) or `m` (months) meaning "that long ago", e.g. `12h`.
        managerid (KeywordMe | str | Unset): An id list or the keyword `me`.
        priority (str | Unset): An id list (`1,2`); a leading `!` turns the filter round, so
            `!1,2` matches everything except those ids.
        projectcategoryid (str | Unset): One id or several ids separated by commas, without spaces
            (`1` or `1,2,3`). Several ids mean "any of them".
        projectcompletedatefrom (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to
            today: a sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w`
            (three weeks ago), `+1m` (a month ahead), `+0d` (today).
        projectcompletedateto (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to
            today: a sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w`
            (three weeks ago), `+1m` (a month ahead), `+0d` (today).
        projectduedatefrom (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to
            today: a sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w`
            (three weeks ago), `+1m` (a month ahead), `+0d` (today).
        projectduedateto (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today:
            a sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        projectstartdatefrom (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to
            today: a sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w`
            (three weeks ago), `+1m` (a month ahead), `+0d` (today).
        projectstartdateto (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to
            today: a sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w`
            (three weeks ago), `+1m` (a month ahead), `+0d` (today).
        projectstatus (ProjectTasksListProjectstatus | Unset):  Default:
            ProjectTasksListProjectstatus.ALL.
        projecttasks (bool | Unset):  Default: True.
        search (str | Unset): Text to look for (case-insensitive "contains"). A leading `!` asks
            for rows that do NOT contain the text; `!` alone or an empty string is not a search.
        searchdescription (str | Unset): Text to look for (case-insensitive "contains"). A leading
            `!` asks for rows that do NOT contain the text; `!` alone or an empty string is not a
            search.
        searchname (str | Unset): Text to look for (case-insensitive "contains"). A leading `!`
            asks for rows that do NOT contain the text; `!` alone or an empty string is not a search.
        startdatefrom (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        startdateto (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        status (ProjectTasksListStatus | Unset):  Default: ProjectTasksListStatus.ACTIVE.
        timeallocated (str | Unset): A number for an exact match, `gte<number>` for "greater than
            or equal", `lte<number>` for "less than or equal".
        timetracked (OverUnder | str | Unset): A `Comparison`, a percentage comparison against the
            reference amount, or `over` / `under`. Rows whose reference amount is 0 are ignored by the
            percentage and over/under forms.
        timetrackedby (KeywordMeAll | str | Unset): Contact ids separated by commas, optionally
            prefixed with `!` to exclude them, or `me` / `all`. Default: 'all'.
        timetrackedfrom (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today:
            a sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        timetrackedto (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        type_ (ProjectTasksListType | Unset):  Default: ProjectTasksListType.ALL.
        pagenumber (int | Unset):
        pagesize (int | Unset):
        sortby (ProjectTasksListSortby | Unset):  Default: ProjectTasksListSortby.ID.
        sortorder (SortOrder | Unset): Sort direction: ascending (default) or descending.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorEnvelope | TaskList
    """

    return sync_detailed(
        projectid=projectid,
        client=client,
        fields=fields,
        apifields=apifields,
        apifieldsmode=apifieldsmode,
        billable=billable,
        categoryid=categoryid,
        companyid=companyid,
        completedatefrom=completedatefrom,
        completedateto=completedateto,
        contacts=contacts,
        contactsmode=contactsmode,
        dependentstatus=dependentstatus,
        divisionid=divisionid,
        duedatefrom=duedatefrom,
        duedateto=duedateto,
        generaltasks=generaltasks,
        id=id,
        internalclientgroupid=internalclientgroupid,
        internalclientteamid=internalclientteamid,
        lastmodifiedfrom=lastmodifiedfrom,
        lastmodifiedto=lastmodifiedto,
        managerid=managerid,
        priority=priority,
        projectcategoryid=projectcategoryid,
        projectcompletedatefrom=projectcompletedatefrom,
        projectcompletedateto=projectcompletedateto,
        projectduedatefrom=projectduedatefrom,
        projectduedateto=projectduedateto,
        projectstartdatefrom=projectstartdatefrom,
        projectstartdateto=projectstartdateto,
        projectstatus=projectstatus,
        projecttasks=projecttasks,
        search=search,
        searchdescription=searchdescription,
        searchname=searchname,
        startdatefrom=startdatefrom,
        startdateto=startdateto,
        status=status,
        timeallocated=timeallocated,
        timetracked=timetracked,
        timetrackedby=timetrackedby,
        timetrackedfrom=timetrackedfrom,
        timetrackedto=timetrackedto,
        type_=type_,
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
    fields: str | Unset = "name,type,order,status,project,startdate,duedate",
    apifields: str | Unset = UNSET,
    apifieldsmode: MatchMode | Unset = UNSET,
    billable: ProjectTasksListBillable | Unset = ProjectTasksListBillable.ALL,
    categoryid: str | Unset = UNSET,
    companyid: str | Unset = UNSET,
    completedatefrom: str | Unset = UNSET,
    completedateto: str | Unset = UNSET,
    contacts: KeywordMeUnassignedAll | str | Unset = "all",
    contactsmode: MatchMode | Unset = UNSET,
    dependentstatus: ProjectTasksListDependentstatus | Unset = UNSET,
    divisionid: int | Unset = UNSET,
    duedatefrom: str | Unset = UNSET,
    duedateto: str | Unset = UNSET,
    generaltasks: bool | Unset = True,
    id: str | Unset = UNSET,
    internalclientgroupid: str | Unset = UNSET,
    internalclientteamid: str | Unset = UNSET,
    lastmodifiedfrom: str | Unset = UNSET,
    lastmodifiedto: str | Unset = UNSET,
    managerid: KeywordMe | str | Unset = UNSET,
    priority: str | Unset = UNSET,
    projectcategoryid: str | Unset = UNSET,
    projectcompletedatefrom: str | Unset = UNSET,
    projectcompletedateto: str | Unset = UNSET,
    projectduedatefrom: str | Unset = UNSET,
    projectduedateto: str | Unset = UNSET,
    projectstartdatefrom: str | Unset = UNSET,
    projectstartdateto: str | Unset = UNSET,
    projectstatus: ProjectTasksListProjectstatus | Unset = ProjectTasksListProjectstatus.ALL,
    projecttasks: bool | Unset = True,
    search: str | Unset = UNSET,
    searchdescription: str | Unset = UNSET,
    searchname: str | Unset = UNSET,
    startdatefrom: str | Unset = UNSET,
    startdateto: str | Unset = UNSET,
    status: ProjectTasksListStatus | Unset = ProjectTasksListStatus.ACTIVE,
    timeallocated: str | Unset = UNSET,
    timetracked: OverUnder | str | Unset = UNSET,
    timetrackedby: KeywordMeAll | str | Unset = "all",
    timetrackedfrom: str | Unset = UNSET,
    timetrackedto: str | Unset = UNSET,
    type_: ProjectTasksListType | Unset = ProjectTasksListType.ALL,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    sortby: ProjectTasksListSortby | Unset = ProjectTasksListSortby.ID,
    sortorder: SortOrder | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | ErrorEnvelope | TaskList]:
    """List the tasks of a project

     Returns the tasks of a project the caller may see, narrowed by the filter parameters (different
    parameters combine with AND, comma lists within one parameter with OR). `fields` chooses the
    returned properties; `sortby`/`sortorder` order the rows and `pagenumber`/`pagesize` page them. The
    rows and filters are those of `GET /tasks`, restricted to the project.

    Args:
        projectid (int):
        fields (str | Unset):  Default: 'name,type,order,status,project,startdate,duedate'.
        apifields (str | Unset): `<api field id>,<text>`: rows whose API field contains the text.
            Several pairs are joined with `||`; the same field id may repeat to look for several
            values (meaningful with mode `any`). Combine with the `apifieldsmode` parameter.
        apifieldsmode (MatchMode | Unset): Whether a row must match any (`any`) or every (`all`)
            one of the listed values.
        billable (ProjectTasksListBillable | Unset):  Default: ProjectTasksListBillable.ALL.
        categoryid (str | Unset): An id list (`1,2`); a leading `!` turns the filter round, so
            `!1,2` matches everything except those ids.
        companyid (str | Unset): One id or several ids separated by commas, without spaces (`1` or
            `1,2,3`). Several ids mean "any of them".
        completedatefrom (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today:
            a sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        completedateto (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        contacts (KeywordMeUnassignedAll | str | Unset): Contact ids separated by commas, or `me`,
            `unassigned` or `all`. Default: 'all'.
        contactsmode (MatchMode | Unset): Whether a row must match any (`any`) or every (`all`)
            one of the listed values.
        dependentstatus (ProjectTasksListDependentstatus | Unset):
        divisionid (int | Unset):
        duedatefrom (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        duedateto (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        generaltasks (bool | Unset):  Default: True.
        id (str | Unset): One id or several ids separated by commas, without spaces (`1` or
            `1,2,3`). Several ids mean "any of them".
        internalclientgroupid (str | Unset): One id or several ids separated by commas, without
            spaces (`1` or `1,2,3`). Several ids mean "any of them".
        internalclientteamid (str | Unset): One id or several ids separated by commas, without
            spaces (`1` or `1,2,3`). Several ids mean "any of them".
        lastmodifiedfrom (str | Unset): A local date and time `yyyy-mm-ddThh:mm` (ISO 8601, no
            seconds, no offset), or an age: a count followed by `n` (minutes), `h` (hours), `d`
            (days), `w` (weeks) or `m` (months) meaning "that long ago", e.g. `12h`.
        lastmodifiedto (str | Unset): A local date and time `yyyy-mm-ddThh:mm` (ISO 8601, no
            seconds, no offset), or an age: a count followed by `n` (minutes), `h` (hours), `d`
            (days), `w` (weeks) or `m` (months) meaning "that long ago", e.g. `12h`.
        managerid (KeywordMe | str | Unset): An id list or the keyword `me`.
        priority (str | Unset): An id list (`1,2`); a leading `!` turns the filter round, so
            `!1,2` matches everything except those ids.
        projectcategoryid (str | Unset): One id or several ids separated by commas, without spaces
            (`1` or `1,2,3`). Several ids mean "any of them".
        projectcompletedatefrom (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to
            today: a sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w`
            (three weeks ago), `+1m` (a month ahead), `+0d` (today).
        projectcompletedateto (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to
            today: a sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w`
            (three weeks ago), `+1m` (a month ahead), `+0d` (today).
        projectduedatefrom (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to
            today: a sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w`
            (three weeks ago), `+1m` (a month ahead), `+0d` (today).
        projectduedateto (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today:
            a sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        projectstartdatefrom (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to
            today: a sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w`
            (three weeks ago), `+1m` (a month ahead), `+0d` (today).
        projectstartdateto (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to
            today: a sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w`
            (three weeks ago), `+1m` (a month ahead), `+0d` (today).
        projectstatus (ProjectTasksListProjectstatus | Unset):  Default:
            ProjectTasksListProjectstatus.ALL.
        projecttasks (bool | Unset):  Default: True.
        search (str | Unset): Text to look for (case-insensitive "contains"). A leading `!` asks
            for rows that do NOT contain the text; `!` alone or an empty string is not a search.
        searchdescription (str | Unset): Text to look for (case-insensitive "contains"). A leading
            `!` asks for rows that do NOT contain the text; `!` alone or an empty string is not a
            search.
        searchname (str | Unset): Text to look for (case-insensitive "contains"). A leading `!`
            asks for rows that do NOT contain the text; `!` alone or an empty string is not a search.
        startdatefrom (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        startdateto (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        status (ProjectTasksListStatus | Unset):  Default: ProjectTasksListStatus.ACTIVE.
        timeallocated (str | Unset): A number for an exact match, `gte<number>` for "greater than
            or equal", `lte<number>` for "less than or equal".
        timetracked (OverUnder | str | Unset): A `Comparison`, a percentage comparison against the
            reference amount, or `over` / `under`. Rows whose reference amount is 0 are ignored by the
            percentage and over/under forms.
        timetrackedby (KeywordMeAll | str | Unset): Contact ids separated by commas, optionally
            prefixed with `!` to exclude them, or `me` / `all`. Default: 'all'.
        timetrackedfrom (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today:
            a sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        timetrackedto (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        type_ (ProjectTasksListType | Unset):  Default: ProjectTasksListType.ALL.
        pagenumber (int | Unset):
        pagesize (int | Unset):
        sortby (ProjectTasksListSortby | Unset):  Default: ProjectTasksListSortby.ID.
        sortorder (SortOrder | Unset): Sort direction: ascending (default) or descending.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorEnvelope | TaskList]
    """

    kwargs = _get_kwargs(
        projectid=projectid,
        fields=fields,
        apifields=apifields,
        apifieldsmode=apifieldsmode,
        billable=billable,
        categoryid=categoryid,
        companyid=companyid,
        completedatefrom=completedatefrom,
        completedateto=completedateto,
        contacts=contacts,
        contactsmode=contactsmode,
        dependentstatus=dependentstatus,
        divisionid=divisionid,
        duedatefrom=duedatefrom,
        duedateto=duedateto,
        generaltasks=generaltasks,
        id=id,
        internalclientgroupid=internalclientgroupid,
        internalclientteamid=internalclientteamid,
        lastmodifiedfrom=lastmodifiedfrom,
        lastmodifiedto=lastmodifiedto,
        managerid=managerid,
        priority=priority,
        projectcategoryid=projectcategoryid,
        projectcompletedatefrom=projectcompletedatefrom,
        projectcompletedateto=projectcompletedateto,
        projectduedatefrom=projectduedatefrom,
        projectduedateto=projectduedateto,
        projectstartdatefrom=projectstartdatefrom,
        projectstartdateto=projectstartdateto,
        projectstatus=projectstatus,
        projecttasks=projecttasks,
        search=search,
        searchdescription=searchdescription,
        searchname=searchname,
        startdatefrom=startdatefrom,
        startdateto=startdateto,
        status=status,
        timeallocated=timeallocated,
        timetracked=timetracked,
        timetrackedby=timetrackedby,
        timetrackedfrom=timetrackedfrom,
        timetrackedto=timetrackedto,
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
    projectid: int,
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = "name,type,order,status,project,startdate,duedate",
    apifields: str | Unset = UNSET,
    apifieldsmode: MatchMode | Unset = UNSET,
    billable: ProjectTasksListBillable | Unset = ProjectTasksListBillable.ALL,
    categoryid: str | Unset = UNSET,
    companyid: str | Unset = UNSET,
    completedatefrom: str | Unset = UNSET,
    completedateto: str | Unset = UNSET,
    contacts: KeywordMeUnassignedAll | str | Unset = "all",
    contactsmode: MatchMode | Unset = UNSET,
    dependentstatus: ProjectTasksListDependentstatus | Unset = UNSET,
    divisionid: int | Unset = UNSET,
    duedatefrom: str | Unset = UNSET,
    duedateto: str | Unset = UNSET,
    generaltasks: bool | Unset = True,
    id: str | Unset = UNSET,
    internalclientgroupid: str | Unset = UNSET,
    internalclientteamid: str | Unset = UNSET,
    lastmodifiedfrom: str | Unset = UNSET,
    lastmodifiedto: str | Unset = UNSET,
    managerid: KeywordMe | str | Unset = UNSET,
    priority: str | Unset = UNSET,
    projectcategoryid: str | Unset = UNSET,
    projectcompletedatefrom: str | Unset = UNSET,
    projectcompletedateto: str | Unset = UNSET,
    projectduedatefrom: str | Unset = UNSET,
    projectduedateto: str | Unset = UNSET,
    projectstartdatefrom: str | Unset = UNSET,
    projectstartdateto: str | Unset = UNSET,
    projectstatus: ProjectTasksListProjectstatus | Unset = ProjectTasksListProjectstatus.ALL,
    projecttasks: bool | Unset = True,
    search: str | Unset = UNSET,
    searchdescription: str | Unset = UNSET,
    searchname: str | Unset = UNSET,
    startdatefrom: str | Unset = UNSET,
    startdateto: str | Unset = UNSET,
    status: ProjectTasksListStatus | Unset = ProjectTasksListStatus.ACTIVE,
    timeallocated: str | Unset = UNSET,
    timetracked: OverUnder | str | Unset = UNSET,
    timetrackedby: KeywordMeAll | str | Unset = "all",
    timetrackedfrom: str | Unset = UNSET,
    timetrackedto: str | Unset = UNSET,
    type_: ProjectTasksListType | Unset = ProjectTasksListType.ALL,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    sortby: ProjectTasksListSortby | Unset = ProjectTasksListSortby.ID,
    sortorder: SortOrder | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | ErrorEnvelope | TaskList | None:
    """List the tasks of a project

     Returns the tasks of a project the caller may see, narrowed by the filter parameters (different
    parameters combine with AND, comma lists within one parameter with OR). `fields` chooses the
    returned properties; `sortby`/`sortorder` order the rows and `pagenumber`/`pagesize` page them. The
    rows and filters are those of `GET /tasks`, restricted to the project.

    Args:
        projectid (int):
        fields (str | Unset):  Default: 'name,type,order,status,project,startdate,duedate'.
        apifields (str | Unset): `<api field id>,<text>`: rows whose API field contains the text.
            Several pairs are joined with `||`; the same field id may repeat to look for several
            values (meaningful with mode `any`). Combine with the `apifieldsmode` parameter.
        apifieldsmode (MatchMode | Unset): Whether a row must match any (`any`) or every (`all`)
            one of the listed values.
        billable (ProjectTasksListBillable | Unset):  Default: ProjectTasksListBillable.ALL.
        categoryid (str | Unset): An id list (`1,2`); a leading `!` turns the filter round, so
            `!1,2` matches everything except those ids.
        companyid (str | Unset): One id or several ids separated by commas, without spaces (`1` or
            `1,2,3`). Several ids mean "any of them".
        completedatefrom (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today:
            a sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        completedateto (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        contacts (KeywordMeUnassignedAll | str | Unset): Contact ids separated by commas, or `me`,
            `unassigned` or `all`. Default: 'all'.
        contactsmode (MatchMode | Unset): Whether a row must match any (`any`) or every (`all`)
            one of the listed values.
        dependentstatus (ProjectTasksListDependentstatus | Unset):
        divisionid (int | Unset):
        duedatefrom (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        duedateto (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        generaltasks (bool | Unset):  Default: True.
        id (str | Unset): One id or several ids separated by commas, without spaces (`1` or
            `1,2,3`). Several ids mean "any of them".
        internalclientgroupid (str | Unset): One id or several ids separated by commas, without
            spaces (`1` or `1,2,3`). Several ids mean "any of them".
        internalclientteamid (str | Unset): One id or several ids separated by commas, without
            spaces (`1` or `1,2,3`). Several ids mean "any of them".
        lastmodifiedfrom (str | Unset): A local date and time `yyyy-mm-ddThh:mm` (ISO 8601, no
            seconds, no offset), or an age: a count followed by `n` (minutes), `h` (hours), `d`
            (days), `w` (weeks) or `m` (months) meaning "that long ago", e.g. `12h`.
        lastmodifiedto (str | Unset): A local date and time `yyyy-mm-ddThh:mm` (ISO 8601, no
            seconds, no offset), or an age: a count followed by `n` (minutes), `h` (hours), `d`
            (days), `w` (weeks) or `m` (months) meaning "that long ago", e.g. `12h`.
        managerid (KeywordMe | str | Unset): An id list or the keyword `me`.
        priority (str | Unset): An id list (`1,2`); a leading `!` turns the filter round, so
            `!1,2` matches everything except those ids.
        projectcategoryid (str | Unset): One id or several ids separated by commas, without spaces
            (`1` or `1,2,3`). Several ids mean "any of them".
        projectcompletedatefrom (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to
            today: a sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w`
            (three weeks ago), `+1m` (a month ahead), `+0d` (today).
        projectcompletedateto (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to
            today: a sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w`
            (three weeks ago), `+1m` (a month ahead), `+0d` (today).
        projectduedatefrom (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to
            today: a sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w`
            (three weeks ago), `+1m` (a month ahead), `+0d` (today).
        projectduedateto (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today:
            a sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        projectstartdatefrom (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to
            today: a sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w`
            (three weeks ago), `+1m` (a month ahead), `+0d` (today).
        projectstartdateto (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to
            today: a sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w`
            (three weeks ago), `+1m` (a month ahead), `+0d` (today).
        projectstatus (ProjectTasksListProjectstatus | Unset):  Default:
            ProjectTasksListProjectstatus.ALL.
        projecttasks (bool | Unset):  Default: True.
        search (str | Unset): Text to look for (case-insensitive "contains"). A leading `!` asks
            for rows that do NOT contain the text; `!` alone or an empty string is not a search.
        searchdescription (str | Unset): Text to look for (case-insensitive "contains"). A leading
            `!` asks for rows that do NOT contain the text; `!` alone or an empty string is not a
            search.
        searchname (str | Unset): Text to look for (case-insensitive "contains"). A leading `!`
            asks for rows that do NOT contain the text; `!` alone or an empty string is not a search.
        startdatefrom (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        startdateto (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        status (ProjectTasksListStatus | Unset):  Default: ProjectTasksListStatus.ACTIVE.
        timeallocated (str | Unset): A number for an exact match, `gte<number>` for "greater than
            or equal", `lte<number>` for "less than or equal".
        timetracked (OverUnder | str | Unset): A `Comparison`, a percentage comparison against the
            reference amount, or `over` / `under`. Rows whose reference amount is 0 are ignored by the
            percentage and over/under forms.
        timetrackedby (KeywordMeAll | str | Unset): Contact ids separated by commas, optionally
            prefixed with `!` to exclude them, or `me` / `all`. Default: 'all'.
        timetrackedfrom (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today:
            a sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        timetrackedto (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        type_ (ProjectTasksListType | Unset):  Default: ProjectTasksListType.ALL.
        pagenumber (int | Unset):
        pagesize (int | Unset):
        sortby (ProjectTasksListSortby | Unset):  Default: ProjectTasksListSortby.ID.
        sortorder (SortOrder | Unset): Sort direction: ascending (default) or descending.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorEnvelope | TaskList
    """

    return (
        await asyncio_detailed(
            projectid=projectid,
            client=client,
            fields=fields,
            apifields=apifields,
            apifieldsmode=apifieldsmode,
            billable=billable,
            categoryid=categoryid,
            companyid=companyid,
            completedatefrom=completedatefrom,
            completedateto=completedateto,
            contacts=contacts,
            contactsmode=contactsmode,
            dependentstatus=dependentstatus,
            divisionid=divisionid,
            duedatefrom=duedatefrom,
            duedateto=duedateto,
            generaltasks=generaltasks,
            id=id,
            internalclientgroupid=internalclientgroupid,
            internalclientteamid=internalclientteamid,
            lastmodifiedfrom=lastmodifiedfrom,
            lastmodifiedto=lastmodifiedto,
            managerid=managerid,
            priority=priority,
            projectcategoryid=projectcategoryid,
            projectcompletedatefrom=projectcompletedatefrom,
            projectcompletedateto=projectcompletedateto,
            projectduedatefrom=projectduedatefrom,
            projectduedateto=projectduedateto,
            projectstartdatefrom=projectstartdatefrom,
            projectstartdateto=projectstartdateto,
            projectstatus=projectstatus,
            projecttasks=projecttasks,
            search=search,
            searchdescription=searchdescription,
            searchname=searchname,
            startdatefrom=startdatefrom,
            startdateto=startdateto,
            status=status,
            timeallocated=timeallocated,
            timetracked=timetracked,
            timetrackedby=timetrackedby,
            timetrackedfrom=timetrackedfrom,
            timetrackedto=timetrackedto,
            type_=type_,
            pagenumber=pagenumber,
            pagesize=pagesize,
            sortby=sortby,
            sortorder=sortorder,
            if_none_match=if_none_match,
        )
    ).parsed
