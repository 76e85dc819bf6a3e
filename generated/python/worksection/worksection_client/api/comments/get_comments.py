from http import HTTPStatus
from typing import Any, Literal

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_comments_extra import GetCommentsExtra
from ...models.get_comments_result import GetCommentsResult
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    action: Literal["get_comments"] = "get_comments",
    id_task: str,
    extra: GetCommentsExtra | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["action"] = action

    params["id_task"] = id_task

    json_extra: str | Unset = UNSET
    if not isinstance(extra, Unset):
        json_extra = extra.value

    params["extra"] = json_extra

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/admin/v2/",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GetCommentsResult | None:
    if response.status_code == 200:
        response_200 = GetCommentsResult.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[GetCommentsResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["get_comments"] = "get_comments",
    id_task: str,
    extra: GetCommentsExtra | Unset = UNSET,
) -> Response[GetCommentsResult]:
    """List the comments of a task

     Returns every comment of a task or subtask, newest first (as recorded), each with its id, link,
    text, time and author; `extra=files` adds the files attached to each comment. An unknown task is
    refused with code 5 (`Task is invalid`).

    Vendor-doc correction: the documentation's sample answer is not valid JSON (a comma follows the last
    field of the comment) and prints the date with em-dashes; the service sends valid JSON and
    `YYYY-MM-DD HH:MM`.

    Args:
        action (Literal['get_comments']):  Default: 'get_comments'.
        id_task (str): The id of a record as a request parameter, a string of digits (as the
            service returns ids).
        extra (GetCommentsExtra | Unset): The only value, `files`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetCommentsResult]
    """

    kwargs = _get_kwargs(
        action=action,
        id_task=id_task,
        extra=extra,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["get_comments"] = "get_comments",
    id_task: str,
    extra: GetCommentsExtra | Unset = UNSET,
) -> GetCommentsResult | None:
    """List the comments of a task

     Returns every comment of a task or subtask, newest first (as recorded), each with its id, link,
    text, time and author; `extra=files` adds the files attached to each comment. An unknown task is
    refused with code 5 (`Task is invalid`).

    Vendor-doc correction: the documentation's sample answer is not valid JSON (a comma follows the last
    field of the comment) and prints the date with em-dashes; the service sends valid JSON and
    `YYYY-MM-DD HH:MM`.

    Args:
        action (Literal['get_comments']):  Default: 'get_comments'.
        id_task (str): The id of a record as a request parameter, a string of digits (as the
            service returns ids).
        extra (GetCommentsExtra | Unset): The only value, `files`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetCommentsResult
    """

    return sync_detailed(
        client=client,
        action=action,
        id_task=id_task,
        extra=extra,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["get_comments"] = "get_comments",
    id_task: str,
    extra: GetCommentsExtra | Unset = UNSET,
) -> Response[GetCommentsResult]:
    """List the comments of a task

     Returns every comment of a task or subtask, newest first (as recorded), each with its id, link,
    text, time and author; `extra=files` adds the files attached to each comment. An unknown task is
    refused with code 5 (`Task is invalid`).

    Vendor-doc correction: the documentation's sample answer is not valid JSON (a comma follows the last
    field of the comment) and prints the date with em-dashes; the service sends valid JSON and
    `YYYY-MM-DD HH:MM`.

    Args:
        action (Literal['get_comments']):  Default: 'get_comments'.
        id_task (str): The id of a record as a request parameter, a string of digits (as the
            service returns ids).
        extra (GetCommentsExtra | Unset): The only value, `files`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetCommentsResult]
    """

    kwargs = _get_kwargs(
        action=action,
        id_task=id_task,
        extra=extra,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    action: Literal["get_comments"] = "get_comments",
    id_task: str,
    extra: GetCommentsExtra | Unset = UNSET,
) -> GetCommentsResult | None:
    """List the comments of a task

     Returns every comment of a task or subtask, newest first (as recorded), each with its id, link,
    text, time and author; `extra=files` adds the files attached to each comment. An unknown task is
    refused with code 5 (`Task is invalid`).

    Vendor-doc correction: the documentation's sample answer is not valid JSON (a comma follows the last
    field of the comment) and prints the date with em-dashes; the service sends valid JSON and
    `YYYY-MM-DD HH:MM`.

    Args:
        action (Literal['get_comments']):  Default: 'get_comments'.
        id_task (str): The id of a record as a request parameter, a string of digits (as the
            service returns ids).
        extra (GetCommentsExtra | Unset): The only value, `files`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetCommentsResult
    """

    return (
        await asyncio_detailed(
            client=client,
            action=action,
            id_task=id_task,
            extra=extra,
        )
    ).parsed
