from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_location_list import ContactLocationList
from ...models.error_envelope import ErrorEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    divisionid: int | Unset = UNSET,
    locationtimefrom: str | Unset = UNSET,
    locationtimeto: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    params: dict[str, Any] = {}

    params["divisionid"] = divisionid

    params["locationtimefrom"] = locationtimefrom

    params["locationtimeto"] = locationtimeto

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/contacts/location",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ContactLocationList | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = ContactLocationList.from_dict(response.json())

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
) -> Response[Any | ContactLocationList | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    divisionid: int | Unset = UNSET,
    locationtimefrom: str | Unset = UNSET,
    locationtimeto: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | ContactLocationList | ErrorEnvelope]:
    """List the locations of contacts

     Returns the locations of contacts the caller may see, narrowed by the filter parameters (different
    parameters combine with AND, comma lists within one parameter with OR). `fields` chooses the
    returned properties; `sortby`/`sortorder` order the rows and `pagenumber`/`pagesize` page them.

    Args:
        divisionid (int | Unset):
        locationtimefrom (str | Unset): A local date and time `yyyy-mm-ddThh:mm` (ISO 8601, no
            seconds, no offset), or an age: a count followed by `n` (minutes), `h` (hours), `d`
            (days), `w` (weeks) or `m` (months) meaning "that long ago", e.g. `12h`.
        locationtimeto (str | Unset): A local date and time `yyyy-mm-ddThh:mm` (ISO 8601, no
            seconds, no offset), or an age: a count followed by `n` (minutes), `h` (hours), `d`
            (days), `w` (weeks) or `m` (months) meaning "that long ago", e.g. `12h`.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ContactLocationList | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        divisionid=divisionid,
        locationtimefrom=locationtimefrom,
        locationtimeto=locationtimeto,
        if_none_match=if_none_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    divisionid: int | Unset = UNSET,
    locationtimefrom: str | Unset = UNSET,
    locationtimeto: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | ContactLocationList | ErrorEnvelope | None:
    """List the locations of contacts

     Returns the locations of contacts the caller may see, narrowed by the filter parameters (different
    parameters combine with AND, comma lists within one parameter with OR). `fields` chooses the
    returned properties; `sortby`/`sortorder` order the rows and `pagenumber`/`pagesize` page them.

    Args:
        divisionid (int | Unset):
        locationtimefrom (str | Unset): A local date and time `yyyy-mm-ddThh:mm` (ISO 8601, no
            seconds, no offset), or an age: a count followed by `n` (minutes), `h` (hours), `d`
            (days), `w` (weeks) or `m` (months) meaning "that long ago", e.g. `12h`.
        locationtimeto (str | Unset): A local date and time `yyyy-mm-ddThh:mm` (ISO 8601, no
            seconds, no offset), or an age: a count followed by `n` (minutes), `h` (hours), `d`
            (days), `w` (weeks) or `m` (months) meaning "that long ago", e.g. `12h`.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ContactLocationList | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        divisionid=divisionid,
        locationtimefrom=locationtimefrom,
        locationtimeto=locationtimeto,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    divisionid: int | Unset = UNSET,
    locationtimefrom: str | Unset = UNSET,
    locationtimeto: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | ContactLocationList | ErrorEnvelope]:
    """List the locations of contacts

     Returns the locations of contacts the caller may see, narrowed by the filter parameters (different
    parameters combine with AND, comma lists within one parameter with OR). `fields` chooses the
    returned properties; `sortby`/`sortorder` order the rows and `pagenumber`/`pagesize` page them.

    Args:
        divisionid (int | Unset):
        locationtimefrom (str | Unset): A local date and time `yyyy-mm-ddThh:mm` (ISO 8601, no
            seconds, no offset), or an age: a count followed by `n` (minutes), `h` (hours), `d`
            (days), `w` (weeks) or `m` (months) meaning "that long ago", e.g. `12h`.
        locationtimeto (str | Unset): A local date and time `yyyy-mm-ddThh:mm` (ISO 8601, no
            seconds, no offset), or an age: a count followed by `n` (minutes), `h` (hours), `d`
            (days), `w` (weeks) or `m` (months) meaning "that long ago", e.g. `12h`.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ContactLocationList | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        divisionid=divisionid,
        locationtimefrom=locationtimefrom,
        locationtimeto=locationtimeto,
        if_none_match=if_none_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    divisionid: int | Unset = UNSET,
    locationtimefrom: str | Unset = UNSET,
    locationtimeto: str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Any | ContactLocationList | ErrorEnvelope | None:
    """List the locations of contacts

     Returns the locations of contacts the caller may see, narrowed by the filter parameters (different
    parameters combine with AND, comma lists within one parameter with OR). `fields` chooses the
    returned properties; `sortby`/`sortorder` order the rows and `pagenumber`/`pagesize` page them.

    Args:
        divisionid (int | Unset):
        locationtimefrom (str | Unset): A local date and time `yyyy-mm-ddThh:mm` (ISO 8601, no
            seconds, no offset), or an age: a count followed by `n` (minutes), `h` (hours), `d`
            (days), `w` (weeks) or `m` (months) meaning "that long ago", e.g. `12h`.
        locationtimeto (str | Unset): A local date and time `yyyy-mm-ddThh:mm` (ISO 8601, no
            seconds, no offset), or an age: a count followed by `n` (minutes), `h` (hours), `d`
            (days), `w` (weeks) or `m` (months) meaning "that long ago", e.g. `12h`.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ContactLocationList | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            divisionid=divisionid,
            locationtimefrom=locationtimefrom,
            locationtimeto=locationtimeto,
            if_none_match=if_none_match,
        )
    ).parsed
