from http import HTTPStatus
from typing import Any, Literal

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_costs_result import AddCostsResult
from ...models.cost_is_rate import CostIsRate
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    action: Literal["add_costs"] = "add_costs",
    id_task: str,
    time: str | Unset = UNSET,
    money: str | Unset = UNSET,
    is_rate: CostIsRate | Unset = UNSET,
    email_user_from: str | Unset = UNSET,
    comment: str | Unset = UNSET,
    date: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["action"] = action

    params["id_task"] = id_task

    params["time"] = time

    params["money"] = money

    json_is_rate: str | Unset = UNSET
    if not isinstance(is_rate, Unset):
        json_is_rate = is_rate.value

    params["is_rate"] = json_is_rate

    params["email_user_from"] = email_user_from

    params["comment"] = comment

    params["date"] = date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/admin/v2/",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AddCostsResult | None:
    if response.status_code == 200:
        response_200 = AddCostsResult.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AddCostsResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["add_costs"] = "add_costs",
    id_task: str,
    time: str | Unset = UNSET,
    money: str | Unset = UNSET,
    is_rate: CostIsRate | Unset = UNSET,
    email_user_from: str | Unset = UNSET,
    comment: str | Unset = UNSET,
    date: str | Unset = UNSET,
) -> Response[AddCostsResult]:
    """Book time or money on a task

     Creates a cost line on a task: time (`time`), money (`money`), or both, for a day (`date`, by
    default today), with an optional comment. With `is_rate=1` the money is the author's hourly rate
    (`rate` in get_users) times the time, and `money` is ignored. The author is the member named by
    `email_user_from`. The answer carries only the new line's id, as a JSON number (not a string, unlike
    the ids get_costs returns).

    Failures: `id_task` missing, `status_code` 10 `Field is required` (`id_task`); neither `time` nor
    `money` given (or both empty), 10 `Field is required` with `message_details` `time or money`
    (recorded); an unknown task, 5 `Task is invalid` (presumed); an `email_user_from` that is no
    member, 11 `Invalid email` (presumed, as subscribe answers). Whether the project's booking
    restrictions (costs only for today, only from the timer) apply to this call is not known.

    Args:
        action (Literal['add_costs']):  Default: 'add_costs'.
        id_task (str): The id of a record as a request parameter, a string of digits (as the
            service returns ids).
        time (str | Unset): Time to book, in hours, written one of three ways: a decimal number of
            hours with a point
            (`0.15`, `1.5`) or a comma (`0,15`, `1,5`), a whole number of hours (`2`), or hours and
            minutes
            with a colon (`0:09`, `2:15`, minutes `00`..`59`). `0.15`, `0,15` and `0:09` are the same
            nine minutes. Parsing rule (mock): decimal hours h give round(h x 60) minutes; `H:MM`
            gives
            H x 60 + MM minutes; the service shows the result as `H:MM`.
        money (str | Unset): Money to book in the account's currency, for costs not derived from
            an hourly rate: a whole or
            decimal number with a point or a comma (`120`, `75.50`, `75,5`). The service keeps two
            decimals
            (the mock rounds half up).
        is_rate (CostIsRate | Unset): `1`: work out the money from the author's hourly rate and
            the booked time (a `money` value
            is then ignored). The vendor documents only the value `1`; `0` is taken as "not given".
        email_user_from (str | Unset):
        comment (str | Unset):
        date (str | Unset): A calendar date as the service takes it in parameters, `DD.MM.YYYY`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddCostsResult]
    """

    kwargs = _get_kwargs(
        action=action,
        id_task=id_task,
        time=time,
        money=money,
        is_rate=is_rate,
        email_user_from=email_user_from,
        comment=comment,
        date=date,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["add_costs"] = "add_costs",
    id_task: str,
    time: str | Unset = UNSET,
    money: str | Unset = UNSET,
    is_rate: CostIsRate | Unset = UNSET,
    email_user_from: str | Unset = UNSET,
    comment: str | Unset = UNSET,
    date: str | Unset = UNSET,
) -> AddCostsResult | None:
    """Book time or money on a task

     Creates a cost line on a task: time (`time`), money (`money`), or both, for a day (`date`, by
    default today), with an optional comment. With `is_rate=1` the money is the author's hourly rate
    (`rate` in get_users) times the time, and `money` is ignored. The author is the member named by
    `email_user_from`. The answer carries only the new line's id, as a JSON number (not a string, unlike
    the ids get_costs returns).

    Failures: `id_task` missing, `status_code` 10 `Field is required` (`id_task`); neither `time` nor
    `money` given (or both empty), 10 `Field is required` with `message_details` `time or money`
    (recorded); an unknown task, 5 `Task is invalid` (presumed); an `email_user_from` that is no
    member, 11 `Invalid email` (presumed, as subscribe answers). Whether the project's booking
    restrictions (costs only for today, only from the timer) apply to this call is not known.

    Args:
        action (Literal['add_costs']):  Default: 'add_costs'.
        id_task (str): The id of a record as a request parameter, a string of digits (as the
            service returns ids).
        time (str | Unset): Time to book, in hours, written one of three ways: a decimal number of
            hours with a point
            (`0.15`, `1.5`) or a comma (`0,15`, `1,5`), a whole number of hours (`2`), or hours and
            minutes
            with a colon (`0:09`, `2:15`, minutes `00`..`59`). `0.15`, `0,15` and `0:09` are the same
            nine minutes. Parsing rule (mock): decimal hours h give round(h x 60) minutes; `H:MM`
            gives
            H x 60 + MM minutes; the service shows the result as `H:MM`.
        money (str | Unset): Money to book in the account's currency, for costs not derived from
            an hourly rate: a whole or
            decimal number with a point or a comma (`120`, `75.50`, `75,5`). The service keeps two
            decimals
            (the mock rounds half up).
        is_rate (CostIsRate | Unset): `1`: work out the money from the author's hourly rate and
            the booked time (a `money` value
            is then ignored). The vendor documents only the value `1`; `0` is taken as "not given".
        email_user_from (str | Unset):
        comment (str | Unset):
        date (str | Unset): A calendar date as the service takes it in parameters, `DD.MM.YYYY`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddCostsResult
    """

    return sync_detailed(
        client=client,
        action=action,
        id_task=id_task,
        time=time,
        money=money,
        is_rate=is_rate,
        email_user_from=email_user_from,
        comment=comment,
        date=date,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["add_costs"] = "add_costs",
    id_task: str,
    time: str | Unset = UNSET,
    money: str | Unset = UNSET,
    is_rate: CostIsRate | Unset = UNSET,
    email_user_from: str | Unset = UNSET,
    comment: str | Unset = UNSET,
    date: str | Unset = UNSET,
) -> Response[AddCostsResult]:
    """Book time or money on a task

     Creates a cost line on a task: time (`time`), money (`money`), or both, for a day (`date`, by
    default today), with an optional comment. With `is_rate=1` the money is the author's hourly rate
    (`rate` in get_users) times the time, and `money` is ignored. The author is the member named by
    `email_user_from`. The answer carries only the new line's id, as a JSON number (not a string, unlike
    the ids get_costs returns).

    Failures: `id_task` missing, `status_code` 10 `Field is required` (`id_task`); neither `time` nor
    `money` given (or both empty), 10 `Field is required` with `message_details` `time or money`
    (recorded); an unknown task, 5 `Task is invalid` (presumed); an `email_user_from` that is no
    member, 11 `Invalid email` (presumed, as subscribe answers). Whether the project's booking
    restrictions (costs only for today, only from the timer) apply to this call is not known.

    Args:
        action (Literal['add_costs']):  Default: 'add_costs'.
        id_task (str): The id of a record as a request parameter, a string of digits (as the
            service returns ids).
        time (str | Unset): Time to book, in hours, written one of three ways: a decimal number of
            hours with a point
            (`0.15`, `1.5`) or a comma (`0,15`, `1,5`), a whole number of hours (`2`), or hours and
            minutes
            with a colon (`0:09`, `2:15`, minutes `00`..`59`). `0.15`, `0,15` and `0:09` are the same
            nine minutes. Parsing rule (mock): decimal hours h give round(h x 60) minutes; `H:MM`
            gives
            H x 60 + MM minutes; the service shows the result as `H:MM`.
        money (str | Unset): Money to book in the account's currency, for costs not derived from
            an hourly rate: a whole or
            decimal number with a point or a comma (`120`, `75.50`, `75,5`). The service keeps two
            decimals
            (the mock rounds half up).
        is_rate (CostIsRate | Unset): `1`: work out the money from the author's hourly rate and
            the booked time (a `money` value
            is then ignored). The vendor documents only the value `1`; `0` is taken as "not given".
        email_user_from (str | Unset):
        comment (str | Unset):
        date (str | Unset): A calendar date as the service takes it in parameters, `DD.MM.YYYY`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddCostsResult]
    """

    kwargs = _get_kwargs(
        action=action,
        id_task=id_task,
        time=time,
        money=money,
        is_rate=is_rate,
        email_user_from=email_user_from,
        comment=comment,
        date=date,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["add_costs"] = "add_costs",
    id_task: str,
    time: str | Unset = UNSET,
    money: str | Unset = UNSET,
    is_rate: CostIsRate | Unset = UNSET,
    email_user_from: str | Unset = UNSET,
    comment: str | Unset = UNSET,
    date: str | Unset = UNSET,
) -> AddCostsResult | None:
    """Book time or money on a task

     Creates a cost line on a task: time (`time`), money (`money`), or both, for a day (`date`, by
    default today), with an optional comment. With `is_rate=1` the money is the author's hourly rate
    (`rate` in get_users) times the time, and `money` is ignored. The author is the member named by
    `email_user_from`. The answer carries only the new line's id, as a JSON number (not a string, unlike
    the ids get_costs returns).

    Failures: `id_task` missing, `status_code` 10 `Field is required` (`id_task`); neither `time` nor
    `money` given (or both empty), 10 `Field is required` with `message_details` `time or money`
    (recorded); an unknown task, 5 `Task is invalid` (presumed); an `email_user_from` that is no
    member, 11 `Invalid email` (presumed, as subscribe answers). Whether the project's booking
    restrictions (costs only for today, only from the timer) apply to this call is not known.

    Args:
        action (Literal['add_costs']):  Default: 'add_costs'.
        id_task (str): The id of a record as a request parameter, a string of digits (as the
            service returns ids).
        time (str | Unset): Time to book, in hours, written one of three ways: a decimal number of
            hours with a point
            (`0.15`, `1.5`) or a comma (`0,15`, `1,5`), a whole number of hours (`2`), or hours and
            minutes
            with a colon (`0:09`, `2:15`, minutes `00`..`59`). `0.15`, `0,15` and `0:09` are the same
            nine minutes. Parsing rule (mock): decimal hours h give round(h x 60) minutes; `H:MM`
            gives
            H x 60 + MM minutes; the service shows the result as `H:MM`.
        money (str | Unset): Money to book in the account's currency, for costs not derived from
            an hourly rate: a whole or
            decimal number with a point or a comma (`120`, `75.50`, `75,5`). The service keeps two
            decimals
            (the mock rounds half up).
        is_rate (CostIsRate | Unset): `1`: work out the money from the author's hourly rate and
            the booked time (a `money` value
            is then ignored). The vendor documents only the value `1`; `0` is taken as "not given".
        email_user_from (str | Unset):
        comment (str | Unset):
        date (str | Unset): A calendar date as the service takes it in parameters, `DD.MM.YYYY`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddCostsResult
    """

    return (
        await asyncio_detailed(
            client=client,
            action=action,
            id_task=id_task,
            time=time,
            money=money,
            is_rate=is_rate,
            email_user_from=email_user_from,
            comment=comment,
            date=date,
        )
    ).parsed
