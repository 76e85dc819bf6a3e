from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.time_entry_create_on_absence import TimeEntryCreateOnAbsence
from ...models.time_entry_create_on_company import TimeEntryCreateOnCompany
from ...models.time_entry_create_on_project import TimeEntryCreateOnProject
from ...models.time_entry_create_on_subproject import TimeEntryCreateOnSubproject
from ...models.time_entry_ok import TimeEntryOk
from ...types import Response


def _get_kwargs(
    *,
    body: TimeEntryCreateOnAbsence | TimeEntryCreateOnCompany | TimeEntryCreateOnProject | TimeEntryCreateOnSubproject,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v2",
    }

    if isinstance(body, TimeEntryCreateOnCompany):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, TimeEntryCreateOnProject):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, TimeEntryCreateOnSubproject):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> TimeEntryOk | None:
    if response.status_code == 200:
        response_200 = TimeEntryOk.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[TimeEntryOk]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TimeEntryCreateOnAbsence | TimeEntryCreateOnCompany | TimeEntryCreateOnProject | TimeEntryCreateOnSubproject,
) -> Response[TimeEntryOk]:
    """Log time

     Records hours of the token's owner on one day. The time goes on exactly one leaf of the company →
    project → subproject tree (a company without projects, a project without subprojects, or a
    subproject), or on an absence type. When that entity has tasks a `task` must be named too; for an
    absence the task is ignored. Logging on an entity that has children is refused. The answer is the
    new entry, in draft state.

    Vendor-doc correction: the rules on the vendor's page write the entity field as `suproject`; it is
    `subproject`. Vendor-doc correction: the vendor's example answers a request for one day with an
    entry dated another; the new entry has the requested date.

    Args:
        body (TimeEntryCreateOnAbsence | TimeEntryCreateOnCompany | TimeEntryCreateOnProject |
            TimeEntryCreateOnSubproject):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TimeEntryOk]
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
    body: TimeEntryCreateOnAbsence | TimeEntryCreateOnCompany | TimeEntryCreateOnProject | TimeEntryCreateOnSubproject,
) -> TimeEntryOk | None:
    """Log time

     Records hours of the token's owner on one day. The time goes on exactly one leaf of the company →
    project → subproject tree (a company without projects, a project without subprojects, or a
    subproject), or on an absence type. When that entity has tasks a `task` must be named too; for an
    absence the task is ignored. Logging on an entity that has children is refused. The answer is the
    new entry, in draft state.

    Vendor-doc correction: the rules on the vendor's page write the entity field as `suproject`; it is
    `subproject`. Vendor-doc correction: the vendor's example answers a request for one day with an
    entry dated another; the new entry has the requested date.

    Args:
        body (TimeEntryCreateOnAbsence | TimeEntryCreateOnCompany | TimeEntryCreateOnProject |
            TimeEntryCreateOnSubproject):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TimeEntryOk
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TimeEntryCreateOnAbsence | TimeEntryCreateOnCompany | TimeEntryCreateOnProject | TimeEntryCreateOnSubproject,
) -> Response[TimeEntryOk]:
    """Log time

     Records hours of the token's owner on one day. The time goes on exactly one leaf of the company →
    project → subproject tree (a company without projects, a project without subprojects, or a
    subproject), or on an absence type. When that entity has tasks a `task` must be named too; for an
    absence the task is ignored. Logging on an entity that has children is refused. The answer is the
    new entry, in draft state.

    Vendor-doc correction: the rules on the vendor's page write the entity field as `suproject`; it is
    `subproject`. Vendor-doc correction: the vendor's example answers a request for one day with an
    entry dated another; the new entry has the requested date.

    Args:
        body (TimeEntryCreateOnAbsence | TimeEntryCreateOnCompany | TimeEntryCreateOnProject |
            TimeEntryCreateOnSubproject):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TimeEntryOk]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TimeEntryCreateOnAbsence | TimeEntryCreateOnCompany | TimeEntryCreateOnProject | TimeEntryCreateOnSubproject,
) -> TimeEntryOk | None:
    """Log time

     Records hours of the token's owner on one day. The time goes on exactly one leaf of the company →
    project → subproject tree (a company without projects, a project without subprojects, or a
    subproject), or on an absence type. When that entity has tasks a `task` must be named too; for an
    absence the task is ignored. Logging on an entity that has children is refused. The answer is the
    new entry, in draft state.

    Vendor-doc correction: the rules on the vendor's page write the entity field as `suproject`; it is
    `subproject`. Vendor-doc correction: the vendor's example answers a request for one day with an
    entry dated another; the new entry has the requested date.

    Args:
        body (TimeEntryCreateOnAbsence | TimeEntryCreateOnCompany | TimeEntryCreateOnProject |
            TimeEntryCreateOnSubproject):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TimeEntryOk
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
