from http import HTTPStatus
from typing import Any, Literal

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.search_tasks_result import SearchTasksResult
from ...models.task_search_status import TaskSearchStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    action: Literal["search_tasks"] = "search_tasks",
    id_project: str | Unset = UNSET,
    id_task: str | Unset = UNSET,
    email_user_from: str | Unset = UNSET,
    email_user_to: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    status: TaskSearchStatus | Unset = UNSET,
    extra: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["action"] = action

    params["id_project"] = id_project

    params["id_task"] = id_task

    params["email_user_from"] = email_user_from

    params["email_user_to"] = email_user_to

    params["filter"] = filter_

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["extra"] = extra

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/admin/v2/",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> SearchTasksResult | None:
    if response.status_code == 200:
        response_200 = SearchTasksResult.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[SearchTasksResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["search_tasks"] = "search_tasks",
    id_project: str | Unset = UNSET,
    id_task: str | Unset = UNSET,
    email_user_from: str | Unset = UNSET,
    email_user_to: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    status: TaskSearchStatus | Unset = UNSET,
    extra: str | Unset = UNSET,
) -> Response[SearchTasksResult]:
    """Search tasks

     Returns the tasks and subtasks (flat, each with its own link) that meet every criterion given: a
    project, a task, an author, an assignee, a search expression (`filter`, a small query language
    described on the parameter) and optionally a state (`status`). At least one of `id_project`,
    `id_task`, `email_user_from`, `email_user_to` and `filter` must be given; otherwise the call is
    refused with code 10 (`At least one of fields required`, `message_details` naming the five). No
    single parameter is required, so the schema leaves that rule to the service. `extra` adds the
    description or files. Recorded answers list the tasks in ascending id order.

    Args:
        action (Literal['search_tasks']):  Default: 'search_tasks'.
        id_project (str | Unset): The id of a record as a request parameter, a string of digits
            (as the service returns ids).
        id_task (str | Unset): The id of a record as a request parameter, a string of digits (as
            the service returns ids).
        email_user_from (str | Unset): One e-mail address (of a member of the account).
        email_user_to (str | Unset): One e-mail address (of a member of the account).
        filter_ (str | Unset): A search expression of the query language described on the `filter`
            parameter of search_tasks.
        status (TaskSearchStatus | Unset): `active` (open) or `done`.
        extra (str | Unset): Comma-separated list of `text` or `html` (not both), `files` (spaces
            around commas allowed).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SearchTasksResult]
    """

    kwargs = _get_kwargs(
        action=action,
        id_project=id_project,
        id_task=id_task,
        email_user_from=email_user_from,
        email_user_to=email_user_to,
        filter_=filter_,
        status=status,
        extra=extra,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["search_tasks"] = "search_tasks",
    id_project: str | Unset = UNSET,
    id_task: str | Unset = UNSET,
    email_user_from: str | Unset = UNSET,
    email_user_to: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    status: TaskSearchStatus | Unset = UNSET,
    extra: str | Unset = UNSET,
) -> SearchTasksResult | None:
    """Search tasks

     Returns the tasks and subtasks (flat, each with its own link) that meet every criterion given: a
    project, a task, an author, an assignee, a search expression (`filter`, a small query language
    described on the parameter) and optionally a state (`status`). At least one of `id_project`,
    `id_task`, `email_user_from`, `email_user_to` and `filter` must be given; otherwise the call is
    refused with code 10 (`At least one of fields required`, `message_details` naming the five). No
    single parameter is required, so the schema leaves that rule to the service. `extra` adds the
    description or files. Recorded answers list the tasks in ascending id order.

    Args:
        action (Literal['search_tasks']):  Default: 'search_tasks'.
        id_project (str | Unset): The id of a record as a request parameter, a string of digits
            (as the service returns ids).
        id_task (str | Unset): The id of a record as a request parameter, a string of digits (as
            the service returns ids).
        email_user_from (str | Unset): One e-mail address (of a member of the account).
        email_user_to (str | Unset): One e-mail address (of a member of the account).
        filter_ (str | Unset): A search expression of the query language described on the `filter`
            parameter of search_tasks.
        status (TaskSearchStatus | Unset): `active` (open) or `done`.
        extra (str | Unset): Comma-separated list of `text` or `html` (not both), `files` (spaces
            around commas allowed).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SearchTasksResult
    """

    return sync_detailed(
        client=client,
        action=action,
        id_project=id_project,
        id_task=id_task,
        email_user_from=email_user_from,
        email_user_to=email_user_to,
        filter_=filter_,
        status=status,
        extra=extra,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["search_tasks"] = "search_tasks",
    id_project: str | Unset = UNSET,
    id_task: str | Unset = UNSET,
    email_user_from: str | Unset = UNSET,
    email_user_to: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    status: TaskSearchStatus | Unset = UNSET,
    extra: str | Unset = UNSET,
) -> Response[SearchTasksResult]:
    """Search tasks

     Returns the tasks and subtasks (flat, each with its own link) that meet every criterion given: a
    project, a task, an author, an assignee, a search expression (`filter`, a small query language
    described on the parameter) and optionally a state (`status`). At least one of `id_project`,
    `id_task`, `email_user_from`, `email_user_to` and `filter` must be given; otherwise the call is
    refused with code 10 (`At least one of fields required`, `message_details` naming the five). No
    single parameter is required, so the schema leaves that rule to the service. `extra` adds the
    description or files. Recorded answers list the tasks in ascending id order.

    Args:
        action (Literal['search_tasks']):  Default: 'search_tasks'.
        id_project (str | Unset): The id of a record as a request parameter, a string of digits
            (as the service returns ids).
        id_task (str | Unset): The id of a record as a request parameter, a string of digits (as
            the service returns ids).
        email_user_from (str | Unset): One e-mail address (of a member of the account).
        email_user_to (str | Unset): One e-mail address (of a member of the account).
        filter_ (str | Unset): A search expression of the query language described on the `filter`
            parameter of search_tasks.
        status (TaskSearchStatus | Unset): `active` (open) or `done`.
        extra (str | Unset): Comma-separated list of `text` or `html` (not both), `files` (spaces
            around commas allowed).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SearchTasksResult]
    """

    kwargs = _get_kwargs(
        action=action,
        id_project=id_project,
        id_task=id_task,
        email_user_from=email_user_from,
        email_user_to=email_user_to,
        filter_=filter_,
        status=status,
        extra=extra,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["search_tasks"] = "search_tasks",
    id_project: str | Unset = UNSET,
    id_task: str | Unset = UNSET,
    email_user_from: str | Unset = UNSET,
    email_user_to: str | Unset = UNSET,
    filter_: str | Unset = UNSET,
    status: TaskSearchStatus | Unset = UNSET,
    extra: str | Unset = UNSET,
) -> SearchTasksResult | None:
    """Search tasks

     Returns the tasks and subtasks (flat, each with its own link) that meet every criterion given: a
    project, a task, an author, an assignee, a search expression (`filter`, a small query language
    described on the parameter) and optionally a state (`status`). At least one of `id_project`,
    `id_task`, `email_user_from`, `email_user_to` and `filter` must be given; otherwise the call is
    refused with code 10 (`At least one of fields required`, `message_details` naming the five). No
    single parameter is required, so the schema leaves that rule to the service. `extra` adds the
    description or files. Recorded answers list the tasks in ascending id order.

    Args:
        action (Literal['search_tasks']):  Default: 'search_tasks'.
        id_project (str | Unset): The id of a record as a request parameter, a string of digits
            (as the service returns ids).
        id_task (str | Unset): The id of a record as a request parameter, a string of digits (as
            the service returns ids).
        email_user_from (str | Unset): One e-mail address (of a member of the account).
        email_user_to (str | Unset): One e-mail address (of a member of the account).
        filter_ (str | Unset): A search expression of the query language described on the `filter`
            parameter of search_tasks.
        status (TaskSearchStatus | Unset): `active` (open) or `done`.
        extra (str | Unset): Comma-separated list of `text` or `html` (not both), `files` (spaces
            around commas allowed).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SearchTasksResult
    """

    return (
        await asyncio_detailed(
            client=client,
            action=action,
            id_project=id_project,
            id_task=id_task,
            email_user_from=email_user_from,
            email_user_to=email_user_to,
            filter_=filter_,
            status=status,
            extra=extra,
        )
    ).parsed
