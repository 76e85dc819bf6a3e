from http import HTTPStatus
from typing import Any, Literal

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.me_parameters import MeParameters
from ...models.me_result import MeResult
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: MeParameters | Unset = UNSET,
    action: Literal["me"] = "me",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["action"] = action

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/oauth2",
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    body: MeParameters | Unset = UNSET,
    action: Literal["me"] = "me",
) -> Response[MeResult]:
    """Show the token owner's profile (POST, JSON body)

     The same call as `me`, as the vendor's 2026 PHP and Python clients send every user-token action:
    `POST https://{account}.worksection.com/api/oauth2?action=me`, `Authorization: Bearer <access
    token>`, JSON parameters in the body (none for this action, so no body). When the answer is
    HTTP 401 and its message says the token is expired, those clients fetch a new token with the
    refresh token and repeat the call once.

    Args:
        action (Literal['me']):  Default: 'me'.
        body (MeParameters | Unset): Parameters of me as a JSON object; the action takes none.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MeResult]
    """

    kwargs = _get_kwargs(
        body=body,
        action=action,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: MeParameters | Unset = UNSET,
    action: Literal["me"] = "me",
) -> MeResult | None:
    """Show the token owner's profile (POST, JSON body)

     The same call as `me`, as the vendor's 2026 PHP and Python clients send every user-token action:
    `POST https://{account}.worksection.com/api/oauth2?action=me`, `Authorization: Bearer <access
    token>`, JSON parameters in the body (none for this action, so no body). When the answer is
    HTTP 401 and its message says the token is expired, those clients fetch a new token with the
    refresh token and repeat the call once.

    Args:
        action (Literal['me']):  Default: 'me'.
        body (MeParameters | Unset): Parameters of me as a JSON object; the action takes none.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MeResult
    """

    return sync_detailed(
        client=client,
        body=body,
        action=action,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MeParameters | Unset = UNSET,
    action: Literal["me"] = "me",
) -> Response[MeResult]:
    """Show the token owner's profile (POST, JSON body)

     The same call as `me`, as the vendor's 2026 PHP and Python clients send every user-token action:
    `POST https://{account}.worksection.com/api/oauth2?action=me`, `Authorization: Bearer <access
    token>`, JSON parameters in the body (none for this action, so no body). When the answer is
    HTTP 401 and its message says the token is expired, those clients fetch a new token with the
    refresh token and repeat the call once.

    Args:
        action (Literal['me']):  Default: 'me'.
        body (MeParameters | Unset): Parameters of me as a JSON object; the action takes none.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MeResult]
    """

    kwargs = _get_kwargs(
        body=body,
        action=action,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: MeParameters | Unset = UNSET,
    action: Literal["me"] = "me",
) -> MeResult | None:
    """Show the token owner's profile (POST, JSON body)

     The same call as `me`, as the vendor's 2026 PHP and Python clients send every user-token action:
    `POST https://{account}.worksection.com/api/oauth2?action=me`, `Authorization: Bearer <access
    token>`, JSON parameters in the body (none for this action, so no body). When the answer is
    HTTP 401 and its message says the token is expired, those clients fetch a new token with the
    refresh token and repeat the call once.

    Args:
        action (Literal['me']):  Default: 'me'.
        body (MeParameters | Unset): Parameters of me as a JSON object; the action takes none.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MeResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            action=action,
        )
    ).parsed
