from http import HTTPStatus
from typing import Any, Literal

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_task_parameters import GetTaskParameters
from ...models.get_task_result import GetTaskResult
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: GetTaskParameters,
    action: Literal["get_task"] = "get_task",
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


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GetTaskResult | None:
    if response.status_code == 200:
        response_200 = GetTaskResult.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[GetTaskResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetTaskParameters,
    action: Literal["get_task"] = "get_task",
) -> Response[GetTaskResult]:
    """Get one task (POST, JSON body)

     The same call as `getTask`, sent the way the vendor's 2026 PHP and Python clients send every admin
    action: `POST /api/admin/v2?action=get_task`, the parameters as a JSON object in the body (`Content-
    Type: application/json`), signed with the `Authorization: Admin ...` header. Ids may be JSON numbers
    or digit strings, numbers (priority, estimates) JSON numbers or text; everything else is as in the
    query form.

    What the call does: Returns one task or subtask, open or done (not one whose publication is
    delayed), with the same
    fields as the list calls, plus `parent` for a subtask. `extra=subtasks` lists its subtasks under
    `child`; unlike the list calls, these entries are short (id, name, link, state, priority and their
    own `child`). `filter=active` keeps only open subtasks there. An unknown task is refused with code 5
    (`Task is invalid`).

    Args:
        action (Literal['get_task']):  Default: 'get_task'.
        body (GetTaskParameters): Parameters of get_task as a JSON object (the 2026 clients'
            form).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetTaskResult]
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
    body: GetTaskParameters,
    action: Literal["get_task"] = "get_task",
) -> GetTaskResult | None:
    """Get one task (POST, JSON body)

     The same call as `getTask`, sent the way the vendor's 2026 PHP and Python clients send every admin
    action: `POST /api/admin/v2?action=get_task`, the parameters as a JSON object in the body (`Content-
    Type: application/json`), signed with the `Authorization: Admin ...` header. Ids may be JSON numbers
    or digit strings, numbers (priority, estimates) JSON numbers or text; everything else is as in the
    query form.

    What the call does: Returns one task or subtask, open or done (not one whose publication is
    delayed), with the same
    fields as the list calls, plus `parent` for a subtask. `extra=subtasks` lists its subtasks under
    `child`; unlike the list calls, these entries are short (id, name, link, state, priority and their
    own `child`). `filter=active` keeps only open subtasks there. An unknown task is refused with code 5
    (`Task is invalid`).

    Args:
        action (Literal['get_task']):  Default: 'get_task'.
        body (GetTaskParameters): Parameters of get_task as a JSON object (the 2026 clients'
            form).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetTaskResult
    """

    return sync_detailed(
        client=client,
        body=body,
        action=action,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetTaskParameters,
    action: Literal["get_task"] = "get_task",
) -> Response[GetTaskResult]:
    """Get one task (POST, JSON body)

     The same call as `getTask`, sent the way the vendor's 2026 PHP and Python clients send every admin
    action: `POST /api/admin/v2?action=get_task`, the parameters as a JSON object in the body (`Content-
    Type: application/json`), signed with the `Authorization: Admin ...` header. Ids may be JSON numbers
    or digit strings, numbers (priority, estimates) JSON numbers or text; everything else is as in the
    query form.

    What the call does: Returns one task or subtask, open or done (not one whose publication is
    delayed), with the same
    fields as the list calls, plus `parent` for a subtask. `extra=subtasks` lists its subtasks under
    `child`; unlike the list calls, these entries are short (id, name, link, state, priority and their
    own `child`). `filter=active` keeps only open subtasks there. An unknown task is refused with code 5
    (`Task is invalid`).

    Args:
        action (Literal['get_task']):  Default: 'get_task'.
        body (GetTaskParameters): Parameters of get_task as a JSON object (the 2026 clients'
            form).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetTaskResult]
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
    body: GetTaskParameters,
    action: Literal["get_task"] = "get_task",
) -> GetTaskResult | None:
    """Get one task (POST, JSON body)

     The same call as `getTask`, sent the way the vendor's 2026 PHP and Python clients send every admin
    action: `POST /api/admin/v2?action=get_task`, the parameters as a JSON object in the body (`Content-
    Type: application/json`), signed with the `Authorization: Admin ...` header. Ids may be JSON numbers
    or digit strings, numbers (priority, estimates) JSON numbers or text; everything else is as in the
    query form.

    What the call does: Returns one task or subtask, open or done (not one whose publication is
    delayed), with the same
    fields as the list calls, plus `parent` for a subtask. `extra=subtasks` lists its subtasks under
    `child`; unlike the list calls, these entries are short (id, name, link, state, priority and their
    own `child`). `filter=active` keeps only open subtasks there. An unknown task is refused with code 5
    (`Task is invalid`).

    Args:
        action (Literal['get_task']):  Default: 'get_task'.
        body (GetTaskParameters): Parameters of get_task as a JSON object (the 2026 clients'
            form).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetTaskResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            action=action,
        )
    ).parsed
