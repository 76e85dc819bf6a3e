from http import HTTPStatus
from typing import Any, Literal

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.search_tasks_parameters import SearchTasksParameters
from ...models.search_tasks_result import SearchTasksResult
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: SearchTasksParameters | Unset = UNSET,
    action: Literal["search_tasks"] = "search_tasks",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["action"] = action

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/admin/v2/",
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    body: SearchTasksParameters | Unset = UNSET,
    action: Literal["search_tasks"] = "search_tasks",
) -> Response[SearchTasksResult]:
    """Search tasks (POST, JSON body)

     The same call as `searchTasks`, sent the way the vendor's 2026 PHP and Python clients send every
    admin action: `POST /api/admin/v2?action=search_tasks`, the parameters as a JSON object in the body
    (`Content-Type: application/json`), signed with the `Authorization: Admin ...` header. Ids may be
    JSON numbers or digit strings, numbers (priority, estimates) JSON numbers or text; everything else
    is as in the query form.

    What the call does: Returns the tasks and subtasks (flat, each with its own link) that meet every
    criterion given: a
    project, a task, an author, an assignee, a search expression (`filter`, a small query language
    described on the parameter) and optionally a state (`status`). At least one of `id_project`,
    `id_task`, `email_user_from`, `email_user_to` and `filter` must be given; otherwise the call is
    refused with code 10 (`At least one of fields required`, `message_details` naming the five). No
    single parameter is required, so the schema leaves that rule to the service. `extra` adds the
    description or files. Recorded answers list the tasks in ascending id order.

    Args:
        action (Literal['search_tasks']):  Default: 'search_tasks'.
        body (SearchTasksParameters | Unset): Parameters of search_tasks as a JSON object (the
            2026 clients' form). At least one of `id_project`,
            `id_task`, `email_user_from`, `email_user_to` and `filter` is needed; the service, not the
            schema,
            refuses a call without any (code 10).

            Vendor-doc correction: the vendor's 2023 SDK declares the project id as a required
            argument of
            search_tasks; it is one of five alternatives, as the SDK's own docblock and the recorded
            refusal say.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SearchTasksResult]
    """

    kwargs = _get_kwargs(
        body=body,
        action=action,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: SearchTasksParameters | Unset = UNSET,
    action: Literal["search_tasks"] = "search_tasks",
) -> SearchTasksResult | None:
    """Search tasks (POST, JSON body)

     The same call as `searchTasks`, sent the way the vendor's 2026 PHP and Python clients send every
    admin action: `POST /api/admin/v2?action=search_tasks`, the parameters as a JSON object in the body
    (`Content-Type: application/json`), signed with the `Authorization: Admin ...` header. Ids may be
    JSON numbers or digit strings, numbers (priority, estimates) JSON numbers or text; everything else
    is as in the query form.

    What the call does: Returns the tasks and subtasks (flat, each with its own link) that meet every
    criterion given: a
    project, a task, an author, an assignee, a search expression (`filter`, a small query language
    described on the parameter) and optionally a state (`status`). At least one of `id_project`,
    `id_task`, `email_user_from`, `email_user_to` and `filter` must be given; otherwise the call is
    refused with code 10 (`At least one of fields required`, `message_details` naming the five). No
    single parameter is required, so the schema leaves that rule to the service. `extra` adds the
    description or files. Recorded answers list the tasks in ascending id order.

    Args:
        action (Literal['search_tasks']):  Default: 'search_tasks'.
        body (SearchTasksParameters | Unset): Parameters of search_tasks as a JSON object (the
            2026 clients' form). At least one of `id_project`,
            `id_task`, `email_user_from`, `email_user_to` and `filter` is needed; the service, not the
            schema,
            refuses a call without any (code 10).

            Vendor-doc correction: the vendor's 2023 SDK declares the project id as a required
            argument of
            search_tasks; it is one of five alternatives, as the SDK's own docblock and the recorded
            refusal say.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SearchTasksResult
    """

    return sync_detailed(
        client=client,
        body=body,
        action=action,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SearchTasksParameters | Unset = UNSET,
    action: Literal["search_tasks"] = "search_tasks",
) -> Response[SearchTasksResult]:
    """Search tasks (POST, JSON body)

     The same call as `searchTasks`, sent the way the vendor's 2026 PHP and Python clients send every
    admin action: `POST /api/admin/v2?action=search_tasks`, the parameters as a JSON object in the body
    (`Content-Type: application/json`), signed with the `Authorization: Admin ...` header. Ids may be
    JSON numbers or digit strings, numbers (priority, estimates) JSON numbers or text; everything else
    is as in the query form.

    What the call does: Returns the tasks and subtasks (flat, each with its own link) that meet every
    criterion given: a
    project, a task, an author, an assignee, a search expression (`filter`, a small query language
    described on the parameter) and optionally a state (`status`). At least one of `id_project`,
    `id_task`, `email_user_from`, `email_user_to` and `filter` must be given; otherwise the call is
    refused with code 10 (`At least one of fields required`, `message_details` naming the five). No
    single parameter is required, so the schema leaves that rule to the service. `extra` adds the
    description or files. Recorded answers list the tasks in ascending id order.

    Args:
        action (Literal['search_tasks']):  Default: 'search_tasks'.
        body (SearchTasksParameters | Unset): Parameters of search_tasks as a JSON object (the
            2026 clients' form). At least one of `id_project`,
            `id_task`, `email_user_from`, `email_user_to` and `filter` is needed; the service, not the
            schema,
            refuses a call without any (code 10).

            Vendor-doc correction: the vendor's 2023 SDK declares the project id as a required
            argument of
            search_tasks; it is one of five alternatives, as the SDK's own docblock and the recorded
            refusal say.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SearchTasksResult]
    """

    kwargs = _get_kwargs(
        body=body,
        action=action,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SearchTasksParameters | Unset = UNSET,
    action: Literal["search_tasks"] = "search_tasks",
) -> SearchTasksResult | None:
    """Search tasks (POST, JSON body)

     The same call as `searchTasks`, sent the way the vendor's 2026 PHP and Python clients send every
    admin action: `POST /api/admin/v2?action=search_tasks`, the parameters as a JSON object in the body
    (`Content-Type: application/json`), signed with the `Authorization: Admin ...` header. Ids may be
    JSON numbers or digit strings, numbers (priority, estimates) JSON numbers or text; everything else
    is as in the query form.

    What the call does: Returns the tasks and subtasks (flat, each with its own link) that meet every
    criterion given: a
    project, a task, an author, an assignee, a search expression (`filter`, a small query language
    described on the parameter) and optionally a state (`status`). At least one of `id_project`,
    `id_task`, `email_user_from`, `email_user_to` and `filter` must be given; otherwise the call is
    refused with code 10 (`At least one of fields required`, `message_details` naming the five). No
    single parameter is required, so the schema leaves that rule to the service. `extra` adds the
    description or files. Recorded answers list the tasks in ascending id order.

    Args:
        action (Literal['search_tasks']):  Default: 'search_tasks'.
        body (SearchTasksParameters | Unset): Parameters of search_tasks as a JSON object (the
            2026 clients' form). At least one of `id_project`,
            `id_task`, `email_user_from`, `email_user_to` and `filter` is needed; the service, not the
            schema,
            refuses a call without any (code 10).

            Vendor-doc correction: the vendor's 2023 SDK declares the project id as a required
            argument of
            search_tasks; it is one of five alternatives, as the SDK's own docblock and the recorded
            refusal say.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SearchTasksResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            action=action,
        )
    ).parsed
