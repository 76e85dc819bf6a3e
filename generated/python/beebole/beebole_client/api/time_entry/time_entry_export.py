from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.job_ok import JobOk
from ...models.time_entry_export_body import TimeEntryExportBody
from ...types import Response


def _get_kwargs(
    *,
    body: TimeEntryExportBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v2",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> JobOk | None:
    if response.status_code == 200:
        response_200 = JobOk.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[JobOk]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TimeEntryExportBody,
) -> Response[JobOk]:
    """Start a time export

     Starts a background job that exports the time entries of a period, like the export module of the web
    application. `show` picks the kind of report and `keys` the columns, which depend on it (see
    `ExportColumn`, `QuotaColumn` and `GroupColumn`). The data
    can be narrowed to one entity (one of `company`, `project`, `subproject`, `person`, `task`,
    `absence`), to some approval states (`statusFilters`) and to groups (`gids`). The answer is a
    running job; poll `time_entry.get_job_info` (about every five seconds) for the result, which is CSV
    text unless `outputFormat` is `array`.

    Args:
        body (TimeEntryExportBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JobOk]
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
    body: TimeEntryExportBody,
) -> JobOk | None:
    """Start a time export

     Starts a background job that exports the time entries of a period, like the export module of the web
    application. `show` picks the kind of report and `keys` the columns, which depend on it (see
    `ExportColumn`, `QuotaColumn` and `GroupColumn`). The data
    can be narrowed to one entity (one of `company`, `project`, `subproject`, `person`, `task`,
    `absence`), to some approval states (`statusFilters`) and to groups (`gids`). The answer is a
    running job; poll `time_entry.get_job_info` (about every five seconds) for the result, which is CSV
    text unless `outputFormat` is `array`.

    Args:
        body (TimeEntryExportBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobOk
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TimeEntryExportBody,
) -> Response[JobOk]:
    """Start a time export

     Starts a background job that exports the time entries of a period, like the export module of the web
    application. `show` picks the kind of report and `keys` the columns, which depend on it (see
    `ExportColumn`, `QuotaColumn` and `GroupColumn`). The data
    can be narrowed to one entity (one of `company`, `project`, `subproject`, `person`, `task`,
    `absence`), to some approval states (`statusFilters`) and to groups (`gids`). The answer is a
    running job; poll `time_entry.get_job_info` (about every five seconds) for the result, which is CSV
    text unless `outputFormat` is `array`.

    Args:
        body (TimeEntryExportBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JobOk]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TimeEntryExportBody,
) -> JobOk | None:
    """Start a time export

     Starts a background job that exports the time entries of a period, like the export module of the web
    application. `show` picks the kind of report and `keys` the columns, which depend on it (see
    `ExportColumn`, `QuotaColumn` and `GroupColumn`). The data
    can be narrowed to one entity (one of `company`, `project`, `subproject`, `person`, `task`,
    `absence`), to some approval states (`statusFilters`) and to groups (`gids`). The answer is a
    running job; poll `time_entry.get_job_info` (about every five seconds) for the result, which is CSV
    text unless `outputFormat` is `array`.

    Args:
        body (TimeEntryExportBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JobOk
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
