from http import HTTPStatus
from typing import Any, Literal

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cost_is_rate import CostIsRate
from ...models.update_costs_result import UpdateCostsResult
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    action: Literal["update_costs"] = "update_costs",
    id_costs: int | str,
    time: str | Unset = UNSET,
    money: str | Unset = UNSET,
    is_rate: CostIsRate | Unset = UNSET,
    comment: str | Unset = UNSET,
    date: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["action"] = action

    json_id_costs: int | str
    json_id_costs = id_costs
    params["id_costs"] = json_id_costs

    params["time"] = time

    params["money"] = money

    json_is_rate: str | Unset = UNSET
    if not isinstance(is_rate, Unset):
        json_is_rate = is_rate.value

    params["is_rate"] = json_is_rate

    params["comment"] = comment

    params["date"] = date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/admin/v2/",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> UpdateCostsResult | None:
    if response.status_code == 200:
        response_200 = UpdateCostsResult.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[UpdateCostsResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["update_costs"] = "update_costs",
    id_costs: int | str,
    time: str | Unset = UNSET,
    money: str | Unset = UNSET,
    is_rate: CostIsRate | Unset = UNSET,
    comment: str | Unset = UNSET,
    date: str | Unset = UNSET,
) -> Response[UpdateCostsResult]:
    """Change a cost line

     Changes one cost line (`id_costs`, from get_costs): its time, money, comment or day. With
    `is_rate=1` and a new `time` the money is recomputed from the author's hourly rate; without a new
    `time`, `is_rate` has no effect (per the vendor). The author and the task cannot be changed. The
    answer is `{"status": "ok"}`.

    Failures: `id_costs` missing, `status_code` 10 `Field is required` (presumed). What an unknown
    cost id gives is not documented (the mock: 10 `Costs not found`, a guess).

    Vendor-doc correction: the documentation's sample request names the line `id=ID_COSTS`; the
    parameter is `id_costs`, as its own parameter list and the recorded request say.

    Vendor-doc correction: the English page's sample answer `{"status": "ok",}` has a trailing comma;
    the answer is `{"status": "ok"}`.

    Args:
        action (Literal['update_costs']):  Default: 'update_costs'.
        id_costs (int | str): An id in a JSON body; the vendor's 2026 clients send it as a number
            or as digits.
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
        comment (str | Unset):
        date (str | Unset): A calendar date as the service takes it in parameters, `DD.MM.YYYY`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateCostsResult]
    """

    kwargs = _get_kwargs(
        action=action,
        id_costs=id_costs,
        time=time,
        money=money,
        is_rate=is_rate,
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
    action: Literal["update_costs"] = "update_costs",
    id_costs: int | str,
    time: str | Unset = UNSET,
    money: str | Unset = UNSET,
    is_rate: CostIsRate | Unset = UNSET,
    comment: str | Unset = UNSET,
    date: str | Unset = UNSET,
) -> UpdateCostsResult | None:
    """Change a cost line

     Changes one cost line (`id_costs`, from get_costs): its time, money, comment or day. With
    `is_rate=1` and a new `time` the money is recomputed from the author's hourly rate; without a new
    `time`, `is_rate` has no effect (per the vendor). The author and the task cannot be changed. The
    answer is `{"status": "ok"}`.

    Failures: `id_costs` missing, `status_code` 10 `Field is required` (presumed). What an unknown
    cost id gives is not documented (the mock: 10 `Costs not found`, a guess).

    Vendor-doc correction: the documentation's sample request names the line `id=ID_COSTS`; the
    parameter is `id_costs`, as its own parameter list and the recorded request say.

    Vendor-doc correction: the English page's sample answer `{"status": "ok",}` has a trailing comma;
    the answer is `{"status": "ok"}`.

    Args:
        action (Literal['update_costs']):  Default: 'update_costs'.
        id_costs (int | str): An id in a JSON body; the vendor's 2026 clients send it as a number
            or as digits.
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
        comment (str | Unset):
        date (str | Unset): A calendar date as the service takes it in parameters, `DD.MM.YYYY`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateCostsResult
    """

    return sync_detailed(
        client=client,
        action=action,
        id_costs=id_costs,
        time=time,
        money=money,
        is_rate=is_rate,
        comment=comment,
        date=date,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["update_costs"] = "update_costs",
    id_costs: int | str,
    time: str | Unset = UNSET,
    money: str | Unset = UNSET,
    is_rate: CostIsRate | Unset = UNSET,
    comment: str | Unset = UNSET,
    date: str | Unset = UNSET,
) -> Response[UpdateCostsResult]:
    """Change a cost line

     Changes one cost line (`id_costs`, from get_costs): its time, money, comment or day. With
    `is_rate=1` and a new `time` the money is recomputed from the author's hourly rate; without a new
    `time`, `is_rate` has no effect (per the vendor). The author and the task cannot be changed. The
    answer is `{"status": "ok"}`.

    Failures: `id_costs` missing, `status_code` 10 `Field is required` (presumed). What an unknown
    cost id gives is not documented (the mock: 10 `Costs not found`, a guess).

    Vendor-doc correction: the documentation's sample request names the line `id=ID_COSTS`; the
    parameter is `id_costs`, as its own parameter list and the recorded request say.

    Vendor-doc correction: the English page's sample answer `{"status": "ok",}` has a trailing comma;
    the answer is `{"status": "ok"}`.

    Args:
        action (Literal['update_costs']):  Default: 'update_costs'.
        id_costs (int | str): An id in a JSON body; the vendor's 2026 clients send it as a number
            or as digits.
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
        comment (str | Unset):
        date (str | Unset): A calendar date as the service takes it in parameters, `DD.MM.YYYY`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateCostsResult]
    """

    kwargs = _get_kwargs(
        action=action,
        id_costs=id_costs,
        time=time,
        money=money,
        is_rate=is_rate,
        comment=comment,
        date=date,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["update_costs"] = "update_costs",
    id_costs: int | str,
    time: str | Unset = UNSET,
    money: str | Unset = UNSET,
    is_rate: CostIsRate | Unset = UNSET,
    comment: str | Unset = UNSET,
    date: str | Unset = UNSET,
) -> UpdateCostsResult | None:
    """Change a cost line

     Changes one cost line (`id_costs`, from get_costs): its time, money, comment or day. With
    `is_rate=1` and a new `time` the money is recomputed from the author's hourly rate; without a new
    `time`, `is_rate` has no effect (per the vendor). The author and the task cannot be changed. The
    answer is `{"status": "ok"}`.

    Failures: `id_costs` missing, `status_code` 10 `Field is required` (presumed). What an unknown
    cost id gives is not documented (the mock: 10 `Costs not found`, a guess).

    Vendor-doc correction: the documentation's sample request names the line `id=ID_COSTS`; the
    parameter is `id_costs`, as its own parameter list and the recorded request say.

    Vendor-doc correction: the English page's sample answer `{"status": "ok",}` has a trailing comma;
    the answer is `{"status": "ok"}`.

    Args:
        action (Literal['update_costs']):  Default: 'update_costs'.
        id_costs (int | str): An id in a JSON body; the vendor's 2026 clients send it as a number
            or as digits.
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
        comment (str | Unset):
        date (str | Unset): A calendar date as the service takes it in parameters, `DD.MM.YYYY`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateCostsResult
    """

    return (
        await asyncio_detailed(
            client=client,
            action=action,
            id_costs=id_costs,
            time=time,
            money=money,
            is_rate=is_rate,
            comment=comment,
            date=date,
        )
    ).parsed
