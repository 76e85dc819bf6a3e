from http import HTTPStatus
from typing import Any, Literal

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.close_project_result import CloseProjectResult
from ...types import UNSET, Response


def _get_kwargs(
    *,
    action: Literal["close_project"] = "close_project",
    id_project: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["action"] = action

    params["id_project"] = id_project

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/admin/v2/",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CloseProjectResult | None:
    if response.status_code == 200:
        response_200 = CloseProjectResult.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[CloseProjectResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["close_project"] = "close_project",
    id_project: str,
) -> Response[CloseProjectResult]:
    """Archive a project

     Archives (closes) a project and answers `{"status": "ok"}` without data. Afterwards the project is
    listed with `status` `archive` and a `date_closed`, and `filter=archive` selects it. A project that
    is already archived is refused with `status_code` 12, "Project is already closed"; an unknown id
    with `status_code` 4 (presumed, as get_project).

    Args:
        action (Literal['close_project']):  Default: 'close_project'.
        id_project (str): The id of a record as a request parameter, a string of digits (as the
            service returns ids).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CloseProjectResult]
    """

    kwargs = _get_kwargs(
        action=action,
        id_project=id_project,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["close_project"] = "close_project",
    id_project: str,
) -> CloseProjectResult | None:
    """Archive a project

     Archives (closes) a project and answers `{"status": "ok"}` without data. Afterwards the project is
    listed with `status` `archive` and a `date_closed`, and `filter=archive` selects it. A project that
    is already archived is refused with `status_code` 12, "Project is already closed"; an unknown id
    with `status_code` 4 (presumed, as get_project).

    Args:
        action (Literal['close_project']):  Default: 'close_project'.
        id_project (str): The id of a record as a request parameter, a string of digits (as the
            service returns ids).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CloseProjectResult
    """

    return sync_detailed(
        client=client,
        action=action,
        id_project=id_project,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["close_project"] = "close_project",
    id_project: str,
) -> Response[CloseProjectResult]:
    """Archive a project

     Archives (closes) a project and answers `{"status": "ok"}` without data. Afterwards the project is
    listed with `status` `archive` and a `date_closed`, and `filter=archive` selects it. A project that
    is already archived is refused with `status_code` 12, "Project is already closed"; an unknown id
    with `status_code` 4 (presumed, as get_project).

    Args:
        action (Literal['close_project']):  Default: 'close_project'.
        id_project (str): The id of a record as a request parameter, a string of digits (as the
            service returns ids).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CloseProjectResult]
    """

    kwargs = _get_kwargs(
        action=action,
        id_project=id_project,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["close_project"] = "close_project",
    id_project: str,
) -> CloseProjectResult | None:
    """Archive a project

     Archives (closes) a project and answers `{"status": "ok"}` without data. Afterwards the project is
    listed with `status` `archive` and a `date_closed`, and `filter=archive` selects it. A project that
    is already archived is refused with `status_code` 12, "Project is already closed"; an unknown id
    with `status_code` 4 (presumed, as get_project).

    Args:
        action (Literal['close_project']):  Default: 'close_project'.
        id_project (str): The id of a record as a request parameter, a string of digits (as the
            service returns ids).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CloseProjectResult
    """

    return (
        await asyncio_detailed(
            client=client,
            action=action,
            id_project=id_project,
        )
    ).parsed
