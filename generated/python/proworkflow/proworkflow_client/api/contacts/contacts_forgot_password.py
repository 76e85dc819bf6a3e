from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.simple_result import SimpleResult
from ...types import UNSET, Response


def _get_kwargs(
    *,
    email: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["email"] = email

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/contacts/forgotpassword",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorEnvelope | SimpleResult | None:
    if response.status_code == 200:
        response_200 = SimpleResult.from_dict(response.json())

        return response_200

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
) -> Response[Any | ErrorEnvelope | SimpleResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    email: str,
) -> Response[Any | ErrorEnvelope | SimpleResult]:
    """Request a password reset e-mail

     Asks the service to e-mail a password-reset link to the contact with this address. Answers 404 when
    no contact has that address. Although it is a GET, the call acts (every call sends an e-mail), so it
    carries no `etag` and takes no `If-None-Match`; a repeated call is never answered 304.

    Args:
        email (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorEnvelope | SimpleResult]
    """

    kwargs = _get_kwargs(
        email=email,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    email: str,
) -> Any | ErrorEnvelope | SimpleResult | None:
    """Request a password reset e-mail

     Asks the service to e-mail a password-reset link to the contact with this address. Answers 404 when
    no contact has that address. Although it is a GET, the call acts (every call sends an e-mail), so it
    carries no `etag` and takes no `If-None-Match`; a repeated call is never answered 304.

    Args:
        email (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorEnvelope | SimpleResult
    """

    return sync_detailed(
        client=client,
        email=email,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    email: str,
) -> Response[Any | ErrorEnvelope | SimpleResult]:
    """Request a password reset e-mail

     Asks the service to e-mail a password-reset link to the contact with this address. Answers 404 when
    no contact has that address. Although it is a GET, the call acts (every call sends an e-mail), so it
    carries no `etag` and takes no `If-None-Match`; a repeated call is never answered 304.

    Args:
        email (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorEnvelope | SimpleResult]
    """

    kwargs = _get_kwargs(
        email=email,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    email: str,
) -> Any | ErrorEnvelope | SimpleResult | None:
    """Request a password reset e-mail

     Asks the service to e-mail a password-reset link to the contact with this address. Answers 404 when
    no contact has that address. Although it is a GET, the call acts (every call sends an e-mail), so it
    carries no `etag` and takes no `If-None-Match`; a repeated call is never answered 304.

    Args:
        email (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorEnvelope | SimpleResult
    """

    return (
        await asyncio_detailed(
            client=client,
            email=email,
        )
    ).parsed
