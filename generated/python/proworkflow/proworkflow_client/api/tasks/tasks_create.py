from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.tasks_create_body import TasksCreateBody
from ...models.write_result import WriteResult
from ...types import Response


def _get_kwargs(
    *,
    body: list[TasksCreateBody] | TasksCreateBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/tasks",
    }

    if isinstance(body, TasksCreateBody):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = []
        for componentsschemas_tasks_create_body_list_item_data in body:
            componentsschemas_tasks_create_body_list_item = componentsschemas_tasks_create_body_list_item_data.to_dict()
            _kwargs["json"].append(componentsschemas_tasks_create_body_list_item)

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
    *,
    client: AuthenticatedClient | Client,
    body: list[TasksCreateBody] | TasksCreateBody,
) -> Response[Any | ErrorEnvelope | WriteResult]:
    """Create one or more tasks

     Creates a project task (`projectid`) or a general task (`categoryid`, a task category of
    `/settings/tasks/categories`); `templateid` adds the tasks of a task template
    (`/settings/tasks/templates`) instead, one per template task, each with that task's name and
    settings (the body's own values win), and `tagid` tags the tasks with task tags
    (`/settings/tasks/tags`). A category, tag or template added through the settings can be named at
    once; an unknown id is refused (400). The answer (HTTP 201, message `Task/s Added`) lists the new id
    and name of each task under `details`. `contacts` is a comma string (`me`, ids, `allstaff`, `all`,
    `none`); project tasks may be assigned only contacts on the project, general tasks only staff. Dates
    take `yyyy-mm-dd` or relative dates (`+1w`). A JSON array creates several tasks at once; they must
    all belong to the same project (or category). Sending `contacts` as a JSON array makes the service
    fail with HTTP 500 and a bare-string `details`.

    Args:
        body (list[TasksCreateBody] | TasksCreateBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorEnvelope | WriteResult]
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
    body: list[TasksCreateBody] | TasksCreateBody,
) -> Any | ErrorEnvelope | WriteResult | None:
    """Create one or more tasks

     Creates a project task (`projectid`) or a general task (`categoryid`, a task category of
    `/settings/tasks/categories`); `templateid` adds the tasks of a task template
    (`/settings/tasks/templates`) instead, one per template task, each with that task's name and
    settings (the body's own values win), and `tagid` tags the tasks with task tags
    (`/settings/tasks/tags`). A category, tag or template added through the settings can be named at
    once; an unknown id is refused (400). The answer (HTTP 201, message `Task/s Added`) lists the new id
    and name of each task under `details`. `contacts` is a comma string (`me`, ids, `allstaff`, `all`,
    `none`); project tasks may be assigned only contacts on the project, general tasks only staff. Dates
    take `yyyy-mm-dd` or relative dates (`+1w`). A JSON array creates several tasks at once; they must
    all belong to the same project (or category). Sending `contacts` as a JSON array makes the service
    fail with HTTP 500 and a bare-string `details`.

    Args:
        body (list[TasksCreateBody] | TasksCreateBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorEnvelope | WriteResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: list[TasksCreateBody] | TasksCreateBody,
) -> Response[Any | ErrorEnvelope | WriteResult]:
    """Create one or more tasks

     Creates a project task (`projectid`) or a general task (`categoryid`, a task category of
    `/settings/tasks/categories`); `templateid` adds the tasks of a task template
    (`/settings/tasks/templates`) instead, one per template task, each with that task's name and
    settings (the body's own values win), and `tagid` tags the tasks with task tags
    (`/settings/tasks/tags`). A category, tag or template added through the settings can be named at
    once; an unknown id is refused (400). The answer (HTTP 201, message `Task/s Added`) lists the new id
    and name of each task under `details`. `contacts` is a comma string (`me`, ids, `allstaff`, `all`,
    `none`); project tasks may be assigned only contacts on the project, general tasks only staff. Dates
    take `yyyy-mm-dd` or relative dates (`+1w`). A JSON array creates several tasks at once; they must
    all belong to the same project (or category). Sending `contacts` as a JSON array makes the service
    fail with HTTP 500 and a bare-string `details`.

    Args:
        body (list[TasksCreateBody] | TasksCreateBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorEnvelope | WriteResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: list[TasksCreateBody] | TasksCreateBody,
) -> Any | ErrorEnvelope | WriteResult | None:
    """Create one or more tasks

     Creates a project task (`projectid`) or a general task (`categoryid`, a task category of
    `/settings/tasks/categories`); `templateid` adds the tasks of a task template
    (`/settings/tasks/templates`) instead, one per template task, each with that task's name and
    settings (the body's own values win), and `tagid` tags the tasks with task tags
    (`/settings/tasks/tags`). A category, tag or template added through the settings can be named at
    once; an unknown id is refused (400). The answer (HTTP 201, message `Task/s Added`) lists the new id
    and name of each task under `details`. `contacts` is a comma string (`me`, ids, `allstaff`, `all`,
    `none`); project tasks may be assigned only contacts on the project, general tasks only staff. Dates
    take `yyyy-mm-dd` or relative dates (`+1w`). A JSON array creates several tasks at once; they must
    all belong to the same project (or category). Sending `contacts` as a JSON array makes the service
    fail with HTTP 500 and a bare-string `details`.

    Args:
        body (list[TasksCreateBody] | TasksCreateBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorEnvelope | WriteResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
