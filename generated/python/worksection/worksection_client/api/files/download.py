from http import HTTPStatus
from io import BytesIO
from typing import Any, Literal

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import UNSET, File, Response


def _get_kwargs(
    *,
    action: Literal["download"] = "download",
    id_file: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["action"] = action

    params["id_file"] = id_file

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/admin/v2/",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> File | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[File]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["download"] = "download",
    id_file: str,
) -> Response[File]:
    """Download a file

     Sends the content of the file `id_file` (an id from `getFiles`, or from a task's or comment's
    files). Nothing changes.

    Exception to the JSON answers of every other action: on success the body is the file's bytes,
    not JSON, with `Content-Type: application/x-download` and a `Content-Disposition: attachment;
    filename*=UTF-8''<name>` header naming the file (as recorded). A failure is the usual JSON error
    envelope with HTTP 200 and `Content-Type: application/json`: `status_code` 4 `File not found`
    for an unknown id, 10 `Field is required` when `id_file` is missing. Clients tell the two apart
    by the content type, as the vendor's 2026 clients do (they also treat an answer without
    `Content-Disposition` as a failure).

    Args:
        action (Literal['download']):  Default: 'download'.
        id_file (str): The id of a record as a request parameter, a string of digits (as the
            service returns ids).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File]
    """

    kwargs = _get_kwargs(
        action=action,
        id_file=id_file,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["download"] = "download",
    id_file: str,
) -> File | None:
    """Download a file

     Sends the content of the file `id_file` (an id from `getFiles`, or from a task's or comment's
    files). Nothing changes.

    Exception to the JSON answers of every other action: on success the body is the file's bytes,
    not JSON, with `Content-Type: application/x-download` and a `Content-Disposition: attachment;
    filename*=UTF-8''<name>` header naming the file (as recorded). A failure is the usual JSON error
    envelope with HTTP 200 and `Content-Type: application/json`: `status_code` 4 `File not found`
    for an unknown id, 10 `Field is required` when `id_file` is missing. Clients tell the two apart
    by the content type, as the vendor's 2026 clients do (they also treat an answer without
    `Content-Disposition` as a failure).

    Args:
        action (Literal['download']):  Default: 'download'.
        id_file (str): The id of a record as a request parameter, a string of digits (as the
            service returns ids).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File
    """

    return sync_detailed(
        client=client,
        action=action,
        id_file=id_file,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["download"] = "download",
    id_file: str,
) -> Response[File]:
    """Download a file

     Sends the content of the file `id_file` (an id from `getFiles`, or from a task's or comment's
    files). Nothing changes.

    Exception to the JSON answers of every other action: on success the body is the file's bytes,
    not JSON, with `Content-Type: application/x-download` and a `Content-Disposition: attachment;
    filename*=UTF-8''<name>` header naming the file (as recorded). A failure is the usual JSON error
    envelope with HTTP 200 and `Content-Type: application/json`: `status_code` 4 `File not found`
    for an unknown id, 10 `Field is required` when `id_file` is missing. Clients tell the two apart
    by the content type, as the vendor's 2026 clients do (they also treat an answer without
    `Content-Disposition` as a failure).

    Args:
        action (Literal['download']):  Default: 'download'.
        id_file (str): The id of a record as a request parameter, a string of digits (as the
            service returns ids).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File]
    """

    kwargs = _get_kwargs(
        action=action,
        id_file=id_file,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["download"] = "download",
    id_file: str,
) -> File | None:
    """Download a file

     Sends the content of the file `id_file` (an id from `getFiles`, or from a task's or comment's
    files). Nothing changes.

    Exception to the JSON answers of every other action: on success the body is the file's bytes,
    not JSON, with `Content-Type: application/x-download` and a `Content-Disposition: attachment;
    filename*=UTF-8''<name>` header naming the file (as recorded). A failure is the usual JSON error
    envelope with HTTP 200 and `Content-Type: application/json`: `status_code` 4 `File not found`
    for an unknown id, 10 `Field is required` when `id_file` is missing. Clients tell the two apart
    by the content type, as the vendor's 2026 clients do (they also treat an answer without
    `Content-Disposition` as a failure).

    Args:
        action (Literal['download']):  Default: 'download'.
        id_file (str): The id of a record as a request parameter, a string of digits (as the
            service returns ids).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File
    """

    return (
        await asyncio_detailed(
            client=client,
            action=action,
            id_file=id_file,
        )
    ).parsed
