from http import HTTPStatus
from typing import Any, Literal

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.update_task_tags_parameters import UpdateTaskTagsParameters
from ...models.update_task_tags_result import UpdateTaskTagsResult
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: UpdateTaskTagsParameters,
    action: Literal["update_task_tags"] = "update_task_tags",
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


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> UpdateTaskTagsResult | None:
    if response.status_code == 200:
        response_200 = UpdateTaskTagsResult.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[UpdateTaskTagsResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateTaskTagsParameters,
    action: Literal["update_task_tags"] = "update_task_tags",
) -> Response[UpdateTaskTagsResult]:
    """Set and remove tags on a task (POST, JSON body)

     The same call as `updateTaskTags`, sent the way the vendor's 2026 PHP and Python clients send every
    admin action: `POST /api/admin/v2?action=update_task_tags`, the parameters as a JSON object in the
    body (`Content-Type: application/json`), signed with the `Authorization: Admin ...` header. Ids may
    be JSON numbers or digit strings, numbers (priority, estimates) JSON numbers or text; everything
    else is as in the query form.

    The 2026 clients always send both `plus` and `minus`, as comma-joined ids, empty when there is
    nothing to add or remove.

    What the call does: Sets the tags named in `plus` on a task or subtask and removes those named in
    `minus`, each by its
    full name or id. The answer carries no data. Refusals: an unknown task (code 5, presumed), a tag
    that does not exist (code 16, `Tag is invalid`, `message_details` the name or id as given; nothing
    is changed, presumed).

    Args:
        action (Literal['update_task_tags']):  Default: 'update_task_tags'.
        body (UpdateTaskTagsParameters): Parameters of update_task_tags as a JSON object (the 2026
            clients' form).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateTaskTagsResult]
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
    body: UpdateTaskTagsParameters,
    action: Literal["update_task_tags"] = "update_task_tags",
) -> UpdateTaskTagsResult | None:
    """Set and remove tags on a task (POST, JSON body)

     The same call as `updateTaskTags`, sent the way the vendor's 2026 PHP and Python clients send every
    admin action: `POST /api/admin/v2?action=update_task_tags`, the parameters as a JSON object in the
    body (`Content-Type: application/json`), signed with the `Authorization: Admin ...` header. Ids may
    be JSON numbers or digit strings, numbers (priority, estimates) JSON numbers or text; everything
    else is as in the query form.

    The 2026 clients always send both `plus` and `minus`, as comma-joined ids, empty when there is
    nothing to add or remove.

    What the call does: Sets the tags named in `plus` on a task or subtask and removes those named in
    `minus`, each by its
    full name or id. The answer carries no data. Refusals: an unknown task (code 5, presumed), a tag
    that does not exist (code 16, `Tag is invalid`, `message_details` the name or id as given; nothing
    is changed, presumed).

    Args:
        action (Literal['update_task_tags']):  Default: 'update_task_tags'.
        body (UpdateTaskTagsParameters): Parameters of update_task_tags as a JSON object (the 2026
            clients' form).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateTaskTagsResult
    """

    return sync_detailed(
        client=client,
        body=body,
        action=action,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UpdateTaskTagsParameters,
    action: Literal["update_task_tags"] = "update_task_tags",
) -> Response[UpdateTaskTagsResult]:
    """Set and remove tags on a task (POST, JSON body)

     The same call as `updateTaskTags`, sent the way the vendor's 2026 PHP and Python clients send every
    admin action: `POST /api/admin/v2?action=update_task_tags`, the parameters as a JSON object in the
    body (`Content-Type: application/json`), signed with the `Authorization: Admin ...` header. Ids may
    be JSON numbers or digit strings, numbers (priority, estimates) JSON numbers or text; everything
    else is as in the query form.

    The 2026 clients always send both `plus` and `minus`, as comma-joined ids, empty when there is
    nothing to add or remove.

    What the call does: Sets the tags named in `plus` on a task or subtask and removes those named in
    `minus`, each by its
    full name or id. The answer carries no data. Refusals: an unknown task (code 5, presumed), a tag
    that does not exist (code 16, `Tag is invalid`, `message_details` the name or id as given; nothing
    is changed, presumed).

    Args:
        action (Literal['update_task_tags']):  Default: 'update_task_tags'.
        body (UpdateTaskTagsParameters): Parameters of update_task_tags as a JSON object (the 2026
            clients' form).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateTaskTagsResult]
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
    body: UpdateTaskTagsParameters,
    action: Literal["update_task_tags"] = "update_task_tags",
) -> UpdateTaskTagsResult | None:
    """Set and remove tags on a task (POST, JSON body)

     The same call as `updateTaskTags`, sent the way the vendor's 2026 PHP and Python clients send every
    admin action: `POST /api/admin/v2?action=update_task_tags`, the parameters as a JSON object in the
    body (`Content-Type: application/json`), signed with the `Authorization: Admin ...` header. Ids may
    be JSON numbers or digit strings, numbers (priority, estimates) JSON numbers or text; everything
    else is as in the query form.

    The 2026 clients always send both `plus` and `minus`, as comma-joined ids, empty when there is
    nothing to add or remove.

    What the call does: Sets the tags named in `plus` on a task or subtask and removes those named in
    `minus`, each by its
    full name or id. The answer carries no data. Refusals: an unknown task (code 5, presumed), a tag
    that does not exist (code 16, `Tag is invalid`, `message_details` the name or id as given; nothing
    is changed, presumed).

    Args:
        action (Literal['update_task_tags']):  Default: 'update_task_tags'.
        body (UpdateTaskTagsParameters): Parameters of update_task_tags as a JSON object (the 2026
            clients' form).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateTaskTagsResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            action=action,
        )
    ).parsed
