from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.people_timesheets_ok import PeopleTimesheetsOk
from ...models.time_get_people_timesheets_body import TimeGetPeopleTimesheetsBody
from ...types import Response


def _get_kwargs(
    *,
    body: TimeGetPeopleTimesheetsBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v2",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PeopleTimesheetsOk | None:
    if response.status_code == 200:
        response_200 = PeopleTimesheetsOk.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[PeopleTimesheetsOk]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TimeGetPeopleTimesheetsBody,
) -> Response[PeopleTimesheetsOk]:
    """Get the hours of every person over a period

     Undocumented service that integrations use to find the people who logged no time: for a period, the
    hours each person logged, summed, among the entries in the given approval states. With `showAll`
    every active person is listed, those without hours too (their sum is 0); without it only those who
    logged some. The days are sent as `[year, month, day]` lists of digit strings. The one integration
    seen marks the call with `undoc: true` and sends `true` in place of `x` as the Basic password; the
    password is not checked, only the token.

    Args:
        body (TimeGetPeopleTimesheetsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PeopleTimesheetsOk]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: TimeGetPeopleTimesheetsBody,
) -> PeopleTimesheetsOk | None:
    """Get the hours of every person over a period

     Undocumented service that integrations use to find the people who logged no time: for a period, the
    hours each person logged, summed, among the entries in the given approval states. With `showAll`
    every active person is listed, those without hours too (their sum is 0); without it only those who
    logged some. The days are sent as `[year, month, day]` lists of digit strings. The one integration
    seen marks the call with `undoc: true` and sends `true` in place of `x` as the Basic password; the
    password is not checked, only the token.

    Args:
        body (TimeGetPeopleTimesheetsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PeopleTimesheetsOk
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TimeGetPeopleTimesheetsBody,
) -> Response[PeopleTimesheetsOk]:
    """Get the hours of every person over a period

     Undocumented service that integrations use to find the people who logged no time: for a period, the
    hours each person logged, summed, among the entries in the given approval states. With `showAll`
    every active person is listed, those without hours too (their sum is 0); without it only those who
    logged some. The days are sent as `[year, month, day]` lists of digit strings. The one integration
    seen marks the call with `undoc: true` and sends `true` in place of `x` as the Basic password; the
    password is not checked, only the token.

    Args:
        body (TimeGetPeopleTimesheetsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PeopleTimesheetsOk]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TimeGetPeopleTimesheetsBody,
) -> PeopleTimesheetsOk | None:
    """Get the hours of every person over a period

     Undocumented service that integrations use to find the people who logged no time: for a period, the
    hours each person logged, summed, among the entries in the given approval states. With `showAll`
    every active person is listed, those without hours too (their sum is 0); without it only those who
    logged some. The days are sent as `[year, month, day]` lists of digit strings. The one integration
    seen marks the call with `undoc: true` and sends `true` in place of `x` as the Basic password; the
    password is not checked, only the token.

    Args:
        body (TimeGetPeopleTimesheetsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PeopleTimesheetsOk
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
