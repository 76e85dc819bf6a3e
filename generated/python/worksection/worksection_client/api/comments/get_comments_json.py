from http import HTTPStatus
from typing import Any, Literal

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_comments_parameters import GetCommentsParameters
from ...models.get_comments_result import GetCommentsResult
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: GetCommentsParameters,
    action: Literal["get_comments"] = "get_comments",
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
    body: GetCommentsParameters,
    action: Literal["get_comments"] = "get_comments",
) -> Response[GetCommentsResult]:
    """List the comments of a task (POST, JSON body)

     The same call as `getComments`, sent the way the vendor's 2026 PHP and Python clients send every
    admin action: `POST /api/admin/v2?action=get_comments`, the parameters as a JSON object in the body
    (`Content-Type: application/json`), signed with the `Authorization: Admin ...` header. Ids may be
    JSON numbers or digit strings, numbers (priority, estimates) JSON numbers or text; everything else
    is as in the query form.

    What the call does: Returns every comment of a task or subtask, newest first (as recorded), each
    with its id, link,
    text, time and author; `extra=files` adds the files attached to each comment. An unknown task is
    refused with code 5 (`Task is invalid`).

    Vendor-doc correction: the documentation's sample answer is not valid JSON (a comma follows the last
    field of the comment) and prints the date with em-dashes; the service sends valid JSON and
    `YYYY-MM-DD HH:MM`.

    Args:
        action (Literal['get_comments']):  Default: 'get_comments'.
        body (GetCommentsParameters): Parameters of get_comments as a JSON object (the 2026
            clients' form).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetCommentsResult]
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
    body: GetCommentsParameters,
    action: Literal["get_comments"] = "get_comments",
) -> GetCommentsResult | None:
    """List the comments of a task (POST, JSON body)

     The same call as `getComments`, sent the way the vendor's 2026 PHP and Python clients send every
    admin action: `POST /api/admin/v2?action=get_comments`, the parameters as a JSON object in the body
    (`Content-Type: application/json`), signed with the `Authorization: Admin ...` header. Ids may be
    JSON numbers or digit strings, numbers (priority, estimates) JSON numbers or text; everything else
    is as in the query form.

    What the call does: Returns every comment of a task or subtask, newest first (as recorded), each
    with its id, link,
    text, time and author; `extra=files` adds the files attached to each comment. An unknown task is
    refused with code 5 (`Task is invalid`).

    Vendor-doc correction: the documentation's sample answer is not valid JSON (a comma follows the last
    field of the comment) and prints the date with em-dashes; the service sends valid JSON and
    `YYYY-MM-DD HH:MM`.

    Args:
        action (Literal['get_comments']):  Default: 'get_comments'.
        body (GetCommentsParameters): Parameters of get_comments as a JSON object (the 2026
            clients' form).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetCommentsResult
    """

    return sync_detailed(
        client=client,
        body=body,
        action=action,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetCommentsParameters,
    action: Literal["get_comments"] = "get_comments",
) -> Response[GetCommentsResult]:
    """List the comments of a task (POST, JSON body)

     The same call as `getComments`, sent the way the vendor's 2026 PHP and Python clients send every
    admin action: `POST /api/admin/v2?action=get_comments`, the parameters as a JSON object in the body
    (`Content-Type: application/json`), signed with the `Authorization: Admin ...` header. Ids may be
    JSON numbers or digit strings, numbers (priority, estimates) JSON numbers or text; everything else
    is as in the query form.

    What the call does: Returns every comment of a task or subtask, newest first (as recorded), each
    with its id, link,
    text, time and author; `extra=files` adds the files attached to each comment. An unknown task is
    refused with code 5 (`Task is invalid`).

    Vendor-doc correction: the documentation's sample answer is not valid JSON (a comma follows the last
    field of the comment) and prints the date with em-dashes; the service sends valid JSON and
    `YYYY-MM-DD HH:MM`.

    Args:
        action (Literal['get_comments']):  Default: 'get_comments'.
        body (GetCommentsParameters): Parameters of get_comments as a JSON object (the 2026
            clients' form).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetCommentsResult]
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
    body: GetCommentsParameters,
    action: Literal["get_comments"] = "get_comments",
) -> GetCommentsResult | None:
    """List the comments of a task (POST, JSON body)

     The same call as `getComments`, sent the way the vendor's 2026 PHP and Python clients send every
    admin action: `POST /api/admin/v2?action=get_comments`, the parameters as a JSON object in the body
    (`Content-Type: application/json`), signed with the `Authorization: Admin ...` header. Ids may be
    JSON numbers or digit strings, numbers (priority, estimates) JSON numbers or text; everything else
    is as in the query form.

    What the call does: Returns every comment of a task or subtask, newest first (as recorded), each
    with its id, link,
    text, time and author; `extra=files` adds the files attached to each comment. An unknown task is
    refused with code 5 (`Task is invalid`).

    Vendor-doc correction: the documentation's sample answer is not valid JSON (a comma follows the last
    field of the comment) and prints the date with em-dashes; the service sends valid JSON and
    `YYYY-MM-DD HH:MM`.

    Args:
        action (Literal['get_comments']):  Default: 'get_comments'.
        body (GetCommentsParameters): Parameters of get_comments as a JSON object (the 2026
            clients' form).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetCommentsResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            action=action,
        )
    ).parsed
