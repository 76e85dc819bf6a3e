from http import HTTPStatus
from typing import Any, Literal

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_task_tags_parameters import GetTaskTagsParameters
from ...models.get_task_tags_result import GetTaskTagsResult
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: GetTaskTagsParameters | Unset = UNSET,
    action: Literal["get_task_tags"] = "get_task_tags",
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

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GetTaskTagsResult | None:
    if response.status_code == 200:
        response_200 = GetTaskTagsResult.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[GetTaskTagsResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetTaskTagsParameters | Unset = UNSET,
    action: Literal["get_task_tags"] = "get_task_tags",
) -> Response[GetTaskTagsResult]:
    """List task statuses and labels (POST, JSON body)

     The same call as `getTaskTags`, sent the way the vendor's 2026 PHP and Python clients send every
    admin action: `POST /api/admin/v2?action=get_task_tags`, the parameters as a JSON object in the body
    (`Content-Type: application/json`), signed with the `Authorization: Admin ...` header. Ids may be
    JSON numbers or digit strings, numbers (priority, estimates) JSON numbers or text; everything else
    is as in the query form.

    What the call does: Returns the account's task tags (statuses and labels), each with its group,
    optionally only those of
    one group (by name or id), of one kind (`type`) or of one visibility (`access`). Recorded answers
    keep the groups' own order.

    Args:
        action (Literal['get_task_tags']):  Default: 'get_task_tags'.
        body (GetTaskTagsParameters | Unset): Parameters of get_task_tags as a JSON object (the
            2026 clients' form).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetTaskTagsResult]
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
    body: GetTaskTagsParameters | Unset = UNSET,
    action: Literal["get_task_tags"] = "get_task_tags",
) -> GetTaskTagsResult | None:
    """List task statuses and labels (POST, JSON body)

     The same call as `getTaskTags`, sent the way the vendor's 2026 PHP and Python clients send every
    admin action: `POST /api/admin/v2?action=get_task_tags`, the parameters as a JSON object in the body
    (`Content-Type: application/json`), signed with the `Authorization: Admin ...` header. Ids may be
    JSON numbers or digit strings, numbers (priority, estimates) JSON numbers or text; everything else
    is as in the query form.

    What the call does: Returns the account's task tags (statuses and labels), each with its group,
    optionally only those of
    one group (by name or id), of one kind (`type`) or of one visibility (`access`). Recorded answers
    keep the groups' own order.

    Args:
        action (Literal['get_task_tags']):  Default: 'get_task_tags'.
        body (GetTaskTagsParameters | Unset): Parameters of get_task_tags as a JSON object (the
            2026 clients' form).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetTaskTagsResult
    """

    return sync_detailed(
        client=client,
        body=body,
        action=action,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetTaskTagsParameters | Unset = UNSET,
    action: Literal["get_task_tags"] = "get_task_tags",
) -> Response[GetTaskTagsResult]:
    """List task statuses and labels (POST, JSON body)

     The same call as `getTaskTags`, sent the way the vendor's 2026 PHP and Python clients send every
    admin action: `POST /api/admin/v2?action=get_task_tags`, the parameters as a JSON object in the body
    (`Content-Type: application/json`), signed with the `Authorization: Admin ...` header. Ids may be
    JSON numbers or digit strings, numbers (priority, estimates) JSON numbers or text; everything else
    is as in the query form.

    What the call does: Returns the account's task tags (statuses and labels), each with its group,
    optionally only those of
    one group (by name or id), of one kind (`type`) or of one visibility (`access`). Recorded answers
    keep the groups' own order.

    Args:
        action (Literal['get_task_tags']):  Default: 'get_task_tags'.
        body (GetTaskTagsParameters | Unset): Parameters of get_task_tags as a JSON object (the
            2026 clients' form).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetTaskTagsResult]
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
    body: GetTaskTagsParameters | Unset = UNSET,
    action: Literal["get_task_tags"] = "get_task_tags",
) -> GetTaskTagsResult | None:
    """List task statuses and labels (POST, JSON body)

     The same call as `getTaskTags`, sent the way the vendor's 2026 PHP and Python clients send every
    admin action: `POST /api/admin/v2?action=get_task_tags`, the parameters as a JSON object in the body
    (`Content-Type: application/json`), signed with the `Authorization: Admin ...` header. Ids may be
    JSON numbers or digit strings, numbers (priority, estimates) JSON numbers or text; everything else
    is as in the query form.

    What the call does: Returns the account's task tags (statuses and labels), each with its group,
    optionally only those of
    one group (by name or id), of one kind (`type`) or of one visibility (`access`). Recorded answers
    keep the groups' own order.

    Args:
        action (Literal['get_task_tags']):  Default: 'get_task_tags'.
        body (GetTaskTagsParameters | Unset): Parameters of get_task_tags as a JSON object (the
            2026 clients' form).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetTaskTagsResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            action=action,
        )
    ).parsed
