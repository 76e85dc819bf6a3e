from http import HTTPStatus
from typing import Any, Literal

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_user_result import AddUserResult
from ...models.user_invite_role import UserInviteRole
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    action: Literal["add_user"] = "add_user",
    email: str,
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
    title: str | Unset = UNSET,
    group: str | Unset = UNSET,
    department: str | Unset = UNSET,
    role: UserInviteRole | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["action"] = action

    params["email"] = email

    params["first_name"] = first_name

    params["last_name"] = last_name

    params["title"] = title

    params["group"] = group

    params["department"] = department

    json_role: str | Unset = UNSET
    if not isinstance(role, Unset):
        json_role = role.value

    params["role"] = json_role

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/admin/v2/",
        "params": params,
    }

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
    action: Literal["add_user"] = "add_user",
    email: str,
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
    title: str | Unset = UNSET,
    group: str | Unset = UNSET,
    department: str | Unset = UNSET,
    role: UserInviteRole | Unset = UNSET,
) -> Response[AddUserResult]:
    """Invite a member

     Invites a person to the account by e-mail address: the service creates the member at once and
    answers with it (its new `id` included); the person receives an invitation. Without `group` the
    member joins the team of the account owner (the caller's own team); with it, the team of that
    name. Without `role` the member is a `user`.

    Without names, the recorded answer shows first and last name taken from the address
    (`kate.greenway@...` gave `kate` and `greenway`: the part before `@`, split at the first dot), an
    empty `title` and `department`, a stock avatar and a rate although none was given (presumably the
    account's default rate).

    Failures: `email` missing or empty, `status_code` 10 `Field is required` with `message_details`
    `email` (recorded); an address that is not valid, 11 `Invalid email` with the address in
    `message_details` (as add_contact answers; not recorded for add_user). What an address already
    in the account, or an unknown team, gives is not known.

    Args:
        action (Literal['add_user']):  Default: 'add_user'.
        email (str):
        first_name (str | Unset):
        last_name (str | Unset):
        title (str | Unset):
        group (str | Unset):
        department (str | Unset):
        role (UserInviteRole | Unset): Role given to an invited member: `user` (a full member),
            `guest` or `reader` (read-only). Without
            it the new member is a `user`. The vendor documents no other values (no owner or
            administrator roles).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddUserResult]
    """

    kwargs = _get_kwargs(
        action=action,
        email=email,
        first_name=first_name,
        last_name=last_name,
        title=title,
        group=group,
        department=department,
        role=role,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["add_user"] = "add_user",
    email: str,
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
    title: str | Unset = UNSET,
    group: str | Unset = UNSET,
    department: str | Unset = UNSET,
    role: UserInviteRole | Unset = UNSET,
) -> AddUserResult | None:
    """Invite a member

     Invites a person to the account by e-mail address: the service creates the member at once and
    answers with it (its new `id` included); the person receives an invitation. Without `group` the
    member joins the team of the account owner (the caller's own team); with it, the team of that
    name. Without `role` the member is a `user`.

    Without names, the recorded answer shows first and last name taken from the address
    (`kate.greenway@...` gave `kate` and `greenway`: the part before `@`, split at the first dot), an
    empty `title` and `department`, a stock avatar and a rate although none was given (presumably the
    account's default rate).

    Failures: `email` missing or empty, `status_code` 10 `Field is required` with `message_details`
    `email` (recorded); an address that is not valid, 11 `Invalid email` with the address in
    `message_details` (as add_contact answers; not recorded for add_user). What an address already
    in the account, or an unknown team, gives is not known.

    Args:
        action (Literal['add_user']):  Default: 'add_user'.
        email (str):
        first_name (str | Unset):
        last_name (str | Unset):
        title (str | Unset):
        group (str | Unset):
        department (str | Unset):
        role (UserInviteRole | Unset): Role given to an invited member: `user` (a full member),
            `guest` or `reader` (read-only). Without
            it the new member is a `user`. The vendor documents no other values (no owner or
            administrator roles).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddUserResult
    """

    return sync_detailed(
        client=client,
        action=action,
        email=email,
        first_name=first_name,
        last_name=last_name,
        title=title,
        group=group,
        department=department,
        role=role,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["add_user"] = "add_user",
    email: str,
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
    title: str | Unset = UNSET,
    group: str | Unset = UNSET,
    department: str | Unset = UNSET,
    role: UserInviteRole | Unset = UNSET,
) -> Response[AddUserResult]:
    """Invite a member

     Invites a person to the account by e-mail address: the service creates the member at once and
    answers with it (its new `id` included); the person receives an invitation. Without `group` the
    member joins the team of the account owner (the caller's own team); with it, the team of that
    name. Without `role` the member is a `user`.

    Without names, the recorded answer shows first and last name taken from the address
    (`kate.greenway@...` gave `kate` and `greenway`: the part before `@`, split at the first dot), an
    empty `title` and `department`, a stock avatar and a rate although none was given (presumably the
    account's default rate).

    Failures: `email` missing or empty, `status_code` 10 `Field is required` with `message_details`
    `email` (recorded); an address that is not valid, 11 `Invalid email` with the address in
    `message_details` (as add_contact answers; not recorded for add_user). What an address already
    in the account, or an unknown team, gives is not known.

    Args:
        action (Literal['add_user']):  Default: 'add_user'.
        email (str):
        first_name (str | Unset):
        last_name (str | Unset):
        title (str | Unset):
        group (str | Unset):
        department (str | Unset):
        role (UserInviteRole | Unset): Role given to an invited member: `user` (a full member),
            `guest` or `reader` (read-only). Without
            it the new member is a `user`. The vendor documents no other values (no owner or
            administrator roles).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddUserResult]
    """

    kwargs = _get_kwargs(
        action=action,
        email=email,
        first_name=first_name,
        last_name=last_name,
        title=title,
        group=group,
        department=department,
        role=role,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["add_user"] = "add_user",
    email: str,
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
    title: str | Unset = UNSET,
    group: str | Unset = UNSET,
    department: str | Unset = UNSET,
    role: UserInviteRole | Unset = UNSET,
) -> AddUserResult | None:
    """Invite a member

     Invites a person to the account by e-mail address: the service creates the member at once and
    answers with it (its new `id` included); the person receives an invitation. Without `group` the
    member joins the team of the account owner (the caller's own team); with it, the team of that
    name. Without `role` the member is a `user`.

    Without names, the recorded answer shows first and last name taken from the address
    (`kate.greenway@...` gave `kate` and `greenway`: the part before `@`, split at the first dot), an
    empty `title` and `department`, a stock avatar and a rate although none was given (presumably the
    account's default rate).

    Failures: `email` missing or empty, `status_code` 10 `Field is required` with `message_details`
    `email` (recorded); an address that is not valid, 11 `Invalid email` with the address in
    `message_details` (as add_contact answers; not recorded for add_user). What an address already
    in the account, or an unknown team, gives is not known.

    Args:
        action (Literal['add_user']):  Default: 'add_user'.
        email (str):
        first_name (str | Unset):
        last_name (str | Unset):
        title (str | Unset):
        group (str | Unset):
        department (str | Unset):
        role (UserInviteRole | Unset): Role given to an invited member: `user` (a full member),
            `guest` or `reader` (read-only). Without
            it the new member is a `user`. The vendor documents no other values (no owner or
            administrator roles).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddUserResult
    """

    return (
        await asyncio_detailed(
            client=client,
            action=action,
            email=email,
            first_name=first_name,
            last_name=last_name,
            title=title,
            group=group,
            department=department,
            role=role,
        )
    ).parsed
