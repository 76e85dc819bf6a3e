from http import HTTPStatus
from typing import Any, Literal

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_project_result import GetProjectResult
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    action: Literal["get_project"] = "get_project",
    id_project: str,
    extra: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["action"] = action

    params["id_project"] = id_project

    params["extra"] = extra

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/admin/v2/",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GetProjectResult | None:
    if response.status_code == 200:
        response_200 = GetProjectResult.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[GetProjectResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["get_project"] = "get_project",
    id_project: str,
    extra: str | Unset = UNSET,
) -> Response[GetProjectResult]:
    """Get one project

     Returns one project, picked by `id_project`, with the same fields as a project in get_projects:
    always its id, name, link, state, folder, author, manager and creation time; its dates, estimates
    and tags when they are set; the description, the restriction flags and the team only when `extra`
    asks for them (`extra=text,options,users`). An id that names no project of the account is answered
    with `status_code` 4, "Project is invalid".

    Args:
        action (Literal['get_project']):  Default: 'get_project'.
        id_project (str): The id of a record as a request parameter, a string of digits (as the
            service returns ids).
        extra (str | Unset): Comma-separated list of `text` or `html`, `options`, `users` (spaces
            around commas allowed). `text` and `html` are the two forms of the one description field,
            so a list names at most one of them.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetProjectResult]
    """

    kwargs = _get_kwargs(
        action=action,
        id_project=id_project,
        extra=extra,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["get_project"] = "get_project",
    id_project: str,
    extra: str | Unset = UNSET,
) -> GetProjectResult | None:
    """Get one project

     Returns one project, picked by `id_project`, with the same fields as a project in get_projects:
    always its id, name, link, state, folder, author, manager and creation time; its dates, estimates
    and tags when they are set; the description, the restriction flags and the team only when `extra`
    asks for them (`extra=text,options,users`). An id that names no project of the account is answered
    with `status_code` 4, "Project is invalid".

    Args:
        action (Literal['get_project']):  Default: 'get_project'.
        id_project (str): The id of a record as a request parameter, a string of digits (as the
            service returns ids).
        extra (str | Unset): Comma-separated list of `text` or `html`, `options`, `users` (spaces
            around commas allowed). `text` and `html` are the two forms of the one description field,
            so a list names at most one of them.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetProjectResult
    """

    return sync_detailed(
        client=client,
        action=action,
        id_project=id_project,
        extra=extra,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["get_project"] = "get_project",
    id_project: str,
    extra: str | Unset = UNSET,
) -> Response[GetProjectResult]:
    """Get one project

     Returns one project, picked by `id_project`, with the same fields as a project in get_projects:
    always its id, name, link, state, folder, author, manager and creation time; its dates, estimates
    and tags when they are set; the description, the restriction flags and the team only when `extra`
    asks for them (`extra=text,options,users`). An id that names no project of the account is answered
    with `status_code` 4, "Project is invalid".

    Args:
        action (Literal['get_project']):  Default: 'get_project'.
        id_project (str): The id of a record as a request parameter, a string of digits (as the
            service returns ids).
        extra (str | Unset): Comma-separated list of `text` or `html`, `options`, `users` (spaces
            around commas allowed). `text` and `html` are the two forms of the one description field,
            so a list names at most one of them.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetProjectResult]
    """

    kwargs = _get_kwargs(
        action=action,
        id_project=id_project,
        extra=extra,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["get_project"] = "get_project",
    id_project: str,
    extra: str | Unset = UNSET,
) -> GetProjectResult | None:
    """Get one project

     Returns one project, picked by `id_project`, with the same fields as a project in get_projects:
    always its id, name, link, state, folder, author, manager and creation time; its dates, estimates
    and tags when they are set; the description, the restriction flags and the team only when `extra`
    asks for them (`extra=text,options,users`). An id that names no project of the account is answered
    with `status_code` 4, "Project is invalid".

    Args:
        action (Literal['get_project']):  Default: 'get_project'.
        id_project (str): The id of a record as a request parameter, a string of digits (as the
            service returns ids).
        extra (str | Unset): Comma-separated list of `text` or `html`, `options`, `users` (spaces
            around commas allowed). `text` and `html` are the two forms of the one description field,
            so a list names at most one of them.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetProjectResult
    """

    return (
        await asyncio_detailed(
            client=client,
            action=action,
            id_project=id_project,
            extra=extra,
        )
    ).parsed
