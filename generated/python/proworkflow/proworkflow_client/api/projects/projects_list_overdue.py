from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.keyword_me_all import KeywordMeAll
from ...models.match_mode import MatchMode
from ...models.over_under import OverUnder
from ...models.project_list import ProjectList
from ...models.projects_list_overdue_accountedfor import ProjectsListOverdueAccountedfor
from ...models.projects_list_overdue_invoiced import ProjectsListOverdueInvoiced
from ...models.projects_list_overdue_paid import ProjectsListOverduePaid
from ...models.projects_list_overdue_sortby import ProjectsListOverdueSortby
from ...models.projects_list_overdue_timebillable import ProjectsListOverdueTimebillable
from ...models.sort_order import SortOrder
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    fields: str | Unset = "title,number,company,startdate,duedate",
    accountedfor: ProjectsListOverdueAccountedfor | Unset = ProjectsListOverdueAccountedfor.ALL,
    apifields: str | Unset = UNSET,
    apifieldsmode: MatchMode | Unset = UNSET,
    categoryid: str | Unset = UNSET,
    companyid: str | Unset = UNSET,
    completedatefrom: str | Unset = UNSET,
    completedateto: str | Unset = UNSET,
    contacts: KeywordMeAll | str | Unset = "all",
    contactsmode: MatchMode | Unset = UNSET,
    customfields: str | Unset = UNSET,
    customfieldsmode: MatchMode | Unset = UNSET,
    customstatusid: str | Unset = UNSET,
    divisionid: int | Unset = UNSET,
    duedatefrom: str | Unset = UNSET,
    duedateto: str | Unset = UNSET,
    groupid: str | Unset = UNSET,
    id: str | Unset = UNSET,
    idfrom: int | Unset = UNSET,
    idto: int | Unset = UNSET,
    invoiced: ProjectsListOverdueInvoiced | Unset = ProjectsListOverdueInvoiced.ALL,
    invoicetotal: OverUnder | str | Unset = UNSET,
    lastmodifiedfrom: str | Unset = UNSET,
    lastmodifiedto: str | Unset = UNSET,
    managerid: KeywordMeAll | str | Unset = "all",
    paid: ProjectsListOverduePaid | Unset = ProjectsListOverduePaid.ALL,
    priority: str | Unset = UNSET,
    quotetotal: str | Unset = UNSET,
    search: str | Unset = UNSET,
    searchcustomform: str | Unset = UNSET,
    searchdescription: str | Unset = UNSET,
    searchnumber: str | Unset = UNSET,
    searchtitle: str | Unset = UNSET,
    startdatefrom: str | Unset = UNSET,
    startdateto: str | Unset = UNSET,
    teamid: str | Unset = UNSET,
    timeallocated: str | Unset = UNSET,
    timebillable: ProjectsListOverdueTimebillable | Unset = ProjectsListOverdueTimebillable.ALL,
    timetracked: OverUnder | str | Unset = UNSET,
    timetrackedby: KeywordMeAll | str | Unset = "all",
    timetrackedfrom: str | Unset = UNSET,
    timetrackedto: str | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    sortby: ProjectsListOverdueSortby | Unset = ProjectsListOverdueSortby.NUMBER,
    sortorder: SortOrder | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    params: dict[str, Any] = {}

    params["fields"] = fields

    json_accountedfor: str | Unset = UNSET
    if not isinstance(accountedfor, Unset):
        json_accountedfor = accountedfor.value

    params["accountedfor"] = json_accountedfor

    params["apifields"] = apifields

    json_apifieldsmode: str | Unset = UNSET
    if not isinstance(apifieldsmode, Unset):
        json_apifieldsmode = apifieldsmode.value

    params["apifieldsmode"] = json_apifieldsmode

    params["categoryid"] = categoryid

    params["companyid"] = companyid

    params["completedatefrom"] = completedatefrom

    params["completedateto"] = completedateto

    json_contacts: str | Unset
    if isinstance(contacts, Unset):
        json_contacts = UNSET
    elif isinstance(contacts, KeywordMeAll):
        json_contacts = contacts.value
    else:
        json_contacts = contacts
    params["contacts"] = json_contacts

    json_contactsmode: str | Unset = UNSET
    if not isinstance(contactsmode, Unset):
        json_contactsmode = contactsmode.value

    params["contactsmode"] = json_contactsmode

    params["customfields"] = customfields

    json_customfieldsmode: str | Unset = UNSET
    if not isinstance(customfieldsmode, Unset):
        json_customfieldsmode = customfieldsmode.value

    params["customfieldsmode"] = json_customfieldsmode

    params["customstatusid"] = customstatusid

    params["divisionid"] = divisionid

    params["duedatefrom"] = duedatefrom

    params["duedateto"] = duedateto

    params["groupid"] = groupid

    params["id"] = id

    params["idfrom"] = idfrom

    params["idto"] = idto

    json_invoiced: str | Unset = UNSET
    if not isinstance(invoiced, Unset):
        json_invoiced = invoiced.value

    params["invoiced"] = json_invoiced

    json_invoicetotal: str | Unset
    if isinstance(invoicetotal, Unset):
        json_invoicetotal = UNSET
    elif isinstance(invoicetotal, OverUnder):
        json_invoicetotal = invoicetotal.value
    else:
        json_invoicetotal = invoicetotal
    params["invoicetotal"] = json_invoicetotal

    params["lastmodifiedfrom"] = lastmodifiedfrom

    params["lastmodifiedto"] = lastmodifiedto

    json_managerid: str | Unset
    if isinstance(managerid, Unset):
        json_managerid = UNSET
    elif isinstance(managerid, KeywordMeAll):
        json_managerid = managerid.value
    else:
        json_managerid = managerid
    params["managerid"] = json_managerid

    json_paid: str | Unset = UNSET
    if not isinstance(paid, Unset):
        json_paid = paid.value

    params["paid"] = json_paid

    params["priority"] = priority

    params["quotetotal"] = quotetotal

    params["search"] = search

    params["searchcustomform"] = searchcustomform

    params["searchdescription"] = searchdescription

    params["searchnumber"] = searchnumber

    params["searchtitle"] = searchtitle

    params["startdatefrom"] = startdatefrom

    params["startdateto"] = startdateto

    params["teamid"] = teamid

    params["timeallocated"] = timeallocated

    json_timebillable: str | Unset = UNSET
    if not isinstance(timebillable, Unset):
        json_timebillable = timebillable.value

    params["timebillable"] = json_timebillable

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
        "url": "/projects/overdue",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorEnvelope | ProjectList | None:
    if response.status_code == 200:
        response_200 = ProjectList.from_dict(response.json())

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
) -> Response[Any | ErrorEnvelope | ProjectList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = "title,number,company,startdate,duedate",
    accountedfor: ProjectsListOverdueAccountedfor | Unset = ProjectsListOverdueAccountedfor.ALL,
    apifields: str | Unset = UNSET,
    apifieldsmode: MatchMode | Unset = UNSET,
    categoryid: str | Unset = UNSET,
    companyid: str | Unset = UNSET,
    completedatefrom: str | Unset = UNSET,
    completedateto: str | Unset = UNSET,
    contacts: KeywordMeAll | str | Unset = "all",
    contactsmode: MatchMode | Unset = UNSET,
    customfields: str | Unset = UNSET,
    customfieldsmode: MatchMode | Unset = UNSET,
    customstatusid: str | Unset = UNSET,
    divisionid: int | Unset = UNSET,
    duedatefrom: str | Unset = UNSET,
    duedateto: str | Unset = UNSET,
    groupid: str | Unset = UNSET,
    id: str | Unset = UNSET,
    idfrom: int | Unset = UNSET,
    idto: int | Unset = UNSET,
    invoiced: ProjectsListOverdueInvoiced | Unset = ProjectsListOverdueInvoiced.ALL,
    invoicetotal: OverUnder | str | Unset = UNSET,
    lastmodifiedfrom: str | Unset = UNSET,
    lastmodifiedto: str | Unset = UNSET,
    managerid: KeywordMeAll | str | Unset = "all",
    paid: ProjectsListOverduePaid | Unset = ProjectsListOverduePaid.ALL,
    priority: str | Unset = UNSET,
    quotetotal: str | Unset = UNSET,
    search: str | Unset = UNSET,
    searchcustomform: str | Unset = UNSET,
    searchdescription: str | Unset = UNSET,
    searchnumber: str | Unset = UNSET,
    searchtitle: str | Unset = UNSET,
    startdatefrom: str | Unset = UNSET,
    startdateto: str | Unset = UNSET,
    teamid: str | Unset = UNSET,
    timeallocated: str | Unset = UNSET,
    timebillable: ProjectsListOverdueTimebillable | Unset = ProjectsListOverdueTimebillable.ALL,
    timetracked: OverUnder | str | Unset = UNSET,
    timetrackedby: KeywordMeAll | str | Unset = "all",
    timetrackedfrom: str | Unset = UNSET,
    timetrackedto: str | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    sortby: ProjectsListOverdueSortby | Unset = ProjectsListOverdueSortby.NUMBER,
    sortorder: SortOrder | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | ErrorEnvelope | ProjectList]:
    """List overdue projects

     Returns the active projects whose due date is before today that the caller may see, narrowed by the
    filter parameters (different parameters combine with AND, comma lists within one parameter with OR).
    `fields` chooses the returned properties; `sortby`/`sortorder` order the rows and
    `pagenumber`/`pagesize` page them.

    Args:
        fields (str | Unset):  Default: 'title,number,company,startdate,duedate'.
        accountedfor (ProjectsListOverdueAccountedfor | Unset):  Default:
            ProjectsListOverdueAccountedfor.ALL.
        apifields (str | Unset): `<api field id>,<text>`: rows whose API field contains the text.
            Several pairs are joined with `||`; the same field id may repeat to look for several
            values (meaningful with mode `any`). Combine with the `apifieldsmode` parameter.
        apifieldsmode (MatchMode | Unset): Whether a row must match any (`any`) or every (`all`)
            one of the listed values.
        categoryid (str | Unset): An id list (`1,2`); a leading `!` turns the filter round, so
            `!1,2` matches everything except those ids.
        companyid (str | Unset): An id list (`1,2`); a leading `!` turns the filter round, so
            `!1,2` matches everything except those ids.
        completedatefrom (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today:
            a sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        completedateto (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        contacts (KeywordMeAll | str | Unset): Contact ids separated by commas, optionally
            prefixed with `!` to exclude them, or `me` / `all`. Default: 'all'.
        contactsmode (MatchMode | Unset): Whether a row must match any (`any`) or every (`all`)
            one of the listed values.
        customfields (str | Unset): `<custom field id>,<text>` pairs joined with `||`, matched
            against project custom fields; combine with `customfieldsmode`.
        customfieldsmode (MatchMode | Unset): Whether a row must match any (`any`) or every
            (`all`) one of the listed values.
        customstatusid (str | Unset): An id list (`1,2`); a leading `!` turns the filter round, so
            `!1,2` matches everything except those ids.
        divisionid (int | Unset):
        duedatefrom (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        duedateto (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        groupid (str | Unset): An id list (`1,2`); a leading `!` turns the filter round, so `!1,2`
            matches everything except those ids.
        id (str | Unset): One id or several ids separated by commas, without spaces (`1` or
            `1,2,3`). Several ids mean "any of them".
        idfrom (int | Unset):
        idto (int | Unset):
        invoiced (ProjectsListOverdueInvoiced | Unset):  Default: ProjectsListOverdueInvoiced.ALL.
        invoicetotal (OverUnder | str | Unset): A `Comparison`, a percentage comparison against
            the reference amount, or `over` / `under`. Rows whose reference amount is 0 are ignored by
            the percentage and over/under forms.
        lastmodifiedfrom (str | Unset): A local date and time `yyyy-mm-ddThh:mm` (ISO 8601, no
            seconds, no offset), or an age: a count followed by `n` (minutes), `h` (hours), `d`
            (days), `w` (weeks) or `m` (months) meaning "that long ago", e.g. `12h`.
        lastmodifiedto (str | Unset): A local date and time `yyyy-mm-ddThh:mm` (ISO 8601, no
            seconds, no offset), or an age: a count followed by `n` (minutes), `h` (hours), `d`
            (days), `w` (weeks) or `m` (months) meaning "that long ago", e.g. `12h`.
        managerid (KeywordMeAll | str | Unset): Contact ids separated by commas, optionally
            prefixed with `!` to exclude them, or `me` / `all`. Default: 'all'.
        paid (ProjectsListOverduePaid | Unset):  Default: ProjectsListOverduePaid.ALL.
        priority (str | Unset): An id list (`1,2`); a leading `!` turns the filter round, so
            `!1,2` matches everything except those ids.
        quotetotal (str | Unset): A number for an exact match, `gte<number>` for "greater than or
            equal", `lte<number>` for "less than or equal".
        search (str | Unset): Text to look for (case-insensitive "contains"). A leading `!` asks
            for rows that do NOT contain the text; `!` alone or an empty string is not a search.
        searchcustomform (str | Unset): Text to look for (case-insensitive "contains"). A leading
            `!` asks for rows that do NOT contain the text; `!` alone or an empty string is not a
            search.
        searchdescription (str | Unset): Text to look for (case-insensitive "contains"). A leading
            `!` asks for rows that do NOT contain the text; `!` alone or an empty string is not a
            search.
        searchnumber (str | Unset): Text to look for (case-insensitive "contains"). A leading `!`
            asks for rows that do NOT contain the text; `!` alone or an empty string is not a search.
        searchtitle (str | Unset): Text to look for (case-insensitive "contains"). A leading `!`
            asks for rows that do NOT contain the text; `!` alone or an empty string is not a search.
        startdatefrom (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        startdateto (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        teamid (str | Unset): An id list (`1,2`); a leading `!` turns the filter round, so `!1,2`
            matches everything except those ids.
        timeallocated (str | Unset): A number for an exact match, `gte<number>` for "greater than
            or equal", `lte<number>` for "less than or equal".
        timebillable (ProjectsListOverdueTimebillable | Unset):  Default:
            ProjectsListOverdueTimebillable.ALL.
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
        pagenumber (int | Unset):
        pagesize (int | Unset):
        sortby (ProjectsListOverdueSortby | Unset):  Default: ProjectsListOverdueSortby.NUMBER.
        sortorder (SortOrder | Unset): Sort direction: ascending (default) or descending.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorEnvelope | ProjectList]
    """

    kwargs = _get_kwargs(
        fields=fields,
        accountedfor=accountedfor,
        apifields=apifields,
        apifieldsmode=apifieldsmode,
        categoryid=categoryid,
        companyid=companyid,
        completedatefrom=completedatefrom,
        completedateto=completedateto,
        contacts=contacts,
        contactsmode=contactsmode,
        customfields=customfields,
        customfieldsmode=customfieldsmode,
        customstatusid=customstatusid,
        divisionid=divisionid,
        duedatefrom=duedatefrom,
        duedateto=duedateto,
        groupid=groupid,
        id=id,
        idfrom=idfrom,
        idto=idto,
        invoiced=invoiced,
        invoicetotal=invoicetotal,
        lastmodifiedfrom=lastmodifiedfrom,
        lastmodifiedto=lastmodifiedto,
        managerid=managerid,
        paid=paid,
        priority=priority,
        quotetotal=quotetotal,
        search=search,
        searchcustomform=searchcustomform,
        searchdescription=searchdescription,
        searchnumber=searchnumber,
        searchtitle=searchtitle,
        startdatefrom=startdatefrom,
        startdateto=startdateto,
        teamid=teamid,
        timeallocated=timeallocated,
        timebillable=timebillable,
        timetracked=timetracked,
        timetrackedby=timetrackedby,
        timetrackedfrom=timetrackedfrom,
        timetrackedto=timetrackedto,
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
    fields: str | Unset = "title,number,company,startdate,duedate",
    accountedfor: ProjectsListOverdueAccountedfor | Unset = ProjectsListOverdueAccountedfor.ALL,
    apifields: str | Unset = UNSET,
    apifieldsmode: MatchMode | Unset = UNSET,
    categoryid: str | Unset = UNSET,
    companyid: str | Unset = UNSET,
    completedatefrom: str | Unset = UNSET,
    completedateto: str | Unset = UNSET,
    contacts: KeywordMeAll | str | Unset = "all",
    contactsmode: MatchMode | Unset = UNSET,
    customfields: str | Unset = UNSET,
    customfieldsmode: MatchMode | Unset = UNSET,
    customstatusid: str | Unset = UNSET,
    divisionid: int | Unset = UNSET,
    duedatefrom: str | Unset = UNSET,
    duedateto: str | Unset = UNSET,
    groupid: str | Unset = UNSET,
    id: str | Unset = UNSET,
    idfrom: int | Unset = UNSET,
    idto: int | Unset = UNSET,
    invoiced: ProjectsListOverdueInvoiced | Unset = ProjectsListOverdueInvoiced.ALL,
    invoicetotal: OverUnder | str | Unset = UNSET,
    lastmodifiedfrom: str | Unset = UNSET,
    lastmodifiedto: str | Unset = UNSET,
    managerid: KeywordMeAll | str | Unset = "all",
    paid: ProjectsListOverduePaid | Unset = ProjectsListOverduePaid.ALL,
    priority: str | Unset = UNSET,
    quotetotal: str | Unset = UNSET,
    search: str | Unset = UNSET,
    searchcustomform: str | Unset = UNSET,
    searchdescription: str | Unset = UNSET,
    searchnumber: str | Unset = UNSET,
    searchtitle: str | Unset = UNSET,
    startdatefrom: str | Unset = UNSET,
    startdateto: str | Unset = UNSET,
    teamid: str | Unset = UNSET,
    timeallocated: str | Unset = UNSET,
    timebillable: ProjectsListOverdueTimebillable | Unset = ProjectsListOverdueTimebillable.ALL,
    timetracked: OverUnder | str | Unset = UNSET,
    timetrackedby: KeywordMeAll | str | Unset = "all",
    timetrackedfrom: str | Unset = UNSET,
    timetrackedto: str | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    sortby: ProjectsListOverdueSortby | Unset = ProjectsListOverdueSortby.NUMBER,
    sortorder: SortOrder | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | ErrorEnvelope | ProjectList | None:
    """List overdue projects

     Returns the active projects whose due date is before today that the caller may see, narrowed by the
    filter parameters (different parameters combine with AND, comma lists within one parameter with OR).
    `fields` chooses the returned properties; `sortby`/`sortorder` order the rows and
    `pagenumber`/`pagesize` page them.

    Args:
        fields (str | Unset):  Default: 'title,number,company,startdate,duedate'.
        accountedfor (ProjectsListOverdueAccountedfor | Unset):  Default:
            ProjectsListOverdueAccountedfor.ALL.
        apifields (str | Unset): `<api field id>,<text>`: rows whose API field contains the text.
            Several pairs are joined with `||`; the same field id may repeat to look for several
            values (meaningful with mode `any`). Combine with the `apifieldsmode` parameter.
        apifieldsmode (MatchMode | Unset): Whether a row must match any (`any`) or every (`all`)
            one of the listed values.
        categoryid (str | Unset): An id list (`1,2`); a leading `!` turns the filter round, so
            `!1,2` matches everything except those ids.
        companyid (str | Unset): An id list (`1,2`); a leading `!` turns the filter round, so
            `!1,2` matches everything except those ids.
        completedatefrom (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today:
            a sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        completedateto (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        contacts (KeywordMeAll | str | Unset): Contact ids separated by commas, optionally
            prefixed with `!` to exclude them, or `me` / `all`. Default: 'all'.
        contactsmode (MatchMode | Unset): Whether a row must match any (`any`) or every (`all`)
            one of the listed values.
        customfields (str | Unset): `<custom field id>,<text>` pairs joined with `||`, matched
            against project custom fields; combine with `customfieldsmode`.
        customfieldsmode (MatchMode | Unset): Whether a row must match any (`any`) or every
            (`all`) one of the listed values.
        customstatusid (str | Unset): An id list (`1,2`); a leading `!` turns the filter round, so
            `!1,2` matches everything except those ids.
        divisionid (int | Unset):
        duedatefrom (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        duedateto (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        groupid (str | Unset): An id list (`1,2`); a leading `!` turns the filter round, so `!1,2`
            matches everything except those ids.
        id (str | Unset): One id or several ids separated by commas, without spaces (`1` or
            `1,2,3`). Several ids mean "any of them".
        idfrom (int | Unset):
        idto (int | Unset):
        invoiced (ProjectsListOverdueInvoiced | Unset):  Default: ProjectsListOverdueInvoiced.ALL.
        invoicetotal (OverUnder | str | Unset): A `Comparison`, a percentage comparison against
            the reference amount, or `over` / `under`. Rows whose reference amount is 0 are ignored by
            the percentage and over/under forms.
        lastmodifiedfrom (str | Unset): A local date and time `yyyy-mm-ddThh:mm` (ISO 8601, no
            seconds, no offset), or an age: a count followed by `n` (minutes), `h` (hours), `d`
            (days), `w` (weeks) or `m` (months) meaning "that long ago", e.g. `12h`.
        lastmodifiedto (str | Unset): A local date and time `yyyy-mm-ddThh:mm` (ISO 8601, no
            seconds, no offset), or an age: a count followed by `n` (minutes), `h` (hours), `d`
            (days), `w` (weeks) or `m` (months) meaning "that long ago", e.g. `12h`.
        managerid (KeywordMeAll | str | Unset): Contact ids separated by commas, optionally
            prefixed with `!` to exclude them, or `me` / `all`. Default: 'all'.
        paid (ProjectsListOverduePaid | Unset):  Default: ProjectsListOverduePaid.ALL.
        priority (str | Unset): An id list (`1,2`); a leading `!` turns the filter round, so
            `!1,2` matches everything except those ids.
        quotetotal (str | Unset): A number for an exact match, `gte<number>` for "greater than or
            equal", `lte<number>` for "less than or equal".
        search (str | Unset): Text to look for (case-insensitive "contains"). A leading `!` asks
            for rows that do NOT contain the text; `!` alone or an empty string is not a search.
        searchcustomform (str | Unset): Text to look for (case-insensitive "contains"). A leading
            `!` asks for rows that do NOT contain the text; `!` alone or an empty string is not a
            search.
        searchdescription (str | Unset): Text to look for (case-insensitive "contains"). A leading
            `!` asks for rows that do NOT contain the text; `!` alone or an empty string is not a
            search.
        searchnumber (str | Unset): Text to look for (case-insensitive "contains"). A leading `!`
            asks for rows that do NOT contain the text; `!` alone or an empty string is not a search.
        searchtitle (str | Unset): Text to look for (case-insensitive "contains"). A leading `!`
            asks for rows that do NOT contain the text; `!` alone or an empty string is not a search.
        startdatefrom (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        startdateto (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        teamid (str | Unset): An id list (`1,2`); a leading `!` turns the filter round, so `!1,2`
            matches everything except those ids.
        timeallocated (str | Unset): A number for an exact match, `gte<number>` for "greater than
            or equal", `lte<number>` for "less than or equal".
        timebillable (ProjectsListOverdueTimebillable | Unset):  Default:
            ProjectsListOverdueTimebillable.ALL.
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
        pagenumber (int | Unset):
        pagesize (int | Unset):
        sortby (ProjectsListOverdueSortby | Unset):  Default: ProjectsListOverdueSortby.NUMBER.
        sortorder (SortOrder | Unset): Sort direction: ascending (default) or descending.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorEnvelope | ProjectList
    """

    return sync_detailed(
        client=client,
        fields=fields,
        accountedfor=accountedfor,
        apifields=apifields,
        apifieldsmode=apifieldsmode,
        categoryid=categoryid,
        companyid=companyid,
        completedatefrom=completedatefrom,
        completedateto=completedateto,
        contacts=contacts,
        contactsmode=contactsmode,
        customfields=customfields,
        customfieldsmode=customfieldsmode,
        customstatusid=customstatusid,
        divisionid=divisionid,
        duedatefrom=duedatefrom,
        duedateto=duedateto,
        groupid=groupid,
        id=id,
        idfrom=idfrom,
        idto=idto,
        invoiced=invoiced,
        invoicetotal=invoicetotal,
        lastmodifiedfrom=lastmodifiedfrom,
        lastmodifiedto=lastmodifiedto,
        managerid=managerid,
        paid=paid,
        priority=priority,
        quotetotal=quotetotal,
        search=search,
        searchcustomform=searchcustomform,
        searchdescription=searchdescription,
        searchnumber=searchnumber,
        searchtitle=searchtitle,
        startdatefrom=startdatefrom,
        startdateto=startdateto,
        teamid=teamid,
        timeallocated=timeallocated,
        timebillable=timebillable,
        timetracked=timetracked,
        timetrackedby=timetrackedby,
        timetrackedfrom=timetrackedfrom,
        timetrackedto=timetrackedto,
        pagenumber=pagenumber,
        pagesize=pagesize,
        sortby=sortby,
        sortorder=sortorder,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = "title,number,company,startdate,duedate",
    accountedfor: ProjectsListOverdueAccountedfor | Unset = ProjectsListOverdueAccountedfor.ALL,
    apifields: str | Unset = UNSET,
    apifieldsmode: MatchMode | Unset = UNSET,
    categoryid: str | Unset = UNSET,
    companyid: str | Unset = UNSET,
    completedatefrom: str | Unset = UNSET,
    completedateto: str | Unset = UNSET,
    contacts: KeywordMeAll | str | Unset = "all",
    contactsmode: MatchMode | Unset = UNSET,
    customfields: str | Unset = UNSET,
    customfieldsmode: MatchMode | Unset = UNSET,
    customstatusid: str | Unset = UNSET,
    divisionid: int | Unset = UNSET,
    duedatefrom: str | Unset = UNSET,
    duedateto: str | Unset = UNSET,
    groupid: str | Unset = UNSET,
    id: str | Unset = UNSET,
    idfrom: int | Unset = UNSET,
    idto: int | Unset = UNSET,
    invoiced: ProjectsListOverdueInvoiced | Unset = ProjectsListOverdueInvoiced.ALL,
    invoicetotal: OverUnder | str | Unset = UNSET,
    lastmodifiedfrom: str | Unset = UNSET,
    lastmodifiedto: str | Unset = UNSET,
    managerid: KeywordMeAll | str | Unset = "all",
    paid: ProjectsListOverduePaid | Unset = ProjectsListOverduePaid.ALL,
    priority: str | Unset = UNSET,
    quotetotal: str | Unset = UNSET,
    search: str | Unset = UNSET,
    searchcustomform: str | Unset = UNSET,
    searchdescription: str | Unset = UNSET,
    searchnumber: str | Unset = UNSET,
    searchtitle: str | Unset = UNSET,
    startdatefrom: str | Unset = UNSET,
    startdateto: str | Unset = UNSET,
    teamid: str | Unset = UNSET,
    timeallocated: str | Unset = UNSET,
    timebillable: ProjectsListOverdueTimebillable | Unset = ProjectsListOverdueTimebillable.ALL,
    timetracked: OverUnder | str | Unset = UNSET,
    timetrackedby: KeywordMeAll | str | Unset = "all",
    timetrackedfrom: str | Unset = UNSET,
    timetrackedto: str | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    sortby: ProjectsListOverdueSortby | Unset = ProjectsListOverdueSortby.NUMBER,
    sortorder: SortOrder | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | ErrorEnvelope | ProjectList]:
    """List overdue projects

     Returns the active projects whose due date is before today that the caller may see, narrowed by the
    filter parameters (different parameters combine with AND, comma lists within one parameter with OR).
    `fields` chooses the returned properties; `sortby`/`sortorder` order the rows and
    `pagenumber`/`pagesize` page them.

    Args:
        fields (str | Unset):  Default: 'title,number,company,startdate,duedate'.
        accountedfor (ProjectsListOverdueAccountedfor | Unset):  Default:
            ProjectsListOverdueAccountedfor.ALL.
        apifields (str | Unset): `<api field id>,<text>`: rows whose API field contains the text.
            Several pairs are joined with `||`; the same field id may repeat to look for several
            values (meaningful with mode `any`). Combine with the `apifieldsmode` parameter.
        apifieldsmode (MatchMode | Unset): Whether a row must match any (`any`) or every (`all`)
            one of the listed values.
        categoryid (str | Unset): An id list (`1,2`); a leading `!` turns the filter round, so
            `!1,2` matches everything except those ids.
        companyid (str | Unset): An id list (`1,2`); a leading `!` turns the filter round, so
            `!1,2` matches everything except those ids.
        completedatefrom (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today:
            a sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        completedateto (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        contacts (KeywordMeAll | str | Unset): Contact ids separated by commas, optionally
            prefixed with `!` to exclude them, or `me` / `all`. Default: 'all'.
        contactsmode (MatchMode | Unset): Whether a row must match any (`any`) or every (`all`)
            one of the listed values.
        customfields (str | Unset): `<custom field id>,<text>` pairs joined with `||`, matched
            against project custom fields; combine with `customfieldsmode`.
        customfieldsmode (MatchMode | Unset): Whether a row must match any (`any`) or every
            (`all`) one of the listed values.
        customstatusid (str | Unset): An id list (`1,2`); a leading `!` turns the filter round, so
            `!1,2` matches everything except those ids.
        divisionid (int | Unset):
        duedatefrom (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        duedateto (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        groupid (str | Unset): An id list (`1,2`); a leading `!` turns the filter round, so `!1,2`
            matches everything except those ids.
        id (str | Unset): One id or several ids separated by commas, without spaces (`1` or
            `1,2,3`). Several ids mean "any of them".
        idfrom (int | Unset):
        idto (int | Unset):
        invoiced (ProjectsListOverdueInvoiced | Unset):  Default: ProjectsListOverdueInvoiced.ALL.
        invoicetotal (OverUnder | str | Unset): A `Comparison`, a percentage comparison against
            the reference amount, or `over` / `under`. Rows whose reference amount is 0 are ignored by
            the percentage and over/under forms.
        lastmodifiedfrom (str | Unset): A local date and time `yyyy-mm-ddThh:mm` (ISO 8601, no
            seconds, no offset), or an age: a count followed by `n` (minutes), `h` (hours), `d`
            (days), `w` (weeks) or `m` (months) meaning "that long ago", e.g. `12h`.
        lastmodifiedto (str | Unset): A local date and time `yyyy-mm-ddThh:mm` (ISO 8601, no
            seconds, no offset), or an age: a count followed by `n` (minutes), `h` (hours), `d`
            (days), `w` (weeks) or `m` (months) meaning "that long ago", e.g. `12h`.
        managerid (KeywordMeAll | str | Unset): Contact ids separated by commas, optionally
            prefixed with `!` to exclude them, or `me` / `all`. Default: 'all'.
        paid (ProjectsListOverduePaid | Unset):  Default: ProjectsListOverduePaid.ALL.
        priority (str | Unset): An id list (`1,2`); a leading `!` turns the filter round, so
            `!1,2` matches everything except those ids.
        quotetotal (str | Unset): A number for an exact match, `gte<number>` for "greater than or
            equal", `lte<number>` for "less than or equal".
        search (str | Unset): Text to look for (case-insensitive "contains"). A leading `!` asks
            for rows that do NOT contain the text; `!` alone or an empty string is not a search.
        searchcustomform (str | Unset): Text to look for (case-insensitive "contains"). A leading
            `!` asks for rows that do NOT contain the text; `!` alone or an empty string is not a
            search.
        searchdescription (str | Unset): Text to look for (case-insensitive "contains"). A leading
            `!` asks for rows that do NOT contain the text; `!` alone or an empty string is not a
            search.
        searchnumber (str | Unset): Text to look for (case-insensitive "contains"). A leading `!`
            asks for rows that do NOT contain the text; `!` alone or an empty string is not a search.
        searchtitle (str | Unset): Text to look for (case-insensitive "contains"). A leading `!`
            asks for rows that do NOT contain the text; `!` alone or an empty string is not a search.
        startdatefrom (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        startdateto (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        teamid (str | Unset): An id list (`1,2`); a leading `!` turns the filter round, so `!1,2`
            matches everything except those ids.
        timeallocated (str | Unset): A number for an exact match, `gte<number>` for "greater than
            or equal", `lte<number>` for "less than or equal".
        timebillable (ProjectsListOverdueTimebillable | Unset):  Default:
            ProjectsListOverdueTimebillable.ALL.
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
        pagenumber (int | Unset):
        pagesize (int | Unset):
        sortby (ProjectsListOverdueSortby | Unset):  Default: ProjectsListOverdueSortby.NUMBER.
        sortorder (SortOrder | Unset): Sort direction: ascending (default) or descending.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorEnvelope | ProjectList]
    """

    kwargs = _get_kwargs(
        fields=fields,
        accountedfor=accountedfor,
        apifields=apifields,
        apifieldsmode=apifieldsmode,
        categoryid=categoryid,
        companyid=companyid,
        completedatefrom=completedatefrom,
        completedateto=completedateto,
        contacts=contacts,
        contactsmode=contactsmode,
        customfields=customfields,
        customfieldsmode=customfieldsmode,
        customstatusid=customstatusid,
        divisionid=divisionid,
        duedatefrom=duedatefrom,
        duedateto=duedateto,
        groupid=groupid,
        id=id,
        idfrom=idfrom,
        idto=idto,
        invoiced=invoiced,
        invoicetotal=invoicetotal,
        lastmodifiedfrom=lastmodifiedfrom,
        lastmodifiedto=lastmodifiedto,
        managerid=managerid,
        paid=paid,
        priority=priority,
        quotetotal=quotetotal,
        search=search,
        searchcustomform=searchcustomform,
        searchdescription=searchdescription,
        searchnumber=searchnumber,
        searchtitle=searchtitle,
        startdatefrom=startdatefrom,
        startdateto=startdateto,
        teamid=teamid,
        timeallocated=timeallocated,
        timebillable=timebillable,
        timetracked=timetracked,
        timetrackedby=timetrackedby,
        timetrackedfrom=timetrackedfrom,
        timetrackedto=timetrackedto,
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
    fields: str | Unset = "title,number,company,startdate,duedate",
    accountedfor: ProjectsListOverdueAccountedfor | Unset = ProjectsListOverdueAccountedfor.ALL,
    apifields: str | Unset = UNSET,
    apifieldsmode: MatchMode | Unset = UNSET,
    categoryid: str | Unset = UNSET,
    companyid: str | Unset = UNSET,
    completedatefrom: str | Unset = UNSET,
    completedateto: str | Unset = UNSET,
    contacts: KeywordMeAll | str | Unset = "all",
    contactsmode: MatchMode | Unset = UNSET,
    customfields: str | Unset = UNSET,
    customfieldsmode: MatchMode | Unset = UNSET,
    customstatusid: str | Unset = UNSET,
    divisionid: int | Unset = UNSET,
    duedatefrom: str | Unset = UNSET,
    duedateto: str | Unset = UNSET,
    groupid: str | Unset = UNSET,
    id: str | Unset = UNSET,
    idfrom: int | Unset = UNSET,
    idto: int | Unset = UNSET,
    invoiced: ProjectsListOverdueInvoiced | Unset = ProjectsListOverdueInvoiced.ALL,
    invoicetotal: OverUnder | str | Unset = UNSET,
    lastmodifiedfrom: str | Unset = UNSET,
    lastmodifiedto: str | Unset = UNSET,
    managerid: KeywordMeAll | str | Unset = "all",
    paid: ProjectsListOverduePaid | Unset = ProjectsListOverduePaid.ALL,
    priority: str | Unset = UNSET,
    quotetotal: str | Unset = UNSET,
    search: str | Unset = UNSET,
    searchcustomform: str | Unset = UNSET,
    searchdescription: str | Unset = UNSET,
    searchnumber: str | Unset = UNSET,
    searchtitle: str | Unset = UNSET,
    startdatefrom: str | Unset = UNSET,
    startdateto: str | Unset = UNSET,
    teamid: str | Unset = UNSET,
    timeallocated: str | Unset = UNSET,
    timebillable: ProjectsListOverdueTimebillable | Unset = ProjectsListOverdueTimebillable.ALL,
    timetracked: OverUnder | str | Unset = UNSET,
    timetrackedby: KeywordMeAll | str | Unset = "all",
    timetrackedfrom: str | Unset = UNSET,
    timetrackedto: str | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    sortby: ProjectsListOverdueSortby | Unset = ProjectsListOverdueSortby.NUMBER,
    sortorder: SortOrder | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | ErrorEnvelope | ProjectList | None:
    """List overdue projects

     Returns the active projects whose due date is before today that the caller may see, narrowed by the
    filter parameters (different parameters combine with AND, comma lists within one parameter with OR).
    `fields` chooses the returned properties; `sortby`/`sortorder` order the rows and
    `pagenumber`/`pagesize` page them.

    Args:
        fields (str | Unset):  Default: 'title,number,company,startdate,duedate'.
        accountedfor (ProjectsListOverdueAccountedfor | Unset):  Default:
            ProjectsListOverdueAccountedfor.ALL.
        apifields (str | Unset): `<api field id>,<text>`: rows whose API field contains the text.
            Several pairs are joined with `||`; the same field id may repeat to look for several
            values (meaningful with mode `any`). Combine with the `apifieldsmode` parameter.
        apifieldsmode (MatchMode | Unset): Whether a row must match any (`any`) or every (`all`)
            one of the listed values.
        categoryid (str | Unset): An id list (`1,2`); a leading `!` turns the filter round, so
            `!1,2` matches everything except those ids.
        companyid (str | Unset): An id list (`1,2`); a leading `!` turns the filter round, so
            `!1,2` matches everything except those ids.
        completedatefrom (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today:
            a sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        completedateto (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        contacts (KeywordMeAll | str | Unset): Contact ids separated by commas, optionally
            prefixed with `!` to exclude them, or `me` / `all`. Default: 'all'.
        contactsmode (MatchMode | Unset): Whether a row must match any (`any`) or every (`all`)
            one of the listed values.
        customfields (str | Unset): `<custom field id>,<text>` pairs joined with `||`, matched
            against project custom fields; combine with `customfieldsmode`.
        customfieldsmode (MatchMode | Unset): Whether a row must match any (`any`) or every
            (`all`) one of the listed values.
        customstatusid (str | Unset): An id list (`1,2`); a leading `!` turns the filter round, so
            `!1,2` matches everything except those ids.
        divisionid (int | Unset):
        duedatefrom (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        duedateto (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        groupid (str | Unset): An id list (`1,2`); a leading `!` turns the filter round, so `!1,2`
            matches everything except those ids.
        id (str | Unset): One id or several ids separated by commas, without spaces (`1` or
            `1,2,3`). Several ids mean "any of them".
        idfrom (int | Unset):
        idto (int | Unset):
        invoiced (ProjectsListOverdueInvoiced | Unset):  Default: ProjectsListOverdueInvoiced.ALL.
        invoicetotal (OverUnder | str | Unset): A `Comparison`, a percentage comparison against
            the reference amount, or `over` / `under`. Rows whose reference amount is 0 are ignored by
            the percentage and over/under forms.
        lastmodifiedfrom (str | Unset): A local date and time `yyyy-mm-ddThh:mm` (ISO 8601, no
            seconds, no offset), or an age: a count followed by `n` (minutes), `h` (hours), `d`
            (days), `w` (weeks) or `m` (months) meaning "that long ago", e.g. `12h`.
        lastmodifiedto (str | Unset): A local date and time `yyyy-mm-ddThh:mm` (ISO 8601, no
            seconds, no offset), or an age: a count followed by `n` (minutes), `h` (hours), `d`
            (days), `w` (weeks) or `m` (months) meaning "that long ago", e.g. `12h`.
        managerid (KeywordMeAll | str | Unset): Contact ids separated by commas, optionally
            prefixed with `!` to exclude them, or `me` / `all`. Default: 'all'.
        paid (ProjectsListOverduePaid | Unset):  Default: ProjectsListOverduePaid.ALL.
        priority (str | Unset): An id list (`1,2`); a leading `!` turns the filter round, so
            `!1,2` matches everything except those ids.
        quotetotal (str | Unset): A number for an exact match, `gte<number>` for "greater than or
            equal", `lte<number>` for "less than or equal".
        search (str | Unset): Text to look for (case-insensitive "contains"). A leading `!` asks
            for rows that do NOT contain the text; `!` alone or an empty string is not a search.
        searchcustomform (str | Unset): Text to look for (case-insensitive "contains"). A leading
            `!` asks for rows that do NOT contain the text; `!` alone or an empty string is not a
            search.
        searchdescription (str | Unset): Text to look for (case-insensitive "contains"). A leading
            `!` asks for rows that do NOT contain the text; `!` alone or an empty string is not a
            search.
        searchnumber (str | Unset): Text to look for (case-insensitive "contains"). A leading `!`
            asks for rows that do NOT contain the text; `!` alone or an empty string is not a search.
        searchtitle (str | Unset): Text to look for (case-insensitive "contains"). A leading `!`
            asks for rows that do NOT contain the text; `!` alone or an empty string is not a search.
        startdatefrom (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        startdateto (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        teamid (str | Unset): An id list (`1,2`); a leading `!` turns the filter round, so `!1,2`
            matches everything except those ids.
        timeallocated (str | Unset): A number for an exact match, `gte<number>` for "greater than
            or equal", `lte<number>` for "less than or equal".
        timebillable (ProjectsListOverdueTimebillable | Unset):  Default:
            ProjectsListOverdueTimebillable.ALL.
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
        pagenumber (int | Unset):
        pagesize (int | Unset):
        sortby (ProjectsListOverdueSortby | Unset):  Default: ProjectsListOverdueSortby.NUMBER.
        sortorder (SortOrder | Unset): Sort direction: ascending (default) or descending.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorEnvelope | ProjectList
    """

    return (
        await asyncio_detailed(
            client=client,
            fields=fields,
            accountedfor=accountedfor,
            apifields=apifields,
            apifieldsmode=apifieldsmode,
            categoryid=categoryid,
            companyid=companyid,
            completedatefrom=completedatefrom,
            completedateto=completedateto,
            contacts=contacts,
            contactsmode=contactsmode,
            customfields=customfields,
            customfieldsmode=customfieldsmode,
            customstatusid=customstatusid,
            divisionid=divisionid,
            duedatefrom=duedatefrom,
            duedateto=duedateto,
            groupid=groupid,
            id=id,
            idfrom=idfrom,
            idto=idto,
            invoiced=invoiced,
            invoicetotal=invoicetotal,
            lastmodifiedfrom=lastmodifiedfrom,
            lastmodifiedto=lastmodifiedto,
            managerid=managerid,
            paid=paid,
            priority=priority,
            quotetotal=quotetotal,
            search=search,
            searchcustomform=searchcustomform,
            searchdescription=searchdescription,
            searchnumber=searchnumber,
            searchtitle=searchtitle,
            startdatefrom=startdatefrom,
            startdateto=startdateto,
            teamid=teamid,
            timeallocated=timeallocated,
            timebillable=timebillable,
            timetracked=timetracked,
            timetrackedby=timetrackedby,
            timetrackedfrom=timetrackedfrom,
            timetrackedto=timetrackedto,
            pagenumber=pagenumber,
            pagesize=pagesize,
            sortby=sortby,
            sortorder=sortorder,
            if_none_match=if_none_match,
        )
    ).parsed
