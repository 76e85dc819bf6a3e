from http import HTTPStatus
from typing import Any, Literal

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_task_tags_parameters import AddTaskTagsParameters
from ...models.add_task_tags_result import AddTaskTagsResult
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: AddTaskTagsParameters,
    action: Literal["add_task_tags"] = "add_task_tags",
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


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AddTaskTagsResult | None:
    if response.status_code == 200:
        response_200 = AddTaskTagsResult.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AddTaskTagsResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AddTaskTagsParameters,
    action: Literal["add_task_tags"] = "add_task_tags",
) -> Response[AddTaskTagsResult]:
    """Create task statuses or labels (POST, JSON body)

     The same call as `addTaskTags`, sent the way the vendor's 2026 PHP and Python clients send every
    admin action: `POST /api/admin/v2?action=add_task_tags`, the parameters as a JSON object in the body
    (`Content-Type: application/json`), signed with the `Authorization: Admin ...` header. Ids may be
    JSON numbers or digit strings, numbers (priority, estimates) JSON numbers or text; everything else
    is as in the query form.

    What the call does: Creates tags in a group (statuses or labels, as the group is), one per comma-
    separated name of
    `title`, skipping names the group already has, and returns the created ones (title and id). A
    missing
    or empty `group` is refused with code 10 (`Field is required`, `message_details` "group (id or
    title)").

    Args:
        action (Literal['add_task_tags']):  Default: 'add_task_tags'.
        body (AddTaskTagsParameters): Parameters of add_task_tags as a JSON object (the 2026
            clients' form).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddTaskTagsResult]
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
    body: AddTaskTagsParameters,
    action: Literal["add_task_tags"] = "add_task_tags",
) -> AddTaskTagsResult | None:
    """Create task statuses or labels (POST, JSON body)

     The same call as `addTaskTags`, sent the way the vendor's 2026 PHP and Python clients send every
    admin action: `POST /api/admin/v2?action=add_task_tags`, the parameters as a JSON object in the body
    (`Content-Type: application/json`), signed with the `Authorization: Admin ...` header. Ids may be
    JSON numbers or digit strings, numbers (priority, estimates) JSON numbers or text; everything else
    is as in the query form.

    What the call does: Creates tags in a group (statuses or labels, as the group is), one per comma-
    separated name of
    `title`, skipping names the group already has, and returns the created ones (title and id). A
    missing
    or empty `group` is refused with code 10 (`Field is required`, `message_details` "group (id or
    title)").

    Args:
        action (Literal['add_task_tags']):  Default: 'add_task_tags'.
        body (AddTaskTagsParameters): Parameters of add_task_tags as a JSON object (the 2026
            clients' form).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddTaskTagsResult
    """

    return sync_detailed(
        client=client,
        body=body,
        action=action,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AddTaskTagsParameters,
    action: Literal["add_task_tags"] = "add_task_tags",
) -> Response[AddTaskTagsResult]:
    """Create task statuses or labels (POST, JSON body)

     The same call as `addTaskTags`, sent the way the vendor's 2026 PHP and Python clients send every
    admin action: `POST /api/admin/v2?action=add_task_tags`, the parameters as a JSON object in the body
    (`Content-Type: application/json`), signed with the `Authorization: Admin ...` header. Ids may be
    JSON numbers or digit strings, numbers (priority, estimates) JSON numbers or text; everything else
    is as in the query form.

    What the call does: Creates tags in a group (statuses or labels, as the group is), one per comma-
    separated name of
    `title`, skipping names the group already has, and returns the created ones (title and id). A
    missing
    or empty `group` is refused with code 10 (`Field is required`, `message_details` "group (id or
    title)").

    Args:
        action (Literal['add_task_tags']):  Default: 'add_task_tags'.
        body (AddTaskTagsParameters): Parameters of add_task_tags as a JSON object (the 2026
            clients' form).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddTaskTagsResult]
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
    body: AddTaskTagsParameters,
    action: Literal["add_task_tags"] = "add_task_tags",
) -> AddTaskTagsResult | None:
    """Create task statuses or labels (POST, JSON body)

     The same call as `addTaskTags`, sent the way the vendor's 2026 PHP and Python clients send every
    admin action: `POST /api/admin/v2?action=add_task_tags`, the parameters as a JSON object in the body
    (`Content-Type: application/json`), signed with the `Authorization: Admin ...` header. Ids may be
    JSON numbers or digit strings, numbers (priority, estimates) JSON numbers or text; everything else
    is as in the query form.

    What the call does: Creates tags in a group (statuses or labels, as the group is), one per comma-
    separated name of
    `title`, skipping names the group already has, and returns the created ones (title and id). A
    missing
    or empty `group` is refused with code 10 (`Field is required`, `message_details` "group (id or
    title)").

    Args:
        action (Literal['add_task_tags']):  Default: 'add_task_tags'.
        body (AddTaskTagsParameters): Parameters of add_task_tags as a JSON object (the 2026
            clients' form).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddTaskTagsResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            action=action,
        )
    ).parsed
