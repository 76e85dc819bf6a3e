from http import HTTPStatus
from typing import Any, Literal

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_project_members_result import AddProjectMembersResult
from ...types import UNSET, Response


def _get_kwargs(
    *,
    action: Literal["add_project_members"] = "add_project_members",
    id_project: str,
    members: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["action"] = action

    params["id_project"] = id_project

    params["members"] = members

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/admin/v2/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AddProjectMembersResult | None:
    if response.status_code == 200:
        response_200 = AddProjectMembersResult.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AddProjectMembersResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["add_project_members"] = "add_project_members",
    id_project: str,
    members: str,
) -> Response[AddProjectMembersResult]:
    """Add people to a project's team

     Adds the listed account users to the project's team and answers `{"status": "ok"}` without data.
    People are named by their e-mail addresses, as ONE comma-separated string
    (`members=jonas.berg@example.com, lena.fischer@example.com`). An address that is not a user of the
    account is refused with `status_code` 11, "Invalid email", the address in `message_details`; an
    unknown project with `status_code` 4 (presumed, as get_project). Whether naming someone already on
    the team is an error is not known (the mock treats it as nothing to do).

    Args:
        action (Literal['add_project_members']):  Default: 'add_project_members'.
        id_project (str): The id of a record as a request parameter, a string of digits (as the
            service returns ids).
        members (str): One or more e-mail addresses joined by commas; spaces around the commas are
            tolerated (the vendor's own calls send `a@x, b@y`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddProjectMembersResult]
    """

    kwargs = _get_kwargs(
        action=action,
        id_project=id_project,
        members=members,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["add_project_members"] = "add_project_members",
    id_project: str,
    members: str,
) -> AddProjectMembersResult | None:
    """Add people to a project's team

     Adds the listed account users to the project's team and answers `{"status": "ok"}` without data.
    People are named by their e-mail addresses, as ONE comma-separated string
    (`members=jonas.berg@example.com, lena.fischer@example.com`). An address that is not a user of the
    account is refused with `status_code` 11, "Invalid email", the address in `message_details`; an
    unknown project with `status_code` 4 (presumed, as get_project). Whether naming someone already on
    the team is an error is not known (the mock treats it as nothing to do).

    Args:
        action (Literal['add_project_members']):  Default: 'add_project_members'.
        id_project (str): The id of a record as a request parameter, a string of digits (as the
            service returns ids).
        members (str): One or more e-mail addresses joined by commas; spaces around the commas are
            tolerated (the vendor's own calls send `a@x, b@y`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddProjectMembersResult
    """

    return sync_detailed(
        client=client,
        action=action,
        id_project=id_project,
        members=members,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["add_project_members"] = "add_project_members",
    id_project: str,
    members: str,
) -> Response[AddProjectMembersResult]:
    """Add people to a project's team

     Adds the listed account users to the project's team and answers `{"status": "ok"}` without data.
    People are named by their e-mail addresses, as ONE comma-separated string
    (`members=jonas.berg@example.com, lena.fischer@example.com`). An address that is not a user of the
    account is refused with `status_code` 11, "Invalid email", the address in `message_details`; an
    unknown project with `status_code` 4 (presumed, as get_project). Whether naming someone already on
    the team is an error is not known (the mock treats it as nothing to do).

    Args:
        action (Literal['add_project_members']):  Default: 'add_project_members'.
        id_project (str): The id of a record as a request parameter, a string of digits (as the
            service returns ids).
        members (str): One or more e-mail addresses joined by commas; spaces around the commas are
            tolerated (the vendor's own calls send `a@x, b@y`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddProjectMembersResult]
    """

    kwargs = _get_kwargs(
        action=action,
        id_project=id_project,
        members=members,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["add_project_members"] = "add_project_members",
    id_project: str,
    members: str,
) -> AddProjectMembersResult | None:
    """Add people to a project's team

     Adds the listed account users to the project's team and answers `{"status": "ok"}` without data.
    People are named by their e-mail addresses, as ONE comma-separated string
    (`members=jonas.berg@example.com, lena.fischer@example.com`). An address that is not a user of the
    account is refused with `status_code` 11, "Invalid email", the address in `message_details`; an
    unknown project with `status_code` 4 (presumed, as get_project). Whether naming someone already on
    the team is an error is not known (the mock treats it as nothing to do).

    Args:
        action (Literal['add_project_members']):  Default: 'add_project_members'.
        id_project (str): The id of a record as a request parameter, a string of digits (as the
            service returns ids).
        members (str): One or more e-mail addresses joined by commas; spaces around the commas are
            tolerated (the vendor's own calls send `a@x, b@y`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddProjectMembersResult
    """

    return (
        await asyncio_detailed(
            client=client,
            action=action,
            id_project=id_project,
            members=members,
        )
    ).parsed
