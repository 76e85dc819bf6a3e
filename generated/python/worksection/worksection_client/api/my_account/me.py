from http import HTTPStatus
from typing import Any, Literal

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.me_result import MeResult
from ...types import UNSET, Response


def _get_kwargs(
    *,
    action: Literal["me"] = "me",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["action"] = action

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/oauth2",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> MeResult | None:
    if response.status_code == 200:
        response_200 = MeResult.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[MeResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["me"] = "me",
) -> Response[MeResult]:
    """Show the token owner's profile

     Returns the profile of the user the access token belongs to: names, position, avatar, team,
    department, role, e-mail address and the phones and addresses filled in. Nothing changes.

    A user-token action: `GET https://{account}.worksection.com/api/oauth2?action=me` with
    `Authorization: Bearer <access token>` (scheme `UserOAuth`), as the vendor documents calls with
    a user token. The documentation also allows the token as the query parameter `access_token`
    instead of the header (the 2023 SDK and the Postman collection send it so). The admin key is not
    accepted for this action.

    A missing, malformed or expired token is refused with HTTP 401 (`MyTokenRejected`); other
    failures come as the error envelope with HTTP 200.

    Args:
        action (Literal['me']):  Default: 'me'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MeResult]
    """

    kwargs = _get_kwargs(
        action=action,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["me"] = "me",
) -> MeResult | None:
    """Show the token owner's profile

     Returns the profile of the user the access token belongs to: names, position, avatar, team,
    department, role, e-mail address and the phones and addresses filled in. Nothing changes.

    A user-token action: `GET https://{account}.worksection.com/api/oauth2?action=me` with
    `Authorization: Bearer <access token>` (scheme `UserOAuth`), as the vendor documents calls with
    a user token. The documentation also allows the token as the query parameter `access_token`
    instead of the header (the 2023 SDK and the Postman collection send it so). The admin key is not
    accepted for this action.

    A missing, malformed or expired token is refused with HTTP 401 (`MyTokenRejected`); other
    failures come as the error envelope with HTTP 200.

    Args:
        action (Literal['me']):  Default: 'me'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MeResult
    """

    return sync_detailed(
        client=client,
        action=action,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["me"] = "me",
) -> Response[MeResult]:
    """Show the token owner's profile

     Returns the profile of the user the access token belongs to: names, position, avatar, team,
    department, role, e-mail address and the phones and addresses filled in. Nothing changes.

    A user-token action: `GET https://{account}.worksection.com/api/oauth2?action=me` with
    `Authorization: Bearer <access token>` (scheme `UserOAuth`), as the vendor documents calls with
    a user token. The documentation also allows the token as the query parameter `access_token`
    instead of the header (the 2023 SDK and the Postman collection send it so). The admin key is not
    accepted for this action.

    A missing, malformed or expired token is refused with HTTP 401 (`MyTokenRejected`); other
    failures come as the error envelope with HTTP 200.

    Args:
        action (Literal['me']):  Default: 'me'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MeResult]
    """

    kwargs = _get_kwargs(
        action=action,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["me"] = "me",
) -> MeResult | None:
    """Show the token owner's profile

     Returns the profile of the user the access token belongs to: names, position, avatar, team,
    department, role, e-mail address and the phones and addresses filled in. Nothing changes.

    A user-token action: `GET https://{account}.worksection.com/api/oauth2?action=me` with
    `Authorization: Bearer <access token>` (scheme `UserOAuth`), as the vendor documents calls with
    a user token. The documentation also allows the token as the query parameter `access_token`
    instead of the header (the 2023 SDK and the Postman collection send it so). The admin key is not
    accepted for this action.

    A missing, malformed or expired token is refused with HTTP 401 (`MyTokenRejected`); other
    failures come as the error envelope with HTTP 200.

    Args:
        action (Literal['me']):  Default: 'me'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MeResult
    """

    return (
        await asyncio_detailed(
            client=client,
            action=action,
        )
    ).parsed
