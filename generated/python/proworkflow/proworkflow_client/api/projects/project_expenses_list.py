from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.expense_list import ExpenseList
from ...models.keyword_me_all import KeywordMeAll
from ...models.project_expenses_list_invoiced import ProjectExpensesListInvoiced
from ...models.project_expenses_list_projectstatus import ProjectExpensesListProjectstatus
from ...models.project_expenses_list_sortby import ProjectExpensesListSortby
from ...models.project_expenses_list_taxable import ProjectExpensesListTaxable
from ...models.sort_order import SortOrder
from ...types import UNSET, Response, Unset


def _get_kwargs(
    projectid: int,
    *,
    fields: str | Unset = "name,description,cost,project,date",
    categoryid: str | Unset = UNSET,
    companyid: str | Unset = UNSET,
    contacts: KeywordMeAll | str | Unset = "all",
    datefrom: str | Unset = UNSET,
    dateto: str | Unset = UNSET,
    divisionid: int | Unset = UNSET,
    id: str | Unset = UNSET,
    idfrom: int | Unset = UNSET,
    idto: int | Unset = UNSET,
    invoiced: ProjectExpensesListInvoiced | Unset = ProjectExpensesListInvoiced.ALL,
    projectstatus: ProjectExpensesListProjectstatus | Unset = ProjectExpensesListProjectstatus.ACTIVE,
    search: str | Unset = UNSET,
    taxable: ProjectExpensesListTaxable | Unset = ProjectExpensesListTaxable.ALL,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    sortby: ProjectExpensesListSortby | Unset = ProjectExpensesListSortby.DATE,
    sortorder: SortOrder | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    params: dict[str, Any] = {}

    params["fields"] = fields

    params["categoryid"] = categoryid

    params["companyid"] = companyid

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

    params["idfrom"] = idfrom

    params["idto"] = idto

    json_invoiced: str | Unset = UNSET
    if not isinstance(invoiced, Unset):
        json_invoiced = invoiced.value

    params["invoiced"] = json_invoiced

    json_projectstatus: str | Unset = UNSET
    if not isinstance(projectstatus, Unset):
        json_projectstatus = projectstatus.value

    params["projectstatus"] = json_projectstatus

    params["search"] = search

    json_taxable: str | Unset = UNSET
    if not isinstance(taxable, Unset):
        json_taxable = taxable.value

    params["taxable"] = json_taxable

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
        "url": "/projects/{projectid}/expenses".format(
            projectid=quote(str(projectid), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorEnvelope | ExpenseList | None:
    if response.status_code == 200:
        response_200 = ExpenseList.from_dict(response.json())

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
) -> Response[Any | ErrorEnvelope | ExpenseList]:
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
    fields: str | Unset = "name,description,cost,project,date",
    categoryid: str | Unset = UNSET,
    companyid: str | Unset = UNSET,
    contacts: KeywordMeAll | str | Unset = "all",
    datefrom: str | Unset = UNSET,
    dateto: str | Unset = UNSET,
    divisionid: int | Unset = UNSET,
    id: str | Unset = UNSET,
    idfrom: int | Unset = UNSET,
    idto: int | Unset = UNSET,
    invoiced: ProjectExpensesListInvoiced | Unset = ProjectExpensesListInvoiced.ALL,
    projectstatus: ProjectExpensesListProjectstatus | Unset = ProjectExpensesListProjectstatus.ACTIVE,
    search: str | Unset = UNSET,
    taxable: ProjectExpensesListTaxable | Unset = ProjectExpensesListTaxable.ALL,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    sortby: ProjectExpensesListSortby | Unset = ProjectExpensesListSortby.DATE,
    sortorder: SortOrder | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | ErrorEnvelope | ExpenseList]:
    """List the expenses of a project

     Returns the expenses of the project that the caller may see, exactly as `GET /expenses` with
    `projectid` set to this project would, narrowed by the filter parameters (different parameters
    combine with AND, comma lists within one parameter with OR). `fields` chooses the returned
    properties; `sortby`/`sortorder` order the rows and `pagenumber`/`pagesize` page them.

    Args:
        projectid (int):
        fields (str | Unset):  Default: 'name,description,cost,project,date'.
        categoryid (str | Unset): One id or several ids separated by commas, without spaces (`1`
            or `1,2,3`). Several ids mean "any of them".
        companyid (str | Unset): One id or several ids separated by commas, without spaces (`1` or
            `1,2,3`). Several ids mean "any of them".
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
        idfrom (int | Unset):
        idto (int | Unset):
        invoiced (ProjectExpensesListInvoiced | Unset):  Default: ProjectExpensesListInvoiced.ALL.
        projectstatus (ProjectExpensesListProjectstatus | Unset):  Default:
            ProjectExpensesListProjectstatus.ACTIVE.
        search (str | Unset): Text to look for (case-insensitive "contains"). A leading `!` asks
            for rows that do NOT contain the text; `!` alone or an empty string is not a search.
        taxable (ProjectExpensesListTaxable | Unset):  Default: ProjectExpensesListTaxable.ALL.
        pagenumber (int | Unset):
        pagesize (int | Unset):
        sortby (ProjectExpensesListSortby | Unset):  Default: ProjectExpensesListSortby.DATE.
        sortorder (SortOrder | Unset): Sort direction: ascending (default) or descending.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorEnvelope | ExpenseList]
    """

    kwargs = _get_kwargs(
        projectid=projectid,
        fields=fields,
        categoryid=categoryid,
        companyid=companyid,
        contacts=contacts,
        datefrom=datefrom,
        dateto=dateto,
        divisionid=divisionid,
        id=id,
        idfrom=idfrom,
        idto=idto,
        invoiced=invoiced,
        projectstatus=projectstatus,
        search=search,
        taxable=taxable,
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
    fields: str | Unset = "name,description,cost,project,date",
    categoryid: str | Unset = UNSET,
    companyid: str | Unset = UNSET,
    contacts: KeywordMeAll | str | Unset = "all",
    datefrom: str | Unset = UNSET,
    dateto: str | Unset = UNSET,
    divisionid: int | Unset = UNSET,
    id: str | Unset = UNSET,
    idfrom: int | Unset = UNSET,
    idto: int | Unset = UNSET,
    invoiced: ProjectExpensesListInvoiced | Unset = ProjectExpensesListInvoiced.ALL,
    projectstatus: ProjectExpensesListProjectstatus | Unset = ProjectExpensesListProjectstatus.ACTIVE,
    search: str | Unset = UNSET,
    taxable: ProjectExpensesListTaxable | Unset = ProjectExpensesListTaxable.ALL,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    sortby: ProjectExpensesListSortby | Unset = ProjectExpensesListSortby.DATE,
    sortorder: SortOrder | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | ErrorEnvelope | ExpenseList | None:
    """List the expenses of a project

     Returns the expenses of the project that the caller may see, exactly as `GET /expenses` with
    `projectid` set to this project would, narrowed by the filter parameters (different parameters
    combine with AND, comma lists within one parameter with OR). `fields` chooses the returned
    properties; `sortby`/`sortorder` order the rows and `pagenumber`/`pagesize` page them.

    Args:
        projectid (int):
        fields (str | Unset):  Default: 'name,description,cost,project,date'.
        categoryid (str | Unset): One id or several ids separated by commas, without spaces (`1`
            or `1,2,3`). Several ids mean "any of them".
        companyid (str | Unset): One id or several ids separated by commas, without spaces (`1` or
            `1,2,3`). Several ids mean "any of them".
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
        idfrom (int | Unset):
        idto (int | Unset):
        invoiced (ProjectExpensesListInvoiced | Unset):  Default: ProjectExpensesListInvoiced.ALL.
        projectstatus (ProjectExpensesListProjectstatus | Unset):  Default:
            ProjectExpensesListProjectstatus.ACTIVE.
        search (str | Unset): Text to look for (case-insensitive "contains"). A leading `!` asks
            for rows that do NOT contain the text; `!` alone or an empty string is not a search.
        taxable (ProjectExpensesListTaxable | Unset):  Default: ProjectExpensesListTaxable.ALL.
        pagenumber (int | Unset):
        pagesize (int | Unset):
        sortby (ProjectExpensesListSortby | Unset):  Default: ProjectExpensesListSortby.DATE.
        sortorder (SortOrder | Unset): Sort direction: ascending (default) or descending.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorEnvelope | ExpenseList
    """

    return sync_detailed(
        projectid=projectid,
        client=client,
        fields=fields,
        categoryid=categoryid,
        companyid=companyid,
        contacts=contacts,
        datefrom=datefrom,
        dateto=dateto,
        divisionid=divisionid,
        id=id,
        idfrom=idfrom,
        idto=idto,
        invoiced=invoiced,
        projectstatus=projectstatus,
        search=search,
        taxable=taxable,
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
    fields: str | Unset = "name,description,cost,project,date",
    categoryid: str | Unset = UNSET,
    companyid: str | Unset = UNSET,
    contacts: KeywordMeAll | str | Unset = "all",
    datefrom: str | Unset = UNSET,
    dateto: str | Unset = UNSET,
    divisionid: int | Unset = UNSET,
    id: str | Unset = UNSET,
    idfrom: int | Unset = UNSET,
    idto: int | Unset = UNSET,
    invoiced: ProjectExpensesListInvoiced | Unset = ProjectExpensesListInvoiced.ALL,
    projectstatus: ProjectExpensesListProjectstatus | Unset = ProjectExpensesListProjectstatus.ACTIVE,
    search: str | Unset = UNSET,
    taxable: ProjectExpensesListTaxable | Unset = ProjectExpensesListTaxable.ALL,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    sortby: ProjectExpensesListSortby | Unset = ProjectExpensesListSortby.DATE,
    sortorder: SortOrder | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | ErrorEnvelope | ExpenseList]:
    """List the expenses of a project

     Returns the expenses of the project that the caller may see, exactly as `GET /expenses` with
    `projectid` set to this project would, narrowed by the filter parameters (different parameters
    combine with AND, comma lists within one parameter with OR). `fields` chooses the returned
    properties; `sortby`/`sortorder` order the rows and `pagenumber`/`pagesize` page them.

    Args:
        projectid (int):
        fields (str | Unset):  Default: 'name,description,cost,project,date'.
        categoryid (str | Unset): One id or several ids separated by commas, without spaces (`1`
            or `1,2,3`). Several ids mean "any of them".
        companyid (str | Unset): One id or several ids separated by commas, without spaces (`1` or
            `1,2,3`). Several ids mean "any of them".
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
        idfrom (int | Unset):
        idto (int | Unset):
        invoiced (ProjectExpensesListInvoiced | Unset):  Default: ProjectExpensesListInvoiced.ALL.
        projectstatus (ProjectExpensesListProjectstatus | Unset):  Default:
            ProjectExpensesListProjectstatus.ACTIVE.
        search (str | Unset): Text to look for (case-insensitive "contains"). A leading `!` asks
            for rows that do NOT contain the text; `!` alone or an empty string is not a search.
        taxable (ProjectExpensesListTaxable | Unset):  Default: ProjectExpensesListTaxable.ALL.
        pagenumber (int | Unset):
        pagesize (int | Unset):
        sortby (ProjectExpensesListSortby | Unset):  Default: ProjectExpensesListSortby.DATE.
        sortorder (SortOrder | Unset): Sort direction: ascending (default) or descending.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorEnvelope | ExpenseList]
    """

    kwargs = _get_kwargs(
        projectid=projectid,
        fields=fields,
        categoryid=categoryid,
        companyid=companyid,
        contacts=contacts,
        datefrom=datefrom,
        dateto=dateto,
        divisionid=divisionid,
        id=id,
        idfrom=idfrom,
        idto=idto,
        invoiced=invoiced,
        projectstatus=projectstatus,
        search=search,
        taxable=taxable,
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
    fields: str | Unset = "name,description,cost,project,date",
    categoryid: str | Unset = UNSET,
    companyid: str | Unset = UNSET,
    contacts: KeywordMeAll | str | Unset = "all",
    datefrom: str | Unset = UNSET,
    dateto: str | Unset = UNSET,
    divisionid: int | Unset = UNSET,
    id: str | Unset = UNSET,
    idfrom: int | Unset = UNSET,
    idto: int | Unset = UNSET,
    invoiced: ProjectExpensesListInvoiced | Unset = ProjectExpensesListInvoiced.ALL,
    projectstatus: ProjectExpensesListProjectstatus | Unset = ProjectExpensesListProjectstatus.ACTIVE,
    search: str | Unset = UNSET,
    taxable: ProjectExpensesListTaxable | Unset = ProjectExpensesListTaxable.ALL,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    sortby: ProjectExpensesListSortby | Unset = ProjectExpensesListSortby.DATE,
    sortorder: SortOrder | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | ErrorEnvelope | ExpenseList | None:
    """List the expenses of a project

     Returns the expenses of the project that the caller may see, exactly as `GET /expenses` with
    `projectid` set to this project would, narrowed by the filter parameters (different parameters
    combine with AND, comma lists within one parameter with OR). `fields` chooses the returned
    properties; `sortby`/`sortorder` order the rows and `pagenumber`/`pagesize` page them.

    Args:
        projectid (int):
        fields (str | Unset):  Default: 'name,description,cost,project,date'.
        categoryid (str | Unset): One id or several ids separated by commas, without spaces (`1`
            or `1,2,3`). Several ids mean "any of them".
        companyid (str | Unset): One id or several ids separated by commas, without spaces (`1` or
            `1,2,3`). Several ids mean "any of them".
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
        idfrom (int | Unset):
        idto (int | Unset):
        invoiced (ProjectExpensesListInvoiced | Unset):  Default: ProjectExpensesListInvoiced.ALL.
        projectstatus (ProjectExpensesListProjectstatus | Unset):  Default:
            ProjectExpensesListProjectstatus.ACTIVE.
        search (str | Unset): Text to look for (case-insensitive "contains"). A leading `!` asks
            for rows that do NOT contain the text; `!` alone or an empty string is not a search.
        taxable (ProjectExpensesListTaxable | Unset):  Default: ProjectExpensesListTaxable.ALL.
        pagenumber (int | Unset):
        pagesize (int | Unset):
        sortby (ProjectExpensesListSortby | Unset):  Default: ProjectExpensesListSortby.DATE.
        sortorder (SortOrder | Unset): Sort direction: ascending (default) or descending.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorEnvelope | ExpenseList
    """

    return (
        await asyncio_detailed(
            projectid=projectid,
            client=client,
            fields=fields,
            categoryid=categoryid,
            companyid=companyid,
            contacts=contacts,
            datefrom=datefrom,
            dateto=dateto,
            divisionid=divisionid,
            id=id,
            idfrom=idfrom,
            idto=idto,
            invoiced=invoiced,
            projectstatus=projectstatus,
            search=search,
            taxable=taxable,
            pagenumber=pagenumber,
            pagesize=pagesize,
            sortby=sortby,
            sortorder=sortorder,
            if_none_match=if_none_match,
        )
    ).parsed
