from http import HTTPStatus
from typing import Any, Literal

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_users_result import GetUsersResult
from ...types import UNSET, Response


def _get_kwargs(
    *,
    action: Literal["get_users"] = "get_users",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["action"] = action

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/admin/v2/",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GetUsersResult | None:
    if response.status_code == 200:
        response_200 = GetUsersResult.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[GetUsersResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["get_users"] = "get_users",
) -> Response[GetUsersResult]:
    """List account members

     Returns every member (user) of the account: names, position, hourly rate, avatar, team,
    department, role and e-mail address, plus phones and addresses where they were filled in. Reads
    only; takes no parameters other than the signature. There is no paging: all members come in one
    answer (an answer holds at most 10,000 records). The recorded answer lists members by ascending id.

    Failures: only those every call can meet (signature, `status_code` 2; too many requests).

    Args:
        action (Literal['get_users']):  Default: 'get_users'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetUsersResult]
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
    action: Literal["get_users"] = "get_users",
) -> GetUsersResult | None:
    """List account members

     Returns every member (user) of the account: names, position, hourly rate, avatar, team,
    department, role and e-mail address, plus phones and addresses where they were filled in. Reads
    only; takes no parameters other than the signature. There is no paging: all members come in one
    answer (an answer holds at most 10,000 records). The recorded answer lists members by ascending id.

    Failures: only those every call can meet (signature, `status_code` 2; too many requests).

    Args:
        action (Literal['get_users']):  Default: 'get_users'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetUsersResult
    """

    return sync_detailed(
        client=client,
        action=action,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["get_users"] = "get_users",
) -> Response[GetUsersResult]:
    """List account members

     Returns every member (user) of the account: names, position, hourly rate, avatar, team,
    department, role and e-mail address, plus phones and addresses where they were filled in. Reads
    only; takes no parameters other than the signature. There is no paging: all members come in one
    answer (an answer holds at most 10,000 records). The recorded answer lists members by ascending id.

    Failures: only those every call can meet (signature, `status_code` 2; too many requests).

    Args:
        action (Literal['get_users']):  Default: 'get_users'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetUsersResult]
    """

    kwargs = _get_kwargs(
        action=action,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["get_users"] = "get_users",
) -> GetUsersResult | None:
    """List account members

     Returns every member (user) of the account: names, position, hourly rate, avatar, team,
    department, role and e-mail address, plus phones and addresses where they were filled in. Reads
    only; takes no parameters other than the signature. There is no paging: all members come in one
    answer (an answer holds at most 10,000 records). The recorded answer lists members by ascending id.

    Failures: only those every call can meet (signature, `status_code` 2; too many requests).

    Args:
        action (Literal['get_users']):  Default: 'get_users'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetUsersResult
    """

    return (
        await asyncio_detailed(
            client=client,
            action=action,
        )
    ).parsed
