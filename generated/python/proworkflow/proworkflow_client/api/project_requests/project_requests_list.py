from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.keyword_me_all import KeywordMeAll
from ...models.match_mode import MatchMode
from ...models.project_request_list import ProjectRequestList
from ...models.project_requests_list_clienttype import ProjectRequestsListClienttype
from ...models.project_requests_list_sortby import ProjectRequestsListSortby
from ...models.sort_order import SortOrder
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    fields: str | Unset = "title,company,client,recipient,dates",
    apifields: str | Unset = UNSET,
    apifieldsmode: MatchMode | Unset = UNSET,
    budget: str | Unset = UNSET,
    clientid: KeywordMeAll | str | Unset = "all",
    clienttype: ProjectRequestsListClienttype | Unset = ProjectRequestsListClienttype.ALL,
    companyid: str | Unset = UNSET,
    customfields: str | Unset = UNSET,
    customfieldsmode: MatchMode | Unset = UNSET,
    divisionid: int | Unset = UNSET,
    duedatefrom: str | Unset = UNSET,
    duedateto: str | Unset = UNSET,
    idfrom: int | Unset = UNSET,
    idto: int | Unset = UNSET,
    lastmodifiedfrom: str | Unset = UNSET,
    lastmodifiedto: str | Unset = UNSET,
    recipientid: KeywordMeAll | str | Unset = "all",
    searchcustomform: str | Unset = UNSET,
    searchdescription: str | Unset = UNSET,
    searchtitle: str | Unset = UNSET,
    startdatefrom: str | Unset = UNSET,
    startdateto: str | Unset = UNSET,
    submitteddatefrom: str | Unset = UNSET,
    submitteddateto: str | Unset = UNSET,
    templateid: str | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    sortby: ProjectRequestsListSortby | Unset = ProjectRequestsListSortby.ID,
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

    params["budget"] = budget

    json_clientid: str | Unset
    if isinstance(clientid, Unset):
        json_clientid = UNSET
    elif isinstance(clientid, KeywordMeAll):
        json_clientid = clientid.value
    else:
        json_clientid = clientid
    params["clientid"] = json_clientid

    json_clienttype: str | Unset = UNSET
    if not isinstance(clienttype, Unset):
        json_clienttype = clienttype.value

    params["clienttype"] = json_clienttype

    params["companyid"] = companyid

    params["customfields"] = customfields

    json_customfieldsmode: str | Unset = UNSET
    if not isinstance(customfieldsmode, Unset):
        json_customfieldsmode = customfieldsmode.value

    params["customfieldsmode"] = json_customfieldsmode

    params["divisionid"] = divisionid

    params["duedatefrom"] = duedatefrom

    params["duedateto"] = duedateto

    params["idfrom"] = idfrom

    params["idto"] = idto

    params["lastmodifiedfrom"] = lastmodifiedfrom

    params["lastmodifiedto"] = lastmodifiedto

    json_recipientid: str | Unset
    if isinstance(recipientid, Unset):
        json_recipientid = UNSET
    elif isinstance(recipientid, KeywordMeAll):
        json_recipientid = recipientid.value
    else:
        json_recipientid = recipientid
    params["recipientid"] = json_recipientid

    params["searchcustomform"] = searchcustomform

    params["searchdescription"] = searchdescription

    params["searchtitle"] = searchtitle

    params["startdatefrom"] = startdatefrom

    params["startdateto"] = startdateto

    params["submitteddatefrom"] = submitteddatefrom

    params["submitteddateto"] = submitteddateto

    params["templateid"] = templateid

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
        "url": "/projectrequests",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorEnvelope | ProjectRequestList | None:
    if response.status_code == 200:
        response_200 = ProjectRequestList.from_dict(response.json())

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
) -> Response[Any | ErrorEnvelope | ProjectRequestList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = "title,company,client,recipient,dates",
    apifields: str | Unset = UNSET,
    apifieldsmode: MatchMode | Unset = UNSET,
    budget: str | Unset = UNSET,
    clientid: KeywordMeAll | str | Unset = "all",
    clienttype: ProjectRequestsListClienttype | Unset = ProjectRequestsListClienttype.ALL,
    companyid: str | Unset = UNSET,
    customfields: str | Unset = UNSET,
    customfieldsmode: MatchMode | Unset = UNSET,
    divisionid: int | Unset = UNSET,
    duedatefrom: str | Unset = UNSET,
    duedateto: str | Unset = UNSET,
    idfrom: int | Unset = UNSET,
    idto: int | Unset = UNSET,
    lastmodifiedfrom: str | Unset = UNSET,
    lastmodifiedto: str | Unset = UNSET,
    recipientid: KeywordMeAll | str | Unset = "all",
    searchcustomform: str | Unset = UNSET,
    searchdescription: str | Unset = UNSET,
    searchtitle: str | Unset = UNSET,
    startdatefrom: str | Unset = UNSET,
    startdateto: str | Unset = UNSET,
    submitteddatefrom: str | Unset = UNSET,
    submitteddateto: str | Unset = UNSET,
    templateid: str | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    sortby: ProjectRequestsListSortby | Unset = ProjectRequestsListSortby.ID,
    sortorder: SortOrder | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | ErrorEnvelope | ProjectRequestList]:
    """List project requests

     Returns the project requests the caller may see, narrowed by the filter parameters (different
    parameters combine with AND, comma lists within one parameter with OR). `fields` chooses the
    returned properties; `sortby`/`sortorder` order the rows and `pagenumber`/`pagesize` page them.

    Args:
        fields (str | Unset):  Default: 'title,company,client,recipient,dates'.
        apifields (str | Unset): `<api field id>,<text>`: rows whose API field contains the text.
            Several pairs are joined with `||`; the same field id may repeat to look for several
            values (meaningful with mode `any`). Combine with the `apifieldsmode` parameter.
        apifieldsmode (MatchMode | Unset): Whether a row must match any (`any`) or every (`all`)
            one of the listed values.
        budget (str | Unset): A number for an exact match, `gte<number>` for "greater than or
            equal", `lte<number>` for "less than or equal".
        clientid (KeywordMeAll | str | Unset): Contact ids separated by commas, optionally
            prefixed with `!` to exclude them, or `me` / `all`. Default: 'all'.
        clienttype (ProjectRequestsListClienttype | Unset):  Default:
            ProjectRequestsListClienttype.ALL.
        companyid (str | Unset): An id list (`1,2`); a leading `!` turns the filter round, so
            `!1,2` matches everything except those ids.
        customfields (str | Unset): `<custom field id>,<text>` pairs joined with `||`, matched
            against project custom fields; combine with `customfieldsmode`.
        customfieldsmode (MatchMode | Unset): Whether a row must match any (`any`) or every
            (`all`) one of the listed values.
        divisionid (int | Unset):
        duedatefrom (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        duedateto (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        idfrom (int | Unset):
        idto (int | Unset):
        lastmodifiedfrom (str | Unset): A local date and time `yyyy-mm-ddThh:mm` (ISO 8601, no
            seconds, no offset), or an age: a count followed by `n` (minutes), `h` (hours), `d`
            (days), `w` (weeks) or `m` (months) meaning "that long ago", e.g. `12h`.
        lastmodifiedto (str | Unset): A local date and time `yyyy-mm-ddThh:mm` (ISO 8601, no
            seconds, no offset), or an age: a count followed by `n` (minutes), `h` (hours), `d`
            (days), `w` (weeks) or `m` (months) meaning "that long ago", e.g. `12h`.
        recipientid (KeywordMeAll | str | Unset): Contact ids separated by commas, optionally
            prefixed with `!` to exclude them, or `me` / `all`. Default: 'all'.
        searchcustomform (str | Unset): Text to look for (case-insensitive "contains"). A leading
            `!` asks for rows that do NOT contain the text; `!` alone or an empty string is not a
            search.
        searchdescription (str | Unset): Text to look for (case-insensitive "contains"). A leading
            `!` asks for rows that do NOT contain the text; `!` alone or an empty string is not a
            search.
        searchtitle (str | Unset): Text to look for (case-insensitive "contains"). A leading `!`
            asks for rows that do NOT contain the text; `!` alone or an empty string is not a search.
        startdatefrom (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        startdateto (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        submitteddatefrom (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to
            today: a sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w`
            (three weeks ago), `+1m` (a month ahead), `+0d` (today).
        submitteddateto (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today:
            a sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        templateid (str | Unset): An id list (`1,2`); a leading `!` turns the filter round, so
            `!1,2` matches everything except those ids.
        pagenumber (int | Unset):
        pagesize (int | Unset):
        sortby (ProjectRequestsListSortby | Unset):  Default: ProjectRequestsListSortby.ID.
        sortorder (SortOrder | Unset): Sort direction: ascending (default) or descending.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorEnvelope | ProjectRequestList]
    """

    kwargs = _get_kwargs(
        fields=fields,
        apifields=apifields,
        apifieldsmode=apifieldsmode,
        budget=budget,
        clientid=clientid,
        clienttype=clienttype,
        companyid=companyid,
        customfields=customfields,
        customfieldsmode=customfieldsmode,
        divisionid=divisionid,
        duedatefrom=duedatefrom,
        duedateto=duedateto,
        idfrom=idfrom,
        idto=idto,
        lastmodifiedfrom=lastmodifiedfrom,
        lastmodifiedto=lastmodifiedto,
        recipientid=recipientid,
        searchcustomform=searchcustomform,
        searchdescription=searchdescription,
        searchtitle=searchtitle,
        startdatefrom=startdatefrom,
        startdateto=startdateto,
        submitteddatefrom=submitteddatefrom,
        submitteddateto=submitteddateto,
        templateid=templateid,
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
    fields: str | Unset = "title,company,client,recipient,dates",
    apifields: str | Unset = UNSET,
    apifieldsmode: MatchMode | Unset = UNSET,
    budget: str | Unset = UNSET,
    clientid: KeywordMeAll | str | Unset = "all",
    clienttype: ProjectRequestsListClienttype | Unset = ProjectRequestsListClienttype.ALL,
    companyid: str | Unset = UNSET,
    customfields: str | Unset = UNSET,
    customfieldsmode: MatchMode | Unset = UNSET,
    divisionid: int | Unset = UNSET,
    duedatefrom: str | Unset = UNSET,
    duedateto: str | Unset = UNSET,
    idfrom: int | Unset = UNSET,
    idto: int | Unset = UNSET,
    lastmodifiedfrom: str | Unset = UNSET,
    lastmodifiedto: str | Unset = UNSET,
    recipientid: KeywordMeAll | str | Unset = "all",
    searchcustomform: str | Unset = UNSET,
    searchdescription: str | Unset = UNSET,
    searchtitle: str | Unset = UNSET,
    startdatefrom: str | Unset = UNSET,
    startdateto: str | Unset = UNSET,
    submitteddatefrom: str | Unset = UNSET,
    submitteddateto: str | Unset = UNSET,
    templateid: str | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    sortby: ProjectRequestsListSortby | Unset = ProjectRequestsListSortby.ID,
    sortorder: SortOrder | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | ErrorEnvelope | ProjectRequestList | None:
    """List project requests

     Returns the project requests the caller may see, narrowed by the filter parameters (different
    parameters combine with AND, comma lists within one parameter with OR). `fields` chooses the
    returned properties; `sortby`/`sortorder` order the rows and `pagenumber`/`pagesize` page them.

    Args:
        fields (str | Unset):  Default: 'title,company,client,recipient,dates'.
        apifields (str | Unset): `<api field id>,<text>`: rows whose API field contains the text.
            Several pairs are joined with `||`; the same field id may repeat to look for several
            values (meaningful with mode `any`). Combine with the `apifieldsmode` parameter.
        apifieldsmode (MatchMode | Unset): Whether a row must match any (`any`) or every (`all`)
            one of the listed values.
        budget (str | Unset): A number for an exact match, `gte<number>` for "greater than or
            equal", `lte<number>` for "less than or equal".
        clientid (KeywordMeAll | str | Unset): Contact ids separated by commas, optionally
            prefixed with `!` to exclude them, or `me` / `all`. Default: 'all'.
        clienttype (ProjectRequestsListClienttype | Unset):  Default:
            ProjectRequestsListClienttype.ALL.
        companyid (str | Unset): An id list (`1,2`); a leading `!` turns the filter round, so
            `!1,2` matches everything except those ids.
        customfields (str | Unset): `<custom field id>,<text>` pairs joined with `||`, matched
            against project custom fields; combine with `customfieldsmode`.
        customfieldsmode (MatchMode | Unset): Whether a row must match any (`any`) or every
            (`all`) one of the listed values.
        divisionid (int | Unset):
        duedatefrom (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        duedateto (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        idfrom (int | Unset):
        idto (int | Unset):
        lastmodifiedfrom (str | Unset): A local date and time `yyyy-mm-ddThh:mm` (ISO 8601, no
            seconds, no offset), or an age: a count followed by `n` (minutes), `h` (hours), `d`
            (days), `w` (weeks) or `m` (months) meaning "that long ago", e.g. `12h`.
        lastmodifiedto (str | Unset): A local date and time `yyyy-mm-ddThh:mm` (ISO 8601, no
            seconds, no offset), or an age: a count followed by `n` (minutes), `h` (hours), `d`
            (days), `w` (weeks) or `m` (months) meaning "that long ago", e.g. `12h`.
        recipientid (KeywordMeAll | str | Unset): Contact ids separated by commas, optionally
            prefixed with `!` to exclude them, or `me` / `all`. Default: 'all'.
        searchcustomform (str | Unset): Text to look for (case-insensitive "contains"). A leading
            `!` asks for rows that do NOT contain the text; `!` alone or an empty string is not a
            search.
        searchdescription (str | Unset): Text to look for (case-insensitive "contains"). A leading
            `!` asks for rows that do NOT contain the text; `!` alone or an empty string is not a
            search.
        searchtitle (str | Unset): Text to look for (case-insensitive "contains"). A leading `!`
            asks for rows that do NOT contain the text; `!` alone or an empty string is not a search.
        startdatefrom (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        startdateto (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        submitteddatefrom (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to
            today: a sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w`
            (three weeks ago), `+1m` (a month ahead), `+0d` (today).
        submitteddateto (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today:
            a sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        templateid (str | Unset): An id list (`1,2`); a leading `!` turns the filter round, so
            `!1,2` matches everything except those ids.
        pagenumber (int | Unset):
        pagesize (int | Unset):
        sortby (ProjectRequestsListSortby | Unset):  Default: ProjectRequestsListSortby.ID.
        sortorder (SortOrder | Unset): Sort direction: ascending (default) or descending.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorEnvelope | ProjectRequestList
    """

    return sync_detailed(
        client=client,
        fields=fields,
        apifields=apifields,
        apifieldsmode=apifieldsmode,
        budget=budget,
        clientid=clientid,
        clienttype=clienttype,
        companyid=companyid,
        customfields=customfields,
        customfieldsmode=customfieldsmode,
        divisionid=divisionid,
        duedatefrom=duedatefrom,
        duedateto=duedateto,
        idfrom=idfrom,
        idto=idto,
        lastmodifiedfrom=lastmodifiedfrom,
        lastmodifiedto=lastmodifiedto,
        recipientid=recipientid,
        searchcustomform=searchcustomform,
        searchdescription=searchdescription,
        searchtitle=searchtitle,
        startdatefrom=startdatefrom,
        startdateto=startdateto,
        submitteddatefrom=submitteddatefrom,
        submitteddateto=submitteddateto,
        templateid=templateid,
        pagenumber=pagenumber,
        pagesize=pagesize,
        sortby=sortby,
        sortorder=sortorder,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = "title,company,client,recipient,dates",
    apifields: str | Unset = UNSET,
    apifieldsmode: MatchMode | Unset = UNSET,
    budget: str | Unset = UNSET,
    clientid: KeywordMeAll | str | Unset = "all",
    clienttype: ProjectRequestsListClienttype | Unset = ProjectRequestsListClienttype.ALL,
    companyid: str | Unset = UNSET,
    customfields: str | Unset = UNSET,
    customfieldsmode: MatchMode | Unset = UNSET,
    divisionid: int | Unset = UNSET,
    duedatefrom: str | Unset = UNSET,
    duedateto: str | Unset = UNSET,
    idfrom: int | Unset = UNSET,
    idto: int | Unset = UNSET,
    lastmodifiedfrom: str | Unset = UNSET,
    lastmodifiedto: str | Unset = UNSET,
    recipientid: KeywordMeAll | str | Unset = "all",
    searchcustomform: str | Unset = UNSET,
    searchdescription: str | Unset = UNSET,
    searchtitle: str | Unset = UNSET,
    startdatefrom: str | Unset = UNSET,
    startdateto: str | Unset = UNSET,
    submitteddatefrom: str | Unset = UNSET,
    submitteddateto: str | Unset = UNSET,
    templateid: str | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    sortby: ProjectRequestsListSortby | Unset = ProjectRequestsListSortby.ID,
    sortorder: SortOrder | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | ErrorEnvelope | ProjectRequestList]:
    """List project requests

     Returns the project requests the caller may see, narrowed by the filter parameters (different
    parameters combine with AND, comma lists within one parameter with OR). `fields` chooses the
    returned properties; `sortby`/`sortorder` order the rows and `pagenumber`/`pagesize` page them.

    Args:
        fields (str | Unset):  Default: 'title,company,client,recipient,dates'.
        apifields (str | Unset): `<api field id>,<text>`: rows whose API field contains the text.
            Several pairs are joined with `||`; the same field id may repeat to look for several
            values (meaningful with mode `any`). Combine with the `apifieldsmode` parameter.
        apifieldsmode (MatchMode | Unset): Whether a row must match any (`any`) or every (`all`)
            one of the listed values.
        budget (str | Unset): A number for an exact match, `gte<number>` for "greater than or
            equal", `lte<number>` for "less than or equal".
        clientid (KeywordMeAll | str | Unset): Contact ids separated by commas, optionally
            prefixed with `!` to exclude them, or `me` / `all`. Default: 'all'.
        clienttype (ProjectRequestsListClienttype | Unset):  Default:
            ProjectRequestsListClienttype.ALL.
        companyid (str | Unset): An id list (`1,2`); a leading `!` turns the filter round, so
            `!1,2` matches everything except those ids.
        customfields (str | Unset): `<custom field id>,<text>` pairs joined with `||`, matched
            against project custom fields; combine with `customfieldsmode`.
        customfieldsmode (MatchMode | Unset): Whether a row must match any (`any`) or every
            (`all`) one of the listed values.
        divisionid (int | Unset):
        duedatefrom (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        duedateto (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        idfrom (int | Unset):
        idto (int | Unset):
        lastmodifiedfrom (str | Unset): A local date and time `yyyy-mm-ddThh:mm` (ISO 8601, no
            seconds, no offset), or an age: a count followed by `n` (minutes), `h` (hours), `d`
            (days), `w` (weeks) or `m` (months) meaning "that long ago", e.g. `12h`.
        lastmodifiedto (str | Unset): A local date and time `yyyy-mm-ddThh:mm` (ISO 8601, no
            seconds, no offset), or an age: a count followed by `n` (minutes), `h` (hours), `d`
            (days), `w` (weeks) or `m` (months) meaning "that long ago", e.g. `12h`.
        recipientid (KeywordMeAll | str | Unset): Contact ids separated by commas, optionally
            prefixed with `!` to exclude them, or `me` / `all`. Default: 'all'.
        searchcustomform (str | Unset): Text to look for (case-insensitive "contains"). A leading
            `!` asks for rows that do NOT contain the text; `!` alone or an empty string is not a
            search.
        searchdescription (str | Unset): Text to look for (case-insensitive "contains"). A leading
            `!` asks for rows that do NOT contain the text; `!` alone or an empty string is not a
            search.
        searchtitle (str | Unset): Text to look for (case-insensitive "contains"). A leading `!`
            asks for rows that do NOT contain the text; `!` alone or an empty string is not a search.
        startdatefrom (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        startdateto (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        submitteddatefrom (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to
            today: a sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w`
            (three weeks ago), `+1m` (a month ahead), `+0d` (today).
        submitteddateto (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today:
            a sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        templateid (str | Unset): An id list (`1,2`); a leading `!` turns the filter round, so
            `!1,2` matches everything except those ids.
        pagenumber (int | Unset):
        pagesize (int | Unset):
        sortby (ProjectRequestsListSortby | Unset):  Default: ProjectRequestsListSortby.ID.
        sortorder (SortOrder | Unset): Sort direction: ascending (default) or descending.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorEnvelope | ProjectRequestList]
    """

    kwargs = _get_kwargs(
        fields=fields,
        apifields=apifields,
        apifieldsmode=apifieldsmode,
        budget=budget,
        clientid=clientid,
        clienttype=clienttype,
        companyid=companyid,
        customfields=customfields,
        customfieldsmode=customfieldsmode,
        divisionid=divisionid,
        duedatefrom=duedatefrom,
        duedateto=duedateto,
        idfrom=idfrom,
        idto=idto,
        lastmodifiedfrom=lastmodifiedfrom,
        lastmodifiedto=lastmodifiedto,
        recipientid=recipientid,
        searchcustomform=searchcustomform,
        searchdescription=searchdescription,
        searchtitle=searchtitle,
        startdatefrom=startdatefrom,
        startdateto=startdateto,
        submitteddatefrom=submitteddatefrom,
        submitteddateto=submitteddateto,
        templateid=templateid,
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
    fields: str | Unset = "title,company,client,recipient,dates",
    apifields: str | Unset = UNSET,
    apifieldsmode: MatchMode | Unset = UNSET,
    budget: str | Unset = UNSET,
    clientid: KeywordMeAll | str | Unset = "all",
    clienttype: ProjectRequestsListClienttype | Unset = ProjectRequestsListClienttype.ALL,
    companyid: str | Unset = UNSET,
    customfields: str | Unset = UNSET,
    customfieldsmode: MatchMode | Unset = UNSET,
    divisionid: int | Unset = UNSET,
    duedatefrom: str | Unset = UNSET,
    duedateto: str | Unset = UNSET,
    idfrom: int | Unset = UNSET,
    idto: int | Unset = UNSET,
    lastmodifiedfrom: str | Unset = UNSET,
    lastmodifiedto: str | Unset = UNSET,
    recipientid: KeywordMeAll | str | Unset = "all",
    searchcustomform: str | Unset = UNSET,
    searchdescription: str | Unset = UNSET,
    searchtitle: str | Unset = UNSET,
    startdatefrom: str | Unset = UNSET,
    startdateto: str | Unset = UNSET,
    submitteddatefrom: str | Unset = UNSET,
    submitteddateto: str | Unset = UNSET,
    templateid: str | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    sortby: ProjectRequestsListSortby | Unset = ProjectRequestsListSortby.ID,
    sortorder: SortOrder | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | ErrorEnvelope | ProjectRequestList | None:
    """List project requests

     Returns the project requests the caller may see, narrowed by the filter parameters (different
    parameters combine with AND, comma lists within one parameter with OR). `fields` chooses the
    returned properties; `sortby`/`sortorder` order the rows and `pagenumber`/`pagesize` page them.

    Args:
        fields (str | Unset):  Default: 'title,company,client,recipient,dates'.
        apifields (str | Unset): `<api field id>,<text>`: rows whose API field contains the text.
            Several pairs are joined with `||`; the same field id may repeat to look for several
            values (meaningful with mode `any`). Combine with the `apifieldsmode` parameter.
        apifieldsmode (MatchMode | Unset): Whether a row must match any (`any`) or every (`all`)
            one of the listed values.
        budget (str | Unset): A number for an exact match, `gte<number>` for "greater than or
            equal", `lte<number>` for "less than or equal".
        clientid (KeywordMeAll | str | Unset): Contact ids separated by commas, optionally
            prefixed with `!` to exclude them, or `me` / `all`. Default: 'all'.
        clienttype (ProjectRequestsListClienttype | Unset):  Default:
            ProjectRequestsListClienttype.ALL.
        companyid (str | Unset): An id list (`1,2`); a leading `!` turns the filter round, so
            `!1,2` matches everything except those ids.
        customfields (str | Unset): `<custom field id>,<text>` pairs joined with `||`, matched
            against project custom fields; combine with `customfieldsmode`.
        customfieldsmode (MatchMode | Unset): Whether a row must match any (`any`) or every
            (`all`) one of the listed values.
        divisionid (int | Unset):
        duedatefrom (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        duedateto (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        idfrom (int | Unset):
        idto (int | Unset):
        lastmodifiedfrom (str | Unset): A local date and time `yyyy-mm-ddThh:mm` (ISO 8601, no
            seconds, no offset), or an age: a count followed by `n` (minutes), `h` (hours), `d`
            (days), `w` (weeks) or `m` (months) meaning "that long ago", e.g. `12h`.
        lastmodifiedto (str | Unset): A local date and time `yyyy-mm-ddThh:mm` (ISO 8601, no
            seconds, no offset), or an age: a count followed by `n` (minutes), `h` (hours), `d`
            (days), `w` (weeks) or `m` (months) meaning "that long ago", e.g. `12h`.
        recipientid (KeywordMeAll | str | Unset): Contact ids separated by commas, optionally
            prefixed with `!` to exclude them, or `me` / `all`. Default: 'all'.
        searchcustomform (str | Unset): Text to look for (case-insensitive "contains"). A leading
            `!` asks for rows that do NOT contain the text; `!` alone or an empty string is not a
            search.
        searchdescription (str | Unset): Text to look for (case-insensitive "contains"). A leading
            `!` asks for rows that do NOT contain the text; `!` alone or an empty string is not a
            search.
        searchtitle (str | Unset): Text to look for (case-insensitive "contains"). A leading `!`
            asks for rows that do NOT contain the text; `!` alone or an empty string is not a search.
        startdatefrom (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        startdateto (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        submitteddatefrom (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to
            today: a sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w`
            (three weeks ago), `+1m` (a month ahead), `+0d` (today).
        submitteddateto (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today:
            a sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        templateid (str | Unset): An id list (`1,2`); a leading `!` turns the filter round, so
            `!1,2` matches everything except those ids.
        pagenumber (int | Unset):
        pagesize (int | Unset):
        sortby (ProjectRequestsListSortby | Unset):  Default: ProjectRequestsListSortby.ID.
        sortorder (SortOrder | Unset): Sort direction: ascending (default) or descending.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorEnvelope | ProjectRequestList
    """

    return (
        await asyncio_detailed(
            client=client,
            fields=fields,
            apifields=apifields,
            apifieldsmode=apifieldsmode,
            budget=budget,
            clientid=clientid,
            clienttype=clienttype,
            companyid=companyid,
            customfields=customfields,
            customfieldsmode=customfieldsmode,
            divisionid=divisionid,
            duedatefrom=duedatefrom,
            duedateto=duedateto,
            idfrom=idfrom,
            idto=idto,
            lastmodifiedfrom=lastmodifiedfrom,
            lastmodifiedto=lastmodifiedto,
            recipientid=recipientid,
            searchcustomform=searchcustomform,
            searchdescription=searchdescription,
            searchtitle=searchtitle,
            startdatefrom=startdatefrom,
            startdateto=startdateto,
            submitteddatefrom=submitteddatefrom,
            submitteddateto=submitteddateto,
            templateid=templateid,
            pagenumber=pagenumber,
            pagesize=pagesize,
            sortby=sortby,
            sortorder=sortorder,
            if_none_match=if_none_match,
        )
    ).parsed
