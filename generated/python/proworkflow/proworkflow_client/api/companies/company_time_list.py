from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.company_time_list_billable import CompanyTimeListBillable
from ...models.company_time_list_sortby import CompanyTimeListSortby
from ...models.error_envelope import ErrorEnvelope
from ...models.keyword_me_all import KeywordMeAll
from ...models.match_mode import MatchMode
from ...models.sort_order import SortOrder
from ...models.time_record_list import TimeRecordList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    companyid: int,
    *,
    trackedfrom: str | Unset = "-6d",
    trackedto: str | Unset = "+0d",
    fields: str | Unset = UNSET,
    subtotals: str | Unset = UNSET,
    apifields: str | Unset = UNSET,
    apifieldsmode: MatchMode | Unset = UNSET,
    billable: CompanyTimeListBillable | Unset = CompanyTimeListBillable.ALL,
    categoryid: str | Unset = UNSET,
    contacts: KeywordMeAll | str | Unset = "all",
    generaltasks: bool | Unset = True,
    idfrom: int | Unset = UNSET,
    idto: int | Unset = UNSET,
    lastmodifiedfrom: str | Unset = UNSET,
    lastmodifiedto: str | Unset = UNSET,
    projectcompletedatefrom: str | Unset = UNSET,
    projectcompletedateto: str | Unset = UNSET,
    projectduedatefrom: str | Unset = UNSET,
    projectduedateto: str | Unset = UNSET,
    projectid: str | Unset = UNSET,
    projectstartdatefrom: str | Unset = UNSET,
    projectstartdateto: str | Unset = UNSET,
    projecttasks: bool | Unset = True,
    taskcompletedatefrom: str | Unset = UNSET,
    taskcompletedateto: str | Unset = UNSET,
    taskduedatefrom: str | Unset = UNSET,
    taskduedateto: str | Unset = UNSET,
    taskid: str | Unset = UNSET,
    taskstartdatefrom: str | Unset = UNSET,
    taskstartdateto: str | Unset = UNSET,
    sortby: CompanyTimeListSortby | Unset = CompanyTimeListSortby.ID,
    sortorder: SortOrder | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    params: dict[str, Any] = {}

    params["trackedfrom"] = trackedfrom

    params["trackedto"] = trackedto

    params["fields"] = fields

    params["subtotals"] = subtotals

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

    json_contacts: str | Unset
    if isinstance(contacts, Unset):
        json_contacts = UNSET
    elif isinstance(contacts, KeywordMeAll):
        json_contacts = contacts.value
    else:
        json_contacts = contacts
    params["contacts"] = json_contacts

    params["generaltasks"] = generaltasks

    params["idfrom"] = idfrom

    params["idto"] = idto

    params["lastmodifiedfrom"] = lastmodifiedfrom

    params["lastmodifiedto"] = lastmodifiedto

    params["projectcompletedatefrom"] = projectcompletedatefrom

    params["projectcompletedateto"] = projectcompletedateto

    params["projectduedatefrom"] = projectduedatefrom

    params["projectduedateto"] = projectduedateto

    params["projectid"] = projectid

    params["projectstartdatefrom"] = projectstartdatefrom

    params["projectstartdateto"] = projectstartdateto

    params["projecttasks"] = projecttasks

    params["taskcompletedatefrom"] = taskcompletedatefrom

    params["taskcompletedateto"] = taskcompletedateto

    params["taskduedatefrom"] = taskduedatefrom

    params["taskduedateto"] = taskduedateto

    params["taskid"] = taskid

    params["taskstartdatefrom"] = taskstartdatefrom

    params["taskstartdateto"] = taskstartdateto

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
        "url": "/companies/{companyid}/time".format(
            companyid=quote(str(companyid), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorEnvelope | TimeRecordList | None:
    if response.status_code == 200:
        response_200 = TimeRecordList.from_dict(response.json())

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
) -> Response[Any | ErrorEnvelope | TimeRecordList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    companyid: int,
    *,
    client: AuthenticatedClient | Client,
    trackedfrom: str | Unset = "-6d",
    trackedto: str | Unset = "+0d",
    fields: str | Unset = UNSET,
    subtotals: str | Unset = UNSET,
    apifields: str | Unset = UNSET,
    apifieldsmode: MatchMode | Unset = UNSET,
    billable: CompanyTimeListBillable | Unset = CompanyTimeListBillable.ALL,
    categoryid: str | Unset = UNSET,
    contacts: KeywordMeAll | str | Unset = "all",
    generaltasks: bool | Unset = True,
    idfrom: int | Unset = UNSET,
    idto: int | Unset = UNSET,
    lastmodifiedfrom: str | Unset = UNSET,
    lastmodifiedto: str | Unset = UNSET,
    projectcompletedatefrom: str | Unset = UNSET,
    projectcompletedateto: str | Unset = UNSET,
    projectduedatefrom: str | Unset = UNSET,
    projectduedateto: str | Unset = UNSET,
    projectid: str | Unset = UNSET,
    projectstartdatefrom: str | Unset = UNSET,
    projectstartdateto: str | Unset = UNSET,
    projecttasks: bool | Unset = True,
    taskcompletedatefrom: str | Unset = UNSET,
    taskcompletedateto: str | Unset = UNSET,
    taskduedatefrom: str | Unset = UNSET,
    taskduedateto: str | Unset = UNSET,
    taskid: str | Unset = UNSET,
    taskstartdatefrom: str | Unset = UNSET,
    taskstartdateto: str | Unset = UNSET,
    sortby: CompanyTimeListSortby | Unset = CompanyTimeListSortby.ID,
    sortorder: SortOrder | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | ErrorEnvelope | TimeRecordList]:
    """List time tracked for a company

     Returns the time tracked for a company the caller may see, narrowed by the filter parameters
    (different parameters combine with AND, comma lists within one parameter with OR). `fields` chooses
    the returned properties; `sortby`/`sortorder` order the rows and `pagenumber`/`pagesize` page them.
    The period (`trackedfrom`/`trackedto`) defaults to the last seven days. The answer carries `total`
    (minutes) and optional `subtotals`. Vendor-doc correction: the reference lists `trackedfrom` and
    `trackedto` as required while documenting their defaults (`-6d`, `+0d`); both are optional. Vendor-
    doc correction: section headed "View Time Tracked by a Contact" inside the Companies group; this
    document assumes GET /companies/{companyid}/time (time tracked for a company).

    Args:
        companyid (int):
        trackedfrom (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today). Default: '-6d'.
        trackedto (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today). Default: '+0d'.
        fields (str | Unset):
        subtotals (str | Unset):
        apifields (str | Unset): `<api field id>,<text>`: rows whose API field contains the text.
            Several pairs are joined with `||`; the same field id may repeat to look for several
            values (meaningful with mode `any`). Combine with the `apifieldsmode` parameter.
        apifieldsmode (MatchMode | Unset): Whether a row must match any (`any`) or every (`all`)
            one of the listed values.
        billable (CompanyTimeListBillable | Unset):  Default: CompanyTimeListBillable.ALL.
        categoryid (str | Unset): One id or several ids separated by commas, without spaces (`1`
            or `1,2,3`). Several ids mean "any of them".
        contacts (KeywordMeAll | str | Unset): Contact ids separated by commas, or `me` (the
            caller) or `all`. Used both as a filter and as an assignment list in request bodies, where
            it is always a comma string and never a JSON array (an array makes the service fail with
            HTTP 500). Default: 'all'.
        generaltasks (bool | Unset):  Default: True.
        idfrom (int | Unset):
        idto (int | Unset):
        lastmodifiedfrom (str | Unset): A local date and time `yyyy-mm-ddThh:mm` (ISO 8601, no
            seconds, no offset), or an age: a count followed by `n` (minutes), `h` (hours), `d`
            (days), `w` (weeks) or `m` (months) meaning "that long ago", e.g. `12h`.
        lastmodifiedto (str | Unset): A local date and time `yyyy-mm-ddThh:mm` (ISO 8601, no
            seconds, no offset), or an age: a count followed by `n` (minutes), `h` (hours), `d`
            (days), `w` (weeks) or `m` (months) meaning "that long ago", e.g. `12h`.
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
        projectid (str | Unset): One id or several ids separated by commas, without spaces (`1` or
            `1,2,3`). Several ids mean "any of them".
        projectstartdatefrom (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to
            today: a sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w`
            (three weeks ago), `+1m` (a month ahead), `+0d` (today).
        projectstartdateto (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to
            today: a sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w`
            (three weeks ago), `+1m` (a month ahead), `+0d` (today).
        projecttasks (bool | Unset):  Default: True.
        taskcompletedatefrom (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to
            today: a sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w`
            (three weeks ago), `+1m` (a month ahead), `+0d` (today).
        taskcompletedateto (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to
            today: a sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w`
            (three weeks ago), `+1m` (a month ahead), `+0d` (today).
        taskduedatefrom (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today:
            a sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        taskduedateto (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        taskid (str | Unset): One id or several ids separated by commas, without spaces (`1` or
            `1,2,3`). Several ids mean "any of them".
        taskstartdatefrom (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to
            today: a sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w`
            (three weeks ago), `+1m` (a month ahead), `+0d` (today).
        taskstartdateto (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today:
            a sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        sortby (CompanyTimeListSortby | Unset):  Default: CompanyTimeListSortby.ID.
        sortorder (SortOrder | Unset): Sort direction: ascending (default) or descending.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorEnvelope | TimeRecordList]
    """

    kwargs = _get_kwargs(
        companyid=companyid,
        trackedfrom=trackedfrom,
        trackedto=trackedto,
        fields=fields,
        subtotals=subtotals,
        apifields=apifields,
        apifieldsmode=apifieldsmode,
        billable=billable,
        categoryid=categoryid,
        contacts=contacts,
        generaltasks=generaltasks,
        idfrom=idfrom,
        idto=idto,
        lastmodifiedfrom=lastmodifiedfrom,
        lastmodifiedto=lastmodifiedto,
        projectcompletedatefrom=projectcompletedatefrom,
        projectcompletedateto=projectcompletedateto,
        projectduedatefrom=projectduedatefrom,
        projectduedateto=projectduedateto,
        projectid=projectid,
        projectstartdatefrom=projectstartdatefrom,
        projectstartdateto=projectstartdateto,
        projecttasks=projecttasks,
        taskcompletedatefrom=taskcompletedatefrom,
        taskcompletedateto=taskcompletedateto,
        taskduedatefrom=taskduedatefrom,
        taskduedateto=taskduedateto,
        taskid=taskid,
        taskstartdatefrom=taskstartdatefrom,
        taskstartdateto=taskstartdateto,
        sortby=sortby,
        sortorder=sortorder,
        if_none_match=if_none_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    companyid: int,
    *,
    client: AuthenticatedClient | Client,
    trackedfrom: str | Unset = "-6d",
    trackedto: str | Unset = "+0d",
    fields: str | Unset = UNSET,
    subtotals: str | Unset = UNSET,
    apifields: str | Unset = UNSET,
    apifieldsmode: MatchMode | Unset = UNSET,
    billable: CompanyTimeListBillable | Unset = CompanyTimeListBillable.ALL,
    categoryid: str | Unset = UNSET,
    contacts: KeywordMeAll | str | Unset = "all",
    generaltasks: bool | Unset = True,
    idfrom: int | Unset = UNSET,
    idto: int | Unset = UNSET,
    lastmodifiedfrom: str | Unset = UNSET,
    lastmodifiedto: str | Unset = UNSET,
    projectcompletedatefrom: str | Unset = UNSET,
    projectcompletedateto: str | Unset = UNSET,
    projectduedatefrom: str | Unset = UNSET,
    projectduedateto: str | Unset = UNSET,
    projectid: str | Unset = UNSET,
    projectstartdatefrom: str | Unset = UNSET,
    projectstartdateto: str | Unset = UNSET,
    projecttasks: bool | Unset = True,
    taskcompletedatefrom: str | Unset = UNSET,
    taskcompletedateto: str | Unset = UNSET,
    taskduedatefrom: str | Unset = UNSET,
    taskduedateto: str | Unset = UNSET,
    taskid: str | Unset = UNSET,
    taskstartdatefrom: str | Unset = UNSET,
    taskstartdateto: str | Unset = UNSET,
    sortby: CompanyTimeListSortby | Unset = CompanyTimeListSortby.ID,
    sortorder: SortOrder | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | ErrorEnvelope | TimeRecordList | None:
    """List time tracked for a company

     Returns the time tracked for a company the caller may see, narrowed by the filter parameters
    (different parameters combine with AND, comma lists within one parameter with OR). `fields` chooses
    the returned properties; `sortby`/`sortorder` order the rows and `pagenumber`/`pagesize` page them.
    The period (`trackedfrom`/`trackedto`) defaults to the last seven days. The answer carries `total`
    (minutes) and optional `subtotals`. Vendor-doc correction: the reference lists `trackedfrom` and
    `trackedto` as required while documenting their defaults (`-6d`, `+0d`); both are optional. Vendor-
    doc correction: section headed "View Time Tracked by a Contact" inside the Companies group; this
    document assumes GET /companies/{companyid}/time (time tracked for a company).

    Args:
        companyid (int):
        trackedfrom (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today). Default: '-6d'.
        trackedto (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today). Default: '+0d'.
        fields (str | Unset):
        subtotals (str | Unset):
        apifields (str | Unset): `<api field id>,<text>`: rows whose API field contains the text.
            Several pairs are joined with `||`; the same field id may repeat to look for several
            values (meaningful with mode `any`). Combine with the `apifieldsmode` parameter.
        apifieldsmode (MatchMode | Unset): Whether a row must match any (`any`) or every (`all`)
            one of the listed values.
        billable (CompanyTimeListBillable | Unset):  Default: CompanyTimeListBillable.ALL.
        categoryid (str | Unset): One id or several ids separated by commas, without spaces (`1`
            or `1,2,3`). Several ids mean "any of them".
        contacts (KeywordMeAll | str | Unset): Contact ids separated by commas, or `me` (the
            caller) or `all`. Used both as a filter and as an assignment list in request bodies, where
            it is always a comma string and never a JSON array (an array makes the service fail with
            HTTP 500). Default: 'all'.
        generaltasks (bool | Unset):  Default: True.
        idfrom (int | Unset):
        idto (int | Unset):
        lastmodifiedfrom (str | Unset): A local date and time `yyyy-mm-ddThh:mm` (ISO 8601, no
            seconds, no offset), or an age: a count followed by `n` (minutes), `h` (hours), `d`
            (days), `w` (weeks) or `m` (months) meaning "that long ago", e.g. `12h`.
        lastmodifiedto (str | Unset): A local date and time `yyyy-mm-ddThh:mm` (ISO 8601, no
            seconds, no offset), or an age: a count followed by `n` (minutes), `h` (hours), `d`
            (days), `w` (weeks) or `m` (months) meaning "that long ago", e.g. `12h`.
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
        projectid (str | Unset): One id or several ids separated by commas, without spaces (`1` or
            `1,2,3`). Several ids mean "any of them".
        projectstartdatefrom (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to
            today: a sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w`
            (three weeks ago), `+1m` (a month ahead), `+0d` (today).
        projectstartdateto (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to
            today: a sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w`
            (three weeks ago), `+1m` (a month ahead), `+0d` (today).
        projecttasks (bool | Unset):  Default: True.
        taskcompletedatefrom (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to
            today: a sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w`
            (three weeks ago), `+1m` (a month ahead), `+0d` (today).
        taskcompletedateto (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to
            today: a sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w`
            (three weeks ago), `+1m` (a month ahead), `+0d` (today).
        taskduedatefrom (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today:
            a sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        taskduedateto (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        taskid (str | Unset): One id or several ids separated by commas, without spaces (`1` or
            `1,2,3`). Several ids mean "any of them".
        taskstartdatefrom (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to
            today: a sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w`
            (three weeks ago), `+1m` (a month ahead), `+0d` (today).
        taskstartdateto (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today:
            a sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        sortby (CompanyTimeListSortby | Unset):  Default: CompanyTimeListSortby.ID.
        sortorder (SortOrder | Unset): Sort direction: ascending (default) or descending.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorEnvelope | TimeRecordList
    """

    return sync_detailed(
        companyid=companyid,
        client=client,
        trackedfrom=trackedfrom,
        trackedto=trackedto,
        fields=fields,
        subtotals=subtotals,
        apifields=apifields,
        apifieldsmode=apifieldsmode,
        billable=billable,
        categoryid=categoryid,
        contacts=contacts,
        generaltasks=generaltasks,
        idfrom=idfrom,
        idto=idto,
        lastmodifiedfrom=lastmodifiedfrom,
        lastmodifiedto=lastmodifiedto,
        projectcompletedatefrom=projectcompletedatefrom,
        projectcompletedateto=projectcompletedateto,
        projectduedatefrom=projectduedatefrom,
        projectduedateto=projectduedateto,
        projectid=projectid,
        projectstartdatefrom=projectstartdatefrom,
        projectstartdateto=projectstartdateto,
        projecttasks=projecttasks,
        taskcompletedatefrom=taskcompletedatefrom,
        taskcompletedateto=taskcompletedateto,
        taskduedatefrom=taskduedatefrom,
        taskduedateto=taskduedateto,
        taskid=taskid,
        taskstartdatefrom=taskstartdatefrom,
        taskstartdateto=taskstartdateto,
        sortby=sortby,
        sortorder=sortorder,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    companyid: int,
    *,
    client: AuthenticatedClient | Client,
    trackedfrom: str | Unset = "-6d",
    trackedto: str | Unset = "+0d",
    fields: str | Unset = UNSET,
    subtotals: str | Unset = UNSET,
    apifields: str | Unset = UNSET,
    apifieldsmode: MatchMode | Unset = UNSET,
    billable: CompanyTimeListBillable | Unset = CompanyTimeListBillable.ALL,
    categoryid: str | Unset = UNSET,
    contacts: KeywordMeAll | str | Unset = "all",
    generaltasks: bool | Unset = True,
    idfrom: int | Unset = UNSET,
    idto: int | Unset = UNSET,
    lastmodifiedfrom: str | Unset = UNSET,
    lastmodifiedto: str | Unset = UNSET,
    projectcompletedatefrom: str | Unset = UNSET,
    projectcompletedateto: str | Unset = UNSET,
    projectduedatefrom: str | Unset = UNSET,
    projectduedateto: str | Unset = UNSET,
    projectid: str | Unset = UNSET,
    projectstartdatefrom: str | Unset = UNSET,
    projectstartdateto: str | Unset = UNSET,
    projecttasks: bool | Unset = True,
    taskcompletedatefrom: str | Unset = UNSET,
    taskcompletedateto: str | Unset = UNSET,
    taskduedatefrom: str | Unset = UNSET,
    taskduedateto: str | Unset = UNSET,
    taskid: str | Unset = UNSET,
    taskstartdatefrom: str | Unset = UNSET,
    taskstartdateto: str | Unset = UNSET,
    sortby: CompanyTimeListSortby | Unset = CompanyTimeListSortby.ID,
    sortorder: SortOrder | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | ErrorEnvelope | TimeRecordList]:
    """List time tracked for a company

     Returns the time tracked for a company the caller may see, narrowed by the filter parameters
    (different parameters combine with AND, comma lists within one parameter with OR). `fields` chooses
    the returned properties; `sortby`/`sortorder` order the rows and `pagenumber`/`pagesize` page them.
    The period (`trackedfrom`/`trackedto`) defaults to the last seven days. The answer carries `total`
    (minutes) and optional `subtotals`. Vendor-doc correction: the reference lists `trackedfrom` and
    `trackedto` as required while documenting their defaults (`-6d`, `+0d`); both are optional. Vendor-
    doc correction: section headed "View Time Tracked by a Contact" inside the Companies group; this
    document assumes GET /companies/{companyid}/time (time tracked for a company).

    Args:
        companyid (int):
        trackedfrom (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today). Default: '-6d'.
        trackedto (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today). Default: '+0d'.
        fields (str | Unset):
        subtotals (str | Unset):
        apifields (str | Unset): `<api field id>,<text>`: rows whose API field contains the text.
            Several pairs are joined with `||`; the same field id may repeat to look for several
            values (meaningful with mode `any`). Combine with the `apifieldsmode` parameter.
        apifieldsmode (MatchMode | Unset): Whether a row must match any (`any`) or every (`all`)
            one of the listed values.
        billable (CompanyTimeListBillable | Unset):  Default: CompanyTimeListBillable.ALL.
        categoryid (str | Unset): One id or several ids separated by commas, without spaces (`1`
            or `1,2,3`). Several ids mean "any of them".
        contacts (KeywordMeAll | str | Unset): Contact ids separated by commas, or `me` (the
            caller) or `all`. Used both as a filter and as an assignment list in request bodies, where
            it is always a comma string and never a JSON array (an array makes the service fail with
            HTTP 500). Default: 'all'.
        generaltasks (bool | Unset):  Default: True.
        idfrom (int | Unset):
        idto (int | Unset):
        lastmodifiedfrom (str | Unset): A local date and time `yyyy-mm-ddThh:mm` (ISO 8601, no
            seconds, no offset), or an age: a count followed by `n` (minutes), `h` (hours), `d`
            (days), `w` (weeks) or `m` (months) meaning "that long ago", e.g. `12h`.
        lastmodifiedto (str | Unset): A local date and time `yyyy-mm-ddThh:mm` (ISO 8601, no
            seconds, no offset), or an age: a count followed by `n` (minutes), `h` (hours), `d`
            (days), `w` (weeks) or `m` (months) meaning "that long ago", e.g. `12h`.
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
        projectid (str | Unset): One id or several ids separated by commas, without spaces (`1` or
            `1,2,3`). Several ids mean "any of them".
        projectstartdatefrom (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to
            today: a sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w`
            (three weeks ago), `+1m` (a month ahead), `+0d` (today).
        projectstartdateto (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to
            today: a sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w`
            (three weeks ago), `+1m` (a month ahead), `+0d` (today).
        projecttasks (bool | Unset):  Default: True.
        taskcompletedatefrom (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to
            today: a sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w`
            (three weeks ago), `+1m` (a month ahead), `+0d` (today).
        taskcompletedateto (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to
            today: a sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w`
            (three weeks ago), `+1m` (a month ahead), `+0d` (today).
        taskduedatefrom (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today:
            a sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        taskduedateto (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        taskid (str | Unset): One id or several ids separated by commas, without spaces (`1` or
            `1,2,3`). Several ids mean "any of them".
        taskstartdatefrom (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to
            today: a sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w`
            (three weeks ago), `+1m` (a month ahead), `+0d` (today).
        taskstartdateto (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today:
            a sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        sortby (CompanyTimeListSortby | Unset):  Default: CompanyTimeListSortby.ID.
        sortorder (SortOrder | Unset): Sort direction: ascending (default) or descending.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorEnvelope | TimeRecordList]
    """

    kwargs = _get_kwargs(
        companyid=companyid,
        trackedfrom=trackedfrom,
        trackedto=trackedto,
        fields=fields,
        subtotals=subtotals,
        apifields=apifields,
        apifieldsmode=apifieldsmode,
        billable=billable,
        categoryid=categoryid,
        contacts=contacts,
        generaltasks=generaltasks,
        idfrom=idfrom,
        idto=idto,
        lastmodifiedfrom=lastmodifiedfrom,
        lastmodifiedto=lastmodifiedto,
        projectcompletedatefrom=projectcompletedatefrom,
        projectcompletedateto=projectcompletedateto,
        projectduedatefrom=projectduedatefrom,
        projectduedateto=projectduedateto,
        projectid=projectid,
        projectstartdatefrom=projectstartdatefrom,
        projectstartdateto=projectstartdateto,
        projecttasks=projecttasks,
        taskcompletedatefrom=taskcompletedatefrom,
        taskcompletedateto=taskcompletedateto,
        taskduedatefrom=taskduedatefrom,
        taskduedateto=taskduedateto,
        taskid=taskid,
        taskstartdatefrom=taskstartdatefrom,
        taskstartdateto=taskstartdateto,
        sortby=sortby,
        sortorder=sortorder,
        if_none_match=if_none_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    companyid: int,
    *,
    client: AuthenticatedClient | Client,
    trackedfrom: str | Unset = "-6d",
    trackedto: str | Unset = "+0d",
    fields: str | Unset = UNSET,
    subtotals: str | Unset = UNSET,
    apifields: str | Unset = UNSET,
    apifieldsmode: MatchMode | Unset = UNSET,
    billable: CompanyTimeListBillable | Unset = CompanyTimeListBillable.ALL,
    categoryid: str | Unset = UNSET,
    contacts: KeywordMeAll | str | Unset = "all",
    generaltasks: bool | Unset = True,
    idfrom: int | Unset = UNSET,
    idto: int | Unset = UNSET,
    lastmodifiedfrom: str | Unset = UNSET,
    lastmodifiedto: str | Unset = UNSET,
    projectcompletedatefrom: str | Unset = UNSET,
    projectcompletedateto: str | Unset = UNSET,
    projectduedatefrom: str | Unset = UNSET,
    projectduedateto: str | Unset = UNSET,
    projectid: str | Unset = UNSET,
    projectstartdatefrom: str | Unset = UNSET,
    projectstartdateto: str | Unset = UNSET,
    projecttasks: bool | Unset = True,
    taskcompletedatefrom: str | Unset = UNSET,
    taskcompletedateto: str | Unset = UNSET,
    taskduedatefrom: str | Unset = UNSET,
    taskduedateto: str | Unset = UNSET,
    taskid: str | Unset = UNSET,
    taskstartdatefrom: str | Unset = UNSET,
    taskstartdateto: str | Unset = UNSET,
    sortby: CompanyTimeListSortby | Unset = CompanyTimeListSortby.ID,
    sortorder: SortOrder | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | ErrorEnvelope | TimeRecordList | None:
    """List time tracked for a company

     Returns the time tracked for a company the caller may see, narrowed by the filter parameters
    (different parameters combine with AND, comma lists within one parameter with OR). `fields` chooses
    the returned properties; `sortby`/`sortorder` order the rows and `pagenumber`/`pagesize` page them.
    The period (`trackedfrom`/`trackedto`) defaults to the last seven days. The answer carries `total`
    (minutes) and optional `subtotals`. Vendor-doc correction: the reference lists `trackedfrom` and
    `trackedto` as required while documenting their defaults (`-6d`, `+0d`); both are optional. Vendor-
    doc correction: section headed "View Time Tracked by a Contact" inside the Companies group; this
    document assumes GET /companies/{companyid}/time (time tracked for a company).

    Args:
        companyid (int):
        trackedfrom (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today). Default: '-6d'.
        trackedto (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today). Default: '+0d'.
        fields (str | Unset):
        subtotals (str | Unset):
        apifields (str | Unset): `<api field id>,<text>`: rows whose API field contains the text.
            Several pairs are joined with `||`; the same field id may repeat to look for several
            values (meaningful with mode `any`). Combine with the `apifieldsmode` parameter.
        apifieldsmode (MatchMode | Unset): Whether a row must match any (`any`) or every (`all`)
            one of the listed values.
        billable (CompanyTimeListBillable | Unset):  Default: CompanyTimeListBillable.ALL.
        categoryid (str | Unset): One id or several ids separated by commas, without spaces (`1`
            or `1,2,3`). Several ids mean "any of them".
        contacts (KeywordMeAll | str | Unset): Contact ids separated by commas, or `me` (the
            caller) or `all`. Used both as a filter and as an assignment list in request bodies, where
            it is always a comma string and never a JSON array (an array makes the service fail with
            HTTP 500). Default: 'all'.
        generaltasks (bool | Unset):  Default: True.
        idfrom (int | Unset):
        idto (int | Unset):
        lastmodifiedfrom (str | Unset): A local date and time `yyyy-mm-ddThh:mm` (ISO 8601, no
            seconds, no offset), or an age: a count followed by `n` (minutes), `h` (hours), `d`
            (days), `w` (weeks) or `m` (months) meaning "that long ago", e.g. `12h`.
        lastmodifiedto (str | Unset): A local date and time `yyyy-mm-ddThh:mm` (ISO 8601, no
            seconds, no offset), or an age: a count followed by `n` (minutes), `h` (hours), `d`
            (days), `w` (weeks) or `m` (months) meaning "that long ago", e.g. `12h`.
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
        projectid (str | Unset): One id or several ids separated by commas, without spaces (`1` or
            `1,2,3`). Several ids mean "any of them".
        projectstartdatefrom (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to
            today: a sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w`
            (three weeks ago), `+1m` (a month ahead), `+0d` (today).
        projectstartdateto (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to
            today: a sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w`
            (three weeks ago), `+1m` (a month ahead), `+0d` (today).
        projecttasks (bool | Unset):  Default: True.
        taskcompletedatefrom (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to
            today: a sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w`
            (three weeks ago), `+1m` (a month ahead), `+0d` (today).
        taskcompletedateto (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to
            today: a sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w`
            (three weeks ago), `+1m` (a month ahead), `+0d` (today).
        taskduedatefrom (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today:
            a sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        taskduedateto (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        taskid (str | Unset): One id or several ids separated by commas, without spaces (`1` or
            `1,2,3`). Several ids mean "any of them".
        taskstartdatefrom (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to
            today: a sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w`
            (three weeks ago), `+1m` (a month ahead), `+0d` (today).
        taskstartdateto (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today:
            a sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        sortby (CompanyTimeListSortby | Unset):  Default: CompanyTimeListSortby.ID.
        sortorder (SortOrder | Unset): Sort direction: ascending (default) or descending.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorEnvelope | TimeRecordList
    """

    return (
        await asyncio_detailed(
            companyid=companyid,
            client=client,
            trackedfrom=trackedfrom,
            trackedto=trackedto,
            fields=fields,
            subtotals=subtotals,
            apifields=apifields,
            apifieldsmode=apifieldsmode,
            billable=billable,
            categoryid=categoryid,
            contacts=contacts,
            generaltasks=generaltasks,
            idfrom=idfrom,
            idto=idto,
            lastmodifiedfrom=lastmodifiedfrom,
            lastmodifiedto=lastmodifiedto,
            projectcompletedatefrom=projectcompletedatefrom,
            projectcompletedateto=projectcompletedateto,
            projectduedatefrom=projectduedatefrom,
            projectduedateto=projectduedateto,
            projectid=projectid,
            projectstartdatefrom=projectstartdatefrom,
            projectstartdateto=projectstartdateto,
            projecttasks=projecttasks,
            taskcompletedatefrom=taskcompletedatefrom,
            taskcompletedateto=taskcompletedateto,
            taskduedatefrom=taskduedatefrom,
            taskduedateto=taskduedateto,
            taskid=taskid,
            taskstartdatefrom=taskstartdatefrom,
            taskstartdateto=taskstartdateto,
            sortby=sortby,
            sortorder=sortorder,
            if_none_match=if_none_match,
        )
    ).parsed
