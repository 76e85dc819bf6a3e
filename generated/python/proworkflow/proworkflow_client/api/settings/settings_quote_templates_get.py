from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.billing_template_envelope import BillingTemplateEnvelope
from ...models.error_envelope import ErrorEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    templateid: int,
    *,
    if_none_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/settings/quotes/templates/{templateid}".format(
            templateid=quote(str(templateid), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | BillingTemplateEnvelope | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = BillingTemplateEnvelope.from_dict(response.json())

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
) -> Response[Any | BillingTemplateEnvelope | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    templateid: int,
    *,
    client: AuthenticatedClient | Client,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | BillingTemplateEnvelope | ErrorEnvelope]:
    """Get a quote template

     Returns one quote template, under `template`; an unknown id is 404. Staff only (the account's
    settings are not shown to clients and contractors, who get 403).

    Args:
        templateid (int):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BillingTemplateEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        templateid=templateid,
        if_none_match=if_none_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    templateid: int,
    *,
    client: AuthenticatedClient | Client,
    if_none_match: str | Unset = UNSET,
) -> Any | BillingTemplateEnvelope | ErrorEnvelope | None:
    """Get a quote template

     Returns one quote template, under `template`; an unknown id is 404. Staff only (the account's
    settings are not shown to clients and contractors, who get 403).

    Args:
        templateid (int):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BillingTemplateEnvelope | ErrorEnvelope
    """

    return sync_detailed(
        templateid=templateid,
        client=client,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    templateid: int,
    *,
    client: AuthenticatedClient | Client,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | BillingTemplateEnvelope | ErrorEnvelope]:
    """Get a quote template

     Returns one quote template, under `template`; an unknown id is 404. Staff only (the account's
    settings are not shown to clients and contractors, who get 403).

    Args:
        templateid (int):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BillingTemplateEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        templateid=templateid,
        if_none_match=if_none_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    templateid: int,
    *,
    client: AuthenticatedClient | Client,
    if_none_match: str | Unset = UNSET,
) -> Any | BillingTemplateEnvelope | ErrorEnvelope | None:
    """Get a quote template

     Returns one quote template, under `template`; an unknown id is 404. Staff only (the account's
    settings are not shown to clients and contractors, who get 403).

    Args:
        templateid (int):
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BillingTemplateEnvelope | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            templateid=templateid,
            client=client,
            if_none_match=if_none_match,
        )
    ).parsed
