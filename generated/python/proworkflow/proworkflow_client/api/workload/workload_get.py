from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.keyword_me_all import KeywordMeAll
from ...models.workload_get_mode import WorkloadGetMode
from ...models.workload_list import WorkloadList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    contacts: KeywordMeAll | str | Unset = "all",
    datefrom: str | Unset = "+0d",
    dateto: str | Unset = "+2w",
    mode: WorkloadGetMode | Unset = WorkloadGetMode.WORKLOAD,
    availableminutes: int | Unset = 480,
    if_none_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    params: dict[str, Any] = {}

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

    json_mode: str | Unset = UNSET
    if not isinstance(mode, Unset):
        json_mode = mode.value

    params["mode"] = json_mode

    params["availableminutes"] = availableminutes

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/workload",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorEnvelope | WorkloadList | None:
    if response.status_code == 200:
        response_200 = WorkloadList.from_dict(response.json())

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
) -> Response[Any | ErrorEnvelope | WorkloadList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    contacts: KeywordMeAll | str | Unset = "all",
    datefrom: str | Unset = "+0d",
    dateto: str | Unset = "+2w",
    mode: WorkloadGetMode | Unset = WorkloadGetMode.WORKLOAD,
    availableminutes: int | Unset = 480,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | ErrorEnvelope | WorkloadList]:
    """Get the staff workload per day

     Reports, per staff contact and working day (weekends left out), the minutes of task work scheduled
    (`mode=workload`) or the minutes still free (`mode=availability`). A task's remaining time
    (allocated less tracked) is spread evenly over the working days from its start (or today) to its due
    date and shared among its assignees; completed and overdue tasks do not count. Dates cannot lie in
    the past.

    Args:
        contacts (KeywordMeAll | str | Unset): Contact ids separated by commas, or `me` (the
            caller) or `all`. Used both as a filter and as an assignment list in request bodies, where
            it is always a comma string and never a JSON array (an array makes the service fail with
            HTTP 500). Default: 'all'.
        datefrom (str | Unset): A day from today on, relative to today: `+` then a count and a
            unit (`d` days, `w` weeks, `m` months), e.g. `+0d` (today) or `+2w`. Default: '+0d'.
        dateto (str | Unset): A day from today on, relative to today: `+` then a count and a unit
            (`d` days, `w` weeks, `m` months), e.g. `+0d` (today) or `+2w`. Default: '+2w'.
        mode (WorkloadGetMode | Unset):  Default: WorkloadGetMode.WORKLOAD.
        availableminutes (int | Unset):  Default: 480.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorEnvelope | WorkloadList]
    """

    kwargs = _get_kwargs(
        contacts=contacts,
        datefrom=datefrom,
        dateto=dateto,
        mode=mode,
        availableminutes=availableminutes,
        if_none_match=if_none_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    contacts: KeywordMeAll | str | Unset = "all",
    datefrom: str | Unset = "+0d",
    dateto: str | Unset = "+2w",
    mode: WorkloadGetMode | Unset = WorkloadGetMode.WORKLOAD,
    availableminutes: int | Unset = 480,
    if_none_match: str | Unset = UNSET,
) -> Any | ErrorEnvelope | WorkloadList | None:
    """Get the staff workload per day

     Reports, per staff contact and working day (weekends left out), the minutes of task work scheduled
    (`mode=workload`) or the minutes still free (`mode=availability`). A task's remaining time
    (allocated less tracked) is spread evenly over the working days from its start (or today) to its due
    date and shared among its assignees; completed and overdue tasks do not count. Dates cannot lie in
    the past.

    Args:
        contacts (KeywordMeAll | str | Unset): Contact ids separated by commas, or `me` (the
            caller) or `all`. Used both as a filter and as an assignment list in request bodies, where
            it is always a comma string and never a JSON array (an array makes the service fail with
            HTTP 500). Default: 'all'.
        datefrom (str | Unset): A day from today on, relative to today: `+` then a count and a
            unit (`d` days, `w` weeks, `m` months), e.g. `+0d` (today) or `+2w`. Default: '+0d'.
        dateto (str | Unset): A day from today on, relative to today: `+` then a count and a unit
            (`d` days, `w` weeks, `m` months), e.g. `+0d` (today) or `+2w`. Default: '+2w'.
        mode (WorkloadGetMode | Unset):  Default: WorkloadGetMode.WORKLOAD.
        availableminutes (int | Unset):  Default: 480.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorEnvelope | WorkloadList
    """

    return sync_detailed(
        client=client,
        contacts=contacts,
        datefrom=datefrom,
        dateto=dateto,
        mode=mode,
        availableminutes=availableminutes,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    contacts: KeywordMeAll | str | Unset = "all",
    datefrom: str | Unset = "+0d",
    dateto: str | Unset = "+2w",
    mode: WorkloadGetMode | Unset = WorkloadGetMode.WORKLOAD,
    availableminutes: int | Unset = 480,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | ErrorEnvelope | WorkloadList]:
    """Get the staff workload per day

     Reports, per staff contact and working day (weekends left out), the minutes of task work scheduled
    (`mode=workload`) or the minutes still free (`mode=availability`). A task's remaining time
    (allocated less tracked) is spread evenly over the working days from its start (or today) to its due
    date and shared among its assignees; completed and overdue tasks do not count. Dates cannot lie in
    the past.

    Args:
        contacts (KeywordMeAll | str | Unset): Contact ids separated by commas, or `me` (the
            caller) or `all`. Used both as a filter and as an assignment list in request bodies, where
            it is always a comma string and never a JSON array (an array makes the service fail with
            HTTP 500). Default: 'all'.
        datefrom (str | Unset): A day from today on, relative to today: `+` then a count and a
            unit (`d` days, `w` weeks, `m` months), e.g. `+0d` (today) or `+2w`. Default: '+0d'.
        dateto (str | Unset): A day from today on, relative to today: `+` then a count and a unit
            (`d` days, `w` weeks, `m` months), e.g. `+0d` (today) or `+2w`. Default: '+2w'.
        mode (WorkloadGetMode | Unset):  Default: WorkloadGetMode.WORKLOAD.
        availableminutes (int | Unset):  Default: 480.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorEnvelope | WorkloadList]
    """

    kwargs = _get_kwargs(
        contacts=contacts,
        datefrom=datefrom,
        dateto=dateto,
        mode=mode,
        availableminutes=availableminutes,
        if_none_match=if_none_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    contacts: KeywordMeAll | str | Unset = "all",
    datefrom: str | Unset = "+0d",
    dateto: str | Unset = "+2w",
    mode: WorkloadGetMode | Unset = WorkloadGetMode.WORKLOAD,
    availableminutes: int | Unset = 480,
    if_none_match: str | Unset = UNSET,
) -> Any | ErrorEnvelope | WorkloadList | None:
    """Get the staff workload per day

     Reports, per staff contact and working day (weekends left out), the minutes of task work scheduled
    (`mode=workload`) or the minutes still free (`mode=availability`). A task's remaining time
    (allocated less tracked) is spread evenly over the working days from its start (or today) to its due
    date and shared among its assignees; completed and overdue tasks do not count. Dates cannot lie in
    the past.

    Args:
        contacts (KeywordMeAll | str | Unset): Contact ids separated by commas, or `me` (the
            caller) or `all`. Used both as a filter and as an assignment list in request bodies, where
            it is always a comma string and never a JSON array (an array makes the service fail with
            HTTP 500). Default: 'all'.
        datefrom (str | Unset): A day from today on, relative to today: `+` then a count and a
            unit (`d` days, `w` weeks, `m` months), e.g. `+0d` (today) or `+2w`. Default: '+0d'.
        dateto (str | Unset): A day from today on, relative to today: `+` then a count and a unit
            (`d` days, `w` weeks, `m` months), e.g. `+0d` (today) or `+2w`. Default: '+2w'.
        mode (WorkloadGetMode | Unset):  Default: WorkloadGetMode.WORKLOAD.
        availableminutes (int | Unset):  Default: 480.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorEnvelope | WorkloadList
    """

    return (
        await asyncio_detailed(
            client=client,
            contacts=contacts,
            datefrom=datefrom,
            dateto=dateto,
            mode=mode,
            availableminutes=availableminutes,
            if_none_match=if_none_match,
        )
    ).parsed
