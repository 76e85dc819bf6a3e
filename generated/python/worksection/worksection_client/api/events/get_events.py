from http import HTTPStatus
from typing import Any, Literal

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_events_result import GetEventsResult
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    action: Literal["get_events"] = "get_events",
    period: str,
    id_project: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["action"] = action

    params["period"] = period

    params["id_project"] = id_project

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/admin/v2/",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GetEventsResult | None:
    if response.status_code == 200:
        response_200 = GetEventsResult.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[GetEventsResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["get_events"] = "get_events",
    period: str,
    id_project: str | Unset = UNSET,
) -> Response[GetEventsResult]:
    """Read the activity log

     Returns what happened in the account's projects during the last `period` (e.g. `3d`, the last three
    days): each event says what was done (`post` created, `update` changed, `close` / `reopen` a task,
    `delete` a comment), to which object (project, task or comment), by whom and when, and for creations
    and
    changes the fields concerned (`new`, and `old` for changes). With `id_project` only that project's
    events. The recording lists events oldest first. The vendor recommends webhooks over polling this.

    A missing `period`, or one outside 1m-360m, 1h-72h or 1d-30d, is refused with `status_code` 10,
    "Field
    is required", `message_details` `period` (recorded for `period=60d`). An unknown `id_project` is
    presumably refused with `status_code` 4.

    Args:
        action (Literal['get_events']):  Default: 'get_events'.
        period (str): A look-back period: a whole number and a unit letter, `m` minutes (up to
            360), `h` hours (up to 72) or `d` days (up to 30). The pattern takes any number so that an
            out-of-range value reaches the service, which refuses it with code 10.
        id_project (str | Unset): The id of a record as a request parameter, a string of digits
            (as the service returns ids).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetEventsResult]
    """

    kwargs = _get_kwargs(
        action=action,
        period=period,
        id_project=id_project,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["get_events"] = "get_events",
    period: str,
    id_project: str | Unset = UNSET,
) -> GetEventsResult | None:
    """Read the activity log

     Returns what happened in the account's projects during the last `period` (e.g. `3d`, the last three
    days): each event says what was done (`post` created, `update` changed, `close` / `reopen` a task,
    `delete` a comment), to which object (project, task or comment), by whom and when, and for creations
    and
    changes the fields concerned (`new`, and `old` for changes). With `id_project` only that project's
    events. The recording lists events oldest first. The vendor recommends webhooks over polling this.

    A missing `period`, or one outside 1m-360m, 1h-72h or 1d-30d, is refused with `status_code` 10,
    "Field
    is required", `message_details` `period` (recorded for `period=60d`). An unknown `id_project` is
    presumably refused with `status_code` 4.

    Args:
        action (Literal['get_events']):  Default: 'get_events'.
        period (str): A look-back period: a whole number and a unit letter, `m` minutes (up to
            360), `h` hours (up to 72) or `d` days (up to 30). The pattern takes any number so that an
            out-of-range value reaches the service, which refuses it with code 10.
        id_project (str | Unset): The id of a record as a request parameter, a string of digits
            (as the service returns ids).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetEventsResult
    """

    return sync_detailed(
        client=client,
        action=action,
        period=period,
        id_project=id_project,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["get_events"] = "get_events",
    period: str,
    id_project: str | Unset = UNSET,
) -> Response[GetEventsResult]:
    """Read the activity log

     Returns what happened in the account's projects during the last `period` (e.g. `3d`, the last three
    days): each event says what was done (`post` created, `update` changed, `close` / `reopen` a task,
    `delete` a comment), to which object (project, task or comment), by whom and when, and for creations
    and
    changes the fields concerned (`new`, and `old` for changes). With `id_project` only that project's
    events. The recording lists events oldest first. The vendor recommends webhooks over polling this.

    A missing `period`, or one outside 1m-360m, 1h-72h or 1d-30d, is refused with `status_code` 10,
    "Field
    is required", `message_details` `period` (recorded for `period=60d`). An unknown `id_project` is
    presumably refused with `status_code` 4.

    Args:
        action (Literal['get_events']):  Default: 'get_events'.
        period (str): A look-back period: a whole number and a unit letter, `m` minutes (up to
            360), `h` hours (up to 72) or `d` days (up to 30). The pattern takes any number so that an
            out-of-range value reaches the service, which refuses it with code 10.
        id_project (str | Unset): The id of a record as a request parameter, a string of digits
            (as the service returns ids).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetEventsResult]
    """

    kwargs = _get_kwargs(
        action=action,
        period=period,
        id_project=id_project,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["get_events"] = "get_events",
    period: str,
    id_project: str | Unset = UNSET,
) -> GetEventsResult | None:
    """Read the activity log

     Returns what happened in the account's projects during the last `period` (e.g. `3d`, the last three
    days): each event says what was done (`post` created, `update` changed, `close` / `reopen` a task,
    `delete` a comment), to which object (project, task or comment), by whom and when, and for creations
    and
    changes the fields concerned (`new`, and `old` for changes). With `id_project` only that project's
    events. The recording lists events oldest first. The vendor recommends webhooks over polling this.

    A missing `period`, or one outside 1m-360m, 1h-72h or 1d-30d, is refused with `status_code` 10,
    "Field
    is required", `message_details` `period` (recorded for `period=60d`). An unknown `id_project` is
    presumably refused with `status_code` 4.

    Args:
        action (Literal['get_events']):  Default: 'get_events'.
        period (str): A look-back period: a whole number and a unit letter, `m` minutes (up to
            360), `h` hours (up to 72) or `d` days (up to 30). The pattern takes any number so that an
            out-of-range value reaches the service, which refuses it with code 10.
        id_project (str | Unset): The id of a record as a request parameter, a string of digits
            (as the service returns ids).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetEventsResult
    """

    return (
        await asyncio_detailed(
            client=client,
            action=action,
            period=period,
            id_project=id_project,
        )
    ).parsed
