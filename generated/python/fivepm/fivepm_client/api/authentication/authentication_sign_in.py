from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.session_result_envelope import SessionResultEnvelope
from ...types import UNSET, Response


def _get_kwargs(
    *,
    login: str,
    password: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["login"] = login

    params["password"] = password

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/service/get/authentication/signIn",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | SessionResultEnvelope | None:
    if response.status_code == 200:
        response_200 = SessionResultEnvelope.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorEnvelope.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorEnvelope.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorEnvelope | SessionResultEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    login: str,
    password: str,
) -> Response[ErrorEnvelope | SessionResultEnvelope]:
    """Sign in and obtain a session id

     Checks the login e-mail and password and opens a session. The returned `sessionId` authorizes later
    calls when passed as the `sessionId` query parameter. Credentials travel in the query string; the
    service only answers over HTTPS. An older vendor guide gives sessions a 30-minute lifetime; whether
    it is an idle or an absolute timeout is not known.

    Args:
        login (str):
        password (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | SessionResultEnvelope]
    """

    kwargs = _get_kwargs(
        login=login,
        password=password,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    login: str,
    password: str,
) -> ErrorEnvelope | SessionResultEnvelope | None:
    """Sign in and obtain a session id

     Checks the login e-mail and password and opens a session. The returned `sessionId` authorizes later
    calls when passed as the `sessionId` query parameter. Credentials travel in the query string; the
    service only answers over HTTPS. An older vendor guide gives sessions a 30-minute lifetime; whether
    it is an idle or an absolute timeout is not known.

    Args:
        login (str):
        password (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | SessionResultEnvelope
    """

    return sync_detailed(
        client=client,
        login=login,
        password=password,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    login: str,
    password: str,
) -> Response[ErrorEnvelope | SessionResultEnvelope]:
    """Sign in and obtain a session id

     Checks the login e-mail and password and opens a session. The returned `sessionId` authorizes later
    calls when passed as the `sessionId` query parameter. Credentials travel in the query string; the
    service only answers over HTTPS. An older vendor guide gives sessions a 30-minute lifetime; whether
    it is an idle or an absolute timeout is not known.

    Args:
        login (str):
        password (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | SessionResultEnvelope]
    """

    kwargs = _get_kwargs(
        login=login,
        password=password,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    login: str,
    password: str,
) -> ErrorEnvelope | SessionResultEnvelope | None:
    """Sign in and obtain a session id

     Checks the login e-mail and password and opens a session. The returned `sessionId` authorizes later
    calls when passed as the `sessionId` query parameter. Credentials travel in the query string; the
    service only answers over HTTPS. An older vendor guide gives sessions a 30-minute lifetime; whether
    it is an idle or an absolute timeout is not known.

    Args:
        login (str):
        password (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | SessionResultEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            login=login,
            password=password,
        )
    ).parsed
