from http import HTTPStatus
from typing import Any, Literal

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_files_result import GetFilesResult
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: Any,
    action: Literal["get_files"] = "get_files",
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

    _kwargs["json"] = body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GetFilesResult | None:
    if response.status_code == 200:
        response_200 = GetFilesResult.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[GetFilesResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: Any,
    action: Literal["get_files"] = "get_files",
) -> Response[GetFilesResult]:
    """List the files of a project or a task (POST, JSON body)

     The same call as `getFiles`, as the vendor's 2026 clients send it: `POST
    /api/admin/v2?action=get_files`, body `{"id_project": <id>}` or `{"id_task": <id>}` (ids as
    numbers), signed with `Authorization: Admin ...`. The clients refuse to send the call without one
    of the two ids.

    Args:
        action (Literal['get_files']):  Default: 'get_files'.
        body (Any): Parameters of get_files as a JSON object (the 2026 clients' form); one of the
            two ids at least.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetFilesResult]
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
    body: Any,
    action: Literal["get_files"] = "get_files",
) -> GetFilesResult | None:
    """List the files of a project or a task (POST, JSON body)

     The same call as `getFiles`, as the vendor's 2026 clients send it: `POST
    /api/admin/v2?action=get_files`, body `{"id_project": <id>}` or `{"id_task": <id>}` (ids as
    numbers), signed with `Authorization: Admin ...`. The clients refuse to send the call without one
    of the two ids.

    Args:
        action (Literal['get_files']):  Default: 'get_files'.
        body (Any): Parameters of get_files as a JSON object (the 2026 clients' form); one of the
            two ids at least.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetFilesResult
    """

    return sync_detailed(
        client=client,
        body=body,
        action=action,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: Any,
    action: Literal["get_files"] = "get_files",
) -> Response[GetFilesResult]:
    """List the files of a project or a task (POST, JSON body)

     The same call as `getFiles`, as the vendor's 2026 clients send it: `POST
    /api/admin/v2?action=get_files`, body `{"id_project": <id>}` or `{"id_task": <id>}` (ids as
    numbers), signed with `Authorization: Admin ...`. The clients refuse to send the call without one
    of the two ids.

    Args:
        action (Literal['get_files']):  Default: 'get_files'.
        body (Any): Parameters of get_files as a JSON object (the 2026 clients' form); one of the
            two ids at least.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetFilesResult]
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
    body: Any,
    action: Literal["get_files"] = "get_files",
) -> GetFilesResult | None:
    """List the files of a project or a task (POST, JSON body)

     The same call as `getFiles`, as the vendor's 2026 clients send it: `POST
    /api/admin/v2?action=get_files`, body `{"id_project": <id>}` or `{"id_task": <id>}` (ids as
    numbers), signed with `Authorization: Admin ...`. The clients refuse to send the call without one
    of the two ids.

    Args:
        action (Literal['get_files']):  Default: 'get_files'.
        body (Any): Parameters of get_files as a JSON object (the 2026 clients' form); one of the
            two ids at least.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetFilesResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            action=action,
        )
    ).parsed
