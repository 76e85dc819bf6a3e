from http import HTTPStatus
from typing import Any, Literal

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_contact_result import AddContactResult
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    action: Literal["add_contact"] = "add_contact",
    email: str,
    name: str,
    title: str | Unset = UNSET,
    group: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    phone2: str | Unset = UNSET,
    phone3: str | Unset = UNSET,
    phone4: str | Unset = UNSET,
    address: str | Unset = UNSET,
    address2: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["action"] = action

    params["email"] = email

    params["name"] = name

    params["title"] = title

    params["group"] = group

    params["phone"] = phone

    params["phone2"] = phone2

    params["phone3"] = phone3

    params["phone4"] = phone4

    params["address"] = address

    params["address2"] = address2

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/admin/v2/",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AddContactResult | None:
    if response.status_code == 200:
        response_200 = AddContactResult.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AddContactResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["add_contact"] = "add_contact",
    email: str,
    name: str,
    title: str | Unset = UNSET,
    group: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    phone2: str | Unset = UNSET,
    phone3: str | Unset = UNSET,
    phone4: str | Unset = UNSET,
    address: str | Unset = UNSET,
    address2: str | Unset = UNSET,
) -> Response[AddContactResult]:
    """Create a contact

     Creates a contact (no invitation is sent; contacts cannot sign in) and answers with it, its new
    `id` included. `name` is split into first and last name at the first space (as recorded for
    `Brian Dragonfly`; how a longer name splits is not known). `group` names the contact folder;
    without it the contact presumably lands in the preset folder `DEFAULT` (where a recorded contact
    filed nowhere sits).

    Failures: `email` or `name` missing or empty, `status_code` 10 `Field is required` with the
    parameter's name in `message_details` (as every add_* action answers; not recorded for
    add_contact); an `email` that is not one valid address, 11 `Invalid email` with the value in
    `message_details` (recorded for a comma-separated pair of addresses).

    Args:
        action (Literal['add_contact']):  Default: 'add_contact'.
        email (str):
        name (str):
        title (str | Unset):
        group (str | Unset):
        phone (str | Unset):
        phone2 (str | Unset):
        phone3 (str | Unset):
        phone4 (str | Unset):
        address (str | Unset):
        address2 (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddContactResult]
    """

    kwargs = _get_kwargs(
        action=action,
        email=email,
        name=name,
        title=title,
        group=group,
        phone=phone,
        phone2=phone2,
        phone3=phone3,
        phone4=phone4,
        address=address,
        address2=address2,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["add_contact"] = "add_contact",
    email: str,
    name: str,
    title: str | Unset = UNSET,
    group: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    phone2: str | Unset = UNSET,
    phone3: str | Unset = UNSET,
    phone4: str | Unset = UNSET,
    address: str | Unset = UNSET,
    address2: str | Unset = UNSET,
) -> AddContactResult | None:
    """Create a contact

     Creates a contact (no invitation is sent; contacts cannot sign in) and answers with it, its new
    `id` included. `name` is split into first and last name at the first space (as recorded for
    `Brian Dragonfly`; how a longer name splits is not known). `group` names the contact folder;
    without it the contact presumably lands in the preset folder `DEFAULT` (where a recorded contact
    filed nowhere sits).

    Failures: `email` or `name` missing or empty, `status_code` 10 `Field is required` with the
    parameter's name in `message_details` (as every add_* action answers; not recorded for
    add_contact); an `email` that is not one valid address, 11 `Invalid email` with the value in
    `message_details` (recorded for a comma-separated pair of addresses).

    Args:
        action (Literal['add_contact']):  Default: 'add_contact'.
        email (str):
        name (str):
        title (str | Unset):
        group (str | Unset):
        phone (str | Unset):
        phone2 (str | Unset):
        phone3 (str | Unset):
        phone4 (str | Unset):
        address (str | Unset):
        address2 (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddContactResult
    """

    return sync_detailed(
        client=client,
        action=action,
        email=email,
        name=name,
        title=title,
        group=group,
        phone=phone,
        phone2=phone2,
        phone3=phone3,
        phone4=phone4,
        address=address,
        address2=address2,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["add_contact"] = "add_contact",
    email: str,
    name: str,
    title: str | Unset = UNSET,
    group: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    phone2: str | Unset = UNSET,
    phone3: str | Unset = UNSET,
    phone4: str | Unset = UNSET,
    address: str | Unset = UNSET,
    address2: str | Unset = UNSET,
) -> Response[AddContactResult]:
    """Create a contact

     Creates a contact (no invitation is sent; contacts cannot sign in) and answers with it, its new
    `id` included. `name` is split into first and last name at the first space (as recorded for
    `Brian Dragonfly`; how a longer name splits is not known). `group` names the contact folder;
    without it the contact presumably lands in the preset folder `DEFAULT` (where a recorded contact
    filed nowhere sits).

    Failures: `email` or `name` missing or empty, `status_code` 10 `Field is required` with the
    parameter's name in `message_details` (as every add_* action answers; not recorded for
    add_contact); an `email` that is not one valid address, 11 `Invalid email` with the value in
    `message_details` (recorded for a comma-separated pair of addresses).

    Args:
        action (Literal['add_contact']):  Default: 'add_contact'.
        email (str):
        name (str):
        title (str | Unset):
        group (str | Unset):
        phone (str | Unset):
        phone2 (str | Unset):
        phone3 (str | Unset):
        phone4 (str | Unset):
        address (str | Unset):
        address2 (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddContactResult]
    """

    kwargs = _get_kwargs(
        action=action,
        email=email,
        name=name,
        title=title,
        group=group,
        phone=phone,
        phone2=phone2,
        phone3=phone3,
        phone4=phone4,
        address=address,
        address2=address2,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["add_contact"] = "add_contact",
    email: str,
    name: str,
    title: str | Unset = UNSET,
    group: str | Unset = UNSET,
    phone: str | Unset = UNSET,
    phone2: str | Unset = UNSET,
    phone3: str | Unset = UNSET,
    phone4: str | Unset = UNSET,
    address: str | Unset = UNSET,
    address2: str | Unset = UNSET,
) -> AddContactResult | None:
    """Create a contact

     Creates a contact (no invitation is sent; contacts cannot sign in) and answers with it, its new
    `id` included. `name` is split into first and last name at the first space (as recorded for
    `Brian Dragonfly`; how a longer name splits is not known). `group` names the contact folder;
    without it the contact presumably lands in the preset folder `DEFAULT` (where a recorded contact
    filed nowhere sits).

    Failures: `email` or `name` missing or empty, `status_code` 10 `Field is required` with the
    parameter's name in `message_details` (as every add_* action answers; not recorded for
    add_contact); an `email` that is not one valid address, 11 `Invalid email` with the value in
    `message_details` (recorded for a comma-separated pair of addresses).

    Args:
        action (Literal['add_contact']):  Default: 'add_contact'.
        email (str):
        name (str):
        title (str | Unset):
        group (str | Unset):
        phone (str | Unset):
        phone2 (str | Unset):
        phone3 (str | Unset):
        phone4 (str | Unset):
        address (str | Unset):
        address2 (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddContactResult
    """

    return (
        await asyncio_detailed(
            client=client,
            action=action,
            email=email,
            name=name,
            title=title,
            group=group,
            phone=phone,
            phone2=phone2,
            phone3=phone3,
            phone4=phone4,
            address=address,
            address2=address2,
        )
    ).parsed
