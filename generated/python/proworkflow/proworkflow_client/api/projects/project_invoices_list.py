from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.invoice_list import InvoiceList
from ...models.keyword_me import KeywordMe
from ...models.match_mode import MatchMode
from ...models.project_invoices_list_projectstatus import ProjectInvoicesListProjectstatus
from ...models.project_invoices_list_sortby import ProjectInvoicesListSortby
from ...models.project_invoices_list_status import ProjectInvoicesListStatus
from ...models.project_invoices_list_subtotalsdateoption import ProjectInvoicesListSubtotalsdateoption
from ...models.project_invoices_list_taxable import ProjectInvoicesListTaxable
from ...models.sort_order import SortOrder
from ...types import UNSET, Response, Unset


def _get_kwargs(
    projectid: int,
    *,
    fields: str | Unset = "number,title,company,status,totals,projectid,invoiceddate,duedate",
    subtotals: str | Unset = UNSET,
    subtotalsdateoption: ProjectInvoicesListSubtotalsdateoption
    | Unset = ProjectInvoicesListSubtotalsdateoption.INVOICED,
    apifields: str | Unset = UNSET,
    apifieldsmode: MatchMode | Unset = UNSET,
    companyid: str | Unset = UNSET,
    divisionid: int | Unset = UNSET,
    duedatefrom: str | Unset = UNSET,
    duedateto: str | Unset = UNSET,
    grandtotal: str | Unset = UNSET,
    id: str | Unset = UNSET,
    idfrom: int | Unset = UNSET,
    idto: int | Unset = UNSET,
    invoiceddatefrom: str | Unset = UNSET,
    invoiceddateto: str | Unset = UNSET,
    lastmodifiedfrom: str | Unset = UNSET,
    lastmodifiedto: str | Unset = UNSET,
    managerid: KeywordMe | str | Unset = UNSET,
    paiddatefrom: str | Unset = UNSET,
    paiddateto: str | Unset = UNSET,
    projectcategoryid: str | Unset = UNSET,
    projectstatus: ProjectInvoicesListProjectstatus | Unset = ProjectInvoicesListProjectstatus.ALL,
    search: str | Unset = UNSET,
    searchnumber: str | Unset = UNSET,
    searchtitle: str | Unset = UNSET,
    status: ProjectInvoicesListStatus | Unset = ProjectInvoicesListStatus.UNPAID,
    subtotal: str | Unset = UNSET,
    taxable: ProjectInvoicesListTaxable | Unset = ProjectInvoicesListTaxable.ALL,
    taxtotal: str | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    sortby: ProjectInvoicesListSortby | Unset = ProjectInvoicesListSortby.NUMBER,
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

    params["companyid"] = companyid

    params["divisionid"] = divisionid

    params["duedatefrom"] = duedatefrom

    params["duedateto"] = duedateto

    params["grandtotal"] = grandtotal

    params["id"] = id

    params["idfrom"] = idfrom

    params["idto"] = idto

    params["invoiceddatefrom"] = invoiceddatefrom

    params["invoiceddateto"] = invoiceddateto

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

    params["paiddatefrom"] = paiddatefrom

    params["paiddateto"] = paiddateto

    params["projectcategoryid"] = projectcategoryid

    json_projectstatus: str | Unset = UNSET
    if not isinstance(projectstatus, Unset):
        json_projectstatus = projectstatus.value

    params["projectstatus"] = json_projectstatus

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
        "url": "/projects/{projectid}/invoices".format(
            projectid=quote(str(projectid), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorEnvelope | InvoiceList | None:
    if response.status_code == 200:
        response_200 = InvoiceList.from_dict(response.json())

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
) -> Response[Any | ErrorEnvelope | InvoiceList]:
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
    fields: str | Unset = "number,title,company,status,totals,projectid,invoiceddate,duedate",
    subtotals: str | Unset = UNSET,
    subtotalsdateoption: ProjectInvoicesListSubtotalsdateoption
    | Unset = ProjectInvoicesListSubtotalsdateoption.INVOICED,
    apifields: str | Unset = UNSET,
    apifieldsmode: MatchMode | Unset = UNSET,
    companyid: str | Unset = UNSET,
    divisionid: int | Unset = UNSET,
    duedatefrom: str | Unset = UNSET,
    duedateto: str | Unset = UNSET,
    grandtotal: str | Unset = UNSET,
    id: str | Unset = UNSET,
    idfrom: int | Unset = UNSET,
    idto: int | Unset = UNSET,
    invoiceddatefrom: str | Unset = UNSET,
    invoiceddateto: str | Unset = UNSET,
    lastmodifiedfrom: str | Unset = UNSET,
    lastmodifiedto: str | Unset = UNSET,
    managerid: KeywordMe | str | Unset = UNSET,
    paiddatefrom: str | Unset = UNSET,
    paiddateto: str | Unset = UNSET,
    projectcategoryid: str | Unset = UNSET,
    projectstatus: ProjectInvoicesListProjectstatus | Unset = ProjectInvoicesListProjectstatus.ALL,
    search: str | Unset = UNSET,
    searchnumber: str | Unset = UNSET,
    searchtitle: str | Unset = UNSET,
    status: ProjectInvoicesListStatus | Unset = ProjectInvoicesListStatus.UNPAID,
    subtotal: str | Unset = UNSET,
    taxable: ProjectInvoicesListTaxable | Unset = ProjectInvoicesListTaxable.ALL,
    taxtotal: str | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    sortby: ProjectInvoicesListSortby | Unset = ProjectInvoicesListSortby.NUMBER,
    sortorder: SortOrder | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | ErrorEnvelope | InvoiceList]:
    """List the invoices of a project

     Returns the invoices of the project that the caller may see, exactly as `GET /invoices` with
    `projectid` set to this project would, narrowed by the filter parameters (different parameters
    combine with AND, comma lists within one parameter with OR). `fields` chooses the returned
    properties; `sortby`/`sortorder` order the rows and `pagenumber`/`pagesize` page them.

    Args:
        projectid (int):
        fields (str | Unset):  Default:
            'number,title,company,status,totals,projectid,invoiceddate,duedate'.
        subtotals (str | Unset):
        subtotalsdateoption (ProjectInvoicesListSubtotalsdateoption | Unset):  Default:
            ProjectInvoicesListSubtotalsdateoption.INVOICED.
        apifields (str | Unset): `<api field id>,<text>`: rows whose API field contains the text.
            Several pairs are joined with `||`; the same field id may repeat to look for several
            values (meaningful with mode `any`). Combine with the `apifieldsmode` parameter.
        apifieldsmode (MatchMode | Unset): Whether a row must match any (`any`) or every (`all`)
            one of the listed values.
        companyid (str | Unset): One id or several ids separated by commas, without spaces (`1` or
            `1,2,3`). Several ids mean "any of them".
        divisionid (int | Unset):
        duedatefrom (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        duedateto (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        grandtotal (str | Unset): A number for an exact match, `gte<number>` for "greater than or
            equal", `lte<number>` for "less than or equal".
        id (str | Unset): One id or several ids separated by commas, without spaces (`1` or
            `1,2,3`). Several ids mean "any of them".
        idfrom (int | Unset):
        idto (int | Unset):
        invoiceddatefrom (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today:
            a sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        invoiceddateto (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        lastmodifiedfrom (str | Unset): A local date and time `yyyy-mm-ddThh:mm` (ISO 8601, no
            seconds, no offset), or an age: a count followed by `n` (minutes), `h` (hours), `d`
            (days), `w` (weeks) or `m` (months) meaning "that long ago", e.g. `12h`.
        lastmodifiedto (str | Unset): A local date and time `yyyy-mm-ddThh:mm` (ISO 8601, no
            seconds, no offset), or an age: a count followed by `n` (minutes), `h` (hours), `d`
            (days), `w` (weeks) or `m` (months) meaning "that long ago", e.g. `12h`.
        managerid (KeywordMe | str | Unset): An id list or the keyword `me`.
        paiddatefrom (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        paiddateto (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        projectcategoryid (str | Unset): One id or several ids separated by commas, without spaces
            (`1` or `1,2,3`). Several ids mean "any of them".
        projectstatus (ProjectInvoicesListProjectstatus | Unset):  Default:
            ProjectInvoicesListProjectstatus.ALL.
        search (str | Unset): Text to look for (case-insensitive "contains"). A leading `!` asks
            for rows that do NOT contain the text; `!` alone or an empty string is not a search.
        searchnumber (str | Unset): Text to look for (case-insensitive "contains"). A leading `!`
            asks for rows that do NOT contain the text; `!` alone or an empty string is not a search.
        searchtitle (str | Unset): Text to look for (case-insensitive "contains"). A leading `!`
            asks for rows that do NOT contain the text; `!` alone or an empty string is not a search.
        status (ProjectInvoicesListStatus | Unset):  Default: ProjectInvoicesListStatus.UNPAID.
        subtotal (str | Unset): A number for an exact match, `gte<number>` for "greater than or
            equal", `lte<number>` for "less than or equal".
        taxable (ProjectInvoicesListTaxable | Unset):  Default: ProjectInvoicesListTaxable.ALL.
        taxtotal (str | Unset): A number for an exact match, `gte<number>` for "greater than or
            equal", `lte<number>` for "less than or equal".
        pagenumber (int | Unset):
        pagesize (int | Unset):
        sortby (ProjectInvoicesListSortby | Unset):  Default: ProjectInvoicesListSortby.NUMBER.
        sortorder (SortOrder | Unset): Sort direction: ascending (default) or descending.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorEnvelope | InvoiceList]
    """

    kwargs = _get_kwargs(
        projectid=projectid,
        fields=fields,
        subtotals=subtotals,
        subtotalsdateoption=subtotalsdateoption,
        apifields=apifields,
        apifieldsmode=apifieldsmode,
        companyid=companyid,
        divisionid=divisionid,
        duedatefrom=duedatefrom,
        duedateto=duedateto,
        grandtotal=grandtotal,
        id=id,
        idfrom=idfrom,
        idto=idto,
        invoiceddatefrom=invoiceddatefrom,
        invoiceddateto=invoiceddateto,
        lastmodifiedfrom=lastmodifiedfrom,
        lastmodifiedto=lastmodifiedto,
        managerid=managerid,
        paiddatefrom=paiddatefrom,
        paiddateto=paiddateto,
        projectcategoryid=projectcategoryid,
        projectstatus=projectstatus,
        search=search,
        searchnumber=searchnumber,
        searchtitle=searchtitle,
        status=status,
        subtotal=subtotal,
        taxable=taxable,
        taxtotal=taxtotal,
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
    fields: str | Unset = "number,title,company,status,totals,projectid,invoiceddate,duedate",
    subtotals: str | Unset = UNSET,
    subtotalsdateoption: ProjectInvoicesListSubtotalsdateoption
    | Unset = ProjectInvoicesListSubtotalsdateoption.INVOICED,
    apifields: str | Unset = UNSET,
    apifieldsmode: MatchMode | Unset = UNSET,
    companyid: str | Unset = UNSET,
    divisionid: int | Unset = UNSET,
    duedatefrom: str | Unset = UNSET,
    duedateto: str | Unset = UNSET,
    grandtotal: str | Unset = UNSET,
    id: str | Unset = UNSET,
    idfrom: int | Unset = UNSET,
    idto: int | Unset = UNSET,
    invoiceddatefrom: str | Unset = UNSET,
    invoiceddateto: str | Unset = UNSET,
    lastmodifiedfrom: str | Unset = UNSET,
    lastmodifiedto: str | Unset = UNSET,
    managerid: KeywordMe | str | Unset = UNSET,
    paiddatefrom: str | Unset = UNSET,
    paiddateto: str | Unset = UNSET,
    projectcategoryid: str | Unset = UNSET,
    projectstatus: ProjectInvoicesListProjectstatus | Unset = ProjectInvoicesListProjectstatus.ALL,
    search: str | Unset = UNSET,
    searchnumber: str | Unset = UNSET,
    searchtitle: str | Unset = UNSET,
    status: ProjectInvoicesListStatus | Unset = ProjectInvoicesListStatus.UNPAID,
    subtotal: str | Unset = UNSET,
    taxable: ProjectInvoicesListTaxable | Unset = ProjectInvoicesListTaxable.ALL,
    taxtotal: str | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    sortby: ProjectInvoicesListSortby | Unset = ProjectInvoicesListSortby.NUMBER,
    sortorder: SortOrder | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | ErrorEnvelope | InvoiceList | None:
    """List the invoices of a project

     Returns the invoices of the project that the caller may see, exactly as `GET /invoices` with
    `projectid` set to this project would, narrowed by the filter parameters (different parameters
    combine with AND, comma lists within one parameter with OR). `fields` chooses the returned
    properties; `sortby`/`sortorder` order the rows and `pagenumber`/`pagesize` page them.

    Args:
        projectid (int):
        fields (str | Unset):  Default:
            'number,title,company,status,totals,projectid,invoiceddate,duedate'.
        subtotals (str | Unset):
        subtotalsdateoption (ProjectInvoicesListSubtotalsdateoption | Unset):  Default:
            ProjectInvoicesListSubtotalsdateoption.INVOICED.
        apifields (str | Unset): `<api field id>,<text>`: rows whose API field contains the text.
            Several pairs are joined with `||`; the same field id may repeat to look for several
            values (meaningful with mode `any`). Combine with the `apifieldsmode` parameter.
        apifieldsmode (MatchMode | Unset): Whether a row must match any (`any`) or every (`all`)
            one of the listed values.
        companyid (str | Unset): One id or several ids separated by commas, without spaces (`1` or
            `1,2,3`). Several ids mean "any of them".
        divisionid (int | Unset):
        duedatefrom (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        duedateto (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        grandtotal (str | Unset): A number for an exact match, `gte<number>` for "greater than or
            equal", `lte<number>` for "less than or equal".
        id (str | Unset): One id or several ids separated by commas, without spaces (`1` or
            `1,2,3`). Several ids mean "any of them".
        idfrom (int | Unset):
        idto (int | Unset):
        invoiceddatefrom (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today:
            a sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        invoiceddateto (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        lastmodifiedfrom (str | Unset): A local date and time `yyyy-mm-ddThh:mm` (ISO 8601, no
            seconds, no offset), or an age: a count followed by `n` (minutes), `h` (hours), `d`
            (days), `w` (weeks) or `m` (months) meaning "that long ago", e.g. `12h`.
        lastmodifiedto (str | Unset): A local date and time `yyyy-mm-ddThh:mm` (ISO 8601, no
            seconds, no offset), or an age: a count followed by `n` (minutes), `h` (hours), `d`
            (days), `w` (weeks) or `m` (months) meaning "that long ago", e.g. `12h`.
        managerid (KeywordMe | str | Unset): An id list or the keyword `me`.
        paiddatefrom (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        paiddateto (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        projectcategoryid (str | Unset): One id or several ids separated by commas, without spaces
            (`1` or `1,2,3`). Several ids mean "any of them".
        projectstatus (ProjectInvoicesListProjectstatus | Unset):  Default:
            ProjectInvoicesListProjectstatus.ALL.
        search (str | Unset): Text to look for (case-insensitive "contains"). A leading `!` asks
            for rows that do NOT contain the text; `!` alone or an empty string is not a search.
        searchnumber (str | Unset): Text to look for (case-insensitive "contains"). A leading `!`
            asks for rows that do NOT contain the text; `!` alone or an empty string is not a search.
        searchtitle (str | Unset): Text to look for (case-insensitive "contains"). A leading `!`
            asks for rows that do NOT contain the text; `!` alone or an empty string is not a search.
        status (ProjectInvoicesListStatus | Unset):  Default: ProjectInvoicesListStatus.UNPAID.
        subtotal (str | Unset): A number for an exact match, `gte<number>` for "greater than or
            equal", `lte<number>` for "less than or equal".
        taxable (ProjectInvoicesListTaxable | Unset):  Default: ProjectInvoicesListTaxable.ALL.
        taxtotal (str | Unset): A number for an exact match, `gte<number>` for "greater than or
            equal", `lte<number>` for "less than or equal".
        pagenumber (int | Unset):
        pagesize (int | Unset):
        sortby (ProjectInvoicesListSortby | Unset):  Default: ProjectInvoicesListSortby.NUMBER.
        sortorder (SortOrder | Unset): Sort direction: ascending (default) or descending.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorEnvelope | InvoiceList
    """

    return sync_detailed(
        projectid=projectid,
        client=client,
        fields=fields,
        subtotals=subtotals,
        subtotalsdateoption=subtotalsdateoption,
        apifields=apifields,
        apifieldsmode=apifieldsmode,
        companyid=companyid,
        divisionid=divisionid,
        duedatefrom=duedatefrom,
        duedateto=duedateto,
        grandtotal=grandtotal,
        id=id,
        idfrom=idfrom,
        idto=idto,
        invoiceddatefrom=invoiceddatefrom,
        invoiceddateto=invoiceddateto,
        lastmodifiedfrom=lastmodifiedfrom,
        lastmodifiedto=lastmodifiedto,
        managerid=managerid,
        paiddatefrom=paiddatefrom,
        paiddateto=paiddateto,
        projectcategoryid=projectcategoryid,
        projectstatus=projectstatus,
        search=search,
        searchnumber=searchnumber,
        searchtitle=searchtitle,
        status=status,
        subtotal=subtotal,
        taxable=taxable,
        taxtotal=taxtotal,
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
    fields: str | Unset = "number,title,company,status,totals,projectid,invoiceddate,duedate",
    subtotals: str | Unset = UNSET,
    subtotalsdateoption: ProjectInvoicesListSubtotalsdateoption
    | Unset = ProjectInvoicesListSubtotalsdateoption.INVOICED,
    apifields: str | Unset = UNSET,
    apifieldsmode: MatchMode | Unset = UNSET,
    companyid: str | Unset = UNSET,
    divisionid: int | Unset = UNSET,
    duedatefrom: str | Unset = UNSET,
    duedateto: str | Unset = UNSET,
    grandtotal: str | Unset = UNSET,
    id: str | Unset = UNSET,
    idfrom: int | Unset = UNSET,
    idto: int | Unset = UNSET,
    invoiceddatefrom: str | Unset = UNSET,
    invoiceddateto: str | Unset = UNSET,
    lastmodifiedfrom: str | Unset = UNSET,
    lastmodifiedto: str | Unset = UNSET,
    managerid: KeywordMe | str | Unset = UNSET,
    paiddatefrom: str | Unset = UNSET,
    paiddateto: str | Unset = UNSET,
    projectcategoryid: str | Unset = UNSET,
    projectstatus: ProjectInvoicesListProjectstatus | Unset = ProjectInvoicesListProjectstatus.ALL,
    search: str | Unset = UNSET,
    searchnumber: str | Unset = UNSET,
    searchtitle: str | Unset = UNSET,
    status: ProjectInvoicesListStatus | Unset = ProjectInvoicesListStatus.UNPAID,
    subtotal: str | Unset = UNSET,
    taxable: ProjectInvoicesListTaxable | Unset = ProjectInvoicesListTaxable.ALL,
    taxtotal: str | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    sortby: ProjectInvoicesListSortby | Unset = ProjectInvoicesListSortby.NUMBER,
    sortorder: SortOrder | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | ErrorEnvelope | InvoiceList]:
    """List the invoices of a project

     Returns the invoices of the project that the caller may see, exactly as `GET /invoices` with
    `projectid` set to this project would, narrowed by the filter parameters (different parameters
    combine with AND, comma lists within one parameter with OR). `fields` chooses the returned
    properties; `sortby`/`sortorder` order the rows and `pagenumber`/`pagesize` page them.

    Args:
        projectid (int):
        fields (str | Unset):  Default:
            'number,title,company,status,totals,projectid,invoiceddate,duedate'.
        subtotals (str | Unset):
        subtotalsdateoption (ProjectInvoicesListSubtotalsdateoption | Unset):  Default:
            ProjectInvoicesListSubtotalsdateoption.INVOICED.
        apifields (str | Unset): `<api field id>,<text>`: rows whose API field contains the text.
            Several pairs are joined with `||`; the same field id may repeat to look for several
            values (meaningful with mode `any`). Combine with the `apifieldsmode` parameter.
        apifieldsmode (MatchMode | Unset): Whether a row must match any (`any`) or every (`all`)
            one of the listed values.
        companyid (str | Unset): One id or several ids separated by commas, without spaces (`1` or
            `1,2,3`). Several ids mean "any of them".
        divisionid (int | Unset):
        duedatefrom (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        duedateto (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        grandtotal (str | Unset): A number for an exact match, `gte<number>` for "greater than or
            equal", `lte<number>` for "less than or equal".
        id (str | Unset): One id or several ids separated by commas, without spaces (`1` or
            `1,2,3`). Several ids mean "any of them".
        idfrom (int | Unset):
        idto (int | Unset):
        invoiceddatefrom (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today:
            a sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        invoiceddateto (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        lastmodifiedfrom (str | Unset): A local date and time `yyyy-mm-ddThh:mm` (ISO 8601, no
            seconds, no offset), or an age: a count followed by `n` (minutes), `h` (hours), `d`
            (days), `w` (weeks) or `m` (months) meaning "that long ago", e.g. `12h`.
        lastmodifiedto (str | Unset): A local date and time `yyyy-mm-ddThh:mm` (ISO 8601, no
            seconds, no offset), or an age: a count followed by `n` (minutes), `h` (hours), `d`
            (days), `w` (weeks) or `m` (months) meaning "that long ago", e.g. `12h`.
        managerid (KeywordMe | str | Unset): An id list or the keyword `me`.
        paiddatefrom (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        paiddateto (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        projectcategoryid (str | Unset): One id or several ids separated by commas, without spaces
            (`1` or `1,2,3`). Several ids mean "any of them".
        projectstatus (ProjectInvoicesListProjectstatus | Unset):  Default:
            ProjectInvoicesListProjectstatus.ALL.
        search (str | Unset): Text to look for (case-insensitive "contains"). A leading `!` asks
            for rows that do NOT contain the text; `!` alone or an empty string is not a search.
        searchnumber (str | Unset): Text to look for (case-insensitive "contains"). A leading `!`
            asks for rows that do NOT contain the text; `!` alone or an empty string is not a search.
        searchtitle (str | Unset): Text to look for (case-insensitive "contains"). A leading `!`
            asks for rows that do NOT contain the text; `!` alone or an empty string is not a search.
        status (ProjectInvoicesListStatus | Unset):  Default: ProjectInvoicesListStatus.UNPAID.
        subtotal (str | Unset): A number for an exact match, `gte<number>` for "greater than or
            equal", `lte<number>` for "less than or equal".
        taxable (ProjectInvoicesListTaxable | Unset):  Default: ProjectInvoicesListTaxable.ALL.
        taxtotal (str | Unset): A number for an exact match, `gte<number>` for "greater than or
            equal", `lte<number>` for "less than or equal".
        pagenumber (int | Unset):
        pagesize (int | Unset):
        sortby (ProjectInvoicesListSortby | Unset):  Default: ProjectInvoicesListSortby.NUMBER.
        sortorder (SortOrder | Unset): Sort direction: ascending (default) or descending.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorEnvelope | InvoiceList]
    """

    kwargs = _get_kwargs(
        projectid=projectid,
        fields=fields,
        subtotals=subtotals,
        subtotalsdateoption=subtotalsdateoption,
        apifields=apifields,
        apifieldsmode=apifieldsmode,
        companyid=companyid,
        divisionid=divisionid,
        duedatefrom=duedatefrom,
        duedateto=duedateto,
        grandtotal=grandtotal,
        id=id,
        idfrom=idfrom,
        idto=idto,
        invoiceddatefrom=invoiceddatefrom,
        invoiceddateto=invoiceddateto,
        lastmodifiedfrom=lastmodifiedfrom,
        lastmodifiedto=lastmodifiedto,
        managerid=managerid,
        paiddatefrom=paiddatefrom,
        paiddateto=paiddateto,
        projectcategoryid=projectcategoryid,
        projectstatus=projectstatus,
        search=search,
        searchnumber=searchnumber,
        searchtitle=searchtitle,
        status=status,
        subtotal=subtotal,
        taxable=taxable,
        taxtotal=taxtotal,
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
    fields: str | Unset = "number,title,company,status,totals,projectid,invoiceddate,duedate",
    subtotals: str | Unset = UNSET,
    subtotalsdateoption: ProjectInvoicesListSubtotalsdateoption
    | Unset = ProjectInvoicesListSubtotalsdateoption.INVOICED,
    apifields: str | Unset = UNSET,
    apifieldsmode: MatchMode | Unset = UNSET,
    companyid: str | Unset = UNSET,
    divisionid: int | Unset = UNSET,
    duedatefrom: str | Unset = UNSET,
    duedateto: str | Unset = UNSET,
    grandtotal: str | Unset = UNSET,
    id: str | Unset = UNSET,
    idfrom: int | Unset = UNSET,
    idto: int | Unset = UNSET,
    invoiceddatefrom: str | Unset = UNSET,
    invoiceddateto: str | Unset = UNSET,
    lastmodifiedfrom: str | Unset = UNSET,
    lastmodifiedto: str | Unset = UNSET,
    managerid: KeywordMe | str | Unset = UNSET,
    paiddatefrom: str | Unset = UNSET,
    paiddateto: str | Unset = UNSET,
    projectcategoryid: str | Unset = UNSET,
    projectstatus: ProjectInvoicesListProjectstatus | Unset = ProjectInvoicesListProjectstatus.ALL,
    search: str | Unset = UNSET,
    searchnumber: str | Unset = UNSET,
    searchtitle: str | Unset = UNSET,
    status: ProjectInvoicesListStatus | Unset = ProjectInvoicesListStatus.UNPAID,
    subtotal: str | Unset = UNSET,
    taxable: ProjectInvoicesListTaxable | Unset = ProjectInvoicesListTaxable.ALL,
    taxtotal: str | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    sortby: ProjectInvoicesListSortby | Unset = ProjectInvoicesListSortby.NUMBER,
    sortorder: SortOrder | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | ErrorEnvelope | InvoiceList | None:
    """List the invoices of a project

     Returns the invoices of the project that the caller may see, exactly as `GET /invoices` with
    `projectid` set to this project would, narrowed by the filter parameters (different parameters
    combine with AND, comma lists within one parameter with OR). `fields` chooses the returned
    properties; `sortby`/`sortorder` order the rows and `pagenumber`/`pagesize` page them.

    Args:
        projectid (int):
        fields (str | Unset):  Default:
            'number,title,company,status,totals,projectid,invoiceddate,duedate'.
        subtotals (str | Unset):
        subtotalsdateoption (ProjectInvoicesListSubtotalsdateoption | Unset):  Default:
            ProjectInvoicesListSubtotalsdateoption.INVOICED.
        apifields (str | Unset): `<api field id>,<text>`: rows whose API field contains the text.
            Several pairs are joined with `||`; the same field id may repeat to look for several
            values (meaningful with mode `any`). Combine with the `apifieldsmode` parameter.
        apifieldsmode (MatchMode | Unset): Whether a row must match any (`any`) or every (`all`)
            one of the listed values.
        companyid (str | Unset): One id or several ids separated by commas, without spaces (`1` or
            `1,2,3`). Several ids mean "any of them".
        divisionid (int | Unset):
        duedatefrom (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        duedateto (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        grandtotal (str | Unset): A number for an exact match, `gte<number>` for "greater than or
            equal", `lte<number>` for "less than or equal".
        id (str | Unset): One id or several ids separated by commas, without spaces (`1` or
            `1,2,3`). Several ids mean "any of them".
        idfrom (int | Unset):
        idto (int | Unset):
        invoiceddatefrom (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today:
            a sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        invoiceddateto (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        lastmodifiedfrom (str | Unset): A local date and time `yyyy-mm-ddThh:mm` (ISO 8601, no
            seconds, no offset), or an age: a count followed by `n` (minutes), `h` (hours), `d`
            (days), `w` (weeks) or `m` (months) meaning "that long ago", e.g. `12h`.
        lastmodifiedto (str | Unset): A local date and time `yyyy-mm-ddThh:mm` (ISO 8601, no
            seconds, no offset), or an age: a count followed by `n` (minutes), `h` (hours), `d`
            (days), `w` (weeks) or `m` (months) meaning "that long ago", e.g. `12h`.
        managerid (KeywordMe | str | Unset): An id list or the keyword `me`.
        paiddatefrom (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        paiddateto (str | Unset): A calendar date `yyyy-mm-dd`, or a date relative to today: a
            sign, a count and a unit (`d` days, `w` weeks, `m` months, `y` years), e.g. `-3w` (three
            weeks ago), `+1m` (a month ahead), `+0d` (today).
        projectcategoryid (str | Unset): One id or several ids separated by commas, without spaces
            (`1` or `1,2,3`). Several ids mean "any of them".
        projectstatus (ProjectInvoicesListProjectstatus | Unset):  Default:
            ProjectInvoicesListProjectstatus.ALL.
        search (str | Unset): Text to look for (case-insensitive "contains"). A leading `!` asks
            for rows that do NOT contain the text; `!` alone or an empty string is not a search.
        searchnumber (str | Unset): Text to look for (case-insensitive "contains"). A leading `!`
            asks for rows that do NOT contain the text; `!` alone or an empty string is not a search.
        searchtitle (str | Unset): Text to look for (case-insensitive "contains"). A leading `!`
            asks for rows that do NOT contain the text; `!` alone or an empty string is not a search.
        status (ProjectInvoicesListStatus | Unset):  Default: ProjectInvoicesListStatus.UNPAID.
        subtotal (str | Unset): A number for an exact match, `gte<number>` for "greater than or
            equal", `lte<number>` for "less than or equal".
        taxable (ProjectInvoicesListTaxable | Unset):  Default: ProjectInvoicesListTaxable.ALL.
        taxtotal (str | Unset): A number for an exact match, `gte<number>` for "greater than or
            equal", `lte<number>` for "less than or equal".
        pagenumber (int | Unset):
        pagesize (int | Unset):
        sortby (ProjectInvoicesListSortby | Unset):  Default: ProjectInvoicesListSortby.NUMBER.
        sortorder (SortOrder | Unset): Sort direction: ascending (default) or descending.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorEnvelope | InvoiceList
    """

    return (
        await asyncio_detailed(
            projectid=projectid,
            client=client,
            fields=fields,
            subtotals=subtotals,
            subtotalsdateoption=subtotalsdateoption,
            apifields=apifields,
            apifieldsmode=apifieldsmode,
            companyid=companyid,
            divisionid=divisionid,
            duedatefrom=duedatefrom,
            duedateto=duedateto,
            grandtotal=grandtotal,
            id=id,
            idfrom=idfrom,
            idto=idto,
            invoiceddatefrom=invoiceddatefrom,
            invoiceddateto=invoiceddateto,
            lastmodifiedfrom=lastmodifiedfrom,
            lastmodifiedto=lastmodifiedto,
            managerid=managerid,
            paiddatefrom=paiddatefrom,
            paiddateto=paiddateto,
            projectcategoryid=projectcategoryid,
            projectstatus=projectstatus,
            search=search,
            searchnumber=searchnumber,
            searchtitle=searchtitle,
            status=status,
            subtotal=subtotal,
            taxable=taxable,
            taxtotal=taxtotal,
            pagenumber=pagenumber,
            pagesize=pagesize,
            sortby=sortby,
            sortorder=sortorder,
            if_none_match=if_none_match,
        )
    ).parsed
