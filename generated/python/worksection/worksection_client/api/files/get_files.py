from http import HTTPStatus
from typing import Any, Literal

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_files_result import GetFilesResult
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    action: Literal["get_files"] = "get_files",
    id_project: str | Unset = UNSET,
    id_task: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["action"] = action

    params["id_project"] = id_project

    params["id_task"] = id_task

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/admin/v2/",
        "params": params,
    }

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
    action: Literal["get_files"] = "get_files",
    id_project: str | Unset = UNSET,
    id_task: str | Unset = UNSET,
) -> Response[GetFilesResult]:
    """List the files of a project or a task

     Lists the files of one project (`id_project`): those attached to its description and those put
    in its Files section; or of one task (`id_task`): those attached to its description and to its
    comments. At least one of the two ids must be given; with both, the task's files are listed
    (assumed).
    Nothing changes. Each file comes with its id (for `download`), its download link, name, size in
    bytes, when it was added and by whom.

    Errors: `status_code` 4 `Project is invalid` for an unknown project; 5 `Task is invalid` for an
    unknown task; 10 `Field is required` when neither id is given.

    Vendor-doc correction: the documentation's sample answer elides the second file as `... ... ...`;
    every file carries the same set of fields.

    Args:
        action (Literal['get_files']):  Default: 'get_files'.
        id_project (str | Unset): The id of a record as a request parameter, a string of digits
            (as the service returns ids).
        id_task (str | Unset): The id of a record as a request parameter, a string of digits (as
            the service returns ids).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetFilesResult]
    """

    kwargs = _get_kwargs(
        action=action,
        id_project=id_project,
        id_task=id_task,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["get_files"] = "get_files",
    id_project: str | Unset = UNSET,
    id_task: str | Unset = UNSET,
) -> GetFilesResult | None:
    """List the files of a project or a task

     Lists the files of one project (`id_project`): those attached to its description and those put
    in its Files section; or of one task (`id_task`): those attached to its description and to its
    comments. At least one of the two ids must be given; with both, the task's files are listed
    (assumed).
    Nothing changes. Each file comes with its id (for `download`), its download link, name, size in
    bytes, when it was added and by whom.

    Errors: `status_code` 4 `Project is invalid` for an unknown project; 5 `Task is invalid` for an
    unknown task; 10 `Field is required` when neither id is given.

    Vendor-doc correction: the documentation's sample answer elides the second file as `... ... ...`;
    every file carries the same set of fields.

    Args:
        action (Literal['get_files']):  Default: 'get_files'.
        id_project (str | Unset): The id of a record as a request parameter, a string of digits
            (as the service returns ids).
        id_task (str | Unset): The id of a record as a request parameter, a string of digits (as
            the service returns ids).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetFilesResult
    """

    return sync_detailed(
        client=client,
        action=action,
        id_project=id_project,
        id_task=id_task,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["get_files"] = "get_files",
    id_project: str | Unset = UNSET,
    id_task: str | Unset = UNSET,
) -> Response[GetFilesResult]:
    """List the files of a project or a task

     Lists the files of one project (`id_project`): those attached to its description and those put
    in its Files section; or of one task (`id_task`): those attached to its description and to its
    comments. At least one of the two ids must be given; with both, the task's files are listed
    (assumed).
    Nothing changes. Each file comes with its id (for `download`), its download link, name, size in
    bytes, when it was added and by whom.

    Errors: `status_code` 4 `Project is invalid` for an unknown project; 5 `Task is invalid` for an
    unknown task; 10 `Field is required` when neither id is given.

    Vendor-doc correction: the documentation's sample answer elides the second file as `... ... ...`;
    every file carries the same set of fields.

    Args:
        action (Literal['get_files']):  Default: 'get_files'.
        id_project (str | Unset): The id of a record as a request parameter, a string of digits
            (as the service returns ids).
        id_task (str | Unset): The id of a record as a request parameter, a string of digits (as
            the service returns ids).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetFilesResult]
    """

    kwargs = _get_kwargs(
        action=action,
        id_project=id_project,
        id_task=id_task,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["get_files"] = "get_files",
    id_project: str | Unset = UNSET,
    id_task: str | Unset = UNSET,
) -> GetFilesResult | None:
    """List the files of a project or a task

     Lists the files of one project (`id_project`): those attached to its description and those put
    in its Files section; or of one task (`id_task`): those attached to its description and to its
    comments. At least one of the two ids must be given; with both, the task's files are listed
    (assumed).
    Nothing changes. Each file comes with its id (for `download`), its download link, name, size in
    bytes, when it was added and by whom.

    Errors: `status_code` 4 `Project is invalid` for an unknown project; 5 `Task is invalid` for an
    unknown task; 10 `Field is required` when neither id is given.

    Vendor-doc correction: the documentation's sample answer elides the second file as `... ... ...`;
    every file carries the same set of fields.

    Args:
        action (Literal['get_files']):  Default: 'get_files'.
        id_project (str | Unset): The id of a record as a request parameter, a string of digits
            (as the service returns ids).
        id_task (str | Unset): The id of a record as a request parameter, a string of digits (as
            the service returns ids).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetFilesResult
    """

    return (
        await asyncio_detailed(
            client=client,
            action=action,
            id_project=id_project,
            id_task=id_task,
        )
    ).parsed
