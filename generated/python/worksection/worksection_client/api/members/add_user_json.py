from http import HTTPStatus
from typing import Any, Literal

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_user_parameters import AddUserParameters
from ...models.add_user_result import AddUserResult
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: AddUserParameters,
    action: Literal["add_user"] = "add_user",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["action"] = action

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/admin/v2/",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AddUserResult | None:
    if response.status_code == 200:
        response_200 = AddUserResult.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AddUserResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AddUserParameters,
    action: Literal["add_user"] = "add_user",
) -> Response[AddUserResult]:
    """Invite a member (POST, JSON body)

     The same call as `addUser`, sent the way the vendor's 2026 PHP and Python clients send every admin
    action: `POST /api/admin/v2?action=add_user` with the parameters as a JSON object in the body
    (`Content-Type: application/json`), signed with the `Authorization: Admin ...` header.

    The values are the same text as in the query form.

    The 2026 clients post to `/api/admin/v2` without the final slash; this document (like the mock)
    uses the documented URL with it.

    Args:
        action (Literal['add_user']):  Default: 'add_user'.
        body (AddUserParameters): Parameters of add_user as a JSON object (the 2026 clients'
            form).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddUserResult]
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
    body: AddUserParameters,
    action: Literal["add_user"] = "add_user",
) -> AddUserResult | None:
    """Invite a member (POST, JSON body)

     The same call as `addUser`, sent the way the vendor's 2026 PHP and Python clients send every admin
    action: `POST /api/admin/v2?action=add_user` with the parameters as a JSON object in the body
    (`Content-Type: application/json`), signed with the `Authorization: Admin ...` header.

    The values are the same text as in the query form.

    The 2026 clients post to `/api/admin/v2` without the final slash; this document (like the mock)
    uses the documented URL with it.

    Args:
        action (Literal['add_user']):  Default: 'add_user'.
        body (AddUserParameters): Parameters of add_user as a JSON object (the 2026 clients'
            form).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddUserResult
    """

    return sync_detailed(
        client=client,
        body=body,
        action=action,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AddUserParameters,
    action: Literal["add_user"] = "add_user",
) -> Response[AddUserResult]:
    """Invite a member (POST, JSON body)

     The same call as `addUser`, sent the way the vendor's 2026 PHP and Python clients send every admin
    action: `POST /api/admin/v2?action=add_user` with the parameters as a JSON object in the body
    (`Content-Type: application/json`), signed with the `Authorization: Admin ...` header.

    The values are the same text as in the query form.

    The 2026 clients post to `/api/admin/v2` without the final slash; this document (like the mock)
    uses the documented URL with it.

    Args:
        action (Literal['add_user']):  Default: 'add_user'.
        body (AddUserParameters): Parameters of add_user as a JSON object (the 2026 clients'
            form).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddUserResult]
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
    body: AddUserParameters,
    action: Literal["add_user"] = "add_user",
) -> AddUserResult | None:
    """Invite a member (POST, JSON body)

     The same call as `addUser`, sent the way the vendor's 2026 PHP and Python clients send every admin
    action: `POST /api/admin/v2?action=add_user` with the parameters as a JSON object in the body
    (`Content-Type: application/json`), signed with the `Authorization: Admin ...` header.

    The values are the same text as in the query form.

    The 2026 clients post to `/api/admin/v2` without the final slash; this document (like the mock)
    uses the documented URL with it.

    Args:
        action (Literal['add_user']):  Default: 'add_user'.
        body (AddUserParameters): Parameters of add_user as a JSON object (the 2026 clients'
            form).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddUserResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            action=action,
        )
    ).parsed
