from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.user_envelope import UserEnvelope
from ...models.user_input import UserInput
from ...types import UNSET, Response, deep_object


def _get_kwargs(
    *,
    user: UserInput,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_user = user.to_dict()
    params.update(deep_object("user", json_user))

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/service/post/users/add",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | UserEnvelope | None:
    if response.status_code == 200:
        response_200 = UserEnvelope.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorEnvelope.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorEnvelope.from_dict(response.json())

        return response_401

    if response.status_code == 409:
        response_409 = ErrorEnvelope.from_dict(response.json())

        return response_409

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorEnvelope | UserEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    user: UserInput,
) -> Response[ErrorEnvelope | UserEnvelope]:
    """Create a user

     Creates a user account from the bracket arguments in `user` and returns it (without the password).
    First name, e-mail, password and security level are required.

    Vendor-doc correction: the vendor's call example sends only `user[firstName]`; an account cannot
    sign in without an e-mail and a password, and its rights come from its security level, so all four
    are required.

    Args:
        user (UserInput): Fields for creating a user. `firstName`, `email`, `password` and
            `securityLevel` are required. Sent as bracket arguments (`user[field]=value`). Only
            writable fields are accepted; fields the server fills (ids of owners, timestamps, names of
            related objects) are not part of it. How teams and `notifyUsers` lists are set through the
            API is not documented, so they are left out.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | UserEnvelope]
    """

    kwargs = _get_kwargs(
        user=user,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    user: UserInput,
) -> ErrorEnvelope | UserEnvelope | None:
    """Create a user

     Creates a user account from the bracket arguments in `user` and returns it (without the password).
    First name, e-mail, password and security level are required.

    Vendor-doc correction: the vendor's call example sends only `user[firstName]`; an account cannot
    sign in without an e-mail and a password, and its rights come from its security level, so all four
    are required.

    Args:
        user (UserInput): Fields for creating a user. `firstName`, `email`, `password` and
            `securityLevel` are required. Sent as bracket arguments (`user[field]=value`). Only
            writable fields are accepted; fields the server fills (ids of owners, timestamps, names of
            related objects) are not part of it. How teams and `notifyUsers` lists are set through the
            API is not documented, so they are left out.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | UserEnvelope
    """

    return sync_detailed(
        client=client,
        user=user,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    user: UserInput,
) -> Response[ErrorEnvelope | UserEnvelope]:
    """Create a user

     Creates a user account from the bracket arguments in `user` and returns it (without the password).
    First name, e-mail, password and security level are required.

    Vendor-doc correction: the vendor's call example sends only `user[firstName]`; an account cannot
    sign in without an e-mail and a password, and its rights come from its security level, so all four
    are required.

    Args:
        user (UserInput): Fields for creating a user. `firstName`, `email`, `password` and
            `securityLevel` are required. Sent as bracket arguments (`user[field]=value`). Only
            writable fields are accepted; fields the server fills (ids of owners, timestamps, names of
            related objects) are not part of it. How teams and `notifyUsers` lists are set through the
            API is not documented, so they are left out.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | UserEnvelope]
    """

    kwargs = _get_kwargs(
        user=user,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    user: UserInput,
) -> ErrorEnvelope | UserEnvelope | None:
    """Create a user

     Creates a user account from the bracket arguments in `user` and returns it (without the password).
    First name, e-mail, password and security level are required.

    Vendor-doc correction: the vendor's call example sends only `user[firstName]`; an account cannot
    sign in without an e-mail and a password, and its rights come from its security level, so all four
    are required.

    Args:
        user (UserInput): Fields for creating a user. `firstName`, `email`, `password` and
            `securityLevel` are required. Sent as bracket arguments (`user[field]=value`). Only
            writable fields are accepted; fields the server fills (ids of owners, timestamps, names of
            related objects) are not part of it. How teams and `notifyUsers` lists are set through the
            API is not documented, so they are left out.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | UserEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            user=user,
        )
    ).parsed
