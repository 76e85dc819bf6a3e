from http import HTTPStatus
from typing import Any, Literal

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.update_users_schedule_result import UpdateUsersScheduleResult
from ...types import UNSET, Response


def _get_kwargs(
    *,
    action: Literal["update_users_schedule"] = "update_users_schedule",
    data: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["action"] = action

    params["data"] = data

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/admin/v2/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> UpdateUsersScheduleResult | None:
    if response.status_code == 200:
        response_200 = UpdateUsersScheduleResult.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[UpdateUsersScheduleResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["update_users_schedule"] = "update_users_schedule",
    data: str,
) -> Response[UpdateUsersScheduleResult]:
    """Mark or clear members' days

     Marks days in members' schedules as vacation, sick leave or a day off worked, or clears them
    (`unset`). `data` maps each member (e-mail address or id) to the days to change; a new value
    replaces the old one. Changes the account's state: the days appear in each member's "Schedule"
    window. The answer carries an empty `data` and a `message` counting the days added and updated
    (`Days added: 2, days updated: 1`); the vendor's example counts a cleared day among the updated
    ones.

    In the query form, `data` is the JSON text of that object (URL-encoded); the JSON form sends the
    object itself (`{"data": {...}}`, as the 2026 clients do).

    Failures: `data` missing, `status_code` 10 `Field is required` (presumed, like every required
    parameter). What an unknown member, a bad date or a bad value give is not documented.

    Vendor-doc correction: the 2026 PHP client's README shows `data` as weekly working hours per
    member (`{"user@...": {"mon": 8, ...}}`); the API page defines it as dates mapped to `vacation`,
    `sick-leave`, `workday` or `unset`, which this document follows.

    Args:
        action (Literal['update_users_schedule']):  Default: 'update_users_schedule'.
        data (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateUsersScheduleResult]
    """

    kwargs = _get_kwargs(
        action=action,
        data=data,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["update_users_schedule"] = "update_users_schedule",
    data: str,
) -> UpdateUsersScheduleResult | None:
    """Mark or clear members' days

     Marks days in members' schedules as vacation, sick leave or a day off worked, or clears them
    (`unset`). `data` maps each member (e-mail address or id) to the days to change; a new value
    replaces the old one. Changes the account's state: the days appear in each member's "Schedule"
    window. The answer carries an empty `data` and a `message` counting the days added and updated
    (`Days added: 2, days updated: 1`); the vendor's example counts a cleared day among the updated
    ones.

    In the query form, `data` is the JSON text of that object (URL-encoded); the JSON form sends the
    object itself (`{"data": {...}}`, as the 2026 clients do).

    Failures: `data` missing, `status_code` 10 `Field is required` (presumed, like every required
    parameter). What an unknown member, a bad date or a bad value give is not documented.

    Vendor-doc correction: the 2026 PHP client's README shows `data` as weekly working hours per
    member (`{"user@...": {"mon": 8, ...}}`); the API page defines it as dates mapped to `vacation`,
    `sick-leave`, `workday` or `unset`, which this document follows.

    Args:
        action (Literal['update_users_schedule']):  Default: 'update_users_schedule'.
        data (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateUsersScheduleResult
    """

    return sync_detailed(
        client=client,
        action=action,
        data=data,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["update_users_schedule"] = "update_users_schedule",
    data: str,
) -> Response[UpdateUsersScheduleResult]:
    """Mark or clear members' days

     Marks days in members' schedules as vacation, sick leave or a day off worked, or clears them
    (`unset`). `data` maps each member (e-mail address or id) to the days to change; a new value
    replaces the old one. Changes the account's state: the days appear in each member's "Schedule"
    window. The answer carries an empty `data` and a `message` counting the days added and updated
    (`Days added: 2, days updated: 1`); the vendor's example counts a cleared day among the updated
    ones.

    In the query form, `data` is the JSON text of that object (URL-encoded); the JSON form sends the
    object itself (`{"data": {...}}`, as the 2026 clients do).

    Failures: `data` missing, `status_code` 10 `Field is required` (presumed, like every required
    parameter). What an unknown member, a bad date or a bad value give is not documented.

    Vendor-doc correction: the 2026 PHP client's README shows `data` as weekly working hours per
    member (`{"user@...": {"mon": 8, ...}}`); the API page defines it as dates mapped to `vacation`,
    `sick-leave`, `workday` or `unset`, which this document follows.

    Args:
        action (Literal['update_users_schedule']):  Default: 'update_users_schedule'.
        data (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateUsersScheduleResult]
    """

    kwargs = _get_kwargs(
        action=action,
        data=data,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["update_users_schedule"] = "update_users_schedule",
    data: str,
) -> UpdateUsersScheduleResult | None:
    """Mark or clear members' days

     Marks days in members' schedules as vacation, sick leave or a day off worked, or clears them
    (`unset`). `data` maps each member (e-mail address or id) to the days to change; a new value
    replaces the old one. Changes the account's state: the days appear in each member's "Schedule"
    window. The answer carries an empty `data` and a `message` counting the days added and updated
    (`Days added: 2, days updated: 1`); the vendor's example counts a cleared day among the updated
    ones.

    In the query form, `data` is the JSON text of that object (URL-encoded); the JSON form sends the
    object itself (`{"data": {...}}`, as the 2026 clients do).

    Failures: `data` missing, `status_code` 10 `Field is required` (presumed, like every required
    parameter). What an unknown member, a bad date or a bad value give is not documented.

    Vendor-doc correction: the 2026 PHP client's README shows `data` as weekly working hours per
    member (`{"user@...": {"mon": 8, ...}}`); the API page defines it as dates mapped to `vacation`,
    `sick-leave`, `workday` or `unset`, which this document follows.

    Args:
        action (Literal['update_users_schedule']):  Default: 'update_users_schedule'.
        data (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateUsersScheduleResult
    """

    return (
        await asyncio_detailed(
            client=client,
            action=action,
            data=data,
        )
    ).parsed
