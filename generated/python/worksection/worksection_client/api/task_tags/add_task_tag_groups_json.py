from http import HTTPStatus
from typing import Any, Literal

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_task_tag_groups_parameters import AddTaskTagGroupsParameters
from ...models.add_task_tag_groups_result import AddTaskTagGroupsResult
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: AddTaskTagGroupsParameters,
    action: Literal["add_task_tag_groups"] = "add_task_tag_groups",
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


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AddTaskTagGroupsResult | None:
    if response.status_code == 200:
        response_200 = AddTaskTagGroupsResult.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AddTaskTagGroupsResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AddTaskTagGroupsParameters,
    action: Literal["add_task_tag_groups"] = "add_task_tag_groups",
) -> Response[AddTaskTagGroupsResult]:
    """Create task tag groups (POST, JSON body)

     The same call as `addTaskTagGroups`, sent the way the vendor's 2026 PHP and Python clients send
    every admin action: `POST /api/admin/v2?action=add_task_tag_groups`, the parameters as a JSON object
    in the body (`Content-Type: application/json`), signed with the `Authorization: Admin ...` header.
    Ids may be JSON numbers or digit strings, numbers (priority, estimates) JSON numbers or text;
    everything else is as in the query form.

    The 2026 clients create one group per call and always send `type` `label`.

    What the call does: Creates groups of task tags of one kind and visibility, one per comma-separated
    name of `title`,
    skipping names that exist already, and returns them. Status groups are public whatever `access`
    says. A missing or empty `title` is refused with code 10 (`Field is required`, `message_details`
    "title").

    Args:
        action (Literal['add_task_tag_groups']):  Default: 'add_task_tag_groups'.
        body (AddTaskTagGroupsParameters): Parameters of add_task_tag_groups as a JSON object (the
            2026 clients' form).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddTaskTagGroupsResult]
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
    body: AddTaskTagGroupsParameters,
    action: Literal["add_task_tag_groups"] = "add_task_tag_groups",
) -> AddTaskTagGroupsResult | None:
    """Create task tag groups (POST, JSON body)

     The same call as `addTaskTagGroups`, sent the way the vendor's 2026 PHP and Python clients send
    every admin action: `POST /api/admin/v2?action=add_task_tag_groups`, the parameters as a JSON object
    in the body (`Content-Type: application/json`), signed with the `Authorization: Admin ...` header.
    Ids may be JSON numbers or digit strings, numbers (priority, estimates) JSON numbers or text;
    everything else is as in the query form.

    The 2026 clients create one group per call and always send `type` `label`.

    What the call does: Creates groups of task tags of one kind and visibility, one per comma-separated
    name of `title`,
    skipping names that exist already, and returns them. Status groups are public whatever `access`
    says. A missing or empty `title` is refused with code 10 (`Field is required`, `message_details`
    "title").

    Args:
        action (Literal['add_task_tag_groups']):  Default: 'add_task_tag_groups'.
        body (AddTaskTagGroupsParameters): Parameters of add_task_tag_groups as a JSON object (the
            2026 clients' form).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddTaskTagGroupsResult
    """

    return sync_detailed(
        client=client,
        body=body,
        action=action,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AddTaskTagGroupsParameters,
    action: Literal["add_task_tag_groups"] = "add_task_tag_groups",
) -> Response[AddTaskTagGroupsResult]:
    """Create task tag groups (POST, JSON body)

     The same call as `addTaskTagGroups`, sent the way the vendor's 2026 PHP and Python clients send
    every admin action: `POST /api/admin/v2?action=add_task_tag_groups`, the parameters as a JSON object
    in the body (`Content-Type: application/json`), signed with the `Authorization: Admin ...` header.
    Ids may be JSON numbers or digit strings, numbers (priority, estimates) JSON numbers or text;
    everything else is as in the query form.

    The 2026 clients create one group per call and always send `type` `label`.

    What the call does: Creates groups of task tags of one kind and visibility, one per comma-separated
    name of `title`,
    skipping names that exist already, and returns them. Status groups are public whatever `access`
    says. A missing or empty `title` is refused with code 10 (`Field is required`, `message_details`
    "title").

    Args:
        action (Literal['add_task_tag_groups']):  Default: 'add_task_tag_groups'.
        body (AddTaskTagGroupsParameters): Parameters of add_task_tag_groups as a JSON object (the
            2026 clients' form).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddTaskTagGroupsResult]
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
    body: AddTaskTagGroupsParameters,
    action: Literal["add_task_tag_groups"] = "add_task_tag_groups",
) -> AddTaskTagGroupsResult | None:
    """Create task tag groups (POST, JSON body)

     The same call as `addTaskTagGroups`, sent the way the vendor's 2026 PHP and Python clients send
    every admin action: `POST /api/admin/v2?action=add_task_tag_groups`, the parameters as a JSON object
    in the body (`Content-Type: application/json`), signed with the `Authorization: Admin ...` header.
    Ids may be JSON numbers or digit strings, numbers (priority, estimates) JSON numbers or text;
    everything else is as in the query form.

    The 2026 clients create one group per call and always send `type` `label`.

    What the call does: Creates groups of task tags of one kind and visibility, one per comma-separated
    name of `title`,
    skipping names that exist already, and returns them. Status groups are public whatever `access`
    says. A missing or empty `title` is refused with code 10 (`Field is required`, `message_details`
    "title").

    Args:
        action (Literal['add_task_tag_groups']):  Default: 'add_task_tag_groups'.
        body (AddTaskTagGroupsParameters): Parameters of add_task_tag_groups as a JSON object (the
            2026 clients' form).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddTaskTagGroupsResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            action=action,
        )
    ).parsed
