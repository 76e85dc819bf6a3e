from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.time_entry_entities_ok import TimeEntryEntitiesOk
from ...models.time_entry_get_entities_for_company import TimeEntryGetEntitiesForCompany
from ...models.time_entry_get_entities_for_project import TimeEntryGetEntitiesForProject
from ...types import Response


def _get_kwargs(
    *,
    body: TimeEntryGetEntitiesForCompany | TimeEntryGetEntitiesForProject,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v2",
    }

    if isinstance(body, TimeEntryGetEntitiesForCompany):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> TimeEntryEntitiesOk | None:
    if response.status_code == 200:
        response_200 = TimeEntryEntitiesOk.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[TimeEntryEntitiesOk]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TimeEntryGetEntitiesForCompany | TimeEntryGetEntitiesForProject,
) -> Response[TimeEntryEntitiesOk]:
    """List where time can be logged

     Walks down the company → project → subproject tree for time entry: given a company, returns its
    projects (each with its number of subprojects); given a project, its subprojects. Time is logged on
    an entity without children, so a client calls this until it reaches one.

    Vendor-doc correction: the introduction says every HTTP 200 answer carries `status`, but the example
    answer of this service has none, and an integration reads this answer by its payload key alone; so
    `status` is optional here (`ok` when present). The mock sends it, as for every other service.

    Args:
        body (TimeEntryGetEntitiesForCompany | TimeEntryGetEntitiesForProject):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TimeEntryEntitiesOk]
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
    body: TimeEntryGetEntitiesForCompany | TimeEntryGetEntitiesForProject,
) -> TimeEntryEntitiesOk | None:
    """List where time can be logged

     Walks down the company → project → subproject tree for time entry: given a company, returns its
    projects (each with its number of subprojects); given a project, its subprojects. Time is logged on
    an entity without children, so a client calls this until it reaches one.

    Vendor-doc correction: the introduction says every HTTP 200 answer carries `status`, but the example
    answer of this service has none, and an integration reads this answer by its payload key alone; so
    `status` is optional here (`ok` when present). The mock sends it, as for every other service.

    Args:
        body (TimeEntryGetEntitiesForCompany | TimeEntryGetEntitiesForProject):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TimeEntryEntitiesOk
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TimeEntryGetEntitiesForCompany | TimeEntryGetEntitiesForProject,
) -> Response[TimeEntryEntitiesOk]:
    """List where time can be logged

     Walks down the company → project → subproject tree for time entry: given a company, returns its
    projects (each with its number of subprojects); given a project, its subprojects. Time is logged on
    an entity without children, so a client calls this until it reaches one.

    Vendor-doc correction: the introduction says every HTTP 200 answer carries `status`, but the example
    answer of this service has none, and an integration reads this answer by its payload key alone; so
    `status` is optional here (`ok` when present). The mock sends it, as for every other service.

    Args:
        body (TimeEntryGetEntitiesForCompany | TimeEntryGetEntitiesForProject):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TimeEntryEntitiesOk]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TimeEntryGetEntitiesForCompany | TimeEntryGetEntitiesForProject,
) -> TimeEntryEntitiesOk | None:
    """List where time can be logged

     Walks down the company → project → subproject tree for time entry: given a company, returns its
    projects (each with its number of subprojects); given a project, its subprojects. Time is logged on
    an entity without children, so a client calls this until it reaches one.

    Vendor-doc correction: the introduction says every HTTP 200 answer carries `status`, but the example
    answer of this service has none, and an integration reads this answer by its payload key alone; so
    `status` is optional here (`ok` when present). The mock sends it, as for every other service.

    Args:
        body (TimeEntryGetEntitiesForCompany | TimeEntryGetEntitiesForProject):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TimeEntryEntitiesOk
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
