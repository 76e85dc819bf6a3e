from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.time_entry_ok import TimeEntryOk
from ...models.time_entry_update_keeping_entity import TimeEntryUpdateKeepingEntity
from ...models.time_entry_update_on_absence import TimeEntryUpdateOnAbsence
from ...models.time_entry_update_on_company import TimeEntryUpdateOnCompany
from ...models.time_entry_update_on_project import TimeEntryUpdateOnProject
from ...models.time_entry_update_on_subproject import TimeEntryUpdateOnSubproject
from ...types import Response


def _get_kwargs(
    *,
    body: TimeEntryUpdateKeepingEntity
    | TimeEntryUpdateOnAbsence
    | TimeEntryUpdateOnCompany
    | TimeEntryUpdateOnProject
    | TimeEntryUpdateOnSubproject,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v2",
    }

    if isinstance(body, TimeEntryUpdateOnCompany):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, TimeEntryUpdateOnProject):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, TimeEntryUpdateOnSubproject):
        _kwargs["json"] = body.to_dict()
    elif isinstance(body, TimeEntryUpdateOnAbsence):
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
    body: TimeEntryUpdateKeepingEntity
    | TimeEntryUpdateOnAbsence
    | TimeEntryUpdateOnCompany
    | TimeEntryUpdateOnProject
    | TimeEntryUpdateOnSubproject,
) -> Response[TimeEntryOk]:
    """Change a time entry

     Changes an existing time entry: the body names it by `id` and carries only what changes (entity,
    task, day, hours, comment); whatever is left out keeps its value. The entry as changed must still
    follow the rules for logging time. The answer is the entry as stored.

    Args:
        body (TimeEntryUpdateKeepingEntity | TimeEntryUpdateOnAbsence | TimeEntryUpdateOnCompany |
            TimeEntryUpdateOnProject | TimeEntryUpdateOnSubproject):

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
    body: TimeEntryUpdateKeepingEntity
    | TimeEntryUpdateOnAbsence
    | TimeEntryUpdateOnCompany
    | TimeEntryUpdateOnProject
    | TimeEntryUpdateOnSubproject,
) -> TimeEntryOk | None:
    """Change a time entry

     Changes an existing time entry: the body names it by `id` and carries only what changes (entity,
    task, day, hours, comment); whatever is left out keeps its value. The entry as changed must still
    follow the rules for logging time. The answer is the entry as stored.

    Args:
        body (TimeEntryUpdateKeepingEntity | TimeEntryUpdateOnAbsence | TimeEntryUpdateOnCompany |
            TimeEntryUpdateOnProject | TimeEntryUpdateOnSubproject):

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
    body: TimeEntryUpdateKeepingEntity
    | TimeEntryUpdateOnAbsence
    | TimeEntryUpdateOnCompany
    | TimeEntryUpdateOnProject
    | TimeEntryUpdateOnSubproject,
) -> Response[TimeEntryOk]:
    """Change a time entry

     Changes an existing time entry: the body names it by `id` and carries only what changes (entity,
    task, day, hours, comment); whatever is left out keeps its value. The entry as changed must still
    follow the rules for logging time. The answer is the entry as stored.

    Args:
        body (TimeEntryUpdateKeepingEntity | TimeEntryUpdateOnAbsence | TimeEntryUpdateOnCompany |
            TimeEntryUpdateOnProject | TimeEntryUpdateOnSubproject):

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
    body: TimeEntryUpdateKeepingEntity
    | TimeEntryUpdateOnAbsence
    | TimeEntryUpdateOnCompany
    | TimeEntryUpdateOnProject
    | TimeEntryUpdateOnSubproject,
) -> TimeEntryOk | None:
    """Change a time entry

     Changes an existing time entry: the body names it by `id` and carries only what changes (entity,
    task, day, hours, comment); whatever is left out keeps its value. The entry as changed must still
    follow the rules for logging time. The answer is the entry as stored.

    Args:
        body (TimeEntryUpdateKeepingEntity | TimeEntryUpdateOnAbsence | TimeEntryUpdateOnCompany |
            TimeEntryUpdateOnProject | TimeEntryUpdateOnSubproject):

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
