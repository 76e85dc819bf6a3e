from http import HTTPStatus
from typing import Any, Literal

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_projects_result import GetProjectsResult
from ...models.project_filter import ProjectFilter
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    action: Literal["get_projects"] = "get_projects",
    filter_: ProjectFilter | Unset = UNSET,
    extra: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["action"] = action

    json_filter_: str | Unset = UNSET
    if not isinstance(filter_, Unset):
        json_filter_ = filter_.value

    params["filter"] = json_filter_

    params["extra"] = extra

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/admin/v2/",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GetProjectsResult | None:
    if response.status_code == 200:
        response_200 = GetProjectsResult.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[GetProjectsResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["get_projects"] = "get_projects",
    filter_: ProjectFilter | Unset = UNSET,
    extra: str | Unset = UNSET,
) -> Response[GetProjectsResult]:
    """List projects

     Returns every project of the account, optionally only those in one state (`filter`). The answer
    always carries each project's id, name, link, state, folder, author, manager and creation time,
    and its dates, estimates and tags when they are set; the description, the restriction options
    and the team come only when `extra` asks for them.

    Vendor-doc correction: the vendor's page shows the request as `?action=get_projects` only; the
    call goes to `https://{account}.worksection.com/api/admin/v2/` and must be signed (`hash`, or the
    `Authorization: Admin` header).

    Vendor-doc correction: the vendor's sample answer is not valid JSON: option flags read `0..1` and
    the second project is cut short with `... ... ...`. Flags are the integers 0 or 1, and every project
    carries the same set of fields.

    Args:
        action (Literal['get_projects']):  Default: 'get_projects'.
        filter_ (ProjectFilter | Unset): Project state to list: `active`, `pending`, `archive`
            (the values of a project's `status`).
        extra (str | Unset): Comma-separated list of `text` or `html`, `options`, `users` (spaces
            around commas allowed). `text` and `html` are the two forms of the one description field,
            so a list names at most one of them.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetProjectsResult]
    """

    kwargs = _get_kwargs(
        action=action,
        filter_=filter_,
        extra=extra,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["get_projects"] = "get_projects",
    filter_: ProjectFilter | Unset = UNSET,
    extra: str | Unset = UNSET,
) -> GetProjectsResult | None:
    """List projects

     Returns every project of the account, optionally only those in one state (`filter`). The answer
    always carries each project's id, name, link, state, folder, author, manager and creation time,
    and its dates, estimates and tags when they are set; the description, the restriction options
    and the team come only when `extra` asks for them.

    Vendor-doc correction: the vendor's page shows the request as `?action=get_projects` only; the
    call goes to `https://{account}.worksection.com/api/admin/v2/` and must be signed (`hash`, or the
    `Authorization: Admin` header).

    Vendor-doc correction: the vendor's sample answer is not valid JSON: option flags read `0..1` and
    the second project is cut short with `... ... ...`. Flags are the integers 0 or 1, and every project
    carries the same set of fields.

    Args:
        action (Literal['get_projects']):  Default: 'get_projects'.
        filter_ (ProjectFilter | Unset): Project state to list: `active`, `pending`, `archive`
            (the values of a project's `status`).
        extra (str | Unset): Comma-separated list of `text` or `html`, `options`, `users` (spaces
            around commas allowed). `text` and `html` are the two forms of the one description field,
            so a list names at most one of them.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetProjectsResult
    """

    return sync_detailed(
        client=client,
        action=action,
        filter_=filter_,
        extra=extra,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["get_projects"] = "get_projects",
    filter_: ProjectFilter | Unset = UNSET,
    extra: str | Unset = UNSET,
) -> Response[GetProjectsResult]:
    """List projects

     Returns every project of the account, optionally only those in one state (`filter`). The answer
    always carries each project's id, name, link, state, folder, author, manager and creation time,
    and its dates, estimates and tags when they are set; the description, the restriction options
    and the team come only when `extra` asks for them.

    Vendor-doc correction: the vendor's page shows the request as `?action=get_projects` only; the
    call goes to `https://{account}.worksection.com/api/admin/v2/` and must be signed (`hash`, or the
    `Authorization: Admin` header).

    Vendor-doc correction: the vendor's sample answer is not valid JSON: option flags read `0..1` and
    the second project is cut short with `... ... ...`. Flags are the integers 0 or 1, and every project
    carries the same set of fields.

    Args:
        action (Literal['get_projects']):  Default: 'get_projects'.
        filter_ (ProjectFilter | Unset): Project state to list: `active`, `pending`, `archive`
            (the values of a project's `status`).
        extra (str | Unset): Comma-separated list of `text` or `html`, `options`, `users` (spaces
            around commas allowed). `text` and `html` are the two forms of the one description field,
            so a list names at most one of them.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetProjectsResult]
    """

    kwargs = _get_kwargs(
        action=action,
        filter_=filter_,
        extra=extra,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["get_projects"] = "get_projects",
    filter_: ProjectFilter | Unset = UNSET,
    extra: str | Unset = UNSET,
) -> GetProjectsResult | None:
    """List projects

     Returns every project of the account, optionally only those in one state (`filter`). The answer
    always carries each project's id, name, link, state, folder, author, manager and creation time,
    and its dates, estimates and tags when they are set; the description, the restriction options
    and the team come only when `extra` asks for them.

    Vendor-doc correction: the vendor's page shows the request as `?action=get_projects` only; the
    call goes to `https://{account}.worksection.com/api/admin/v2/` and must be signed (`hash`, or the
    `Authorization: Admin` header).

    Vendor-doc correction: the vendor's sample answer is not valid JSON: option flags read `0..1` and
    the second project is cut short with `... ... ...`. Flags are the integers 0 or 1, and every project
    carries the same set of fields.

    Args:
        action (Literal['get_projects']):  Default: 'get_projects'.
        filter_ (ProjectFilter | Unset): Project state to list: `active`, `pending`, `archive`
            (the values of a project's `status`).
        extra (str | Unset): Comma-separated list of `text` or `html`, `options`, `users` (spaces
            around commas allowed). `text` and `html` are the two forms of the one description field,
            so a list names at most one of them.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetProjectsResult
    """

    return (
        await asyncio_detailed(
            client=client,
            action=action,
            filter_=filter_,
            extra=extra,
        )
    ).parsed
