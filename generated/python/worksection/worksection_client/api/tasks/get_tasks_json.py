from http import HTTPStatus
from typing import Any, Literal

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_tasks_parameters import GetTasksParameters
from ...models.get_tasks_result import GetTasksResult
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: GetTasksParameters,
    action: Literal["get_tasks"] = "get_tasks",
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

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GetTasksResult | None:
    if response.status_code == 200:
        response_200 = GetTasksResult.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[GetTasksResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetTasksParameters,
    action: Literal["get_tasks"] = "get_tasks",
) -> Response[GetTasksResult]:
    """List the tasks of one project (POST, JSON body)

     The same call as `getTasks`, sent the way the vendor's 2026 PHP and Python clients send every admin
    action: `POST /api/admin/v2?action=get_tasks`, the parameters as a JSON object in the body
    (`Content-Type: application/json`), signed with the `Authorization: Admin ...` header. Ids may be
    JSON numbers or digit strings, numbers (priority, estimates) JSON numbers or text; everything else
    is as in the query form.

    What the call does: Returns the tasks of one project, open and done, except tasks whose publication
    is delayed.
    Subtasks appear only nested under their parent's `child`, with `extra=subtasks` (two levels);
    `filter=active` keeps open tasks only. The fields are those of `get_all_tasks`, and `extra` can also
    ask for each task's subscribers. An unknown project is refused with code 4 (`Project is invalid`).
    Recorded answers list the tasks in ascending id order; at most 10,000 tasks are returned.

    Args:
        action (Literal['get_tasks']):  Default: 'get_tasks'.
        body (GetTasksParameters): Parameters of get_tasks as a JSON object (the 2026 clients'
            form).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetTasksResult]
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
    body: GetTasksParameters,
    action: Literal["get_tasks"] = "get_tasks",
) -> GetTasksResult | None:
    """List the tasks of one project (POST, JSON body)

     The same call as `getTasks`, sent the way the vendor's 2026 PHP and Python clients send every admin
    action: `POST /api/admin/v2?action=get_tasks`, the parameters as a JSON object in the body
    (`Content-Type: application/json`), signed with the `Authorization: Admin ...` header. Ids may be
    JSON numbers or digit strings, numbers (priority, estimates) JSON numbers or text; everything else
    is as in the query form.

    What the call does: Returns the tasks of one project, open and done, except tasks whose publication
    is delayed.
    Subtasks appear only nested under their parent's `child`, with `extra=subtasks` (two levels);
    `filter=active` keeps open tasks only. The fields are those of `get_all_tasks`, and `extra` can also
    ask for each task's subscribers. An unknown project is refused with code 4 (`Project is invalid`).
    Recorded answers list the tasks in ascending id order; at most 10,000 tasks are returned.

    Args:
        action (Literal['get_tasks']):  Default: 'get_tasks'.
        body (GetTasksParameters): Parameters of get_tasks as a JSON object (the 2026 clients'
            form).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetTasksResult
    """

    return sync_detailed(
        client=client,
        body=body,
        action=action,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetTasksParameters,
    action: Literal["get_tasks"] = "get_tasks",
) -> Response[GetTasksResult]:
    """List the tasks of one project (POST, JSON body)

     The same call as `getTasks`, sent the way the vendor's 2026 PHP and Python clients send every admin
    action: `POST /api/admin/v2?action=get_tasks`, the parameters as a JSON object in the body
    (`Content-Type: application/json`), signed with the `Authorization: Admin ...` header. Ids may be
    JSON numbers or digit strings, numbers (priority, estimates) JSON numbers or text; everything else
    is as in the query form.

    What the call does: Returns the tasks of one project, open and done, except tasks whose publication
    is delayed.
    Subtasks appear only nested under their parent's `child`, with `extra=subtasks` (two levels);
    `filter=active` keeps open tasks only. The fields are those of `get_all_tasks`, and `extra` can also
    ask for each task's subscribers. An unknown project is refused with code 4 (`Project is invalid`).
    Recorded answers list the tasks in ascending id order; at most 10,000 tasks are returned.

    Args:
        action (Literal['get_tasks']):  Default: 'get_tasks'.
        body (GetTasksParameters): Parameters of get_tasks as a JSON object (the 2026 clients'
            form).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetTasksResult]
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
    body: GetTasksParameters,
    action: Literal["get_tasks"] = "get_tasks",
) -> GetTasksResult | None:
    """List the tasks of one project (POST, JSON body)

     The same call as `getTasks`, sent the way the vendor's 2026 PHP and Python clients send every admin
    action: `POST /api/admin/v2?action=get_tasks`, the parameters as a JSON object in the body
    (`Content-Type: application/json`), signed with the `Authorization: Admin ...` header. Ids may be
    JSON numbers or digit strings, numbers (priority, estimates) JSON numbers or text; everything else
    is as in the query form.

    What the call does: Returns the tasks of one project, open and done, except tasks whose publication
    is delayed.
    Subtasks appear only nested under their parent's `child`, with `extra=subtasks` (two levels);
    `filter=active` keeps open tasks only. The fields are those of `get_all_tasks`, and `extra` can also
    ask for each task's subscribers. An unknown project is refused with code 4 (`Project is invalid`).
    Recorded answers list the tasks in ascending id order; at most 10,000 tasks are returned.

    Args:
        action (Literal['get_tasks']):  Default: 'get_tasks'.
        body (GetTasksParameters): Parameters of get_tasks as a JSON object (the 2026 clients'
            form).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetTasksResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            action=action,
        )
    ).parsed
