from http import HTTPStatus
from typing import Any, Literal

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.costs_is_timer import CostsIsTimer
from ...models.get_costs_result import GetCostsResult
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    action: Literal["get_costs"] = "get_costs",
    id_project: str | Unset = UNSET,
    id_task: str | Unset = UNSET,
    datestart: str | Unset = UNSET,
    dateend: str | Unset = UNSET,
    is_timer: CostsIsTimer | Unset = UNSET,
    filter_: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["action"] = action

    params["id_project"] = id_project

    params["id_task"] = id_task

    params["datestart"] = datestart

    params["dateend"] = dateend

    json_is_timer: str | Unset = UNSET
    if not isinstance(is_timer, Unset):
        json_is_timer = is_timer.value

    params["is_timer"] = json_is_timer

    params["filter"] = filter_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/admin/v2/",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GetCostsResult | None:
    if response.status_code == 200:
        response_200 = GetCostsResult.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[GetCostsResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["get_costs"] = "get_costs",
    id_project: str | Unset = UNSET,
    id_task: str | Unset = UNSET,
    datestart: str | Unset = UNSET,
    dateend: str | Unset = UNSET,
    is_timer: CostsIsTimer | Unset = UNSET,
    filter_: str | Unset = UNSET,
) -> Response[GetCostsResult]:
    """List cost lines

     Returns the cost lines (time and money booked on tasks) of the whole account, or of one project
    (`id_project`) or task (`id_task`), optionally narrowed by date (`datestart`, `dateend`, both
    inclusive), by origin (`is_timer`) and by a search expression (`filter`). Each line carries its
    author and the task it is booked on (with the task's project); `total` sums the time and money of
    the lines returned. Reads only. No paging (at most 10,000 records per answer). The recorded
    answer lists lines by ascending id.

    Failures: an unknown project, `status_code` 4 `Project is invalid`; an unknown task, 5 `Task is
    invalid` (the codes every other action answers for them; not recorded for get_costs). An invalid
    filter's answer is not documented.

    Vendor-doc correction: an older English page and the 2023 SDK describe a `page` parameter
    (a link to the project or task); the current API takes `id_project` and `id_task`.

    Vendor-doc correction: the documentation's sample answer is not JSON (trailing commas after the
    task's tags and after the task, the second line elided as `... ... ...`); the service answers
    plain JSON.

    Args:
        action (Literal['get_costs']):  Default: 'get_costs'.
        id_project (str | Unset): The id of a record as a request parameter, a string of digits
            (as the service returns ids).
        id_task (str | Unset): The id of a record as a request parameter, a string of digits (as
            the service returns ids).
        datestart (str | Unset): A calendar date as the service takes it in parameters,
            `DD.MM.YYYY`.
        dateend (str | Unset): A calendar date as the service takes it in parameters,
            `DD.MM.YYYY`.
        is_timer (CostsIsTimer | Unset): `1`: only cost lines whose time came from the timer; `0`:
            only lines entered by hand.
        filter_ (str | Unset): A get_costs search expression (see the `filter` parameter). The
            pattern checks its words only, not its grammar.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetCostsResult]
    """

    kwargs = _get_kwargs(
        action=action,
        id_project=id_project,
        id_task=id_task,
        datestart=datestart,
        dateend=dateend,
        is_timer=is_timer,
        filter_=filter_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["get_costs"] = "get_costs",
    id_project: str | Unset = UNSET,
    id_task: str | Unset = UNSET,
    datestart: str | Unset = UNSET,
    dateend: str | Unset = UNSET,
    is_timer: CostsIsTimer | Unset = UNSET,
    filter_: str | Unset = UNSET,
) -> GetCostsResult | None:
    """List cost lines

     Returns the cost lines (time and money booked on tasks) of the whole account, or of one project
    (`id_project`) or task (`id_task`), optionally narrowed by date (`datestart`, `dateend`, both
    inclusive), by origin (`is_timer`) and by a search expression (`filter`). Each line carries its
    author and the task it is booked on (with the task's project); `total` sums the time and money of
    the lines returned. Reads only. No paging (at most 10,000 records per answer). The recorded
    answer lists lines by ascending id.

    Failures: an unknown project, `status_code` 4 `Project is invalid`; an unknown task, 5 `Task is
    invalid` (the codes every other action answers for them; not recorded for get_costs). An invalid
    filter's answer is not documented.

    Vendor-doc correction: an older English page and the 2023 SDK describe a `page` parameter
    (a link to the project or task); the current API takes `id_project` and `id_task`.

    Vendor-doc correction: the documentation's sample answer is not JSON (trailing commas after the
    task's tags and after the task, the second line elided as `... ... ...`); the service answers
    plain JSON.

    Args:
        action (Literal['get_costs']):  Default: 'get_costs'.
        id_project (str | Unset): The id of a record as a request parameter, a string of digits
            (as the service returns ids).
        id_task (str | Unset): The id of a record as a request parameter, a string of digits (as
            the service returns ids).
        datestart (str | Unset): A calendar date as the service takes it in parameters,
            `DD.MM.YYYY`.
        dateend (str | Unset): A calendar date as the service takes it in parameters,
            `DD.MM.YYYY`.
        is_timer (CostsIsTimer | Unset): `1`: only cost lines whose time came from the timer; `0`:
            only lines entered by hand.
        filter_ (str | Unset): A get_costs search expression (see the `filter` parameter). The
            pattern checks its words only, not its grammar.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetCostsResult
    """

    return sync_detailed(
        client=client,
        action=action,
        id_project=id_project,
        id_task=id_task,
        datestart=datestart,
        dateend=dateend,
        is_timer=is_timer,
        filter_=filter_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["get_costs"] = "get_costs",
    id_project: str | Unset = UNSET,
    id_task: str | Unset = UNSET,
    datestart: str | Unset = UNSET,
    dateend: str | Unset = UNSET,
    is_timer: CostsIsTimer | Unset = UNSET,
    filter_: str | Unset = UNSET,
) -> Response[GetCostsResult]:
    """List cost lines

     Returns the cost lines (time and money booked on tasks) of the whole account, or of one project
    (`id_project`) or task (`id_task`), optionally narrowed by date (`datestart`, `dateend`, both
    inclusive), by origin (`is_timer`) and by a search expression (`filter`). Each line carries its
    author and the task it is booked on (with the task's project); `total` sums the time and money of
    the lines returned. Reads only. No paging (at most 10,000 records per answer). The recorded
    answer lists lines by ascending id.

    Failures: an unknown project, `status_code` 4 `Project is invalid`; an unknown task, 5 `Task is
    invalid` (the codes every other action answers for them; not recorded for get_costs). An invalid
    filter's answer is not documented.

    Vendor-doc correction: an older English page and the 2023 SDK describe a `page` parameter
    (a link to the project or task); the current API takes `id_project` and `id_task`.

    Vendor-doc correction: the documentation's sample answer is not JSON (trailing commas after the
    task's tags and after the task, the second line elided as `... ... ...`); the service answers
    plain JSON.

    Args:
        action (Literal['get_costs']):  Default: 'get_costs'.
        id_project (str | Unset): The id of a record as a request parameter, a string of digits
            (as the service returns ids).
        id_task (str | Unset): The id of a record as a request parameter, a string of digits (as
            the service returns ids).
        datestart (str | Unset): A calendar date as the service takes it in parameters,
            `DD.MM.YYYY`.
        dateend (str | Unset): A calendar date as the service takes it in parameters,
            `DD.MM.YYYY`.
        is_timer (CostsIsTimer | Unset): `1`: only cost lines whose time came from the timer; `0`:
            only lines entered by hand.
        filter_ (str | Unset): A get_costs search expression (see the `filter` parameter). The
            pattern checks its words only, not its grammar.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetCostsResult]
    """

    kwargs = _get_kwargs(
        action=action,
        id_project=id_project,
        id_task=id_task,
        datestart=datestart,
        dateend=dateend,
        is_timer=is_timer,
        filter_=filter_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["get_costs"] = "get_costs",
    id_project: str | Unset = UNSET,
    id_task: str | Unset = UNSET,
    datestart: str | Unset = UNSET,
    dateend: str | Unset = UNSET,
    is_timer: CostsIsTimer | Unset = UNSET,
    filter_: str | Unset = UNSET,
) -> GetCostsResult | None:
    """List cost lines

     Returns the cost lines (time and money booked on tasks) of the whole account, or of one project
    (`id_project`) or task (`id_task`), optionally narrowed by date (`datestart`, `dateend`, both
    inclusive), by origin (`is_timer`) and by a search expression (`filter`). Each line carries its
    author and the task it is booked on (with the task's project); `total` sums the time and money of
    the lines returned. Reads only. No paging (at most 10,000 records per answer). The recorded
    answer lists lines by ascending id.

    Failures: an unknown project, `status_code` 4 `Project is invalid`; an unknown task, 5 `Task is
    invalid` (the codes every other action answers for them; not recorded for get_costs). An invalid
    filter's answer is not documented.

    Vendor-doc correction: an older English page and the 2023 SDK describe a `page` parameter
    (a link to the project or task); the current API takes `id_project` and `id_task`.

    Vendor-doc correction: the documentation's sample answer is not JSON (trailing commas after the
    task's tags and after the task, the second line elided as `... ... ...`); the service answers
    plain JSON.

    Args:
        action (Literal['get_costs']):  Default: 'get_costs'.
        id_project (str | Unset): The id of a record as a request parameter, a string of digits
            (as the service returns ids).
        id_task (str | Unset): The id of a record as a request parameter, a string of digits (as
            the service returns ids).
        datestart (str | Unset): A calendar date as the service takes it in parameters,
            `DD.MM.YYYY`.
        dateend (str | Unset): A calendar date as the service takes it in parameters,
            `DD.MM.YYYY`.
        is_timer (CostsIsTimer | Unset): `1`: only cost lines whose time came from the timer; `0`:
            only lines entered by hand.
        filter_ (str | Unset): A get_costs search expression (see the `filter` parameter). The
            pattern checks its words only, not its grammar.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetCostsResult
    """

    return (
        await asyncio_detailed(
            client=client,
            action=action,
            id_project=id_project,
            id_task=id_task,
            datestart=datestart,
            dateend=dateend,
            is_timer=is_timer,
            filter_=filter_,
        )
    ).parsed
