from http import HTTPStatus
from typing import Any, Literal

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_users_schedule_result import GetUsersScheduleResult
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    action: Literal["get_users_schedule"] = "get_users_schedule",
    users: str | Unset = UNSET,
    datestart: str | Unset = UNSET,
    dateend: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["action"] = action

    params["users"] = users

    params["datestart"] = datestart

    params["dateend"] = dateend

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/admin/v2/",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GetUsersScheduleResult | None:
    if response.status_code == 200:
        response_200 = GetUsersScheduleResult.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetUsersScheduleResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["get_users_schedule"] = "get_users_schedule",
    users: str | Unset = UNSET,
    datestart: str | Unset = UNSET,
    dateend: str | Unset = UNSET,
) -> Response[GetUsersScheduleResult]:
    """Read members' marked days

     Returns the days marked in members' "Schedule" window: vacations, sick leave and days off worked
    (`workday`), keyed by member id. Ordinary days are not listed. `users` limits the answer to some
    members (e-mail addresses or ids, comma-separated); `datestart` and `dateend` limit the dates
    (inclusive). Reads only. Members without marked days presumably come with an empty `schedule`.

    Failures: beyond the signature, not documented. The vendor's 2026 PHP client marks this action
    "TODO: Action is invalid", which suggests the service refused it when they tried.

    Vendor-doc correction: the documentation's sample answer is not JSON (a trailing comma after the
    last day, and the second member elided as `... ... ...`); the answer is a JSON object of members
    keyed by id.

    Args:
        action (Literal['get_users_schedule']):  Default: 'get_users_schedule'.
        users (str | Unset):
        datestart (str | Unset): A calendar date as the service takes it in parameters,
            `DD.MM.YYYY`.
        dateend (str | Unset): A calendar date as the service takes it in parameters,
            `DD.MM.YYYY`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetUsersScheduleResult]
    """

    kwargs = _get_kwargs(
        action=action,
        users=users,
        datestart=datestart,
        dateend=dateend,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["get_users_schedule"] = "get_users_schedule",
    users: str | Unset = UNSET,
    datestart: str | Unset = UNSET,
    dateend: str | Unset = UNSET,
) -> GetUsersScheduleResult | None:
    """Read members' marked days

     Returns the days marked in members' "Schedule" window: vacations, sick leave and days off worked
    (`workday`), keyed by member id. Ordinary days are not listed. `users` limits the answer to some
    members (e-mail addresses or ids, comma-separated); `datestart` and `dateend` limit the dates
    (inclusive). Reads only. Members without marked days presumably come with an empty `schedule`.

    Failures: beyond the signature, not documented. The vendor's 2026 PHP client marks this action
    "TODO: Action is invalid", which suggests the service refused it when they tried.

    Vendor-doc correction: the documentation's sample answer is not JSON (a trailing comma after the
    last day, and the second member elided as `... ... ...`); the answer is a JSON object of members
    keyed by id.

    Args:
        action (Literal['get_users_schedule']):  Default: 'get_users_schedule'.
        users (str | Unset):
        datestart (str | Unset): A calendar date as the service takes it in parameters,
            `DD.MM.YYYY`.
        dateend (str | Unset): A calendar date as the service takes it in parameters,
            `DD.MM.YYYY`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetUsersScheduleResult
    """

    return sync_detailed(
        client=client,
        action=action,
        users=users,
        datestart=datestart,
        dateend=dateend,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["get_users_schedule"] = "get_users_schedule",
    users: str | Unset = UNSET,
    datestart: str | Unset = UNSET,
    dateend: str | Unset = UNSET,
) -> Response[GetUsersScheduleResult]:
    """Read members' marked days

     Returns the days marked in members' "Schedule" window: vacations, sick leave and days off worked
    (`workday`), keyed by member id. Ordinary days are not listed. `users` limits the answer to some
    members (e-mail addresses or ids, comma-separated); `datestart` and `dateend` limit the dates
    (inclusive). Reads only. Members without marked days presumably come with an empty `schedule`.

    Failures: beyond the signature, not documented. The vendor's 2026 PHP client marks this action
    "TODO: Action is invalid", which suggests the service refused it when they tried.

    Vendor-doc correction: the documentation's sample answer is not JSON (a trailing comma after the
    last day, and the second member elided as `... ... ...`); the answer is a JSON object of members
    keyed by id.

    Args:
        action (Literal['get_users_schedule']):  Default: 'get_users_schedule'.
        users (str | Unset):
        datestart (str | Unset): A calendar date as the service takes it in parameters,
            `DD.MM.YYYY`.
        dateend (str | Unset): A calendar date as the service takes it in parameters,
            `DD.MM.YYYY`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetUsersScheduleResult]
    """

    kwargs = _get_kwargs(
        action=action,
        users=users,
        datestart=datestart,
        dateend=dateend,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["get_users_schedule"] = "get_users_schedule",
    users: str | Unset = UNSET,
    datestart: str | Unset = UNSET,
    dateend: str | Unset = UNSET,
) -> GetUsersScheduleResult | None:
    """Read members' marked days

     Returns the days marked in members' "Schedule" window: vacations, sick leave and days off worked
    (`workday`), keyed by member id. Ordinary days are not listed. `users` limits the answer to some
    members (e-mail addresses or ids, comma-separated); `datestart` and `dateend` limit the dates
    (inclusive). Reads only. Members without marked days presumably come with an empty `schedule`.

    Failures: beyond the signature, not documented. The vendor's 2026 PHP client marks this action
    "TODO: Action is invalid", which suggests the service refused it when they tried.

    Vendor-doc correction: the documentation's sample answer is not JSON (a trailing comma after the
    last day, and the second member elided as `... ... ...`); the answer is a JSON object of members
    keyed by id.

    Args:
        action (Literal['get_users_schedule']):  Default: 'get_users_schedule'.
        users (str | Unset):
        datestart (str | Unset): A calendar date as the service takes it in parameters,
            `DD.MM.YYYY`.
        dateend (str | Unset): A calendar date as the service takes it in parameters,
            `DD.MM.YYYY`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetUsersScheduleResult
    """

    return (
        await asyncio_detailed(
            client=client,
            action=action,
            users=users,
            datestart=datestart,
            dateend=dateend,
        )
    ).parsed
