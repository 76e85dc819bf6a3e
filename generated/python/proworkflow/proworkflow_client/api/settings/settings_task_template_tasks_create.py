from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.settings_task_template_tasks_create_body import SettingsTaskTemplateTasksCreateBody
from ...models.write_result import WriteResult
from ...types import Response


def _get_kwargs(
    tasktemplateid: int,
    *,
    body: SettingsTaskTemplateTasksCreateBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/settings/tasks/templates/{tasktemplateid}/tasks".format(
            tasktemplateid=quote(str(tasktemplateid), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorEnvelope | WriteResult | None:
    if response.status_code == 201:
        response_201 = WriteResult.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ErrorEnvelope.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 403:
        response_403 = ErrorEnvelope.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorEnvelope.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = ErrorEnvelope.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorEnvelope.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ErrorEnvelope | WriteResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    tasktemplateid: int,
    *,
    client: AuthenticatedClient | Client,
    body: SettingsTaskTemplateTasksCreateBody,
) -> Response[Any | ErrorEnvelope | WriteResult]:
    """Add a task to a task template

     Adds a task to the template (`name` required; priority 3, no allocated time, billable and taxable
    unless said otherwise). From then on every task create that names the template with `templateid`
    adds this task too. Staff only; clients and contractors get 403.

    Args:
        tasktemplateid (int):
        body (SettingsTaskTemplateTasksCreateBody): Request body of
            settingsTaskTemplateTasksCreate.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorEnvelope | WriteResult]
    """

    kwargs = _get_kwargs(
        tasktemplateid=tasktemplateid,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    tasktemplateid: int,
    *,
    client: AuthenticatedClient | Client,
    body: SettingsTaskTemplateTasksCreateBody,
) -> Any | ErrorEnvelope | WriteResult | None:
    """Add a task to a task template

     Adds a task to the template (`name` required; priority 3, no allocated time, billable and taxable
    unless said otherwise). From then on every task create that names the template with `templateid`
    adds this task too. Staff only; clients and contractors get 403.

    Args:
        tasktemplateid (int):
        body (SettingsTaskTemplateTasksCreateBody): Request body of
            settingsTaskTemplateTasksCreate.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorEnvelope | WriteResult
    """

    return sync_detailed(
        tasktemplateid=tasktemplateid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    tasktemplateid: int,
    *,
    client: AuthenticatedClient | Client,
    body: SettingsTaskTemplateTasksCreateBody,
) -> Response[Any | ErrorEnvelope | WriteResult]:
    """Add a task to a task template

     Adds a task to the template (`name` required; priority 3, no allocated time, billable and taxable
    unless said otherwise). From then on every task create that names the template with `templateid`
    adds this task too. Staff only; clients and contractors get 403.

    Args:
        tasktemplateid (int):
        body (SettingsTaskTemplateTasksCreateBody): Request body of
            settingsTaskTemplateTasksCreate.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorEnvelope | WriteResult]
    """

    kwargs = _get_kwargs(
        tasktemplateid=tasktemplateid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tasktemplateid: int,
    *,
    client: AuthenticatedClient | Client,
    body: SettingsTaskTemplateTasksCreateBody,
) -> Any | ErrorEnvelope | WriteResult | None:
    """Add a task to a task template

     Adds a task to the template (`name` required; priority 3, no allocated time, billable and taxable
    unless said otherwise). From then on every task create that names the template with `templateid`
    adds this task too. Staff only; clients and contractors get 403.

    Args:
        tasktemplateid (int):
        body (SettingsTaskTemplateTasksCreateBody): Request body of
            settingsTaskTemplateTasksCreate.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorEnvelope | WriteResult
    """

    return (
        await asyncio_detailed(
            tasktemplateid=tasktemplateid,
            client=client,
            body=body,
        )
    ).parsed
