from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.keyword_me import KeywordMe
from ...models.match_mode import MatchMode
from ...models.quote_list import QuoteList
from ...models.quotes_list_projectstatus import QuotesListProjectstatus
from ...models.quotes_list_sortby import QuotesListSortby
from ...models.quotes_list_status import QuotesListStatus
from ...models.quotes_list_subtotalsdateoption import QuotesListSubtotalsdateoption
from ...models.quotes_list_taxable import QuotesListTaxable
from ...models.quotes_list_type import QuotesListType
from ...models.sort_order import SortOrder
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    fields: str | Unset = "number,title,status,projectid,quoteddate,totals",
    subtotals: str | Unset = UNSET,
    subtotalsdateoption: QuotesListSubtotalsdateoption | Unset = QuotesListSubtotalsdateoption.QUOTED,
    apifields: str | Unset = UNSET,
    apifieldsmode: MatchMode | Unset = UNSET,
    approveddatefrom: str | Unset = UNSET,
    approveddateto: str | Unset = UNSET,
    companyid: str | Unset = UNSET,
    contactid: str | Unset = UNSET,
    divisionid: int | Unset = UNSET,
    grandtotal: str | Unset = UNSET,
    id: str | Unset = UNSET,
    idfrom: int | Unset = UNSET,
    idto: int | Unset = UNSET,
    lastmodifiedfrom: str | Unset = UNSET,
    lastmodifiedto: str | Unset = UNSET,
    managerid: KeywordMe | str | Unset = UNSET,
    projectcategoryid: str | Unset = UNSET,
    projectid: str | Unset = UNSET,
    projectstatus: QuotesListProjectstatus | Unset = QuotesListProjectstatus.ALL,
    quoteddatefrom: str | Unset = UNSET,
    quoteddateto: str | Unset = UNSET,
    search: str | Unset = UNSET,
    searchnumber: str | Unset = UNSET,
    searchtitle: str | Unset = UNSET,
    status: QuotesListStatus | Unset = QuotesListStatus.PENDING,
    subtotal: str | Unset = UNSET,
    taxable: QuotesListTaxable | Unset = QuotesListTaxable.ALL,
    taxtotal: str | Unset = UNSET,
    type_: QuotesListType | Unset = QuotesListType.ALL,
    validtodatefrom: str | Unset = UNSET,
    validtodateto: str | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    sortby: QuotesListSortby | Unset = QuotesListSortby.NUMBER,
    sortorder: SortOrder | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    params: dict[str, Any] = {}

    params["fields"] = fields

    params["subtotals"] = subtotals

    json_subtotalsdateoption: str | Unset = UNSET
    if not isinstance(subtotalsdateoption, Unset):
        json_subtotalsdateoption = subtotalsdateoption.value

    params["subtotalsdateoption"] = json_subtotalsdateoption

    params["apifields"] = apifields

    json_apifieldsmode: str | Unset = UNSET
    if not isinstance(apifieldsmode, Unset):
        json_apifieldsmode = apifieldsmode.value

    params["apifieldsmode"] = json_apifieldsmode

    params["approveddatefrom"] = approveddatefrom

    params["approveddateto"] = approveddateto

    params["companyid"] = companyid

    params["contactid"] = contactid

    params["divisionid"] = divisionid

    params["grandtotal"] = grandtotal

    params["id"] = id

    params["idfrom"] = idfrom

    params["idto"] = idto

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

    params["projectcategoryid"] = projectcategoryid

    params["projectid"] = projectid

    json_projectstatus: str | Unset = UNSET
    if not isinstance(projectstatus, Unset):
        json_projectstatus = projectstatus.value

    params["projectstatus"] = json_projectstatus

    params["quoteddatefrom"] = quoteddatefrom

    params["quoteddateto"] = quoteddateto

    params["search"] = search

    params["searchnumber"] = searchnumber

    params["searchtitle"] = searchtitle

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["subtotal"] = subtotal

    json_taxable: str | Unset = UNSET
    if not isinstance(taxable, Unset):
        json_taxable = taxable.value

    params["taxable"] = json_taxable

    params["taxtotal"] = taxtotal

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    params["validtodatefrom"] = validtodatefrom

    params["validtodateto"] = validtodateto

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
        "url": "/quotes",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorEnvelope | QuoteList | None:
    if response.status_code == 200:
        response_200 = QuoteList.from_dict(response.json())

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
) -> Response[Any | ErrorEnvelope | QuoteList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = "number,title,status,projectid,quoteddate,totals",
    subtotals: str | Unset = UNSET,
    subtotalsdateoption: QuotesListSubtotalsdateoption | Unset = QuotesListSubtotalsdateoption.QUOTED,
    apifields: str | Unset = UNSET,
    apifieldsmode: MatchMode | Unset = UNSET,
    approveddatefrom: str | Unset = UNSET,
    approveddateto: str | Unset = UNSET,
    companyid: str | Unset = UNSET,
    contactid: str | Unset = UNSET,
    divisionid: int | Unset = UNSET,
    grandtotal: str | Unset = UNSET,
    id: str | Unset = UNSET,
    idfrom: int | Unset = UNSET,
    idto: int | Unset = UNSET,
    lastmodifiedfrom: str | Unset = UNSET,
    lastmodifiedto: str | Unset = UNSET,
    managerid: KeywordMe | str | Unset = UNSET,
    projectcategoryid: str | Unset = UNSET,
    projectid: str | Unset = UNSET,
    projectstatus: QuotesListProjectstatus | Unset = QuotesListProjectstatus.ALL,
    quoteddatefrom: str | Unset = UNSET,
    quoteddateto: str | Unset = UNSET,
    search: str | Unset = UNSET,
    searchnumber: str | Unset = UNSET,
    searchtitle: str | Unset = UNSET,
    status: QuotesListStatus | Unset = QuotesListStatus.PENDING,
    subtotal: str | Unset = UNSET,
    taxable: QuotesListTaxable | Unset = QuotesListTaxable.ALL,
    taxtotal: str | Unset = UNSET,
    type_: QuotesListType | Unset = QuotesListType.ALL,
    validtodatefrom: str | Unset = UNSET,
    validtodateto: str | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    sortby: QuotesListSortby | Unset = QuotesListSortby.NUMBER,
    sortorder: SortOrder | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | ErrorEnvelope | QuoteList]:
    """List quotes and their totals

     Returns the quotes and their totals the caller may see, narrowed by the filter parameters (different
    parameters combine with AND, comma lists within one parameter with OR). `fields` chooses the
    returned properties; `sortby`/`sortorder` order the rows and `pagenumber`/`pagesize` page them.
    Pending quotes by default (`status`). The envelope adds `total` and, with `subtotals`, grouped sums;
    paging is not available together with `subtotals`.

    Args:
        fields (str | Unset):  Default: 'number,title,status,projectid,quoteddate,totals'.
        subtotals (str | Unset):
        subtotalsdateoption (QuotesListSubtotalsdateoption | Unset):  Default:
            QuotesListSubtotalsdateoption.QUOTED.
        apifields (str | Unset): `<api field id>,<text>`: rows whose API field contains the text.
            Several pairs are joined with `||`; the same field id may repeat to look for several
            values (meaningful with mode `any`). Combine with the `apifieldsmode` parameter.
        apifieldsmode (MatchMode | Unset): Whether a row must match any (`any`) or every (`all`)
            one of the listed values.
        approveddatefrom (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today:
            a sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        approveddateto (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        companyid (str | Unset): One id or several ids separated by commas, without spaces (`1` or
            `1,2,3`). Several ids mean "any of them".
        contactid (str | Unset): One id or several ids separated by commas, without spaces (`1` or
            `1,2,3`). Several ids mean "any of them".
        divisionid (int | Unset):
        grandtotal (str | Unset): A number for an exact match, `gte<number>` for "greater than or
            equal", `lte<number>` for "less than or equal".
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
        managerid (KeywordMe | str | Unset): An id list or the keyword `me`.
        projectcategoryid (str | Unset): One id or several ids separated by commas, without spaces
            (`1` or `1,2,3`). Several ids mean "any of them".
        projectid (str | Unset): One id or several ids separated by commas, without spaces (`1` or
            `1,2,3`). Several ids mean "any of them".
        projectstatus (QuotesListProjectstatus | Unset):  Default: QuotesListProjectstatus.ALL.
        quoteddatefrom (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        quoteddateto (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        search (str | Unset): Text to look for (case-insensitive "contains"). A leading `!` asks
            for rows that do NOT contain the text; `!` alone or an empty string is not a search.
        searchnumber (str | Unset): Text to look for (case-insensitive "contains"). A leading `!`
            asks for rows that do NOT contain the text; `!` alone or an empty string is not a search.
        searchtitle (str | Unset): Text to look for (case-insensitive "contains"). A leading `!`
            asks for rows that do NOT contain the text; `!` alone or an empty string is not a search.
        status (QuotesListStatus | Unset):  Default: QuotesListStatus.PENDING.
        subtotal (str | Unset): A number for an exact match, `gte<number>` for "greater than or
            equal", `lte<number>` for "less than or equal".
        taxable (QuotesListTaxable | Unset):  Default: QuotesListTaxable.ALL.
        taxtotal (str | Unset): A number for an exact match, `gte<number>` for "greater than or
            equal", `lte<number>` for "less than or equal".
        type_ (QuotesListType | Unset):  Default: QuotesListType.ALL.
        validtodatefrom (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today:
            a sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        validtodateto (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        pagenumber (int | Unset):
        pagesize (int | Unset):
        sortby (QuotesListSortby | Unset):  Default: QuotesListSortby.NUMBER.
        sortorder (SortOrder | Unset): Sort direction: ascending (default) or descending.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorEnvelope | QuoteList]
    """

    kwargs = _get_kwargs(
        fields=fields,
        subtotals=subtotals,
        subtotalsdateoption=subtotalsdateoption,
        apifields=apifields,
        apifieldsmode=apifieldsmode,
        approveddatefrom=approveddatefrom,
        approveddateto=approveddateto,
        companyid=companyid,
        contactid=contactid,
        divisionid=divisionid,
        grandtotal=grandtotal,
        id=id,
        idfrom=idfrom,
        idto=idto,
        lastmodifiedfrom=lastmodifiedfrom,
        lastmodifiedto=lastmodifiedto,
        managerid=managerid,
        projectcategoryid=projectcategoryid,
        projectid=projectid,
        projectstatus=projectstatus,
        quoteddatefrom=quoteddatefrom,
        quoteddateto=quoteddateto,
        search=search,
        searchnumber=searchnumber,
        searchtitle=searchtitle,
        status=status,
        subtotal=subtotal,
        taxable=taxable,
        taxtotal=taxtotal,
        type_=type_,
        validtodatefrom=validtodatefrom,
        validtodateto=validtodateto,
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
    fields: str | Unset = "number,title,status,projectid,quoteddate,totals",
    subtotals: str | Unset = UNSET,
    subtotalsdateoption: QuotesListSubtotalsdateoption | Unset = QuotesListSubtotalsdateoption.QUOTED,
    apifields: str | Unset = UNSET,
    apifieldsmode: MatchMode | Unset = UNSET,
    approveddatefrom: str | Unset = UNSET,
    approveddateto: str | Unset = UNSET,
    companyid: str | Unset = UNSET,
    contactid: str | Unset = UNSET,
    divisionid: int | Unset = UNSET,
    grandtotal: str | Unset = UNSET,
    id: str | Unset = UNSET,
    idfrom: int | Unset = UNSET,
    idto: int | Unset = UNSET,
    lastmodifiedfrom: str | Unset = UNSET,
    lastmodifiedto: str | Unset = UNSET,
    managerid: KeywordMe | str | Unset = UNSET,
    projectcategoryid: str | Unset = UNSET,
    projectid: str | Unset = UNSET,
    projectstatus: QuotesListProjectstatus | Unset = QuotesListProjectstatus.ALL,
    quoteddatefrom: str | Unset = UNSET,
    quoteddateto: str | Unset = UNSET,
    search: str | Unset = UNSET,
    searchnumber: str | Unset = UNSET,
    searchtitle: str | Unset = UNSET,
    status: QuotesListStatus | Unset = QuotesListStatus.PENDING,
    subtotal: str | Unset = UNSET,
    taxable: QuotesListTaxable | Unset = QuotesListTaxable.ALL,
    taxtotal: str | Unset = UNSET,
    type_: QuotesListType | Unset = QuotesListType.ALL,
    validtodatefrom: str | Unset = UNSET,
    validtodateto: str | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    sortby: QuotesListSortby | Unset = QuotesListSortby.NUMBER,
    sortorder: SortOrder | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | ErrorEnvelope | QuoteList | None:
    """List quotes and their totals

     Returns the quotes and their totals the caller may see, narrowed by the filter parameters (different
    parameters combine with AND, comma lists within one parameter with OR). `fields` chooses the
    returned properties; `sortby`/`sortorder` order the rows and `pagenumber`/`pagesize` page them.
    Pending quotes by default (`status`). The envelope adds `total` and, with `subtotals`, grouped sums;
    paging is not available together with `subtotals`.

    Args:
        fields (str | Unset):  Default: 'number,title,status,projectid,quoteddate,totals'.
        subtotals (str | Unset):
        subtotalsdateoption (QuotesListSubtotalsdateoption | Unset):  Default:
            QuotesListSubtotalsdateoption.QUOTED.
        apifields (str | Unset): `<api field id>,<text>`: rows whose API field contains the text.
            Several pairs are joined with `||`; the same field id may repeat to look for several
            values (meaningful with mode `any`). Combine with the `apifieldsmode` parameter.
        apifieldsmode (MatchMode | Unset): Whether a row must match any (`any`) or every (`all`)
            one of the listed values.
        approveddatefrom (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today:
            a sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        approveddateto (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        companyid (str | Unset): One id or several ids separated by commas, without spaces (`1` or
            `1,2,3`). Several ids mean "any of them".
        contactid (str | Unset): One id or several ids separated by commas, without spaces (`1` or
            `1,2,3`). Several ids mean "any of them".
        divisionid (int | Unset):
        grandtotal (str | Unset): A number for an exact match, `gte<number>` for "greater than or
            equal", `lte<number>` for "less than or equal".
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
        managerid (KeywordMe | str | Unset): An id list or the keyword `me`.
        projectcategoryid (str | Unset): One id or several ids separated by commas, without spaces
            (`1` or `1,2,3`). Several ids mean "any of them".
        projectid (str | Unset): One id or several ids separated by commas, without spaces (`1` or
            `1,2,3`). Several ids mean "any of them".
        projectstatus (QuotesListProjectstatus | Unset):  Default: QuotesListProjectstatus.ALL.
        quoteddatefrom (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        quoteddateto (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        search (str | Unset): Text to look for (case-insensitive "contains"). A leading `!` asks
            for rows that do NOT contain the text; `!` alone or an empty string is not a search.
        searchnumber (str | Unset): Text to look for (case-insensitive "contains"). A leading `!`
            asks for rows that do NOT contain the text; `!` alone or an empty string is not a search.
        searchtitle (str | Unset): Text to look for (case-insensitive "contains"). A leading `!`
            asks for rows that do NOT contain the text; `!` alone or an empty string is not a search.
        status (QuotesListStatus | Unset):  Default: QuotesListStatus.PENDING.
        subtotal (str | Unset): A number for an exact match, `gte<number>` for "greater than or
            equal", `lte<number>` for "less than or equal".
        taxable (QuotesListTaxable | Unset):  Default: QuotesListTaxable.ALL.
        taxtotal (str | Unset): A number for an exact match, `gte<number>` for "greater than or
            equal", `lte<number>` for "less than or equal".
        type_ (QuotesListType | Unset):  Default: QuotesListType.ALL.
        validtodatefrom (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today:
            a sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        validtodateto (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        pagenumber (int | Unset):
        pagesize (int | Unset):
        sortby (QuotesListSortby | Unset):  Default: QuotesListSortby.NUMBER.
        sortorder (SortOrder | Unset): Sort direction: ascending (default) or descending.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorEnvelope | QuoteList
    """

    return sync_detailed(
        client=client,
        fields=fields,
        subtotals=subtotals,
        subtotalsdateoption=subtotalsdateoption,
        apifields=apifields,
        apifieldsmode=apifieldsmode,
        approveddatefrom=approveddatefrom,
        approveddateto=approveddateto,
        companyid=companyid,
        contactid=contactid,
        divisionid=divisionid,
        grandtotal=grandtotal,
        id=id,
        idfrom=idfrom,
        idto=idto,
        lastmodifiedfrom=lastmodifiedfrom,
        lastmodifiedto=lastmodifiedto,
        managerid=managerid,
        projectcategoryid=projectcategoryid,
        projectid=projectid,
        projectstatus=projectstatus,
        quoteddatefrom=quoteddatefrom,
        quoteddateto=quoteddateto,
        search=search,
        searchnumber=searchnumber,
        searchtitle=searchtitle,
        status=status,
        subtotal=subtotal,
        taxable=taxable,
        taxtotal=taxtotal,
        type_=type_,
        validtodatefrom=validtodatefrom,
        validtodateto=validtodateto,
        pagenumber=pagenumber,
        pagesize=pagesize,
        sortby=sortby,
        sortorder=sortorder,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    fields: str | Unset = "number,title,status,projectid,quoteddate,totals",
    subtotals: str | Unset = UNSET,
    subtotalsdateoption: QuotesListSubtotalsdateoption | Unset = QuotesListSubtotalsdateoption.QUOTED,
    apifields: str | Unset = UNSET,
    apifieldsmode: MatchMode | Unset = UNSET,
    approveddatefrom: str | Unset = UNSET,
    approveddateto: str | Unset = UNSET,
    companyid: str | Unset = UNSET,
    contactid: str | Unset = UNSET,
    divisionid: int | Unset = UNSET,
    grandtotal: str | Unset = UNSET,
    id: str | Unset = UNSET,
    idfrom: int | Unset = UNSET,
    idto: int | Unset = UNSET,
    lastmodifiedfrom: str | Unset = UNSET,
    lastmodifiedto: str | Unset = UNSET,
    managerid: KeywordMe | str | Unset = UNSET,
    projectcategoryid: str | Unset = UNSET,
    projectid: str | Unset = UNSET,
    projectstatus: QuotesListProjectstatus | Unset = QuotesListProjectstatus.ALL,
    quoteddatefrom: str | Unset = UNSET,
    quoteddateto: str | Unset = UNSET,
    search: str | Unset = UNSET,
    searchnumber: str | Unset = UNSET,
    searchtitle: str | Unset = UNSET,
    status: QuotesListStatus | Unset = QuotesListStatus.PENDING,
    subtotal: str | Unset = UNSET,
    taxable: QuotesListTaxable | Unset = QuotesListTaxable.ALL,
    taxtotal: str | Unset = UNSET,
    type_: QuotesListType | Unset = QuotesListType.ALL,
    validtodatefrom: str | Unset = UNSET,
    validtodateto: str | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    sortby: QuotesListSortby | Unset = QuotesListSortby.NUMBER,
    sortorder: SortOrder | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | ErrorEnvelope | QuoteList]:
    """List quotes and their totals

     Returns the quotes and their totals the caller may see, narrowed by the filter parameters (different
    parameters combine with AND, comma lists within one parameter with OR). `fields` chooses the
    returned properties; `sortby`/`sortorder` order the rows and `pagenumber`/`pagesize` page them.
    Pending quotes by default (`status`). The envelope adds `total` and, with `subtotals`, grouped sums;
    paging is not available together with `subtotals`.

    Args:
        fields (str | Unset):  Default: 'number,title,status,projectid,quoteddate,totals'.
        subtotals (str | Unset):
        subtotalsdateoption (QuotesListSubtotalsdateoption | Unset):  Default:
            QuotesListSubtotalsdateoption.QUOTED.
        apifields (str | Unset): `<api field id>,<text>`: rows whose API field contains the text.
            Several pairs are joined with `||`; the same field id may repeat to look for several
            values (meaningful with mode `any`). Combine with the `apifieldsmode` parameter.
        apifieldsmode (MatchMode | Unset): Whether a row must match any (`any`) or every (`all`)
            one of the listed values.
        approveddatefrom (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today:
            a sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        approveddateto (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        companyid (str | Unset): One id or several ids separated by commas, without spaces (`1` or
            `1,2,3`). Several ids mean "any of them".
        contactid (str | Unset): One id or several ids separated by commas, without spaces (`1` or
            `1,2,3`). Several ids mean "any of them".
        divisionid (int | Unset):
        grandtotal (str | Unset): A number for an exact match, `gte<number>` for "greater than or
            equal", `lte<number>` for "less than or equal".
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
        managerid (KeywordMe | str | Unset): An id list or the keyword `me`.
        projectcategoryid (str | Unset): One id or several ids separated by commas, without spaces
            (`1` or `1,2,3`). Several ids mean "any of them".
        projectid (str | Unset): One id or several ids separated by commas, without spaces (`1` or
            `1,2,3`). Several ids mean "any of them".
        projectstatus (QuotesListProjectstatus | Unset):  Default: QuotesListProjectstatus.ALL.
        quoteddatefrom (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        quoteddateto (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        search (str | Unset): Text to look for (case-insensitive "contains"). A leading `!` asks
            for rows that do NOT contain the text; `!` alone or an empty string is not a search.
        searchnumber (str | Unset): Text to look for (case-insensitive "contains"). A leading `!`
            asks for rows that do NOT contain the text; `!` alone or an empty string is not a search.
        searchtitle (str | Unset): Text to look for (case-insensitive "contains"). A leading `!`
            asks for rows that do NOT contain the text; `!` alone or an empty string is not a search.
        status (QuotesListStatus | Unset):  Default: QuotesListStatus.PENDING.
        subtotal (str | Unset): A number for an exact match, `gte<number>` for "greater than or
            equal", `lte<number>` for "less than or equal".
        taxable (QuotesListTaxable | Unset):  Default: QuotesListTaxable.ALL.
        taxtotal (str | Unset): A number for an exact match, `gte<number>` for "greater than or
            equal", `lte<number>` for "less than or equal".
        type_ (QuotesListType | Unset):  Default: QuotesListType.ALL.
        validtodatefrom (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today:
            a sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        validtodateto (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        pagenumber (int | Unset):
        pagesize (int | Unset):
        sortby (QuotesListSortby | Unset):  Default: QuotesListSortby.NUMBER.
        sortorder (SortOrder | Unset): Sort direction: ascending (default) or descending.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorEnvelope | QuoteList]
    """

    kwargs = _get_kwargs(
        fields=fields,
        subtotals=subtotals,
        subtotalsdateoption=subtotalsdateoption,
        apifields=apifields,
        apifieldsmode=apifieldsmode,
        approveddatefrom=approveddatefrom,
        approveddateto=approveddateto,
        companyid=companyid,
        contactid=contactid,
        divisionid=divisionid,
        grandtotal=grandtotal,
        id=id,
        idfrom=idfrom,
        idto=idto,
        lastmodifiedfrom=lastmodifiedfrom,
        lastmodifiedto=lastmodifiedto,
        managerid=managerid,
        projectcategoryid=projectcategoryid,
        projectid=projectid,
        projectstatus=projectstatus,
        quoteddatefrom=quoteddatefrom,
        quoteddateto=quoteddateto,
        search=search,
        searchnumber=searchnumber,
        searchtitle=searchtitle,
        status=status,
        subtotal=subtotal,
        taxable=taxable,
        taxtotal=taxtotal,
        type_=type_,
        validtodatefrom=validtodatefrom,
        validtodateto=validtodateto,
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
    fields: str | Unset = "number,title,status,projectid,quoteddate,totals",
    subtotals: str | Unset = UNSET,
    subtotalsdateoption: QuotesListSubtotalsdateoption | Unset = QuotesListSubtotalsdateoption.QUOTED,
    apifields: str | Unset = UNSET,
    apifieldsmode: MatchMode | Unset = UNSET,
    approveddatefrom: str | Unset = UNSET,
    approveddateto: str | Unset = UNSET,
    companyid: str | Unset = UNSET,
    contactid: str | Unset = UNSET,
    divisionid: int | Unset = UNSET,
    grandtotal: str | Unset = UNSET,
    id: str | Unset = UNSET,
    idfrom: int | Unset = UNSET,
    idto: int | Unset = UNSET,
    lastmodifiedfrom: str | Unset = UNSET,
    lastmodifiedto: str | Unset = UNSET,
    managerid: KeywordMe | str | Unset = UNSET,
    projectcategoryid: str | Unset = UNSET,
    projectid: str | Unset = UNSET,
    projectstatus: QuotesListProjectstatus | Unset = QuotesListProjectstatus.ALL,
    quoteddatefrom: str | Unset = UNSET,
    quoteddateto: str | Unset = UNSET,
    search: str | Unset = UNSET,
    searchnumber: str | Unset = UNSET,
    searchtitle: str | Unset = UNSET,
    status: QuotesListStatus | Unset = QuotesListStatus.PENDING,
    subtotal: str | Unset = UNSET,
    taxable: QuotesListTaxable | Unset = QuotesListTaxable.ALL,
    taxtotal: str | Unset = UNSET,
    type_: QuotesListType | Unset = QuotesListType.ALL,
    validtodatefrom: str | Unset = UNSET,
    validtodateto: str | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    sortby: QuotesListSortby | Unset = QuotesListSortby.NUMBER,
    sortorder: SortOrder | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | ErrorEnvelope | QuoteList | None:
    """List quotes and their totals

     Returns the quotes and their totals the caller may see, narrowed by the filter parameters (different
    parameters combine with AND, comma lists within one parameter with OR). `fields` chooses the
    returned properties; `sortby`/`sortorder` order the rows and `pagenumber`/`pagesize` page them.
    Pending quotes by default (`status`). The envelope adds `total` and, with `subtotals`, grouped sums;
    paging is not available together with `subtotals`.

    Args:
        fields (str | Unset):  Default: 'number,title,status,projectid,quoteddate,totals'.
        subtotals (str | Unset):
        subtotalsdateoption (QuotesListSubtotalsdateoption | Unset):  Default:
            QuotesListSubtotalsdateoption.QUOTED.
        apifields (str | Unset): `<api field id>,<text>`: rows whose API field contains the text.
            Several pairs are joined with `||`; the same field id may repeat to look for several
            values (meaningful with mode `any`). Combine with the `apifieldsmode` parameter.
        apifieldsmode (MatchMode | Unset): Whether a row must match any (`any`) or every (`all`)
            one of the listed values.
        approveddatefrom (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today:
            a sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        approveddateto (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        companyid (str | Unset): One id or several ids separated by commas, without spaces (`1` or
            `1,2,3`). Several ids mean "any of them".
        contactid (str | Unset): One id or several ids separated by commas, without spaces (`1` or
            `1,2,3`). Several ids mean "any of them".
        divisionid (int | Unset):
        grandtotal (str | Unset): A number for an exact match, `gte<number>` for "greater than or
            equal", `lte<number>` for "less than or equal".
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
        managerid (KeywordMe | str | Unset): An id list or the keyword `me`.
        projectcategoryid (str | Unset): One id or several ids separated by commas, without spaces
            (`1` or `1,2,3`). Several ids mean "any of them".
        projectid (str | Unset): One id or several ids separated by commas, without spaces (`1` or
            `1,2,3`). Several ids mean "any of them".
        projectstatus (QuotesListProjectstatus | Unset):  Default: QuotesListProjectstatus.ALL.
        quoteddatefrom (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        quoteddateto (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        search (str | Unset): Text to look for (case-insensitive "contains"). A leading `!` asks
            for rows that do NOT contain the text; `!` alone or an empty string is not a search.
        searchnumber (str | Unset): Text to look for (case-insensitive "contains"). A leading `!`
            asks for rows that do NOT contain the text; `!` alone or an empty string is not a search.
        searchtitle (str | Unset): Text to look for (case-insensitive "contains"). A leading `!`
            asks for rows that do NOT contain the text; `!` alone or an empty string is not a search.
        status (QuotesListStatus | Unset):  Default: QuotesListStatus.PENDING.
        subtotal (str | Unset): A number for an exact match, `gte<number>` for "greater than or
            equal", `lte<number>` for "less than or equal".
        taxable (QuotesListTaxable | Unset):  Default: QuotesListTaxable.ALL.
        taxtotal (str | Unset): A number for an exact match, `gte<number>` for "greater than or
            equal", `lte<number>` for "less than or equal".
        type_ (QuotesListType | Unset):  Default: QuotesListType.ALL.
        validtodatefrom (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today:
            a sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        validtodateto (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        pagenumber (int | Unset):
        pagesize (int | Unset):
        sortby (QuotesListSortby | Unset):  Default: QuotesListSortby.NUMBER.
        sortorder (SortOrder | Unset): Sort direction: ascending (default) or descending.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorEnvelope | QuoteList
    """

    return (
        await asyncio_detailed(
            client=client,
            fields=fields,
            subtotals=subtotals,
            subtotalsdateoption=subtotalsdateoption,
            apifields=apifields,
            apifieldsmode=apifieldsmode,
            approveddatefrom=approveddatefrom,
            approveddateto=approveddateto,
            companyid=companyid,
            contactid=contactid,
            divisionid=divisionid,
            grandtotal=grandtotal,
            id=id,
            idfrom=idfrom,
            idto=idto,
            lastmodifiedfrom=lastmodifiedfrom,
            lastmodifiedto=lastmodifiedto,
            managerid=managerid,
            projectcategoryid=projectcategoryid,
            projectid=projectid,
            projectstatus=projectstatus,
            quoteddatefrom=quoteddatefrom,
            quoteddateto=quoteddateto,
            search=search,
            searchnumber=searchnumber,
            searchtitle=searchtitle,
            status=status,
            subtotal=subtotal,
            taxable=taxable,
            taxtotal=taxtotal,
            type_=type_,
            validtodatefrom=validtodatefrom,
            validtodateto=validtodateto,
            pagenumber=pagenumber,
            pagesize=pagesize,
            sortby=sortby,
            sortorder=sortorder,
            if_none_match=if_none_match,
        )
    ).parsed
