from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.group_list_for_absence import GroupListForAbsence
from ...models.group_list_for_company import GroupListForCompany
from ...models.group_list_for_person import GroupListForPerson
from ...models.group_list_for_project import GroupListForProject
from ...models.group_list_for_subproject import GroupListForSubproject
from ...models.group_list_for_task import GroupListForTask
from ...models.groups_ok import GroupsOk
from ...types import Response


def _get_kwargs(
    *,
    body: GroupListForAbsence
    | GroupListForCompany
    | GroupListForPerson
    | GroupListForProject
    | GroupListForSubproject
    | GroupListForTask,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v2",
    }

    if isinstance(body, GroupListForAbsence):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, GroupListForCompany):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, GroupListForProject):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, GroupListForSubproject):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, GroupListForTask):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GroupsOk | None:
    if response.status_code == 200:
        response_200 = GroupsOk.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[GroupsOk]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GroupListForAbsence
    | GroupListForCompany
    | GroupListForPerson
    | GroupListForProject
    | GroupListForSubproject
    | GroupListForTask,
) -> Response[GroupsOk]:
    """List the groups of an entity

     Returns the groups one entity is filed under; the entity is given as exactly one of `absence`,
    `company`, `project`, `subproject`, `task` or `person`.

    Args:
        body (GroupListForAbsence | GroupListForCompany | GroupListForPerson | GroupListForProject
            | GroupListForSubproject | GroupListForTask):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GroupsOk]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: GroupListForAbsence
    | GroupListForCompany
    | GroupListForPerson
    | GroupListForProject
    | GroupListForSubproject
    | GroupListForTask,
) -> GroupsOk | None:
    """List the groups of an entity

     Returns the groups one entity is filed under; the entity is given as exactly one of `absence`,
    `company`, `project`, `subproject`, `task` or `person`.

    Args:
        body (GroupListForAbsence | GroupListForCompany | GroupListForPerson | GroupListForProject
            | GroupListForSubproject | GroupListForTask):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GroupsOk
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GroupListForAbsence
    | GroupListForCompany
    | GroupListForPerson
    | GroupListForProject
    | GroupListForSubproject
    | GroupListForTask,
) -> Response[GroupsOk]:
    """List the groups of an entity

     Returns the groups one entity is filed under; the entity is given as exactly one of `absence`,
    `company`, `project`, `subproject`, `task` or `person`.

    Args:
        body (GroupListForAbsence | GroupListForCompany | GroupListForPerson | GroupListForProject
            | GroupListForSubproject | GroupListForTask):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GroupsOk]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GroupListForAbsence
    | GroupListForCompany
    | GroupListForPerson
    | GroupListForProject
    | GroupListForSubproject
    | GroupListForTask,
) -> GroupsOk | None:
    """List the groups of an entity

     Returns the groups one entity is filed under; the entity is given as exactly one of `absence`,
    `company`, `project`, `subproject`, `task` or `person`.

    Args:
        body (GroupListForAbsence | GroupListForCompany | GroupListForPerson | GroupListForProject
            | GroupListForSubproject | GroupListForTask):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GroupsOk
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
