from http import HTTPStatus
from typing import Any, Literal

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_projects_parameters import GetProjectsParameters
from ...models.get_projects_result import GetProjectsResult
from ...models.project_filter import ProjectFilter
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: GetProjectsParameters | Unset = UNSET,
    action: Literal["get_projects"] = "get_projects",
    filter_: ProjectFilter | Unset = UNSET,
    extra: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["action"] = action

    json_filter_: str | Unset = UNSET
    if not isinstance(filter_, Unset):
        json_filter_ = filter_.value

    params["filter"] = json_filter_

    params["extra"] = extra

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
    body: GetProjectsParameters | Unset = UNSET,
    action: Literal["get_projects"] = "get_projects",
    filter_: ProjectFilter | Unset = UNSET,
    extra: str | Unset = UNSET,
) -> Response[GetProjectsResult]:
    """List projects (POST, JSON body)

     The same call as `getProjects`, sent the way the vendor's 2026 PHP and Python clients
    send every admin action: `POST /api/admin/v2?action=get_projects`, the parameters as a JSON
    object in the body (`Content-Type: application/json`), signed with the `Authorization: Admin ...`
    header. An empty body means no parameters. The vendor's documentation also allows POST with the
    parameters in the query string (its Postman collection does that, signed with `hash`), so
    `filter` and `extra` are accepted there too. This document requires a parameter given in both
    places to mean the same in both (the mock refuses a mismatch with code 11); how the service
    merges them is not known.

    The 2026 clients post to `/api/admin/v2` without the final slash; the documented URL has it. The
    service answers both (so does the mock); this document keys the operation by the documented one.

    Args:
        action (Literal['get_projects']):  Default: 'get_projects'.
        filter_ (ProjectFilter | Unset): Project state to list: `active`, `pending`, `archive`
            (the values of a project's `status`).
        extra (str | Unset): Comma-separated list of `text` or `html`, `options`, `users` (spaces
            around commas allowed). `text` and `html` are the two forms of the one description field,
            so a list names at most one of them.
        body (GetProjectsParameters | Unset): Parameters of get_projects as a JSON object (the
            2026 clients' form).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetProjectsResult]
    """

    kwargs = _get_kwargs(
        body=body,
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
    body: GetProjectsParameters | Unset = UNSET,
    action: Literal["get_projects"] = "get_projects",
    filter_: ProjectFilter | Unset = UNSET,
    extra: str | Unset = UNSET,
) -> GetProjectsResult | None:
    """List projects (POST, JSON body)

     The same call as `getProjects`, sent the way the vendor's 2026 PHP and Python clients
    send every admin action: `POST /api/admin/v2?action=get_projects`, the parameters as a JSON
    object in the body (`Content-Type: application/json`), signed with the `Authorization: Admin ...`
    header. An empty body means no parameters. The vendor's documentation also allows POST with the
    parameters in the query string (its Postman collection does that, signed with `hash`), so
    `filter` and `extra` are accepted there too. This document requires a parameter given in both
    places to mean the same in both (the mock refuses a mismatch with code 11); how the service
    merges them is not known.

    The 2026 clients post to `/api/admin/v2` without the final slash; the documented URL has it. The
    service answers both (so does the mock); this document keys the operation by the documented one.

    Args:
        action (Literal['get_projects']):  Default: 'get_projects'.
        filter_ (ProjectFilter | Unset): Project state to list: `active`, `pending`, `archive`
            (the values of a project's `status`).
        extra (str | Unset): Comma-separated list of `text` or `html`, `options`, `users` (spaces
            around commas allowed). `text` and `html` are the two forms of the one description field,
            so a list names at most one of them.
        body (GetProjectsParameters | Unset): Parameters of get_projects as a JSON object (the
            2026 clients' form).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetProjectsResult
    """

    return sync_detailed(
        client=client,
        body=body,
        action=action,
        filter_=filter_,
        extra=extra,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetProjectsParameters | Unset = UNSET,
    action: Literal["get_projects"] = "get_projects",
    filter_: ProjectFilter | Unset = UNSET,
    extra: str | Unset = UNSET,
) -> Response[GetProjectsResult]:
    """List projects (POST, JSON body)

     The same call as `getProjects`, sent the way the vendor's 2026 PHP and Python clients
    send every admin action: `POST /api/admin/v2?action=get_projects`, the parameters as a JSON
    object in the body (`Content-Type: application/json`), signed with the `Authorization: Admin ...`
    header. An empty body means no parameters. The vendor's documentation also allows POST with the
    parameters in the query string (its Postman collection does that, signed with `hash`), so
    `filter` and `extra` are accepted there too. This document requires a parameter given in both
    places to mean the same in both (the mock refuses a mismatch with code 11); how the service
    merges them is not known.

    The 2026 clients post to `/api/admin/v2` without the final slash; the documented URL has it. The
    service answers both (so does the mock); this document keys the operation by the documented one.

    Args:
        action (Literal['get_projects']):  Default: 'get_projects'.
        filter_ (ProjectFilter | Unset): Project state to list: `active`, `pending`, `archive`
            (the values of a project's `status`).
        extra (str | Unset): Comma-separated list of `text` or `html`, `options`, `users` (spaces
            around commas allowed). `text` and `html` are the two forms of the one description field,
            so a list names at most one of them.
        body (GetProjectsParameters | Unset): Parameters of get_projects as a JSON object (the
            2026 clients' form).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetProjectsResult]
    """

    kwargs = _get_kwargs(
        body=body,
        action=action,
        filter_=filter_,
        extra=extra,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GetProjectsParameters | Unset = UNSET,
    action: Literal["get_projects"] = "get_projects",
    filter_: ProjectFilter | Unset = UNSET,
    extra: str | Unset = UNSET,
) -> GetProjectsResult | None:
    """List projects (POST, JSON body)

     The same call as `getProjects`, sent the way the vendor's 2026 PHP and Python clients
    send every admin action: `POST /api/admin/v2?action=get_projects`, the parameters as a JSON
    object in the body (`Content-Type: application/json`), signed with the `Authorization: Admin ...`
    header. An empty body means no parameters. The vendor's documentation also allows POST with the
    parameters in the query string (its Postman collection does that, signed with `hash`), so
    `filter` and `extra` are accepted there too. This document requires a parameter given in both
    places to mean the same in both (the mock refuses a mismatch with code 11); how the service
    merges them is not known.

    The 2026 clients post to `/api/admin/v2` without the final slash; the documented URL has it. The
    service answers both (so does the mock); this document keys the operation by the documented one.

    Args:
        action (Literal['get_projects']):  Default: 'get_projects'.
        filter_ (ProjectFilter | Unset): Project state to list: `active`, `pending`, `archive`
            (the values of a project's `status`).
        extra (str | Unset): Comma-separated list of `text` or `html`, `options`, `users` (spaces
            around commas allowed). `text` and `html` are the two forms of the one description field,
            so a list names at most one of them.
        body (GetProjectsParameters | Unset): Parameters of get_projects as a JSON object (the
            2026 clients' form).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetProjectsResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            action=action,
            filter_=filter_,
            extra=extra,
        )
    ).parsed
